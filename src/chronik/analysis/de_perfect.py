"""Past participles HanTa took for finite verbs.

"Die Grünen haben die Verordnung begrüßt, fordern aber …", "Putin hat sich … überhoben":
a weak participle without "ge-" ("begrüßt", "kritisiert") has the form of the 3rd person
singular, and HanTa, reading the whole sentence, sometimes tags it VVFIN. The clause then
has two finite verbs, its frame becomes the auxiliary ("haben": no event) and the act is
lost. A verb-second clause has one finite verb: a second one, last, after a finite haben,
sein or werden and no conjunction, in the form of a participle, is the participle the
auxiliary governs.
"""

from __future__ import annotations

from .de_words import Word

_AUXILIARIES = frozenset({"haben", "sein", "werden"})
# Prefixes that never take "ge-" in the participle ("begrüßt", "verurteilt", "überhoben").
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "wider")


def restore_participle(words: list[Word], segment: list[int]) -> None:
    """Retag, in place, the clause-final "finite" verb of ``segment`` that an auxiliary
    before it governs as a participle (VVPP)."""
    finite = [p for p in segment if words[p].finite]
    if len(finite) != 2 or finite[1] != segment[-1]:
        return
    auxiliary, last = words[finite[0]], words[finite[1]]
    if auxiliary.tag != "VAFIN" or auxiliary.lemma not in _AUXILIARIES or last.tag != "VVFIN":
        return
    between = range(finite[0] + 1, finite[1])
    if any(words[p].tag == "KON" or words[p].is_verb for p in between):
        return  # "Die Partei hat Angst und verliert": two clauses
    if looks_like_participle(last.text, last.lemma):
        words[finite[1]] = Word(last.text, last.start, last.end, last.lemma, "VVPP", None)


def looks_like_participle(form: str, lemma: str) -> bool:
    """Whether ``form`` can be the past participle of ``lemma``: "-t" or "-en", with "ge-"
    after any separable particle ("angegriffen"), or without it after an inseparable prefix
    or for "-ieren" verbs ("begrüßt", "kritisiert"). Not the infinitive itself."""
    form, lemma = form.casefold(), lemma.casefold()
    if form == lemma or not form.endswith(("t", "en")) or not lemma.endswith("n"):
        return False
    if lemma.endswith("ieren") or lemma.startswith(_INSEPARABLE):
        return form[:2] == lemma[:2]
    return "ge" in form[:-2] and "ge" not in lemma

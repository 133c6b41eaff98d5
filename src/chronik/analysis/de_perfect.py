"""Past participles HanTa took for finite verbs.

"Die Grünen haben die Verordnung begrüßt, fordern aber …", "Putin hat sich … überhoben":
a weak participle without "ge-" ("begrüßt", "kritisiert") has the form of the 3rd person
singular, and HanTa, reading the whole sentence, sometimes tags it VVFIN. The clause then
has two finite verbs, its frame becomes the auxiliary ("haben": no event) and the act is
lost. A verb-second clause has one finite verb: a second one, last, after a finite haben,
sein or werden and no conjunction, in the form of a participle, is the participle the
auxiliary governs. And "Mit den Vorwürfen konfrontiert, bestritt die Regierung …": a
participle clause before the main clause's verb, which opens with a preposition or an
adverb and whose only verb, last before the comma, has a participle's form, is no clause
of its own (its "finite" verb made the main clause verb-first, its subject an object).
"""

from __future__ import annotations

from .de_words import Word

_AUXILIARIES = frozenset({"haben", "sein", "werden"})
# Words a fronted participle clause opens with: a preposition ("Mit den Vorwürfen
# konfrontiert"), an adverb ("Sichtlich verärgert").
_OPENING_TAGS = frozenset({"APPR", "APPRART", "ADV", "ADJD"})
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


def fronted_participle(words: list[Word], segment: list[int]) -> bool:
    """Whether ``segment`` is a participle clause that opens the sentence before the main
    clause's finite verb ("Mit den Vorwürfen konfrontiert, bestritt …"); its verb is then
    retagged, in place, as the participle (VVPP) it is."""
    first, last = segment[0], segment[-1]
    after = last + 2
    if first != 0 or after >= len(words) or words[last + 1].text != ",":
        return False
    verb = words[last]
    if words[first].tag not in _OPENING_TAGS or not words[after].finite:
        return False
    if any(words[p].is_verb for p in segment[:-1]) or verb.tag not in ("VVFIN", "VVPP"):
        return False
    if not looks_like_participle(verb.text, verb.lemma):
        return False
    words[last] = Word(verb.text, verb.start, verb.end, verb.lemma, "VVPP", None)
    return True


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

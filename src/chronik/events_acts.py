"""The owner of an act judged by its name alone: criticism, praise or rejection of a bill, a
policy or a ruling with no actor in the phrase ("criticized the bill", "blamed a flawed
judicial ruling", "zerpflückt den Entwurf des neuen Eisenbahngesetzes") is aimed at whoever
made the act (docs/annotation.md, *Concern*: criticism of an actor's act is 111 towards
the actor). An owner named in the phrase
("Merkel's proposal", "der Vorschlag der Kommission") is a target of its own and needs
nothing from here (events_targets.judged_owner for rows that read only heads).

Conservative by design: by the act's kind alone, the court (a ruling, a verdict), the
government (a law, a bill, a policy) or the protesters (a protest, a rally: ``CVL``) of the
source's own country, for a source of one
country with a role (not a bare state, whose "the law" may be another's), and no government
source for a government's act (its own, as with measures: events_measures.py)."""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import de_lexicon, en_lexicon
from .document import Document
from .events_measures import STATELESS, asked_for, measure_governments
from .events_targets import singular, tokens_in
from .patterns import Pattern, matches_word, role_arguments
from .records import Actor, Argument, Frame, Sentence, Span, Token

_GOVERNMENT, _COURT, _PEOPLE = "GOV", "JUD", "CVL"
# Codes of judging an act: disapproval, accusation, complaint and lawsuit (11x, not 116, a
# court's verdict on people), rejection (12x), praise (051).
_JUDGING = ("110", "111", "112", "113", "114", "115", "12", "051")
# A government's act is one known to the reader only with a definite determiner: "opposed
# the bill", not "would support a law that ...", "supporting conservative economic policies".
_DEFINITE = {"en": en_lexicon.DEFINITE_DETERMINERS, "de": de_lexicon.DEFINITE_DETERMINERS}
_KINDS = {
    "en": (
        (en_lexicon.COURT_ACT_NOUNS, _COURT),
        (en_lexicon.GOVERNMENT_ACT_NOUNS, _GOVERNMENT),
        (en_lexicon.PROTEST_NOUNS, _PEOPLE),
    ),
    "de": (
        (de_lexicon.COURT_ACT_NOUNS, _COURT),
        # a measure praised ("begrüßte die Lockerungen"), not only criticised (events_measures)
        (de_lexicon.GOVERNMENT_ACT_NOUNS | de_lexicon.MEASURE_NOUNS, _GOVERNMENT),
        (de_lexicon.PROTEST_NOUNS, _PEOPLE),
    ),
}


def owners_of_acts(
    frame: Frame,
    slots: tuple[str, ...],
    pattern: Pattern,
    sources: Sequence[Actor],
    sent: Sentence | None,
    doc: Document,
) -> list[Actor]:
    """The owners of what the target slots name where they name no actor: the government
    of a German measure (also one asked for: events_measures.py), else the owner of a
    judged act."""
    aimed = slots + asked_for(pattern)
    measured = measure_governments(frame, aimed, pattern.code, list(sources), sent, doc.lang)
    return measured or act_owners(frame, slots, pattern.code, sources, sent, doc)


def act_owners(
    frame: Frame,
    slots: tuple[str, ...],
    code: str,
    sources: Sequence[Actor],
    sent: Sentence | None,
    doc: Document,
) -> list[Actor]:
    """The owners of the act a judging code (disapproval, rejection, praise) is aimed at,
    where the target slots name an act and no actor."""
    if sent is None or doc.lang not in _KINDS or not code.startswith(_JUDGING):
        return []
    for argument in (a for slot in slots for a in role_arguments(frame, slot)):
        head = _head_token(argument, sent)
        if head is None or _named_owner(argument, sent):
            continue
        kind = _kind(argument, head, sent, doc.lang)
        if kind == _COURT or (kind and _definite(argument, doc.lang)):
            return _domestic_owners(kind, sources, Span(head.start, head.end, head.text))
    return []


def _head_token(argument: Argument, sent: Sentence) -> Token | None:
    """The last noun of the filler spelled as its head (German heads are lemmas: "Protest"
    for "die Proteste")."""
    inside = [t for t in tokens_in(argument.span, sent) if argument.head in (t.text, t.lemma)]
    nouns = [t for t in inside if t.pos in {"NOUN", "PROPN"}]
    return nouns[-1] if nouns else None


def _named_owner(argument: Argument, sent: Sentence) -> bool:
    """Whether the filler names someone the dictionary does not code ("the FCC ruling",
    "Hanen's opinion", "Pläne von Innenminister Sobotka"): the owner is that one, not the
    one its kind suggests."""
    return any(t.pos == "PROPN" for t in tokens_in(argument.span, sent))


def _definite(argument: Argument, lang: str) -> bool:
    """Whether the filler begins with a definite determiner, after the preposition a German
    phrase spells ("für die Reform"), or with one merged into it ("Kritik am Entwurf")."""
    words = argument.span.text.casefold().split(maxsplit=2)
    if words and words[0] in de_lexicon.DEFINITE_CONTRACTIONS:
        return True
    if words and words[0] == (argument.prep or "").casefold():
        words = words[1:]
    return bool(words) and words[0] in _DEFINITE[lang]


def _lemma(token: Token) -> str:
    return singular((token.lemma or token.text).casefold())


def _kind(argument: Argument, head: Token, sent: Sentence, lang: str) -> str:
    """Whose act the filler names by its kind: a court's (JUD), a government's (GOV),
    protesters' (CVL) or none (""). English reads the head ("a flawed judicial ruling"),
    German every noun, compounds included ("den Entwurf des neuen Eisenbahngesetzes")."""
    words = [head] if lang == "en" else tokens_in(argument.span, sent)
    folded = argument.span.text.casefold()
    if lang == "de" and any(part in folded for part in de_lexicon.FOREIGN_MEASURE_PARTS):
        return ""  # a penalty on others ("die Strafmaßnahmen gegen Russland")
    for nouns, kind in _KINDS[lang]:
        for token in words:
            if token.pos in {"NOUN", "PROPN"} and any(
                _is_act(token, noun, folded, lang) for noun in nouns
            ):
                return kind
    return ""


def _is_act(token: Token, noun: str, filler: str, lang: str) -> bool:
    if lang == "de":
        return matches_word(token.text.casefold(), noun)
    *before, last = noun.split()
    return _lemma(token) == last and (not before or noun in filler)


def _domestic_owners(kind: str, sources: Sequence[Actor], span: Span) -> list[Actor]:
    """The court or government of each source's country, for sources of one country with
    a role; no government's act for a government source."""
    countries = dict.fromkeys(
        s.country
        for s in sources
        if len(s.code) > 3
        and not s.code.startswith(STATELESS)
        and not (kind == _GOVERNMENT and s.code[3:6] == _GOVERNMENT)
    )
    owner = {_COURT: "court", _PEOPLE: "protesters"}.get(kind, "government")
    return [Actor(c + kind, span, f"implied: the {owner} of a judged act") for c in countries]

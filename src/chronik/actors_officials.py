"""A government's people and offices named by an institution word and no country (part of
the ActorCoder stage, references.py, English only): "Defense officials", "federal
officials", "the federal government" are the government (``…GOV``: PETRARCH's
GOVERNMENT_OFFICIAL, STATE_OFFICIAL, ADMINISTRATION) of the article's main country; "the
administration" and "administration officials" are the American ones, in an article whose
main country is the US (English news writes them of a US president's government; other
governments are "the government"). The bare "officials" and "the government" stay with the
rules that read their sentence (a country named there or just before): they are as often
another country's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .document import Document
from .records import Actor, Span, Token

# Words before "officials"/"official" that make them a government's: "top Defense
# officials", "federal officials" ("administration officials" are American; "state
# officials" as often of a "member state" as of a US state).
_INSTITUTIONS = frozenset(
    {"government", "federal", "department", "defense", "defence", "pentagon", "treasury",
     "cabinet", "ministry"}
)  # fmt: skip
_OFFICIALS = frozenset({"officials", "official"})
_DETERMINERS = frozenset({"the", "this", "that"})
_ADMINISTRATION = "administration"
_GOVERNMENT = "government"
_FEDERAL = "federal"
# "the administration of justice", "the administration of the vaccine": no government.
_NOT_AFTER = frozenset({"of", "for"})
_PHRASE_ENDS = _OFFICIALS | {_ADMINISTRATION, _GOVERNMENT}
_AMERICA = "USA"
_ENTRY = "actors_officials.py"


def resolve_officials(
    doc: Document, coded: Sequence[Actor], main: str | None, countries: Mapping[str, str]
) -> list[Actor]:
    """An Actor (the main country's government) for each such phrase no actor covers."""
    if doc.lang != "en" or main is None or main not in countries:
        return []
    taken = [a.span for a in coded]
    found = []
    for sent in doc.sentences:
        for index, token in enumerate(sent.tokens):
            first = _phrase_start(sent.tokens, index, main)
            if first is None:
                continue
            start = sent.tokens[first].start
            span = Span(start, token.end, doc.article.text[start : token.end])
            if not any(s.overlaps(span) for s in taken):
                found.append(Actor(main + "GOV", span, _ENTRY, countries[main]))
                taken.append(span)
    return found


def _phrase_start(tokens: Sequence[Token], index: int, main: str) -> int | None:
    """The first token of a government phrase ending at ``index``, or None."""
    word = tokens[index].text.casefold()
    if word not in _PHRASE_ENDS:
        return None  # most words: the test asked of every token of the article
    before = tokens[index - 1].text.casefold() if index > 0 else ""
    after = tokens[index + 1].text.casefold() if index + 1 < len(tokens) else ""
    if word in _OFFICIALS and (
        before in _INSTITUTIONS or (before == _ADMINISTRATION and main == _AMERICA)
    ):
        return index - 1
    if word == _GOVERNMENT and before == _FEDERAL and _definite(tokens, index - 2):
        return index - 2  # "the federal government"
    if word == _ADMINISTRATION and main == _AMERICA and after not in _NOT_AFTER:
        position = index - 1
        while position >= 0 and tokens[position].pos == "ADJ":
            position -= 1  # "the new administration"
        if _definite(tokens, position):
            return position
    return None


def _definite(tokens: Sequence[Token], index: int) -> bool:
    return index >= 0 and tokens[index].text.casefold() in _DETERMINERS

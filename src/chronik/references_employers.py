"""Whom a German apposition's title works for (references_people.py): "Dominique Moïsi,
Berater und Mitbegründer des Französischen Instituts für Internationale Beziehungen" advises
an institute, not the story's government. A title whose phrase goes on with a genitive or
"von" names the employer there; when no coded role lies in that phrase (only a country word,
or nothing), the person's role is unknown. "…, Berater der französischen Regierung" keeps
its role (the government is coded)."""

from __future__ import annotations

from collections.abc import Sequence

from .records import Actor, Token

# Words that open the phrase naming whom a title works for.
_OWNER_WORDS = frozenset({"des", "der", "vom", "von"})
# What ends an apposition.
_CLOSERS = frozenset({",", ".", ";", ":", "(", ")", "–", "—"})
_LONGEST_PHRASE = 10  # tokens of the apposition looked at


def works_for_uncoded(tokens: Sequence[Token], comma: int, coded: Sequence[Actor]) -> bool:
    """Whether the apposition after ``comma`` names an employer nothing codes with a role."""
    end = comma + 1
    while end < min(len(tokens), comma + 1 + _LONGEST_PHRASE) and tokens[end].text not in _CLOSERS:
        end += 1
    owner = next((i for i in range(comma + 2, end) if tokens[i].text in _OWNER_WORDS), None)
    if owner is None:
        return False
    start, stop = tokens[owner].start, tokens[end - 1].end
    return not any(start <= a.span.start < stop and len(a.code) > 3 for a in coded)

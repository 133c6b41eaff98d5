"""Case and number of a German coordinated phrase (de_phrases.py): the cases its members
share, in the plural ("Trump und Kim trafen sich"), or also the first member's singular
where the members are one person's titles under one determiner ("Der Präsident und
Regierungschef Emmanuel Macron hat …")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from .de_morph import CaseNumber
from .de_words import Word

if TYPE_CHECKING:
    from .de_phrases import Phrase


def coordination_cases(
    words: Sequence[Word], members: Sequence[Phrase]
) -> tuple[CaseNumber, bool | None]:
    """(cases, plural) of the phrase the ``members`` make; plural None where it may be one
    person."""
    first = members[0]
    cases = first.cases
    for before, member in pairwise(members):
        if not _second_genitive(before, member):
            cases = (cases & member.cases) or cases
    plural = frozenset((c, "Plur") for c, _ in cases)
    if _one_determiner(words, members):
        return plural | first.cases, None
    return plural, True


def _one_determiner(words: Sequence[Word], members: Sequence[Phrase]) -> bool:
    """Whether conjuncts share the singular determiner of the first: "der Präsident und
    Regierungschef", not "der Präsident und der Regierungschef", "Präsident und Kanzler"."""
    first = members[0]
    singular = any(number == "Sing" for _, number in first.cases)
    nouns = all(words[m.start].tag in ("NN", "NE") for m in members[1:])
    return singular and words[first.start].tag == "ART" and nouns


def _second_genitive(before: Phrase, member: Phrase) -> bool:
    """ "die Vertreter der Regierung und der Organisation": a member that may be a genitive
    after one that ends in a genitive may coordinate with that genitive; its "der" (also a
    masculine nominative) must not narrow the list's case to the nominative."""
    ends_in_genitive = bool(before.modifiers) and before.modifiers[-1].genitive
    return ends_in_genitive and any(c == "Gen" for c, _ in member.cases)

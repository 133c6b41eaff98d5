"""The country of an actor the dictionary lacks, from the story around it: a titled person
("Foreign Minister Jorge Arreaza said …") or a group ("rebels") whose own phrase names no
country. The article's main country is the default, but not in a foreign passage: where
the actor's sentence names exactly one other country and not the main one, that country;
where it names several others and not the main one, nobody (a wrong country is worse than
none). A sentence that names no country passes the question to the sentence before it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .actors import Mention
from .document import Document
from .records import Span

# The kinds of mention that name a country: the country ("Venezuela") and a country word
# composed with a role ("the Venezuelan government", "Syrian rebels").
_COUNTRY_KINDS = frozenset({"country", "composed"})


@dataclass(frozen=True)
class StoryCountries:
    """The article's main country and where each sentence names which countries."""

    main: str | None
    starts: tuple[int, ...]  # each sentence's first character
    named: tuple[frozenset[str], ...]  # the countries each sentence names

    def at(self, span: Span) -> str | None:
        """The country of an actor at ``span`` that names none itself."""
        if self.main is None or not self.starts:
            return self.main
        index = bisect_right(self.starts, span.start) - 1
        if index < 0:
            return self.main
        for here in (self.named[index], self.named[index - 1] if index > 0 else frozenset()):
            if not here:
                continue  # no country here: the sentence before tells
            if self.main in here:
                return self.main
            return next(iter(here)) if len(here) == 1 else None
        return self.main


def story_countries(
    main: str | None,
    named: Sequence[tuple[Mention, Span]],
    doc: Document,
    countries: Mapping[str, str],
) -> StoryCountries:
    """Where the ``named`` mentions name countries ("Venezuela", "Syrian rebels")."""
    found = _country_mentions(named, countries)
    sentences = [s for s in doc.sentences if s.end > s.start]
    starts = tuple(s.start for s in sentences)
    by_sentence = tuple(
        frozenset(code for code, span in found if s.start <= span.start < s.end) for s in sentences
    )
    return StoryCountries(main, starts, by_sentence)


def _country_mentions(
    named: Sequence[tuple[Mention, Span]], countries: Mapping[str, str]
) -> list[tuple[str, Span]]:
    """The countries that countries and composed mentions name, at their spans."""
    return [
        (m.code[:3], s) for m, s in named if m.kind in _COUNTRY_KINDS and m.code[:3] in countries
    ]

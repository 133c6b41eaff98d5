"""The country of a titled person the dictionary lacks ("Foreign Minister Jorge Arreaza
said …") whose own phrase names no country, from the story around them (references_people.py).
The article's main country is the default, and holds wherever the person's sentence names an
actor of it ("President Trump"). Otherwise a foreign passage tells: where the sentence,
before the person, names exactly one other country, that country; where it names several,
nobody (a wrong country is worse than none). A country named after the person is mostly
their topic ("… warned Iran"), and a sentence that names no country before the person
passes the question to the sentence before it, by the same rule. Countries in quotations
do not count. Groups ("rebels",
"lawmakers") keep the main country: tried for them too, the rule was right for fewer than
half of the groups it changed on 200 unlabelled English articles.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .actors import Mention
from .document import Document
from .records import Span

# The kinds of mention that name a country: the country ("Venezuela") and a country word
# composed with a role ("the Venezuelan government", "Syrian rebels").
_COUNTRY_KINDS = frozenset({"country", "composed"})
# A quotation: a country named in what someone says is their topic ("“We hope Japan …,”
# spokeswoman Hua Chunying said"), not where the speaker is from.
_QUOTE = re.compile(r'[“„"][^“”„"\n]{1,600}[”“"]')


@dataclass(frozen=True)
class StoryCountries:
    """The article's main country and where each sentence names which countries."""

    main: str | None
    sentences: tuple[tuple[int, int], ...]  # each sentence's first and end character
    starts: tuple[int, ...]  # each sentence's first character, to search
    found: tuple[tuple[str, int], ...]  # each country named, at its mention's start
    home: tuple[int, ...]  # where any actor of the main country is named ("President Trump")

    def at(self, span: Span) -> str | None:
        """The country of an actor at ``span`` that names none itself."""
        index = bisect_right(self.starts, span.start) - 1
        if self.main is None or index < 0:
            return self.main
        start, end = self.sentences[index]
        # (where the sentence is, where its countries count): the own sentence's before the
        # actor only, a country after it is mostly its topic ("… warned Iran")
        windows = [((start, end), (start, span.start))]
        if index > 0:
            windows.append((self.sentences[index - 1], self.sentences[index - 1]))
        for (first, last), (count_from, count_to) in windows:
            if any(first <= at < last for at in self.home):
                return self.main
            here = frozenset(c for c, at in self.found if count_from <= at < count_to)
            if here:
                return next(iter(here)) if len(here) == 1 else None
        return self.main


def story_countries(
    main: str | None,
    named: Sequence[tuple[Mention, Span]],
    doc: Document,
    countries: Mapping[str, str],
) -> StoryCountries:
    """Where the ``named`` mentions name countries ("Venezuela", "Syrian rebels")."""
    quotes = [m.span() for m in _QUOTE.finditer(doc.article.text)]
    found = tuple(
        (code, span.start)
        for code, span in _country_mentions(named, countries)
        if not any(start <= span.start < end for start, end in quotes)
    )
    sentences = tuple((s.start, s.end) for s in doc.sentences if s.end > s.start)
    home = tuple(s.start for m, s in named if main is not None and m.code.startswith(main))
    starts = tuple(start for start, _ in sentences)
    return StoryCountries(main, sentences, starts, found, home)


def _country_mentions(
    named: Sequence[tuple[Mention, Span]], countries: Mapping[str, str]
) -> list[tuple[str, Span]]:
    """The countries that countries and composed mentions name, at their spans."""
    return [
        (m.code[:3], s) for m, s in named if m.kind in _COUNTRY_KINDS and m.code[:3] in countries
    ]

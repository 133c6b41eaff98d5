"""An undated article's own dates bound its year from below. Without a date every person
keeps their newest office (``Entity.role_on``), so an undated story of 2016 made Bill
Clinton and George W. Bush presidents; a date the article writes with its month ("on
January 5, 2016", "in March 2016") says it was written that year or later, and a person
whose every office had ended before that year is an elite (``<ISO3>ELI``), as a dated
article would code them. Years without a month are left out: they name plans and
anniversaries as often as the past ("the 2020 election", "by 2030"); on the dated
allsides articles the latest bare year lay after the article's year in 28 % of the
articles, the latest month-and-year in 4 %, and 1.8 % (3,086 articles) when dates after
words of plans and deadlines ("would", "until", "expected", "from … to") are left out
(Reuters 1987: 6 % of 1,238; its bond maturities).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .actors_current import PHOENIX_FROZEN
from .actors_load import Entity
from .records import Span

if TYPE_CHECKING:  # actors.py imports the modules this one imports
    from .actors import Mention

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|"
    r"Aug(?:ust|\.)?|Sep(?:t|tember|t?\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# "January 2016", "Jan. 5, 2016", "March 3rd 2016"
_MONTH_YEAR = re.compile(
    rf"\b{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?((?:19[5-9]|20[0-4])\d)\b(?![\d%])"
)

# Words before a date that make it a plan, a deadline or a span's end ("would get a Nov. 29,
# 2019, court date", "expires in June 2021", "from May 2015 to March 2016"), up to 50
# characters back within the sentence.
_AHEAD = re.compile(
    r"\b(?:will|would|wo|shall|'ll|until|till|through|by|before|scheduled|expected|due|set|"
    r"planned|deadline|next|expires?|expiring|ends?|ending|starting|begin(?:ning|s)?|"
    r"effective|from|to|and|or|matures?|maturing)\b[^.;!?]{0,40}$",
    re.IGNORECASE,
)


def written_since(text: str) -> int | None:
    """The latest year the article writes with a month in a past or present date: it was
    written then or later."""
    years = [
        int(found.group(1))
        for found in _MONTH_YEAR.finditer(text)
        if not _AHEAD.search(text, max(0, found.start() - 50), found.start())
    ]
    return max(years) if years else None


def ended_before_written(
    mentions: Sequence[tuple[Mention, Span]],
    text: str,
    on: date | None,
    entities: Mapping[str, Entity],
    lang: str | None,
) -> list[tuple[Mention, Span]]:
    """In an undated English article, a person whose offices all ended before the year the
    article's own dates show is an elite. Not a role the build closed at Phoenix's freeze
    (that end says nothing about the office)."""
    year = written_since(text) if on is None and lang == "en" else None
    if year is None:
        return list(mentions)
    out = []
    for mention, span in mentions:
        entity = entities.get(mention.entity or "")
        if mention.kind == "person" and entity is not None and not mention.code.endswith("ELI"):
            ends = [r.end for r in entity.roles]
            last = max(entity.roles, key=lambda r: r.end or date.max)
            if all(end is not None and end <= date(year, 1, 1) for end in ends) and (
                last.end != PHOENIX_FROZEN
            ):
                elite = entity.elite_after(last)
                mention = replace(mention, code=elite.code, entry=elite.where)
        out.append((mention, span))
    return out

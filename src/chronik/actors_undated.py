"""An undated article's own dates bound its year from below. Without a date every person
keeps their newest office (``Entity.role_on``), so an undated story of 2016 made Bill
Clinton and George W. Bush presidents; a date the article writes with its month ("on
January 5, 2016", "in March 2016") says it was written that year or later, and a person
whose every office had ended before that year is an elite (``<ISO3>ELI``), as a dated
article would code them. Years without a month are left out: they name plans and
anniversaries as often as the past ("the 2020 election", "by 2030"); on the dated
allsides articles the latest month-and-year lay after the article's year in 4 % of the
articles that have one, the latest bare year in 28 %.
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


def written_since(text: str) -> int | None:
    """The latest year the article writes with a month: it was written then or later."""
    years = [int(y) for y in _MONTH_YEAR.findall(text)]
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

"""Regions whose name holds a country's ("New Mexico", "New Jersey", "British Columbia",
"Washington state"): the dictionary matches the country inside ("Mexico", "Jersey",
"British", the seat "Washington"), and English news names them far more often than the
country - "New Mexico Gov. Susana Martinez" is no Mexican. The mention becomes a place of
the region's country: no actor, but it tells a group in its sentence where it is (part of
the ActorCoder stage, references.py).

"Georgia" alone is the US state in an article that names the US and nothing of the
Caucasus (no Tbilisi, Georgians, Abkhazia, Armenia, …): English news of US politics names
the state ("Georgia Republicans", "Marietta, Georgia") far more often than the country.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .actors import Mention
from .records import Span

# The words around the country's name that make a region of another country, and that
# country: "New Mexico" is American, "British Columbia" Canadian.
_REGIONS: Mapping[tuple[str, str, str], str] = {
    ("New", "Mexico", ""): "USA",
    ("New", "Jersey", ""): "USA",
    ("", "Jersey", "City"): "USA",
    ("New", "England", ""): "USA",
    ("New", "Wales", ""): "AUS",  # New South Wales: "South" is matched below
    ("", "British", "Columbia"): "CAN",
    ("", "Washington", "state"): "USA",
    ("", "Washington", "State"): "USA",
}
_WORD_BEFORE = re.compile(r"(?:^|\s)(New)(?:\s+South)?\s+$")
_WORD_AFTER = re.compile(r"\s+(City|Columbia|state|State)\b")
_PLACE = "place"
_COMPOSED = "composed"
_GEORGIA = "Georgia"
_AMERICA = "USA"
# Words of an article about the country Georgia and its neighbourhood.
_CAUCASUS = re.compile(
    r"\b(?:Tbilisi|Georgians?|Abkhaz\w*|Ossetia\w*|Armenia\w*|Azerbaijan\w*|Caucasus|"
    r"Saakashvili|Shevardnadze|Tiflis|Georgien\w*)\b"
)


def regions(mentions: Sequence[tuple[Mention, Span]], text: str) -> list[tuple[Mention, Span]]:
    """The mentions with every country or seat inside a region's name made a place of the
    region's country, spanning the region's whole name, and a composed mention ending or
    starting with it given the region's country ("mayor of Jersey City" is American;
    English and German alike: both write "New Mexico")."""
    state = _georgia_is_a_state(mentions, text)
    out = []
    for mention, span in mentions:
        found = _region(mention, span, text)
        if found is None and state and _names_georgia(mention, span):
            found = (_AMERICA, span.start, span.end)  # "Georgia", "protesters in Georgia"
        if found is None:
            out.append((mention, span))
        elif mention.kind == _COMPOSED:
            out.append((replace(mention, code=found[0] + mention.code[3:]), span))
        else:
            country, start, end = found
            place = replace(mention, code=country, kind=_PLACE, titled=False)
            out.append((place, Span(start, end, text[start:end])))
    return out


def _georgia_is_a_state(mentions: Sequence[tuple[Mention, Span]], text: str) -> bool:
    """Whether "Georgia" is the US state: the article names the US and nothing of the
    Caucasus."""
    return (
        any(_names_georgia(m, s) for m, s in mentions)
        and any(m.code.startswith(_AMERICA) for m, _ in mentions)
        and _CAUCASUS.search(text) is None
    )


def _names_georgia(mention: Mention, span: Span) -> bool:
    """Whether the country or composed mention is "Georgia" or starts or ends with it
    ("Georgia's governor", "protesters in Georgia")."""
    words = span.text.split()
    first = words[0].removesuffix("'s").removesuffix("’s")
    return mention.kind in ("country", _COMPOSED) and _GEORGIA in (first, words[-1])


def _region(mention: Mention, span: Span, text: str) -> tuple[str, int, int] | None:
    """(country, start, end) of the region whose name holds the mention's country word (the
    mention itself, or the first or last word of a composed one), or None."""
    if mention.kind not in ("country", "seat", _COMPOSED):
        return None
    words = span.text.split()
    first, last = words[0].removesuffix("'s").removesuffix("’s"), words[-1]
    before = _WORD_BEFORE.search(text, max(0, span.start - 12), span.start)
    if before is not None and (country := _REGIONS.get((before.group(1), first, ""))):
        return country, before.start(1), span.start + len(first)
    after = _WORD_AFTER.match(text, span.end)
    if after is not None and (country := _REGIONS.get(("", last, after.group(1)))):
        return country, span.end - len(last), after.end(1)
    return None

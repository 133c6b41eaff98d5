"""Where news says its groups are: places the gazetteer knows ("in Graz", "in Miskolc", "in
Katalonien", "Chicago police", "in Ohio") and the adjectives German makes of city names ("die
Berliner Polizei", "die Bautzener Richter", "das Münchner Landgericht"). The actor stage gives
a group the country of a place in its sentence, else the article's main location
(actors_groups.py); the actor dictionary alone knows only countries and capitals, so local
news ("Officers have appealed for witnesses" after "in Birkenhead", an Ohio official after
"Ohio has other hurdles") had no country for its police and officials. German names an
institution's seat right after it too: "die Staatsanwaltschaft Osnabrück", "das
Arbeitsgericht Frankfurt".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document import Document
from .places import Gazetteer, find_places
from .records import Sentence, Span

# A city adjective is the city's name + "er" ("Berlin" → "Berliner") or, for names in -en,
# the name without "e" + "er" ("München" → "Münchner", "Dresden" → "Dresdner").
_ADJECTIVE_ENDING = "er"
# A capitalised word after one space, ending at a word's end: an institution's seat; not
# a name's first word ("Senatorin Anna Müller": "Anna" is a Russian town too).
_CAPITALISED = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)\b(?![-\w]| [A-ZÄÖÜ])")


def gazetteer_places(
    doc: Document, gazetteer: Gazetteer, groups: Sequence[Span], blocked: Sequence[Span]
) -> list[tuple[str, Span]]:
    """(country, span) of every place the sentences name, outside ``blocked`` (actors), and
    in German of every city adjective right before a group's mention."""
    lang = doc.lang or "de"
    found = [
        (place.country, place.span)
        for sent in doc.sentences
        for place in find_places(sent, gazetteer, lang=lang, blocked=_inside(sent, blocked))
        if place.country and place.span is not None
    ]
    if lang != "de":
        return found
    text = doc.article.text
    for group in groups:
        adjective = _word_before(text, group.start)
        if adjective is not None:
            country = _city_adjective(adjective[0], gazetteer)
            if country is not None:
                found.append((country, adjective[1]))
        seat = _word_after(text, group.end)
        if seat is not None:
            country = _city(seat.text, gazetteer)
            if country is not None:
                found.append((country, seat))
    return found


def _inside(sent: Sentence, spans: Sequence[Span]) -> tuple[Span, ...]:
    """The spans that share a character with the sentence: only they can block a place
    in it."""
    end = sent.start + len(sent.text)
    return tuple(span for span in spans if span.start < end and sent.start < span.end)


def _word_before(text: str, start: int) -> tuple[str, Span] | None:
    """The capitalised word right before ``start`` (one space between)."""
    if start < 2 or text[start - 1] != " ":
        return None
    end = start - 1
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:end]
    if not word[:1].isupper() or not word.endswith(_ADJECTIVE_ENDING):
        return None
    return word, Span(begin, end, word)


def _word_after(text: str, end: int) -> Span | None:
    """The capitalised word right after ``end`` (one space between): "Osnabrück" after
    "die Staatsanwaltschaft"."""
    found = _CAPITALISED.match(text, end)
    return Span(found.start(1), found.end(1), found.group(1)) if found else None


def _city_adjective(word: str, gazetteer: Gazetteer) -> str | None:
    """The country of the city a German city adjective names ("Bautzener" → DEU)."""
    stem = word[: -len(_ADJECTIVE_ENDING)]
    return next(filter(None, (_city(name, gazetteer) for name in (stem, stem[:-1] + "en"))), None)


def _city(name: str, gazetteer: Gazetteer) -> str | None:
    """The country of the city the gazetteer knows by the German ``name``."""
    found = gazetteer.lookup(name, lang="de") if len(name) > 2 else None
    if found is not None and found.entry.kind == "city" and found.entry.country:
        return found.entry.country
    return None

"""Time expressions: German and English ones found in a sentence ("am 27. und 28. Februar",
"vor gut acht Monaten", "last Tuesday", "Ende 2018") and resolved against an anchor date
to ISO values.

The recogniser is our own: regular expressions over the sentence text (:class:`TimeGrammar`),
tables of month names, number words and modifiers, and a :class:`Resolver` that turns a
match into a value, a precision and, for ranges, an end. The tense of the clause decides the
direction of an ambiguous expression. The stages that apply this to documents and events are
in :mod:`chronik.dates`.
"""

# ruff: noqa: E501  (the recogniser's regular expressions read best unbroken)

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, NamedTuple

from .records import Precision, Tense
from .times_words import (
    CALENDAR_UNITS,
    EASTER,
    FUTURE_MARKERS,
    HEDGES,
    MODIFIERS,
    MONTHS,
    NAMED_DAYS,
    NUMBER_WORDS,
    PARTS,
    PAST_MARKERS,
    RELATIVE_DAYS,
    SHORT_MONTHS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)

Direction = Literal["past", "future", "nearest"]


@dataclass(frozen=True)
class Resolution:
    """What an expression resolves to: ISO ``value`` (and ``end`` for spans of time)."""

    value: str
    end: str | None
    precision: Precision


@dataclass(frozen=True)
class Match:
    """A recognised expression in a sentence; ``kind`` names the handler that resolves it."""

    start: int
    end: int
    groups: dict[str, str]
    kind: str


class TimeGrammar:
    """The compiled patterns of one language, each tagged with the kind of expression."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        words = _words(lang)
        self.patterns = [(kind, re.compile(p)) for kind, p in _patterns(lang, words)]
        self.needs = {kind: re.compile(p) for kind, p in needed_parts(words).items()}
        self.future = re.compile(FUTURE_MARKERS[lang], re.IGNORECASE)
        self.past = re.compile(PAST_MARKERS[lang])

    def find(self, text: str) -> list[Match]:
        """All expressions in ``text``, longest first where they overlap, in text order."""
        # most sentences hold no date: a kind whose part is missing is not tried
        absent = {kind for kind, part in self.needs.items() if not part.search(text)}
        found = [
            Match(m.start(), m.end(), {k: v for k, v in m.groupdict().items() if v}, kind)
            for kind, pattern in self.patterns
            if kind not in absent
            for m in pattern.finditer(text)
        ]
        found = [m for m in found if _acceptable(m, text)]
        chosen: list[Match] = []
        for match in sorted(found, key=lambda m: (m.start - m.end, m.start)):
            if all(match.end <= c.start or match.start >= c.end for c in chosen):
                chosen.append(match)
        return sorted(chosen, key=lambda m: m.start)

    def tense_near(self, text: str, start: int, end: int) -> Tense:
        """The tense of the marker nearest to ``text[start:end]``; present if none."""
        best: tuple[int, Tense] | None = None
        markers: tuple[tuple[Tense, re.Pattern[str]], ...] = (
            ("future", self.future),
            ("past", self.past),
        )
        for tense, pattern in markers:
            for m in pattern.finditer(text):
                distance = max(start - m.end(), m.start() - end, 0)
                if best is None or distance < best[0]:
                    best = (distance, tense)
        return best[1] if best else "present"


def _alternation(words: Iterable[str], *, capitalise: bool) -> str:
    forms = sorted(set(words), key=len, reverse=True)
    if capitalise:
        forms = [w[0].upper() + w[1:] for w in forms]
    return "|".join(re.escape(w) for w in forms)


def _words(lang: str) -> _Alternations:
    months = MONTHS[lang]
    full_names = [m for m in months if m not in SHORT_MONTHS]
    month = (
        rf"(?:(?:{_alternation(full_names, capitalise=True)})(?!\w)"
        rf"|(?:{_alternation(SHORT_MONTHS & set(months), capitalise=True)})(?:\.|(?!\w)))"
    )
    full_month = rf"(?:{_alternation(full_names, capitalise=True)})(?!\w)"
    weekday = _alternation(WEEKDAYS[lang], capitalise=True)
    numbers = _alternation([*NUMBER_WORDS[lang], *VAGUE_NUMBERS[lang]], capitalise=False)
    hedges = _alternation(HEDGES[lang], capitalise=False)
    units = _alternation(UNITS[lang], capitalise=lang == "de")
    cal_units = _alternation(CALENDAR_UNITS[lang], capitalise=lang == "de")
    year = r"(?:1[89]|20)\d{2}(?!\d)"
    relative_days, named_days, weekend = _day_words(lang)
    return _Alternations(
        month, full_month, weekday, numbers, hedges, units, cal_units, year,
        relative_days, named_days, weekend,
    )  # fmt: skip


def _day_words(lang: str) -> tuple[str, str, str]:
    """The alternations of relative days ("gestern", "Heute", "yesterday") and named days
    ("Weihnachten", "Easter"), and the word for the weekend."""
    relative = _alternation(RELATIVE_DAYS[lang], capitalise=False)
    if lang == "de":
        named = _alternation(NAMED_DAYS["de"], capitalise=True) + "|Ostern"
        return f"{relative}|Vorgestern|Gestern|Heute|Übermorgen", named, "Wochenende"
    named = "Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day|Easter"
    return f"{relative}|{relative.title()}", named, "weekend"


def _patterns(lang: str, words: _Alternations) -> list[tuple[str, str]]:
    """The regular expressions of ``lang`` as (kind, pattern) pairs; group names are shared
    between the languages so one set of handlers resolves both."""
    return _german_patterns(words) if lang == "de" else _english_patterns(words)


def needed_parts(words: _Alternations) -> dict[str, str]:
    """Per kind, a part every one of its patterns holds outside any optional group: a day
    number or year, a weekday, a calendar unit, a full month name, a unit of time, a
    relative or named day, the weekend. Searching for it is 10 to 30 times cheaper than
    running patterns with optional leads or a lookbehind (tests/test_dates.py checks each
    pattern holds it)."""
    digit = r"\d"
    return {
        "range": digit,
        "date": digit,
        "year": digit,
        "weekday": words.weekday,
        "relunit": words.cal_units,
        "month": words.full_month,
        "ago": words.units,
        "ahead": words.units,
        "relday": words.relative_days,
        "named": words.named_days,
        "weekend": words.weekend,
    }


class _Alternations(NamedTuple):
    """The parts both languages' patterns are built from: regular expressions matching one
    month name, full month name, weekday, number word, hedge ("gut", "about"), unit of
    time, calendar unit, and a four-digit year."""

    month: str
    full_month: str
    weekday: str
    numbers: str
    hedges: str
    units: str
    cal_units: str
    year: str
    relative_days: str
    named_days: str
    weekend: str


def _german_patterns(words: _Alternations) -> list[tuple[str, str]]:
    month, full_month, weekday, numbers, hedges, units, cal_units, year, *_ = words
    mods = (
        r"(?:[Vv]ergangen|[Ll]etzt|[Vv]orig|[Kk]ommend|[Nn]ächst|[Dd]ies|[Ll]aufend)(?:e|en|er|es)?"
    )
    lead = r"(?:(?:[Aa]m|[Vv]om|[Ss]eit dem|[Bb]is zum|[Aa]b dem|[Zz]um|dem|den|[Zz]wischen dem|[Zz]wischen)\s+)?"
    wd_lead = rf"(?:(?:{weekday}),?\s+(?:dem\s+|den\s+)?)?"
    return [
        (
            "range",
            rf"{lead}{wd_lead}(?P<d1>\d{{1,2}})\.(?:\s*(?P<m1>{month})(?:\s+(?P<y1>{year}))?)?(?:\s*,\s*\d{{1,2}}\.)*\s*(?:und|bis(?:\s+zum)?|-|–|—|/)\s*(?:(?:dem|den)\s+)?(?P<d2>\d{{1,2}})\.\s*(?P<m2>{month})(?:\s+(?P<y2>{year}))?",
        ),
        ("date", rf"{lead}{wd_lead}(?P<d>\d{{1,2}})\.\s*(?P<m>{month})(?:\s+(?P<y>{year}))?"),
        (
            "date",
            rf"{lead}(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{year}|\d{{2}}(?!\d))?",
        ),
        ("date", rf"(?<![\d-])(?P<y>{year})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d)"),
        (
            "weekday",
            rf"(?:(?:(?:[Aa]m|[Aa]n diesem|[Aa]n jenem)\s+)?(?P<mod>{mods})\s+|(?:[Aa]m|[Aa]n diesem|[Aa]n jenem)\s+)?(?P<wd>{weekday})(?:abend|morgen|mittag|nachmittag|vormittag|nacht)?(?!\w)",
        ),
        (
            "relday",
            rf"(?<!\w)(?P<rel>{words.relative_days})(?:\s+(?:Abend|Morgen|Mittag|Nachmittag|Vormittag|Nacht|früh))?(?!\w)",
        ),
        (
            "ago",
            rf"(?<!\w)[Vv]or\s+(?:(?P<hedge>{hedges})\s+)?(?P<n>\d+|{numbers})\s+(?P<unit>{units})(?!\w)",
        ),
        (
            "ahead",
            rf"(?<!\w)[Ii]n\s+(?:(?P<hedge>{hedges})\s+)?(?P<n>\d+|{numbers})\s+(?P<unit>{units})(?!\w)",
        ),
        (
            "relunit",
            rf"(?:(?P<part>Anfang|Mitte|Ende)\s+(?:der\s+|des\s+)?)?(?:(?:[Ii]n|[Ii]m|[Aa]n|[Aa]m)\s+(?:der\s+|dem\s+|den\s+)?)?(?P<mod>{mods})\s+(?P<unit>{cal_units})(?!\w)",
        ),
        ("weekend", rf"(?<!\w)(?:[Aa]m|[Üü]ber das)\s+{words.weekend}(?!\w)"),
        (
            "month",
            rf"(?:(?P<part>Anfang|Mitte|Ende)\s+|(?P<prep>[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Ii]n)\s+)?(?P<m>{full_month})(?:\s+(?P<y>{year})|\s+(?P<ymod>{mods})\s+Jahres)?",
        ),
        (
            "year",
            rf"(?:(?P<part>Anfang|Mitte|Ende)\s+|(?P<prep>[Ii]m\s+Jahre?|[Ss]eit|[Bb]is|[Aa]b|[Ii]n|[Vv]on|[Jj]ahr)\s+)?(?<![\d.,])(?P<y>{year})(?![\d.,]\d)",
        ),
        (
            "named",
            rf"(?:(?:[Aa]n|[Zz]u|[Vv]or|[Nn]ach|[Ss]eit)\s+)?(?P<named>{words.named_days})(?!\w)",
        ),
    ]


def _english_patterns(words: _Alternations) -> list[tuple[str, str]]:
    month, full_month, weekday, numbers, hedges, units, cal_units, year, *_ = words
    lead = r"(?:(?:[Oo]n|[Ff]rom|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]etween)\s+)?"
    wd_lead = rf"(?:(?:{weekday}),?\s+)?"
    ordinal = r"(?:st|nd|rd|th)?"
    mods = r"(?:last|past|previous|next|coming|this)"
    return [
        (
            "range",
            rf"{lead}(?:the\s+)?(?P<d1>\d{{1,2}}){ordinal}\s*(?:(?P<m1>{month})\s*)?(?:-|–|—|to|and|until|through)\s*(?:the\s+)?(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<m2>{month})(?:,?\s+(?P<y2>{year}))?",
        ),
        (
            "range",
            rf"{lead}(?P<m1>{month})\s+(?P<d1>\d{{1,2}}){ordinal}\s*(?:-|–|—|to|and|until|through)\s*(?:(?P<m2>{month})\s+)?(?P<d2>\d{{1,2}}){ordinal}(?!\d)(?:,?\s+(?P<y2>{year}))?",
        ),
        (
            "date",
            rf"{lead}{wd_lead}(?:the\s+)?(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<m>{month})(?:,?\s+(?P<y>{year}))?",
        ),
        (
            "date",
            rf"{lead}{wd_lead}(?P<m>{month})\s+(?P<d>\d{{1,2}}){ordinal}(?!\d)(?:,?\s+(?P<y>{year}))?",
        ),
        ("date", rf"(?<![\d-])(?P<y>{year})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d)"),
        (
            "weekday",
            rf"(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Oo]n)\s+)?(?P<wd>{weekday})(?:\s+(?:morning|afternoon|evening|night))?(?!\w)",
        ),
        ("relday", rf"(?<!\w)(?P<rel>{words.relative_days})(?!\w)"),
        (
            "ago",
            rf"(?<!\w)(?:(?P<hedge>{hedges}|{hedges.title()})\s+)?(?P<n>\d+|{numbers}|{numbers.title()})\s+(?P<unit>{units})\s+ago(?!\w)",
        ),
        (
            "ahead",
            rf"(?<!\w)[Ii]n\s+(?:(?P<hedge>{hedges})\s+)?(?P<n>\d+|{numbers})\s+(?P<unit>{units})(?:['’]?\s+time)?(?!\w)",
        ),
        (
            "relunit",
            rf"(?:(?P<part>earlier|later|[Ee]arly|[Ll]ate|mid-?|the end of|the beginning of|the start of|the middle of|end of)\s*)?(?:(?:over|during|in|at|for)\s+)?(?:the\s+)?(?P<mod>{mods}|{mods.title()})\s+(?P<unit>{cal_units})(?!\w)",
        ),
        ("weekend", rf"(?<!\w)(?:over|at|during|on)\s+the\s+{words.weekend}(?!\w)"),
        (
            "month",
            rf"(?:(?P<part>[Ee]arly|[Ll]ate|mid-|[Mm]id|the end of|the beginning of|the start of|the middle of|end of)\s*|(?P<prep>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|of)\s+)?(?P<m>{full_month})(?:,?\s+(?P<y>{year}))?",
        ),
        (
            "year",
            rf"(?:(?P<part>[Ee]arly|[Ll]ate|mid-|[Mm]id|the end of|the beginning of|the start of|the middle of|end of)\s*|(?P<prep>[Ii]n(?: the year)?|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|of)\s+)?(?<![\d.,$€£])(?P<y>{year})(?![\d.,]\d)",
        ),
        (
            "named",
            rf"(?:(?:[Oo]n|[Aa]t|[Bb]efore|[Aa]fter|[Ss]ince|[Oo]ver)\s+)?(?P<named>{words.named_days})(?!\w)",
        ),
    ]


def _acceptable(match: Match, text: str) -> bool:
    """Drop bare month names and numbers that are more likely something else ("May" the
    verb, "2000 Soldaten"): a month or year needs a preposition, a part word, a year or a
    place where only a date fits."""
    groups = match.groups
    if match.kind == "month":
        return any(groups.get(g) for g in ("part", "prep", "y", "ymod"))
    if match.kind == "year" and not (groups.get("part") or groups.get("prep")):
        after = text[match.end :].lstrip()
        at_start = not text[: match.start].strip()
        return not after or after[0] in ",.;:)!?" or (at_start and after[:1].islower())
    return True


def _iso(year: int | None, month: int, day: int | None = None) -> str:
    if year is None:
        return f"--{month:02d}" if day is None else f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _year_for(month: int, day: int, anchor: date, direction: Direction) -> int | None:
    """The year that puts ``month``/``day`` on the asked side of ``anchor`` (the nearest
    one for ``"nearest"``)."""
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _valid(y, month, day)]
    if direction == "past":
        years = [y for y in years if date(y, month, day) <= anchor]
        return max(years) if years else None
    if direction == "future":
        years = [y for y in years if date(y, month, day) >= anchor]
        return min(years) if years else None
    return min(years, key=lambda y: abs((date(y, month, day) - anchor).days), default=None)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _direction(tense: Tense) -> Direction:
    return "past" if tense == "past" else "future" if tense == "future" else "nearest"


def _part_of_month(year: int | None, month: int, part: str) -> Resolution:
    last = calendar.monthrange(year or 2000, month)[1]
    first, final = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[part]
    return Resolution(_iso(year, month, first), _iso(year, month, final), "approx")


def _part_of_year(year: int, part: str) -> Resolution:
    first, final = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
    return Resolution(_iso(year, first), _iso(year, final), "approx")


class Resolver:
    """Turns a recognised expression into ISO values, given the article date and tense."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def resolve(self, match: Match, anchor: date | None, tense: Tense) -> Resolution | None:
        handler: Callable[[dict[str, str], date | None, Tense], Resolution | None] = getattr(
            self, f"_{match.kind}"
        )
        try:
            return handler(match.groups, anchor, tense)
        except (OverflowError, ValueError):  # counted past the calendar's ends (year 1, 9999)
            return None

    def _month_number(self, token: str) -> int | None:
        token = token.rstrip(".").lower()
        return int(token) if token.isdigit() else MONTHS[self.lang].get(token)

    def _modifier(self, word: str) -> str | None:
        word = word.lower()
        return next((d for stem, d in MODIFIERS[self.lang] if word.startswith(stem)), None)

    def _amount(self, word: str) -> tuple[int, bool] | None:
        word = word.lower()
        if word.isdigit():
            return int(word), False
        if word in VAGUE_NUMBERS[self.lang]:
            return VAGUE_NUMBERS[self.lang][word], True
        number = NUMBER_WORDS[self.lang].get(word)
        return (number, False) if number is not None else None

    def _day(self, month: int, day: int, year: int | None, anchor: date | None,
             tense: Tense) -> tuple[int | None, int, int] | None:  # fmt: skip
        """(year, month, day) with the year inferred from the tense when the text has none."""
        if year is None and anchor is not None:
            year = _year_for(month, day, anchor, _direction(tense))
            if year is None:
                return None
        if not _valid(year or 2000, month, day):
            return None
        return year, month, day

    def _date(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        month = self._month_number(g["m"])
        year = _full_year(g.get("y"))
        if month is None:
            return None
        found = self._day(month, int(g["d"]), year, anchor, tense)
        return Resolution(_iso(*found), None, "day") if found else None

    def _range(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        last_month = self._month_number(g.get("m2") or g["m1"])
        first_month = self._month_number(g["m1"]) if "m1" in g else last_month
        if first_month is None or last_month is None:
            return None
        last = self._day(last_month, int(g["d2"]), _full_year(g.get("y2")), anchor, tense)
        if last is None:
            return None
        first_year = _full_year(g.get("y1")) or last[0]
        if first_year is not None and "y1" not in g and first_month > last_month:
            first_year -= 1  # "28. Dezember bis 2. Januar" crosses the new year
        first = self._day(first_month, int(g["d1"]), first_year, None, tense)
        if first is None or (first[1], first[2]) == (last[1], last[2]):
            return None
        return Resolution(_iso(*first), _iso(*last), "day")

    def _weekday(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        if anchor is None:
            return None
        target = WEEKDAYS[self.lang][g["wd"].lower()]
        modifier = self._modifier(g.get("mod", ""))
        if modifier == "future" or (modifier != "past" and tense == "future"):
            ahead = (target - anchor.weekday()) % 7 or (7 if modifier == "future" else 0)
            return Resolution((anchor + timedelta(days=ahead)).isoformat(), None, "day")
        back = (anchor.weekday() - target) % 7 or (7 if modifier == "past" else 0)
        return Resolution((anchor - timedelta(days=back)).isoformat(), None, "day")

    def _relday(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        if anchor is None:
            return None
        shift = RELATIVE_DAYS[self.lang][g["rel"].lower()]
        return Resolution((anchor + timedelta(days=shift)).isoformat(), None, "day")

    def _ago(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        return self._shifted(g, anchor, -1)

    def _ahead(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        return self._shifted(g, anchor, 1)

    def _shifted(self, g: dict[str, str], anchor: date | None, sign: int) -> Resolution | None:
        amount = self._amount(g["n"])
        if anchor is None or amount is None:
            return None
        number, vague = amount
        unit = UNITS[self.lang][g["unit"].lower()]
        approx = vague or "hedge" in g
        if unit in ("day", "week"):
            when = anchor + timedelta(days=sign * number * (7 if unit == "week" else 1))
            exact = unit == "day" and not approx
            return Resolution(when.isoformat(), None, "day" if exact else "approx")
        months = number * {"month": 1, "year": 12, "decade": 120}[unit]
        when = _add_months(anchor, sign * months)
        precision: Precision = "month" if unit == "month" else "year"
        if approx or unit == "decade":
            precision = "approx"
        value = _iso(when.year, when.month) if unit == "month" else f"{when.year:04d}"
        return Resolution(value, None, precision)

    def _relunit(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        modifier = self._modifier(g["mod"])
        if anchor is None or modifier is None:
            return None
        step = {"past": -1, "future": 1, "current": 0}[modifier]
        unit = CALENDAR_UNITS[self.lang][g["unit"].lower()]
        part = PARTS.get(g.get("part", "").lower())
        if unit in ("week", "weekend"):
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
            if unit == "weekend":
                return Resolution(
                    (monday + timedelta(days=5)).isoformat(),
                    (monday + timedelta(days=6)).isoformat(),
                    "day",
                )
            return Resolution(
                monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "approx"
            )
        if unit == "month":
            month = _add_months(anchor.replace(day=1), step)
            if part:
                return _part_of_month(month.year, month.month, part)
            return Resolution(_iso(month.year, month.month), None, "month")
        if part:
            return _part_of_year(anchor.year + step, part)
        return Resolution(f"{anchor.year + step:04d}", None, "year")

    def _weekend(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        if anchor is None:
            return None
        if tense == "future":
            saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
        else:
            saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        return Resolution(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), "day")

    def _month(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        month = self._month_number(g["m"])
        if month is None:
            return None
        year = _full_year(g.get("y"))
        modifier = self._modifier(g.get("ymod") or g.get("prep") or "")
        if year is None and anchor is not None:
            if g.get("ymod") and modifier:
                year = anchor.year + {"past": -1, "future": 1, "current": 0}[modifier]
            else:
                direction: Direction = _direction(tense)
                if modifier in ("past", "future"):
                    direction = "past" if modifier == "past" else "future"  # "last June"
                year = _year_for(month, 1, anchor.replace(day=1), direction)
        part = PARTS.get(g.get("part", "").lower())
        if part:
            return _part_of_month(year, month, part)
        return Resolution(_iso(year, month), None, "month")

    def _year(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        year = int(g["y"])
        part = PARTS.get(g.get("part", "").lower())
        return _part_of_year(year, part) if part else Resolution(f"{year:04d}", None, "year")

    def _named(self, g: dict[str, str], anchor: date | None, tense: Tense) -> Resolution | None:
        name = g["named"].lower()
        if name == EASTER[self.lang]:
            if anchor is None:
                return None
            years = (anchor.year - 1, anchor.year, anchor.year + 1)
            days = [_easter(y) for y in years]
            direction = _direction(tense)
            if direction == "past":
                day = max(d for d in days if d <= anchor)
            elif direction == "future":
                day = min(d for d in days if d >= anchor)
            else:
                day = min(days, key=lambda d: abs((d - anchor).days))
            return Resolution(day.isoformat(), None, "day")
        month, first, last = NAMED_DAYS[self.lang][name]
        year = _year_for(month, first, anchor, _direction(tense)) if anchor else None
        end = _iso(year, month, last) if last != first else None
        return Resolution(_iso(year, month, first), end, "day")


def _full_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year  # "12.6.18": news dates are this century

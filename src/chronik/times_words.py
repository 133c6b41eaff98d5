"""The German and English words of time expressions: number words, units, modifiers
("letzte", "next"), parts of a period ("Anfang", "late"), named days and the tense markers
near an expression; month and weekday names come from each language's lexicon
(analysis/de_lexicon.py, analysis/en_lexicon.py). Read by :mod:`chronik.times`.
"""

from __future__ import annotations

from .analysis import de_lexicon, en_lexicon

MONTHS = {"de": de_lexicon.MONTHS, "en": en_lexicon.MONTHS}
# Abbreviations count only next to a day number; a bare "im Jun" or "in Mar" is not a date.
SHORT_MONTHS = de_lexicon.MONTH_ABBREVIATIONS | en_lexicon.MONTH_ABBREVIATIONS
WEEKDAYS = {"de": de_lexicon.WEEKDAYS, "en": en_lexicon.WEEKDAYS}
# Amounts in "vor acht Monaten" / "two years ago"; vague ones make the result approximate.
NUMBER_WORDS = {
    "de": {"ein": 1, "eins": 1, "einem": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3,
           "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
           "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
           "vierzig": 40, "fünfzig": 50, "hundert": 100},
    "en": {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "hundred": 100},
}  # fmt: skip
VAGUE_NUMBERS = {
    "de": {"wenigen": 2, "ein paar": 2, "einigen": 3, "mehreren": 3},
    "en": {"a couple of": 2, "a few": 3, "few": 3, "several": 3},
}
HEDGES = {
    "de": ("gut", "knapp", "rund", "etwa", "fast", "beinahe", "mehr als", "über", "ungefähr",
           "zirka", "ca.", "nicht ganz", "annähernd", "mindestens"),
    "en": ("about", "some", "nearly", "almost", "around", "roughly", "more than", "over",
           "less than", "just over", "just under", "barely", "approximately", "at least"),
}  # fmt: skip
UNITS = {
    "de": {"tag": "day", "tage": "day", "tagen": "day", "woche": "week", "wochen": "week",
           "monat": "month", "monate": "month", "monaten": "month", "jahr": "year",
           "jahre": "year", "jahren": "year", "jahrzehnt": "decade", "jahrzehnten": "decade"},
    "en": {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
           "months": "month", "year": "year", "years": "year", "decade": "decade",
           "decades": "decade"},
}  # fmt: skip
# Calendar units named with a modifier ("vergangene Woche", "next month").
CALENDAR_UNITS = {
    "de": {"woche": "week", "wochenende": "weekend", "monat": "month", "monats": "month",
           "jahr": "year", "jahres": "year"},
    "en": {"week": "week", "weekend": "weekend", "month": "month", "year": "year"},
}  # fmt: skip
MODIFIERS = {
    "de": (("vergangen", "past"), ("letzt", "past"), ("vorig", "past"),
           ("kommend", "future"), ("nächst", "future"), ("dies", "current"),
           ("laufend", "current")),
    "en": (("last", "past"), ("past", "past"), ("previous", "past"), ("next", "future"),
           ("coming", "future"), ("this", "current")),
}  # fmt: skip
PARTS = {
    "anfang": "early",
    "mitte": "mid",
    "ende": "late",
    "early": "early",
    "mid": "mid",
    "mid-": "mid",
    "late": "late",
    "the beginning of": "early",
    "the start of": "early",
    "the middle of": "mid",
    "the end of": "late",
    "end of": "late",
}
RELATIVE_DAYS = {
    "de": {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2},
    "en": {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
           "tonight": 0, "this morning": 0, "this evening": 0, "tomorrow": 1,
           "the day after tomorrow": 2},
}  # fmt: skip
# Named days with a fixed date (month, first day, last day); Easter is computed.
NAMED_DAYS = {
    "de": {"heiligabend": (12, 24, 24), "weihnachten": (12, 24, 26), "silvester": (12, 31, 31),
           "neujahr": (1, 1, 1)},
    "en": {"christmas eve": (12, 24, 24), "christmas day": (12, 25, 25),
           "christmas": (12, 25, 25), "new year's eve": (12, 31, 31),
           "new year's day": (1, 1, 1)},
}  # fmt: skip
EASTER = {"de": "ostern", "en": "easter"}
# Nearest tense marker to an expression decides its direction when no frame does.
FUTURE_MARKERS = {
    "de": r"\b(?:werde|werden|wird|wirst|werdet|würde|würden|soll|sollen|will|wollen|plant|"
    r"planen|geplant|bevorstehend\w*)\b",
    "en": r"\b(?:will|shall|going to|is to|are to|due to|plans? to|planned|scheduled|"
    r"expected|upcoming)\b|['’]ll\b",
}
PAST_MARKERS = {
    "de": r"\b(?:war|waren|hatte|hatten|wurde|wurden|sagte|sagten|erklärte|erklärten|kam|"
    r"kamen|traf|trafen|gab|ging|fand|hieß|nahm|nahmen)\b|\b(?:hat|haben|ist|sind)\b[^,;]*?"
    r"\bge\w+(?:t|en)\b",
    "en": r"\b(?:was|were|had|did|said|told|met|held|took|came|went|gave|made|signed|"
    r"agreed|left|won|lost|began|ago)\b|(?<!\bis )(?<!\bare )(?<!\bbe )\b[a-z]\w{2,}ed\b",
}

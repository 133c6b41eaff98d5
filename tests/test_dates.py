"""Time expressions: recognition and resolution (German, English), and event dating."""

# ruff: noqa: E501  (hand-written cases read best one per line)
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from chronik.dates import DateResolver, EventDater
from chronik.document import Document
from chronik.records import Argument, Article, Event, Frame, Sentence, Span, Tense

from .conftest import SEED_DATE, span_of

ARTICLE_DATE = SEED_DATE


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


def times_of(
    resolver: DateResolver,
    text: str,
    lang: str,
    *,
    tense: Tense | None = None,
    on: date | None = ARTICLE_DATE,
) -> list[tuple[str, str, str | None, str]]:
    """(text, value, end, precision) of every expression in a one-sentence article whose
    sentence starts at offset 5, with one clause frame of ``tense`` covering it."""
    article_text = "Xxxx " + text
    sent = Sentence(0, 5, len(article_text), text)
    frames = ()
    if tense is not None:
        whole = Span(5, len(article_text), text)
        frames = (Frame(0, "v", Span(5, 6, "X"), (Argument("pp", whole, "x"),), tense=tense),)
    doc = Document(Article("t", article_text, lang, on), lang, (sent,), frames)
    times = resolver(doc).times
    for time in times:
        assert article_text[time.span.start : time.span.end] == time.span.text
    return [(t.span.text, t.value, t.end, t.precision) for t in times]


@pytest.mark.parametrize(
    ("lang", "text", "tense", "expected"),
    [
        # absolute dates, with and without year
        ("de", "Sie trafen sich am 12. Juni 2018.", None, [("am 12. Juni 2018", "2018-06-12", None, "day")]),
        ("de", "Er kam am 12.6. an.", "past", [("am 12.6.", "2018-06-12", None, "day")]),
        ("de", "Er kam am 12.6.2018 an.", None, [("am 12.6.2018", "2018-06-12", None, "day")]),
        ("en", "They met on 12 June 2018.", None, [("on 12 June 2018", "2018-06-12", None, "day")]),
        ("en", "They met on June 12, 2018.", None, [("on June 12, 2018", "2018-06-12", None, "day")]),
        ("en", "They met on June 12.", "past", [("on June 12", "2018-06-12", None, "day")]),
        ("en", "They will meet on Feb. 27.", "future", [("on Feb. 27", "2019-02-27", None, "day")]),
        # ranges and lists
        ("de", "Sie werden sich am 27. und 28. Februar treffen.", "future", [("am 27. und 28. Februar", "2019-02-27", "2019-02-28", "day")]),
        ("de", "Das Treffen ist am 27.–28. Februar.", None, [("am 27.–28. Februar", "2019-02-27", "2019-02-28", "day")]),
        ("de", "Der Gipfel dauert vom 27. bis 28. Februar.", None, [("vom 27. bis 28. Februar", "2019-02-27", "2019-02-28", "day")]),
        ("de", "Sie tagten vom 28. Dezember bis 2. Januar.", "past", [("vom 28. Dezember bis 2. Januar", "2018-12-28", "2019-01-02", "day")]),
        ("en", "The summit is on 27–28 February.", None, [("on 27–28 February", "2019-02-27", "2019-02-28", "day")]),
        ("en", "It runs from 27 to 28 February.", None, [("from 27 to 28 February", "2019-02-27", "2019-02-28", "day")]),
        ("en", "It runs February 27-28 in Hanoi.", None, [("February 27-28", "2019-02-27", "2019-02-28", "day")]),
        # weekdays: the last one unless the clause points forward
        ("de", "Trump sagte am Dienstag, es gebe viel Arbeit.", None, [("am Dienstag", "2019-02-05", None, "day")]),
        ("de", "Am Dienstag werden sie verhandeln.", "future", [("Am Dienstag", "2019-02-12", None, "day")]),
        ("de", "Er kommt am kommenden Montag.", None, [("am kommenden Montag", "2019-02-11", None, "day")]),
        ("de", "Am Mittwoch sprach er.", "past", [("Am Mittwoch", "2019-02-06", None, "day")]),
        ("en", "Trump said on Tuesday that talks went well.", None, [("on Tuesday", "2019-02-05", None, "day")]),
        ("en", "They will meet next Tuesday.", None, [("next Tuesday", "2019-02-12", None, "day")]),
        ("en", "They met last Wednesday.", None, [("last Wednesday", "2019-01-30", None, "day")]),
        # relative expressions
        ("de", "Der Gipfel war vor gut acht Monaten.", None, [("vor gut acht Monaten", "2018-06", None, "approx")]),
        ("de", "Vor zwei Jahren trat er an.", None, [("Vor zwei Jahren", "2017", None, "year")]),
        ("de", "Vor drei Tagen kam er.", None, [("Vor drei Tagen", "2019-02-03", None, "day")]),
        ("de", "Vergangene Woche sprach er.", None, [("Vergangene Woche", "2019-01-28", "2019-02-03", "approx")]),
        ("de", "Er kommt nächsten Monat.", None, [("nächsten Monat", "2019-03", None, "month")]),
        ("de", "Im vergangenen Jahr scheiterte es.", None, [("Im vergangenen Jahr", "2018", None, "year")]),
        ("de", "Gestern, heute und morgen.", None, [("Gestern", "2019-02-05", None, "day"), ("heute", "2019-02-06", None, "day"), ("morgen", "2019-02-07", None, "day")]),
        ("de", "In zwei Wochen entscheidet er.", None, [("In zwei Wochen", "2019-02-20", None, "approx")]),
        ("en", "They met two years ago.", None, [("two years ago", "2017", None, "year")]),
        ("en", "The summit was about eight months ago.", None, [("about eight months ago", "2018-06", None, "approx")]),
        ("en", "He spoke last week.", None, [("last week", "2019-01-28", "2019-02-03", "approx")]),
        ("en", "Yesterday, today and tomorrow.", None, [("Yesterday", "2019-02-05", None, "day"), ("today", "2019-02-06", None, "day"), ("tomorrow", "2019-02-07", None, "day")]),
        ("en", "Talks resume next month.", None, [("next month", "2019-03", None, "month")]),
        ("en", "It failed late last year.", None, [("late last year", "2018-09", "2018-12", "approx")]),
        ("en", "They met over the weekend.", None, [("over the weekend", "2019-02-02", "2019-02-03", "day")]),
        ("de", "Am Wochenende trafen sie sich.", "past", [("Am Wochenende", "2019-02-02", "2019-02-03", "day")]),
        ("de", "Über das Wochenende wird verhandelt.", "future", [("Über das Wochenende", "2019-02-09", "2019-02-10", "day")]),
        # months and years
        ("de", "Im Juni trafen sie sich.", None, [("Im Juni", "2018-06", None, "month")]),
        ("de", "Im Juni werden sie sich treffen.", None, [("Im Juni", "2019-06", None, "month")]),
        ("de", "Ende Februar ist der Gipfel.", None, [("Ende Februar", "2019-02-21", "2019-02-28", "approx")]),
        ("de", "Anfang 2018 begann es.", None, [("Anfang 2018", "2018-01", "2018-04", "approx")]),
        ("de", "2018 wurde er gewählt.", None, [("2018", "2018", None, "year")]),
        ("de", "Im Juni vergangenen Jahres kam es dazu.", None, [("Im Juni vergangenen Jahres", "2018-06", None, "month")]),
        ("en", "In June they met.", "past", [("In June", "2018-06", None, "month")]),
        ("en", "It happens in late February.", None, [("late February", "2019-02-21", "2019-02-28", "approx")]),
        ("en", "In 2017, he won.", None, [("In 2017", "2017", None, "year")]),
        ("en", "Trade fell in early 2018.", None, [("early 2018", "2018-01", "2018-04", "approx")]),
        # named days
        ("de", "An Weihnachten war Ruhe.", None, [("An Weihnachten", "2018-12-24", "2018-12-26", "day")]),
        ("en", "They met on Christmas Day.", "past", [("on Christmas Day", "2018-12-25", None, "day")]),
        ("en", "He returns at Easter.", "future", [("at Easter", "2019-04-21", None, "day")]),
        ("de", "Sie kommen an Ostern zusammen.", "future", [("an Ostern", "2019-04-21", None, "day")]),
    ],
)  # fmt: skip
def test_time_expression_resolves(resolver, lang, text, tense, expected):
    assert times_of(resolver, text, lang, tense=tense) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Rund 2000 Soldaten stehen bereit."),
        ("de", "Die Frage ist offen, die Antwort auch."),
        ("en", "He may go, and he will march."),
        ("en", "About 2000 troops were sent."),
        ("de", "Das Wachstum lag bei 3.5 Prozent."),
    ],
)
def test_non_dates_are_not_times(resolver, lang, text):
    assert times_of(resolver, text, lang) == []


@pytest.mark.parametrize(("tense", "expected"), [("future", "2019-02-27"), ("past", "2018-02-27")])
def test_tense_sets_direction_of_dates_without_year(resolver, tense, expected):
    found = times_of(resolver, "Sie treffen sich am 27. Februar.", "de", tense=tense)
    assert found[0][1] == expected


def test_without_article_date_keeps_what_the_text_gives(resolver):
    text = "Am 27. und 28. Februar, im Juni 2018 und am Dienstag."
    assert times_of(resolver, text, "de", on=None) == [
        ("Am 27. und 28. Februar", "--02-27", "--02-28", "day"),
        ("im Juni 2018", "2018-06", None, "month"),
    ]


# --- the seed article ------------------------------------------------------------------


@pytest.fixture(scope="module")
def dated_seed(resolver, seed_document) -> Document:
    return EventDater()(resolver(seed_document))


def test_seed_times_resolve(dated_seed):
    assert [(t.span.text, t.value, t.end, t.precision) for t in dated_seed.times] == [
        ("vor gut acht Monaten", "2018-06", None, "approx"),
        ("am Dienstag", "2019-02-05", None, "day"),
        ("am 27. und 28. Februar", "2019-02-27", "2019-02-28", "day"),
    ]


def test_seed_event_dates(dated_seed):
    dates = {e.frame.predicate: e.date for e in dated_seed.events}
    # The time inside "nach dem Gipfel ..." dates the summit, not the new meeting.
    assert dates["zusammenkommen"].precision == "story"
    assert dates["zusammenkommen"].value == "2019-02-06"
    assert (dates["sagen"].value, dates["sagen"].precision) == ("2019-02-05", "day")
    assert (dates["treffen"].value, dates["treffen"].end) == ("2019-02-27", "2019-02-28")
    # Coreference by place: "Bei ihrem ersten Gipfel in Singapur hatten ... angenommen".
    assert (dates["annehmen"].value, dates["annehmen"].precision) == ("2018-06", "approx")
    assert dates["annehmen"].span.text == "vor gut acht Monaten"


def test_coreference_by_place_needs_past_tense(resolver, seed_document):
    doc = seed_document
    frames = tuple(replace(f, tense="future") if f.predicate == "annehmen" else f
                   for f in doc.frames)  # fmt: skip
    events = tuple(
        replace(e, frame=next(f for f in frames if f.trigger == e.trigger)) for e in doc.events
    )
    dated = EventDater()(resolver(replace(doc, frames=frames, events=events)))
    annehmen = next(e for e in dated.events if e.frame.predicate == "annehmen")
    assert annehmen.date.precision == "story"


def test_reported_clause_takes_governing_time(resolver, seed_document):
    doc = resolver(seed_document)
    geben = next(f for f in doc.frames if f.predicate == "geben")
    event = Event(doc_id="seed", sentence=1, sentence_text="", source=None, target=None,
                  cameo="010", trigger=geben.trigger, rule="test", frame=geben)  # fmt: skip
    dated = EventDater()(replace(doc, events=(event,)))
    assert dated.events[0].date.value == "2019-02-05"


def test_event_without_frame_takes_nearest_time(resolver, make_event):
    text = "Am Montag stritten sie, am Dienstag verhandeln sie."
    event = make_event(text=text, source=None, target=None, trigger="verhandeln")
    doc = Document(
        Article("doc", text, "de", ARTICLE_DATE), "de", (Sentence(0, 0, len(text), text),),
        events=(event,),
    )  # fmt: skip
    dated = EventDater()(resolver(doc))
    assert dated.events[0].date.value == "2019-02-05"


def test_event_without_any_date_has_none(resolver, make_event):
    text = "Die USA und Nordkorea verhandeln derzeit."
    doc = Document(
        Article("doc", text, "de"), "de", (Sentence(0, 0, len(text), text),),
        events=(make_event(text=text),),
    )  # fmt: skip
    assert EventDater()(resolver(doc)).events[0].date is None


def test_range_split_over_two_arguments_takes_their_clause_tense(resolver):
    # "on February 27-28" parsed as the PPs "February 27" and "28" of "hold" (future); the
    # nearest tense marker would be the past "said", which points to 2018
    text = "They will hold a second summit in Hanoi on February 27-28, the White House said."
    meet = Frame(0, "hold", span_of(text, "hold"), (
        Argument("pp", span_of(text, "February 27"), "February"),
        Argument("pp", span_of(text, "28"), "28"),
    ), tense="future")  # fmt: skip
    say = Frame(1, "say", span_of(text, "said"), (
        Argument("subj", span_of(text, "the White House"), "House"),
        Argument("comp", span_of(text, "They will hold a second summit in Hanoi on February 27-28"), "hold"),
    ), tense="past")  # fmt: skip
    doc = Document(
        Article("t", text, "en", ARTICLE_DATE), "en", (Sentence(0, 0, len(text), text),),
        (meet, say),
    )  # fmt: skip
    assert [(t.value, t.end) for t in resolver(doc).times] == [("2019-02-27", "2019-02-28")]


@pytest.mark.parametrize(
    ("lang", "text", "verb", "trigger", "obj", "pp", "expected"),
    [
        # speech verbs of the German lexicon (data/de/lexicon.v1.tsv) and of en_lexicon take
        # the time nearest their trigger, a time in their object too
        ("de", "Merkel räumte Fehler vom Montag bei der Sitzung am Freitag ein.", "einräumen", "räumte", "Fehler vom Montag", "bei der Sitzung am Freitag", "2019-02-04"),
        ("en", "Trump acknowledged Monday's mistakes at the meeting on Friday.", "acknowledge", "acknowledged", "Monday's mistakes", "at the meeting on Friday", "2019-02-04"),
        # no speech verb: the time in the clause's PP wins
        ("de", "Merkel machte Fehler vom Montag bei der Sitzung am Freitag.", "machen", "machte", "Fehler vom Montag", "bei der Sitzung am Freitag", "2019-02-01"),
    ],
)  # fmt: skip
def test_speech_verb_from_lexicon_takes_nearest_time(
    resolver, make_event, lang, text, verb, trigger, obj, pp, expected
):
    frame = Frame(0, verb, span_of(text, trigger), (
        Argument("obj", span_of(text, obj), obj.split()[0]),
        Argument("pp", span_of(text, pp), pp.split()[-1]),
    ), tense="past")  # fmt: skip
    event = replace(make_event(text=text, source=None, target=None, trigger=trigger), frame=frame)
    doc = Document(
        Article("doc", text, lang, ARTICLE_DATE), lang, (Sentence(0, 0, len(text), text),), (frame,),
        events=(event,),
    )  # fmt: skip
    assert EventDater()(resolver(doc)).events[0].date.value == expected


def _requires(sequence, needed) -> bool:
    """Can no text match this parsed regular expression without a character ``needed``
    accepts? (Conservative: a required class or literal of such characters, a group that
    requires one, or alternatives that all do.)"""
    import re._constants as c  # the parser's opcodes (private, stable within 3.11+)

    def item(op, arg) -> bool:
        if op is c.IN:
            return all(o is c.CATEGORY and a is c.CATEGORY_DIGIT and needed("1") for o, a in arg)
        if op is c.LITERAL:
            return needed(chr(arg))
        if op is c.SUBPATTERN:
            return _requires(arg[-1], needed)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            return arg[0] >= 1 and _requires(arg[2], needed)
        if op is c.BRANCH:
            return all(_requires(branch, needed) for branch in arg[1])
        return False

    return any(item(op, arg) for op, arg in sequence)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_pattern_holds_the_part_searched_for_first(lang):
    # TimeGrammar.find tries a kind of pattern only where its needed part occurs
    import re._parser

    from chronik.times import TimeGrammar

    def parse(pattern: str):
        return re._parser.parse(pattern)

    grammar = TimeGrammar(lang)
    assert set(grammar.needs) == {kind for kind, _ in grammar.patterns}  # every kind has one
    for kind, pattern in grammar.patterns:
        part = grammar.needs[kind].pattern
        if part == r"\d":
            assert _requires(parse(pattern.pattern), str.isdecimal), kind
        else:  # the part, put in as a marker no text holds, is required
            assert part in pattern.pattern, kind
            marked = pattern.pattern.replace(part, "\x00")
            assert _requires(parse(marked), lambda ch: ch == "\x00"), kind
    # the check can fail: a digit or a month only in an optional group
    assert not _requires(parse(r"(?:\d+ )?Mai|\d+ May"), str.isdecimal)
    assert not _requires(parse("(?:am \x00)?heute"), lambda ch: ch == "\x00")

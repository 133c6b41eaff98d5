"""The record a pipeline stage receives and returns: an article and what is known of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .records import Actor, Article, Event, EventDate, Frame, Place, Sentence


@dataclass(frozen=True)
class Document:
    """An article as it passes through the stages; each stage fills in its part.

    ``actors`` are all coded actor mentions of the article, in text order, references
    resolved. ``times`` are the article's resolved time expressions and ``places`` its
    resolved place mentions; the events carry the ones that apply to them.
    """

    article: Article
    lang: str
    sentences: tuple[Sentence, ...] = ()
    frames: tuple[Frame, ...] = ()
    actors: tuple[Actor, ...] = ()
    times: tuple[EventDate, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()

    def frames_of(self, sentence: int) -> tuple[Frame, ...]:
        return tuple(f for f in self.frames if f.sentence == sentence)


class Stage(Protocol):
    """A pipeline stage: a pure function of the document, holding only loaded resources."""

    def __call__(self, doc: Document) -> Document: ...

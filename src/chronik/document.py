"""The record a pipeline stage receives and returns: an article and what is known of it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol, TypeVar

from .records import Actor, Article, Event, EventDate, Frame, Place, Sentence

T = TypeVar("T")


@dataclass(frozen=True)
class Document:
    """An article as it passes through the stages; each stage fills in its part.

    ``actors`` are all coded actor mentions of the article, in text order, references
    resolved. ``times`` are the article's resolved time expressions and ``places`` its
    resolved place mentions; the events carry the ones that apply to them.

    The ``*_in``/``*_of`` lookups are indexed by sentence once per document, so the stages
    stay linear in article length (scanning every mention for every sentence does not).
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
        return self._frames.get(sentence, ())

    def sentence(self, index: int) -> Sentence | None:
        """The sentence numbered ``index``."""
        return self._sentences.get(index)

    def times_in(self, sent: Sentence) -> tuple[EventDate, ...]:
        """Times starting inside ``sent``, in document order."""
        return self._times.get(sent.index, ())

    def places_in(self, sent: Sentence) -> tuple[Place, ...]:
        """Places starting inside ``sent``, in document order."""
        return self._places.get(sent.index, ())

    def actors_in(self, sent: Sentence) -> tuple[Actor, ...]:
        """Actor mentions starting inside ``sent``, in document order."""
        return self._actors.get(sent.index, ())

    @cached_property
    def _frames(self) -> dict[int, tuple[Frame, ...]]:
        found: dict[int, list[Frame]] = {}
        for frame in self.frames:
            found.setdefault(frame.sentence, []).append(frame)
        return {index: tuple(frames) for index, frames in found.items()}

    @cached_property
    def _sentences(self) -> dict[int, Sentence]:
        found: dict[int, Sentence] = {}
        for sent in self.sentences:
            found.setdefault(sent.index, sent)
        return found

    @cached_property
    def _times(self) -> dict[int, tuple[EventDate, ...]]:
        return self._by_sentence(self.times, lambda t: t.span.start if t.span else None)

    @cached_property
    def _places(self) -> dict[int, tuple[Place, ...]]:
        return self._by_sentence(self.places, lambda p: p.span.start if p.span else None)

    @cached_property
    def _actors(self) -> dict[int, tuple[Actor, ...]]:
        return self._by_sentence(self.actors, lambda a: a.span.start)

    def _by_sentence(
        self, items: Iterable[T], start_of: Callable[[T], int | None]
    ) -> dict[int, tuple[T, ...]]:
        """``items`` grouped by the sentence their start lies in (start ≤ it < end)."""
        ordered = sorted(self.sentences, key=lambda s: s.start)
        starts = [s.start for s in ordered]
        found: dict[int, list[T]] = {}
        for item in items:
            start = start_of(item)
            if start is None:
                continue
            at = bisect_right(starts, start) - 1  # sentences do not overlap
            if at >= 0 and start < ordered[at].end:
                found.setdefault(ordered[at].index, []).append(item)
        return {index: tuple(group) for index, group in found.items()}


class Stage(Protocol):
    """A pipeline stage: a pure function of the document, holding only loaded resources."""

    def __call__(self, doc: Document) -> Document: ...

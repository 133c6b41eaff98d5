"""Whether a span overlaps any of many: the reference passes ask it of every name and
subject against every coded mention, which read one by one is quadratic in a long article."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate

from .records import Span


class SpanIndex:
    """Spans sorted by start, with the furthest end among each prefix: the spans that
    start before a span's end are a prefix, and one of them reaches into it exactly when
    the prefix's furthest end lies beyond its start."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``start``–``end`` (``Span.overlaps``)."""
        before = bisect_left(self._starts, end)  # the spans that start before ``end``
        return before > 0 and self._reach[before - 1] > start

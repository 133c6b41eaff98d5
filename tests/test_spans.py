"""SpanIndex answers as Span.overlaps asked of every span would (references' speed)."""

from __future__ import annotations

import random

from chronik.records import Span
from chronik.spans import SpanIndex


def test_overlaps_as_every_span_asked() -> None:
    chance = random.Random(14)
    for _ in range(300):
        spans = []
        for _ in range(chance.randrange(0, 8)):
            start = chance.randrange(0, 40)
            spans.append(Span(start, start + chance.randrange(0, 6), "x"))
        index = SpanIndex(spans)
        for start in range(0, 45):
            for end in range(start, start + 5):
                wanted = any(s.overlaps(Span(start, end, "y")) for s in spans)
                assert index.overlaps(start, end) == wanted, (spans, start, end)


def test_a_long_span_before_short_ones_still_reaches() -> None:
    index = SpanIndex([Span(0, 30, "a"), Span(5, 6, "b"), Span(10, 11, "c")])
    assert index.overlaps(20, 22)  # only the first span covers it
    assert not index.overlaps(30, 35)
    assert not SpanIndex([]).overlaps(0, 5)

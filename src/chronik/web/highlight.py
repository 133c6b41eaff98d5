"""An article's text as HTML with its actor mentions, triggers, dates and places marked.

Each mark names the events it belongs to (``data-events="0 3"``), so hovering an event row
can light up its spans. The text is escaped piece by piece: nothing from the article
reaches the page as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from ..document import Document

BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # actor, trigger, date, place
    label: str
    events: tuple[int, ...] = ()


def mentions(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Everything the pipeline found in a coded text, as JSON: actor mentions (references
    resolved), time expressions and places, each with its offsets."""
    return {
        "actors": [
            {"code": a.code, "text": a.span.text, "start": a.span.start, "end": a.span.end,
             "entry": a.entry}
            for a in doc.actors
        ],
        "dates": [
            {"value": t.value, "end": t.end, "text": t.span.text, "start": t.span.start,
             "end_offset": t.span.end, "precision": t.precision}
            for t in doc.times
            if t.span is not None
        ],
        "places": [
            {"name": p.name, "country": p.country, "text": p.span.text, "start": p.span.start,
             "end": p.span.end, "entry": p.entry}
            for p in doc.places
            if p.span is not None
        ],
    }  # fmt: skip


def event_mentions(events: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The mentions a stored article's events point at (the store keeps no others)."""
    found: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {
        "actors": {}, "dates": {}, "places": {}
    }  # fmt: skip
    for event in events:
        for actor in (event["source"], event["target"]):
            if actor:
                found["actors"][actor["start"], actor["end"]] = {
                    k: actor[k] for k in ("code", "text", "start", "end", "entry")
                }
        when, where = event["date"], event["location"]
        if when and when.get("start") is not None:
            found["dates"][when["start"], when["end_offset"]] = dict(when)
        if where and where.get("start") is not None:
            found["places"][where["start"], where["end"]] = dict(where)
    return {kind: sorted(spans.values(), key=lambda m: m["start"]) for kind, spans in
            found.items()}  # fmt: skip


def _event_marks(index: int, event: dict[str, Any]) -> Iterator[Mark]:
    for actor in (event["source"], event["target"]):
        if actor:
            yield Mark(actor["start"], actor["end"], "actor", actor["code"], (index,))
            before = actor.get("antecedent")
            if before:
                yield Mark(before["start"], before["end"], "actor", actor["code"], (index,))
    trigger = event["trigger"]
    yield Mark(trigger["start"], trigger["end"], "trigger", event["cameo"], (index,))
    when, where = event["date"], event["location"]
    if when and when.get("start") is not None and when.get("end_offset") is not None:
        yield Mark(when["start"], when["end_offset"], "date", when["value"], (index,))
    if where and where.get("start") is not None and where.get("end") is not None:
        yield Mark(where["start"], where["end"], "place", where["name"], (index,))


def marks(events: Sequence[dict[str, Any]], found: dict[str, list[dict[str, Any]]]) -> list[Mark]:
    """The marks of every event (numbered by position) and of every other mention."""
    result = [mark for i, event in enumerate(events) for mark in _event_marks(i, event)]
    result += [Mark(a["start"], a["end"], "actor", a["code"]) for a in found.get("actors", [])]
    result += [
        Mark(d["start"], d["end_offset"], "date", d["value"])
        for d in found.get("dates", [])
        if d.get("end_offset") is not None
    ]
    result += [Mark(p["start"], p["end"], "place", p["name"]) for p in found.get("places", [])]
    return [mark for mark in result if 0 <= mark.start < mark.end]


def highlight(text: str, all_marks: Sequence[Mark]) -> Markup:
    """``text`` as escaped HTML, each stretch under one or more marks wrapped in a
    ``<mark>`` with the marks' kinds as classes and their events in ``data-events``."""
    bounds = sorted({0, len(text), *(m.start for m in all_marks), *(m.end for m in all_marks)})
    bounds = [b for b in bounds if 0 <= b <= len(text)]
    pieces: list[str] = []
    for start, end in pairwise(bounds):
        piece = escape(text[start:end])
        over = [m for m in all_marks if m.start <= start and end <= m.end]
        if not over:  # runs of blank lines (left by HTML extraction) shown as one
            pieces.append(Markup(BLANK_LINES.sub("\n\n", piece)))
            continue
        kinds = " ".join(sorted({m.kind for m in over}))
        events = " ".join(str(e) for e in sorted({e for m in over for e in m.events}))
        title = "; ".join(sorted({f"{m.kind}: {m.label}" for m in over}))
        pieces.append(
            Markup('<mark class="{}" data-events="{}" title="{}">{}</mark>').format(
                kinds, events, title, piece
            )
        )
    return Markup("").join(pieces)

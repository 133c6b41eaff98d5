"""The output contract (docs/output.md): one JSON object per event, the flat row the CSV,
table and database views share, and the PLOVER v2 record. Keep field names stable: other
tools rely on them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .records import Actor, Event, EventDate, Place, Span

if TYPE_CHECKING:
    from .actors import ActorMatch


def event_to_dict(event: Event) -> dict[str, Any]:
    """The contract's JSON object for one event."""
    return {
        "doc_id": event.doc_id,
        "sentence": event.sentence,
        "sentence_text": event.sentence_text,
        "source": _actor(event.source),
        "target": _actor(event.target),
        "cameo": event.cameo,
        "plover": {"type": event.plover_type, "mode": event.plover_mode},
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "trigger": _span(event.trigger),
        "modality": event.modality,
        "modality_rule": event.modality_rule,
        "negated": event.negated,
        "reported_by": _actor(event.reported_by),
        "date": _date(event.date),
        "location": _place(event.location),
        "rule": event.rule,
        **_reports(event),
    }


def _reports(event: Event) -> dict[str, Any]:
    """``mentions`` and ``spans`` of a fact the article reports more than once;
    ``background`` for an event dated years back."""
    found: dict[str, Any] = {}
    if event.mentions > 1:
        found["mentions"] = event.mentions
        found["spans"] = [_span(s) for s in event.spans]
    if event.background:
        found["background"] = True
    return found


def _span(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    found = {"code": actor.code, **_span(actor.span), "entry": actor.entry}
    if actor.antecedent is not None:
        found["antecedent"] = _span(actor.antecedent)
    return found


def _date(value: EventDate | None) -> dict[str, Any] | None:
    if value is None:
        return None
    span = value.span
    return {
        "value": value.value,
        "end": value.end,
        "text": span.text if span else "",
        "start": span.start if span else None,
        "end_offset": span.end if span else None,
        "precision": value.precision,
    }


def _place(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "text": place.span.text if place.span else "",
        "start": place.span.start if place.span else None,
        "end": place.span.end if place.span else None,
        "entry": place.entry,
    }


# The flat view: one scalar per column, in this order, for CSV, tables and the store.
COLUMNS = (
    "doc_id", "sentence", "source", "target", "cameo", "plover_type", "plover_mode",
    "modality", "negated", "date", "date_end", "date_precision", "location", "country",
    "trigger", "rule", "reported_by",
)  # fmt: skip


# What fits a terminal: the table view leaves out the longer provenance columns.
TABLE_COLUMNS = (
    "doc_id", "sentence", "source", "target", "cameo", "plover_type", "modality", "negated",
    "date", "date_end", "location", "trigger",
)  # fmt: skip


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """A contract object as one flat row of :data:`COLUMNS`."""
    source, target = event["source"] or {}, event["target"] or {}
    when, where = event["date"] or {}, event["location"] or {}
    return {
        "doc_id": event["doc_id"],
        "sentence": event["sentence"],
        "source": source.get("code"),
        "target": target.get("code"),
        "cameo": event["cameo"],
        "plover_type": event["plover"]["type"],
        "plover_mode": event["plover"]["mode"],
        "modality": event["modality"],
        "negated": event["negated"],
        "date": when.get("value"),
        "date_end": when.get("end"),
        "date_precision": when.get("precision"),
        "location": where.get("name"),
        "country": where.get("country"),
        "trigger": event["trigger"]["text"],
        "rule": event["rule"],
        "reported_by": (event.get("reported_by") or {}).get("code"),
    }


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": actor["code"][:3],
        "sector": actor["code"][3:],
        "entity_text": actor["text"],
        "cameo_code": actor["code"],
        "start": actor["start"],
        "end": actor["end"],
    }


def plover_json(event: dict[str, Any]) -> dict[str, Any]:
    """A contract object as a PLOVER v2 record (manual, "PLOVER JSON"), with the CAMEO
    fields beside it. Modality goes into ``context`` as PLOVER's auxiliary modes (future,
    hypothetical, negation); ``event`` is empty where PLOVER dropped the CAMEO root."""
    context = []
    context += ["future"] if event["modality"] == "intended" else []
    context += ["hypothetical"] if event["modality"] == "hypothetical" else []
    context += ["negation"] if event["negated"] else []
    source, target = event["source"], event["target"]
    plover_type, plover_mode = event["plover"]["type"], event["plover"]["mode"]
    when, location = event["date"], event["location"]
    return {
        "id": f"{event['doc_id']}:{event['sentence']}:{event['trigger']['start']}:"
        f"{event['cameo']}:{source['code'] if source else ''}:{target['code'] if target else ''}",
        "has_event": bool(plover_type) and not event["negated"],
        "date": when["value"] if when else None,
        "enddate": when["end"] if when else None,
        "actor": [_entity(source)] if source else [],
        "recipient": [_entity(target)] if target else [],
        "event": [plover_type] if plover_type else [],
        "mode": [plover_mode] if plover_mode else [],
        "context": context,
        "event_text": [event["trigger"]["text"]],
        "text": event["sentence_text"],
        "quad_code": event["quad_class"],
        "event_loc": None
        if location is None
        else {
            "name": location["name"],
            "country_code": location["country"],
            "lat": location["lat"],
            "lon": location["lon"],
            "geonameid": location["geonames_id"],
        },
        "cameo": event["cameo"],
        "goldstein": event["goldstein"],
        "modality": event["modality"],
        "negated": event["negated"],
        "rule": event["rule"],
        "coder": "chronik",
    }


def render(events: Iterable[dict[str, Any]], fmt: str, *, header: bool = True) -> str:
    """Contract objects as ``jsonl``, ``plover`` (one PLOVER record a line), ``csv`` or an
    aligned ``table``; ``header=False`` leaves out the CSV header (output in parts)."""
    rows = list(events)
    if fmt == "jsonl":
        return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in rows)
    if fmt == "plover":
        return "".join(json.dumps(plover_json(e), ensure_ascii=False) + "\n" for e in rows)
    flat = [flatten(e) for e in rows]
    if fmt == "table" and not flat:
        return ""  # no header over nothing: an empty result reads as empty
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        if header:
            writer.writeheader()
        writer.writerows(flat)
        return buffer.getvalue()
    return _table(flat, TABLE_COLUMNS)


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return text if len(text) <= 30 else text[:29] + "…"


def lookup_json(match: ActorMatch | None) -> dict[str, object]:
    """The JSON shape of ``chronik actors lookup --json``; ``code`` is null without a match."""
    if match is None:
        return {"code": None, "entry": None, "name": None, "text": None}
    return {
        "code": match.code,
        "entry": match.entry,
        "name": match.name,
        "text": match.text,
        "start": match.start,
        "end": match.end,
        "kind": match.kind,
    }

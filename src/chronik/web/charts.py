"""The /timeline and /network data, and their charts as plain SVG made here (no JS
library, no CDN). Every label is escaped; every bar and edge links to its events."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from .queries import EventFilter, Queries, all_periods, bucket

QUAD_NAMES = {
    "1": "verbal cooperation",
    "2": "material cooperation",
    "3": "verbal conflict",
    "4": "material conflict",
}
QUAD_COLOURS = {"1": "#7fbf7b", "2": "#1b7837", "3": "#f4a582", "4": "#b2182b"}
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1f77b4", "#aec7e8", "#ff7f0e", "#98df8a", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#17becf",
)  # fmt: skip
COOPERATION, CONFLICT = "#1b7837", "#b2182b"


def colour(key: str, by: str) -> str:
    if by == "quad":
        return QUAD_COLOURS.get(key, "#999999")
    return PALETTE[int(key) % len(PALETTE)] if key.isdigit() else "#999999"


def timeline(queries: Queries, selected: EventFilter, *, per: str, by: str) -> dict[str, Any]:
    """Events per period (``per``: month or week) split by CAMEO root or quad class
    (``by``: root or quad); events whose date is too vague for a period are counted as
    ``undated``."""
    counts: Counter[tuple[str, str]] = Counter()
    undated = 0
    for value, cameo, quad in queries.coded(selected):
        period = bucket(value, per)
        if period is None:
            undated += 1
            continue
        counts[period, cameo[:2] if by == "root" else str(quad)] += 1
    keys = sorted({key for _, key in counts})
    bars = []
    for period in all_periods(sorted({p for p, _ in counts})):
        split = {key: counts[period, key] for key in keys if counts[period, key]}
        bars.append({"period": period, "total": sum(split.values()), "counts": split})
    return {"per": per, "by": by, "keys": keys, "bars": bars, "undated": undated}


def _link(selected: EventFilter, **extra: str) -> str:
    return "/events?" + urlencode({**selected.query(), **extra})


def timeline_svg(data: dict[str, Any], selected: EventFilter) -> Markup:
    """Stacked bars, one per period; each segment links to the events it counts."""
    bars = data["bars"]
    if not bars:
        return Markup('<p class="empty">No dated events match.</p>')
    width, height, top, bottom, left = 900, 260, 12, 30, 36
    step = (width - left - 10) / len(bars)
    peak = max(bar["total"] for bar in bars) or 1
    scale = (height - top - bottom) / peak
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="events per {escape(data["per"])}">',
        f'<text x="4" y="{top + 8}" class="axis">{peak}</text>',
        f'<text x="4" y="{height - bottom}" class="axis">0</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" '
        f'y2="{height - bottom}" class="axis"/>',
    ]
    label_every = max(1, math.ceil(len(bars) * 70 / (width - left)))
    for i, bar in enumerate(bars):
        x, y = left + i * step, height - bottom
        for key, count in bar["counts"].items():
            h = count * scale
            y -= h
            name = QUAD_NAMES.get(key, key) if data["by"] == "quad" else f"CAMEO {key}"
            filters = {"quad": key} if data["by"] == "quad" else {"code": key}
            parts.append(
                f'<a href="{escape(_link(selected, period=bar["period"], **filters))}" '
                f'class="bar" data-period="{escape(bar["period"])}">'
                f'<rect x="{x + step * 0.1:.1f}" y="{y:.1f}" width="{max(step * 0.8, 1):.1f}" '
                f'height="{h:.1f}" fill="{colour(key, data["by"])}">'
                f"<title>{escape(bar['period'])}: {count} × {escape(name)}</title></rect></a>"
            )
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + step / 2:.1f}" y="{height - bottom + 14}" class="label" '
                f'text-anchor="middle">{escape(bar["period"])}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def network(
    queries: Queries, selected: EventFilter, *, level: str = "country", top: int = 30
) -> dict[str, Any]:
    """Actors (country codes, or full codes with ``level="code"``) as nodes and their
    events as directed edges, split into cooperation (quad class 1-2) and conflict (3-4)."""
    edges: dict[tuple[str, str], Counter[str]] = {}
    for source, target, quad, count in queries.dyads(selected):
        pair = (source, target) if level == "code" else (source[:3], target[:3])
        if pair[0] == pair[1]:
            continue
        kind = "conflict" if quad in (3, 4) else "cooperation"
        edges.setdefault(pair, Counter())[kind] += count
    weight: Counter[str] = Counter()
    for (source, target), kinds in edges.items():
        weight[source] += kinds.total()
        weight[target] += kinds.total()
    # ties broken by name: the database returns groups in no fixed order
    kept = [node for node, _ in sorted(weight.items(), key=lambda item: (-item[1], item[0]))][:top]
    return {
        "level": level,
        "nodes": [{"id": node, "events": weight[node]} for node in kept],
        "edges": [
            {"source": s, "target": t, "cooperation": k["cooperation"],
             "conflict": k["conflict"], "events": k.total()}
            for (s, t), k in sorted(edges.items(), key=lambda item: (-item[1].total(), item[0]))
            if s in kept and t in kept
        ],
    }  # fmt: skip


def network_svg(data: dict[str, Any], selected: EventFilter) -> Markup:
    """Nodes on a circle; an edge is green where cooperation outweighs conflict, red
    otherwise, as wide as the log of its events; nodes and edges link to their events."""
    nodes = data["nodes"]
    if not nodes:
        return Markup('<p class="empty">No events with both a source and a target match.</p>')
    size, radius = 480, 180
    spot = {
        node["id"]: (
            size / 2 + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
            size / 2 + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2),
        )
        for i, node in enumerate(nodes)
    }
    parts = [f'<svg class="chart network" viewBox="0 0 {size} {size}" role="img" '
             'aria-label="actor network">']  # fmt: skip
    for edge in data["edges"]:
        (x1, y1), (x2, y2) = spot[edge["source"]], spot[edge["target"]]
        hue = COOPERATION if edge["cooperation"] >= edge["conflict"] else CONFLICT
        link = _link(selected, source=edge["source"], target=edge["target"])
        parts.append(
            f'<a href="{escape(link)}" class="edge"><line x1="{x1:.1f}" y1="{y1:.1f}" '
            f'x2="{x2:.1f}" y2="{y2:.1f}" stroke="{hue}" '
            f'stroke-width="{1 + 2 * math.log(edge["events"]):.1f}" stroke-opacity="0.6">'
            f"<title>{escape(edge['source'])} → {escape(edge['target'])}: "
            f"{edge['cooperation']} cooperation, {edge['conflict']} conflict</title></line></a>"
        )
    for node in nodes:
        x, y = spot[node["id"]]
        r = 6 + 2 * math.log(node["events"])
        parts.append(
            f'<a href="{escape(_link(selected, actor=node["id"]))}" class="node">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(node["id"])}: '
            f'{node["events"]} events</title></circle><text x="{x:.1f}" y="{y - r - 3:.1f}" '
            f'text-anchor="middle">{escape(node["id"])}</text></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))

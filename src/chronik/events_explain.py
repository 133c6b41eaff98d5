"""What ``chronik explain`` prints of the event coder's work: per frame its traits, roles
with their actors, the rule that fired or why none did, and the events
(:meth:`chronik.events.EventCoder.explain`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .document import Document
from .patterns import Condition, actors_in
from .records import Actor, Place, Span

if TYPE_CHECKING:
    from .events import FrameResult


def explain_sentences(doc: Document, results: list[FrameResult], within: Span | None = None) -> str:
    """Per sentence (those overlapping ``within``, if given): its actors and places, then
    each of its frames (:func:`explain_frame`)."""
    lines = []
    for sent in doc.sentences:
        if within and not (sent.start < within.end and within.start < sent.end):
            continue
        lines.append(f"[{sent.index}] {sent.text}")
        sent_actors = [a for a in doc.actors if sent.start <= a.span.start < sent.end]
        if sent_actors:
            lines.append("  actors: " + ", ".join(f"{a.span.text!r}={a.code}" for a in sent_actors))
        lines.extend(explain_places(doc.places_in(sent)))
        for result in (r for r in results if r.frame.sentence == sent.index):
            lines.extend(explain_frame(result, doc.actors))
    return "\n".join(lines)


def explain_places(places: tuple[Place, ...]) -> list[str]:
    """The sentence's place mentions, each with the gazetteer row that resolved it."""
    named = [f"{p.span.text!r}={p.country or p.name} ({p.entry})" for p in places if p.span]
    return ["  places: " + ", ".join(named)] if named else []


def describe(condition: Condition) -> str:
    return condition.slot + ("=" + "|".join(condition.heads) if condition.heads else "")


def explain_frame(result: FrameResult, actors: tuple[Actor, ...]) -> list[str]:
    frame = result.frame
    traits: list[str] = [frame.clause, frame.voice, frame.tense, frame.mood]
    traits += [f"modal={frame.modal}"] if frame.modal else []
    traits += [
        t
        for t, on in (
            ("negated", frame.negated),
            ("reflexive", frame.reflexive),
            ("reported", frame.reported),
        )
        if on
    ]
    lines = [f"  frame {frame.predicate!r} ({', '.join(traits)})"]
    for argument in frame.arguments:
        role = argument.role + (f":{argument.prep}" if argument.prep else "")
        inside = actors_in(argument.members, actors)
        coded = " -> " + ", ".join(a.code for a in inside) if inside else ""
        lines.append(f"    {role}: {argument.span.text!r}{coded}")
    lines.append(f"    {result.reason}")
    for event in result.events:
        target = event.target.code if event.target else "-"
        flag = " NEGATED" if event.negated else ""
        source = event.source.code if event.source else "-"
        plover = event.plover_type or "(no PLOVER type)"
        said = f" reported_by {event.reported_by.code}" if event.reported_by else ""
        modality = event.modality + (f" ({event.modality_rule})" if event.modality_rule else "")
        lines.append(
            f"    event {source} -> {target} {event.cameo} {plover} {modality}{flag}{said}"
        )
    return lines

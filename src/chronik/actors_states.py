"""German news names a federal state alone for its government when the state acts:
"Sachsen verlängert den Lockdown", "NRW will die Schulen schließen", "Nordrhein-Westfalen
und Niedersachsen lehnten den Vorschlag ab", "Tirol verhängt eine Quarantäne" (DEUGOV,
AUTGOV). Elsewhere a state alone stays a place, no actor ("in Sachsen", "die Polizei in
Sachsen"; states.tsv). Part of the ActorCoder stage (references.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .actors import Mention
from .actors_home import HOMES
from .document import Document
from .records import Span


def acting_states(
    mentions: Sequence[tuple[Mention, Span]], doc: Document
) -> list[tuple[Mention, Span]]:
    """A German or Austrian state that is a clause's subject, alone or a conjunct
    ("Nordrhein-Westfalen und Niedersachsen"), is its government."""
    if doc.lang != "de":
        return list(mentions)
    subjects = {
        (member.start, member.end)
        for frame in doc.frames
        if frame.clause != "nominal"
        for argument in frame.args("subj")
        for member in argument.members
    }
    return [
        (_government(mention), span)
        if mention.kind == "region" and mention.code in HOMES and (span.start, span.end) in subjects
        else (mention, span)
        for mention, span in mentions
    ]


def _government(state: Mention) -> Mention:
    # a seat of government: the state's own ("Bundesländer", "der Freistaat" are DEUGOV)
    return replace(state, kind="seat", code=state.code + "GOV")

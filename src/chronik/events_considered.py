"""Verbs of considering ("Die EU erwägt neue Sanktionen gegen Moskau", "erwägt, Klage
einzureichen", "Russia is considering attacking Ukraine"): the act considered, an event noun
as object or an infinitive, is the event, of the verb's subject and hypothetical
(events_nouns.SUPPORT_VERBS, modality.py), and the verb's own row, a policy option
considered (014), yields to it. That row stays where the act codes nothing ("erwägt die
Aufhebung der Abstandsregeln")."""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import de_lexicon, en_lexicon
from .events_nouns import supports
from .records import Frame

CONSIDERING_VERBS = de_lexicon.CONSIDERING_VERBS | en_lexicon.CONSIDERING_VERBS


def considers(verb: Frame) -> bool:
    """Whether the clause is one of considering ("erwägt ...", "is considering ...")."""
    return verb.clause != "nominal" and verb.predicate.lower() in CONSIDERING_VERBS


def considered_act_coded(position: int, frames: Sequence[Frame], coded: Sequence[bool]) -> str:
    """Why the considering clause at ``position`` codes nothing itself, or "": the act it
    considers (a frame depending on it that ``coded`` marks as yielding events) is coded."""
    verb = frames[position]
    if not considers(verb):
        return ""
    for frame, has_events in zip(frames, coded, strict=True):
        if frame.parent != position or not has_events:
            continue
        if frame.clause == "infinitive" or supports(verb, frame):
            return f"what {verb.predicate!r} considers is coded: {frame.predicate!r}"
    return ""

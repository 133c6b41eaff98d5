"""German zu-infinitives that complement a noun of intention or refusal ("die Weigerung der
Türkei, den Journalisten auszuliefern", "Irans Angebot, zwischen beiden zu vermitteln"):
the clause finder hangs them on the sentence's verb, whose subject then carried them out.
Their parent is the noun: its author carries them out (events_fillers.controller_actors),
and its sense, a refusal or an intention, governs them (modality.py, events_refusals.py)."""

from __future__ import annotations

from dataclasses import replace

from ..records import Frame
from .de_lexicon import INFINITIVE_NOUNS


def hang_on_nouns(frames: list[Frame], text: str) -> list[Frame]:
    """``frames`` of one sentence, each zu-infinitive set off by a comma right after a
    phrase headed by one of :data:`INFINITIVE_NOUNS` given that noun as its parent."""
    result = list(frames)
    for position, frame in enumerate(frames):
        if frame.clause == "infinitive":
            noun = _noun_before(frames, frame, text)
            if noun is not None:
                result[position] = replace(frame, parent=noun)
    return result


def _noun_before(frames: list[Frame], infinitive: Frame, text: str) -> int | None:
    """The position of the noun frame whose phrase ends right before the comma that opens
    the infinitive clause, if its noun takes one; else None."""
    start = min([infinitive.trigger.start] + [a.span.start for a in infinitive.arguments])
    comma = text.rfind(",", 0, start)
    if comma < 0 or text[comma + 1 : start].strip():
        return None
    for position, frame in enumerate(frames):
        if frame.clause != "nominal" or frame.predicate.casefold() not in INFINITIVE_NOUNS:
            continue
        end = max([frame.trigger.end] + [a.span.end for a in frame.arguments])
        if end <= comma and not text[end:comma].strip():
            return position
    return None

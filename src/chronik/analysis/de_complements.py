"""German zu-infinitives that complement a noun of intention, refusal or demand ("die
Weigerung der Türkei, den Journalisten auszuliefern", "Irans Angebot, zu vermitteln", "die
Forderung Frankreichs, Truppen abzuziehen"): the clause finder hangs them on the sentence's
verb, whose subject then carried them out. Their parent is the noun: the author of an
intention or refusal carries them out (events_fillers.controller_actors), intended or
refused (modality.py, events_refusals.py); what a demand asks for is no event of its own
(events_infinitives.only_asked_for)."""

from __future__ import annotations

from dataclasses import replace

from ..records import Frame
from .de_lexicon import DEMAND_NOUNS, INFINITIVE_NOUNS

_TAKING_INFINITIVES = INFINITIVE_NOUNS | DEMAND_NOUNS


def hang_on_nouns(frames: list[Frame], text: str) -> list[Frame]:
    """``frames`` of one sentence, each zu-infinitive set off by a comma right after a
    phrase headed by a noun of intention, refusal or demand given that noun as its parent
    (a demand's is only asked of another, no event of its own)."""
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
        if frame.clause != "nominal" or frame.predicate.casefold() not in _TAKING_INFINITIVES:
            continue
        end = max([frame.trigger.end] + [a.span.end for a in frame.arguments])
        if end <= comma and not text[end:comma].strip():
            return position
    return None

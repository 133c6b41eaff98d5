"""Threats coded whatever is threatened: "North Korea threatened to sink a U.S. aircraft
carrier" is a threat (130) against the carrier's navy even where no row codes sinking, as
PETRARCH's THREATEN block codes the verb whatever follows it. A threatened act with a row
of its own is coded by that row ("threatened to impose tariffs on Mexico": the intended
sanction is its threat, 1312, through ``Ontology.intended_code`` for a threatened act)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .conditions import condition_opening
from .events_inverted import Apply
from .modality import Clause, conditional_word
from .patterns import Pattern, Patterns
from .records import Actor, Frame

if TYPE_CHECKING:
    from .events import FrameResult

_THREAT_ROOT = "13"


def threatened_acts(
    frames: Sequence[Frame],
    coded: list[FrameResult],
    patterns: Patterns,
    apply: Apply,
) -> list[FrameResult]:
    """``coded`` with each infinitive a threatening verb governs and no row codes ("drohte,
    einen Flugzeugträger zu versenken", "threatened to sink a carrier") coded by the verb's
    plain threat row, its source the threatener and its target whom the act is aimed at."""
    result = list(coded)
    for position, frame in enumerate(frames):
        threat = _plain_threat(frame, patterns)
        if threat is None or coded[position].events:
            continue
        for child, own in enumerate(coded):
            act = frames[child]
            if act.parent != position or act.clause != "infinitive" or own.pattern is not None:
                continue
            applied = apply(act, pattern=threat)
            # the threatener heads the verb's subject: not "tariffs on imports from China …
            # threatening to increase tensions" (no threat of China's)
            if applied.events and all(_threatens(e.source, frame) for e in applied.events):
                why = f"the threatened act coded as the threat of {frame.predicate!r}"
                result[child] = replace(applied, reason=why)
    return result


def _threatens(source: Actor | None, frame: Frame) -> bool:
    """Whether ``source`` is the threatening verb's subject itself, part of its head word
    ("die Trump-Regierung") or one of its conjuncts ("Iran and Syria threatened"), not a name
    inside a phrase of it ("tariffs on imports from China"). Stricter than
    ``events_fillers.heads_its_argument``, which passes any actor that ends a member."""
    if source is None:
        return False
    words = source.span.text
    return any(
        (a.head and (a.head in words or words in a.head))
        or any(m.text.strip(" .,;") == words for m in a.members)
        for a in frame.args("subj")
    )


def threatens(frame: Frame, clause: Clause, patterns: Patterns) -> bool:
    """Whether an intended act is a threat: a threatening verb governs it ("threatened to
    impose tariffs": 1312) or a condition hangs on it ("werde Sanktionen verhängen, sollte
    Moskau die Ukraine angreifen"); not an act only announced ("said it would impose
    tariffs": 163, intended)."""
    parent = clause.parent_of(frame)
    if parent is not None and _plain_threat(parent, patterns) is not None:
        return True
    position = next((i for i, f in enumerate(clause.frames) if f is frame), None)
    return position is not None and any(
        f.parent == position
        and (conditional_word(f, frame, clause.sent) or condition_opening(f, clause.sent))
        for f in clause.frames
    )


def _plain_threat(frame: Frame, patterns: Patterns) -> Pattern | None:
    """The threatening verb's row without conditions ("threaten verb  subj obj 130"), if
    the frame is a clause of such a verb."""
    if frame.clause == "nominal" or frame.predicate.casefold() not in patterns.intent_lemmas:
        return None
    return next(
        (
            row
            for row in patterns.candidates(frame)
            if not row.conditions and row.code.startswith(_THREAT_ROOT)
        ),
        None,
    )

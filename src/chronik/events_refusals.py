"""Refusals coded by what is refused: "Iran refused to release the British sailors" is Iran's
rejection towards Britain (1243, refuse to release persons), not a bare 120 without
addressee beside a denied release. The counterpart of the speech convention "said it would
not release them" (:func:`chronik.speech.attribute`), for the verbs that refuse an act.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .analysis import de_lexicon, en_lexicon
from .records import Event, Frame
from .speech import rejection_code

if TYPE_CHECKING:
    from .events import FrameResult

REFUSING_VERBS = en_lexicon.REFUSING_VERBS | de_lexicon.REFUSING_VERBS
# Roots of acts whose refusal CAMEO codes as a rejection (12x): the intentions and the
# cooperative acts, as in chronik.speech.
_REFUSABLE = ("03", "04", "05", "06", "07", "08")


def refusals(
    frames: Sequence[Frame],
    coded: list[FrameResult],
    intended: Callable[[str], str],
    recode: Callable[[Event, str], Event],
) -> list[FrameResult]:
    """``coded`` with each act a refusing verb governs ("refused to release ...") recoded
    as the refuser's rejection towards the act's target; the refusing verb's own
    target-less 120 gives way to it. A refusal with an addressee of its own ("refused
    Iran's request") keeps its row's code."""
    result = list(coded)
    for position, frame in enumerate(frames):
        if (
            frame.predicate.casefold() not in REFUSING_VERBS
            or frame.negated
            or any(e.target for e in coded[position].events)
        ):
            continue
        for child, own in enumerate(coded):
            if frames[child].parent != position or frames[child].clause != "infinitive":
                continue
            rejected = [
                replace(recode(e, rejection_code(intended(e.cameo))), negated=False)
                for e in own.events
                if _refused(e)
            ]
            if rejected:
                result[child] = replace(own, events=tuple(rejected))
                why = f"the refused act is coded as its rejection ({rejected[0].cameo})"
                result[position] = replace(coded[position], events=(), reason=why)
    return result


def _refused(event: Event) -> bool:
    """A cooperative act or intention with an addressee that the refusing verb denies, of
    the refuser: not the partner's side of a reciprocal act ("declined to meet the envoy"
    is no rejection by the envoy)."""
    frame, source, target = event.frame, event.source, event.target
    if not (event.negated and event.cameo[:2] in _REFUSABLE and frame and source and target):
        return False
    subjects = [a.span for a in frame.args("subj")]
    if not subjects:  # the refuser controls it from outside ("weigerte sich, ihn auszuliefern")
        return not any(a.span.contains(source.span) for a in frame.arguments)
    # the refuser in the subject; not a partner there too ("the White House and Trump's
    # lawyers refused to cooperate": with the inquiry, not with each other)
    return any(s.contains(source.span) for s in subjects) and not any(
        s.contains(target.span) for s in subjects
    )

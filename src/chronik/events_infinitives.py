"""Infinitives and that-clauses under a governing verb: which of them are events of their
own ("agreed to release the sailors" is the release intended) and which only the topic of
the governing clause ("urged Iran to release", "threatened to impose sanctions")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .patterns import Pattern, Patterns, behind_allegation_preposition
from .records import Frame, Sentence

if TYPE_CHECKING:
    from .events import FrameResult


def infinitives_of(position: int, frames: tuple[Frame, ...]) -> tuple[Frame, ...]:
    return tuple(f for f in frames if f.clause == "infinitive" and f.parent == position)


def only_asked_for(
    frame: Frame,
    frames: tuple[Frame, ...],
    coded: list[FrameResult],
    patterns: Patterns,
    sent: Sentence | None = None,
) -> str:
    """Why an infinitive or that-clause is no event of its own, or "": the governing verb
    asks another actor for it ("urged Iran to release the prisoners", "demanded that Turkey
    release the journalists", "forderte Iran auf, ... freizulassen") or only alleges it (also
    a gerund: "accused Russia of attacking"), or the governing
    clause's rule fired on it as its topic ("threatened to impose sanctions" is the threat
    1312)."""
    if frame.parent is None or frame.parent >= len(coded):
        return ""
    governing = frames[frame.parent]
    alleged = governing.predicate.casefold() in patterns.alleging_lemmas
    if alleged and (frame.clause == "infinitive" or behind_allegation_preposition(frame, sent)):
        return f"only alleged by {governing.predicate!r}, no event of its own"
    if frame.clause not in ("infinitive", "subordinate"):
        return ""
    if governing.predicate.casefold() in patterns.requesting_lemmas:
        return f"only asked for by {governing.predicate!r}, no event of its own"
    if frame.clause != "infinitive":
        return ""
    pattern = coded[frame.parent].pattern
    if coded[frame.parent].events and pattern is not None and reads_infinitive(pattern):
        return f"the topic of rule {pattern.where} of the governing clause, no event of its own"
    return ""


def reads_infinitive(pattern: Pattern) -> bool:
    return any(c.slot == "inf" or (c.slot == "comp" and c.heads) for c in pattern.conditions)


def fires_over_infinitive(pattern: Pattern) -> bool:
    """A row an intent verb governing an infinitive still fires: one reading the infinitive,
    or one naming a partner ("agreed with Xi to tone down criticism": accord with Xi)."""
    return reads_infinitive(pattern) or any(c.slot == "pp:with" for c in pattern.conditions)

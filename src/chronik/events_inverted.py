"""German object-first clauses: "Scharfe Kritik übte die Türkei an Griechenland".

German puts the object first when it is the topic, and a bare noun ("Kritik",
"Unterstützung") shows no case: the analysis takes the first phrase that may be nominative
as the subject, so the Vorfeld noun becomes the subject and the actor after the verb the
object. Where the Vorfeld noun is exactly the object noun a verb+noun row asks for ("Kritik
üben", "Unterstützung erhalten", "Vorwürfe erheben") and the phrase after the verb may be
nominative, the clause is read the other way round: no verb+noun row makes the noun its own
subject ("Kritik übt" somebody, never the criticism itself).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .patterns import Patterns
from .records import Argument, Frame, Sentence, Token

if TYPE_CHECKING:
    from .events import FrameResult

Apply = Callable[..., "FrameResult"]

# determiners and pronouns whose case the analysis writes into Token.morph
_CASED_TAGS = frozenset({"ART", "PDAT", "PIAT", "PPOSAT", "PPER", "PDS", "PIS", "PRELS"})


def _first_token(argument: Argument, sent: Sentence) -> Token | None:
    return next((t for t in sent.tokens if t.start >= argument.span.start), None)


def _may_be(case: str, argument: Argument, sent: Sentence) -> bool:
    """Whether the phrase's first word allows ``case`` (a bare noun or name allows any)."""
    first = _first_token(argument, sent)
    if first is None or first.tag not in _CASED_TAGS or "Case=" not in first.morph:
        return True
    cases = first.morph.partition("Case=")[2].partition("|")[0].split(",")
    return case in cases


def inverted(frame: Frame, sent: Sentence | None) -> Frame | None:
    """The frame with subject and object swapped, where the clause may be object-first: an
    active verb-second clause whose one subject stands before the verb and may be
    accusative, and whose one object follows the verb and may be nominative."""
    if sent is None or frame.voice != "active" or frame.clause != "main":
        return None
    subjects, objects = frame.args("subj"), frame.args("obj")
    if len(subjects) != 1 or len(objects) != 1:
        return None
    subject, obj = subjects[0], objects[0]
    if not (subject.span.end <= frame.trigger.start <= obj.span.start):
        return None
    if not (_may_be("Acc", subject, sent) and _may_be("Nom", obj, sent)):
        return None
    swapped = tuple(
        replace(a, role="obj") if a is subject else replace(a, role="subj") if a is obj else a
        for a in frame.arguments
    )
    return replace(frame, arguments=swapped)


def object_first(
    result: FrameResult, sent: Sentence | None, patterns: Patterns, apply: Apply
) -> FrameResult:
    """The frame's result read object-first, where it coded nothing as read and a row that
    asks for a noun in the object ("obj=Kritik") codes the clause read the other way round:
    only such a row may turn a clause round. ``apply(frame, pattern=row)`` codes a row."""
    swapped = None if result.events else inverted(result.frame, sent)
    if swapped is None:
        return result
    rows = patterns.applicable(swapped, sent)[1]
    tried = (
        apply(swapped, pattern=row)
        for row in rows
        if any(c.slot == "obj" and c.heads for c in row.conditions)
    )
    return next((r for r in tried if r.events), result)

"""Senses of force verbs that are no force, and object phrases that are not the target.

"Clinton beat Trump in Virginia", "if Democrats retake the Senate": between a country's own
politicians, parties and assemblies, beating, defeating and retaking are contests at the
ballot box, not material conflict (PETRARCH's DESTROY block codes "defeat * (IN ELECTION)",
"* CANDIDATE" and "* GOVERNMENT" as no event). "Turkey moved troops into the cities": what
a verb of conveying moves or sends is its object, never the one the act is aimed at.
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import Actor, Event, Frame

# Verbs of winning a contest that the dictionaries code as force (182, 190, 192).
CONTEST_LEMMAS = frozenset(
    {"beat", "defeat", "retake", "unseat", "trounce", "rout", "outpoll", "outvote"}
)
# CAMEO roots of force: assault, fight, mass violence.
FORCE_ROOTS = frozenset({"18", "19", "20"})
# CAMEO roles of those who run for office and the bodies they win: elites, parties,
# legislatures, governments, opposition.
POLITICAL_ROLES = frozenset({"ELI", "PTY", "LEG", "GOV", "OPP"})
# Verbs whose object is what is moved or sent ("deployed troops to", "sent an envoy to").
CONVEYING_LEMMAS = frozenset(
    {
        "move",
        "send",
        "deploy",
        "redeploy",
        "dispatch",
        "station",
        "mobilize",
        "mobilise",
        "airlift",
        "pour",
    }
)


def _political(actor: Actor) -> bool:
    return actor.code[3:6] in POLITICAL_ROLES


def _contest(event: Event) -> bool:
    source, target = event.source, event.target
    return (
        event.cameo[:2] in FORCE_ROOTS
        and source is not None
        and target is not None
        and source.country == target.country
        and _political(source)
        and _political(target)
    )


def electoral_contest(frame: Frame, events: Sequence[Event]) -> str:
    """Why a force event is none, or "": a contest verb between politicians, parties or
    assemblies of one country ("Democrats retake the Senate") is an election won."""
    if frame.predicate.casefold() not in CONTEST_LEMMAS or not events:
        return ""
    if all(_contest(e) for e in events):
        return f"{frame.predicate!r} between political actors of one country: an election"
    return ""


def conveyed(actor: Actor, frame: Frame) -> bool:
    """Whether the actor lies in what a verb of conveying moves ("moved thousands more
    troops into Kurdish cities": the troops are the source's own, the cities the aim)."""
    return frame.predicate.casefold() in CONVEYING_LEMMAS and any(
        argument.span.contains(actor.span) for argument in frame.args("obj")
    )

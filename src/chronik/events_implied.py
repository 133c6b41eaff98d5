"""Actors a row implies where the clause names none: the police of an arrest without agent,
the population a lockdown without target restricts (docs/annotation.md, *Actors*)."""

from __future__ import annotations

from collections.abc import Iterable

from .patterns import Pattern
from .records import Actor, Frame, Span

# Codes of actors that are no state with a population of its own.
_STATELESS = ("IGO", "NGO", "IMG", "MNC", "UAF")


def implied_police(
    pattern: Pattern, frame: Frame, targets: list[Actor], located: Iterable[str] = ()
) -> list[Actor]:
    """The police of the country where it happened, else of the target's, as the source of
    a ``police-source`` row in a passive clause or an event noun without agent ("he was
    arrested on Monday", "his arrest", "wurde in Istanbul festgenommen": Turkey's police
    whoever was arrested): news leaves the arresting authority implied (docs/annotation.md,
    *Actors*: the country from the context). ``located``: the countries of the places the
    clause puts it at (``events_fillers.located_in``)."""
    implicit = frame.voice == "passive" or frame.clause == "nominal"  # "his arrest"
    if not pattern.police_source or not implicit or frame.args("agent"):
        return []
    codes = dict.fromkeys(located) or dict.fromkeys(
        t.country for t in targets if not t.code.startswith(_STATELESS)
    )
    return [
        Actor(code + "COP", frame.trigger, "implied: the police of the target") for code in codes
    ]


def own_population(sources: list[Actor], trigger: Span) -> list[Actor]:
    """The people (CVL) of each source's country: whom a lockdown or curfew without a named
    target restricts (``own-population`` rows; docs/annotation.md, *Restrictions on a
    country's own population*). Actors of no state give none."""
    codes = dict.fromkeys(s.country for s in sources if not s.code.startswith(_STATELESS))
    return [Actor(code + "CVL", trigger, "implied: the source's own population") for code in codes]

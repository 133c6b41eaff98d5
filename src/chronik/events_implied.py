"""Actors a row implies where the clause names none: the police of an arrest without agent,
the government of a measure without agent, the population a lockdown without target
restricts, the government a protest without target is against, the people who protest
where a protest noun names none (docs/annotation.md, *Actors*)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .actors_heads import STATE_ROLES
from .events_fillers import LOCATIVE, located_in
from .patterns import Pattern, names_target
from .records import Actor, Frame, Place, Sentence, Span

# The sectors of a country's people at large.
_PEOPLE = frozenset({"CVL", "PPL"})
# Possessives of a plural or a country ("ihre Bevölkerung", "seine Bürger", "their people").
_POSSESSIVES = frozenset(
    {"ihre", "ihrer", "ihren", "ihrem", "seine", "seiner", "seinen", "seinem", "their", "its"}
)
# Whom each implied sector names, for the actor's note.
_AUTHORITIES = {"COP": "the police", "GOV": "the government", "JUD": "the courts"}
# Codes of actors that are no state with a population of its own.
_STATELESS = ("IGO", "NGO", "IMG", "MNC", "UAF")
# CAMEO's root for protests, and the sectors of a country's state, politics and armed groups:
# their protests ("the opposition boycotted", "Republicans walked out") are against other
# actors than their own government, which the context names.
_PROTEST = "14"
_STATE_SECTORS = STATE_ROLES | {"", "ELI", "PTY", "OPP", "REB", "INS", "SEP"}


def implied_source_actors(
    pattern: Pattern,
    frame: Frame,
    targets: list[Actor],
    sent: Sentence | None,
    places: Sequence[Place],
) -> list[Actor]:
    """The source a clause without one leaves implied (``places``: the sentence's): an
    authority (:func:`implied_authority`) or the people who protest
    (:func:`implied_protesters`)."""
    located = located_in(frame, tuple(places))
    return implied_authority(pattern, frame, targets, located) or implied_protesters(
        pattern, frame, targets, located or _where(places, sent)
    )


def _where(places: Sequence[Place], sent: Sentence | None) -> list[str]:
    """The countries of the sentence's places behind a locative preposition ("In Hongkong
    kam es zu Protesten", "gegen die Regierung in Minsk"; not "a border crossing with
    France", nor the target named "against Israel")."""
    if sent is None:
        return []
    found = []
    for place in places:
        if not place.country or place.span is None:
            continue
        before = sent.text[: place.span.start - sent.start].split()[-1:]
        if before and before[0].casefold() in LOCATIVE:
            found.append(place.country)
    return found


def implied_protesters(
    pattern: Pattern, frame: Frame, targets: list[Actor], located: Iterable[str]
) -> list[Actor]:
    """The people (CVL) of the country where a protest named by a noun without its
    protesters took place (``located``: the noun's place, else the sentence's): "protests
    against Lukashenko erupted in Minsk", "In Hongkong kam es zu Protesten gegen die
    Regierung und Peking" (the real-news gold codes the place's people). Only against a
    target actor ("die Proteste gegen die Corona-Maßnahmen" name no one) and at a place
    (whose people "protests against Israel" are, only the place says)."""
    if not pattern.code.startswith(_PROTEST) or frame.clause != "nominal" or not targets:
        return []
    people = "implied: the people of its place"
    return [Actor(code + "CVL", frame.trigger, people) for code in dict.fromkeys(located)]


def implied_authority(
    pattern: Pattern, frame: Frame, targets: list[Actor], located: Iterable[str] = ()
) -> list[Actor]:
    """The authority news leaves implied, of the country where it happened, else of the
    target's (docs/annotation.md, *Actors*: the country from the context). ``located``: the
    countries of the places the clause puts it at (``events_fillers.located_in``).

    The police, as the source of a ``police-source`` row in a passive clause or an event
    noun without agent ("he was arrested on Monday", "his arrest", "wurde in Istanbul
    festgenommen": Turkey's police whoever was arrested); the courts, as the source of a
    ``court-source`` row the same way ("he was convicted of fraud", "wurde zu fünf Jahren
    Haft verurteilt"); the government, as the source of a ``government-source`` row in a
    passive clause without agent ("In Frankreich wurde eine Ausgangssperre verhängt", "a
    curfew was imposed in Paris")."""
    role = pattern.implied_source
    if not role or frame.args("agent"):
        return []
    # a measure noun without agent ("the lockdown in Paris") names no government
    if frame.voice != "passive" and (frame.clause != "nominal" or role == "GOV"):
        return []
    whose = _AUTHORITIES[role]
    codes = dict.fromkeys(located) or dict.fromkeys(
        t.country for t in targets if not t.code.startswith(_STATELESS)
    )
    return [
        Actor(code + role, frame.trigger, f"implied: {whose} of its place or target")
        for code in codes
    ]


def own_population(sources: list[Actor], trigger: Span) -> list[Actor]:
    """The people (CVL) of each source's country: whom a lockdown or curfew without a named
    target restricts (``own-population`` rows; docs/annotation.md, *Restrictions on a
    country's own population*). Actors of no state give none."""
    codes = dict.fromkeys(s.country for s in sources if not s.code.startswith(_STATELESS))
    return [Actor(code + "CVL", trigger, "implied: the source's own population") for code in codes]


def own_country(targets: list[Actor], sources: list[Actor], sent: Sentence | None) -> bool:
    """Whether the targets are the sources' own country by its name alone or their own
    people: "verhängte in Frankreich eine Ausgangssperre" by France's government restricts
    its people, and "Frankreich und Spanien lockerten die Beschränkungen für ihre
    Bevölkerung" eases them for each one's own (the role noun took one country from its
    context)."""
    countries = {s.country for s in sources}
    return bool(targets) and all(
        (t.code == t.country and t.country in countries)
        or (t.code[3:] in _PEOPLE and (t.country in countries or _possessed(t, sent)))
        for t in targets
    )


def _possessed(actor: Actor, sent: Sentence | None) -> bool:
    """ "ihre Bevölkerung", "their people": a possessive right before the mention."""
    if sent is None:
        return False
    before = sent.text[: actor.span.start - sent.start].split()
    return bool(before) and before[-1].casefold() in _POSSESSIVES


def protests_government(pattern: Pattern, frame: Frame, sent: Sentence | None) -> bool:
    """Whether the clause is a protest that names no target at all, by a verb ("students in
    Tehran protested", "protesters blocked traffic"): against the protesters' government
    (:func:`protested_government`). Not "protested against racism", which names what it
    is against, nor a protest named by a noun ("the Querdenken demonstration", "nahmen an
    Demonstrationen teil"), as often one against nobody in particular."""
    return (
        pattern.code.startswith(_PROTEST)
        and frame.clause != "nominal"
        and not any(c.heads and c.slot.startswith("pp:") for c in pattern.conditions)
        and not names_target(pattern, frame, sent)
    )


def protested_government(sources: list[Actor], trigger: Span) -> list[Actor]:
    """The government of each source's country: whom its people's protest, strike or
    blockade is against (the real-news gold names the source's own state for two in three
    German and three in four English protests). Actors of no state, and the state's own
    sectors, give none."""
    codes = dict.fromkeys(
        s.country
        for s in sources
        if not s.code.startswith(_STATELESS) and s.code[3:6] not in _STATE_SECTORS
    )
    return [Actor(code + "GOV", trigger, "implied: the protesters' government") for code in codes]

"""Event nouns and the actors the coder reads beside their slots: the support verb whose
object an event noun is ("Russia launched an attack on Ukraine", "Die Türkei startete eine
Offensive gegen die Kurdenmiliz"), the response verb whose
subject an event noun was addressed to ("Iran rejected U.S. demands"), and the actor a German
compound glues to its event noun ("PKK-Anschlag", "EU-Sanktionen", "AfD-Demonstration"),
and the origin a German verb of coming gives it ("Kritik kam von der FPÖ")."""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import de_lexicon, en_lexicon
from .analysis.de_segments import QUOTES
from .analysis.en_lexicon import (
    ATTENDING_VERBS,
    JOURNEY_PREPOSITIONS,
    MEETING_NOUNS,
    MEETING_PLACE_PREPOSITIONS,
    MEETING_TIME_PREPOSITIONS,
    VISIT_NOUNS,
)
from .events_modifiers import ATTITUDE_PREFIXES
from .patterns import Pattern
from .records import Actor, Argument, ArgumentRole, Event, Frame, Sentence, Span

_QUOTE_MARKS = "".join(QUOTES)
SUPPORT_VERBS = en_lexicon.SUPPORT_VERBS | de_lexicon.SUPPORT_VERBS
PARTICIPANT_VERBS = en_lexicon.PARTICIPANT_VERBS | de_lexicon.PARTICIPANT_VERBS
RESPONSE_VERBS = en_lexicon.RESPONSE_VERBS | de_lexicon.RESPONSE_VERBS
ATTACK_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
# English nouns whose party the subject of a clause in their phrase of time is (meets_then)
_SETTING_NOUNS = MEETING_NOUNS | VISIT_NOUNS


def supports(verb: Frame, noun: Frame) -> bool:
    """Whether ``verb`` lends its subject to the event noun: a support verb with the noun
    as its object (an attending verb with a meeting or journey: "attended the talks with"),
    or a participant verb with the noun heading its phrase ("returned from talks with
    Kim")."""
    if verb.clause == "nominal" or verb.voice != "active":
        return False
    lemma = verb.predicate.casefold()
    attending = lemma in ATTENDING_VERBS and noun.predicate.casefold() in _SETTING_NOUNS
    if lemma in SUPPORT_VERBS or attending:
        # not to a noun with an author of its own: "took Cheney's call a step further"
        return not noun.args("subj") and any(
            a.span.contains(noun.trigger) for a in verb.args("obj")
        )
    prep = PARTICIPANT_VERBS.get(lemma)
    return prep is not None and any(_headed_by(a, noun) for a in verb.args("pp", prep))


def meets_then(verb: Frame, noun: Frame, events: Sequence[Event] = ()) -> bool:
    """Whether ``verb``'s subject is a party to the meeting or visit noun that heads its
    phrase of time or place ("Trump spoke to reporters after talks with Xi", "During a visit
    to the Pentagon, Obama laid out", "In a meeting with Molina, Paul said", "Nach
    Beratungen mit Söder entschied Reiter"): the clause happens at the meeting or after it,
    so its subject was there - in a passive clause its agent ("The package was announced by
    Bussereau after talks with the growers"), whom the subject slot reads. With the verb's
    ``events``: where they are a consultation held (04x), the one the noun sets; a planned
    visit is another ("Nach dem Treffen mit Macron will Putin nach Polen reisen")."""
    if verb.clause == "nominal":
        return False
    if events and not any(e.cameo.startswith("04") and e.modality != "intended" for e in events):
        return False
    lemma = noun.predicate.casefold()
    if lemma in _SETTING_NOUNS:
        prepositions = MEETING_TIME_PREPOSITIONS
        if noun.args("pp", "with"):
            prepositions |= MEETING_PLACE_PREPOSITIONS
        if lemma in VISIT_NOUNS:
            prepositions |= JOURNEY_PREPOSITIONS
    elif lemma.endswith(de_lexicon.MEETING_NOUN_ENDINGS):
        prepositions = de_lexicon.MEETING_TIME_PREPOSITIONS
    else:
        return False
    return any(_headed_by(a, noun) for p in prepositions for a in verb.args("pp", p))


def protests_by(verb: Frame, noun: Frame) -> bool:
    """Whether the protest noun is the manner of ``verb``'s act, so its subject protests:
    "farmers blocked a border crossing in a protest against the government", "trat aus
    Protest gegen die Regierung zurück"."""
    if verb.clause == "nominal":
        return False
    return any(
        noun.predicate.casefold() == lemma
        and any(_headed_by(a, noun) for a in verb.args("pp", preposition))
        for lemma, preposition in (en_lexicon.PROTEST_MANNER, de_lexicon.PROTEST_MANNER)
    )


def _headed_by(argument: Argument, noun: Frame) -> bool:
    """Whether the event noun heads the argument ("talks" in "talks with Kim"), not only
    lies inside it. German arguments name their head by its lemma ("Beratung" for "nach
    Beratungen mit")."""
    heads = (noun.trigger.text, noun.predicate)
    return argument.span.contains(noun.trigger) and argument.head in heads


# Nouns that count an event noun ("a new round of sanctions", "a series of attacks", "a
# wave of airstrikes"): a support verb whose object such a noun heads lends its subject to
# the event noun behind "of" ("imposed a new round of sanctions on Iran").
PARTITIVES = frozenset({"round", "series", "wave", "string", "spate", "barrage", "volley"})


def through_partitive(parent: Frame | None, frames: tuple[Frame, ...]) -> Frame | None:
    """The clause an event noun's partitive hangs on, where its parent is one ("imposed"
    for "sanctions" in "imposed a new round of sanctions"), else its parent."""
    if (
        parent is None
        or parent.clause != "nominal"
        or parent.predicate.casefold() not in PARTITIVES
        or parent.parent is None
        or parent.parent >= len(frames)
    ):
        return parent
    return frames[parent.parent]


def passive_support(noun: Frame, frames: tuple[Frame, ...]) -> Frame | None:
    """The passive support verb whose subject the event noun heads, if any ("the sanctions
    imposed by Washington", "the attack was carried out by rebels"): its agent is the
    noun's author, as the subject of the active verb is."""
    if noun.clause != "nominal":
        return None
    return next(
        (
            verb
            for verb in frames
            if verb.clause != "nominal"
            and verb.voice == "passive"
            and verb.predicate.casefold() in SUPPORT_VERBS
            and any(_headed_by(a, noun) for a in verb.args("subj"))
        ),
        None,
    )


# Verbs that say where an act came from, and the slot the event noun stands in there:
# "Kritik kam von der FPÖ", "Lob kommt auch aus Brüssel", "Widerspruch gab es seitens der
# Grünen"; the phrase of origin is the act's author.
ORIGIN_VERBS: dict[str, ArgumentRole] = {"kommen": "subj", "geben": "obj"}
ORIGIN_SLOTS = ("pp:von", "pp:seitens", "pp:aus")


def origin_slots(verb: Frame, noun: Frame) -> tuple[str, ...]:
    """The slots of ``verb`` that name the author of the event noun ``noun``, if ``verb``
    says where it came from, else none."""
    role = ORIGIN_VERBS.get(verb.predicate.casefold())
    if role is None or noun.clause != "nominal" or verb.clause == "nominal":
        return ()
    return ORIGIN_SLOTS if any(a.span.contains(noun.trigger) for a in verb.args(role)) else ()


# Roots of acts done by saying to someone (appeals, offers, demands, criticism, threats; not
# a comment, which need not be addressed to whoever answers it): a response to one
# presupposes it was made, whereas "rejected EU mediation" denies the mediation.
SPOKEN_ROOTS = frozenset({"02", "03", "10", "11", "13"})


def answers(verb: Frame | None, noun: Frame, code: str) -> bool:
    """Whether ``verb`` is a response verb whose subject answers the spoken act the event
    noun names ("Iran rejected U.S. demands", "balked at EU calls", "wies die Forderungen
    der Opposition zurück"): the act was addressed to that subject, and took place whatever
    the answer."""
    if verb is None or noun.clause != "nominal" or verb.clause == "nominal":
        return False
    slots = RESPONSE_VERBS.get(verb.predicate.casefold())
    return (
        code[:2] in SPOKEN_ROOTS
        and verb.voice == "active"
        and slots is not None
        and any(
            a.role in slots or (a.role == "pp" and a.prep in slots)
            for a in verb.arguments
            if a.span.contains(noun.trigger)
        )
    )


def glued_sources(
    frame: Frame, actors: tuple[Actor, ...], lang: str, sent: Sentence | None
) -> list[Actor]:
    """The actors a German compound event noun names before its hyphen: the author of a
    "PKK-Anschlag", an "IS-Angriff", "EU-Sanktionen", a "US-Luftangriff", a
    "„Querdenken“-Demonstration" (the tokenizer leaves the quoted name out of the noun).
    A country's full name there is the topic or the target, not the author
    ("Syrien-Konferenz", "Russland-Sanktionen"); its abbreviation ("US-") is the author."""
    if lang != "de" or frame.clause != "nominal" or sent is None:
        return []
    found = [actor for actor in actors if _glued(actor, frame.trigger, sent)]
    return [
        actor
        for actor in found
        if not _text_before(actor, sent).casefold().endswith(ATTITUDE_PREFIXES)
        and (len(actor.code) > 3 or actor.span.text.isupper())
    ]


def implied_party(
    frame: Frame,
    host: Frame | None,
    pattern: Pattern,
    frames: tuple[Frame, ...],
    sent: Sentence | None,
    harms: frozenset[str],
) -> tuple[Frame, tuple[str, ...]] | None:
    """Where a clause names the targets its row's slots leave empty: the people an attack
    noun harmed (``host``: the clause it stands in), the participants of what the object
    names (:func:`participants_of`, German)."""
    if host is not None and _harms_subject(host, frame, pattern.code, harms):
        # a passive's subject is its patient, the slot "obj" of its rows
        return host, ("obj",) if host.voice == "passive" else ("subj",)
    taking_part = participants_of(frame, pattern.target, frames, sent)
    return (taking_part, ("subj",)) if taking_part is not None else None


# The verbs of dying and the prepositions of an attack's victims' clause, both languages.
_DYING_VERBS = de_lexicon.DYING_VERBS | en_lexicon.DYING_VERBS
_VICTIM_CAUSES = de_lexicon.VICTIM_CAUSE_PREPOSITIONS | en_lexicon.VICTIM_CAUSE_PREPOSITIONS


def _harms_subject(host: Frame, noun: Frame, code: str, harms: frozenset[str]) -> bool:
    """Whether an attack noun harmed the subject of ``host``: a passive of force without
    agent or a verb of dying, the noun in its phrase of cause ("Bei einem Anschlag der PKK
    wurden zwei Soldaten getötet", "27 Soldaten starben bei dem Anschlag", "were killed in
    an ISIS attack")."""
    if noun.clause != "nominal" or code[:2] not in ATTACK_ROOTS:
        return False
    lemma = host.predicate.casefold()
    harmed = (host.voice == "passive" and lemma in harms and not host.args("agent")) or (
        host.voice == "active" and lemma in _DYING_VERBS
    )
    return harmed and any(
        a.span.contains(noun.trigger) and (a.prep or "").casefold() in _VICTIM_CAUSES
        for a in host.args("pp")
    )


def participants_of(
    frame: Frame, slots: tuple[str, ...], frames: tuple[Frame, ...], sent: Sentence | None
) -> Frame | None:
    """The relative clause of taking part that hangs on the object ("kritisierte die
    Militärübung, an der Soldaten aus Südkorea teilnehmen"): its subject took part in what
    the object names, so the act is aimed at them."""
    if sent is None or "obj" not in slots or frame.clause == "nominal":
        return None
    for argument in frame.args("obj"):
        after = sent.text[argument.span.end - sent.start :]
        if not after.startswith(","):
            continue
        opens = argument.span.end + len(after) - len(after[1:].lstrip())  # "an der"
        return next(
            (
                other
                for other in frames
                if other.clause == "relative"
                and other.predicate.casefold() in de_lexicon.PARTICIPATION_VERBS
                and any(a.span.start == opens for a in other.args("pp"))
            ),
            None,
        )
    return None


def _glued(actor: Actor, trigger: Span, sent: Sentence) -> bool:
    """Is the actor the first part of the compound: inside the noun before a hyphen, or
    right before it with only closing quotes and the hyphen between?"""
    if trigger.start <= actor.span.start and actor.span.end < trigger.end:
        return trigger.text[actor.span.end - trigger.start] == "-"
    if not sent.start <= actor.span.end <= trigger.start:
        return False
    between = sent.text[actor.span.end - sent.start : trigger.start - sent.start]
    return between.lstrip(_QUOTE_MARKS) == "-"


def _text_before(actor: Actor, sent: Sentence) -> str:
    """The sentence up to the actor, opening quotes left out ("Anti-„Pegida“-Demo")."""
    return sent.text[: actor.span.start - sent.start].rstrip(_QUOTE_MARKS)


def denied_by_noun(frame: Frame, frames: tuple[Frame, ...]) -> bool:
    """Whether an event noun is what a denying noun governs ("das Verbot der Demonstration",
    "die Absage des Treffens"): banned or called off, not held."""
    return frame.clause == "nominal" and any(
        other.clause == "nominal"
        and any(
            argument.span.contains(frame.trigger)
            and _noun_slot(argument)
            in de_lexicon.NOUN_DENYING_NOUNS.get(other.predicate.lower(), ())
            for argument in other.arguments
        )
        for other in frames
    )


def _noun_slot(argument: Argument) -> str:
    return (argument.prep or "").casefold() if argument.role == "pp" else argument.role

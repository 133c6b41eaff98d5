"""Senses of force verbs that are no force, and object phrases that are not the target.

"Clinton beat Trump in Virginia", "if Democrats retake the Senate": between a country's own
politicians, parties and assemblies, beating, defeating and retaking are contests at the
ballot box, not material conflict (PETRARCH's DESTROY block codes "defeat * (IN ELECTION)",
"* CANDIDATE" and "* GOVERNMENT" as no event). "Turkey moved troops into the cities": what
a verb of conveying moves or sends is its object, never the one the act is aimed at. "Objected
to the war in Iraq", "talking to a person at the hospital": an actor that only says where
something in the target phrase is is not whom a statement or a meeting is aimed at.
"Prangert Ausfuhrbewilligungen für Saudi-Arabien an", "ein in Belgien gesuchter Algerier":
whom a thing is for, or where an attribute places its noun, is not whom the act is aimed at.
"England A beat France 30-20": a contest verb with a score or a word of sport is a match.
"Captured the concerns of many voters", "battling extradition to the U.S.", "striking a chord
with voters": force and coercion reach people and places, never feelings, procedures or ills.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .events_fillers import governing_preposition
from .patterns import fold, matches_word
from .records import Actor, Event, Frame, Sentence, Token

# Verbs of winning a contest that the dictionaries code as force (182, 190, 192).
CONTEST_LEMMAS = frozenset(
    {"beat", "defeat", "retake", "unseat", "trounce", "rout", "outpoll", "outvote"}
)
# CAMEO roots of force (assault, fight, mass violence) and the threats they become when
# only intended ("hopes to retake the Senate": 1382).
FORCE_ROOTS = frozenset({"18", "19", "20"})
FORCE_THREATS = ("138",)
# CAMEO roles of those who run for office and the bodies they win: elites, parties,
# legislatures, governments, opposition.
POLITICAL_ROLES = frozenset({"ELI", "PTY", "LEG", "GOV", "OPP"})
# Words that put a contest in sport ("beat France in the Six Nations", "the England A side").
SPORT_WORDS = frozenset(
    {
        "rugby", "football", "soccer", "cricket", "tennis", "hockey", "basketball", "baseball",
        "golf", "olympic", "olympics", "championship", "tournament", "trophy", "squad", "league",
        "cup", "match", "fixture", "semi-final", "quarter-final", "tryscorer", "tryscorers",
        "scrum", "innings", "wicket", "striker", "midfielder", "stadium",
    }
)  # fmt: skip
SPORT_PHRASES = ("six nations", "world cup", "grand slam", "premier league", "england a ")
# A match result ("30-20", "3-1"); votes are written "52/48" or "68-32" with "vote" nearby,
# so a score only counts beside a contest verb.
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
# CAMEO roots of coercion and force (17 to 20), whose object must be people or places.
COERCION_ROOTS = frozenset({"17", "18", "19", "20"})
# Object heads that no force or coercion reaches: feelings and attention, trust, procedures
# and records, diseases and disasters, practices ("captured the concerns of voters",
# "battling extradition", "hit trust in politicians", "striking a chord with voters",
# "targeted bank lending practices", "destroy Obama's legacy").
ABSTRACT_OBJECTS = (
    "concern", "worry", "fear", "imagination", "attention", "mood", "spirit", "heart",
    "sentiment", "frustration", "anger", "chord", "trust", "confidence", "legacy",
    "practice", "nomination", "essence", "zeitgeist", "cancer", "illness", "disease",
    "virus", "pandemic", "addiction", "wildfire", "blaze", "flood", "drought", "inflation",
    "unemployment", "poverty", "odds", "expectation",
)  # fmt: skip
# Legal steps that one fights in court, not in arms ("battling extradition to the U.S.",
# "fought the charges"); ordering them stays coercion ("ordered his deportation": 174).
FOUGHT_PROCEDURES = (
    "extradition", "deportation", "charge", "allegation", "lawsuit", "ruling", "conviction",
    "indictment", "subpoena", "sentence", "verdict",
)  # fmt: skip
# Verbs that undo a sanction, an embargo or a tariff named by their object ("lowering its
# tariffs on American products", "plans to end the arms embargo on China").
UNDOING_LEMMAS = frozenset(
    {
        "ease", "lift", "end", "reduce", "lower", "cut", "relax", "roll back", "unravel",
        "scrap", "drop", "suspend", "waive", "remove", "loosen",
    }
)  # fmt: skip
# Subjects that are measures, not forces: what they "target" or "hit" they regulate ("the
# president's visa move targets Chinese students", "wiretaps under the Act targeting
# journalists", "an investigation targeting the president").
MEASURE_SUBJECTS = (
    "move", "policy", "law", "act", "bill", "measure", "tariff", "sanction", "rule",
    "regulation", "order", "ban", "legislation", "program", "programme", "proposal", "reform",
    "tax", "wiretap", "visa", "investigation", "probe", "inquiry", "subpoena", "lawsuit",
)  # fmt: skip
# Sanctions (16) and, when only intended, their threat (131: "will lower its tariffs").
SANCTION_CODES = ("16", "131")
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


# Prepositions that name where something conveyed goes ("aid to Nepal").
AIM_PREPOSITIONS = frozenset({"to", "into", "toward", "towards"})
# Prepositions that place what comes before them ("the war in Iraq").
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "inside", "near", "across", "throughout", "within", "outside", "around"}
)
# Nouns whose "at" names whom they are aimed at, not a place ("took aim / a swipe at Beijing").
AIMING_NOUNS = frozenset({"aim", "swipe", "jab", "dig", "potshot"})
# CAMEO roots and codes whose target may be a place: statements (about "the situation in
# Syria"), aid (to people in X), de-escalation
# (ending the war in X), investigation (of abuses in X), force posture, reducing relations,
# coercion, force; visits (042 to 044).
PLACE_TARGET_ROOTS = frozenset({"01", "07", "08", "09", "15", "16", "17", "18", "19", "20"})
PLACE_TARGET_CODES = ("042", "043", "044")
# Roles of noun phrase arguments (a clause's content is no place phrase).
NOUN_PHRASE_ROLES = frozenset({"obj", "iobj", "pp"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# German "für" names whom a thing is for ("prangert Ausfuhrbewilligungen für Saudi-Arabien
# an": the licences are criticised, not the buyer); an event noun with a pattern row keeps
# it as its own party. Only for disapproving and protesting, aimed at the thing: giving and
# threatening reach whom the thing is for, and a demand's addressee is read elsewhere.
BENEFICIARY_PREPOSITIONS = frozenset({"für"})
BENEFICIARY_ROOTS = frozenset({"11", "14"})
# German prepositions that place what a participle attribute says ("ein in Belgien gesuchter
# Algerier", "der aus Syrien stammende Mann"): the actor places the attribute, never the
# noun the event is aimed at. STTS tags the attributive adjective ADJA, the article ART.
ATTRIBUTE_PREPOSITIONS = frozenset({"in", "aus"})


def _political(actor: Actor) -> bool:
    return actor.code[3:6] in POLITICAL_ROLES


def _contest(event: Event) -> bool:
    source, target = event.source, event.target
    return (
        (event.cameo[:2] in FORCE_ROOTS or event.cameo.startswith(FORCE_THREATS))
        and source is not None
        and target is not None
        and source.country == target.country
        and _political(source)
        and _political(target)
    )


def no_force_sense(
    frame: Frame, events: Sequence[Event], sent: Sentence | None, frames: Sequence[Frame]
) -> str:
    """Why a frame's force or sanction events are none, or "": an election won, a match
    won, an object that no force reaches, a measure that targets, a sanction undone
    (:func:`_electoral`, :func:`_sporting`, :func:`_abstract_object`,
    :func:`_measure_subject`, :func:`_undone`)."""
    if not events:
        return ""
    return (
        _electoral(frame, events)
        or _sporting(frame, sent)
        or _abstract_object(frame, events)
        or _measure_subject(frame, events)
        or _undone(frame, events, frames)
    )


def _electoral(frame: Frame, events: Sequence[Event]) -> str:
    """A contest verb between politicians, parties or assemblies of one country ("Democrats
    retake the Senate") is an election won."""
    if frame.predicate.casefold() in CONTEST_LEMMAS and all(_contest(e) for e in events):
        return f"{frame.predicate!r} between political actors of one country: an election"
    return ""


def _sporting(frame: Frame, sent: Sentence | None) -> str:
    """A contest verb in a sentence with a score or a word of sport ("England A beat France
    30-20", "Wales have beaten France ... a Six Nations title") is a match won."""
    if sent is None or frame.predicate.casefold() not in CONTEST_LEMMAS:
        return ""
    words = {t.text.casefold() for t in sent.tokens}
    text = sent.text.casefold()
    if SCORE.search(text) or words & SPORT_WORDS or any(p in text for p in SPORT_PHRASES):
        return f"{frame.predicate!r} with a score or a word of sport: a match"
    return ""


def _abstract_object(frame: Frame, events: Sequence[Event]) -> str:
    """Coercion or force whose object is a feeling, a procedure or an ill ("captured the
    concerns of many voters") reaches no one: the actor behind it only owns the thing. The
    accusation a reporter makes with it goes too ("said the war had hit trust in politicians")."""
    if not any(e.cameo[:2] in COERCION_ROOTS for e in events):
        return ""
    fought = any(e.cameo[:2] == "19" for e in events)
    nouns = ABSTRACT_OBJECTS + FOUGHT_PROCEDURES if fought else ABSTRACT_OBJECTS
    for argument in frame.args("obj"):
        head = fold(argument.head)
        if any(matches_word(head, noun) for noun in nouns):
            return f"{frame.predicate!r} {argument.head!r}: an object no force reaches"
    return ""


def conveyed(actor: Actor, frame: Frame, sent: Sentence | None) -> bool:
    """Whether the actor lies in what a verb of conveying moves ("moved thousands more
    troops into Kurdish cities": the troops are the source's own, the cities the aim).
    Behind "to" or "into" inside the object it is the aim the parser attached to the thing
    sent ("sent aid to Nepal")."""
    return frame.predicate.casefold() in CONVEYING_LEMMAS and any(
        argument.span.contains(actor.span)
        and (
            sent is None
            or governing_preposition(actor, argument.span, sent) not in AIM_PREPOSITIONS
        )
        for argument in frame.args("obj")
    )


def placed_in_phrase(
    actor: Actor, frame: Frame, code: str, sent: Sentence | None, nouns: Sequence[Frame] = ()
) -> bool:
    """Whether the actor only places a thing or one person of its phrase ("their objections
    to the war in Iraq", "one person at Brigham and Women's Hospital") for an event whose
    target is no place: inside a noun phrase argument, a locative preposition after a
    singular noun governs it. A group there stands for the place ("allies in Europe and
    Japan"), and a clause is no place phrase ("said the strike was aimed at deterring").
    German "für" after a thing, not an event noun of ``nouns``, names whom it is for
    (:data:`BENEFICIARY_PREPOSITIONS`)."""
    if sent is None or code[:2] in PLACE_TARGET_ROOTS or code.startswith(PLACE_TARGET_CODES):
        return False
    return any(
        argument.role in NOUN_PHRASE_ROLES
        and argument.span.contains(actor.span)
        and (
            _placed_after_singular(actor, argument.span.start, sent)
            or (
                code[:2] in BENEFICIARY_ROOTS
                and _for_a_thing(actor, argument.span.start, sent, nouns)
            )
        )
        for argument in frame.arguments
    )


def _last_preposition(actor: Actor, start: int, sent: Sentence) -> tuple[Token, Token] | None:
    """The last preposition before the actor inside a phrase from ``start`` and the word
    before it, where no verb comes between them and the actor."""
    before = [t for t in sent.tokens if start <= t.start and t.end <= actor.span.start]
    preps = [k for k, t in enumerate(before) if t.pos == "ADP"]
    if not preps or preps[-1] == 0:
        return None
    if any(t.pos in {"VERB", "AUX"} for t in before[preps[-1] :]):
        return None
    return before[preps[-1]], before[preps[-1] - 1]


def _for_a_thing(actor: Actor, start: int, sent: Sentence, nouns: Sequence[Frame]) -> bool:
    found = _last_preposition(actor, start, sent)
    if found is None or found[0].lemma.casefold() not in BENEFICIARY_PREPOSITIONS:
        return False
    thing = found[1]
    return thing.pos == "NOUN" and not any(n.trigger.start == thing.start for n in nouns)


def _placed_after_singular(actor: Actor, start: int, sent: Sentence) -> bool:
    found = _last_preposition(actor, start, sent)
    if found is None or found[0].lemma.casefold() not in LOCATIVE_PREPOSITIONS:
        return False
    placed = found[1]
    if placed.lemma.casefold() in AIMING_NOUNS:
        return False
    plural = placed.tag in PLURAL_TAGS or "Number=Plur" in placed.morph
    return placed.pos in {"NOUN", "PRON"} and not plural


def not_aimed_at(
    actor: Actor, frame: Frame, code: str, sent: Sentence | None, nouns: Sequence[Frame] = ()
) -> bool:
    """Whether an actor found in a target slot is none: what is conveyed, or a place inside
    the target phrase (:func:`conveyed`, :func:`placed_in_phrase`; ``nouns``: the clause's
    event nouns)."""
    return (
        conveyed(actor, frame, sent)
        or placed_in_phrase(actor, frame, code, sent, nouns)
        or placed_in_attribute(actor, sent)
    )


def placed_in_attribute(actor: Actor, sent: Sentence | None) -> bool:
    """Whether the actor only places a German participle attribute between an article and
    its noun ("ein in Belgien gesuchter Algerier wurde festgenommen": the Algerian, not
    Belgium), whatever the event: the noun after it is what the phrase names."""
    if sent is None:
        return False
    before = [t for t in sent.tokens if t.end <= actor.span.start][-2:]
    after = [t for t in sent.tokens if t.start >= actor.span.end][:2]
    return (
        len(before) == 2
        and len(after) == 2
        and before[0].tag == "ART"
        and before[1].lemma.casefold() in ATTRIBUTE_PREPOSITIONS
        and after[0].tag == "ADJA"
        and after[1].pos in {"NOUN", "PROPN"}
    )


def _measure_subject(frame: Frame, events: Sequence[Event]) -> str:
    """Force (root 19) whose subject is a measure ("the visa move targets Chinese
    students") regulates, it does not fight: the actor owning the measure attacks no one."""
    if not any(e.cameo[:2] == "19" for e in events):
        return ""
    for argument in frame.args("subj"):
        if any(matches_word(fold(argument.head), noun) for noun in MEASURE_SUBJECTS):
            return f"{frame.predicate!r} by {argument.head!r}: a measure, no force"
    return ""


def _undone(frame: Frame, events: Sequence[Event], frames: Sequence[Frame]) -> str:
    """A sanction noun in the object of a verb that undoes it ("China reduces its tariffs
    on U.S. products", "end the arms embargo on China") is no sanction imposed."""
    if frame.clause != "nominal" or frame.parent is None or frame.parent >= len(frames):
        return ""
    if not all(e.cameo.startswith(SANCTION_CODES) for e in events):
        return ""
    verb = frames[frame.parent]
    undoing = verb.predicate.casefold() in UNDOING_LEMMAS
    if undoing and any(a.span.contains(frame.trigger) for a in verb.args("obj")):
        return f"{frame.predicate!r} undone by {verb.predicate!r}: no sanction imposed"
    return ""

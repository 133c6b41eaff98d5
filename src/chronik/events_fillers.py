"""The actors that fill a frame's slot: the heads of its conjuncts, not the actors that only
modify them from behind a preposition, own a word or describe another."""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import de_lexicon, en_lexicon
from .events_nouns import meets_then, origin_slots, protests_by, supports
from .events_targets import STATEMENT, without_descriptions, without_possessors
from .patterns import actors_in, role_arguments
from .records import Actor, Argument, Frame, Place, Sentence, Span

# Prepositions that name the author of an event noun ("the attack by Israel", "der Angriff
# durch Israel"): the one a reaction to the event is aimed at.
AUTHOR_PREPOSITIONS = frozenset({"by", "durch", "von"})
LOCATIVE = de_lexicon.LOCATIVE_PREPOSITIONS | en_lexicon.LOCATIVE_PREPOSITIONS
# Occupying territory (CAMEO 192): its place names the territory, not a host government.
OCCUPATION = "192"
# Words before a place that make it where the taken thing lies, or a part of it.
_SITE_PREPOSITIONS = frozenset(
    {"in", "im", "bei", "beim", "an", "am", "nahe", "von", "vom", "aus", "nach", "um", "vor"}
)
# Phrases that name members of an object without an actor of its own ("four countries,
# including the U.S.", "allies such as Japan"; the German parse has no "darunter" phrase).
_MEMBER_PREPOSITIONS = ("pp:including", "pp:such as")
# Words of a title or an article between "so" and a speaker's name (", so der Minister Maas,")
_TITLE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ"})


def filled_by(
    frame: Frame, slot: str, actors: tuple[Actor, ...], sent: Sentence | None
) -> list[Actor]:
    found = []
    for argument in role_arguments(frame, slot):
        inside = (
            [a for member in argument.members for a in _heads_of(member, actors, sent)]
            if sent is not None and argument.role != "comp"
            else actors_in(argument.members, actors)
        )
        if slot in {"obj", "iobj"} and sent is not None:
            direct = [a for a in inside if governing_preposition(a, argument.span, sent) is None]
            inside = direct or inside
        if sent is not None:
            inside = [a for a in inside if not parenthetical_speaker(a, sent)]
        found.extend(inside)
    return found


def parenthetical_speaker(actor: Actor, sent: Sentence) -> bool:
    """Whether the actor is the speaker of a German inserted ", so X (weiter)," ("Eine
    solche Geste, so Stamp weiter, könne Seehofer helfen"), which the chunker leaves inside
    the phrase before it: the speaker is no part of that phrase."""
    before = [t for t in sent.tokens if t.end <= actor.span.start][-6:]
    while before and before[-1].pos in _TITLE_POS:
        before.pop()
    return (
        len(before) >= 2
        and before[-1].text.casefold() in de_lexicon.SPEECH_TAG_WORDS
        and before[-2].tag == "$,"  # the STTS comma: German only ("…, so Britain acted")
    )


def controlled(frame: Frame, parent: Frame, sent: Sentence | None) -> bool:
    """A clause whose subject is its governing clause's: an infinitive, a subordinate
    clause without a subject right behind a preposition of the subject's own act
    ("responded by expelling", not "warned NATO against deploying") or a participle set off
    by a comma after its governing clause ("rebuffed Obama, warning Washington against"),
    or an event noun a support verb takes as object ("Russia launched an attack on
    Ukraine") or that is its manner ("marched in protest against the government")."""
    if frame.clause == "nominal":
        return supports(parent, frame) or meets_then(parent, frame) or protests_by(parent, frame)
    if frame.clause == "infinitive":
        # a passive one controlled by an object is done to it: "leaving soldiers killed"
        # (not "Iran remains committed to")
        subjects = [a.span for a in frame.args("subj")]
        return frame.voice != "passive" or subjects == [a.span for a in parent.args("subj")]
    if frame.clause != "subordinate" or frame.args("subj") or sent is None:
        return False
    before = [t for t in sent.tokens if t.end <= frame.trigger.start]
    if not before:
        return False
    if before[-1].lemma.casefold() in en_lexicon.SUBJECT_GERUND_PREPOSITIONS:
        return True
    return (
        before[-1].text == ","
        and parent.trigger.end <= before[-1].start
        and any(t.start == frame.trigger.start and t.tag == "VBG" for t in sent.tokens)
    )


def controller_actors(
    frame: Frame, parent: Frame, actors: tuple[Actor, ...], sent: Sentence | None
) -> list[Actor]:
    """Who carries out a controlled clause without a subject: its governing clause's subject,
    or for an infinitive the author of a noun of intention behind "from"/"by" ("an offer
    from Syria to submit")."""
    found = filled_by(parent, "subj", actors, sent)
    if found or frame.clause != "infinitive" or parent.clause != "nominal":
        return found
    if parent.predicate.casefold() not in en_lexicon.AUTHOR_ACTING_NOUNS:
        return []
    return filled_by(parent, "pp:from", actors, sent) or filled_by(parent, "pp:by", actors, sent)


def document_authors(
    frame: Frame, frames: tuple[Frame, ...], actors: tuple[Actor, ...], sent: Sentence | None
) -> list[Actor]:
    """Who says or does what a clause on a document names: the author of the statement,
    letter or lawsuit that is its subject ("McCarthy issued a statement calling Boehner a
    leader", "House Democrats' lawsuit seeking an injunction"), or of the document its
    governing clause put out where the parse hangs a participle on that clause ("issued a
    statement Tuesday praising Japan")."""
    if frame.clause == "nominal" or frame.voice != "active" or sent is None:
        return []
    documents = [a for a in frame.args("subj") if _is_document(a.head)]
    parent = (
        frames[frame.parent] if frame.parent is not None and frame.parent < len(frames) else None
    )
    if (
        not frame.args("subj")
        and frame.clause == "subordinate"
        and parent is not None
        and parent.voice == "active"
        and parent.predicate.casefold() in en_lexicon.ISSUING_VERBS
    ):
        documents = [a for a in parent.args("obj") if _is_document(a.head)]
    for document in documents:
        found = _document_owners(document, frames, actors, sent) or _issuers(
            document, frames, actors, sent
        )
        if found:
            return found
    return []


def _is_document(head: str) -> bool:
    word = head.casefold()
    return word in en_lexicon.DOCUMENT_NOUNS or word.removesuffix("s") in en_lexicon.DOCUMENT_NOUNS


def _document_owners(
    document: Argument, frames: tuple[Frame, ...], actors: tuple[Actor, ...], sent: Sentence
) -> list[Actor]:
    """The owner or sender the document's own phrase names ("Iran's statement", "a letter
    from 47 senators", "a report by the UN")."""
    nouns = (
        noun
        for noun in frames
        if noun.clause == "nominal"
        and document.span.contains(noun.trigger)
        and _is_document(noun.trigger.text)
    )
    for noun in nouns:
        for slot in ("subj", "pp:from", "pp:by"):
            found = filled_by(noun, slot, actors, sent)
            if found:
                return found
    return []


def _issuers(
    document: Argument, frames: tuple[Frame, ...], actors: tuple[Actor, ...], sent: Sentence
) -> list[Actor]:
    """The subject of the clause that put the document out ("issued a statement", "sent a
    letter"), or its agent in the passive ("a statement released by the Kremlin")."""
    for verb in frames:
        if verb.clause == "nominal" or verb.predicate.casefold() not in en_lexicon.ISSUING_VERBS:
            continue
        active = verb.voice == "active"
        if any(a.span.contains(document.span) for a in verb.args("obj" if active else "subj")):
            found = filled_by(verb, "subj" if active else "agent", actors, sent)
            if found:
                return found
    return []


def _heads_of(member: Span, actors: tuple[Actor, ...], sent: Sentence) -> list[Actor]:
    """The actors of one conjunct, without those that only modify it from behind a
    preposition when another actor heads it: "the United Nations special coordinator for
    Lebanon" is the UN; "the foreign ministers of Germany" is still Germany; nor, all
    behind one, those that only own a word ("a member of Netanyahu's cabinet, Bennett"); nor
    those that only describe or name the country of another (:func:`without_descriptions`)."""
    inside = without_descriptions(actors_in((member,), actors), sent)
    if len({a.span for a in inside}) < 2:
        return inside
    direct = [a for a in inside if governing_preposition(a, member, sent) is None]
    return direct or without_possessors(inside, sent)


def heads_its_argument(
    actor: Actor, frame: Frame, slots: tuple[str, ...], lang: str | None, code: str
) -> bool:
    """Whether the actor is the head of the slot filler it lies in ("the Chinese minister",
    a conjunct of "Germany and France"), not a modifier of another head ("Indonesia's
    infrastructure", "US legislation"). An actor found outside the fillers passes. What a
    German statement points to ("verweist auf die Vorgaben des Robert-Koch-Instituts") is
    the head, not its genitive: there only a coordination's members count (a judgement of
    "das Vorgehen Russlands" judges Russia; English keeps the phrase end: stricter there it
    lost more right events than wrong ones on the tuning sets)."""
    fillers = [
        a for slot in slots for a in role_arguments(frame, slot) if a.span.contains(actor.span)
    ]
    conjuncts_only = lang == "de" and code == STATEMENT
    return not fillers or any(
        (a.head and a.head in actor.span.text)
        or any(
            m.text.rstrip(" .,;") and m.start + len(m.text.rstrip(" .,;")) == actor.span.end
            for m in (a.conjuncts if conjuncts_only else a.members)
        )
        for a in fillers
    )


def governing_preposition(actor: Actor, within: Span, sent: Sentence) -> str | None:
    """The lemma of the last preposition between the start of ``within`` and the actor."""
    preps = [
        t.lemma.casefold()
        for t in sent.tokens
        if t.pos == "ADP" and within.start <= t.start and t.end <= actor.span.start
    ]
    return preps[-1] if preps else None


def nested_event_party(
    actor: Actor,
    frame: Frame,
    slots: tuple[str, ...],
    event_nouns: tuple[Frame, ...],
    frames: Sequence[Frame] = (),
) -> bool:
    """Whether the actor is a party of an event noun (``event_nouns``: nominal frames with
    a pattern row) nested inside the slot filler rather than of the filler's head: in
    "expressed alarm at the strike against Soleimani" the target of the strike, not of the
    alarm. An author behind "by" still counts ("concern about the attack by Israel":
    Israel), and so does a party of the head itself ("imposed sanctions against Iran") -
    but not in a German phrase of a time after, whether the slot's or one its loose reading
    looked into ("Nach dem Treffen mit Merkel will der Senat beraten", "will nach dem
    Treffen mit Putin reisen": Putin met before, he is no party to what follows). Nor is a
    party of a relative clause inside the filler one of the verb (:func:`_related`)."""
    fillers = [
        a for slot in slots for a in role_arguments(frame, slot) if a.span.contains(actor.span)
    ]
    after = [a for a in fillers or frame.args("pp") if _after_phrase(a, actor)]
    return any(
        filler.span.contains(nominal.trigger)
        and (filler in after or nominal.trigger.text != filler.head)
        and any(
            argument.role == "pp"
            and argument.prep not in AUTHOR_PREPOSITIONS
            and argument.span.contains(actor.span)
            for argument in nominal.arguments
        )
        for filler in fillers + after
        for nominal in event_nouns
    ) or any(_related(actor, filler, frames) for filler in _stood_in(actor, frame, slots))


def _stood_in(actor: Actor, frame: Frame, slots: tuple[str, ...]) -> list[Argument]:
    """The fillers of ``slots`` that hold the actor, an object standing in for a missing
    indirect object and the other way round (as :func:`filled_by` is read)."""
    objects = {"obj", "iobj"}
    wanted = set(slots) | (objects if objects & set(slots) else set())
    return [
        a for slot in wanted for a in role_arguments(frame, slot) if a.span.contains(actor.span)
    ]


def _related(actor: Actor, filler: Argument, frames: Sequence[Frame]) -> bool:
    """Whether the actor only takes part in a relative clause that describes the filler's
    head ("granted Chesimard, a murderer wanted by the FBI, asylum", "devices, which have
    devastated infantry troops"): the verb's act is aimed at the head, not at them; nor at
    the noun the clause hangs on ("an emissary for two Arab princes who wanted to help"). A
    place of the clause is where it happens, which a statement may be about ("on the issue
    of chemical weapons use in Syria", "use" read as a relative clause's verb)."""
    if filler.head and filler.head in actor.span.text:
        return False
    return any(
        relative.clause == "relative"
        and filler.span.contains(relative.trigger)
        and not _antecedent(actor, relative.trigger, filler.span)
        and any(
            argument.span.contains(actor.span)
            and not argument.span.contains(relative.trigger)
            and (argument.prep or "").casefold() not in LOCATIVE
            for argument in relative.arguments
        )
        for relative in frames
    )


def _after_phrase(argument: Argument, actor: Actor) -> bool:
    prep = (argument.prep or "").casefold()
    return prep in de_lexicon.AFTER_PREPOSITIONS and argument.span.contains(actor.span)


def _antecedent(actor: Actor, verb: Span, within: Span) -> bool:
    """Whether a relative pronoun follows the actor before the clause's verb."""
    between = within.text[actor.span.end - within.start : verb.start - within.start].split()
    return bool(between) and between[0].casefold() in en_lexicon.RELATIVE_PRONOUNS


def located_in(frame: Frame, places: tuple[Place, ...]) -> list[str]:
    """Countries of the places in the frame's locative phrases ("in Istanbul", "am
    Flughafen Teheran"; not "nach Deutschland", where someone was going)."""
    spans = [a.span for a in frame.args("pp") if (a.prep or "").casefold() in LOCATIVE]
    return [
        p.country
        for p in places
        if p.country and p.span is not None and any(s.contains(p.span) for s in spans)
    ]


def place_hosts(
    frame: Frame,
    slots: tuple[str, ...],
    places: tuple[Place, ...],
    sources: list[Actor],
    code: str = "",
) -> list[Actor]:
    """The host a visit's place names ("sein Besuch in Prag", "Antrittsbesuch in Berlin"):
    the government of the place's country, as "besuchte Prag" codes it; before an event noun
    too ("Obama's South Africa visit", "his Washington trip"). A place in the
    visitor's own country is a trip at home, no one's host. A place taken (192: "eroberten
    die Stadt Aleppo", "besetzten Cherson") is its country's territory, the source's own
    too (rebels taking their capital), when the place is what was taken, not where."""
    arguments = [a for slot in slots for a in role_arguments(frame, slot)]
    if code == OCCUPATION:
        return [
            Actor(place.country, place.span, place.entry, name=place.name)
            for place in places
            if place.span is not None
            and place.country
            and any(_place_taken(place.span, argument) for argument in arguments)
        ]
    home = {source.country for source in sources}
    spans = [a.span for a in arguments]
    if frame.clause == "nominal":
        spans += [a.span for a in frame.args("mod")]
    return [
        Actor(f"{place.country}GOV", place.span, place.entry, name=place.name)
        for place in places
        if place.span is not None
        and place.country
        and place.country not in home
        and any(span.contains(place.span) for span in spans)
    ]


def _place_taken(place: Span, argument: Argument) -> bool:
    """Whether the argument names the place itself ("die Hauptstadt Sanaa", "in die Stadt
    Cherson"), not a site in it ("das Rathaus in Wien", "Teile von Donezk")."""
    if not argument.span.contains(place):
        return False
    before = argument.span.text[: place.start - argument.span.start].split()
    if argument.prep and before and before[0].casefold() == argument.prep.casefold():
        before = before[1:]
    return not any(word.casefold() in _SITE_PREPOSITIONS for word in before)


def slot_actors(
    frame: Frame,
    slots: tuple[str, ...],
    actors: tuple[Actor, ...],
    parent: Frame | None,
    sent: Sentence | None,
) -> list[Actor]:
    """Actors of the first slot that has any.

    Parsers attach phrases loosely, so a slot reads its fillers by what governs each
    actor: in an object, actors not behind a preposition come first ("verklagte die Emirate
    vor dem Gerichtshof": the Emirates); ``pp:mit`` also finds an actor behind "mit" inside
    another phrase ("am Dienstag mit Erdogan"); object and indirect object stand in for
    each other (a tagger often cannot tell a dative proper noun from an accusative); an
    infinitive clause without a subject takes its controller's ("Kim plant, Trump zu
    treffen": Kim meets); an object without an actor reads the by-phrase behind it, then the
    members its "including" phrase names. An event noun takes the subject of the clause it
    is the object or the setting of only where none of its own slots holds an actor.
    """
    clausal = frame.clause != "nominal"
    for slot in slots:
        found = filled_by(frame, slot, actors, sent)
        if not found and slot in {"obj", "iobj"} and frame.voice == "active":
            found = filled_by(frame, "iobj" if slot == "obj" else "obj", actors, sent)
        if not found and slot == "obj" and frame.voice == "active":
            # "condemned the attack by Russia", "kritisierte die Aussetzung durch
            # Deutschland": an active clause's by-phrase is the author of what its object
            # names, the one the act is aimed at.
            found = (
                filled_by(frame, "agent", actors, sent)
                or filled_by(frame, "pp:by", actors, sent)
                or filled_by(frame, "pp:durch", actors, sent)
            )
        if not found and slot in {"obj", "iobj"} and role_arguments(frame, slot):
            # "asked four countries, including the U.S. and Britain": the members named
            found = [a for p in _MEMBER_PREPOSITIONS for a in filled_by(frame, p, actors, sent)]
        if not found and slot.startswith("pp:") and sent is not None:
            prep = slot.partition(":")[2]
            found = [
                actor
                for argument in frame.arguments
                if argument.role in {"obj", "iobj", "pp"}
                for actor in actors_in(argument.members, actors)
                if governing_preposition(actor, argument.span, sent) == prep
            ]
        if not found and slot == "subj" and parent and clausal and controlled(frame, parent, sent):
            found = controller_actors(frame, parent, actors, sent)
        if not found and slot == "subj" and parent is not None:  # "Kritik kam von der FPÖ"
            origins = (filled_by(parent, s, actors, sent) for s in origin_slots(parent, frame))
            found = next((a for a in origins if a), [])
        if found:
            return list(dict.fromkeys(found))
    # an event noun's own phrases name its parties before the clause it is set in: "Nach dem
    # Treffen zwischen Putin und Macron will der Kreml …" is no meeting of the Kremlin's
    if not clausal and "subj" in slots and parent is not None and controlled(frame, parent, sent):
        return list(dict.fromkeys(controller_actors(frame, parent, actors, sent)))
    return []

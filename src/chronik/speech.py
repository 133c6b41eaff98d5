"""CAMEO's conventions for what people say (CAMEO manual, chapter 2; docs/patterns.md,
*Speech*; the gold's rules in docs/annotation.md).

* "X said (that) Y did Z" is the event Y→Z, modality ``reported``, with X kept as the
  attribution (``Event.reported_by``) - not an extra 010 from X. An actor announcing its
  own act ("police said they arrested ...") is asserted.
* A statement is coded by its content: "said Z must stop" is a demand X→Z (10x), "said it
  would not meet" a rejection (12x), "said Y attacked us" an accusation X→Y (112) beside
  the reported attack, "said it would" + an action the intention (03x, the intended code).
  A wrongful act that has no code of its own ("said North Korea supported terrorism",
  "sagte, Russland habe gegen das Abkommen verstoßen") is the speaker's accusation (112),
  harm done to what another actor is responsible for ("said Obama has stifled job
  creation") its criticism (111).
* 010 only when the statement has no codable content and an addressee or topic actor.
  Statements without a target (:func:`is_statement`), like acts on someone whose target
  chronik did not code (:func:`is_one_sided`), are no dyadic events: the pipeline codes
  them, ``chronik code``/``ingest --statements`` and ``chronik.code(...,
  statements=True)`` show them, everything else (evaluation, dyad counts) leaves them out.

The functions here work on one sentence's frames and the events the patterns gave each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .actors_heads import STATE_ROLES
from .analysis import de_lexicon, en_lexicon
from .datafiles import ACTOR_AGENTS
from .events_targets import MEDIA_ROLE, SOCIETY_SECTORS, STATEMENT, bare_agent
from .patterns import Pattern, fold, matches_word
from .records import Actor, Event, Frame, Place, Sentence

if TYPE_CHECKING:
    from .events import FrameResult

# The codes that say nothing dyadic without an actor they address or are about: the bare
# statement and the pessimistic or optimistic comment on a situation ("warnte vor einer
# Verödung der Innenstädte", "hofft auf eine breite Nutzung der App": on the train sets
# every such one without a target was a false alarm, 21 of 21); the others of root 01 (011
# decline comment, 014 consider, 015 acknowledge, 016 deny, 017 symbolic act) describe an
# act of their own (docs/annotation.md).
STATEMENT_CODES = frozenset({STATEMENT, "012", "013"})
# Prepositions of a statement's topic ("said of the offensive", "spoke about the attack").
TOPIC_PREPOSITIONS = frozenset({"of", "about", "on", "over"})
# Prepositions of a statement's addressee or topic ("said to Japan", "spoke of Syria").
_ADDRESSING = TOPIC_PREPOSITIONS | {"to"}
# Verbal acts addressed to someone: without an addressee they are statements too.
ADDRESSED_ROOTS = frozenset({"02", "10", "13"})
# Acts done to someone - yield 08, disapprove 11, reduce relations 16, coerce 17, assault 18,
# fight 19. Without a target actor such an event is one whose target chronik did not code
# (the real-news gold names one for all but a few: "an attack in Suruc", "resigned over the
# leaks"), so it is one-sided, like a statement to no one, not a dyadic event.
ACTS_ON_SOMEONE = frozenset({"08", "11", "16", "17", "18", "19"})
# An intent to cooperate with no partner coded ("verspricht Glanz und Ruhm", "have agreed in
# principle to link their currencies"): on the train sets every one was a false alarm (34).
PARTNERLESS = frozenset({"030"})
# Modal verbs of obligation: "said Russia must withdraw" is a demand on Russia.
DEMAND_MODALS = de_lexicon.OBLIGATION_MODALS | en_lexicon.OBLIGATION_MODALS
FIRM_DEMAND_MODALS = de_lexicon.FIRM_OBLIGATION_MODALS | en_lexicon.FIRM_OBLIGATION_MODALS
DEMAND = "100"
APPEAL = "020"
ACCUSE = "112"
# "said it would not ..." - the intention codes (03x) and the rejection of the same thing.
REJECTIONS = {
    "031": "121", "033": "122", "034": "123", "035": "124", "036": "125", "037": "127",
    "038": "126", "039": "126",
}  # fmt: skip
REJECT = "120"
# A planned visit keeps its code (intent.v1.tsv); refused or demanded it is the meeting
# intended: "refused to visit China" 125, "said Trump must visit Seoul" 106.
_VISITS = {"042": "036", "043": "036"}
# 12x codes whose subcodes run parallel to the 03x ones (1211-1213, 1221-1224, 1231-1234,
# 1241-1246).
_DETAILED = frozenset({"121", "122", "123", "124"})
# Conflict roots whose report by the victim is an accusation ("said Y attacked us").
_CONFLICT = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
# Wrongful acts with no CAMEO code of their own: a statement that another actor did one
# accuses it (112). Reported attacks, sanctions, threats keep their own code and no 112
# beside them (the gold's convention: "Baghdad said an Iranian brigade attacked" is IRN→IRQ
# 190 reported by IRQGOV, not also an accusation).
WRONGDOING = frozenset({
    "violate", "breach", "contravene", "flout", "lie", "cheat", "deceive", "mislead",
    "obstruct", "meddle", "sabotage", "betray", "falsify", "fabricate", "rig", "cover up",
    "verstoßen", "verletzen", "brechen", "lügen", "belügen", "täuschen", "betrügen",
    "sabotieren", "vertuschen", "fälschen", "manipulieren",
})  # fmt: skip
# Acts of support that are wrongful by what they support: "supported acts of terrorism",
# "unterstütze den Terrorismus".
ABETTING = frozenset({
    "support", "sponsor", "fund", "finance", "harbor", "harbour", "arm",
    "unterstützen", "finanzieren", "fördern", "bewaffnen",
})  # fmt: skip
WRONGFUL_OBJECT = "terror"
# Evading what one answers for: "said China was seeking to deflect criticism of its role"
# accuses China (112), as a wrongful act does.
EVADING = frozenset({"deflect", "evade", "shirk", "dodge", "duck"})
EVADED_OBJECTS = ("blame", "criticism", "responsibility", "accountability", "scrutiny")
# Acts that harm what an actor is responsible for, said of it: criticism (111), "he said
# Obama has stifled job creation", "sagte, die Regierung habe versagt".
HARMFUL_POLICY = frozenset({
    "stifle", "undermine", "mishandle", "bungle", "botch", "neglect", "fail", "squander",
    "jeopardize", "jeopardise", "endanger",
    "untergraben", "gefährden", "versagen", "versäumen", "vernachlässigen",
})  # fmt: skip
CRITICIZE = "111"
PRAISE = "051"
THREATEN = "130"
# A court's ruling against an actor or its act ("ruled that the president exceeded his
# powers"): it judges its own country's government as readily as another.
RULE_AGAINST = "116"
# What a speaker says another actor will suffer: "said Iran would pay a heavy price", "said
# Russia will face serious consequences" threatens it (130) - not at the polls: "Democrats
# will pay a political price in November" is a forecast.
THREATENED_LEMMAS = frozenset({"pay", "suffer", "face", "bear"})
THREAT_OBJECTS = ("consequence", "price", "retaliation", "repercussion", "wrath")
_FORECASTS = ("political", "poll", "election", "ballot", "vote")


def is_statement(event: Event) -> bool:
    """A statement without any target actor: not a dyadic event (``--statements``). Besides
    the bare 010, appeals, demands and threats (02, 10, 13) need an addressee
    (docs/annotation.md, *Addressees*). Rejections (12) stay events: a veto or a refusal
    names what is rejected, whose author news often leaves to the context, which chronik
    cannot read."""
    if event.target is not None:
        return False
    return event.cameo in STATEMENT_CODES or event.cameo[:2] in ADDRESSED_ROOTS


def place_aside(actor: Actor, frame: Frame, places: Sequence[Place]) -> bool:
    """Whether the actor is a place named inside a phrase of the speech clause that is
    neither its addressee nor its topic: "said during a visit to Japan", "said in Tokyo"
    tell where the words were spoken, not to or about whom ("said in a letter to
    Congress" still addresses Congress, an institution, not a place). English: the
    prepositions below are English ones."""
    if not any(p.span is not None and p.span.contains(actor.span) for p in places):
        return False
    return any(
        a.role == "pp" and a.span.contains(actor.span) and a.prep not in _ADDRESSING
        for a in frame.arguments
    )


def is_media(actor: Actor) -> bool:
    """Whether the actor is the media: "told reporters", "told CNN" carry a statement to
    the public, so the media are no target of it; what it is about is (docs/annotation.md)."""
    return actor.code[3:6] == MEDIA_ROLE


def is_audience(actor: Actor) -> bool:
    """Whether the actor is an audience of the public, a bare role word of society ("told a
    crowd", "told voters", "told hundreds of activists"): like the media it hears a public
    statement, so it is no target of it; what the statement is about is."""
    return actor.antecedent is None and bare_agent(actor) and actor.code[3:6] in SOCIETY_SECTORS


def is_one_sided(event: Event) -> bool:
    """No dyadic event: a statement without a target (:func:`is_statement`), an act on
    someone whose target chronik did not code (:data:`ACTS_ON_SOMEONE`; "Syrian forces
    attacked", "the minister resigned"), or an intent to cooperate with no one
    (:data:`PARTNERLESS`)."""
    if event.target is not None:
        return False
    return is_statement(event) or event.cameo[:2] in ACTS_ON_SOMEONE or event.cameo in PARTNERLESS


def without_one_sided(events: Sequence[Event], statements: bool = False) -> list[Event]:
    """``events`` without one-sided ones (:func:`is_one_sided`) unless ``statements`` is
    set."""
    return [e for e in events if statements or not is_one_sided(e)]


def speech_of(position: int, frames: Sequence[Frame], speech: set[int]) -> int | None:
    """The speech clause whose content the frame at ``position`` is: its nearest governing
    frame coded by a speech row ("sagte, Russland habe ... angegriffen"); not one whose
    topic it is ("said of the Turkish offensive that ...") or whose speaker it describes."""
    seen = {position}
    child = frames[position]
    parent = child.parent
    while parent is not None and 0 <= parent < len(frames) and parent not in seen:
        if parent in speech:
            said = frames[parent]
            aside = _topic_of(child, said) or _in_subject(frames[position], said)
            return None if aside else parent
        seen.add(parent)
        child = frames[parent]
        parent = child.parent
    return None


def statement_clause(position: int, frames: Sequence[Frame], speech: set[int]) -> bool:
    """Whether the frame at ``position`` states what a sentence continuing somebody's words
    says (references_quotes.continued_speakers): its main clause, or an infinitive that one
    governs ("He has tried to undermine a free press"); not a relative clause, a condition
    ("if Iran should not accept") or a speech clause of its own (one of ``speech``)."""
    frame = frames[position]
    if position in speech or frame.clause == "main":
        return position not in speech
    parent = frame.parent
    if frame.clause != "infinitive" or parent is None or not 0 <= parent < len(frames):
        return False
    return frames[parent].clause == "main"


def _in_subject(frame: Frame, speech: Frame) -> bool:
    """Whether the frame stands inside the speaker's phrase ("Turkey, which occupies northern
    Cyprus, insisted ..."): it describes the speaker, it is not what was said."""
    return any(a.role == "subj" and a.span.contains(frame.trigger) for a in speech.arguments)


def _topic_of(child: Frame, speech: Frame) -> bool:
    """Whether the event noun ``child`` is what the statement is about: a phrase of "of",
    "about", "on" or "over" of the speech clause, not what is said."""
    return child.clause == "nominal" and any(
        a.role == "pp" and a.prep in TOPIC_PREPOSITIONS and a.span.contains(child.trigger)
        for a in speech.arguments
    )


def _own(actor: Actor | None, speaker: Actor) -> bool:
    return actor is not None and actor.country == speaker.country


def _subject(event: Event) -> bool:
    """Whether the event's source stands in the subject of its clause."""
    frame, source = event.frame, event.source
    return (
        frame is not None
        and source is not None
        and any(a.role == "subj" and a.span.contains(source.span) for a in frame.arguments)
    )


def rejection_code(intended: str) -> str:
    """12x for an intention ``intended`` (03x) said not to be carried out: 036 → 125,
    0353 → 1243, 0311 → 1211 (the 4th digit where the 12x code has one)."""
    intended = _VISITS.get(intended[:3], intended)
    base = REJECTIONS.get(intended[:3])
    if base is None:
        return REJECT
    return base + intended[3:] if intended[3:] and base in _DETAILED else base


def demand_code(intended: str, known: Callable[[str], bool], *, firm: bool = True) -> str:
    """10x for the action a speaker says another actor must take: the intention code's
    counterpart (036 → 106, 0353 → 1053), else 100; 02x, an appeal, for what it only
    should take (036 → 026, else 020)."""
    root = "10" if firm else "02"
    intended = _VISITS.get(intended[:3], intended)
    if intended.startswith("03") and known(root + intended[2:]):
        return root + intended[2:]
    return DEMAND if firm else APPEAL


def _refused(event: Event) -> bool:
    """What a speaker says its own side will not do, or is not ready to do: an intention
    (03x) or a cooperative act (roots 03-08) that is negated."""
    return event.negated and (event.modality == "intended" or "03" <= event.cameo[:2] <= "08")


def attribute(
    event: Event,
    speaker: Actor,
    intended: Callable[[str], str],
    recode: Callable[[Event, str], Event],
) -> list[Event]:
    """An event the speaker's statement reports, as the conventions code it. ``intended``
    gives the intention code of a code (036 for 043), ``recode`` an event with another CAMEO
    code (its PLOVER type and scores)."""
    if _own(event.source, speaker):
        if _refused(event):
            # "Putin sagte, Russland werde sich nicht mit der Nato treffen", "said the United
            # States was not ready to cooperate with Russia": a rejection.
            return [replace(recode(event, rejection_code(intended(event.cameo))), negated=False,
                            modality="asserted", modality_rule="")]  # fmt: skip
        modality = "asserted" if event.modality == "reported" else event.modality
        rule = "" if modality == "asserted" else event.modality_rule
        return [replace(event, modality=modality, modality_rule=rule)]
    if event.modality == "intended" and _own(event.target, speaker) and not _subject(event):
        # "Russia said it would cooperate with Turkey": the speaker states its own intention,
        # not its partner's (the other direction of a reciprocal row); "said Russia and
        # Turkey would meet" states both.
        return []
    found = [replace(event, reported_by=speaker)]
    if (
        not event.negated
        and event.cameo[:2] in _CONFLICT
        and event.source is not None
        and _own(event.target, speaker)
    ):
        # "Kiew sagte, Russland habe die Ukraine angegriffen": Kiev accuses Russia.
        accusation = replace(event, source=speaker, target=event.source, modality="asserted",
                             modality_rule="")  # fmt: skip
        found.append(recode(accusation, ACCUSE))
    return found


def attribute_all(
    events: Sequence[Event],
    speaker: Actor,
    reciprocal: bool,
    intended: Callable[[str], str],
    recode: Callable[[Event, str], Event],
) -> list[Event]:
    """:func:`attribute` for the events of one clause. The two directions of a reciprocal
    act the speaker's side took part in share the speaker's own reading ("„Wir stehen im
    Austausch mit Frankreich“, sagte Spahn": both asserted, the partner's not reported)."""
    found = [e for event in events for e in attribute(event, speaker, intended, recode)]
    if not reciprocal:
        return found
    own = {
        (e.source.code, e.target.code, e.cameo): e
        for e in found
        if e.reported_by is None and e.source and e.target
    }
    return [
        replace(e, modality=mirror.modality, modality_rule=mirror.modality_rule, reported_by=None)
        if e.reported_by is not None
        and e.source is not None
        and e.target is not None
        and (mirror := own.get((e.target.code, e.source.code, e.cameo))) is not None
        else e
        for e in found
    ]


def accusation_code(frame: Frame) -> str | None:
    """112 for a reported clause stating that its subject did a wrongful act
    (:data:`WRONGDOING`, support of terrorism, evading blame: :data:`EVADING`), 111 for one
    stating that it harmed what it is responsible for (:data:`HARMFUL_POLICY`); none when
    the clause is negated, passive or has a modal ("could have violated" is a guess, not an
    accusation)."""
    if not frame.reported or frame.negated or frame.modal or frame.voice != "active":
        return None
    lemma = frame.predicate.lower()  # not casefold: "verstoßen" would become "verstossen"
    if lemma in HARMFUL_POLICY:
        return CRITICIZE
    objects = " ".join(a.span.text.casefold() for a in frame.args("obj"))
    if lemma in WRONGDOING or (lemma in ABETTING and WRONGFUL_OBJECT in objects):
        return ACCUSE
    if lemma in EVADING and any(word in objects for word in EVADED_OBJECTS):
        return ACCUSE
    return None


def threat_code(frame: Frame) -> str | None:
    """130 for a reported clause saying that its subject will pay a price or face
    consequences (:data:`THREATENED_LEMMAS`, :data:`THREAT_OBJECTS`): the speaker's threat."""
    if not frame.reported or frame.negated or frame.voice != "active":
        return None
    if frame.predicate.lower() not in THREATENED_LEMMAS or not _ahead(frame):
        return None
    said = " ".join(a.span.text.casefold() for a in frame.arguments if a.role != "subj")
    objects = " ".join(a.span.text.casefold() for a in frame.args("obj"))
    if any(w in objects for w in THREAT_OBJECTS) and not any(w in said for w in _FORECASTS):
        return THREATEN
    return None


def _ahead(frame: Frame) -> bool:
    """Whether the clause speaks of what is to come ("will pay", "would face")."""
    return frame.tense == "future" or (frame.modal or "").casefold() in {"will", "would"}


def charged(actor: Actor, speaker: Actor, accusation: str | None, *, firm: bool = False) -> bool:
    """Whether the subject of what a speaker says is another actor the statement is aimed
    at: for a demand another country ("said Russia must withdraw"; "said we must" is its own
    plan), or, ``firm`` (a "must", not a "should"), an office of the speaker's own state
    outside its side ("FDA must ban …, Durbin said", "Die Bundesregierung muss …, sagte
    Habeck"; not the people a government says must pay, which is its rule); for a threat
    another country ("said Iran would pay a price"; of its own country's actors mostly a
    forecast or a misread subject), for an accusation any other actor ("the minister said
    the opposition lied")."""
    if accusation and accusation != THREATEN:
        return actor.code != speaker.code
    if actor.country != speaker.country:
        return True
    demanded_at_home = firm and accusation is None and actor.code[3:6] in STATE_ROLES
    return demanded_at_home and not _same_side(actor.code, speaker.code)


def judged_side(actor: Actor, speakers: Sequence[Actor], code: str) -> bool:
    """Whether an actor of what was said can be its target: another country than the
    speaker's ("Putin said Russia would ..." is no dyad), but for criticism, accusation and
    praise (111, 112, 051), a court's ruling (116) and demands (root 10) any actor outside the
    speaker's own side (its country or a part of it: "Trump said the United States ..."), as
    for an accusation (:func:`charged`): "Schumer said the Republican plan was outrageous"
    criticises the Republicans, "Republicans charged that the White House …" accuses it, "Die
    Grünen fordern, dass die Bundesregierung …" demand of the government."""
    if code in (CRITICIZE, ACCUSE, PRAISE, RULE_AGAINST) or code.startswith(DEMAND[:2]):
        return not any(_same_side(actor.code, s.code) for s in speakers)
    return all(actor.country != s.country for s in speakers)


def _same_side(code: str, other: str) -> bool:
    return code.startswith(other) or other.startswith(code)


def is_speech_row(pattern: Pattern) -> bool:
    """A speech row: a statement (010) whose target may be an actor of what is said."""
    return pattern.code == STATEMENT and "comp" in pattern.target


def is_judgement_row(pattern: Pattern) -> bool:
    """A speech row judging what was said ("told reporters the inquiry was a disgrace"):
    criticism or praise by what is said, whose target may be an actor of it; not a verb of
    judging alone ("criticised allies such as Japan" judges them, whatever its row's comp)."""
    return (
        pattern.code in (CRITICIZE, PRAISE)
        and "comp" in pattern.target
        and any(c.slot == "comp" for c in pattern.conditions)
    )


_DENIALS = en_lexicon.JUDGEMENT_DENIALS | de_lexicon.JUDGEMENT_DENIALS
_DENIAL_REACH = 3  # a denial up to this many words before the judging word ("not a big mistake")


def denied_judgement(pattern: Pattern, frame: Frame, sent: Sentence | None) -> bool:
    """Whether a judgement row (:func:`is_judgement_row`) judges only by words that what was
    said denies ("said the decision was not a mistake", "Er sei kein Rassist, sagte Trump"):
    no criticism or praise then, a statement at most ("not a mistake but a disgrace" still
    judges)."""
    if sent is None or not is_judgement_row(pattern):
        return False
    heads = [fold(h) for c in pattern.conditions if c.slot == "comp" for h in c.heads]
    denied = []
    for argument in frame.args("comp"):
        span = argument.span
        words = [fold(t.text) for t in sent.tokens if span.start <= t.start and t.end <= span.end]
        denied += [
            any(w in _DENIALS for w in words[max(0, at - _DENIAL_REACH) : at])
            for at, word in enumerate(words)
            if any(matches_word(word, h) for h in heads)
        ]
    return bool(denied) and all(denied)


UNVOICED = "a demand reported from a speaker who is no actor: nobody's demand, no event"


def unvoiced_demand(frame: Frame, spoken: FrameResult) -> bool:
    """ "Die EU muss mit dem UNHCR kooperieren, sagte Petritsch": what a speaker says
    another must do is the speaker's demand (EventCoder._demands), not the other's act;
    when the speaker codes as no actor, the act only demanded is no event either."""
    return not spoken.events and is_demand(frame)


def is_firm_demand(frame: Frame) -> bool:
    """A demand with "must" ("müssen", "have to"), not only "should"."""
    return is_demand(frame) and (frame.modal or "").casefold() in FIRM_DEMAND_MODALS


def is_demand(frame: Frame) -> bool:
    """A reported clause with a modal of obligation outside the past ("Russland müsse die
    Truppen abziehen")."""
    return (
        frame.reported and frame.tense != "past" and (frame.modal or "").casefold() in DEMAND_MODALS
    )


def topic_of(
    inside: Sequence[Actor], sent: Sentence | None, *, judged: bool = False
) -> list[Actor]:
    """What a statement is about: the first actor of what was said that can be (see
    :func:`is_topic`; ``judged``: what criticism or praise is about), none when it stands
    behind a preposition of place or company ("near the Syrian border", "a deal with
    Tehran": where or with whom, not what the statement is about; "over Russian
    interference" still is) - nor then the next conjunct of its list ("met with Obama,
    Cameron and Putin") or a word after it."""
    first = [a for a in inside if is_topic(a, sent, judged=judged)][:1]
    if sent is None or not first:
        return first
    # a judgement judges what its owner did ("said the tactics of Labour were sinister")
    settings = _settings(sent) - _OWNERS if judged else _settings(sent)
    return [] if _preposition_before(first[0], sent) in settings else first


def _settings(sent: Sentence) -> frozenset[str]:
    """The prepositions of place and company for the sentence's language: German ones where
    the German analyzer tagged it (STTS tags that PTB lacks)."""
    german = any(t.tag in _STTS_ONLY for t in sent.tokens)
    return _SETTING | _GERMAN_SETTING if german else _SETTING


# Prepositions of an owner: what a judgement judges is theirs ("the tactics of Labour").
_OWNERS = frozenset({"of", "von", "vom"})
# What _preposition_before names a German "zu" after a border noun ("Grenze zu Afghanistan").
_BORDER = "zu (border)"
_STTS_ONLY = frozenset({"ART", "APPR", "APPRART", "VVFIN", "VAFIN", "VMFIN", "$.", "$,"})


def is_topic(actor: Actor, sent: Sentence | None, *, judged: bool = False) -> bool:
    """Whether an actor in what was said can be what it is about: not part of a hyphenated
    compound ("the US-Mexico border" is a place; "Kiew-treue Kräfte" are not Kiev), nor
    the source of its information ("laut der Regierung"), nor a group only named by its
    role ("confirmed that three women were killed": the victims, not the addressee), but
    for a judgement a role of the state ("kritisierte, dass die Regierung …")."""
    if sent is None:
        return True
    start, end = actor.span.start - sent.start, actor.span.end - sent.start
    if (start > 0 and sent.text[start - 1] == "-") or (
        end < len(sent.text) and sent.text[end] == "-"
    ):
        return False
    # a judgement may judge a role of the state named alone ("kritisierte, dass die
    # Regierung …"); companies or refugees it reports on
    reported_on = _german_role(actor) and not (judged and actor.code[3:6] in STATE_ROLES)
    return not _attributed(actor, sent) and not bare_agent(actor) and not reported_on


def _german_role(actor: Actor) -> bool:
    """A German role noun alone, its country from the context ("Flüchtlinge", "die
    Unternehmen", "die Polizei"): whom the statement reports on, seldom what it is about."""
    text = actor.span.text
    return actor.entry.startswith(ACTOR_AGENTS) and " " not in text and "-" not in text


# Prepositions that name where a statement's information comes from ("laut den von der
# Regierung präsentierten Zahlen", "according to the ministry"): a source, not a topic.
_ACCORDING = frozenset({"laut", "according"})
# Prepositions of place, part and company: "near the Syrian border", "the size of America's
# capital", "a deal with Tehran" name where or with whom, not what a statement is about
# (unlike "over Russian interference", "clear to Turkey").
_SETTING = frozenset({"near", "in", "at", "of", "with", "from", "across", "inside", "within"})
# The same in German ("an der Grenze zur Türkei", "kommen nach Serbien", "in guten Gesprächen
# mit der Türkei", "ein Fünftel der von Griechenland"): reading German news nobody tuned on,
# statements coded as 010 towards such places were seldom right.
_GERMAN_SETTING = frozenset(
    {"in", "im", "an", "am", "bei", "beim", "nach", "aus", "von", "vom", "mit"}
    # "die inner- und außerhalb Österreichs zunimmt", "nahe der Grenze": where, not whom
    | {w.casefold() for w in ("außerhalb", "innerhalb", "nahe", "unweit", "jenseits")}
    | {_BORDER}
)


def _attributed(actor: Actor, sent: Sentence) -> bool:
    """Whether the actor stands in a "laut ..." / "according to ..." phrase: up to eight
    words back, before any punctuation or verb."""
    before = [t for t in sent.tokens if t.end <= actor.span.start][-8:]
    for token in reversed(before):
        if token.pos in {"PUNCT", "VERB", "AUX"}:
            return False
        if token.text.casefold() in _ACCORDING:
            return True
    return False


def _preposition_before(actor: Actor, sent: Sentence) -> str | None:
    """The preposition whose phrase the actor stands in ("near the Syrian border"): the
    nearest one up to eight words back, before any punctuation, verb or conjunction."""
    before = [t for t in sent.tokens if t.end <= actor.span.start][-8:]
    for position in range(len(before) - 1, -1, -1):
        token = before[position]
        if token.pos in {"PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"}:
            return None
        if token.pos == "ADP":
            noun = before[position - 1].text.casefold() if position > 0 else ""
            return _BORDER if _across_border(noun, token.lemma) else token.text.casefold()
    return None


def _across_border(noun: str, preposition: str) -> bool:
    """ "an der Grenze zu Afghanistan": the neighbour a German border noun names with "zu"
    ("zur", "zum") is a place."""
    return preposition.casefold() == "zu" and noun.endswith(("grenze", "grenzen"))


def reporting(
    frames: tuple[Frame, ...], coded: list[FrameResult], speech: set[int], content: set[int]
) -> set[int]:
    """The speech clauses whose content is another statement that is coded ("Comey said
    Trump told him ...": Trump's statement to Comey, reported), or is itself coded by its
    content (``content``): the reporter's own 010 adds nothing, as for any reported act."""
    found = set(content)
    while True:
        more = {
            said
            for inner in speech
            if (inner in found or any(e.target for e in coded[inner].events))
            and (said := speech_of(inner, frames, speech)) is not None
            and said not in found
        }
        if not more:
            return found - content
        found |= more

"""Which coded mentions can stand in an event's slots: a common noun that only says how its
group relates to someone ("his community", "her students", "the international community")
is no one in particular, and a possessor is not the one who acts when the phrase names
another actor ("a member of Netanyahu's cabinet, Naftali Bennett")."""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import en_lexicon
from .datafiles import ACTOR_AGENTS
from .events_merge import identity, two_actors
from .patterns import Pattern, Patterns, role_arguments
from .records import Actor, Argument, Event, Frame, Sentence, Span, Token

# Words before a group noun that make it relative to someone rather than a group of its
# own: "his community", "their voters", "the international community".
RELATIVE_DETERMINERS = frozenset(
    {"his", "her", "their", "its", "our", "my", "your", "international"}
)
_DENY = "016"  # denying an accusation: aimed at its author
# The possessives that may stand for a state body, and the roles of its people, which they
# name ("the government urged its citizens", not "withdraw its military presence").
_STATE_POSSESSIVES = frozenset({"its", "their"})
_PEOPLE = frozenset({"CVL", "PPL"})
# The longest description before an apposed role word: ", the head of".
_DESCRIPTION_WORDS = 5
# CAMEO roots that need an addressee (appeal, demand, reject, threaten): without one they
# are no event (docs/annotation.md, "Addressees").
ADDRESSED_ROOTS = frozenset({"02", "10", "12", "13"})
# ... but defying norms or a law (128: "Minsk violated international law") is aimed at no one.
UNADDRESSED_CODES = frozenset({"128"})
# CAMEO roots of force and coercion: their passive subjects are victims.
HARM_ROOTS = frozenset({"17", "18", "19", "20"})
# CAMEO roots of cooperation between political actors: intent to cooperate, diplomatic
# and material cooperation (support, praise, joint acts).
COOPERATION_ROOTS = frozenset({"03", "05", "06"})
# ... but the intent to meet is a meeting to come, and meetings with such groups are events
# ("unions will hold talks with the Deputy Prime Minister").
MEETING_INTENT = "036"
# Sectors of society a bare English role word names: civilians, people, business, labour,
# education, health ("voters", "customers", "workers", "the crowd").
SOCIETY_SECTORS = frozenset({"CVL", "PPL", "BUS", "LAB", "EDU", "HLH"})
# The CAMEO root of consultations, and the media's role code (CAMEO actor codes, "USAMED"):
# "told reporters" and an interview ("in Interviews mit dem Reporter") address the public
# through them, so they are no target of a statement and no partner of talks.
CONSULT_ROOT = "04"
# Visits (visitor → host, host → visitor), and the roles of those who travel rather than
# visit: refugees and migrants, the population, civilians.
VISIT, HOSTED_VISIT = "042", "043"
TRAVELLING_ROLES = frozenset({"REF", "PPL", "CVL"})
# A state's organs, whose visit to a school or a hospital is an act of state ("Mitarbeiter
# des Landratsamtes haben alle Schulen besucht"), as no one else's is.
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
MEDIA_ROLE = "MED"
BUSINESS_ROLE = "BUS"
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def bare_agent(actor: Actor) -> bool:
    """A mention coded by a role word alone, its country taken from the context: an
    English common noun ("women", "community"), not "Iranian officials" or "Mexico's
    minister" (German nouns are capitalised and never count)."""
    return actor.entry.startswith(ACTOR_AGENTS) and actor.span.text.islower()


def _tokens_before(actor: Actor, sent: Sentence) -> list[Token]:
    return [t for t in sent.tokens if t.end <= actor.span.start]


def relative_group(actor: Actor, sent: Sentence | None, coded: Sequence[Actor] = ()) -> bool:
    """A bare role word behind a possessive determiner or "international" ("call for
    change in his community", "defied the international community"): who is meant is
    nobody the text names, so it is no target - unless the determiner stands for a
    state actor of the people's country (``coded``: "the State Department urged its
    citizens")."""
    if sent is None or not bare_agent(actor):
        return False
    before = _tokens_before(actor, sent)
    if not before or before[-1].text.casefold() not in RELATIVE_DETERMINERS:
        return False
    owner = before[-1]
    if owner.text.casefold() not in _STATE_POSSESSIVES or actor.code[3:] not in _PEOPLE:
        return True
    return not any(
        a.span.start == owner.start and a.country == actor.country and a is not actor for a in coded
    )


def possessor(actor: Actor, sent: Sentence) -> bool:
    """Whether the mention owns the noun after it ("Netanyahu's cabinet")."""
    after = [t for t in sent.tokens if t.start >= actor.span.end][:1]
    return bool(after) and after[0].text in POSSESSIVE_MARKS


# Codes of judging what another actor did, said or proposed (disapprove 11, reject 12,
# praise 051): the owner of the judged decision, plan or statement is the one judged
# ("disagreed with Merkel's proposal", "voted against Boehner's plan"), while an owner is no
# target of other acts ("improved Indonesia's roads") nor of a judgement of other things
# ("counter ISIS's propaganda", "degrade Assad's capability").
JUDGING_CODES = ("11", "12", "051")
# The bare statement, CAMEO 010 (speech.py reads it from here).
STATEMENT = "010"
JUDGED_HEADS = frozenset({
    "decision", "plan", "proposal", "policy", "request", "claim", "remark", "comment",
    "statement", "ruling", "opinion", "analysis", "approach", "move", "action", "attempt",
    "suggestion", "stance", "position", "demand", "offer", "idea", "bid", "view", "assertion",
    "accusation", "allegation", "argument", "strategy", "handling", "conduct", "behavior",
    "behaviour", "response", "order", "tilt", "agenda", "nomination", "choice", "initiative",
    # qualities judged of their owner: "questioned Trump's fitness", "praised her leadership"
    "fitness", "legitimacy", "credibility", "integrity", "impartiality", "judgment",
    "judgement", "motive", "competence", "honesty", "sincerity", "leadership", "record",
}) | {  # and the acts of events_acts.py: "the Ryan budget", "Obama's executive order"
    n for n in en_lexicon.GOVERNMENT_ACT_NOUNS | en_lexicon.COURT_ACT_NOUNS if " " not in n
}  # fmt: skip
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def judged_owner(
    actor: Actor, frame: Frame, slots: tuple[str, ...], code: str, sent: Sentence | None
) -> bool:
    """Whether the actor owns the decision, plan or statement (:data:`JUDGED_HEADS`) that a
    judging code (:data:`JUDGING_CODES`) is aimed at: "Merkel's proposal", "their decision"
    (a resolved possessive pronoun), "the Obama immigration plan" (a compound)."""
    if sent is None or not code.startswith(JUDGING_CODES):
        return False
    owns = possessor(actor, sent) or actor.span.text.casefold() in POSSESSIVE_PRONOUNS
    return any(
        {a.head.casefold(), singular(a.head.casefold())} & JUDGED_HEADS
        and (owns or _compound_owner(actor, a, sent))
        for slot in slots
        for a in role_arguments(frame, slot)
        if a.span.contains(actor.span)
    )


def judged_authors(
    frame: Frame,
    slots: tuple[str, ...],
    code: str,
    frames: Sequence[Frame],
    actors: Sequence[Actor],
) -> list[Actor]:
    """The authors of what a judging code (:data:`JUDGING_CODES`) is aimed at, named as the
    agent of a passive participle or relative clause in or on the filler ("kritisierten die
    von der Bundesregierung beschlossene Entlastung", "criticized the package announced by
    the government"), or denied ("rejected the accusations made by Britain"): the author is
    judged."""
    if not code.startswith((*JUDGING_CODES, _DENY)):
        return []
    fillers = [a.span for slot in slots for a in role_arguments(frame, slot)]
    agents = [
        argument.span
        for described in frames
        if described.clause == "relative"
        and described.voice == "passive"
        and any(
            filler.contains(described.trigger) or subject.span == filler
            for filler in fillers
            for subject in described.args("subj")
        )
        for argument in described.arguments
        if argument.role == "agent"
    ]
    return [a for a in actors if any(agent.contains(a.span) for agent in agents)]


def _compound_owner(actor: Actor, argument: Argument, sent: Sentence) -> bool:
    """Whether the actor premodifies the filler's head in a compound: right before it ("the
    Obama plan", "the Chinese proposal") or, a person or body with a role, before other
    nouns ("the Obama immigration plan"). A state's name says what the act is about ("his
    Iran policy", "the Iran sanctions bill"), a role word alone who takes part ("Trump's
    military policies"): neither owns it."""
    inside = tokens_in(argument.span, sent)
    heads = [t for t in inside if t.text == argument.head]
    if not heads or heads[-1].start < actor.span.end or bare_agent(actor):
        return False
    named = [t for t in inside if actor.span.contains(Span(t.start, t.end, t.text))]
    if len(actor.code) == 3 and any(t.pos != "ADJ" for t in named):
        return False
    between = [t for t in sent.tokens if actor.span.end <= t.start and t.end <= heads[-1].start]
    if any(t.pos not in {"NOUN", "PROPN", "ADJ"} for t in between):
        return False
    return not between or len(actor.code) > 3


def tokens_in(span: Span, sent: Sentence) -> list[Token]:
    """The sentence's tokens that lie wholly inside ``span``."""
    return [t for t in sent.tokens if span.start <= t.start and t.end <= span.end]


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def without_possessors(inside: Sequence[Actor], sent: Sentence) -> list[Actor]:
    """The actors of one phrase that are not only the owner of another of its words, when
    any is: "a member of Netanyahu's security cabinet, Naftali Bennett" is Bennett."""
    owned = [a for a in inside if not possessor(a, sent)]
    return owned or list(inside)


def harm_lemmas(patterns: Patterns) -> frozenset[str]:
    """The predicates with a sense of force or coercion (CAMEO roots 17 to 20): kill, hit,
    detain."""
    return frozenset(p.lemma for p in patterns.rows if p.code[:2] in HARM_ROOTS)


def reported_party(actor: Actor, frames: Sequence[Frame], harms: frozenset[str]) -> bool:
    """Whether the mention is a party to a passive clause of force: its subject ("three
    women were killed", "al-Baghdadi was hit in an airstrike"), the victim, or its agent ("the
    plane was shot down by an Iranian missile"), the author. A statement reporting that act
    is not addressed to or about them: the act is the content, and "X said Y did Z" adds no
    010 from X (docs/annotation.md; "reiterated that Greenland could not be bought" still is
    about Greenland)."""
    return any(
        frame.voice == "passive"
        and frame.clause != "nominal"
        and frame.predicate.casefold() in harms
        and any(
            argument.span.contains(actor.span)
            for argument in (*frame.args("subj"), *frame.args("agent"))
        )
        for frame in frames
    )


# Speech codes aimed at the one whose act is reported: judgements, demands (root 10: "fordert,
# dass die Regierung zurücktritt") and threats (root 13).
_JUDGING_OR_WARNING = (*JUDGING_CODES, "10", "13")
# How the English fine tags of verbs begin (PTB VB…, MD).
_VERB_TAGS = ("VB", "MD")
# Verbs of being and of belief: a reported clause with them says what a party is ("Serbien
# sei bereit", "said Iran was a threat", "said the allies need more time") or what someone
# holds true ("a misstep by China, I think, would cause an explosion"), which a statement may
# be about.
_STATE_VERBS = {
    "de": frozenset({"sein", "werden", "bleiben", "haben", "gelten", "scheinen"}),
    "en": frozenset({
        "be", "have", "remain", "become", "seem", "appear", "look", "get", "stay", "feel",
        "need", "want", "deserve", "lack", "own", "possess", "think", "believe", "know",
        "hope", "expect", "fear", "doubt", "understand", "suppose", "guess",
    }),
}  # fmt: skip
# The clauses that report what someone said: a subordinate clause ("sagte, Y habe …", "said
# Y had …") and in English a main clause before its speaker ("Y would allow it, X said").
_REPORTED_CLAUSES = {"de": frozenset({"subordinate"}), "en": frozenset({"subordinate", "main"})}


def statement_topics(
    inside: Sequence[Actor],
    frames: Sequence[Frame],
    lang: str,
    sent: Sentence | None,
    code: str,
    said: Sequence[Span] = (),
) -> list[Actor]:
    """The actors of what was said that a statement may be about: none where one of them is
    the subject of a reported act ("X said Y did Z" adds no 010 from X,
    :func:`reported_agent`), except for a judgement, which judges what Y did ("argue that
    Trump could have reached his goals without racist language" criticises Trump), and a
    warning, which warns Y ("warned that a misstep by China would cause an explosion").
    An English bare statement (010) is about what was said before its verb ("said Iraq had
    become a haven"), not about an actor after it ("said the plan would help Iraq", "said
    the deal would prevent Iran from …"; ``said``: the spans of what was said): on the
    train sets 9 in 10 of those statements were false. German word order (the verb second
    or last: "habe ich das Treiben des Königs im Blick") tells no subject so."""
    if code.startswith(_JUDGING_OR_WARNING):
        return list(inside)
    if any(reported_agent(a, frames, lang, sent) for a in inside):
        return []
    if code == STATEMENT and lang == "en" and sent is not None:
        return [a for a in inside if not _after_verb_said(a, said, sent)]
    return list(inside)


def _after_verb_said(actor: Actor, said: Sequence[Span], sent: Sentence) -> bool:
    """Whether a verb of what was said comes before the actor in it."""
    span = next((s for s in said if s.contains(actor.span)), None)
    return span is not None and any(
        t.tag.startswith(_VERB_TAGS) and span.start <= t.start and t.end <= actor.span.start
        for t in sent.tokens
    )


def reported_agent(
    actor: Actor, frames: Sequence[Frame], lang: str, sent: Sentence | None = None
) -> bool:
    """Whether a mention is the subject of a reported clause that states an act of its own
    ("Scholz erklärte, die EU habe die Maßnahmen gelobt", "sagte, der IS habe die Route
    abgeschnitten", "said Russian officers monitored the computers"): "X said Y did Z" adds no
    010 from X to Y (docs/annotation.md); what Y did is coded from its own clause where it
    is an event. An owner or an actor behind a preposition does not act ("said Trump's move
    caused chaos", "said any decision by the US would inflict damage")."""
    states, clauses = _STATE_VERBS.get(lang), _REPORTED_CLAUSES.get(lang, frozenset())
    if states is None:
        return False
    return any(
        frame.reported
        and frame.clause in clauses
        and frame.voice == "active"
        and frame.predicate.casefold() not in states
        # "said Russia had been helpful": an adjective's state, no act
        and en_lexicon.copular_adjective(frame.predicate) is None
        and any(
            argument.span.contains(actor.span) and _acts_in(actor, argument.span, sent)
            for argument in frame.args("subj")
        )
        for frame in frames
    )


def _acts_in(actor: Actor, subject: Span, sent: Sentence | None) -> bool:
    """Whether the actor is who a subject phrase names, not its owner or an attribute."""
    if sent is None:
        return True
    attached = any(
        t.pos == "ADP" and subject.start <= t.start and t.end <= actor.span.start
        for t in sent.tokens
    )
    return not attached and not possessor(actor, sent)


# A coordinated subject of a reciprocal act pairs up among itself up to this many members
# ("the U.S. and China agreed"); "six nations - Britain, Canada, France, ... - pledged to
# cooperate" is each member's act, as the annotation guideline codes a multilateral group,
# not thirty dyads.
_MOST_PAIRED = 2


def pair_up(
    pattern: Pattern,
    sources: list[Actor],
    targets: list[Actor],
    partner_named: bool = False,
    alone: bool = False,
) -> list[tuple[Actor, Actor | None]]:
    """Source-target pairs, self-dyads (same code, unless two different actors) dropped. A
    reciprocal predicate codes both directions, and with no separate partner its coordinated
    subject ("Er und Kim treffen sich") pairs up among itself - not when the partner is
    named but no coded actor ("Germany, France and Poland met with opposition leaders"), and
    three or more members act each on their own."""
    if pattern.reciprocal and not targets and not partner_named and _apart(sources):
        # members counted by their codes or by what they name: of one code too ("Linke, CDU,
        # SPD und Grüne"), not a pronoun among them ("Mr Straw and his Spanish counterpart")
        named = {identity(a) or a.code for a in sources if identity(a) or a.antecedent is None}
        if max(len(named), len({a.code for a in sources})) > _MOST_PAIRED:
            return [(s, None) for s in sources]  # a multilateral group: each member acts
        pairs = [(a, b) for a in sources for b in sources]
    elif targets:
        pairs = [(s, t) for s in sources for t in targets]
        if pattern.reciprocal:
            pairs += [(t, s) for s in sources for t in targets]
    else:
        # a reciprocal row without a target slot names its partner in the subject:
        # "Turkey and Kurdish forces accused each other" with the forces uncoded is no event
        untargeted = not pattern.target and not pattern.reciprocal
        return [(s, None) for s in sources] if (untargeted or alone) else []
    return [(s, t) for s, t in pairs if s.code != t.code or two_actors(s, t)]


def _apart(sources: list[Actor]) -> bool:
    """Two or more different actors: of different codes, or two of one code that
    :func:`two_actors` tells apart ("zwischen Merkel und den Länderchefs")."""
    if len({a.code for a in sources}) > 1:
        return True
    return any(two_actors(a, b) for a in sources for b in sources if a is not b)


def unaddressed(events: Sequence[Event]) -> str:
    """Why an appeal, demand, rejection or threat is no event, or "": it names no coded
    addressee ("rejected calls for trade relief", "refused to eat") - the guideline codes
    these only towards someone."""
    if events and all(e.target is None and _addressed(e.cameo) for e in events):
        return f"{events[0].cameo} needs an addressee and none is coded"
    return ""


def public_partner(events: Sequence[Event], lang: str = "") -> str:
    """Why cooperation with the public at large is no event, or "": a bare role word of
    society ("voters", "customers", "the crowd") as a partner of support, praise or joint
    acts is campaigning or opinion ("might still support him", "greeted the crowd",
    "would give local businesses customers"), not cooperation between political actors;
    in German, talks with the media are an interview."""
    if events and all(_cooperation(e.cameo) and _public(e) for e in events):
        return f"{events[0].cameo} with the public at large ('{_public(events[0])}')"
    if lang == "de" and events and all(_interview(e) for e in events):
        return f"{events[0].cameo} with the media is an interview, no talks"
    return ""


def between_companies(events: Sequence[Event]) -> str:
    """Why a deal or dispute is no event, or "": both sides are business ("Heineken invested
    in the Chinese beer industry", "the bank will list on the Tokyo Stock Exchange"); a
    government acting on a company is one (docs/annotation.md, "Business")."""
    if events and all(_business(e.source) and _business(e.target) for e in events):
        return f"{events[0].cameo} between companies is no political event"
    return ""


def _business(actor: Actor | None) -> bool:
    return actor is not None and actor.code[3:6] == BUSINESS_ROLE


def migrants_travelling(events: Sequence[Event]) -> str:
    """Why a visit is none, or "": refugees and migrants who arrive somewhere ("die
    Flüchtlinge, die in Italien eingetroffen sind", "2,000 migrants arrived in Greece"), and
    people at large ("Menschen aus Österreich sind nach Syrien gereist") travel; a visit
    (042, 043) is a political actor's, to a political host: one to people at large, a
    school, a firm or a hospital by anyone but a state's organs ("salesmen had visited
    potential U.S. customers", "Michelle Obama was visiting a high school") is none either."""
    if events and all(_migrant_visit(e) or _society_hosts(e) for e in events):
        return f"{events[0].cameo}: no political actor visits or hosts"
    return ""


def _visit_sides(event: Event) -> tuple[Actor | None, Actor | None] | None:
    """(visitor, host) of a visit (042) or a hosted visit (043), else None."""
    if event.cameo.startswith(VISIT):
        return event.source, event.target
    if event.cameo.startswith(HOSTED_VISIT):
        return event.target, event.source
    return None


def _migrant_visit(event: Event) -> bool:
    sides = _visit_sides(event)
    return sides is not None and sides[0] is not None and sides[0].code[3:6] in TRAVELLING_ROLES


def _society_hosts(event: Event) -> bool:
    sides = _visit_sides(event)
    if sides is None or sides[1] is None or sides[1].code[3:6] not in SOCIETY_SECTORS:
        return False
    return sides[0] is None or sides[0].code[3:6] not in STATE_ORGANS


def _interview(event: Event) -> bool:
    """Talks of which one side is the media: the speaker addresses the public."""
    sides = [a.code[3:6] == MEDIA_ROLE for a in (event.source, event.target) if a is not None]
    return event.cameo[:2] == CONSULT_ROOT and any(sides) and not all(sides)


def _cooperation(code: str) -> bool:
    return code[:2] in COOPERATION_ROOTS and code[:3] != MEETING_INTENT


def _public(event: Event) -> str:
    return next(
        (
            a.span.text
            for a in (event.source, event.target)
            # not a reference ("the two countries"): it stands for the actors it resolves to
            if a is not None
            and a.antecedent is None
            and bare_agent(a)
            and a.code[3:6] in SOCIETY_SECTORS
        ),
        "",
    )


def without_descriptions(inside: Sequence[Actor], sent: Sentence) -> list[Actor]:
    """The actors of one phrase without those that only describe an actor before them
    ("Mr. Tillerson, former CEO of Exxon"; "Soleimani, the head of Iran's Quds Force") or
    only name the country of an actor right after them ("the U.S. Justice Department"). A
    list stays whole: "Russia, the US and China"."""
    ordered = sorted(inside, key=lambda a: a.span.start)
    kept: list[Actor] = []
    for actor in ordered:
        earlier = [k for k in kept if k.span.end <= actor.span.start]
        if earlier and _describes(earlier[-1], actor, sent):
            continue
        kept.append(actor)
    return [a for a in kept if not any(_names_country_of(a, b, sent) for b in kept)]


def _between(first: Actor, later: Actor, sent: Sentence) -> list[Token]:
    return [t for t in sent.tokens if first.span.end <= t.start and t.end <= later.span.start]


def _describes(first: Actor, later: Actor, sent: Sentence) -> bool:
    """Whether ``later`` stands in an apposition to ``first``: after a comma, no conjunction
    between, a few words without a verb, and a description (a common noun, or a role word
    itself: "former CEO")."""
    between = _between(first, later, sent)
    if not between or between[0].text != "," or len(between) > _DESCRIPTION_WORDS:
        return False
    if any(t.pos in {"CCONJ", "VERB", "AUX"} for t in between):
        return False
    described = any(t.pos == "NOUN" and t.text.islower() for t in between)
    return described or later.entry.startswith(ACTOR_AGENTS)


def _names_country_of(first: Actor, later: Actor, sent: Sentence) -> bool:
    """Whether ``first`` is a bare country name right before an actor of that country
    ("the U.S. Justice Department": one actor, the department)."""
    return (
        later.span.start >= first.span.end
        and not _between(first, later, sent)
        and first.country == later.country
        and len(first.code) == 3
    )


def _addressed(code: str) -> bool:
    return code[:2] in ADDRESSED_ROOTS and code[:3] not in UNADDRESSED_CODES

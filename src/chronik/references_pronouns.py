"""Personal and possessive pronouns (part of the ActorCoder stage, references.py), each
resolved to the most recent compatible actor a few sentences back:

- a person: "er", "he", "she", "him", "his", "her", German "ihn", "ihm", "sein…", and
  "ihr…" for a woman only (not a singular "sie": it is as often a feminine noun);
- a state or organisation (a party, an armed group or a body too: "Labour … its",
  "Hamas … It said"): "its", and "it" as a subject ("The army said it had …");
- a group: "they", "them", "their", German "ihnen" and "sie" next to a plural finite verb;
  a coordinated pair named just before ("Trump und Kim … Sie trafen sich") comes first; a
  group noun, party or armed group written in the plural ("Democrats … They said") counts;
- "the two", "the pair" as a subject ("when the two met"): that pair only.

A person pronoun agrees in gender with its person (references_gender.py); people the
dictionary does not code ("Ms. Rios") take the pronouns nearest to them, which then stand
for no actor.

A German subject pronoun that opens reported speech in the Konjunktiv stands for the
speaker named after it ("Er sei kein Rassist, sagte Trump"). Otherwise an antecedent in the
pronoun's own sentence before it wins (the latest such); else the nearest earlier sentence
with a compatible actor, and there its subject, its first actor at the sentence start, or
its last actor. The Actor's span is the pronoun, its
``antecedent`` the mention it stands for. Only with tokens (the analyzers' sentences).
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .actors import Mention
from .actors_words import AND_WORDS
from .analysis.en_lexicon import MODALS, ONE_PERSON_NOUNS
from .document import Document
from .records import Actor, Frame, Sentence, Span, Token
from .references_descriptions import STATE_NOUNS
from .references_gender import (
    PRONOUN_GENDER,
    Gender,
    blockers,
    fits,
    person_genders,
    title_gender,
    votes,
)
from .spans import SpanIndex

Kind = Literal["person", "thing", "group"]

PERSON_WORDS = frozenset(
    {"er", "he", "she", "him", "his", "her", "ihn", "ihm", "sein", "seine", "seinen", "seinem",
     "seiner", "seines"}
)  # fmt: skip
# German possessive "ihr…" stands for a woman the article shows as one (fits() in
# references_gender.py) and for nothing else: it is as often a plural group or a feminine
# noun, and the plural nouns nearer to it ("alle Kinder … ihre Kitas", "Die Dinge gehen
# ihren Gang") are no actors, so they would not block a group or state further back.
HER_WORDS = frozenset({"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"})
OBJECT_WORDS = frozenset({"him", "her", "them", "ihn", "ihm", "ihnen"})
GROUP_WORDS = frozenset({"they", "them", "their", "ihnen"})
# Subject pronouns: in their own sentence they look for a subject first; once resolved,
# they are candidates for later pronouns ("Wyden … He told me … He said").
_NOMINATIVE = frozenset({"he", "she", "it", "they", "er", "sie"})
# The verbs after which "it" is a dummy subject ("it is clear", "it seems").
_DUMMY_AFTER = frozenset({"is", "was", "'s", "’s", "seems", "seemed", "appears", "remains"})
_AUXILIARIES = MODALS | {"will", "has", "had", "have", "not", "also", "'ll", "’ll", "'d", "’d"}
# Progressives that keep a dummy "it" ("it is becoming clear", "it was beginning to look").
_RAISING = frozenset({"being", "becoming", "getting", "going", "looking", "beginning", "starting",
                      "proving", "turning", "seeming", "appearing", "raining"})  # fmt: skip
# Participles of a passive with a dummy "it" ("it was reported that", "it is believed"), and
# the words that open the clause such a passive introduces ("it was agreed to", "whether").
_CLAUSE_PARTICIPLES = frozenset(
    {"said", "reported", "believed", "thought", "known", "understood", "expected",
     "announced", "claimed", "feared", "hoped", "estimated", "rumored", "rumoured", "alleged",
     "felt", "decided", "agreed", "noted", "considered", "argued", "suggested", "assumed",
     "shown", "found", "learned", "learnt", "planned", "proposed", "recommended", "stressed",
     "emphasised", "emphasized", "confirmed", "revealed", "made", "done", "needed"}
)  # fmt: skip
_CLAUSE_OPENERS = frozenset({"that", "to", "whether", "if", "how", "what", "why", "when"})
_PAIR_WORDS = frozenset({"two", "pair"})
_REACH = 2  # sentences back
# German nouns carry no number in the analysis: a plural "sie" may stand for any group or
# organisation ("Die Demonstranten …", "Die Polizei … Sie hatten …").
_GERMAN_PLURAL: frozenset[Kind] = frozenset({"group", "thing"})
# Kinds of named mentions that are one state or organisation ("it": also a company the
# dictionary names, "Bank of America"), or with a plural head a group ("Democrats slammed
# the report. They said …").
_THING_KINDS = frozenset(
    {"country", "seat", "igo", "ngo", "composed", "government", "party", "group", "body", "mnc"}
)
_SUBJECT_HEAD_TAGS = frozenset({"NN", "NNP", "NNS", "NNPS"})
# Of those, the kinds a plural head makes a group ("they"); "the United States" stays one.
_GROUP_KINDS = frozenset({"composed", "party", "group", "body"})


@dataclass(frozen=True)
class Candidate:
    """An actor a pronoun may stand for, with what it is (person, thing or group) and, for a
    person, the gender the article shows. A person the dictionary does not code has no
    ``code``: a pronoun that stands for them gets no actor."""

    code: str
    entry: str
    name: str
    span: Span
    kind: Kind
    gender: Gender | None = None
    refers: Span | None = None  # for a resolved pronoun: the mention it stands for


def candidates(
    doc: Document,
    named: Sequence[tuple[Mention, Span]],
    groups: Sequence[Actor],
    people: Sequence[Actor] = (),
    described: Sequence[Actor] = (),
) -> list[Candidate]:
    """The named mentions, the coded groups, the titled people the dictionary lacks
    (references_people.py) and the definite descriptions ("the home secretary", "the
    country": references_descriptions.py), in text order, each with its kind and a person
    with the gender the article shows; and the uncoded people (references_gender.py) and
    groups. A noun for one person ("the counselor", "a child") is no "it"."""
    plural = _plural_heads(doc)
    spoken_for = _before_person_noun(doc)
    found = [
        Candidate(m.code, m.entry, m.name, s, _kind_of(m, s, doc.lang, plural, spoken_for))
        for m, s in named
        if m.code and (m.kind == "person" or m.titled or m.kind in _THING_KINDS)
    ]
    found += [
        Candidate(a.code, a.entry, a.name, a.span, "group" if a.span.end in plural else "thing")
        for a in groups
    ]
    found += [Candidate(a.code, a.entry, a.name, a.span, "person") for a in people]
    found += [
        Candidate(a.code, a.entry, a.name, a.span, _described_kind(a), refers=a.antecedent)
        for a in described
    ]
    genders = person_genders(doc, [(c.name, c.span) for c in found if c.kind == "person"])
    gender = {c.span: spoken_for.get(c.span.end) or genders.get(c.name) for c in found}
    found = [replace(c, gender=gender[c.span]) if c.kind == "person" else c for c in found]
    people_names = [c.name for c in found if c.kind == "person"]
    uncoded = blockers(doc, [c.span for c in found], people_names)
    found += [Candidate("", "", b.name, b.span, "person", b.gender) for b in uncoded]
    found = [c for c in found if not (c.kind == "thing" and _one_person(c.span, doc.lang))]
    found += _uncoded_subjects(doc, [c.span for c in found])
    return sorted(found, key=lambda c: c.span.start)


def _described_kind(actor: Actor) -> Kind:
    """A description is a state ("the country", "das Land") or else a person ("the
    president", "the home secretary", "der 57-Jährige")."""
    words = actor.span.text.casefold().split()
    return "thing" if words and words[-1] in STATE_NOUNS else "person"


def _one_person(span: Span, lang: str | None) -> bool:
    """Whether a mention's head is a noun for one person ("a single woman", "the attorney",
    "der russische Außenminister", "Sprecher des Auswärtigen Amtes")."""
    words = span.text.split()
    if not words:
        return False
    if words[-1].lower() in ONE_PERSON_NOUNS or title_gender(words[-1], lang) is not None:
        return True
    # a German office heads its genitive: "Sprecher des Auswärtigen Amtes"
    return lang == "de" and len(words) > 1 and title_gender(words[0], lang) is not None


def _uncoded_subjects(doc: Document, coded: Sequence[Span]) -> list[Candidate]:
    """English subjects that no actor is in: in the plural a group ("Large campaigns can
    afford their …", "The judges … They"), in the singular a thing ("DEC says it has …",
    "The report criticised Iran. It said …"); a pronoun nearest to them stands for no actor.
    Only their head noun is the Candidate's span; nouns for a person are no "it"."""
    if doc.lang != "en":
        return []
    heads = {t.end: t for sent in doc.sentences for t in sent.tokens if t.tag in _SUBJECT_HEAD_TAGS}
    taken = SpanIndex(coded)
    found = []
    for frame in doc.frames:
        for argument in frame.arguments:
            if argument.role != "subj":
                continue
            for member in argument.members:
                head = heads.get(member.end)
                if head is None or taken.overlaps(member.start, member.end):
                    continue
                kind: Kind = "group" if head.tag in ("NNS", "NNPS") else "thing"
                span = Span(head.start, head.end, head.text)
                if kind == "group" or not _one_person(span, doc.lang):
                    found.append(Candidate("", "", member.text, span, kind))
    return found


def _kind_of(
    mention: Mention,
    span: Span,
    lang: str | None,
    plural: set[int],
    spoken_for: dict[int, Gender | None],
) -> Kind:
    if mention.kind in _GROUP_KINDS and span.end in plural:
        return "group"  # also titled ones: "European leaders said they …" are several
    if mention.kind == "person" or mention.titled or _one_person(span, lang):
        return "person"  # also "India's finance minister … He said"
    if span.end in spoken_for:
        return "person"  # "A Foreign Ministry spokesman said … He added"
    return "thing"


def _before_person_noun(doc: Document) -> dict[int, Gender | None]:
    """End offsets of English words right before a singular noun for one person ("Foreign
    Ministry spokesman"), with the gender the noun shows: a mention ending there is that
    person's office ("an American Muslim congresswoman who he targeted": not her)."""
    if doc.lang != "en":
        return {}
    return {
        before.end: title_gender(noun.text, doc.lang)
        for sent in doc.sentences
        for before, noun in zip(sent.tokens, sent.tokens[1:], strict=False)
        if noun.tag == "NN" and noun.text.lower() in ONE_PERSON_NOUNS
    }


def _plural_heads(doc: Document) -> set[int]:
    """End offsets of plural nouns (English tags NNS/NNPS; German number features)."""
    return {
        t.end
        for sent in doc.sentences
        for t in sent.tokens
        if t.tag in ("NNS", "NNPS") or (t.pos == "NOUN" and "Number=Plur" in t.morph)
    }


def resolve_pronouns(
    doc: Document,
    named: Sequence[tuple[Mention, Span]],
    pool: Sequence[Candidate],
) -> list[Actor]:
    """An Actor per resolved pronoun (two for "they" after a coordinated pair). Pronouns
    resolved once vote for the gender of the people nothing else showed it of
    (references_gender.votes); resolved again with it, those standing for an uncoded person
    are dropped."""
    pronouns = {
        t.start: gender
        for sent in doc.sentences
        for t in sent.tokens
        if (gender := PRONOUN_GENDER.get(t.text.lower())) is not None
    }
    clauses = _Clauses.of(doc)
    resolved = _resolve_all(doc, named, pool, clauses)
    found = votes(resolved, pronouns)
    if any(c.kind == "person" and c.gender is None and c.name in found for c in pool):
        # the votes gave someone a gender: resolved again with it (else the same answer)
        pool = [
            replace(c, gender=found.get(c.name)) if c.kind == "person" and c.gender is None else c
            for c in pool
        ]
        resolved = _resolve_all(doc, named, pool, clauses)
    return [a for a in resolved if a.code]


@dataclass(frozen=True)
class _Clauses:
    """What the frames say of a document's clauses, read once for both passes: every
    subject member, and per word of an object or prepositional phrase (start offset) the
    subjects of its clause."""

    subjects: list[Span]
    co_subjects: dict[int, tuple[Span, ...]]

    @classmethod
    def of(cls, doc: Document) -> _Clauses:
        subjects = [
            member
            for frame in doc.frames
            for argument in frame.arguments
            if argument.role == "subj"
            for member in argument.members
        ]
        return cls(subjects, _clause_subjects(doc))


def _resolve_all(
    doc: Document,
    named: Sequence[tuple[Mention, Span]],
    pool: Sequence[Candidate],
    clauses: _Clauses,
) -> list[Actor]:
    subjects, co_subjects = clauses.subjects, clauses.co_subjects
    pool = list(pool)  # grows with the resolved subject pronouns
    actors: list[Actor] = []
    for number, sent in enumerate(doc.sentences):
        for index, token in enumerate(sent.tokens):
            pair_word = token.pos in ("NUM", "NOUN") and _pair_word(sent.tokens, index)
            kind: Kind | None = "group" if pair_word else None
            if token.pos in ("PRON", "DET"):
                kind = _pronoun_kind(sent.tokens, index)
            if kind is None:
                continue
            pronoun = Span(token.start, token.end, token.text)
            if kind == "group":
                previous = doc.sentences[number - 1].start if number else sent.start
                pair = _coordinated_pair(doc.article.text, named, previous, token.start)
                if not pair:
                    # "Trump and Putin praised them": not the clause's own subject
                    own = co_subjects.get(token.start, ()) if _objective(token) else ()
                    pair = _subject_pair(doc, named, pool, (previous, token.start), own)
                if pair:
                    actors += [Actor(m.code, pronoun, m.entry, m.name, s) for m, s in pair]
                    continue
                if pair_word:  # "the two" are two, no one group
                    continue
            # "Obama praised him", "She praised him": not the clause's own subject
            clause = co_subjects.get(token.start, ()) if _objective(token) else ()
            excluded = _excluded(clause, pool, actors)
            german_plural = kind == "group" and token.text.lower() in ("sie", "ihnen")
            kinds = _GERMAN_PLURAL if german_plural else {kind}
            fitting = [
                c
                for c in pool
                if c.kind in kinds
                and c.name not in excluded
                and (c.kind != "person" or fits(c.gender, token.text))
            ]
            chosen = _speaker_after(token, doc.frames_of(sent.index), fitting) or _antecedent(
                token, doc.sentences[: number + 1], fitting, subjects
            )
            if chosen is not None:
                refers = chosen.refers or chosen.span
                actors.append(Actor(chosen.code, pronoun, chosen.entry, chosen.name, refers))
                if token.text.lower() in _NOMINATIVE:  # a subject carries its person on
                    insort(pool, replace(chosen, span=pronoun, refers=refers), key=_start)
    return actors


def _start(candidate: Candidate) -> int:
    return candidate.span.start


def _clause_subjects(doc: Document) -> dict[int, tuple[Span, ...]]:
    """For a word in an object or prepositional phrase of a clause (by start offset): the
    subject spans of that clause."""
    found: dict[int, tuple[Span, ...]] = {}
    for frame in doc.frames:
        subject = tuple(m for a in frame.arguments if a.role == "subj" for m in a.members)
        for argument in frame.arguments:
            if argument.role in ("obj", "iobj", "pp") and subject:
                for offset in range(argument.span.start, argument.span.end):
                    found.setdefault(offset, subject)
    return found


def _objective(token: Token) -> bool:
    """An object pronoun ("him", "them", "ihm"), not a possessive ("his", "her policies")."""
    return token.text.lower() in OBJECT_WORDS and token.tag != "PRP$"


def _excluded(
    subject: Sequence[Span], pool: Sequence[Candidate], resolved: Sequence[Actor]
) -> set[str]:
    """Who the clause's subject is: the names of the candidates in it and, where the subject
    is a resolved pronoun, of its antecedent."""
    if not subject:
        return set()
    names = {c.name for c in pool if _inside(c.span, subject)}
    names |= {a.name for a in resolved if a.antecedent is not None and _inside(a.span, subject)}
    return names


def _inside(span: Span, outer: Sequence[Span]) -> bool:
    return any(o.contains(span) for o in outer)


def _pronoun_kind(tokens: Sequence[Token], index: int) -> Kind | None:
    """What the pronoun at ``index`` stands for, or None (no third-person pronoun, a dummy
    "it", a German "sie" next to no finite verb, or "ihr")."""
    word = tokens[index].text.lower()
    if word in PERSON_WORDS:
        return "person"
    if word in GROUP_WORDS:
        return "group"
    if word == "its":
        return "thing"
    if word in HER_WORDS and tokens[index].tag == "PPOSAT" and tokens[index].text.islower():
        return "person"  # a capital "Ihr" is the polite "your"
    if word == "it" and index + 1 < len(tokens):
        # a subject ("it had attacked"), not an object or a dummy ("it is clear")
        subject = tokens[index + 1].pos in ("VERB", "AUX") and not _dummy_it(tokens, index)
        return "thing" if subject else None
    if word == "sie" and tokens[index].pos == "PRON":
        # a singular "sie" is as often a feminine noun ("die Erklärung"): only a person the
        # article shows as a woman (references_gender.fits)
        number = _verb_number(tokens, index)
        return "group" if number == "Plur" else "person" if number == "Sing" else None
    return None


def _pair_word(tokens: Sequence[Token], index: int) -> bool:
    """ "the two", "the pair" as the subject of the verb right after them ("when the two met
    for a summit", "The pair met on the platform"): two people named before, as "they"."""
    word = tokens[index].text.lower()
    if word not in _PAIR_WORDS or index == 0 or index + 1 >= len(tokens):
        return False
    return tokens[index - 1].text.lower() == "the" and tokens[index + 1].pos in ("VERB", "AUX")


def _dummy_it(tokens: Sequence[Token], index: int) -> bool:
    """Whether "it" at ``index`` is a dummy subject: "it is clear", also behind auxiliaries
    ("it would be meaningful", "it has been reported") and "when it comes to"."""
    words = [t.text.lower() for t in tokens[index + 1 : index + 5]]
    if words[0] in _DUMMY_AFTER and _progressive(tokens[index + 2 : index + 4]):
        return False  # "the Pentagon said it is launching …": the Pentagon acts
    if words[0] in _DUMMY_AFTER and _passive_of_act(tokens[index + 2 : index + 5]):
        return False  # "American Express said it was subpoenaed by the SEC"
    if words[0] in _DUMMY_AFTER or words[:2] in (["comes", "to"], ["came", "to"]):
        return True
    auxiliaries = 0
    while auxiliaries < len(words) and words[auxiliaries] in _AUXILIARIES:
        auxiliaries += 1
    if 0 < auxiliaries < len(words) and words[auxiliaries] == "been":
        return not _passive_of_act(tokens[index + 2 + auxiliaries : index + 6 + auxiliaries])
    return 0 < auxiliaries < len(words) and words[auxiliaries] == "be"


def _progressive(after_be: Sequence[Token]) -> bool:
    """Whether the words after "is"/"was" continue a progressive of an act ("is launching",
    "was not seeking"; not "is being said", "is becoming clear", "is getting late")."""
    verb = next((t for t in after_be if t.text.lower() not in ("not", "n't", "now", "still")), None)
    return verb is not None and verb.tag == "VBG" and verb.text.lower() not in _RAISING


def _passive_of_act(after_be: Sequence[Token]) -> bool:
    """Whether the words after "is"/"was"/"been" are a passive done to the subject ("was
    subpoenaed by", "has been sued", "was not charged in"), not one that opens a clause
    ("it was reported that", "it is expected to", "it was decided") or a predicate
    adjective ("it is clear")."""
    kept = [t for t in after_be if t.text.lower() not in ("not", "n't", "also", "now")]
    if not kept or kept[0].tag != "VBN" or kept[0].text.lower() in _CLAUSE_PARTICIPLES:
        return False
    following = kept[1].text.lower() if len(kept) > 1 else ""
    return following not in _CLAUSE_OPENERS


def _verb_number(tokens: Sequence[Token], index: int) -> str | None:
    """The number ("Sing", "Plur") of the finite verb next to German "sie" ("Sie
    unterzeichneten", "am Montag trafen sie sich"), read from the tagger's features."""
    near = [*tokens[index + 1 : index + 4], *tokens[max(0, index - 1) : index]]
    verb = next((t for t in near if "VerbForm=Fin" in t.morph), None)
    if verb is None and index > 0 and tokens[index - 1].tag == "KOUS":
        # only a singular there: a plural "sie" of a verb-final clause as often stands for
        # people of the same sentence no actor names ("den Leuten …, damit sie protestieren")
        final = _clause_final_verb(tokens, index)
        return "Sing" if final is not None and "Number=Sing" in final.morph else None
    if verb is None:
        return None
    return (
        "Plur" if "Number=Plur" in verb.morph else "Sing" if "Number=Sing" in verb.morph else None
    )


def _clause_final_verb(tokens: Sequence[Token], index: int) -> Token | None:
    """The finite verb that closes the verb-final clause whose subject the pronoun at
    ``index`` is, right behind its conjunction ("kündigte an, dass sie Macron am Montag
    treffen werde"): the first finite verb before the clause's first break."""
    for token in tokens[index + 1 :]:
        if token.tag in ("$,", "$.", "$("):
            return None
        if "VerbForm=Fin" in token.morph:
            return token
    return None


def _coordinated_pair(
    text: str, named: Sequence[tuple[Mention, Span]], start: int, position: int
) -> list[tuple[Mention, Span]]:
    """The two mentions of "Trump und Kim", "Trump and Kim" between ``start`` and
    ``position`` when they are the last named ones before ``position`` and not the end of a
    longer list; else none."""
    before = [(m, s) for m, s in named if start <= s.start and s.end <= position]
    if len(before) < 2:
        return []
    (left, left_span), (right, right_span) = before[-2:]
    joined = text[left_span.end : right_span.start].strip().lower() in AND_WORDS
    # the end of a list ("Britain, Canada, France and Germany … their") is no pair
    listed = len(before) > 2 and text[before[-3][1].end : left_span.start].lstrip().startswith(",")
    return [before[-2], before[-1]] if joined and not listed and left.name != right.name else []


def _subject_pair(
    doc: Document,
    named: Sequence[tuple[Mention, Span]],
    pool: Sequence[Candidate],
    between: tuple[int, int],
    own: Sequence[Span],
) -> list[tuple[Mention, Span]]:
    """The two named mentions of the latest subject "A and B" ``between`` two offsets
    ("Trump and Putin met at the G20. They discussed …"), where no group a "they" may stand
    for comes after it; else none. ``own``: the subjects of an object pronoun's clause,
    which it does not stand for."""
    start, position = between
    found: list[tuple[Mention, Span]] = []
    for subject in _subjects(doc, start, position):
        if any(subject.overlaps(s) for s in own):
            continue
        inside = [(m, s) for m, s in named if m.code and subject.contains(s)]
        pair = len(inside) == 2 and _joined(doc.article.text, subject, inside)
        if pair and (not found or found[0][1].start < inside[0][1].start):
            found = inside
    after = found[1][1].end if found else position
    if any(c.kind == "group" and after <= c.span.start < position for c in pool):
        return []
    return found


def _subjects(doc: Document, start: int, position: int) -> list[Span]:
    """The whole subjects (both conjuncts of "A and B") between ``start`` and ``position``."""
    return [
        argument.span
        for frame in doc.frames
        for argument in frame.arguments
        if argument.role == "subj" and start <= argument.span.start < argument.span.end <= position
    ]


def _joined(text: str, subject: Span, pair: Sequence[tuple[Mention, Span]]) -> bool:
    """Whether the subject is the pair and nothing else: "Trump and Putin", "Mr. Trump and
    Mr. Putin" (capitalised titles may stand before each), two different people or states."""
    (left, first), (right, second) = pair
    before = text[subject.start : first.start].split()
    between = text[first.end : second.start].split()
    titled = all(w[:1].isupper() for w in [*before, *between[1:]])
    return (
        left.name != right.name and subject.end == second.end and between[:1] == ["and"] and titled
    )


def _speaker_after(
    pronoun: Token, frames: Sequence[Frame], fitting: Sequence[Candidate]
) -> Candidate | None:
    """The speaker named after the German reported speech that a subject pronoun opens ("Er
    sei kein Rassist, sagte Trump", "Sie wisse nicht, was der Slogan meine, kritisierte
    Sturgeon"): the Konjunktiv turns the speaker's "I" into "er"/"sie"."""
    if pronoun.text.lower() not in _NOMINATIVE or not any(
        f.mood == "subjunctive" and any(m.start == pronoun.start for m in _subject_members(f))
        for f in frames
    ):
        return None
    for frame in frames:
        # the pronoun opens what was said (after an opening quotation mark at most)
        opened = any(0 <= pronoun.start - a.span.start <= 1 for a in frame.args("comp"))
        speakers = [m for m in _subject_members(frame) if m.start > pronoun.start] if opened else []
        found = [c for c in fitting for m in speakers if m.contains(c.span)]
        if found:
            return found[0]
    return None


def _subject_members(frame: Frame) -> list[Span]:
    return [m for a in frame.args("subj") for m in a.members]


def _antecedent(
    pronoun: Token,
    sentences: Sequence[Sentence],
    fitting: Sequence[Candidate],
    subjects: Sequence[Span],
) -> Candidate | None:
    """The latest fitting candidate before ``pronoun`` in its own sentence (for "he" or
    "she" the latest subject there if any), else the preferred one of the nearest earlier
    sentence (at most ``_REACH`` back) that has one."""
    position = pronoun.start
    current = sentences[-1]
    same = [c for c in fitting if current.start <= c.span.start and c.span.end <= position]
    if same and same[0].kind != "person":
        # "it", "they" in their own sentence: only a subject's head ("The army said it …"),
        # not a modifier ("where it would require" after "Senate Republicans")
        same = [c for c in same if any(c.span.end == s.end for s in subjects)]
    if same and same[0].kind == "person" and pronoun.text.lower() in _NOMINATIVE:
        # "Comey said Trump told him he expected …": a subject before the pronoun first
        leading = [c for c in same if any(c.span.end == s.end for s in subjects)]
        same = leading or same
    if same:
        return same[-1]
    for sent in reversed(sentences[-1 - _REACH : -1]):
        inside = [c for c in fitting if sent.start <= c.span.start < sent.end]
        if inside:
            return _preferred(inside, sent, subjects)
    return None


def _preferred(inside: Sequence[Candidate], sent: Sentence, subjects: Sequence[Span]) -> Candidate:
    """A sentence's subject, else its actor at the sentence start, else its last actor."""
    for candidate in inside:
        if any(s.contains(candidate.span) for s in subjects):
            return candidate
    for candidate in inside:
        if len(sent.text[: candidate.span.start - sent.start].split()) <= 1:
            return candidate
    return inside[-1]

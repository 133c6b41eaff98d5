"""The pattern dictionary: which frame roles hold source and target, and which CAMEO code a
clause expresses, per predicate lemma (``verbs/de.v1.tsv``, ``verbs/en.v1.tsv``; format in
docs/patterns.md). :meth:`Patterns.applicable` ranks the rows whose conditions a frame meets;
the coder (:mod:`chronik.events`) fills their slots with actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

from .analysis import de_lexicon, en_lexicon
from .datafiles import PATTERN_FILES
from .pattern_rows import (
    NEGATED,
    NO_OBJECT,
    ONE_OBJECT,
    flag_value,
    heads,
    implied_source,
    read_rows,
)
from .records import Actor, Argument, Frame, Sentence, Span
from .references_quotes import quotations
from .references_relatives import RELATIVE_TAG, antecedent_end

# Inflection a head word may add to the dictionary form: Sanktion-en, sanction-s, Vertrag-es,
# German adjectives' case endings and superlatives ("unverantwortlich-em", "skandalös-este").
_ENDINGS = (
    "", "e", "n", "en", "s", "es", "se", "er", "ern", "em", "ies", "d", "ed", "ste", "sten",
    "este", "esten",
)  # fmt: skip
_UMLAUTS = str.maketrans("äöü", "aou")
# The shortest first part of a closed compound ("Eis|krise"); shorter is a prefix.
_FIRST_PART = 3
# Roots whose events stand without a target ("a chemical weapons attack by Syrian forces",
# a protest, troops mobilised): a row of these roots with target slots still codes the
# source alone when none of them holds an actor (docs/annotation.md).
SELF_STANDING_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# A quotation mark in a phrase: a name given in quotes ('Kim "Rocket Man"'), not an apostrophe.
_QUOTED = re.compile(r"[“”\"]|(?:^|\s)'|'(?:\s|$)")
# A quotation opening right after an object, behind a possessive or an article at most.
_QUOTE_AFTER = re.compile(r"(?:['’]s)?\s*(?:(?:a|an|the)\s+)?[“\"‘']", re.IGNORECASE)
# A condition head within the filler's head phrase outweighs any longer one after it.
HEAD_WORD_BONUS = 100


@dataclass(frozen=True)
class Condition:
    """``slot`` must be filled (by a word matching one of ``heads``, when given);
    ``refl``/``norefl`` test Frame.reflexive, ``neg`` Frame.negated (``neg=would|future``:
    with that modal or tense)."""

    slot: str
    heads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pattern:
    """One dictionary row. ``target`` is empty when the code takes no target."""

    lemma: str
    kind: str
    conditions: tuple[Condition, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    code: str
    reciprocal: bool
    optional_target: bool
    where: str
    head_target: bool = False
    fallback: bool = False
    note: str = ""
    own_population: bool = False
    # the sector of the authority a passive without agent implies where it happened: COP
    # (an arrest), GOV (a measure), JUD (a conviction); events_implied.py
    implied_source: str = ""
    place_host: bool = False  # a foreign place in the target slot is its government
    paired: str = ""  # the target's code towards the source ("hosted": the guest visited, 042)
    # the code where source and target are political actors of one country ("Die Grünen
    # griffen die Regierung an" is criticism, 111, not an assault): events_verbal.py
    verbal: str = ""
    # the code where the source is a state, an office or an institution ("China protested
    # against the arms sales" is an official complaint, 114; students protesting
    # demonstrate, 141): events_verbal.py
    official: str = ""

    @property
    def reads_negation(self) -> bool:
        """A row for the negated predicate ("did not comment" is 011): its event is the
        negation, not a negated event."""
        return any(c.slot == NEGATED for c in self.conditions)


def _parse_conditions(text: str, sets: Mapping[str, tuple[str, ...]]) -> tuple[Condition, ...]:
    conditions = []
    for item in text.split():
        slot, _, words = item.partition("=")
        conditions.append(Condition(slot, heads(words, sets)))
    return tuple(conditions)


@dataclass(frozen=True)
class Patterns:
    """A language's pattern dictionary: its rows in file order, the intent lemmas (modal
    and control verbs that make the governed action intended: wollen, plan), the
    negating lemmas (control verbs that deny it: sich weigern, refuse), the requesting
    lemmas (verbs that ask another actor for the governed action: auffordern, urge) and
    the intent markers (words that make a meeting one still to come: "nächste",
    "upcoming"), the hypothetical modals (should, müssen: an obligation is no fact) and
    the alleging lemmas (vorwerfen, accuse: the governed action is only alleged) and the
    document nouns (Abkommen, treaty: a clause giving their content is no event, contents.py)."""

    rows: tuple[Pattern, ...]
    intent_lemmas: frozenset[str] = frozenset()
    negating_lemmas: frozenset[str] = frozenset()
    intent_markers: frozenset[str] = frozenset()
    requesting_lemmas: frozenset[str] = frozenset()
    hypothetical_modals: frozenset[str] = frozenset()
    alleging_lemmas: frozenset[str] = frozenset()
    document_lemmas: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lang_or_path: str | Path) -> Patterns:
        """The packaged dictionary of a language (``"de"``), or a file of the same format.
        A language's hand-written rows (``verbs/en.v1.tsv``) come first; derived rows
        (``verbs/en.petrarch.v1.tsv``, converted from PETRARCH-2), where packaged, follow."""
        names: list[str | Path] = (
            [lang_or_path]
            if isinstance(lang_or_path, Path)
            else list(PATTERN_FILES.get(lang_or_path, ()))
        )
        rows, sets = read_rows(names)
        patterns = tuple(
            Pattern(
                lemma=r["lemma"].casefold(),
                kind=r["kind"],
                conditions=_parse_conditions(r.get("when"), sets),
                source=tuple(r["source"].split("|")),
                target=() if r.get("target", "-") == "-" else tuple(r["target"].split("|")),
                code=r["code"],
                reciprocal="reciprocal" in r.get("flags").split(),
                optional_target="optional-target" in r.get("flags").split(),
                head_target="head-target" in r.get("flags").split(),
                fallback="fallback" in r.get("flags").split(),
                own_population="own-population" in r.get("flags").split(),
                implied_source=implied_source(r.get("flags")),
                place_host="place-host" in r.get("flags").split(),
                paired=flag_value(r.get("flags"), "paired"),
                verbal=flag_value(r.get("flags"), "verbal"),
                official=flag_value(r.get("flags"), "official"),
                where=r.where,
                note=r.get("note"),
            )
            for r in rows
            if r["kind"] in {"verb", "noun"}
        )

        def lemmas(kind: str) -> frozenset[str]:
            return frozenset(r["lemma"].casefold() for r in rows if r["kind"] == kind)

        return cls(
            patterns,
            lemmas("intent"),
            lemmas("negating"),
            lemmas("intent-marker"),
            lemmas("requesting"),
            lemmas("hypothetical"),
            lemmas("alleging"),
            lemmas("document"),
        )

    def candidates(self, frame: Frame) -> list[Pattern]:
        """Rows for the frame's predicate. An event noun also matches as the last part of
        a compound ("Arbeitsgespräch" ~ "Gespräch"); the full lemma is preferred."""
        lemma = frame.predicate.casefold()
        if frame.clause != "nominal":
            return list(self._by_lemma.get(("verb", lemma), ()))
        exact = self._by_lemma.get(("noun", lemma))
        if exact:
            return list(exact)
        # the rows of each ending of five letters or more, back in file order
        found = [row for end in range(len(lemma) - 4) for row in self._nouns.get(lemma[end:], ())]
        return [pattern for _, pattern in sorted(found, key=lambda row: row[0])]

    @cached_property
    def _nouns(self) -> dict[str, list[tuple[int, Pattern]]]:
        """Noun rows of five letters or more by lemma, with their place in the file."""
        index: dict[str, list[tuple[int, Pattern]]] = {}
        for position, pattern in enumerate(self.rows):
            if pattern.kind == "noun" and len(pattern.lemma) >= 5:
                index.setdefault(pattern.lemma, []).append((position, pattern))
        return index

    @cached_property
    def _by_lemma(self) -> dict[tuple[str, str], tuple[Pattern, ...]]:
        index: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in self.rows:
            index.setdefault((pattern.kind, pattern.lemma), []).append(pattern)
        return {key: tuple(rows) for key, rows in index.items()}

    def applicable(
        self, frame: Frame, sent: Sentence | None = None, infinitives: tuple[Frame, ...] = ()
    ) -> tuple[list[Pattern], list[Pattern]]:
        """The candidate rows and, best first, those whose conditions all hold: most
        conditions, then the longest matched words ("Wirtschaftshilfe" beats "Hilfe"),
        then the first in the file. ``infinitives`` are the infinitive clauses that depend
        on the frame; a ``comp`` condition reads them ("forderte Iran auf, ... freizulassen")."""
        candidates = self.candidates(frame)
        slots = _SlotTexts(frame, sent, infinitives)
        scored = []
        for order, pattern in enumerate(candidates):
            matched = slots.match_lengths(pattern.conditions)
            if matched is not None:
                scored.append((len(matched), sum(matched), -order, pattern))
        if any(not s[3].fallback for s in scored):
            scored = [s for s in scored if not s[3].fallback]
        scored.sort(key=lambda s: s[:3], reverse=True)
        return candidates, [s[3] for s in scored]


# ---------------------------------------------------------------- roles and actors


def actors_in(spans: Iterable[Span], actors: tuple[Actor, ...]) -> list[Actor]:
    """Actors whose span lies inside one of ``spans``, outermost only ("die Regierung von
    Nordkorea" wins over the "Nordkorea" inside it); actors sharing a span are all kept."""
    found = [a for a in actors if any(starts_in(s, a.span) for s in spans)]
    return [
        a
        for a in found
        if not any(
            b.span.contains(a.span) and (a.span.start, a.span.end) != (b.span.start, b.span.end)
            for b in found
        )
    ]


def starts_in(span: Span, actor: Span) -> bool:
    """Whether an actor lies in ``span``, begins inside it and runs on past its end, or
    holds it whole: a parser may cut off part of the actor ("die Regierung | in London",
    "Thousands of | Venezuelans")."""
    return span.contains(actor) or span.start <= actor.start < span.end or actor.contains(span)


def stands_alone(pattern: Pattern, frame: Frame, sent: Sentence | None = None) -> bool:
    """Whether the row codes its source alone when no target actor is found: flagged
    ``optional-target``, or of a root CAMEO codes for one actor (:data:`SELF_STANDING_ROOTS`)
    in a clause that names no target at all ("the attack by Syrian forces"; not "killed
    several jihadists" nor "airstrikes against targets in Iraq", whose target is only not
    coded)."""
    if pattern.optional_target:
        return True
    return pattern.code[:2] in SELF_STANDING_ROOTS and not names_target(pattern, frame, sent)


def behind_allegation_preposition(frame: Frame, sent: Sentence | None) -> bool:
    """Whether the frame's predicate follows "of" / "for" ("accused Russia of attacking")."""
    if sent is None:
        return False
    before = [t for t in sent.tokens if t.end <= frame.trigger.start]
    return bool(before) and before[-1].text.casefold() in en_lexicon.ALLEGATION_PREPOSITIONS


def partner_named(pattern: Pattern, frame: Frame) -> bool:
    """Whether the clause names a partner apart from the subject: a target slot holds words,
    or a co-agent phrase ("negotiating alongside the U.S."), which makes the coordinated
    subject one side acting together, not partners of each other."""
    return any(role_arguments(frame, slot) for slot in pattern.target) or any(
        a.role == "pp" and (a.prep or "").casefold() in en_lexicon.CO_AGENT_PREPOSITIONS
        for a in frame.arguments
    )


def names_target(pattern: Pattern, frame: Frame, sent: Sentence | None = None) -> bool:
    """Whether a target slot of the row holds any words. A slot a condition tests holds what
    the row is about, not the target ("launched an attack", "imposed a curfew")."""
    tested = {c.slot for c in pattern.conditions if c.heads}
    return any(
        _slot_named(frame, slot, sent) for slot in pattern.target if slot not in tested | {"comp"}
    )


def _slot_named(frame: Frame, slot: str, sent: Sentence | None) -> bool:
    """Whether the slot holds words other than a time ("launched an attack on Monday")."""
    if any(not is_time_phrase(a.span.text) for a in role_arguments(frame, slot)):
        return True
    prep = slot.partition(":")[2]
    if not prep or sent is None:
        return False
    after = (text.partition(" ")[2] for text in _texts_after_preposition(frame, prep, sent))
    return any(not is_time_phrase(text) for text in after)


# Words before the time noun of a time phrase ("the", "last", "3.", "am"; a preposition the
# parser left inside the phrase: "late at night").
_TIME_PREMODIFIERS = frozenset(
    {"the", "this", "last", "next", "early", "late", "every", "am", "im", "der", "dem", "den",
     "diesem", "letzten", "nächsten", "vergangenen", "kommenden", "frühen", "späten", "at",
     "in", "on"}
)  # fmt: skip


@cache
def _time_nouns() -> frozenset[str]:
    return en_lexicon.TIME_NOUNS | de_lexicon.time_nouns()


def is_time_phrase(text: str) -> bool:
    """Whether the phrase is a time: its first word that is no determiner, time adjective
    or number is a time noun of either lexicon ("Monday", "the morning", "3. Mai")."""
    for word in text.split()[:4]:
        folded = word.casefold().strip(".,;:")
        if folded in _time_nouns():
            return True
        if folded not in _TIME_PREMODIFIERS and not folded[:1].isdigit():
            return False
    return False


def _objects(frame: Frame) -> tuple[Argument, ...]:
    return frame.args("obj") + frame.args("iobj")


def _one_object(frame: Frame, sent: Sentence | None) -> bool:
    """Whether an active clause has one object and nothing said of it: "called Erdogan", not
    a naming ("called Kim a liar", 'called Kim "Rocket Man"', "called the plan illegal"),
    also where the parser left the quoted name out of the clause ('calling Trump a
    "dotard"')."""
    objects = _objects(frame)
    if frame.voice != "active" or len(objects) != 1:
        return False
    if any((a.prep or "").casefold() == "as" for a in frame.args("pp")):
        return False
    span = objects[0].span
    after = sent.text[span.end - sent.start :] if sent is not None else ""
    return not _QUOTED.search(span.text) and not _QUOTE_AFTER.match(after)


def role_arguments(frame: Frame, slot: str) -> tuple[Argument, ...]:
    """Arguments filling an active-voice slot. In a passive clause the agent ("von X",
    "by X") is the subject and the passive subject is the object, also in a participle
    with an agent but no object, whatever voice the parser saw ("bases seized by the army";
    not "condemned the attack by Russia")."""
    role, _, prep = slot.partition(":")
    passive = frame.voice == "passive" or _participle_with_agent(frame)
    if passive and role == "subj":
        return frame.args("agent")
    if passive and role == "obj":
        return frame.args("subj") + frame.args("obj")
    if role == "pp":
        return tuple(a for a in frame.args("pp") if (a.prep or "").casefold() == prep)
    return frame.args(role)  # type: ignore[arg-type]


def _participle_with_agent(frame: Frame) -> bool:
    roles = {a.role for a in frame.arguments}
    return frame.clause == "relative" and "agent" in roles and "obj" not in roles


def matches_word(word: str, head: str) -> bool:
    """``head`` (dictionary form) matches ``word`` itself, inflected, or as the last part of
    a compound - from five letters on, or after a hyphen: Sanktion ~ Wirtschaftssanktionen,
    Demo ~ Corona-Demos, sanction ~ sanctions, penalty ~ penalties; but "aid" does not match
    "said"."""
    at = word.rfind(head)
    if at < 0 and head.endswith("y") and word.endswith("ies"):
        stem = head[:-1]  # an English plural replaces the "y"
        at = word.rfind(stem)
        return at >= 0 and _whole_part(word, at, head) and at + len(stem) == len(word) - 3
    return at >= 0 and _whole_part(word, at, head) and word[at + len(head) :] in _ENDINGS


def _whole_part(word: str, at: int, head: str) -> bool:
    """Whether ``head`` found at ``at`` is the word or the last part of a compound: a
    compound's first part has three letters or more (not "l" + "awful", "un" + "fair")."""
    return at == 0 or (len(head) >= 5 and at >= _FIRST_PART) or word[at - 1 : at] == "-"


def _matches(text: str, head: str) -> bool:
    """A one-word head matches a word of ``text``; a phrase ("human rights") matches a
    run of words, its last word inflected."""
    folded, words = _folded_words(text)
    parts = _folded_parts(head)
    return _holds_last(folded, parts[-1]) and _run_matches(words, parts)


def _holds_last(folded: str, last: str) -> bool:
    """Whether a folded text holds a head's last word, or its English plural in -ies: a
    match needs it, and most heads fail at this substring test."""
    return last in folded or (last.endswith("y") and last[:-1] + "ies" in folded)


def _run_matches(words: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """The head's folded words ``parts`` occur in ``words``, the last one inflected."""
    for i in range(len(words) - len(parts) + 1):
        if words[i : i + len(parts) - 1] == parts[:-1] and matches_word(
            words[i + len(parts) - 1], parts[-1]
        ):
            return True
    return False


# Kept: every head of every candidate row is matched against the same few filler texts.
@lru_cache(maxsize=8192)
def _folded_words(text: str) -> tuple[str, tuple[str, ...]]:
    folded = fold(text)
    return folded, tuple(re.findall(r"\w[\w-]*", folded))


@lru_cache(maxsize=8192)
def _folded_parts(head: str) -> tuple[str, ...]:
    return tuple(fold(head).split())


@cache
def _folded_heads(heads: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A condition's heads with their folded words (one entry per condition of the loaded
    dictionaries), so that a row's heads are tested without a lookup per head."""
    return tuple((head, _folded_parts(head)) for head in heads)


def fold(text: str) -> str:
    """Case and umlaut folded, so that plural umlauts match: Zoll ~ Strafzölle."""
    return text.casefold().translate(_UMLAUTS)


class _SlotTexts:
    """What a frame's slots hold, read once for all candidate rows of the frame (a verb has
    up to dozens of rows, testing the same few slots with different heads)."""

    def __init__(self, frame: Frame, sent: Sentence | None, infinitives: tuple[Frame, ...]) -> None:
        self.frame, self.sent, self.infinitives = frame, sent, infinitives
        self._fillers: dict[str, list[tuple[str, str]]] = {}
        self._texts: dict[str, tuple[str, str]] = {}

    def match_lengths(self, conditions: tuple[Condition, ...]) -> list[int] | None:
        """The weight of each condition (see :meth:`match_length`), None if one fails."""
        lengths = []
        for condition in conditions:
            length = self.match_length(condition)
            if length is None:
                return None
            lengths.append(length)
        return lengths

    def match_length(self, condition: Condition) -> int | None:
        """None if the condition fails, else the weight of the head it matched (0 if none):
        its length, plus :data:`HEAD_WORD_BONUS` when it matches a filler's head word or
        what precedes it ("asked Japan for talks on the trade restrictions" is about talks,
        not trade; "humanitarian aid" is still more than "aid")."""
        if condition.slot == NEGATED:  # "neg=would|future": "would not say", not "did not"
            # an infinitive's tense and negation are its governor's ("will not extend ... to
            # say" misparsed), not its own refusal
            said = {(self.frame.modal or "").casefold(), self.frame.tense}
            own = self.frame.clause != "infinitive" and bool(said & set(condition.heads))
            wanted = self.frame.negated and (not condition.heads or own)
            return 0 if wanted else None
        if condition.slot in {"refl", "norefl"}:
            return 0 if self.frame.reflexive == (condition.slot == "refl") else None
        if condition.slot == ONE_OBJECT:
            return 0 if _one_object(self.frame, self.sent) else None
        if condition.slot == NO_OBJECT:  # "fired on protesters", not "fired Comey"
            return 0 if self.frame.voice == "active" and not _objects(self.frame) else None
        if not self.fillers(condition.slot):
            return None
        if not condition.heads:
            return 0
        text, cores = self.texts(condition.slot)
        folded, words = _folded_words(text)
        weights = [
            len(head) + (HEAD_WORD_BONUS if _matches(cores, head) else 0)
            for head, parts in _folded_heads(condition.heads)
            if _holds_last(folded, parts[-1]) and _run_matches(words, parts)
        ]
        return max(weights, default=None)

    def texts(self, slot: str) -> tuple[str, str]:
        """The slot's fillers as one text, and as one text of each filler up to its head."""
        if slot not in self._texts:
            fillers = self.fillers(slot)
            self._texts[slot] = (
                " ".join(f"{head} {text}" for head, text in fillers),
                " ".join(_up_to_head(head, text) for head, text in fillers),
            )
        return self._texts[slot]

    def fillers(self, slot: str) -> list[tuple[str, str]]:
        """(head word, text) of each filler of ``slot``. Slots are read as loosely as actors
        are (see :func:`_slot_actors`): an absent indirect object reads the object and vice
        versa; ``pp:um`` also reads what follows "um" inside another phrase ("bat die UN um
        Hilfe" parsed as one object); ``comp`` also reads the predicate and arguments of
        each dependent infinitive clause ("appellierte an Russland, die Gefangenen
        freizulassen": ``comp=freilassen``; "urged Israel to agree to a ceasefire":
        ``comp=ceasefire``)."""
        if slot not in self._fillers:
            self._fillers[slot] = _slot_fillers(slot, self.frame, self.sent, self.infinitives)
        return self._fillers[slot]


def _slot_fillers(
    slot: str, frame: Frame, sent: Sentence | None, infinitives: tuple[Frame, ...]
) -> list[tuple[str, str]]:
    arguments = role_arguments(frame, slot)
    fillers = [(a.head, a.span.text) for a in arguments]
    fillers += [noun for a in arguments if (noun := _relative_antecedent(a, sent)) is not None]
    if slot in {"comp", "inf"}:  # inf: the dependent infinitives alone ("told Iran to ...")
        fillers += [
            (
                child.predicate,
                " ".join(a.span.text for a in child.arguments if a.role != "comp"),
            )
            for child in (
                infinitives if slot == "comp" else _own_infinitives(frame, infinitives, sent)
            )
        ]
    if not fillers and slot in {"obj", "iobj"} and frame.voice == "active":
        other = "iobj" if slot == "obj" else "obj"
        fillers = [(a.head, a.span.text) for a in role_arguments(frame, other)]
    if not fillers and slot.startswith("pp:") and sent is not None:
        prep = slot.partition(":")[2]
        fillers = [("", text) for text in _texts_after_preposition(frame, prep, sent)]
    return fillers


def _own_infinitives(
    frame: Frame, infinitives: tuple[Frame, ...], sent: Sentence | None
) -> tuple[Frame, ...]:
    """The infinitives the verb governs ("told Iran to release"), not those inside a
    quotation the verb is outside of, which are what was said ("'We are on track to build
    the wall,' he told reporters"): the parse hangs them on the speech verb when their own
    governor is no verb. A quotation that opens at the infinitive's verb is the words asked
    for ("told the lawmakers to "go after me"")."""
    if sent is None:
        return infinitives
    quotes = [(start + sent.start, end + sent.start) for start, end in quotations(sent.text)]
    said = [(start, end) for start, end in quotes if not start < frame.trigger.start < end]
    return tuple(f for f in infinitives if not any(a + 1 < f.trigger.start < b for a, b in said))


def _relative_antecedent(argument: Argument, sent: Sentence | None) -> tuple[str, str] | None:
    """The antecedent noun of a German relative pronoun in the filler ("die Militärübung, an
    der ... teilnehmen": Militärübung), which the row's heads read: the pronoun names nothing
    itself (its actors come from references_relatives.py)."""
    tokens = sent.tokens if sent is not None else ()
    for index, token in enumerate(tokens):
        if token.tag == RELATIVE_TAG and argument.span.start <= token.start < argument.span.end:
            end = antecedent_end(tokens, index)
            noun = next((t for t in tokens if t.end == end and t.pos == "NOUN"), None)
            return (noun.text, noun.text) if noun is not None else None
    return None


def _up_to_head(head: str, text: str) -> str:
    """The filler up to its head word: the head and its premodifiers ("humanitarian aid"),
    without what follows it ("talks | on the trade restrictions"); the whole filler where
    the head is not found in it."""
    words = re.findall(r"\w[\w-]*", text)
    wanted = fold(head)
    # German heads are lemmas: "Lockerung" heads "Lockerungen der Corona-Maßnahmen"
    at = next((i for i, w in enumerate(words) if matches_word(fold(w), wanted)), None)
    return text if not wanted or at is None else " ".join(words[: at + 1])


def _texts_after_preposition(frame: Frame, prep: str, sent: Sentence) -> list[str]:
    texts = []
    for argument in frame.arguments:
        if argument.role not in {"obj", "iobj", "pp"}:
            continue
        starts = [
            t.start
            for t in sent.tokens
            if t.pos == "ADP"
            and t.lemma.casefold() == prep
            and argument.span.start <= t.start < argument.span.end
        ]
        if starts:
            offset = starts[0] - argument.span.start
            texts.append(argument.span.text[offset:])
    return texts

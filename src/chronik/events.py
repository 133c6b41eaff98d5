"""Event coding: clause frames + coded actors -> CAMEO/PLOVER events.

A pattern dictionary (``verbs/de.v1.tsv``, ``verbs/en.v1.tsv``; format in docs/patterns.md)
says, per predicate lemma, which frame roles hold the source and the target and which CAMEO
code the clause expresses. The coder picks the most specific matching row, finds the actors
inside the role fillers, expands coordinations into dyads and sets modality from tense, mood,
modal verbs and reported speech::

    frame "treffen" (reflexive, subj "Er und Kim", reported, future, conditional)
      -> row "treffen refl -> 040, reciprocal" of verbs/de.v1.tsv
      -> modality intended: 040 becomes 036 (ontology/intent.v1.tsv)
      -> USAGOV->PRKGOV 036, PRKGOV->USAGOV 036
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from .dictionaries import Row, read_tsv
from .document import Document
from .errors import DictionaryError
from .ontology import Ontology
from .records import Actor, Argument, Event, EventDate, Frame, Modality, Sentence, Span, Token

PATTERN_COLUMNS = ("lemma", "kind", "when", "source", "target", "code", "flags", "note")
# Lemma-only kinds: words that set modality, not events.
MARKER_KINDS = frozenset(
    {"intent", "hypothetical", "negating", "requesting", "alleging", "intent-marker"}
)
KINDS = frozenset({"verb", "noun"}) | MARKER_KINDS
FLAGS = frozenset({"reciprocal", "optional-target"})
_SLOT = re.compile(r"^(subj|obj|iobj|agent|comp|pp:[^\s|=]+)$")
# A row with this code marks a sense of the predicate that is no event ("Entscheidung treffen").
NO_EVENT = "-"
# Subordinating conjunctions that make a clause a condition or an open question, not a fact
# ("wenn X angreift", "ob die USA nachkommen").
CONDITIONAL_CONJUNCTIONS = frozenset({"wenn", "falls", "sofern", "ob", "if", "unless", "whether"})
# Inflection a head word may add to the dictionary form: Sanktion-en, sanction-s, Vertrag-es.
_ENDINGS = ("", "e", "n", "en", "s", "es", "se", "er", "ern", "ies", "d", "ed")
_UMLAUTS = str.maketrans("äöü", "aou")
# A condition head within the filler's head phrase outweighs any longer one after it.
HEAD_WORD_BONUS = 100


@dataclass(frozen=True)
class Condition:
    """``slot`` must be filled (by a word matching one of ``heads``, when given);
    ``refl``/``norefl`` test Frame.reflexive."""

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
    note: str = ""


def _parse_conditions(text: str) -> tuple[Condition, ...]:
    conditions = []
    for item in text.split():
        slot, _, heads = item.partition("=")
        # Multi-word heads are written with "_" ("human_rights"): conditions are space-separated.
        conditions.append(
            Condition(slot, tuple(h.replace("_", " ") for h in heads.split("|") if h))
        )
    return tuple(conditions)


def _check_row(row: Row) -> str | None:
    kind = row["kind"]
    if kind not in KINDS:
        return f"kind {kind!r} must be one of {', '.join(sorted(KINDS))}"
    if kind in MARKER_KINDS:
        return None
    if not row.get("source") or not row.get("code"):
        return "a verb or noun row needs source and code"
    code = row["code"]
    if code != NO_EVENT and (not code.isdigit() or len(code) not in (3, 4)):
        return f"code {code!r} is not a 3- or 4-digit CAMEO code (or '-' for no event)"
    slots = row["source"].split("|") + (
        [] if row.get("target", "-") == "-" else row["target"].split("|")
    )
    bad = [s for s in slots if not _SLOT.match(s)]
    if bad:
        return f"unknown role {bad[0]!r} (use subj, obj, iobj, agent, comp or pp:<prep>)"
    for condition in _parse_conditions(row.get("when")):
        if condition.slot not in {"refl", "norefl"} and not _SLOT.match(condition.slot):
            return f"unknown condition {condition.slot!r} in 'when'"
    unknown = set(row.get("flags").split()) - FLAGS
    if unknown:
        return f"unknown flag {sorted(unknown)[0]!r} (use {', '.join(sorted(FLAGS))})"
    return None


@dataclass(frozen=True)
class Patterns:
    """A language's pattern dictionary: its rows in file order, the intent lemmas (modal
    and control verbs that make the governed action intended: wollen, plan), the
    negating lemmas (control verbs that deny it: sich weigern, refuse), the requesting
    lemmas (verbs that ask another actor for the governed action: auffordern, urge) and
    the intent markers (words that make a meeting one still to come: "nächste",
    "upcoming"), the hypothetical modals (should, müssen: an obligation is no fact) and
    the alleging lemmas (vorwerfen, accuse: the governed action is only alleged)."""

    rows: tuple[Pattern, ...]
    intent_lemmas: frozenset[str] = frozenset()
    negating_lemmas: frozenset[str] = frozenset()
    intent_markers: frozenset[str] = frozenset()
    requesting_lemmas: frozenset[str] = frozenset()
    hypothetical_modals: frozenset[str] = frozenset()
    alleging_lemmas: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lang_or_path: str | Path) -> Patterns:
        """The packaged dictionary of a language (``"de"``), or a file of the same format."""
        name = lang_or_path if isinstance(lang_or_path, Path) else f"verbs/{lang_or_path}.v1.tsv"
        rows = read_tsv(name, PATTERN_COLUMNS, required=("lemma", "kind"), check=_check_row)
        patterns = tuple(
            Pattern(
                lemma=r["lemma"].casefold(),
                kind=r["kind"],
                conditions=_parse_conditions(r.get("when")),
                source=tuple(r["source"].split("|")),
                target=() if r.get("target", "-") == "-" else tuple(r["target"].split("|")),
                code=r["code"],
                reciprocal="reciprocal" in r.get("flags").split(),
                optional_target="optional-target" in r.get("flags").split(),
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
        return [
            p
            for p in self.rows
            if p.kind == "noun" and len(p.lemma) >= 5 and lemma.endswith(p.lemma)
        ]

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
        scored = []
        for order, pattern in enumerate(candidates):
            matched = [_match_length(c, frame, sent, infinitives) for c in pattern.conditions]
            if all(m is not None for m in matched):
                scored.append((len(matched), sum(m or 0 for m in matched), -order, pattern))
        scored.sort(key=lambda s: s[:3], reverse=True)
        return candidates, [s[3] for s in scored]


# ---------------------------------------------------------------- roles and actors


def _role_arguments(frame: Frame, slot: str) -> tuple[Argument, ...]:
    """Arguments filling an active-voice slot. In a passive clause the agent ("von X",
    "by X") is the subject and the passive subject is the object."""
    role, _, prep = slot.partition(":")
    if frame.voice == "passive" and role == "subj":
        return frame.args("agent")
    if frame.voice == "passive" and role == "obj":
        return frame.args("subj") + frame.args("obj")
    if role == "pp":
        return tuple(a for a in frame.args("pp") if (a.prep or "").casefold() == prep)
    return frame.args(role)  # type: ignore[arg-type]


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _actors_in(spans: Iterable[Span], actors: tuple[Actor, ...]) -> list[Actor]:
    """Actors whose span lies inside one of ``spans``, outermost only ("die Regierung von
    Nordkorea" wins over the "Nordkorea" inside it); actors sharing a span are all kept."""
    found = [a for a in actors if any(_inside(a.span, s) for s in spans)]
    return [
        a
        for a in found
        if not any(
            _inside(a.span, b.span) and (a.span.start, a.span.end) != (b.span.start, b.span.end)
            for b in found
        )
    ]


def _slot_actors(
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
    treffen": Kim meets).
    """
    for slot in slots:
        found = _filled_by(frame, slot, actors, sent)
        if not found and slot in {"obj", "iobj"} and frame.voice == "active":
            found = _filled_by(frame, "iobj" if slot == "obj" else "obj", actors, sent)
        if not found and slot.startswith("pp:") and sent is not None:
            prep = slot.partition(":")[2]
            found = [
                actor
                for argument in frame.arguments
                if argument.role in {"obj", "iobj", "pp"}
                for actor in _actors_in(argument.members, actors)
                if _governing_preposition(actor, argument.span, sent) == prep
            ]
        if not found and slot == "subj" and frame.clause == "infinitive" and parent is not None:
            found = _filled_by(parent, "subj", actors, sent)
        if found:
            return list(dict.fromkeys(found))
    return []


def _filled_by(
    frame: Frame, slot: str, actors: tuple[Actor, ...], sent: Sentence | None
) -> list[Actor]:
    found = []
    for argument in _role_arguments(frame, slot):
        inside = (
            [a for member in argument.members for a in _heads_of(member, actors, sent)]
            if sent is not None and argument.role != "comp"
            else _actors_in(argument.members, actors)
        )
        if slot in {"obj", "iobj"} and sent is not None:
            direct = [a for a in inside if _governing_preposition(a, argument.span, sent) is None]
            inside = direct or inside
        found.extend(inside)
    return found


def _heads_of(member: Span, actors: tuple[Actor, ...], sent: Sentence) -> list[Actor]:
    """The actors of one conjunct, without those that only modify it from behind a
    preposition when another actor heads it: "the United Nations special coordinator for
    Lebanon" is the UN; "the foreign ministers of Germany" is still Germany."""
    inside = _actors_in((member,), actors)
    if len({a.span for a in inside}) < 2:
        return inside
    direct = [a for a in inside if _governing_preposition(a, member, sent) is None]
    return direct or inside


def _governing_preposition(actor: Actor, within: Span, sent: Sentence) -> str | None:
    """The lemma of the last preposition between the start of ``within`` and the actor."""
    preps = [
        t.lemma.casefold()
        for t in sent.tokens
        if t.pos == "ADP" and within.start <= t.start and t.end <= actor.span.start
    ]
    return preps[-1] if preps else None


def _matches_word(word: str, head: str) -> bool:
    """``head`` (dictionary form) matches ``word`` itself, inflected, or - from five
    letters on - as the last part of a compound: Sanktion ~ Wirtschaftssanktionen,
    sanction ~ sanctions; but "aid" does not match "said"."""
    at = word.rfind(head)
    return at >= 0 and (at == 0 or len(head) >= 5) and word[at + len(head) :] in _ENDINGS


def _matches(text: str, head: str) -> bool:
    """A one-word head matches a word of ``text``; a phrase ("human rights") matches a
    run of words, its last word inflected."""
    words = re.findall(r"\w[\w-]*", _fold(text))
    parts = _fold(head).split()
    for i in range(len(words) - len(parts) + 1):
        if words[i : i + len(parts) - 1] == parts[:-1] and _matches_word(
            words[i + len(parts) - 1], parts[-1]
        ):
            return True
    return False


def _fold(text: str) -> str:
    """Case and umlaut folded, so that plural umlauts match: Zoll ~ Strafzölle."""
    return text.casefold().translate(_UMLAUTS)


def _match_length(
    condition: Condition,
    frame: Frame,
    sent: Sentence | None,
    infinitives: tuple[Frame, ...] = (),
) -> int | None:
    """None if the condition fails, else the weight of the head it matched (0 if none):
    its length, plus :data:`HEAD_WORD_BONUS` when it matches a filler's head word or what
    precedes it ("asked Japan for talks on the trade restrictions" is about talks, not
    trade; "humanitarian aid" is still more than "aid").
    Slots are read as loosely as actors are (see :func:`_slot_actors`): an absent indirect
    object reads the object and vice versa; ``pp:um`` also reads what follows "um" inside
    another phrase ("bat die UN um Hilfe" parsed as one object); ``comp`` also reads the
    predicate and arguments of each dependent infinitive clause ("appellierte an Russland,
    die Gefangenen freizulassen": ``comp=freilassen``; "urged Israel to agree to a
    ceasefire": ``comp=ceasefire``)."""
    if condition.slot in {"refl", "norefl"}:
        return 0 if frame.reflexive == (condition.slot == "refl") else None
    # (head word, text) of each filler
    fillers = [(a.head, a.span.text) for a in _role_arguments(frame, condition.slot)]
    if condition.slot == "comp":
        fillers += [
            (
                child.predicate,
                " ".join(a.span.text for a in child.arguments if a.role != "comp"),
            )
            for child in infinitives
        ]
    if not fillers and condition.slot in {"obj", "iobj"} and frame.voice == "active":
        other = "iobj" if condition.slot == "obj" else "obj"
        fillers = [(a.head, a.span.text) for a in _role_arguments(frame, other)]
    if not fillers and condition.slot.startswith("pp:") and sent is not None:
        prep = condition.slot.partition(":")[2]
        fillers = [("", text) for text in _texts_after_preposition(frame, prep, sent)]
    if not fillers:
        return None
    if not condition.heads:
        return 0
    text = " ".join(f"{head} {text}" for head, text in fillers)
    cores = " ".join(_up_to_head(head, text) for head, text in fillers)
    weights = [
        len(h) + (HEAD_WORD_BONUS if _matches(cores, h) else 0)
        for h in condition.heads
        if _matches(text, h)
    ]
    return max(weights, default=None)


def _up_to_head(head: str, text: str) -> str:
    """The filler up to its head word: the head and its premodifiers ("humanitarian aid"),
    without what follows it ("talks | on the trade restrictions")."""
    words = re.findall(r"\w[\w-]*", text)
    folded = [_fold(w) for w in words]
    if not head or _fold(head) not in folded:
        return text
    return " ".join(words[: folded.index(_fold(head)) + 1])


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


# ---------------------------------------------------------------- modality


def _is_conditional_clause(frame: Frame, sent: Sentence | None) -> bool:
    """A subordinate clause opened by "wenn"/"if"/"ob": such a word between the clause's
    first word and the comma before it ("ob Pjöngjang ... umsetzt oder die USA ...
    nachkommen" covers both conjuncts)."""
    if sent is None or frame.clause != "subordinate":
        return False
    first = min([frame.trigger.start, *(a.span.start for a in frame.arguments)])
    for token in reversed([t for t in sent.tokens if t.end <= first]):
        if token.text in {",", ";", ":"}:
            return False
        if token.text.casefold() in CONDITIONAL_CONJUNCTIONS:
            return True
    return False


def modality_of(
    frame: Frame, parent: Frame | None, sent: Sentence | None, intent_lemmas: frozenset[str]
) -> Modality:
    """hypothetical > intended > reported > asserted, from the frame's own grammar.

    A conditional outside reported speech is hypothetical ("Deutschland würde helfen"); in
    reported speech the German Konjunktiv II stands for a future ("Er sagte, sie würden sich
    treffen") and is intended, like the future tense and intent modals (wollen, plan to).
    """
    if (frame.mood == "conditional" and not frame.reported) or _is_conditional_clause(frame, sent):
        return "hypothetical"
    governed_by_intent = (
        frame.clause == "infinitive"
        and parent is not None
        and parent.predicate.casefold() in intent_lemmas
    )
    if (
        frame.tense == "future"
        or (frame.modal or "").casefold() in intent_lemmas
        or governed_by_intent
        or frame.mood == "conditional"
    ):
        return "intended"
    return "reported" if frame.reported else "asserted"


MODALITY_RANK: dict[Modality, int] = {
    "asserted": 0,
    "reported": 1,
    "intended": 2,
    "hypothetical": 3,
}
# Words that may stand between an event noun and the marker before it ("das nächste
# große Treffen"): a determiner, preposition or verb ends the noun's modifiers.
_MODIFIER_STOP = frozenset({"DET", "ADP", "VERB", "AUX", "PUNCT", "PRON", "CCONJ", "SCONJ"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?"})
# Conflict (CAMEO roots 11-20) in the present tense with a later date is no announced
# intention ("Protesters clash with police on March 13" is a caption, not a threat).
_CONFLICT_ROOT = "11"
# Meetings (CAMEO root 04) are the actions news announces in the present tense
# ("kommen ein zweites Mal zusammen" of a summit three weeks ahead).
_SCHEDULED_ROOT = "04"


@dataclass(frozen=True)
class Clause:
    """What a frame's modality is read from beyond the frame itself: the frames of its
    sentence (parents, the clause around an event noun), the sentence's resolved time
    expressions and the article date they are compared with."""

    frames: tuple[Frame, ...]
    sent: Sentence | None = None
    times: tuple[EventDate, ...] = ()
    article_date: date | None = None

    def parent_of(self, frame: Frame) -> Frame | None:
        if frame.parent is None or frame.parent >= len(self.frames):
            return None
        return self.frames[frame.parent]


def _argument_spans(frame: Frame) -> list[Span]:
    # Complement clauses are frames of their own, with their own times and markers.
    return [a.span for a in frame.arguments if a.role != "comp"]


def host_frame(frame: Frame, frames: tuple[Frame, ...]) -> Frame | None:
    """The clause an event noun stands in: the verbal frame of the sentence with the
    smallest argument holding the noun ("dass beim zweiten Treffen ... getroffen werden")."""
    hosts = [
        (argument.span.end - argument.span.start, other)
        for other in frames
        if other.clause != "nominal"
        for argument in other.arguments
        if _inside(frame.trigger, argument.span)
    ]
    return min(hosts, key=lambda h: h[0])[1] if hosts else None


def own_times(frame: Frame, clause: Clause) -> list[EventDate]:
    """Time expressions inside the frame's arguments, except those that belong to an event
    noun inside it ("Nach dem Gipfel vor acht Monaten kommen sie zusammen": the eight
    months ago date the summit, not the coming together)."""
    spans = _argument_spans(frame)
    nested = [
        span
        for other in clause.frames
        if other.clause == "nominal"
        and other != frame
        and any(_inside(other.trigger, s) for s in spans)
        for span in _argument_spans(other)
    ]
    # Overlap, not containment: an English "pp" span leaves out its preposition, the time
    # expression keeps it ("on March 12").
    return [
        time
        for time in clause.times
        if time.start is not None
        and time.end_offset is not None
        and any(s.start < time.end_offset and time.start < s.end for s in spans)
        and not any(s.start < time.end_offset and time.start < s.end for s in nested)
    ]


def is_after(time: EventDate, article_date: date | None) -> bool:
    """Whether ``time`` lies after the article date at the time's own precision
    ("2019-02" is not after 2019-02-06; "--02-27" without a year is)."""
    if article_date is None or time.precision == "story":
        return False
    day = article_date.isoformat()
    if time.value.startswith("--"):
        return time.value[2:] > day[5 : 5 + len(time.value) - 2]
    return time.value > day[: len(time.value)]


def _is_marker(token: Token, markers: frozenset[str]) -> bool:
    word = _fold(token.text)
    return any(_matches_word(word, _fold(marker)) for marker in markers)


def _premodified(frame: Frame, sent: Sentence | None, markers: frozenset[str]) -> bool:
    """An intent marker among the words before an event noun ("beim zweiten Treffen",
    "the upcoming summit")."""
    if sent is None:
        return False
    before = [t for t in sent.tokens if t.end <= frame.trigger.start]
    for token in reversed(before[-4:]):
        if token.pos in _MODIFIER_STOP or token.text in _CLAUSE_ENDS:
            return False
        if _is_marker(token, markers):
            return True
    return False


def _marked_outside_arguments(frame: Frame, sent: Sentence | None, markers: frozenset[str]) -> bool:
    """An intent marker in the clause but in none of its arguments: an adverbial such as
    "ein zweites Mal" or "zum nächsten Mal". The clause runs from its first word to the
    punctuation after its last, which takes in a separated particle ("kommen ... zusammen")."""
    spans = _argument_spans(frame)
    if sent is None or not spans:
        return False
    first = min([frame.trigger.start, *(s.start for s in spans)])
    last = max([frame.trigger.end, *(s.end for s in spans)])
    for token in (t for t in sent.tokens if t.start >= first):
        if token.start >= last and (token.pos == "PUNCT" or token.text in _CLAUSE_ENDS):
            return False
        inside = any(s.start <= token.start < s.end for s in spans)
        if not inside and _is_marker(token, markers):
            return True
    return False


def clause_modality(
    frame: Frame, clause: Clause, patterns: Patterns, code: str | None = None
) -> tuple[Modality, bool]:
    """Modality and negation of a frame in its sentence (docs/patterns.md, *Modality*).

    Beyond the frame's grammar (:func:`modality_of`): a non-past clause with a time
    expression after the article date is intended ("Trump trifft Kim am 27. Februar"), as
    is a present-tense meeting marked "ein zweites Mal"; an event noun preceded by an
    intent marker ("beim nächsten Gipfel") is intended unless its clause is past, and it
    takes the modality and negation of the clause it stands in ("Er plant ein Treffen",
    "Es gab kein Treffen")."""
    parent = clause.parent_of(frame)
    modality = modality_of(frame, parent, clause.sent, patterns.intent_lemmas)
    if (frame.modal or "").casefold() in patterns.hypothetical_modals and frame.tense != "past":
        # "Kiev should consider", "Die EU muss kooperieren" - but "musste einräumen" did.
        modality = "hypothetical"
    if frame.clause == "infinitive" and parent is not None and parent is not frame:
        # "is scheduled to arrive to meet": a purpose or complement infinitive is no more
        # factual than the clause it depends on.
        grand = clause.parent_of(parent)
        governing = modality_of(parent, grand, clause.sent, patterns.intent_lemmas)
        modality = max(modality, governing, key=MODALITY_RANK.__getitem__)
    governor = parent.predicate.casefold() if parent and frame.clause == "infinitive" else ""
    # "weigerte sich, ... zu treffen", "does not plan to meet", "has not demonstrated the
    # capability to deploy": an infinitive is denied by its negating or negated governor.
    negated = (
        frame.negated
        or governor in patterns.negating_lemmas
        or bool(governor and parent and parent.negated)
    )
    host = host_frame(frame, clause.frames) if frame.clause == "nominal" else None
    times = own_times(frame, clause)
    markers = patterns.intent_markers
    schedulable = code is None or code[:2] < _CONFLICT_ROOT
    if MODALITY_RANK[modality] < MODALITY_RANK["intended"] and frame.tense != "past":
        if schedulable and any(is_after(t, clause.article_date) for t in times):
            modality = "intended"
        elif frame.clause == "nominal" and (host is None or host.tense != "past"):
            modality = "intended" if _premodified(frame, clause.sent, markers) else modality
        elif (
            frame.clause != "nominal"
            and (code or "").startswith(_SCHEDULED_ROOT)
            and frame.tense == "present"
            and not times
            and _marked_outside_arguments(frame, clause.sent, markers)
        ):
            modality = "intended"
    if host is not None:
        host_modality, host_negated = clause_modality(host, clause, patterns)
        lemma = host.predicate.casefold()
        if lemma in patterns.intent_lemmas:
            host_modality = max(host_modality, "intended", key=MODALITY_RANK.__getitem__)
        modality = max(modality, host_modality, key=MODALITY_RANK.__getitem__)
        negated = negated or host_negated or lemma in patterns.negating_lemmas
    return modality, negated


# ---------------------------------------------------------------- coding


@dataclass(frozen=True)
class FrameResult:
    """What the coder did with one frame: its events, or why there are none."""

    frame: Frame
    events: tuple[Event, ...]
    pattern: Pattern | None
    reason: str


def _dyads(
    pattern: Pattern, sources: list[Actor], targets: list[Actor], partner_named: bool = False
) -> list[tuple[Actor, Actor | None]]:
    """Source-target pairs, self-dyads (same code) dropped. A reciprocal predicate codes
    both directions, and with no separate partner its coordinated subject ("Er und Kim
    treffen sich") pairs up among itself - not when the partner is named but no coded
    actor ("Germany, France and Poland met with opposition leaders")."""
    if (
        pattern.reciprocal
        and not targets
        and not partner_named
        and len({a.code for a in sources}) > 1
    ):
        pairs = [(a, b) for a in sources for b in sources]
    elif targets:
        pairs = [(s, t) for s in sources for t in targets]
        if pattern.reciprocal:
            pairs += [(t, s) for s in sources for t in targets]
    else:
        return (
            [(s, None) for s in sources] if (not pattern.target or pattern.optional_target) else []
        )
    return [(s, t) for s, t in pairs if s.code != t.code]


def _within(time: EventDate, sent: Sentence) -> bool:
    return time.start is not None and sent.start <= time.start < sent.end


def _infinitives_of(position: int, frames: tuple[Frame, ...]) -> tuple[Frame, ...]:
    return tuple(f for f in frames if f.clause == "infinitive" and f.parent == position)


def _only_asked_for(
    frame: Frame, frames: tuple[Frame, ...], coded: list[FrameResult], patterns: Patterns
) -> str:
    """Why an infinitive clause is no event of its own, or "": the governing verb asks
    another actor for it ("urged Iran to release the prisoners", "forderte Iran auf, ...
    freizulassen"), or the governing clause's rule fired on it as its topic ("threatened
    to impose sanctions" is the threat 1312)."""
    if frame.clause != "infinitive" or frame.parent is None or frame.parent >= len(coded):
        return ""
    governing = frames[frame.parent]
    if governing.predicate.casefold() in patterns.requesting_lemmas:
        return f"only asked for by {governing.predicate!r}, no event of its own"
    if governing.predicate.casefold() in patterns.alleging_lemmas:
        return f"only alleged by {governing.predicate!r}, no event of its own"
    pattern = coded[frame.parent].pattern
    if coded[frame.parent].events and pattern is not None and _reads_infinitive(pattern):
        return f"the topic of rule {pattern.where} of the governing clause, no event of its own"
    return ""


def _reads_infinitive(pattern: Pattern) -> bool:
    return any(c.slot == "comp" and c.heads for c in pattern.conditions)


class EventCoder:
    """Pipeline stage filling ``doc.events`` from ``doc.frames`` and ``doc.actors``."""

    def __init__(self, patterns: Mapping[str, Patterns], ontology: Ontology) -> None:
        unknown = [
            f"{p.where}: CAMEO code {p.code} is not in the ontology"
            for table in patterns.values()
            for p in table.rows
            if p.code != NO_EVENT
            and (p.code not in ontology.codes or ontology.codes[p.code].level == 0)
        ]
        if unknown:
            raise DictionaryError(unknown)
        self.patterns = dict(patterns)
        self.ontology = ontology

    def __call__(self, doc: Document) -> Document:
        events = [e for result in self.results(doc) for e in result.events]
        return replace(doc, events=tuple(events))

    def results(self, doc: Document) -> list[FrameResult]:
        patterns = self.patterns.get(doc.lang)
        if patterns is None:
            raise DictionaryError(
                [f"no event patterns for language {doc.lang!r} (have {', '.join(self.patterns)})"]
            )
        sentences = {s.index: s for s in doc.sentences}
        results = []
        for index in sorted({f.sentence for f in doc.frames}):
            sent = sentences.get(index)
            frames = doc.frames_of(index)
            clause = Clause(
                frames,
                sent,
                tuple(t for t in doc.times if sent is not None and _within(t, sent)),
                doc.article.date,
            )
            coded = [
                self.code_frame(doc, frame, clause, patterns, _infinitives_of(position, frames))
                for position, frame in enumerate(frames)
            ]
            # "drohte, Sanktionen zu verhängen" yields 1312 from both clauses: keep one.
            seen: set[tuple[str, str | None, str, bool]] = set()
            for frame, result in zip(frames, coded, strict=True):
                unasserted = _only_asked_for(frame, frames, coded, patterns)
                if unasserted and result.events:
                    result = replace(result, events=(), reason=unasserted)
                kept = []
                for event in result.events:
                    key = (
                        event.source.code if event.source else "",
                        event.target.code if event.target else None,
                        event.cameo,
                        event.negated,
                    )
                    if key not in seen:
                        seen.add(key)
                        kept.append(event)
                results.append(replace(result, events=tuple(kept)))
        return results

    def code_frame(
        self,
        doc: Document,
        frame: Frame,
        clause: Clause,
        patterns: Patterns,
        infinitives: tuple[Frame, ...] = (),
    ) -> FrameResult:
        candidates, applicable = patterns.applicable(frame, clause.sent, infinitives)
        if infinitives and frame.predicate.casefold() in patterns.intent_lemmas:
            # "seeks to hold elections", "drohte, ... zu verhängen": the governed action is
            # the event; the intent verb codes only through a row that reads it (comp=...).
            applicable = [p for p in applicable if _reads_infinitive(p)]
            if not applicable:
                return FrameResult(
                    frame, (), None, f"{frame.predicate!r} governs an infinitive: that is coded"
                )
        if not candidates:
            return FrameResult(frame, (), None, f"no pattern for lemma {frame.predicate!r}")
        if not applicable:
            wanted = "; ".join(
                f"{p.where} needs {' '.join(_describe(c) for c in p.conditions)}"
                for p in candidates
            )
            return FrameResult(
                frame, (), None, f"patterns for {frame.predicate!r} found, none applies ({wanted})"
            )
        # The best row that finds its actors fires ("ein Manöver abhalten" is joint
        # exercise 062 with a partner, show of force 150 without); else report the best.
        results = [self._apply(doc, frame, clause, patterns, p) for p in applicable]
        return next(
            (r for r in results if r.events or (r.pattern and r.pattern.code == NO_EVENT)),
            results[0],
        )

    def _apply(
        self,
        doc: Document,
        frame: Frame,
        clause: Clause,
        patterns: Patterns,
        pattern: Pattern,
    ) -> FrameResult:
        if pattern.code == NO_EVENT:
            return FrameResult(
                frame,
                (),
                pattern,
                f"rule {pattern.where}: this sense of {frame.predicate!r} is no event",
            )
        sent = clause.sent
        sources = _slot_actors(frame, pattern.source, doc.actors, clause.parent_of(frame), sent)
        if not sources:
            return FrameResult(
                frame,
                (),
                pattern,
                f"pattern {pattern.where} found but no source actor in {'|'.join(pattern.source)}",
            )
        targets = self._targets(frame, pattern, sources, doc.actors, sent)
        partner_named = any(_role_arguments(frame, slot) for slot in pattern.target)
        dyads = _dyads(pattern, sources, targets, partner_named)
        if not dyads:
            why = (
                "only self-dyads (same code)"
                if targets or len(sources) > 1
                else f"no target actor in {'|'.join(pattern.target)}"
            )
            return FrameResult(frame, (), pattern, f"pattern {pattern.where} found but {why}")
        modality, negated = clause_modality(frame, clause, patterns, pattern.code)
        code = self.ontology.intended_code(pattern.code) if modality == "intended" else pattern.code
        events, seen = [], set()
        for source, target in dyads:
            key = (source.code, target.code if target else None)
            if key not in seen:
                seen.add(key)
                events.append(
                    self._event(doc, frame, sent, source, target, code, pattern, modality, negated)
                )
        return FrameResult(
            frame,
            tuple(events),
            pattern,
            f"rule {pattern.where} fired: {code} {modality}{' negated' if negated else ''}",
        )

    def _targets(
        self,
        frame: Frame,
        pattern: Pattern,
        sources: list[Actor],
        actors: tuple[Actor, ...],
        sent: Sentence | None,
    ) -> list[Actor]:
        slots = tuple(s for s in pattern.target if s != "comp")
        found = _slot_actors(frame, slots, actors, None, sent) if slots else []
        if not found and "comp" in pattern.target:
            # Speech: the first actor the statement is about, from another country than
            # the speaker ("Putin erklärte, Russland werde ..." is no dyad).
            countries = {a.country for a in sources}
            inside = _slot_actors(frame, ("comp",), actors, None, sent)
            found = [a for a in inside if a.country not in countries][:1]
        return [a for a in found if a not in sources]

    def _event(
        self,
        doc: Document,
        frame: Frame,
        sent: Sentence | None,
        source: Actor,
        target: Actor | None,
        code: str,
        pattern: Pattern,
        modality: Modality,
        negated: bool,
    ) -> Event:
        cameo = self.ontology.codes[code]
        plover = self.ontology.plover[code]
        return Event(
            doc_id=doc.article.id,
            sentence=frame.sentence,
            sentence_text=sent.text if sent else "",
            source=source,
            target=target,
            cameo=code,
            trigger=frame.trigger,
            rule=pattern.where,
            plover_type=plover.event_type,
            plover_mode=plover.mode,
            modality=modality,
            negated=negated,
            goldstein=cameo.goldstein,
            quad_class=cameo.quad_class,
            frame=frame,
        )

    def explain(self, doc: Document, *, within: Span | None = None) -> str:
        """Per sentence (those overlapping ``within``, if given): its frames with roles and
        actors, and the rule that fired or why none did. For ``chronik explain`` and
        ``chronik eval --errors``."""
        results = self.results(doc)
        lines = []
        for sent in doc.sentences:
            if within and not (sent.start < within.end and within.start < sent.end):
                continue
            lines.append(f"[{sent.index}] {sent.text}")
            sent_actors = [a for a in doc.actors if sent.start <= a.span.start < sent.end]
            if sent_actors:
                lines.append(
                    "  actors: " + ", ".join(f"{a.span.text!r}={a.code}" for a in sent_actors)
                )
            for result in (r for r in results if r.frame.sentence == sent.index):
                lines.extend(_explain_frame(result, doc.actors))
        return "\n".join(lines)


def _describe(condition: Condition) -> str:
    return condition.slot + ("=" + "|".join(condition.heads) if condition.heads else "")


def _explain_frame(result: FrameResult, actors: tuple[Actor, ...]) -> list[str]:
    frame = result.frame
    traits: list[str] = [frame.clause, frame.voice, frame.tense, frame.mood]
    traits += [f"modal={frame.modal}"] if frame.modal else []
    traits += [
        t
        for t, on in (
            ("negated", frame.negated),
            ("reflexive", frame.reflexive),
            ("reported", frame.reported),
        )
        if on
    ]
    lines = [f"  frame {frame.predicate!r} ({', '.join(traits)})"]
    for argument in frame.arguments:
        role = argument.role + (f":{argument.prep}" if argument.prep else "")
        inside = _actors_in(argument.members, actors)
        coded = " -> " + ", ".join(a.code for a in inside) if inside else ""
        lines.append(f"    {role}: {argument.span.text!r}{coded}")
    lines.append(f"    {result.reason}")
    for event in result.events:
        target = event.target.code if event.target else "-"
        flag = " NEGATED" if event.negated else ""
        source = event.source.code if event.source else "-"
        plover = event.plover_type or "(no PLOVER type)"
        lines.append(
            f"    event {source} -> {target} {event.cameo} {plover} {event.modality}{flag}"
        )
    return lines


def explain(doc: Document, coder: EventCoder) -> str:
    """Why each frame of ``doc`` did or did not become an event (see EventCoder.explain)."""
    return coder.explain(doc)


# ---------------------------------------------------------------- PLOVER JSON


def _entity(actor: Actor) -> dict[str, Any]:
    return {
        "code": actor.country,
        "sector": actor.code[3:],
        "entity_text": actor.span.text,
        "cameo_code": actor.code,
        "start": actor.span.start,
        "end": actor.span.end,
    }


def plover_json(event: Event) -> dict[str, Any]:
    """The event as a PLOVER v2 record (manual, "PLOVER JSON"), with the CAMEO fields
    beside it. Modality goes into ``context`` as PLOVER's auxiliary modes (future,
    hypothetical, negation); ``event`` is empty where PLOVER dropped the CAMEO root."""
    context = []
    context += ["future"] if event.modality == "intended" else []
    context += ["hypothetical"] if event.modality == "hypothetical" else []
    context += ["negation"] if event.negated else []
    location = event.location
    return {
        "id": f"{event.doc_id}:{event.sentence}:{event.trigger.start}:{event.cameo}:"
        f"{event.source.code if event.source else ''}:{event.target.code if event.target else ''}",
        "has_event": bool(event.plover_type) and not event.negated,
        "date": event.date.value if event.date else None,
        "enddate": event.date.end if event.date else None,
        "actor": [_entity(event.source)] if event.source else [],
        "recipient": [_entity(event.target)] if event.target else [],
        "event": [event.plover_type] if event.plover_type else [],
        "mode": [event.plover_mode] if event.plover_mode else [],
        "context": context,
        "event_text": [event.trigger.text],
        "text": event.sentence_text,
        "quad_code": event.quad_class,
        "event_loc": None
        if location is None
        else {
            "name": location.name,
            "country_code": location.country,
            "lat": location.lat,
            "lon": location.lon,
            "geonameid": location.geonames_id,
        },
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "negated": event.negated,
        "rule": event.rule,
        "coder": "chronik",
    }

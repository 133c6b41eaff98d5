"""Events a trained model adds where no pattern row fires: ``--learned`` (off by default).

The pattern rows code what they know precisely, but real news says most things in ways no
row foresees: on news no rule was written for they find about one gold event in ten. For
every ordered pair of actor mentions in a sentence that the rules left without an event, a
multinomial logistic regression (``data/models/events.{lang}.json.gz``, trained on the
real-news train sets by ``training/train_event_model.py``) reads the clause that links the
two (its predicate, the roles they fill, the CAMEO roots the pattern dictionary gives that
predicate), the words between them and around, the sentence's verbs and the kinds of actor,
and gives each CAMEO root a probability::

    "Senator Sanders said the White House had abandoned workers."
      -> pair USALEG ("Senator") ... USAGOV ("White House"): the rules coded no dyad
      -> the model: root 11 (disapprove), p 0.61 >= 0.6 -> USALEG->USAGOV 111

An event the model adds names it in its ``rule`` (``model:events.en.json.gz p=0.61``); its
trigger is the clause's predicate, its modality and negation that clause's. One model per
language (English and German), threshold 0.6. The models raise dyad + root F1 on the
held-out sets, but a blind judge of news nobody annotated found their events right less
often than the rules' (English 10 of 40 against 13, German 12 of 40 against 23;
docs/quality.md), hence off by default.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib.resources.abc import Traversable
from pathlib import Path

from .datafiles import EVENT_MODEL, data_file
from .document import Document
from .modality import Clause, clause_modality
from .ontology import Ontology
from .pattern_rows import NO_EVENT
from .patterns import Patterns
from .records import Actor, Event, Frame, Sentence

CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADP", "AUX", "PART", "ADV", "PROPN"})
CONTENT_STTS = ("V", "N", "ADJ", "AP", "PTK", "ADV")  # HanTa's tags, by prefix


@dataclass(frozen=True)
class Pair:
    """Two actor mentions of a sentence, source first; the clause an event of theirs would
    be coded in (the one holding both, else the source's, else the target's); and what the
    model reads of them."""

    source: Actor
    target: Actor
    clause: Frame
    features: tuple[str, ...]

    @property
    def dyad(self) -> tuple[str, str]:
        return self.source.code[:3], self.target.code[:3]


@dataclass(frozen=True)
class EventModel:
    """Weights per feature and class (class "" is no event), the threshold on a root's
    probability, and the CAMEO code emitted for each root."""

    classes: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    threshold: float
    codes: Mapping[str, str]
    name: str = ""

    @classmethod
    def load(cls, path: Path | Traversable) -> EventModel:
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        weights = {f: tuple(w) for f, w in data["weights"].items()}
        return cls(tuple(data["classes"]), weights, data["threshold"], data["codes"], path.name)

    def save(self, path: Path) -> None:
        """Write the model; the same model gives the same bytes (no time in the gzip header)."""
        data = {
            "classes": list(self.classes),
            "threshold": self.threshold,
            "codes": dict(self.codes),
            "weights": {f: list(w) for f, w in sorted(self.weights.items())},
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        with path.open("wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as packed:
            packed.write(text.encode("utf-8"))

    def best(self, features: Sequence[str]) -> tuple[str, float]:
        """The likeliest root other than no event, and its probability."""
        scores = [0.0] * len(self.classes)
        for feature in set(features):
            for k, weight in enumerate(self.weights.get(feature, ())):
                scores[k] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        k = max((k for k, c in enumerate(self.classes) if c), key=exps.__getitem__)
        return self.classes[k], exps[k] / sum(exps)


def lexicon_roots(patterns: Patterns) -> dict[str, frozenset[str]]:
    """Per lemma (and head of a phrasal verb), the CAMEO roots its pattern rows code,
    whatever their conditions: what the rules know of a word when no row applies."""
    roots: dict[str, set[str]] = {}
    for row in patterns.rows:
        if row.code and row.code != NO_EVENT:
            lemma = row.lemma.casefold()
            for word in {lemma, lemma.split()[0]}:
                roots.setdefault(word, set()).add(row.code[:2])
    return {lemma: frozenset(found) for lemma, found in roots.items()}


def _roles(frames: Sequence[Frame], actor: Actor) -> dict[int, str]:
    """Per frame (its position), the role of the smallest argument holding ``actor``."""
    held: dict[int, tuple[int, str]] = {}
    for position, frame in enumerate(frames):
        for argument in frame.arguments:
            span = argument.span
            if argument.role == "comp" or not span.start <= actor.span.start < span.end:
                continue
            role = f"pp:{argument.prep.casefold()}" if argument.prep else argument.role
            if position not in held or span.end - span.start < held[position][0]:
                held[position] = (span.end - span.start, role)
    return {position: role for position, (_, role) in held.items()}


def pair_features(
    sent: Sentence,
    frames: Sequence[Frame],
    source_held: tuple[Actor, Mapping[int, str]],
    target_held: tuple[Actor, Mapping[int, str]],
    roots: Mapping[str, frozenset[str]],
) -> tuple[str, ...]:
    """What the model reads of source → target (each with its roles per frame,
    :func:`_roles`): the actor kinds, their order and distance, the words between and around
    them, the sentence's verbs, and the clauses that hold them (predicate, roles, the roots
    ``roots`` gives the predicate)."""
    (source, source_roles), (target, target_roles) = source_held, target_held
    kinds = (source.code[3:6] or "STATE", target.code[3:6] or "STATE")
    features = ["bias", f"ks={kinds[0]}", f"kt={kinds[1]}", f"kk={kinds[0]}|{kinds[1]}"]
    if source.code[:3] == target.code[:3]:
        features.append("same_country")
    first, last = sorted((source.span, target.span), key=lambda s: s.start)
    features.append("order=" + ("st" if source.span.start < target.span.start else "ts"))
    between = [t for t in sent.tokens if first.end <= t.start and t.end <= last.start]
    features.append(f"gap={min(len(between), 12) // 3}")
    words = [
        t.lemma.casefold()
        for t in between
        if t.pos in CONTENT_POS or t.tag.startswith(CONTENT_STTS)
    ]
    features += [f"w={w}" for w in words] + [f"wr={r}" for w in words for r in roots.get(w, ())]
    features += [f"pre={t.lemma.casefold()}" for t in sent.tokens if t.end <= first.start][-3:]
    features += [f"post={t.lemma.casefold()}" for t in sent.tokens if t.start >= last.end][:3]
    features += [
        f"v={t.lemma.casefold()}" for t in sent.tokens if t.pos == "VERB" or t.tag[:2] == "VV"
    ]
    for position in sorted(source_roles.keys() & target_roles.keys()):
        frame, roles = frames[position], f"{source_roles[position]}|{target_roles[position]}"
        predicate = frame.predicate.casefold()
        features += [f"p={predicate}", f"r={roles}", f"pr={predicate}|{roles}"]
        features += [f"c={frame.clause}", f"voice={frame.voice}"]
        for root in roots.get(predicate, ("none",)):
            features += [f"lr={root}", f"lrr={root}|{roles}"]
    if not source_roles.keys() & target_roles.keys():
        features.append("unlinked")
    for side, held in (("s", source_roles), ("t", target_roles)):
        for position, role in held.items():
            predicate = frames[position].predicate.casefold()
            features.append(f"{side}p={predicate}|{role}")
            features += [f"{side}r={root}|{role}" for root in roots.get(predicate, ())]
    return tuple(features)


def pairs(doc: Document, sent: Sentence, roots: Mapping[str, frozenset[str]]) -> Iterator[Pair]:
    """Every ordered pair of non-overlapping actor mentions of ``sent`` that a clause holds
    (one of the two at least: an event needs a clause for its trigger and modality)."""
    mentions = list({(a.span.start, a.span.end): a for a in doc.actors_in(sent)}.values())
    frames = doc.frames_of(sent.index)
    held = [(mention, _roles(frames, mention)) for mention in mentions]
    for source in held:
        for target in held:
            first, second = source[0].span, target[0].span
            if not (first.end <= second.start or second.end <= first.start):
                continue
            clause = _clause(frames, source[1], target[1])
            if clause is not None:
                features = pair_features(sent, frames, source, target, roots)
                yield Pair(source[0], target[0], clause, features)


def open_pairs(
    doc: Document, sent: Sentence, roots: Mapping[str, frozenset[str]]
) -> Iterator[Pair]:
    """The pairs of ``sent`` whose countries the rules' events (``doc.events``, negated
    ones too) left without an event: what the model is asked about."""
    coded = {
        (e.source.code[:3], e.target.code[:3])
        for e in doc.events
        if e.sentence == sent.index and e.source is not None and e.target is not None
    }
    return (pair for pair in pairs(doc, sent, roots) if pair.dyad not in coded)


def _clause(
    frames: Sequence[Frame], source_roles: Mapping[int, str], target_roles: Mapping[int, str]
) -> Frame | None:
    """The clause holding both (a verb's before an event noun's), else the source's, else
    the target's."""
    shared = [frames[p] for p in sorted(source_roles.keys() & target_roles.keys())]
    if shared:
        return next((f for f in shared if f.clause != "nominal"), shared[0])
    either = [*sorted(source_roles), *sorted(target_roles)]
    return frames[either[0]] if either else None


@dataclass
class LearnedEvents:
    """The stage: the model's events for the pairs the rules left without one."""

    models: Mapping[str, EventModel]
    patterns: Mapping[str, Patterns]
    ontology: Ontology
    roots: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, patterns: Mapping[str, Patterns], ontology: Ontology) -> LearnedEvents:
        models = {
            lang: EventModel.load(found)
            for lang in patterns
            if (found := data_file(EVENT_MODEL.format(lang=lang))).is_file()
        }
        roots = {lang: lexicon_roots(patterns[lang]) for lang in models}
        return cls(models, patterns, ontology, roots)

    def __call__(self, doc: Document) -> Document:
        model = self.models.get(doc.lang)
        if model is None:
            return doc
        added: dict[tuple[int, str, str, str], Event] = {}
        for sent in doc.sentences:
            for pair in open_pairs(doc, sent, self.roots[doc.lang]):
                root, p = model.best(pair.features)
                key = (sent.index, *pair.dyad, root)
                if p >= model.threshold and key not in added:
                    added[key] = self._event(doc, sent, pair, model, root, p)
        return replace(doc, events=doc.events + tuple(added.values())) if added else doc

    def _event(
        self, doc: Document, sent: Sentence, pair: Pair, model: EventModel, root: str, p: float
    ) -> Event:
        clause = Clause(doc.frames_of(sent.index), sent, doc.times_in(sent), doc.article.date)
        reading = clause_modality(pair.clause, clause, self.patterns[doc.lang])
        code = model.codes[root]
        if reading.modality == "intended":
            code = self.ontology.intended_code(code)
        cameo, plover = self.ontology.codes[code], self.ontology.plover[code]
        return Event(
            doc_id=doc.article.id,
            sentence=sent.index,
            sentence_text=sent.text,
            source=pair.source,
            target=pair.target,
            cameo=code,
            trigger=pair.clause.trigger,
            rule=f"model:{model.name} p={p:.2f}",
            plover_type=plover.event_type,
            plover_mode=plover.mode,
            modality=reading.modality,
            modality_rule=reading.rule,
            negated=reading.negated,
            goldstein=cameo.goldstein,
            quad_class=cameo.quad_class,
            frame=pair.clause,
        )

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

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import partial

from . import speech
from .contents import document_contents
from .document import Document
from .errors import DictionaryError
from .events_acts import owners_of_acts
from .events_considered import considered_act_coded, considers
from .events_explain import describe, explain_sentences
from .events_fillers import (
    document_authors,
    heads_its_argument,
    nested_event_party,
    place_hosts,
    slot_actors,
)
from .events_implied import (
    implied_source_actors,
    own_country,
    own_population,
    protested_government,
    protests_government,
)
from .events_infinitives import fires_over_infinitive, infinitives_of, only_asked_for
from .events_inverted import object_first
from .events_measures import petitioned_governments
from .events_merge import same_code_sides, self_dyad
from .events_modifiers import slot_pool
from .events_nouns import (
    answers,
    glued_sources,
    implied_party,
    meets_then,
    passive_support,
    supports,
    through_partitive,
)
from .events_refusals import refusals
from .events_senses import no_force_sense, not_aimed_at
from .events_targets import (
    between_companies,
    harm_lemmas,
    judged_authors,
    judged_owner,
    migrants_travelling,
    pair_up,
    public_partner,
    relative_group,
    reported_party,
    statement_topics,
    unaddressed,
)
from .events_threats import threatened_acts, threatens
from .events_verbal import official_code, verbal_code
from .modality import Clause, clause_modality, host_frame
from .modality_unasserted import habit_of, question_of
from .ontology import Ontology
from .pattern_rows import NO_EVENT
from .patterns import Pattern, Patterns, partner_named, stands_alone
from .records import Actor, Event, Frame, Modality, Sentence, Span
from .references_quotes import continued_speakers
from .speech import (
    CRITICIZE,
    PRAISE,
    UNVOICED,
    attribute_all,
    demand_code,
    denied_judgement,
    is_audience,
    is_demand,
    is_judgement_row,
    is_media,
    is_speech_row,
    judged_side,
    place_aside,
    reporting,
    speech_of,
    statement_clause,
    topic_of,
    unvoiced_demand,
)

# ---------------------------------------------------------------- roles and actors


def _coded_by_support_verb(
    frame: Frame, frames: tuple[Frame, ...], coded: list[FrameResult]
) -> str:
    """Why an event noun without a subject of its own is no event: its support verb coded
    the act itself ("continued talks with France" is the negotiation 046), or the
    consultation it sets ("verhandeln bei Arbeitsgesprächen" is one negotiation)."""
    if frame.clause != "nominal" or frame.args("subj") or frame.parent is None:
        return ""
    if frame.parent >= len(coded) or not coded[frame.parent].events:
        return ""
    verb = frames[frame.parent]
    if considers(verb):  # "erwägt Sanktionen": the considered act is coded, not the verb
        return ""
    if supports(verb, frame):
        return f"coded by its support verb {verb.predicate!r}"
    if meets_then(verb, frame, coded[frame.parent].events):
        return f"the setting of the consultation {verb.predicate!r}"
    return ""


@dataclass(frozen=True)
class FrameResult:
    """What the coder did with one frame: its events, or why there are none."""

    frame: Frame
    events: tuple[Event, ...]
    pattern: Pattern | None
    reason: str


class EventCoder:
    """Pipeline stage filling ``doc.events`` from ``doc.frames`` and ``doc.actors``."""

    def __init__(self, patterns: Mapping[str, Patterns], ontology: Ontology) -> None:
        unknown = [
            f"{p.where}: CAMEO code {code} is not in the ontology"
            for table in patterns.values()
            for p in table.rows
            for code in (p.code, p.paired)
            if code not in ("", NO_EVENT)
            and (code not in ontology.codes or ontology.codes[code].level == 0)
        ]
        if unknown:
            raise DictionaryError(unknown)
        self.patterns = dict(patterns)
        self.harm_lemmas = {lang: harm_lemmas(table) for lang, table in patterns.items()}
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
        speakers = continued_speakers(doc)  # "“They laugh at our laws.”" after Trump's words
        results = []
        for index in sorted({f.sentence for f in doc.frames}):
            sent = sentences.get(index)
            frames = doc.frames_of(index)
            clause = Clause(
                frames,
                sent,
                doc.times_in(sent) if sent is not None else (),
                doc.article.date,
            )
            # this sentence's slot actors only (the article's all would be quadratic)
            local = replace(doc, actors=slot_pool(doc, sent)) if sent is not None else doc
            coded = [
                self.code_frame(local, frame, clause, patterns, infinitives_of(position, frames))
                for position, frame in enumerate(frames)
            ]
            apply = partial(self._apply, local, clause=clause, patterns=patterns)
            if doc.lang == "de":  # "Scharfe Kritik übte die Türkei ...": events_inverted.py
                coded = [object_first(r, clause.sent, patterns, apply) for r in coded]
            coded = self._speech(doc, frames, coded, clause, speakers.get(index))
            coded = refusals(frames, coded, self.ontology.intended_code, self._recode)
            coded = threatened_acts(frames, coded, patterns, apply)
            # "drohte, Sanktionen zu verhängen" yields 1312 from both clauses: keep one.
            seen: set[tuple[str, str | None, str, bool, tuple[str, str]]] = set()
            contents = document_contents(frames, sent, patterns.document_lemmas)
            # what the merger keeps: a country's act on itself (its own borders) is dropped
            with_events = [any(not self_dyad(e.source, e.target) for e in r.events) for r in coded]
            for position, (frame, result) in enumerate(zip(frames, coded, strict=True)):
                unasserted = (
                    question_of(frame, clause)
                    or habit_of(frame, clause)
                    or only_asked_for(frame, frames, coded, patterns, clause.sent)
                    or contents.get(position, "")
                    or _coded_by_support_verb(frame, frames, coded)
                    or considered_act_coded(position, frames, with_events)
                    or unaddressed(result.events)
                    or public_partner(result.events, doc.lang)
                    or between_companies(result.events)
                    or migrants_travelling(result.events)
                    or no_force_sense(frame, result.events, sent, frames)
                )
                if unasserted and result.events:
                    result = replace(result, events=(), reason=unasserted)
                kept = []
                for event in result.events:
                    key = (
                        event.source.code if event.source else "",
                        event.target.code if event.target else None,
                        event.cameo,
                        event.negated,
                        same_code_sides(event.source, event.target),
                    )
                    if key not in seen:
                        seen.add(key)
                        kept.append(event)
                unchanged = len(kept) == len(result.events)  # most: a copy would cost
                results.append(result if unchanged else replace(result, events=tuple(kept)))
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
        applicable = [p for p in applicable if not denied_judgement(p, frame, clause.sent)]
        if infinitives and frame.predicate.casefold() in patterns.intent_lemmas:
            # "seeks to hold elections", "drohte, ... zu verhängen": the governed action is
            # the event; the intent verb codes only through a row that reads it (comp=...).
            applicable = [p for p in applicable if fires_over_infinitive(p)]
            if not applicable:
                return FrameResult(
                    frame, (), None, f"{frame.predicate!r} governs an infinitive: that is coded"
                )
        if not candidates:
            return FrameResult(frame, (), None, f"no pattern for lemma {frame.predicate!r}")
        if not applicable:
            wanted = "; ".join(
                f"{p.where} needs {' '.join(describe(c) for c in p.conditions)}" for p in candidates
            )
            return FrameResult(
                frame, (), None, f"patterns for {frame.predicate!r} found, none applies ({wanted})"
            )
        # The best row that finds its actors fires ("ein Manöver abhalten" is joint
        # exercise 062 with a partner, show of force 150 without); else report the best.
        # A source alone yields to a later row that finds a target too ("schlugen den
        # Aufstand von Studenten nieder": the students of "von").
        results = [self._apply(doc, frame, clause, patterns, p) for p in applicable]
        fired = next(
            (r for r in results if r.events or (r.pattern and r.pattern.code == NO_EVENT)),
            results[0],
        )
        # ... but "would not say whether Iran ..." declines comment: no statement on Iran
        negation = fired.pattern is not None and fired.pattern.reads_negation
        if fired.events and all(e.target is None for e in fired.events) and not negation:
            return next((r for r in results if any(e.target for e in r.events)), fired)
        return fired

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
        sources = self._sources(doc, frame, clause, pattern)
        if not sources:
            return FrameResult(
                frame,
                (),
                pattern,
                f"pattern {pattern.where} found but no source actor in {'|'.join(pattern.source)}",
            )
        targets = self._targets(frame, pattern, sources, doc, clause)
        # "a curfew was imposed in Paris": the place that implied the government is no target,
        # and "eine Ausgangssperre für 31 Städte" restricts the people there, not the towns
        own = pattern.own_population and (own_country(targets, sources, sent) or not targets)
        if own:
            targets = own_population(sources, frame.trigger)
        elif not targets and protests_government(pattern, frame, sent):
            targets = protested_government(sources, frame.trigger)
        partnered = partner_named(pattern, frame)
        dyads = pair_up(pattern, sources, targets, partnered, stands_alone(pattern, frame, sent))
        if own:  # "Frankreich und Spanien verhängten Ausgangssperren": each on its own people
            dyads = [(s, t) for s, t in dyads if t is None or t.country == s.country]
        if not dyads:
            why = (
                "only self-dyads (same code)"
                if targets or len(sources) > 1
                else f"no target actor in {'|'.join(pattern.target)}"
            )
            return FrameResult(frame, (), pattern, f"pattern {pattern.where} found but {why}")
        modality, negated, modality_rule = clause_modality(frame, clause, patterns, pattern)
        # a government's planned measures on its own people are no threat to an adversary:
        # "wollen die Corona-Maßnahmen verschärfen" stays 172, intended
        threat = modality == "intended" and not pattern.own_population
        threatened = threat and threatens(frame, clause, patterns)
        code = self.ontology.intended_code(pattern.code, threatened) if threat else pattern.code
        events, seen = [], set()
        for source, target in dyads:
            key = (source.code, target.code if target else None, same_code_sides(source, target))
            if key not in seen:
                seen.add(key)
                # criticism in words and official protests have no intention code: "will
                # fight Republicans" is 111; "will work with Democrats" is 036
                by_actors = verbal_code(
                    pattern.verbal, source, target, frame, sent
                ) or official_code(pattern.official, source)
                by_actors = self.ontology.intended_code(by_actors) if threat else by_actors
                dyad, rule = (source, target), pattern.where
                event = self._event(
                    doc, frame, sent, dyad, by_actors or code, rule, modality, negated
                )
                events.append(replace(event, modality_rule=modality_rule))
        if pattern.paired:  # "X hosted Y" is also Y's visit to X (PETRARCH [043:042])
            paired = self.ontology.intended_code(pattern.paired) if code != pattern.code else ""
            events += [
                replace(self._recode(e, paired or pattern.paired), source=e.target, target=e.source)
                for e in list(events)
                if e.target is not None
            ]
        return FrameResult(
            frame,
            tuple(events),
            pattern,
            f"rule {pattern.where} fired: {code} {modality}{' negated' if negated else ''}",
        )

    def _sources(
        self, doc: Document, frame: Frame, clause: Clause, pattern: Pattern
    ) -> list[Actor]:
        """The source actors of a frame, or else the authority the place it happened at
        implies."""
        sent = clause.sent
        parent = through_partitive(clause.parent_of(frame), clause.frames)
        sources = (
            slot_actors(frame, pattern.source, doc.actors, parent, sent)
            or glued_sources(frame, doc.actors, doc.lang, sent)
            # "issued a statement calling Boehner a leader": the statement's author
            or (
                document_authors(frame, clause.frames, doc.actors, sent)
                if "subj" in pattern.source
                else []
            )
        )
        support = passive_support(frame, clause.frames) if not sources else None
        if support is not None:  # "the sanctions imposed by Washington"
            sources = slot_actors(support, ("agent",), doc.actors, None, sent)
        if sources:
            return sources
        # "he was arrested": the police of his country
        targets = self._targets(frame, pattern, [], doc, clause)
        return implied_source_actors(
            pattern, frame, targets, sent, doc.places_in(sent) if sent else ()
        )

    def _targets(
        self,
        frame: Frame,
        pattern: Pattern,
        sources: list[Actor],
        doc: Document,
        clause: Clause,
    ) -> list[Actor]:
        sent, actors, harms = clause.sent, doc.actors, self.harm_lemmas.get(doc.lang, frozenset())
        slots = tuple(s for s in pattern.target if s != "comp")
        found = slot_actors(frame, slots, actors, None, sent) if slots else []
        # "told reporters": what was said names the target
        if is_speech_row(pattern) or is_judgement_row(pattern):
            places = doc.places_in(sent) if sent and doc.lang == "en" else ()
            found = [
                a
                for a in found
                if not is_media(a) and not is_audience(a) and not place_aside(a, frame, places)
            ]
        if not found and "comp" in pattern.target:
            # Speech: the first actor the statement is about, from another country than
            # the speaker ("Putin erklärte, Russland werde ..." is no dyad; a judgement may
            # be of the speaker's compatriots: speech.judged_side), not the victim
            # or author of force it reports ("confirmed that three women were killed").
            inside = slot_actors(frame, ("comp",), actors, None, sent)
            said = [a.span for a in frame.args("comp")]
            inside = statement_topics(inside, clause.frames, doc.lang, sent, pattern.code, said)
            found = topic_of(
                [
                    a
                    for a in inside
                    if judged_side(a, sources, pattern.code)
                    and not reported_party(a, clause.frames, harms)
                ],
                sent,
                judged=pattern.code in (CRITICIZE, PRAISE),
            )
        if pattern.head_target:  # but "disagreed with Merkel's proposal" judges Merkel
            found = [
                a
                for a in found
                if heads_its_argument(a, frame, slots, doc.lang, pattern.code)
                or judged_owner(a, frame, slots, pattern.code, sent)
            ]
        if not found and pattern.place_host:
            found = (
                place_hosts(frame, slots, doc.places_in(sent), sources, pattern.code)
                if sent
                else []
            )
        parent = clause.parent_of(frame)
        if not found and parent is not None and answers(parent, frame, pattern.code):
            found = slot_actors(parent, ("subj",), actors, None, sent)
        if not found:  # "gegen die Corona-Maßnahmen", "praised the airstrikes": their owner
            found = owners_of_acts(frame, slots, pattern, sources, sent, doc)
        # "criticized the package announced by the government": its author
        authors = judged_authors(frame, slots, pattern.code, clause.frames, actors)
        found = found or [a for a in authors if a not in sources]
        if not found:  # "Die Grünen fordern ein Forschungsprogramm": of their government
            found = petitioned_governments(
                pattern.code, sources, frame, clause.frames, actors, doc.lang
            )
        if not found:  # the harmed or the participants a clause names
            host = host_frame(frame, clause.frames)
            implied = implied_party(frame, host, pattern, clause.frames, sent, harms)
            found = slot_actors(*implied, actors, None, sent) if implied else []
        if not found:
            return []
        table = self.patterns[doc.lang]
        nested = tuple(f for f in clause.frames if f.clause == "nominal" and table.candidates(f))
        return [
            a
            for a in found
            if a not in sources
            and (a in authors or not nested_event_party(a, frame, slots, nested, clause.frames))
            and not relative_group(a, sent, actors)
            and not not_aimed_at(a, frame, pattern.code, sent, nested)
        ]

    def _event(
        self,
        doc: Document,
        frame: Frame,
        sent: Sentence | None,
        dyad: tuple[Actor, Actor | None],
        code: str,
        rule: str,
        modality: Modality,
        negated: bool,
    ) -> Event:
        source, target = dyad
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
            rule=rule,
            plover_type=plover.event_type,
            plover_mode=plover.mode,
            modality=modality,
            negated=negated,
            goldstein=cameo.goldstein,
            quad_class=cameo.quad_class,
            frame=frame,
        )

    def _recode(self, event: Event, code: str) -> Event:
        """``event`` with another CAMEO code (its 3-digit parent where the ontology lacks the
        code: 1214), its PLOVER type and scores."""
        code = code if self._known(code) else code[:3]
        cameo, plover = self.ontology.codes[code], self.ontology.plover[code]
        return replace(
            event,
            cameo=code,
            plover_type=plover.event_type,
            plover_mode=plover.mode,
            goldstein=cameo.goldstein,
            quad_class=cameo.quad_class,
        )

    def _known(self, code: str) -> bool:
        return code in self.ontology.codes and code in self.ontology.plover

    def _speech(
        self,
        doc: Document,
        frames: tuple[Frame, ...],
        coded: list[FrameResult],
        clause: Clause,
        carried: Actor | None,
    ) -> list[FrameResult]:
        """CAMEO's conventions for what people say (:mod:`chronik.speech`): what a speech
        clause reports is coded by its content, with the speaker as ``reported_by``; the
        speech clause's own 010 stays only when its content codes nothing. ``carried``: the
        speaker whose words a sentence without speech verb continues (references_quotes)."""
        speech = {i for i, r in enumerate(coded) if r.pattern and is_speech_row(r.pattern)}
        result = list(coded)
        content: set[int] = set()
        for position, frame in enumerate(frames):
            said = speech_of(position, frames, speech)
            spoken = coded[said] if said is not None and position not in speech else None
            speaker = spoken.events[0].source if spoken and spoken.events else None
            if said is None and carried and statement_clause(position, frames, speech):
                frame, speaker, spoken = replace(frame, reported=True), carried, coded[position]
            if speaker is None or spoken is None:
                if spoken is not None and unvoiced_demand(frame, spoken):
                    result[position] = replace(coded[position], events=(), reason=UNVOICED)
                continue
            demands = self._demands(doc, frame, clause, speaker, coded[position], spoken)
            if demands:
                result[position] = demands
            elif coded[position].events and not unaddressed(coded[position].events):
                # a threat or appeal without addressee is no event, so no content either
                pattern = coded[position].pattern
                events = attribute_all(
                    coded[position].events,
                    speaker,
                    pattern is not None and pattern.reciprocal,
                    self.ontology.intended_code,
                    self._recode,
                )
                if all(e.negated for e in events):
                    continue
                result[position] = replace(coded[position], events=tuple(events))
            else:
                continue
            if said is not None:
                content.add(said)
        content |= reporting(frames, result, speech, content)
        for said in content:
            why = "the statement is coded by its content, with the speaker as reported_by"
            result[said] = replace(result[said], events=(), reason=why)
        return result

    def _demands(
        self,
        doc: Document,
        frame: Frame,
        clause: Clause,
        speaker: Actor,
        own: FrameResult,
        spoken: FrameResult,
    ) -> FrameResult | None:
        """ "Der Minister sagte, Russland müsse die Truppen abziehen": a demand (10x) from
        the speaker on the clause's subject, instead of the clause's hypothetical event (an
        appeal, 02x, for what it only "should" do);
        "said North Korea supported terrorism", a wrongful act without a dyadic event of
        its own: the speaker's accusation (11x) of another actor (speech.accusation_code)."""
        content = speech.accusation_code(frame) or speech.threat_code(frame)
        accuses = None if any(e.target for e in own.events) else content
        if not (accuses or is_demand(frame)) or spoken.pattern is None:
            return None
        subjects = slot_actors(frame, ("subj",), doc.actors, None, clause.sent)
        firm = speech.is_firm_demand(frame)
        targets = [a for a in subjects if speech.charged(a, speaker, accuses, firm=firm)]
        if not targets:
            return None
        action = own.pattern.code if own.pattern and own.pattern.code != NO_EVENT else ""
        # "must not attack" asks to refrain: no counterpart of the act's own code
        intended = "" if frame.negated else self.ontology.intended_code(action)
        code = accuses or demand_code(intended, self._known, firm=firm)
        events = tuple(
            self._event(
                doc, frame, clause.sent, (speaker, t), code, spoken.pattern.where, "asserted", False
            )
            for t in {a.code: a for a in targets}.values()
        )
        if accuses:  # "said Russia violated the treaty": the reported 128 stays beside it
            events = tuple(replace(e, reported_by=speaker) for e in own.events) + events
        return replace(
            own, events=events, reason=f"a statement of {speaker.code} coded by its content: {code}"
        )

    def explain(self, doc: Document, *, within: Span | None = None) -> str:
        """Per sentence (those overlapping ``within``, if given): its actors and places (with
        the gazetteer row of each), its frames with roles and actors, and the rule that fired
        (and the one that set the modality) or why none did. For ``chronik explain`` and
        ``chronik eval --errors``."""
        return explain_sentences(doc, self.results(doc), within)


def explain(doc: Document, coder: EventCoder) -> str:
    """Why each frame of ``doc`` did or did not become an event (see EventCoder.explain)."""
    return coder.explain(doc)

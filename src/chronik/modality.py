"""Modality and negation of a coded frame: hypothetical > intended > reported > asserted.

Read from the frame's own grammar (tense, mood, modal verbs, reported speech, a conditional
clause) and from its sentence (the governing clause, time expressions after the article date,
intent markers such as "nächste" before an event noun); docs/patterns.md, *Modality*.
Questions and general practices assert nothing at all (modality_unasserted.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .analysis import de_lexicon, en_lexicon
from .analysis.de_segments import QUOTES
from .conditions import condition_opening
from .events_considered import considers
from .events_nouns import answers, denied_by_noun, meets_then, supports
from .modality_governors import (
    ability_predicative,
    expectation,
    offers_readiness,
    readiness_word,
    ready_predicative,
)
from .patterns import Pattern, Patterns, fold, matches_word
from .records import EventDate, Frame, Modality, Sentence, Span, Token

# Subordinating conjunctions that make a clause a condition or an open question, not a fact
# ("wenn X angreift", "ob die USA nachkommen").
CONDITIONAL_CONJUNCTIONS = de_lexicon.CONDITIONAL_CONJUNCTIONS | en_lexicon.CONDITIONAL_CONJUNCTIONS
# Conjunctions of a clause of time: a present-tense meeting under one happens when its main
# clause does ("when he meets Xi, he will …", "Bevor sich Kim und Moon treffen, werden …").
TIME_CONJUNCTIONS = frozenset({"when", "before", "once", "until", "after", "bevor", "sobald"})
# Relative adverbs of place: the clause happens where, and so when, its governing clause does.
_PLACE_RELATIVES = frozenset({"where", "wo"})
# Finite verb tags of German (STTS): a verb-first condition opens with one.
_GERMAN_FINITE_TAGS = frozenset({"VAFIN", "VMFIN", "VVFIN"})


class Reading(NamedTuple):
    """A frame's modality and negation, and the rule that set the modality ("future
    tense", "time after the article date: 'am 27. Februar'"; empty for asserted, which no
    rule sets)."""

    modality: Modality
    negated: bool
    rule: str


MODALITY_RANK: dict[Modality, int] = {
    "asserted": 0,
    "reported": 1,
    "intended": 2,
    "hypothetical": 3,
}


def _stronger(current: tuple[Modality, str], modality: Modality, rule: str) -> tuple[Modality, str]:
    """``(modality, rule)`` where it ranks above ``current``, else ``current``."""
    return (modality, rule) if MODALITY_RANK[modality] > MODALITY_RANK[current[0]] else current


def conditional_word(frame: Frame, parent: Frame | None, sent: Sentence | None) -> str | None:
    """The "wenn"/"if"/"ob" that opens a subordinate clause: such a word between the
    clause's first word and the comma before it ("ob Pjöngjang ... umsetzt oder die USA ...
    nachkommen" covers both conjuncts); or the finite verb of a German verb-first
    condition (:func:`_verb_first_condition`)."""
    if sent is None or frame.clause != "subordinate":
        return None
    first = min([frame.trigger.start, *(a.span.start for a in frame.arguments)])
    before = [t for t in sent.tokens if t.end <= first]
    start = 0
    for k in range(len(before) - 1, -1, -1):
        token = before[k]
        if token.text in {",", ";", ":"}:
            start = k + 1
            break
        if token.text.casefold() in CONDITIONAL_CONJUNCTIONS:
            return token.text
    # the clause's first word: one before its first argument, else that argument or verb
    opening = [t for t in before[start:] if t.text not in QUOTES]
    opening += [t for t in sent.tokens if t.start == first]
    after_quotation = start >= 2 and before[start - 2].text in QUOTES
    if not opening or after_quotation:
        return None  # "„…“, sagt er nun, „…“": a speech clause after its quotation
    return _verb_first_condition(frame, parent, opening[0], opens_sentence=start == 0)


def _verb_first_condition(
    frame: Frame, parent: Frame | None, verb: Token, *, opens_sentence: bool
) -> str | None:
    """The finite verb that opens a German condition without "wenn": "Sollte Russland
    angreifen, …", "Greift Russland an, verhängt die EU …", "…, hätte die Nato geholfen".
    A dependent clause opens so only as a condition; a verb of the Konjunktiv II ("sollte",
    "hätte", "wäre") says so wherever the clause stands, another verb only where the clause
    opens the sentence before the clause it depends on."""
    if verb.tag not in _GERMAN_FINITE_TAGS:
        return None
    if verb.text.casefold() in de_lexicon.CONDITION_OPENING_VERBS:
        return verb.text
    before_parent = parent is not None and parent.trigger.start > frame.trigger.end
    return verb.text if opens_sentence and before_parent else None


def modality_of(
    frame: Frame, parent: Frame | None, sent: Sentence | None, intent_lemmas: frozenset[str]
) -> tuple[Modality, str]:
    """hypothetical > intended > reported > asserted, from the frame's own grammar, with
    the rule that decided it. A conditional outside reported speech is hypothetical
    ("Deutschland würde helfen"); in reported speech "würde" or a modal stands for a future
    ("sie würden sich treffen") and is intended, like the future tense and intent modals
    (wollen, plan to); a verb's own Konjunktiv II reports the present or (perfect) past."""
    if frame.mood == "conditional" and not frame.reported:
        return "hypothetical", "conditional mood"
    conditional = conditional_word(frame, parent, sent) or condition_opening(frame, sent)
    if conditional:
        return "hypothetical", f"conditional clause ({conditional!r})"
    ability = ability_predicative(frame, parent)
    if ability:
        return "hypothetical", f"an ability ({ability!r}) is no act"
    expected = expectation(frame, sent)
    if expected is not None and expected[0] == "hypothetical":
        return expected
    modal = (frame.modal or "").casefold()
    if frame.tense == "future":
        return "intended", "future tense"
    if modal in intent_lemmas:
        return "intended", f"intent modal {frame.modal!r}"
    if frame.clause == "infinitive" and parent and considers(parent):
        return "hypothetical", f"infinitive under {parent.predicate!r}: only considered"
    if frame.clause == "infinitive" and parent and (intent := _intent(parent, intent_lemmas)):
        return "intended", f"infinitive under intent {intent!r}"
    ready = readiness_word(frame, sent) or ready_predicative(frame, parent)
    if ready:
        return "intended", f"governed by {ready!r} to"
    if expected is not None:
        return expected
    if frame.mood == "conditional" and (frame.tense == "past" or not frame.modal):
        # "sagte, sie hätten sich getroffen", "stünden in engem Austausch": a verb's Konjunktiv
        # II stands in for a Konjunktiv I alike to the indicative: it reports past or present
        return "reported", f"{frame.tense} conditional in reported speech"
    if frame.mood == "conditional":
        return "intended", "conditional mood in reported speech"
    return ("reported", "reported speech") if frame.reported else ("asserted", "")


def _intent(verb: Frame, intent_lemmas: frozenset[str]) -> str | None:
    """The intent verb, or the intention its object names ("erklärte seine Bereitschaft, die
    Grenzen zu öffnen", "hat Interesse angemeldet, ... mitzufinanzieren")."""
    words = (verb.predicate, *(a.head for a in verb.args("obj")))
    return next((w for w in words if w.casefold() in intent_lemmas), None)


# Words that may stand between an event noun and the marker before it ("das nächste
# große Treffen"): a determiner, preposition or verb ends the noun's modifiers.
_MODIFIER_STOP = frozenset({"DET", "ADP", "VERB", "AUX", "PUNCT", "PRON", "CCONJ", "SCONJ"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?"})
_INTENT_PREPOSITIONS = en_lexicon.INTENT_PREPOSITIONS | de_lexicon.INTENT_PREPOSITIONS
_PROPOSING_VERBS = en_lexicon.PROPOSING_VERBS | de_lexicon.PROPOSING_VERBS
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
        if argument.span.contains(frame.trigger)
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
        and any(s.contains(other.trigger) for s in spans)
        for span in _argument_spans(other)
        # "trifft Xi Jinping am 27. Februar": a PP that is the frame's own argument too is
        # the frame's, whatever noun the analysis also hung it on
        if span not in spans
    ]
    # Overlap, not containment: an English "pp" span leaves out its preposition, the time
    # expression keeps it ("on March 12").
    inside = [
        time
        for time in clause.times
        if time.span is not None
        and any(s.overlaps(time.span) for s in spans)
        and not any(s.overlaps(time.span) for s in nested)
    ]
    return inside + _adverbial_times(frame, clause)


def _adverbial_times(frame: Frame, clause: Clause) -> list[EventDate]:
    """Time adverbials among the frame's own words that are no argument of any frame: the
    German analysis leaves "morgen", "nächste Woche" out of the arguments ("Merkel besucht
    nächste Woche Frankreich")."""
    if frame.clause == "nominal":
        return []
    first, last = clause_extent(frame)
    taken = [span for other in clause.frames for span in _argument_spans(other)]
    return [
        time
        for time in clause.times
        if time.span is not None
        and first <= time.span.start
        and time.span.end <= last
        and not any(s.overlaps(time.span) for s in taken)
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
    word = fold(token.text)
    return any(matches_word(word, fold(marker)) for marker in markers)


def _premodified(frame: Frame, sent: Sentence | None, markers: frozenset[str]) -> bool:
    """An intent marker among the words before an event noun ("beim zweiten Treffen",
    "the upcoming summit"), or a preposition before them that puts it later than its
    clause ("ahead of a meeting")."""
    if sent is None:
        return False
    before = [t for t in sent.tokens if t.end <= frame.trigger.start]
    for index in range(len(before) - 1, max(len(before) - 5, -1), -1):
        token = before[index]
        if _is_marker(token, markers):  # a participle too: "the planned meeting"
            return True
        if token.pos in _MODIFIER_STOP or token.text in _CLAUSE_ENDS:
            return _after_intent_preposition(before[: index + 1])
    return False


def _after_intent_preposition(before: list[Token]) -> bool:
    """Whether the words before an event noun's premodifiers end in a preposition that
    puts it later than its clause, with or without a determiner ("ahead of a meeting", "in
    preparation for the summit")."""
    words = [t.text.casefold() for t in before[-3:]]
    if words and before[-1].pos in {"DET", "PRON"}:
        words.pop()
    return tuple(words[-2:]) in _INTENT_PREPOSITIONS


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
    frame: Frame, clause: Clause, patterns: Patterns, row: Pattern | None = None
) -> Reading:
    """Modality and negation of a frame in its sentence (docs/patterns.md, *Modality*).

    Beyond the frame's grammar (:func:`modality_of`): a non-past clause with a time
    expression after the article date is intended ("Trump trifft Kim am 27. Februar"), as
    is a present-tense meeting marked "ein zweites Mal"; an event noun preceded by an
    intent marker ("beim nächsten Gipfel") is intended unless its clause is past, and it
    takes the modality and negation of the clause it stands in ("Er plant ein Treffen",
    "Es gab kein Treffen"). ``row`` is the pattern row that codes the frame, if any."""
    parent = clause.parent_of(frame)
    reading = modality_of(frame, parent, clause.sent, patterns.intent_lemmas)
    if (frame.modal or "").casefold() in patterns.hypothetical_modals and frame.tense != "past":
        # "Kiev should consider", "Die EU muss kooperieren" - but "musste einräumen" did.
        reading = "hypothetical", f"hypothetical modal {frame.modal!r}"
    if (
        frame.clause == "infinitive"
        and parent is not None
        and parent is not frame
        and not offers_readiness(parent)
    ):
        # "is scheduled to arrive to meet": a purpose or complement infinitive is no more
        # factual than the clause it depends on.
        grand = clause.parent_of(parent)
        governing, why = modality_of(parent, grand, clause.sent, patterns.intent_lemmas)
        reading = _stronger(reading, governing, f"governing clause {parent.predicate!r}: {why}")
    governor = parent.predicate.casefold() if parent and frame.clause == "infinitive" else ""
    # "weigerte sich, ... zu treffen", "does not plan to meet", "has not demonstrated the
    # capability to deploy": an infinitive is denied by its negating or negated governor;
    # "denied that it had attacked the tanker", "does not think Iran will attack": a
    # that-clause by its negating governor or a negated belief.
    stated = parent.predicate.casefold() if parent and frame.clause == "subordinate" else ""
    negated = (
        frame.negated
        or _negating(governor, patterns)
        or _negating(stated, patterns)
        or bool((governor or stated in _NEG_RAISING) and parent and parent.negated)
    )
    ruled_out = _ruled_out(frame, parent)
    if ruled_out is not None and parent is not None:
        # "schloss nicht aus, Obama zu verklagen": a possibility; "schloss aus, …": denied
        negated = frame.negated or not ruled_out
        if ruled_out:
            reading = "hypothetical", f"not ruled out by {parent.predicate!r}"
    host = host_frame(frame, clause.frames) if frame.clause == "nominal" else None
    if MODALITY_RANK[reading[0]] < MODALITY_RANK["intended"] and frame.tense != "past":
        why = _intent_in_context(frame, host, clause, patterns, row.code if row else None)
        reading = ("intended", why) if why else reading
    if host is not None and not _happened_before(frame, host):
        hosted = clause_modality(host, clause, patterns)
        lemma = host.predicate.casefold()
        host_reading = hosted.modality, f"host clause {host.predicate!r}: {hosted.rule}"
        proposing = lemma in _PROPOSING_VERBS and _object_slot(frame, host) == "obj"
        if (lemma in patterns.intent_lemmas or proposing) and not _setting_of_past(frame, host):
            why = f"host clause {host.predicate!r} states an intention"
            host_reading = _stronger(host_reading, "intended", why)
        reading = _stronger(reading, *host_reading)
        # "rejected U.S. demands": the demands were made, whatever the answer
        answered = row is not None and answers(host, frame, row.code)
        # "hielt Gespräche ab" held them: a support verb's object is done, whatever other
        # sense its lemma has ("hielt ihn davon ab, ... zu" denies an infinitive); "warnt vor
        # einem Angriff" fears it ("warnt davor, ... zu" denies it)
        kept = supports(host, frame) or lemma in _FEARING_VERBS
        denying = _negating(lemma, patterns) and not kept
        # "In Gesprächen mit der Opposition lehnte er … ab": the talks are the setting, held
        # whatever the clause denies
        setting = meets_then(host, frame)
        negated = negated or (not answered and not setting and (hosted.negated or denying))
        reading, negated = _object_of_stance(frame, host, hosted.negated, (reading, negated))
    negated = negated or denied_by_noun(frame, clause.frames)
    if row is not None and row.reads_negation:
        # "did not comment", "would not comment", "won't say": declining to comment (011) is
        # an act that took place, no negated, hypothetical or intended event
        if reading[0] in {"hypothetical", "intended"}:
            reading = "asserted", f"a refusal: {reading[1]}"
        negated = False
    return Reading(reading[0], negated, reading[1])


def _negating(lemma: str, patterns: Patterns) -> bool:
    """A verb that denies what it governs: a `negating` row ("refused to meet") or a verb
    of prevention ("prevented a war")."""
    return lemma in patterns.negating_lemmas or lemma in en_lexicon.PREVENTING_VERBS


# Verbs whose event-noun object is only feared, warned of or demanded, and verbs that deny it
# (with the slots that hold it), or deny what they govern when negated (docs/patterns.md).
_FEARING_VERBS = de_lexicon.FEARING_VERBS | en_lexicon.FEARING_VERBS
_NEG_RAISING = de_lexicon.NEG_RAISING_VERBS | en_lexicon.NEG_RAISING_VERBS
_NOUN_DENYING_VERBS = de_lexicon.NOUN_DENYING_VERBS | en_lexicon.NOUN_DENYING_VERBS
_RULING_OUT_VERBS = de_lexicon.RULING_OUT_VERBS | en_lexicon.RULING_OUT_VERBS
# "bei ihrem Treffen … beschlossen": the preposition of a place or time the clause happened in
_SETTING_PREPOSITIONS = en_lexicon.SETTING_PREPOSITIONS | de_lexicon.MEETING_TIME_PREPOSITIONS


def _object_slot(frame: Frame, host: Frame) -> str:
    """The slot of ``host`` that holds the event noun ``frame``: "obj" (also the subject of
    a passive: "die Freilassung wird gefordert"), a preposition, or another role."""
    holding = [a for a in host.arguments if a.span.contains(frame.trigger)]
    argument = min(holding, key=lambda a: a.span.end - a.span.start)
    if argument.role == "pp" and argument.prep:
        return argument.prep.casefold()
    passive_subject = argument.role == "subj" and host.voice == "passive"
    return "obj" if passive_subject else argument.role


def _setting_of_past(frame: Frame, host: Frame) -> bool:
    """An event noun in a phrase of place or time of a past clause took place: "at the
    summit between Kim and Moon, they agreed to ...", "bei ihrem Treffen hatten sie
    beschlossen" (not "aimed at talks": the aim)."""
    slot = _object_slot(frame, host)
    aimed = host.predicate.casefold() == "aim"
    return host.tense == "past" and slot in _SETTING_PREPOSITIONS and not aimed


def _happened_before(frame: Frame, host: Frame) -> bool:
    """An event noun in a German phrase of a time after took place before its clause, so
    the clause's intention or doubt is not its own ("Nach der Festnahme des Attentäters
    sollen weitere Verdächtige auf der Flucht sein": arrested)."""
    return _object_slot(frame, host) in de_lexicon.AFTER_PREPOSITIONS


def _object_of_stance(
    frame: Frame, host: Frame, host_negated: bool, current: tuple[tuple[Modality, str], bool]
) -> tuple[tuple[Modality, str], bool]:
    """Modality and negation of an event noun that is what its host verb fears, demands or
    denies: "befürchtet die Festnahme", "called for the release" are hypothetical;
    "ruled out talks", "verhinderte einen Anschlag" negated, unless the host is negated
    ("schloss einen Angriff nicht aus": possible; "did not prevent the attack": it happened)."""
    reading, negated = current
    lemma = host.predicate.lower()  # not casefold, which makes "ausschließen" "ausschliessen"
    slot = _object_slot(frame, host)
    if slot in _FEARING_VERBS.get(lemma, ()) and not host_negated:
        why = f"feared, demanded or considered by {host.predicate!r}"
        return _stronger(reading, "hypothetical", why), negated
    if slot not in _NOUN_DENYING_VERBS.get(lemma, ()):
        return reading, negated
    if not host_negated:
        return reading, True
    if lemma in _RULING_OUT_VERBS:
        reading = "hypothetical", f"not ruled out by {host.predicate!r}"
    return reading, frame.negated


def _ruled_out(frame: Frame, parent: Frame | None) -> bool | None:
    """For a clause under a verb of ruling out ("ausschließen"): True when the governor is
    negated (the clause is left possible), False when it is not (denied); None otherwise."""
    if parent is None or frame.clause not in ("infinitive", "subordinate"):
        return None
    if parent.predicate.lower() not in de_lexicon.RULING_OUT_VERBS:
        return None
    return parent.negated


def _intent_in_context(
    frame: Frame, host: Frame | None, clause: Clause, patterns: Patterns, code: str | None
) -> str:
    """Why a non-past clause that its grammar leaves below intended is intended all the
    same, or "" if it is not: a time after the article date, an intent marker before an
    event noun, or one in a present-tense meeting clause."""
    times = own_times(frame, clause)
    markers = patterns.intent_markers
    schedulable = code is None or code[:2] < _CONFLICT_ROOT
    later = [t.span.text if t.span else t.value for t in times if is_after(t, clause.article_date)]
    if schedulable and later:
        return f"time after the article date: {later[0]!r}"
    if frame.clause == "nominal" and (host is None or host.tense != "past"):
        marked = _premodified(frame, clause.sent, markers)
        return "intent marker before the event noun" if marked else ""
    meeting = (code or "").startswith(_SCHEDULED_ROOT) and frame.tense == "present" and not times
    if meeting and frame.clause != "nominal":
        if _marked_outside_arguments(frame, clause.sent, markers):
            return "intent marker in a present-tense meeting clause"
        return _at_time_of_intended(frame, clause, patterns)
    return ""


def _at_time_of_intended(frame: Frame, clause: Clause, patterns: Patterns) -> str:
    """Why a present-tense clause of time or place is intended, or "": its main clause is
    ("Obama will raise trade when he meets Xi", "Before Kim and Moon meet, the countries
    will install a hotline", "Am kommenden Freitag wird er in Den Haag erwartet, wo er Rutte
    trifft"), so it happens at that clause's time, still to come."""
    parent = clause.parent_of(frame)
    if frame.clause != "subordinate" or parent is None or parent is frame:
        return ""
    opening = _opening_word(frame, clause.sent)
    if opening not in TIME_CONJUNCTIONS | _PLACE_RELATIVES:
        return ""
    grand = clause.parent_of(parent)
    governing, _ = modality_of(parent, grand, clause.sent, patterns.intent_lemmas)
    later = parent.tense != "past" and any(
        is_after(t, clause.article_date) for t in own_times(parent, clause)
    )
    return (
        f"{opening!r} clause of the intended {parent.predicate!r}"
        if governing == "intended" or later
        else ""
    )


def _opening_word(frame: Frame, sent: Sentence | None) -> str:
    """The word before a clause's first word, lowercased ("when", "bevor"), past a pronoun
    that is none of its arguments ("Bevor sich Kim und Moon treffen")."""
    first, _ = clause_extent(frame)
    before = [t for t in sent.tokens if t.end <= first] if sent is not None else []
    while before and before[-1].pos == "PRON":
        before.pop()
    return before[-1].text.casefold() if before else ""


def clause_extent(frame: Frame) -> tuple[int, int]:
    """Where the words of a frame begin and end: its trigger and its own arguments."""
    spans = [frame.trigger, *_argument_spans(frame)]
    return min(s.start for s in spans), max(s.end for s in spans)

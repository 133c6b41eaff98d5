"""German clauses over tagged words, by the topological field model.

A sentence is cut into segments at commas, colons, dashes and brackets, and at "und",
"oder", "aber" … where both sides hold a finite verb. Each segment is typed by its first
word: a subordinating conjunction (KOUS) opens a verb-final subordinate clause, a relative
pronoun a relative clause, "um"/"ohne" or a zu-infinitive an infinitive clause; a segment
with a finite verb is a verb-second main clause; one without a verb is a fragment that
joins a neighbour (an apposition, or the Vorfeld of the verb-first segment that follows).
Within a clause the finite verb is the left bracket in main clauses (everything before it is
the one-constituent Vorfeld) and the verbs at the end form the right bracket.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import ClauseKind
from .de_lexicon import CONDITION_OPENING_VERBS, OBLIGATION_MODALS
from .de_morph import Number, VerbInfo
from .de_perfect import fronted_participle, restore_participle
from .de_segments import (
    CLAUSE_COORDINATORS,
    QUOTES,
    Segment,
    bracketed_positions,
    bridged,
    coordination_split,
    cut_at_breaks,
    is_verb_final,
    opens_list,
    relative_start,
    typed_segment,
)
from .de_speakers import first_person_form, names_speaker, speaker_closes
from .de_words import Word

# Tags of the word after the verb of a verb-first condition: its subject begins there.
_SUBJECT_OPENERS = frozenset(
    {"NE", "NN", "ART", "PPER", "PDS", "PDAT", "PIS", "PIAT", "PPOSAT", "ADJA", "CARD"}
)

_DEPENDENT_KINDS: dict[str, ClauseKind] = {
    "sub": "subordinate",
    "rel": "relative",
    "inf": "infinitive",
}

# The lexicon's speech verbs, and those with its content verbs (de_lexicon.GermanLexicon).
Verbs = tuple[frozenset[str], frozenset[str]]


@dataclass(eq=False)
class Clause:
    """A clause: its kind, the word positions it owns (not those of clauses inside it) and
    the clause it depends on."""

    kind: ClauseKind
    positions: list[int]
    parent: Clause | None = None
    coordinated: bool = False  # opened by "und", "aber" …
    has_finite: bool = False
    # "hat Kim getroffen und die Erklärung unterzeichnet": the second conjunct shares the
    # finite verb (in ``positions``) and the subject of the first.
    shares_subject: bool = False
    # A verb-first main clause that is no question or speech clause: "…, habe X gekauft",
    # "und hat eine grosse Auswahl". Its subject is left out unless it is clearly there.
    elliptic: bool = False
    # introduces reported speech: a speech verb, or any verb-first clause after a quotation
    speech: bool = False
    verb_second: bool = False  # a main clause, or a main-clause complement ("sagte, es gebe")
    verb_first: bool = False  # no Vorfeld: "Sinkt das Angebot, …"
    children: list[Clause] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.positions[0]


def promote_finite(words: list[Word]) -> list[Word]:
    """HanTa tags plural finite verbs that look like infinitives ("verhandeln",
    "nachkommen") as VVINF, and some 3rd singulars as participles ("unterzeichnet"). A
    segment with no finite verb and no zu-infinitive has one: the last verb of a
    verb-final clause, else the first verb. Infinitives and participles HanTa took for
    finite verbs are given back to the auxiliary that governs them."""
    words = list(words)
    for whole in cut_at_breaks(words):
        _demote_governed_infinitive(words, whole)
        restore_participle(words, whole)
        if _open_auxiliary(words, whole[0]) or _infinitive_question(words, whole):
            continue  # "hätte es uns viel Zeit, Ärger und Geld gespart"
        if fronted_participle(words, whole):
            continue  # "Mit den Vorwürfen konfrontiert, bestritt …": no clause of its own
        if words[whole[0]].tag == "KON" and any(
            w.tag in ("VAFIN", "VMFIN") for w in words[: whole[0]]
        ):
            continue  # "hat Kim getroffen, der lachte, und die Erklärung unterzeichnet"
        auxiliary_before = False
        # "weil in Paris oder in Wien die Parks gesperrt werden": a conjunct of a verb-final
        # clause is verb-final too
        subordinate = words[whole[0]].tag in _VERB_FINAL_OPENERS
        for segment in _coordinator_parts(words, whole):
            # an auxiliary governs coordinated verbs after it: "wird kommen und sehen"
            if not auxiliary_before:
                _promote_in(words, segment, subordinate)
            auxiliary_before = auxiliary_before or any(
                words[p].tag in ("VAFIN", "VMFIN") for p in segment
            )
    return words


# A finite verb in the form of its infinitive and the infinitive tag it stands for.
_DEMOTABLE = {"VVFIN": "VVINF", "VAFIN": "VAINF"}


def _demote_governed_infinitive(words: list[Word], segment: list[int]) -> None:
    """ "Die EU werde Sanktionen verhängen, sollte …", "soll … angegriffen haben": HanTa
    tags such an infinitive a finite verb. A verb-second clause has one finite verb; a second
    one in the infinitive's form, last, after a finite "werden" or modal and no
    conjunction, is governed."""
    finite = [p for p in segment if words[p].finite]
    if len(finite) != 2 or finite[1] != segment[-1]:
        return
    if any(words[p].tag == "KON" for p in segment if finite[0] < p < finite[1]):
        return  # "Die Staaten können helfen und die USA verhandeln": two clauses
    auxiliary, last = words[finite[0]], words[finite[1]]
    governs = auxiliary.tag == "VMFIN" or (auxiliary.tag == "VAFIN" and auxiliary.lemma == "werden")
    if governs and last.tag in _DEMOTABLE and last.text.casefold() == last.lemma.casefold():
        tag = _DEMOTABLE[last.tag]
        words[finite[1]] = Word(last.text, last.start, last.end, last.lemma, tag, None)


def _infinitive_question(words: list[Word], segment: list[int]) -> bool:
    """ "Sanktionen gegen Russland verhängen?", "Russland angreifen oder nicht?": a
    question that ends in a bare infinitive asks whether to act; it has no finite verb
    and no subject, and reports no act. Not a dependent clause ("…, ob sie verhandeln?")."""
    after = segment[-1] + 1
    if after >= len(words) or words[after].text != "?":
        return False
    if words[segment[0]].tag in ("KOUS", "PRELS", "PWAV", "PWS", "PWAT", "KOKOM"):
        return False
    verbs = [p for p in segment if words[p].is_verb]
    if not verbs or any(words[p].finite for p in verbs):
        return False
    last = words[verbs[-1]]
    tail = [w for w in words[verbs[-1] + 1 : after] if w.tag not in ("KON", "PTKNEG", "ADV")]
    return last.tag == "VVINF" and last.text.casefold() == last.lemma.casefold() and not tail


def _open_auxiliary(words: list[Word], before: int) -> bool:
    """Is the last finite verb before ``before`` a haben/werden/modal still waiting for
    its participle or infinitive?"""
    for p in range(before - 1, -1, -1):
        word = words[p]
        if word.tag in ("VVINF", "VVPP", "VAINF", "VAPP", "VMINF", "VVIZU", "VVFIN"):
            return False
        if word.tag in ("VAFIN", "VMFIN"):
            return word.tag == "VMFIN" or word.lemma in ("haben", "werden")
    return False


def _coordinator_parts(words: list[Word], positions: list[int]) -> list[list[int]]:
    parts: list[list[int]] = [[]]
    for p in positions:
        if words[p].tag == "KON" and words[p].text.lower() in CLAUSE_COORDINATORS:
            parts.append([])
        else:
            parts[-1].append(p)
    return [part for part in parts if part]


_VERB_FINAL_OPENERS = frozenset({"KOUS", "PRELS", "PWAV", "PWS", "KOKOM"})


def _promote_in(words: list[Word], segment: list[int], subordinate: bool) -> None:
    tags = [words[p].tag for p in segment]
    if any(words[p].finite for p in segment) or "PTKZU" in tags or "VVIZU" in tags:
        return
    verbs = [p for p in segment if words[p].tag in ("VVINF", "VAINF", "VMINF", "VVPP")]
    if not verbs:
        return
    first = words[segment[0]]
    verb_final = subordinate or first.tag in _VERB_FINAL_OPENERS or relative_start(words, segment)
    chosen = verbs[-1] if verb_final else verbs[0]
    if not verb_final and chosen == segment[0]:
        return  # a verb-first infinitive is a headline or an imperative, not V2
    word = words[chosen]
    # "unterzeichnet" (3rd singular, taken for a participle), "verhandeln" (plural)
    number: Number = "Sing" if word.tag == "VVPP" else "Plur"
    if word.tag == "VVPP" and not word.text.endswith("t"):
        return
    info = VerbInfo(True, "present", "indicative", number)
    words[chosen] = Word(word.text, word.start, word.end, word.lemma, word.tag[:2] + "FIN", info)


def clauses(words: list[Word], verbs: Verbs) -> tuple[list[Clause], list[int]]:
    """The clauses of a sentence, each with its kind and governing clause, and the positions
    left in no clause (a verbless headline or fragment); ``verbs``: :func:`_place_main`."""
    segments = [
        typed_segment(words, part)
        for positions in cut_at_breaks(words)
        for part in coordination_split(words, positions)
    ]
    found: list[Clause] = []
    waiting: list[Clause] = []  # clauses that precede the main clause they depend on
    pending: list[int] = []  # verbless material waiting for its verb-first segment
    leftover: list[int] = []  # verbless material that belongs to no clause
    open_clause: Clause | None = None  # a clause interrupted before its finite verb
    bracketed = bracketed_positions(words)
    for k, seg in enumerate(segments):
        if seg.kind == "frag" and all(p in bracketed for p in seg.positions):
            leftover.extend(seg.positions)  # "(SPD)", "(BAG)": an aside, no argument
            continue
        if seg.kind == "frag":
            if pending or not found or _fragment_is_vorfeld(words, segments, k, found[-1]):
                pending.extend(bridged(words, pending, seg.positions))
            else:
                host = open_clause or _host_of_fragment(words, found[-1], seg.positions)
                host.positions.extend(bridged(words, host.positions, seg.positions))
            continue
        if (
            seg.kind == "v2"
            and open_clause is not None
            and not seg.coordinated
            and not seg.verb_first
            and is_verb_final(words, seg.positions)
        ):
            # "daß Tiere, deren …, eine erhöhte Konzentration aufwiesen"
            open_clause.positions.extend(bridged(words, open_clause.positions, seg.positions))
            open_clause.has_finite = True
            open_clause = None
            continue
        if seg.kind == "v2" and seg.verb_first and not seg.coordinated:
            if open_clause is not None and not pending:
                open_clause.positions.extend(bridged(words, open_clause.positions, seg.positions))
                open_clause.has_finite = True
                open_clause = None
                continue
            if pending or waiting:
                clause = Clause("main", pending + bridged(words, pending, seg.positions))
                clause.has_finite = clause.verb_second = True
                for sub in waiting:
                    sub.parent = clause
                # "Wer X will, riskiert Y": a free relative in the Vorfeld is the subject,
                # so a noun phrase takes that role only if it is plainly nominative
                clause.elliptic = not pending and any(
                    words[sub.start].tag == "PWS" for sub in waiting
                )
                waiting, pending = [], []
                found.append(clause)
                continue
        if seg.kind == "v2":
            # a verb-second clause has its own Vorfeld: verbless material before it is
            # a headline, dateline or fragment of its own, unless it opens the list that
            # the Vorfeld closes ("Russland, China und der Iran kritisierten …")
            positions = list(seg.positions)
            listed = bool(pending) and not seg.verb_first and opens_list(words, pending, positions)
            if listed:  # its "und" joins the list ("Spahn (CDU) und Laschet unterstützen …")
                positions = pending + bridged(words, pending, positions)
            else:
                leftover += pending
            pending = []
            clause = Clause("main", positions, has_finite=True, verb_second=True)
            clause.coordinated, clause.verb_first = seg.coordinated and not listed, seg.verb_first
            _place_main(clause, found, words, verbs, seg.verb_first, segments[k + 1 :])
            open_clause = None
        else:
            clause = _dependent(seg, found, waiting, wait=bool(pending) or not found)
            if clause.kind != "infinitive" and not seg.has_finite:
                open_clause = clause
        found.append(clause)
    return _split_and_link(words, found), leftover + pending


def _dependent(seg: Segment, found: list[Clause], waiting: list[Clause], *, wait: bool) -> Clause:
    """A dependent clause: a conjunct of the one before shares its parent; one that comes
    before its main clause (``wait``) goes to ``waiting``; a relative clause depends on the
    clause holding its antecedent, any other on the clause before it."""
    kind = _DEPENDENT_KINDS[seg.kind]
    clause = Clause(kind, list(seg.positions), has_finite=seg.has_finite)
    clause.coordinated = seg.coordinated
    if seg.coordinated and found and found[-1].kind == kind:
        clause.parent = found[-1].parent
    elif wait:
        waiting.append(clause)
    else:
        clause.parent = _owner(found, seg.positions[0]) if kind == "relative" else None
        clause.parent = clause.parent or found[-1]
    return clause


def _split_and_link(words: list[Word], found: list[Clause]) -> list[Clause]:
    """The clauses with verb coordinations split, positions sorted and each registered
    with its parent, in text order."""
    parts = {id(clause): _split_verb_coordination(words, clause) for clause in found}
    found = [part for clause in found for part in parts[id(clause)]]
    for clause in found:
        clause.positions.sort()
    for clause in found:
        if clause.parent is not None and len(parts.get(id(clause.parent), ())) > 1:
            # the clause it depended on was split: take the part it follows
            split = parts[id(clause.parent)]
            clause.parent = _owner(split, clause.start) or split[0]
        if clause.parent is not None:
            clause.parent.children.append(clause)
    return sorted(found, key=lambda c: c.start)


def _split_verb_coordination(words: list[Word], clause: Clause) -> list[Clause]:
    """Split "hat Kim getroffen und die Erklärung unterzeichnet" (non-finite verbs on both
    sides of "und"/"oder" under one finite verb) into two clauses sharing the finite verb."""
    positions = sorted(clause.positions)
    finite = [p for p in positions if words[p].finite]
    if not finite and clause.kind == "infinitive":
        return _split_infinitives(words, clause, positions)
    if len(finite) != 1:
        return [clause]
    fin = finite[0]
    for p in positions:
        word = words[p]
        if word.tag != "KON" or word.text.lower() not in ("und", "oder", "sowie", "noch"):
            continue
        left = [q for q in positions if q < p and q != fin]
        right = [q for q in positions if q > p and q != fin]
        verb_between = [q for q in left if q > fin and words[q].is_verb] if fin < p else []
        if fin > p:  # verb-final: "dass er X getroffen und Y unterzeichnet hat"
            verb_between = [q for q in left if words[q].is_verb]
        if verb_between and any(words[q].is_verb for q in right) and _leads_verb(words, left):
            first = Clause(clause.kind, [*left, fin], clause.parent, coordinated=clause.coordinated)
            second = Clause(clause.kind, [p, *right, fin], clause.parent, coordinated=True)
            for part in (first, second):
                part.has_finite, part.verb_second = True, clause.verb_second
                part.speech, part.elliptic = clause.speech, clause.elliptic
            second.shares_subject = True
            return [first, *_split_verb_coordination(words, second)]
    return [clause]


def _split_infinitives(words: list[Word], clause: Clause, positions: list[int]) -> list[Clause]:
    """ "die Steuern zu senken und die Abgaben anzuheben": two infinitive clauses."""
    for k, p in enumerate(positions):
        word = words[p]
        if word.tag != "KON" or word.text.lower() not in ("und", "oder", "sowie"):
            continue
        left, right = positions[:k], positions[k + 1 :]
        if _leads_verb(words, left) and any(words[q].is_verb for q in right):
            first = Clause(clause.kind, left, clause.parent, coordinated=clause.coordinated)
            second = Clause(clause.kind, [p, *right], clause.parent, coordinated=True)
            return [first, *_split_infinitives(words, second, second.positions)]
    return [clause]


def _leads_verb(words: list[Word], left: list[int]) -> bool:
    """The conjunct before "und" ends with its verb (the right bracket closes there)."""
    tail = [q for q in left if words[q].tag not in ("$,", "PTKVZ")]
    return bool(tail) and words[tail[-1]].is_verb


def _owner(found: list[Clause], start: int) -> Clause | None:
    """The clause holding the last word before ``start``: a relative clause's antecedent."""
    before = [(max(p for p in c.positions if p < start), c) for c in found if c.start < start]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def _host_of_fragment(words: list[Word], last: Clause, fragment: list[int]) -> Clause:
    """ "wählt der Gast, wenn er möchte, seinen Wein aus": a fragment holding a separable
    particle or a non-finite verb after a finished dependent clause is the rest of the
    clause that the dependent one interrupted."""
    brackets = any(words[p].tag == "PTKVZ" or words[p].is_verb for p in fragment)
    dependent = last.kind in ("subordinate", "relative", "infinitive")
    if brackets and dependent and last.parent is not None and not _bracket_open(words, last):
        return last.parent
    return last


def _bracket_open(words: list[Word], clause: Clause) -> bool:
    """ "…, die Armee habe Waffen, Sprengstoff und Autos beschlagnahmt": a verb-second
    clause whose finite auxiliary or modal still waits for its verb was cut at a list
    comma, so the fragment with that verb is its own rest."""
    verbs = [p for p in clause.positions if words[p].is_verb]
    return (
        len(verbs) == 1
        and words[verbs[0]].tag in ("VAFIN", "VMFIN")
        and verbs[0] != clause.positions[-1]
        and words[clause.positions[0]].tag not in ("KOUS", "PRELS", "PWAV", "PWS")
    )


def _fragment_is_vorfeld(words: list[Word], segments: list[Segment], k: int, last: Clause) -> bool:
    """Whether the verbless fragment k is the Vorfeld of a verb-first segment after it
    (:func:`_vorfeld_ahead`), not the continuation of the ``last`` clause: one opening with
    "und", or the rest with the non-finite verb its open bracket waits for ("habe Pistolen,
    Messer und Munition beschlagnahmt, teilten die Behörden mit")."""
    fragment = segments[k].positions
    if words[fragment[0]].tag == "KON":
        return False
    if _bracket_open(words, last) and any(words[p].is_verb for p in fragment):
        return False
    return _vorfeld_ahead(words, segments, k)


def _vorfeld_ahead(words: list[Word], segments: list[Segment], k: int) -> bool:
    """Is segment k the Vorfeld of a verb-first segment after intervening clauses? Not
    of one after a quotation: "«…, sondern Hotels, Vermittler», sagt Felizardo"."""
    for seg in segments[k + 1 :]:
        if seg.kind in ("rel", "sub", "inf", "frag"):
            continue
        return (
            seg.kind == "v2"
            and seg.verb_first
            and not seg.coordinated
            and not _after_quotation(words, seg.positions[0])
        )
    return False


def _place_main(
    clause: Clause,
    found: list[Clause],
    words: list[Word],
    verbs: Verbs,
    verb_first: bool,
    later: list[Segment],
) -> None:
    """Link a verb-second segment: coordinated with the previous clause, the reported
    complement of a speech clause ("sagte, es gebe …"), or a speech clause that follows
    its quotation ("…, sagte Trump"). ``later`` are the segments after it; ``verbs`` the
    speech verbs, and those with the content verbs, which report what follows them as
    speech verbs do ("kritisierte, die Regierung habe …"), but a verb-first clause with one
    is no speech clause by its verb alone ("…, verlangen aber Nachbesserungen")."""
    speech_verbs, reporting = verbs
    last = not any(seg.kind == "v2" for seg in later)
    listed = _acts_next(words, later, speech_verbs)
    if not found:
        # "Habe die Ware erhalten": a review's dropped "ich"; "Hätte es …": a condition
        first_verb = next(words[p] for p in clause.positions if words[p].finite)
        conditional = first_verb.verb is not None and first_verb.verb.mood == "conditional"
        clause.elliptic = (
            verb_first and not conditional and not _speaks(clause, words, speech_verbs)
        )
        return
    # a verb-second clause coordinates with, or reports after, another verb-second clause
    previous = [c for c in found if c.verb_second]
    if (
        verb_first
        and not clause.coordinated
        and len(found) == 1
        and found[0].verb_first
        and not first_person_form(words, found[0].positions)
    ):
        # "Sinkt das Angebot, steigt der Preis": a verb-first condition is the Vorfeld
        condition = found[0]
        condition.kind, condition.parent, condition.elliptic = "subordinate", clause, False
        condition.verb_second = False
        return
    conditional = verb_first and not clause.coordinated
    if conditional and _link_condition(clause, found, words, speech_verbs):
        return
    # "«…», resümiert Farnung": any verb-first clause right after a quotation reports it;
    # so does one that closes the sentence naming a speaker ("…, kritisierte Christoph Leitl")
    speaks = verb_first and (
        (
            _speaks(clause, words, speech_verbs)
            and not _narrated_list(words, clause, previous, listed)
        )
        or _after_quotation(words, clause.positions[0])
        or (last and not clause.coordinated and names_speaker(words, clause.positions))
        or (last and _reports_after(words, clause, reporting))
        or (not clause.coordinated and bool(previous) and _reported(words, previous[-1]))
        or (last and _tags_a_demand(words, clause, previous, reporting))
    )
    # "… und verlangten ein Ende …": a coordinated conjunct that speaks still borrows its
    # subject, and "ein Ende" is no speaker after the verb
    clause.elliptic = verb_first and (not speaks or clause.coordinated)
    clause.speech = speaks
    if (clause.coordinated or clause.elliptic) and previous:
        sibling = previous[-1]
        quoted = [c for c in found if c.parent is sibling]
        if quoted and (sibling.speech or _speaks(sibling, words, reporting)):
            sibling = quoted[-1]  # "«A», sagte er, «aber B»": B goes on with the quotation
        clause.kind, clause.parent = sibling.kind, sibling.parent
        return
    if speaks:
        for other in found:
            if other.parent is None:
                other.parent = clause
                other.kind = "subordinate" if other.kind == "main" else other.kind
        return
    speaker = next((c for c in reversed(previous) if c.parent is None), None)
    if speaker is not None and _speaks(speaker, words, reporting):
        clause.kind, clause.parent = "subordinate", speaker


def _link_condition(
    clause: Clause, found: list[Clause], words: list[Word], speech_verbs: frozenset[str]
) -> bool:
    """Link a verb-first clause that is a condition, or the clause a condition before it
    depends on: "Die EU werde reagieren, sollte Moskau angreifen" (a Konjunktiv II opening
    after a clause is its condition, not a speech clause naming "Moskau"); "Merkel sagte,
    sollte Moskau angreifen, werde die EU reagieren" (the condition moves to the clause after
    it, which reports what Merkel said)."""
    if _after_quotation(words, clause.start) or _speaks(clause, words, speech_verbs):
        return False
    previous = [c for c in found if c.verb_second]
    if _opens_condition(words, clause) and previous:
        clause.kind, clause.parent, clause.verb_second = "subordinate", previous[-1], False
        return True
    condition = found[-1]
    if not (condition.verb_first and condition.kind == "subordinate"):
        return False
    if not _opens_condition(words, condition):
        return False
    speaker = condition.parent
    condition.parent = clause
    if speaker is not None and _speaks(speaker, words, speech_verbs):
        clause.kind, clause.parent = "subordinate", speaker
    return True


def _opens_condition(words: list[Word], clause: Clause) -> bool:
    """Does the clause open with "sollte", "hätte", "wäre" … and its subject after it
    ("sollte Moskau", "hätten die USA"; not "sollte aber bleiben")?"""
    if len(clause.positions) < 2:
        return False
    verb, after = words[clause.positions[0]], words[clause.positions[1]]
    return (
        verb.finite
        and verb.text.casefold() in CONDITION_OPENING_VERBS
        and after.tag in _SUBJECT_OPENERS
    )


def _acts_next(words: list[Word], later: list[Segment], speech_verbs: frozenset[str]) -> bool:
    """Is the next segment a coordinated verb-first conjunct that does not speak ("… und bot
    der Opposition Gespräche an", not "… und fügte hinzu")?"""
    if not later or not (later[0].coordinated and later[0].verb_first):
        return False
    conjunct = Clause("main", list(later[0].positions))
    return not _speaks(conjunct, words, speech_verbs)


def _narrated_list(words: list[Word], clause: Clause, previous: list[Clause], listed: bool) -> bool:
    """ "Er lobte die Polizei, betonte die Bedeutung des Rechtsstaats und bot … an": a
    speech verb in a list of verb-first conjuncts after a narrated past clause goes on with
    that clause's subject; it names no speaker after a quotation."""
    if not listed or not previous or names_speaker(words, clause.positions):
        return False
    verb = next((words[p].verb for p in previous[-1].positions if words[p].finite), None)
    return verb is not None and verb.mood == "indicative" and verb.tense == "past"


def _reported(words: list[Word], clause: Clause) -> bool:
    """Is the clause in Konjunktiv I ("Die Zusage beinhalte …, entschied das Gericht")? An
    "-e" form counts unless the clause has "ich"."""
    verb = next((words[p].verb for p in clause.positions if words[p].finite), None)
    if verb is None or verb.mood != "subjunctive":
        return False
    return not (verb.ki_or_first and any(words[p].text == "ich" for p in clause.positions))


def _tags_a_demand(
    words: list[Word], clause: Clause, previous: list[Clause], reporting: frozenset[str]
) -> bool:
    """ "Die EU muss mehr tun, forderte Habeck": a verb of demanding or judging closing the
    sentence after what someone must or should do names who demands it."""
    if clause.coordinated or not previous:
        return False
    obliged = any(
        words[p].finite and words[p].lemma in OBLIGATION_MODALS for p in previous[-1].positions
    )
    return obliged and _speaks(clause, words, reporting)


def _reports_after(words: list[Word], clause: Clause, reporting: frozenset[str]) -> bool:
    """ "…, kritisierte die Opposition": a verb that reports, its speaker after it."""
    closing = not clause.coordinated and speaker_closes(words, clause.positions)
    return closing and _speaks(clause, words, reporting)


def _after_quotation(words: list[Word], start: int) -> bool:
    p = start - 1
    while p >= 0 and words[p].text == ",":
        p -= 1
    return p >= 0 and words[p].text in QUOTES


def _speaks(clause: Clause, words: list[Word], speech_verbs: frozenset[str]) -> bool:
    lemmas = {words[p].lemma for p in clause.positions if words[p].tag.startswith("VV")}
    particles = [words[p].lemma for p in clause.positions if words[p].tag == "PTKVZ"]
    lemmas |= {particle + lemma for particle in particles for lemma in lemmas}
    return bool(lemmas & speech_verbs)

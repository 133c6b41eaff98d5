"""Clause frames from German clauses: the verbal complex read from the sentence brackets,
roles assigned by case and subject–verb agreement, and nominal frames for event nouns.

The verb cluster is read by government: the finite verb governs the last verb of the right
bracket, which governs the one before it ("erzielt werden können": können → werden →
erzielt). Along that chain werden + participle is passive, werden + infinitive future,
haben/sein + participle perfect, a modal verb is recorded as ``modal``; the last verb is the
lexical predicate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from ..records import Argument, Frame, Mood, Tense, Voice
from .de_clauses import Clause
from .de_lexicon import GermanLexicon, meeting_in_time
from .de_morph import VerbInfo, noun_number
from .de_participles import participle_frames
from .de_phrases import Phrase, chunk
from .de_roles import (
    COPULAS,
    assign_roles,
    light_verb,
    phrase_argument,
    possessor_argument,
    predicative_adjectives,
    word_span,
)
from .de_words import Word

_SKIPPED_TAGS = frozenset(
    {"PTKVZ", "PTKZU", "PRF", "PTKNEG", "KOUS", "KOUI", "$.", "$(", "PTKANT", "ITJ"}
)
_NEGATIONS = frozenset(
    {
        "nie",
        "niemals",
        "nichts",
        "niemand",
        "nirgends",
        "nirgendwo",
        "weder",
        "keineswegs",
        "keinesfalls",
    }
)
_COMPLEMENTIZERS = frozenset({"dass", "daß", "ob", "wie"})
_PERFECT_AUXILIARIES = frozenset({"haben", "sein"})
_ZU_GOVERNORS = frozenset({"sein", "scheinen", "pflegen", "brauchen"})
# "nicht nur", "nicht erst", "nicht zuletzt", "nicht ohne", "nicht selten": the clause still
# holds; so it does "nicht zum ersten Mal" and where "nicht" negates a predicative of "als"
# ("kritisierte die Regierung als nicht hilfreich").
_NOT_NEGATING_AFTER_NICHT = frozenset(
    {"nur", "bloß", "allein", "erst", "zuletzt", "umsonst", "ohne", "zufällig", "selten"}
)
_NOT_NEGATING_PAIRS_AFTER_NICHT = frozenset({("zum", "ersten"), ("das", "erste")})
# Present forms of sollen and wollen that, with a perfect infinitive, report hearsay.
_HEARSAY_MODALS = frozenset({"soll", "sollen", "solle", "sollst", "will", "wolle", "wollen"})


@dataclass
class _Built:
    clause: Clause
    frame: Frame
    subject: Argument | None
    future_if_reported: bool
    phrases: list[Phrase]
    ki_or_first: bool  # an "-e" verb form whose subject is still to be found
    inline: tuple[Clause, Frame] | None = None  # a zu-infinitive without its comma


def sentence_frames(
    words: list[Word],
    found: list[Clause],
    leftover: list[int],
    lexicon: GermanLexicon,
    text: str,
    sentence: int,
    *,
    continues_report: bool,
) -> list[Frame]:
    """Frames of one sentence, clause frames and nominal frames in text order."""
    built: dict[int, _Built] = {}
    for clause in found:
        _mark_reflexives(words, clause)
        made = _clause_frame(words, clause, lexicon, text, sentence)
        if made is None:
            continue
        built[id(clause)] = made
        if made.inline is not None:
            infinitive, frame = made.inline
            clause.children.append(infinitive)
            built[id(infinitive)] = _Built(infinitive, frame, None, False, [], False)
    _share_subjects(found, built)
    _link_reports(found, built, words, lexicon, text, continues_report=continues_report)
    nominal: list[tuple[Frame, Clause | None]] = []
    for item in built.values():
        for frame in _nominal_frames(words, item.phrases, lexicon, text, sentence):
            nominal.append((replace(frame, reported=item.frame.reported), item.clause))
        for frame in participle_frames(words, _flatten(item.phrases), text, sentence):
            nominal.append((replace(frame, reported=item.frame.reported), item.clause))
    leftover_phrases = chunk(words, leftover, adverbial_nouns=lexicon.time_nouns)
    for frame in _nominal_frames(words, leftover_phrases, lexicon, text, sentence):
        nominal.append((frame, None))
    ordered: list[tuple[Frame, Clause | None, Clause | None]] = [
        (b.frame, b.clause, _governing(b.clause, built)) for b in built.values()
    ]
    ordered += [(frame, None, owner) for frame, owner in nominal]
    ordered.sort(key=lambda entry: (entry[0].trigger.start, entry[0].clause == "nominal"))
    index = {id(owner): k for k, (_, owner, _) in enumerate(ordered) if owner is not None}
    return [_with_parent(frame, index.get(id(parent)) if parent is not None else None)
            for frame, _, parent in ordered]  # fmt: skip


def _with_parent(frame: Frame, parent: int | None) -> Frame:
    # most frames have no parent: they stay as they are rather than copied
    return frame if frame.parent == parent else replace(frame, parent=parent)


# The dative "mir"/"dir" ("ich kaufe mir …") stays an indirect object, as UD has it.
_REFLEXIVE_OF = {
    "ich": ("mich",),
    "du": ("dich",),
    "wir": ("uns",),
    "ihr": ("euch",),
}


def _mark_reflexives(words: list[Word], clause: Clause) -> None:
    """In "wir freuen uns", "ich fühle mich …" the pronoun of the subject's person is
    reflexive: STTS tags it PRF, and it is no object. HanTa also tags "uns" PRF beside a
    singular verb ("Die Firma hat uns … unterbreitet"), where it cannot be reflexive."""
    subjects = {words[p].text.lower() for p in clause.positions if words[p].tag == "PPER"}
    forms = {form for subject in subjects for form in _REFLEXIVE_OF.get(subject, ())}
    verbs = [words[p].verb for p in clause.positions if words[p].finite]
    singular = any(verb is not None and verb.number == "Sing" for verb in verbs)
    for p in clause.positions:
        word = words[p]
        if word.tag == "PPER" and word.text.lower() in forms:
            words[p] = replace(word, tag="PRF")
        elif word.tag == "PRF" and word.text.lower() in ("uns", "euch") and singular:
            words[p] = replace(word, tag="PPER")


def _governing(clause: Clause, built: dict[int, _Built]) -> Clause | None:
    parent = clause.parent
    while parent is not None and id(parent) not in built:
        parent = parent.parent
    return parent


def _clause_frame(
    words: list[Word], clause: Clause, lexicon: GermanLexicon, text: str, sentence: int
) -> _Built | None:
    own = clause.positions
    finite = [p for p in own if words[p].finite]
    fin = (
        (finite[-1] if clause.kind in ("subordinate", "relative") else finite[0])
        if finite
        else None
    )
    if clause.kind == "subordinate" and fin is not None and words[own[0]].tag != "KOUS":
        fin = finite[0] if _is_verb_second(words, own, finite[0]) else fin
    zu_infinitives = _zu_infinitives(words, own)
    governs_zu = fin is not None and words[fin].lemma in _ZU_GOVERNORS
    nonfinite = [
        p
        for p in own
        if words[p].is_verb
        and not words[p].finite
        and (governs_zu or fin is None or p not in zu_infinitives)
    ]
    chain = _governed_chain(
        words, ([fin] if fin is not None else []) + sorted(nonfinite, reverse=True)
    )
    if not chain:
        return None
    lexical = chain[-1]
    voice, perfect, future, modal, hearsay = _verbal_complex(words, chain, lexicon)
    if words[lexical].tag == "VAPP" and words[lexical].lemma == "werden":
        lexical = chain[-2] if len(chain) > 1 else lexical
    used = set(chain)
    predicate = words[lexical].lemma
    particles = [p for p in own if words[p].tag == "PTKVZ"]
    if lexical == fin and particles and predicate not in COPULAS:
        predicate = words[particles[-1]].lemma.lower() + predicate
        used.add(particles[-1])
    fused = _predicate_particle(words, clause, lexical, fin, lexicon)
    if fused is not None and fused not in used:
        predicate = words[fused].lemma.lower() + predicate
        used.add(fused)
    verb = words[fin].verb if fin is not None else None
    mood: Mood = (verb.mood or "indicative") if verb else "indicative"
    tense = _tense(mood, verb, perfect=perfect, future=future)
    is_wuerde = mood == "conditional" and future
    if is_wuerde:
        future = False
    phrases = _clause_phrases(words, clause, fin, used | set(nonfinite) | set(finite), lexicon)
    if voice == "passive" and _infinitive_after_all(words, chain, phrases):
        voice, is_wuerde = "active", mood == "conditional"
        tense = "present" if is_wuerde else "future"
    if clause.kind == "relative":
        _agree_with_antecedent(words, clause, phrases)
    arguments, subject = assign_roles(words, phrases, clause, fin, voice, predicate, lexicon, text)
    arguments = sorted(
        arguments + predicative_adjectives(words, clause, phrases, used, text),
        key=lambda a: a.span.start,
    )
    inline = None
    if fin is not None and not governs_zu and zu_infinitives and clause.kind != "infinitive":
        inline, arguments = _inline_infinitive(
            words, clause, fin, zu_infinitives, arguments, text, sentence
        )
    if verb and verb.ki_or_first and subject and subject.head.lower() == "ich":
        mood = "indicative"
    frame = Frame(
        sentence=sentence,
        predicate=predicate,
        trigger=word_span(words, lexical, lexical, text),
        arguments=tuple(arguments),
        voice=voice,
        tense=tense,
        mood=mood,
        modal=modal,
        negated=_negated(words, own),
        reflexive=any(words[p].tag == "PRF" for p in own),
        clause=clause.kind,
        reported=hearsay,
    )
    first_person = bool(verb and verb.ki_or_first and subject is None)
    return _Built(clause, light_verb(frame), subject, is_wuerde, phrases, first_person, inline)


def _tense(mood: Mood, verb: VerbInfo | None, *, perfect: bool, future: bool) -> Tense:
    """Past for a past form or a perfect, future for werden + infinitive; a conditional is
    past only in the perfect ("hätte getroffen")."""
    if mood == "conditional":
        return "past" if perfect else "present"
    if (verb and verb.tense == "past") or perfect:
        return "past"
    return "future" if future else "present"


def _verbal_complex(
    words: list[Word], chain: list[int], lexicon: GermanLexicon
) -> tuple[Voice, bool, bool, str | None, bool]:
    """Voice, perfect, future, modal verb and hearsay, read along the verb chain from the
    finite verb to the lexical one (werden + participle: passive, werden + infinitive:
    future)."""
    voice: Voice = "active"
    perfect = future = False
    modal = None
    for governor, dependent in pairwise(chain):
        g, d = words[governor], words[dependent]
        if (g.lemma == "werden" and d.tag in ("VVPP", "VMPP")) or (
            g.lemma == "werden" and d.tag == "VAPP" and d.lemma == "werden"
        ):
            voice = "passive"
        elif g.lemma == "werden" and d.tag.endswith("INF"):
            future = True
        elif g.lemma == "sein" and d.tag == "VVPP" and not lexicon.perfect_with_sein(d.lemma):
            voice = "passive"  # "die Grenze ist geschlossen": the state passive
        elif g.lemma in _PERFECT_AUXILIARIES and d.tag.endswith("PP"):
            perfect = True
        if g.tag.startswith("VM") and modal is None:
            modal = g.lemma
    if words[chain[-1]].tag.startswith("VM"):
        modal = None  # "Er kann das": the modal is the predicate
    # "Russland soll die Ukraine angegriffen haben": present "soll"/"will" with a perfect
    # infinitive reports what others say happened - no plan, no obligation
    hearsay = (
        perfect
        and len(chain) > 2
        and words[chain[0]].text.lower() in _HEARSAY_MODALS
        and words[chain[1]].tag == "VAINF"
    )
    return voice, perfect, future, None if hearsay else modal, hearsay


def _clause_phrases(
    words: list[Word], clause: Clause, fin: int | None, verbs: set[int], lexicon: GermanLexicon
) -> list[Phrase]:
    """The phrases of the clause's words other than its verbs and conjunction; the
    Vorfeld of a main clause is one phrase with all its attachments."""
    own = clause.positions
    vorfeld = [p for p in own if fin is not None and p < fin and clause.kind == "main"]
    if clause.coordinated and vorfeld and words[vorfeld[0]].tag == "KON":
        vorfeld = vorfeld[1:]
    skipped = verbs | {p for p in own if words[p].tag in _SKIPPED_TAGS}
    opener = words[own[0]]
    if clause.coordinated or (
        clause.kind == "subordinate"
        and (opener.tag == "KOKOM" or opener.text.lower() in ("als", "wie"))
    ):
        skipped.add(own[0])  # "und …", "als man erwartet", "Als die Änderung kam": conjunction
    material = [p for p in own if p not in skipped and not words[p].is_verb]
    adverbial = lexicon.time_nouns
    phrases = chunk(
        words, [p for p in material if p in vorfeld], adverbial_nouns=adverbial, attach_all=True
    )
    phrases += chunk(words, [p for p in material if p not in vorfeld], adverbial_nouns=adverbial)
    return phrases


def _inline_infinitive(
    words: list[Word],
    clause: Clause,
    fin: int,
    zu_infinitives: set[int],
    arguments: list[Argument],
    text: str,
    sentence: int,
) -> tuple[tuple[Clause, Frame], list[Argument]]:
    """ "verspricht die Firma die Ware zu liefern", "riet mir den Termin abzusagen": a
    zu-infinitive without its comma is a clause of its own; the accusative object standing
    between the finite verb and it (the last one, if several) is the infinitive's."""
    verb = max(zu_infinitives)
    low = words[fin].end if fin < verb else -1
    between = [
        a
        for a in arguments
        if a.role == "obj" and low <= a.span.start and a.span.end <= words[verb].start
    ]
    moved = between[-1:]
    infinitive = Clause("infinitive", sorted(zu_infinitives), parent=clause)
    frame = Frame(
        sentence=sentence,
        predicate=words[verb].lemma,
        trigger=word_span(words, verb, verb, text),
        arguments=tuple(moved),
        clause="infinitive",
    )
    return (infinitive, frame), [a for a in arguments if a not in moved]


def _agree_with_antecedent(words: list[Word], clause: Clause, phrases: list[Phrase]) -> None:
    """A relative pronoun has the number of the noun it follows: in "die Genossen, die
    Scharping anspricht" the plural "die" cannot be the subject of "anspricht"."""
    before = clause.start - 1
    while before >= 0 and words[before].tag in ("$,", "$("):
        before -= 1
    if before < 0 or words[before].tag not in ("NN", "NE"):
        return
    antecedent = words[before]
    number = noun_number(antecedent.text, antecedent.lemma)
    if (before > 0 and words[before - 1].tag == "KON") or number is None:
        return
    for ph in phrases:
        if words[ph.head].tag in ("PRELS", "PRELAT") and not ph.is_pp:
            narrowed = frozenset(cn for cn in ph.cases if cn[1] == number)
            ph.cases = narrowed or ph.cases
            ph.plural = number == "Plur"


def _governed_chain(words: list[Word], verbs: list[int]) -> list[int]:
    """The verbs down to the first full verb: only auxiliaries, modals and "lassen" govern
    another verb of the cluster ("fühlte mich beraten": fühlen is the predicate)."""
    for k, p in enumerate(verbs[:-1]):
        word = words[p]
        if not (word.tag.startswith(("VA", "VM")) or word.lemma == "lassen"):
            return verbs[: k + 1]
    return verbs


def _infinitive_after_all(words: list[Word], chain: list[int], phrases: list[Phrase]) -> bool:
    """ "werden wir den Befehl erhalten": a participle that looks like the infinitive
    ("erhalten", "bekommen") after werden is the future when, besides a nominative, an
    accusative phrase stands in the clause."""
    if len(chain) != 2 or words[chain[0]].lemma != "werden":
        return False
    participle = words[chain[1]]
    if participle.text.lower() != participle.lemma.lower():
        return False
    nps = [ph for ph in phrases if not ph.is_pp]
    nominative = [ph for ph in nps if {c for c, _ in ph.cases} == {"Nom"}]
    accusative = [ph for ph in nps if any(c == "Acc" for c, _ in ph.cases)]
    return bool(nominative) and any(ph not in nominative for ph in accusative)


def _is_verb_second(words: list[Word], own: list[int], fin: int) -> bool:
    before = [p for p in own if p < fin and words[p].tag != "KON"]
    return len(before) > 0 and fin != own[-1]


def _zu_infinitives(words: list[Word], own: list[int]) -> set[int]:
    found = {p for p in own if words[p].tag == "VVIZU"}
    found |= {p for p in own if p - 1 in own and words[p - 1].tag == "PTKZU" and words[p].is_verb}
    return found


def _predicate_particle(
    words: list[Word], clause: Clause, lexical: int, fin: int | None, lexicon: GermanLexicon
) -> int | None:
    """ "erklärte sich … bereit", "sich bereit erklären": an adjective fused with the verb,
    standing last in a main clause (or right after its reflexive: "erklärte sich bereit zu
    Gesprächen") or right before a verb-final predicate."""
    own = clause.positions
    if not words[lexical].tag.startswith("VV"):
        return None  # "Kim ist bereit": a predicative adjective, no fused verb
    if lexical == fin and clause.kind == "main":
        rest = [p for p in own if not words[p].is_verb and words[p].tag not in ("$.",)]
        after_reflexive = [p + 1 for p in own if words[p].tag == "PRF" and p + 1 in own]
        candidates = after_reflexive[:1] + rest[-1:]
    else:
        candidate = lexical - 1 if lexical - 1 in own else None
        if candidate is not None and words[candidate].tag == "PTKZU":
            candidate = candidate - 1 if candidate - 1 in own else None
        candidates = [candidate] if candidate is not None else []
    return next(
        (
            p
            for p in candidates
            if p != lexical
            and words[p].tag in ("ADJD", "ADV", "PTKVZ")
            and words[p].lemma.lower() in lexicon.predicate_particles
        ),
        None,
    )


def _negated(words: list[Word], own: list[int]) -> bool:
    for p in own:
        word = words[p]
        lower = word.text.lower()
        if word.tag == "PTKNEG":
            after = tuple(w.text.lower() for w in words[p + 1 : p + 3])
            before = words[p - 1].text.lower() if p > 0 else ""
            holds = bool(after) and after[0] in _NOT_NEGATING_AFTER_NICHT
            if not (holds or after in _NOT_NEGATING_PAIRS_AFTER_NICHT or before == "als"):
                return True
        elif lower in _NEGATIONS or (lower.startswith("kein") and word.tag in ("PIAT", "PIS")):
            return True
    return False


def _link_reports(
    found: list[Clause],
    built: dict[int, _Built],
    words: list[Word],
    lexicon: GermanLexicon,
    text: str,
    *,
    continues_report: bool,
) -> None:
    """Mark reported clauses and give each speech clause a "comp" argument per complement.
    A Konjunktiv I main clause is reported speech by itself; a subjunctive or würde clause
    right after reported speech continues it. "würde" + infinitive in reported speech is
    the reported future."""
    for clause in _top_down(found):
        item = built.get(id(clause))
        if item is None:
            continue
        frame = item.frame
        parent = clause.parent
        parent_item = built.get(id(parent)) if parent is not None else None
        reported = False
        if parent_item is not None:
            speech = (
                parent_item.frame.predicate in lexicon.speech_verbs
                or parent_item.frame.predicate in lexicon.content_verbs
                or parent_item.clause.speech
            )
            complement = clause.kind == "subordinate" and (
                words[clause.positions[0]].tag != "KOUS"
                or words[clause.positions[0]].text.lower() in _COMPLEMENTIZERS
            )
            reported = parent_item.frame.reported or (speech and complement)
            if speech and complement:
                parent_item.frame = replace(
                    parent_item.frame,
                    arguments=tuple(
                        sorted(
                            (*parent_item.frame.arguments, _comp(words, clause, frame, text)),
                            key=lambda a: a.span.start,
                        )
                    ),
                )
        elif frame.clause == "main":
            reported = frame.mood == "subjunctive" or (
                continues_report and frame.mood in ("subjunctive", "conditional")
            )
        tense = frame.tense
        if reported and item.future_if_reported:
            tense = "future"
        item.frame = replace(frame, reported=reported or frame.reported, tense=tense)


def _top_down(found: list[Clause]) -> list[Clause]:
    ordered: list[Clause] = []
    roots = [c for c in found if c.parent is None]

    def visit(clause: Clause) -> None:
        ordered.append(clause)
        for child in clause.children:
            visit(child)

    for root in roots:
        visit(root)
    return ordered


def _comp(words: list[Word], clause: Clause, frame: Frame, text: str) -> Argument:
    positions = _all_positions(clause)
    if clause.coordinated:
        positions = positions[1:]
    return Argument(
        role="comp", span=word_span(words, positions[0], positions[-1], text), head=frame.predicate
    )


def _all_positions(clause: Clause) -> list[int]:
    positions = list(clause.positions)
    for child in clause.children:
        positions += _all_positions(child)
    return sorted(positions)


def _share_subjects(found: list[Clause], built: dict[int, _Built]) -> None:
    """ "Trump kam und sprach mit Kim": a coordinated verb-first clause shares the
    subject of the clause before it."""
    previous: _Built | None = None
    for clause in found:
        item = built.get(id(clause))
        if item is None:
            continue
        if (
            (clause.coordinated or clause.shares_subject or clause.elliptic)
            and item.subject is None
            and previous is not None
            and previous.subject is not None
            and clause.kind == previous.clause.kind
        ):
            item.subject = previous.subject
            args = sorted((*item.frame.arguments, previous.subject), key=lambda a: a.span.start)
            item.frame = replace(item.frame, arguments=tuple(args))
            if item.ki_or_first and previous.subject.head.lower() == "ich":
                item.frame = replace(item.frame, mood="indicative")  # "ich …, habe …"
        previous = item


def _nominal_frames(
    words: list[Word], phrases: list[Phrase], lexicon: GermanLexicon, text: str, sentence: int
) -> list[Frame]:
    """Frames for common nouns carrying a PP or a genitive ("das Treffen zwischen Trump und
    Kim", "Gegenleistungen der USA", "der Besuch des Präsidenten"). A PP right after the noun
    that the clause took as the verb's is offered here too: the attachment is ambiguous."""
    frames: list[Frame] = []
    flat = _flatten(phrases)
    for k, ph in enumerate(flat):
        head = words[ph.head]
        if head.tag != "NN" or head.lemma in lexicon.time_nouns or ph.members:
            continue
        arguments = []
        for modifier in ph.modifiers:
            if modifier.is_pp:
                arguments.append(phrase_argument("pp", modifier, words, text))
            elif modifier.genitive and words[modifier.head].tag in ("NE", "NN"):
                arguments.append(phrase_argument("subj", modifier, words, text))
        owner = possessor_argument(ph, words, text)
        if owner is not None and not any(a.role == "subj" for a in arguments):
            arguments.append(owner)
        following = _next_pp(flat, k, ph)
        if following is not None:
            arguments.append(phrase_argument("pp", following, words, text))
        if arguments or meeting_in_time(ph.prep, head.lemma):
            frames.append(
                Frame(
                    sentence=sentence,
                    predicate=head.lemma,
                    trigger=word_span(words, ph.head, ph.head, text),
                    arguments=tuple(arguments),
                    clause="nominal",
                )
            )
    return frames


def _next_pp(flat: list[Phrase], k: int, ph: Phrase) -> Phrase | None:
    """The PP right after the phrase ``flat[k]`` and its genitive ("der Angriff Russlands
    auf die Ukraine"), when the clause took it as the verb's; its own sub-phrases, which
    come first in ``flat``, are skipped."""
    for following in flat[k + 1 :]:
        if following.start > ph.end + 1:
            return None
        if following.start == ph.end + 1:
            pp = following.is_pp and following not in ph.modifiers
            return following if pp else None
    return None


def _flatten(phrases: list[Phrase]) -> list[Phrase]:
    """Every phrase and sub-phrase (members, modifiers) in text order."""
    out: list[Phrase] = []
    for ph in phrases:
        out.append(ph)
        out += _flatten(ph.members)
        out += _flatten(ph.modifiers)
    return sorted(out, key=lambda ph: (ph.start, -ph.end))

"""Roles in a German clause: which phrase is subject, object, indirect object, prepositional
phrase or predicative, read from case, subject–verb agreement, word order and the verb's
valency; time adverbials ("letzte Woche") are no objects. Used by :mod:`.de_frames`.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Argument, ArgumentRole, Frame, Span, Voice
from .de_agents import detach_passive_agent
from .de_clauses import Clause
from .de_lexicon import (
    AGENT_PREPOSITIONS,
    STANCE_ADVERBS,
    GermanLexicon,
    nationality_adjectives,
)
from .de_morph import is_genitive_name
from .de_phrases import Phrase
from .de_words import Word

COPULAS = frozenset({"sein", "werden", "bleiben"})
# verbs whose Vorfeld "es" only holds the place of the subject ("Es besteht die Gefahr")
_PRESENTATIONAL = frozenset(
    {
        "bestehen",
        "fehlen",
        "herrschen",
        "kommen",
        "hinzukommen",
        "entstehen",
        "stattfinden",
        "folgen",
        "existieren",
        "erscheinen",
        "geschehen",
        "passieren",
        "bleiben",
        "drohen",
        "eintreten",
        "auftreten",
        "gelten",
        "laufen",
        "stehen",
    }
)


def assign_roles(
    words: list[Word],
    phrases: list[Phrase],
    clause: Clause,
    fin: int | None,
    voice: Voice,
    predicate: str,
    lexicon: GermanLexicon,
    text: str,
) -> tuple[list[Argument], Argument | None]:
    """Subject by case and agreement with the finite verb; objects by case; PPs by their
    preposition, "von"/"durch"/"seitens" in a passive clause as the agent."""
    if voice == "passive":
        detach_passive_agent(words, phrases)  # "im Norden des Landes von der Armee erschossen"
    # "dauerte zwei Stunden", "kostete drei Jahre": the span is the measure verb's object
    measure = predicate in lexicon.measure_verbs
    adverbial = [
        ph for ph in phrases if not ph.is_pp and not measure and _time_adverbial(words, ph, lexicon)
    ]
    nps = [ph for ph in phrases if not ph.is_pp and ph not in adverbial]
    said = predicate in lexicon.speech_verbs
    judged = said or predicate in lexicon.content_verbs  # "Das kritisierte Söder" too
    subject, nps = _subject(words, nps, adverbial, clause, fin, predicate, said=judged)
    subject_arg = None if subject is None else phrase_argument("subj", subject, words, text)
    arguments: list[Argument] = [] if subject_arg is None else [subject_arg]
    rest = [ph for ph in nps if ph is not subject]
    if clause.speech and said and not clause.elliptic:
        # "«…», sagt der … Versicherungsmakler": the quotation is what is said; a second
        # phrase is part of the speaker unless its case says otherwise (not after a conjunct
        # that borrows its speaker, "… und verlangten ein Ende", nor after a content verb)
        rest = [ph for ph in rest if {c for c, _ in ph.cases} in ({"Acc"}, {"Dat"})]
    copula = predicate in COPULAS
    objects: list[Phrase] = []
    datives: list[Phrase] = []
    # An intransitive verb takes an accusative only where the form says so ("ging einen
    # Schritt weiter"): a phrase that only might be one is a dative object or no object.
    intransitive = lexicon.intransitive(predicate)
    for ph in rest:
        cases = {c for c, _ in ph.cases}
        accusative = "Acc" in cases and not copula and voice == "active"
        if intransitive:
            accusative = accusative and cases == {"Acc"}
        if cases == {"Dat"}:
            arguments.append(phrase_argument("iobj", ph, words, text))
        elif accusative:
            objects.append(ph)
        elif copula and "Nom" in cases:  # "wird Nachfolger": the predicative
            arguments.append(phrase_argument("pred", ph, words, text))
        elif "Dat" in cases and cases != {"Nom"} and not copula:
            datives.append(ph)
    # "sagte der Ukraine weitere Finanzhilfe zu", "drohte der Ukraine": a dative-or-genitive
    # phrase beside an accusative object, or naming a place or party, is the indirect object
    dative_verb = lexicon.takes_dative(predicate)
    # In a passive clause the accusative is the subject, and an intransitive verb has none:
    # what else might be a dative is one ("wurde uns empfohlen", "sagte uns").
    no_accusative = voice == "passive" or intransitive
    arguments += [
        phrase_argument("iobj", ph, words, text)
        for ph in datives
        if objects
        or words[ph.head].tag == "NE"
        or dative_verb
        or (no_accusative and all(c != "Nom" for c, _ in ph.cases))
    ]
    arguments += _accusative_objects(words, objects, predicate, text)
    for ph in phrases:
        if ph.is_pp:
            role: ArgumentRole = (
                "agent" if voice == "passive" and ph.prep in AGENT_PREPOSITIONS else "pp"
            )
            arguments.append(phrase_argument(role, ph, words, text))
    arguments.sort(key=lambda a: a.span.start)
    return arguments, subject_arg


def _accusative_objects(
    words: list[Word], objects: list[Phrase], predicate: str, text: str
) -> list[Argument]:
    """The object among the phrases that may be accusatives, and an indirect object before
    it that may be a dative ("gab der Regierung die Schuld") or, after a verb of naming,
    is what the name is given to (read where the patterns read a named party: "nannte das
    Verhalten einen Skandal"). A verb has one accusative object ("nannte ihn einen Lügner"
    shows both forms): of several phrases that only might be one, the first is it."""
    indirect = []
    if len(objects) > 1 and "Dat" in {c for c, _ in objects[0].cases}:
        indirect.append(phrase_argument("iobj", objects[0], words, text))
        objects = objects[1:]
    if predicate in _NAMING_VERBS and len(objects) > 1:
        indirect.append(phrase_argument("iobj", objects[0], words, text))
        objects = objects[-1:]
    plain = [ph for ph in objects if {c for c, _ in ph.cases} == {"Acc"}]
    return indirect + [phrase_argument("obj", ph, words, text) for ph in plain or objects[:1]]


# Words that grade a predicative adjective and belong to it ("wenig erfreut", "zutiefst
# besorgt"): a pattern may test them (``pred=wenig_erfreut``).
_GRADING_TAGS = frozenset({"ADV", "PIS", "PIAT"})


def predicative_adjectives(
    words: list[Word], clause: Clause, phrases: list[Phrase], used: set[int], text: str
) -> list[Argument]:
    """The adjectives standing alone in the clause, as ``pred`` arguments: what a copula
    says its subject is ("ist bereit", "sind sich einig"), what "sich zeigen" says
    ("zeigte sich besorgt") and how someone acted ("reagierte empört"). A copula's
    separable-looking "bereit" ("seien … bereit", tagged PTKVZ) is one too, and a stance
    adverb that ends the clause ("waren dagegen")."""
    in_phrases = {p for ph in phrases for p in range(ph.start, ph.end + 1)}
    own = set(clause.positions)
    last = max((p for p in clause.positions if words[p].tag[0] != "$"), default=None)
    found = []
    for p in clause.positions:
        word = words[p]
        stance = p == last and word.text.lower() in STANCE_ADVERBS
        if p in used or p in in_phrases or (word.tag not in ("ADJD", "PTKVZ") and not stance):
            continue
        first = p
        while first - 1 in own and first - 1 not in used | in_phrases:
            before = words[first - 1]
            if before.tag not in _GRADING_TAGS or before.text.lower() in ("auch", "noch"):
                break
            first -= 1
        found.append(
            Argument(role="pred", span=word_span(words, first, p, text), head=word.lemma.lower())
        )
    return found


def _subject(
    words: list[Word],
    nps: list[Phrase],
    adverbial: list[Phrase],
    clause: Clause,
    fin: int | None,
    predicate: str,
    *,
    said: bool = False,
) -> tuple[Phrase | None, list[Phrase]]:
    """The subject by case and agreement with the finite verb, and the phrases that may
    still be objects (a placeholder "es" is none); ``said``: the verb is one of saying
    (:func:`_speaker_after_verb`)."""
    if clause.kind == "infinitive" or fin is None or clause.shares_subject:
        return None, nps
    verb = words[fin].verb
    number = verb.number if verb is not None else None
    candidates = [ph for ph in nps if any(c == "Nom" for c, _ in ph.cases)]
    # "Der beste Zeitpunkt … ist": a time noun is the subject only where nothing else is
    candidates = candidates or [ph for ph in adverbial if any(c == "Nom" for c, _ in ph.cases)]
    if clause.elliptic:
        candidates = [ph for ph in candidates if _nominative_only(ph)]
    agreeing = [
        ph
        for ph in candidates
        if number is None
        or any(c == "Nom" and n == number for c, n in ph.loose_cases or ph.cases)
        # "ihr findet", "ihr werdet": the 2nd plural ends like a 3rd singular
        or (ph.person == 2 and words[fin].text.endswith("t"))
    ]
    pool = agreeing or candidates
    expletive = [ph for ph in pool if words[ph.head].text.lower() == "es"]
    if predicate == "geben" and expletive:
        pool = expletive  # "es gibt X": X is the object
    elif (
        expletive
        and expletive[0] is nps[0]
        and clause.kind == "main"
        and predicate in _PRESENTATIONAL
    ):
        # "Es besteht die Gefahr", "Es fand eine Einweisung statt": a Vorfeld "es" before
        # a single other nominative is a placeholder, the other phrase the subject
        others = [ph for ph in nps if ph is not expletive[0]]
        if len(others) == 1 and others[0] in pool and words[others[0].head].tag != "PPER":
            pool = others
            nps = others
    if not pool:
        return None, nps
    subject = max(pool, key=lambda ph: (_nominative_only(ph), -ph.start))
    if said:
        return _speaker_after_verb(words, subject, nps, fin), nps
    return _receiver(words, subject, pool, predicate), nps


# Demonstratives that stand for what was said: "Das teilte Söder mit", "Dies verkündete
# Spahn".
_SAID_DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})


def _speaker_after_verb(
    words: list[Word], subject: Phrase, nps: list[Phrase], fin: int | None
) -> Phrase:
    """The subject of a verb of saying: a demonstrative before the verb that might be the
    accusative is what was said, and the phrase after the verb that might be the nominative
    the speaker ("Das teilte Ministerpräsident Söder mit"; but "Das sagte er", where only
    the pronoun is nominative, the rule of :func:`_subject` reads already)."""
    demonstrative = (
        subject.start == subject.end
        and words[subject.head].text.lower() in _SAID_DEMONSTRATIVES
        and any(c == "Acc" for c, _ in subject.cases)
    )
    if not demonstrative or fin is None or subject.start > fin:
        return subject
    after = [ph for ph in nps if ph.start > fin and any(c == "Nom" for c, _ in ph.cases)]
    return after[0] if len(after) == 1 else subject


# Verbs with two accusatives, one naming what the other is called: "nannte ihn einen Lügner".
_NAMING_VERBS = frozenset({"nennen", "schimpfen", "schelten", "heißen"})
# What a verb of receiving gets, never who gets it: "Kritik erhielt Scholz von der FDP",
# "Unterstützung bekam sie von der SPD" put the thing received first.
_RECEIVED = frozenset({
    "Unterstützung", "Hilfe", "Kritik", "Lob", "Besuch", "Zusage", "Zusicherung", "Absage",
    "Rückendeckung", "Zuspruch", "Beistand", "Drohung", "Morddrohung", "Gegenwind",
    "Widerstand", "Applaus", "Beifall", "Rückhalt",
})  # fmt: skip
_RECEIVING_VERBS = frozenset({"erhalten", "bekommen", "ernten"})


def _receiver(words: list[Word], subject: Phrase, pool: list[Phrase], predicate: str) -> Phrase:
    """The subject of a verb of receiving: not the phrase naming what is received when
    another phrase may be the nominative (:data:`_RECEIVED`)."""
    if predicate not in _RECEIVING_VERBS or words[subject.head].lemma not in _RECEIVED:
        return subject
    others = [ph for ph in pool if ph is not subject]
    return others[0] if len(others) == 1 else subject


_TIME_DETERMINERS = (
    "jed",
    "dies",
    "nächst",
    "letzt",
    "vergangen",
    "kommend",
    "vorig",
    "ganz",
    "mehrer",
    "einig",
)


def _time_adverbial(words: list[Word], ph: Phrase, lexicon: GermanLexicon) -> bool:
    """ "diese Woche", "jeden Tag", "ein zweites Mal", "sechs Jahre": a time noun with a
    determiner, number or adjective that makes it a point or span of time (not "die Zeit",
    "den Abend"); a bare number."""
    head = words[ph.head]
    if head.tag == "CARD" and ph.start == ph.head:
        return True  # "1996", "kommt 1996 auf den Markt": a bare number is a date or amount
    if head.lemma not in lexicon.time_nouns:
        return False
    before = [words[p] for p in range(ph.start, ph.head)]
    return not before or any(
        w.text.lower().startswith(_TIME_DETERMINERS)
        or w.text.lower() in ("zweites", "drittes", "erstes")
        or w.tag == "CARD"
        for w in before
    )


def _nominative_only(ph: Phrase) -> bool:
    return all(c == "Nom" for c, _ in ph.cases)


def phrase_argument(role: ArgumentRole, ph: Phrase, words: list[Word], text: str) -> Argument:
    conjuncts = tuple(word_span(words, s, e, text) for s, e in ph.conjuncts)
    return Argument(
        role=role,
        span=word_span(words, ph.start, ph.end, text),
        head=words[ph.head].lemma,
        prep=ph.prep,
        conjuncts=conjuncts,
    )


def word_span(words: list[Word], first: int, last: int, text: str) -> Span:
    start, end = words[first].start, words[last].end
    return Span(start, end, text[start:end])


def possessor_argument(ph: Phrase, words: list[Word], text: str) -> Argument | None:
    """The possessor before a noun, its subject as a genitive after it would be: "seine
    Begegnung mit Putin", "Merkels Besuch in Prag" read as "der Besuch Merkels"; else the
    adjective of a country before it (:func:`_nationality_argument`)."""
    for k in range(ph.head - 1, ph.start - 1, -1):
        word = words[k]
        if word.tag == "PPOSAT" or is_genitive_name(word.text, word.lemma, word.tag):
            first = k
            while word.tag == "NE" and first > ph.start and words[first - 1].tag == "NE":
                first -= 1  # "Angela Merkels"
            return Argument(role="subj", span=word_span(words, first, k, text), head=word.lemma)
    return _nationality_argument(ph, words, text)


def _nationality_argument(ph: Phrase, words: list[Word], text: str) -> Argument | None:
    """The adjective of a country before a noun, its author as a possessor would be: "die
    amerikanischen Sanktionen gegen Iran", "der türkische Einmarsch" (as English "Israeli
    airstrikes")."""
    for k in range(ph.start, ph.head):
        word = words[k]
        if word.tag == "ADJA" and word.lemma.casefold() in nationality_adjectives():
            return Argument(role="subj", span=word_span(words, k, k, text), head=word.lemma)
    return None


# Support-verb phrases that mean one verb: the clause takes that verb's rows, modality and
# noun support ("zieht Sanktionen in Erwägung" as "erwägt Sanktionen": events_considered.py).
_LIGHT_VERB_PHRASES = {
    ("ziehen", "in", "erwägung"): "erwägen",
    ("ziehen", "in", "betracht"): "erwägen",
}


def light_verb(frame: Frame) -> Frame:
    """The clause of a support-verb phrase as the verb it stands for, without the phrase's
    own noun."""
    for argument in frame.arguments:
        key = (frame.predicate, (argument.prep or "").lower(), argument.head.lower())
        if argument.role == "pp" and key in _LIGHT_VERB_PHRASES:
            rest = tuple(a for a in frame.arguments if a is not argument)
            return replace(frame, predicate=_LIGHT_VERB_PHRASES[key], arguments=rest)
    return frame

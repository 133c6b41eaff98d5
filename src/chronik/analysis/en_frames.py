"""English clause frames from the repaired parse: one :class:`~chronik.records.Frame` per
verb clause (roles, voice, tense, mood, modal, negation, reported speech, parent clause) and
per event noun ("talks between Trump and Kim", "Iran's talks with the EU").
The counterpart of ``de_frames.py``; :func:`sentence_frames` is the entry point.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from ..records import Argument, ArgumentRole, ClauseKind, Frame, Span, Tense
from .en_lexicon import (
    ADVERB_PARTICLES,
    CONDITIONAL_MODALS,
    COPULA,
    FUTURE_AUXILIARIES,
    MODALS,
    NEGATORS,
    NOMINAL_PREPOSITIONS,
    PAIRED_NEGATORS,
    PARTICLES,
    SPEECH_VERBS,
)
from .en_modifiers import (
    is_predicative,
    meeting_in_time,
    names_author,
    paired_names,
    possessor,
    premodifiers,
)
from .en_subjects import first_conjunct, inherited_subject, own_subject, resolve_relative
from .en_tokens import ParsedToken
from .en_voice import (
    case_markers,
    has_to_marker,
    is_passive,
    preposition,
    stranded_preposition,
    subject_slot,
)

# Dependents that belong to a clause of their own, not to the phrase they attach to.
_CLAUSAL_DEPS = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "ccomp", "csubj", "xcomp"})
# Labels a misparsed apposition of the subject gets when hung on the verb instead.
_APPOSITION_DEPS = frozenset({"appos", "dep", "dislocated", "vocative", "list", "parataxis"})


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence's tokens (spaces between them included) and where its paragraph starts
    in the article."""

    tokens: list[ParsedToken]
    offset: int


# --- clause frames -------------------------------------------------------------------------


def sentence_frames(index: int, sent: ParsedSentence) -> list[Frame]:
    """Verb clauses and event nouns of one sentence, in text order, parents resolved."""
    predicates = [t for t in sent.tokens if is_clause_predicate(t) or _is_event_noun(t)]
    position = {token.i: n for n, token in enumerate(predicates)}
    frames = [
        _clause_frame(index, token, sent.offset, position)
        if is_clause_predicate(token)
        else _nominal_frame(index, token, sent.offset, position)
        for token in predicates
    ]
    return _mark_reported(frames, predicates, sent)


def is_clause_predicate(token: ParsedToken) -> bool:
    """A verb heading a clause; not an auxiliary, an adjectival participle, or the "going"
    of "going to" (a future marker). A noun with a subject but no copula is a verb the
    tagger mistook ("He plans to meet Kim": plans/NNS); an adjective with a subject and a
    copula is the predicate "be <adjective>" ("Pelosi has been critical of Trump")."""
    if token.pos_ in {"NOUN", "ADJ"}:
        children = {c.dep_ for c in token.children}
        if token.pos_ == "ADJ":
            return "nsubj" in children and "cop" in children
        return "nsubj" in children and not children & {"cop", "case"}
    if token.pos_ != "VERB" or token.dep_ in {"amod", "compound", "aux", "aux:pass"}:
        return False
    return not _is_going_to(token)


def _is_going_to(token: ParsedToken) -> bool:
    """ "is going to meet": "going" only marks the future of its infinitive."""
    return (
        token.lemma_ == "go"
        and token.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children)
        and _infinitive_of(token) is not None
    )


def _infinitive_of(token: ParsedToken) -> ParsedToken | None:
    for child in token.children:
        if child.dep_ == "xcomp" and any(m.lower_ == "to" for m in child.children):
            return child
    return None


def _governor(token: ParsedToken) -> ParsedToken | None:
    """The nearest clause or event noun above ``token`` (not one only authored: "Syrian troops")."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if is_clause_predicate(node) or _is_event_noun(node, authored=False):
            return node
    return None


def _clause_frame(index: int, verb: ParsedToken, offset: int, position: dict[int, int]) -> Frame:
    # Coordinated verbs share the clause, auxiliaries and subject of their first conjunct.
    first = first_conjunct(verb)
    auxiliaries = _clause_auxiliaries(verb) or (
        _clause_auxiliaries(first) if first is not verb else []
    )
    modal = next((a.lemma_.lower() for a in auxiliaries if a.lemma_.lower() in MODALS), None)
    governing = _governor(first)
    kind = _clause_kind(first)
    arguments = _clause_arguments(verb, offset)
    if not any(a.role == "subj" for a in arguments):
        subject = inherited_subject(verb, first)
        if subject is not None:
            role, prep = subject_slot(verb)
            arguments = (_argument(role, subject, offset, prep=prep), *arguments)
    return Frame(
        sentence=index,
        predicate=_predicate_lemma(verb),
        trigger=_token_span(verb, offset),
        arguments=arguments,
        # "was sent ... but Feinstein denied": a conjunct with a subject of its own has its
        # own voice
        voice="passive"
        if is_passive(verb) or (first is not verb and is_passive(first) and not own_subject(verb))
        else "active",
        tense=_clause_tense(verb, auxiliaries),
        mood="conditional"
        if modal in CONDITIONAL_MODALS
        else ("imperative" if _is_imperative(verb) else "indicative"),
        modal=modal,
        negated=_is_negated(verb)
        or (first is not verb and not auxiliaries and _is_negated(first))
        # "does not want to meet": the infinitive is not asserted either
        or (first.dep_ == "xcomp" and _is_negated(first.head)),
        reflexive=any(_is_reflexive(c) for c in verb.children if c.dep_ in {"obj", "iobj"}),
        clause=kind,
        parent=position.get(governing.i) if governing is not None else None,
    )


def _clause_kind(verb: ParsedToken) -> ClauseKind:
    dep = verb.dep_
    if dep == "xcomp" and _is_going_to(verb.head):
        return _clause_kind(first_conjunct(verb.head))
    if dep == "acl:relcl" or (dep == "acl" and not has_to_marker(verb)):
        return "relative"
    if dep == "xcomp" or (dep == "acl" and has_to_marker(verb)):
        return "infinitive"
    if dep in {"ccomp", "advcl", "csubj", "csubj:pass"}:
        return "infinitive" if has_to_marker(verb) else "subordinate"
    return "main"


def _clause_auxiliaries(verb: ParsedToken) -> list[ParsedToken]:
    """Auxiliaries of the verb, plus those of a future "going" it depends on."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "aux:pass", "cop"}]
    if verb.dep_ == "xcomp" and _is_going_to(verb.head):
        auxiliaries += [c for c in verb.head.children if c.dep_ == "aux"]
    return auxiliaries


def _clause_tense(verb: ParsedToken, auxiliaries: list[ParsedToken]) -> Tense:
    """future with will/shall/"going to"; past with a past form or a perfect ("has met",
    "would have met"); present otherwise. Infinitives take the tense of their governor."""
    lemmas = {a.lower_ for a in auxiliaries} | {a.lemma_.lower() for a in auxiliaries}
    if lemmas & FUTURE_AUXILIARIES or (verb.dep_ == "xcomp" and _is_going_to(verb.head)):
        return "future"
    # news "is (due) to visit", "is to be briefed" and the headline "Trump to visit China"
    # announce the act
    be_to = any(
        a.lemma_ == "be" and (a.dep_ == "aux" or a.tag_ in {"VBZ", "VBP", "VBD"})
        for a in auxiliaries
    )
    headline = not auxiliaries and verb.dep_ == "ROOT"
    if (be_to or headline) and has_to_marker(verb) and own_subject(verb) is not None:
        return "future"
    if any(a.tag_ == "VBD" for a in auxiliaries) or "have" in lemmas:
        return "past"
    if not auxiliaries and verb.tag_ == "VBD":
        return "past"
    # "Germany delivered/VBN tanks": a participle with a subject and no auxiliary is finite
    if not auxiliaries and verb.tag_ == "VBN" and own_subject(verb) is not None:
        return "past"
    if not auxiliaries and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        return _clause_tense(verb.head, _clause_auxiliaries(verb.head))
    return "present"


def _is_imperative(verb: ParsedToken) -> bool:
    return "Imp" in verb.feature("Mood") and not any(
        c.dep_.startswith("nsubj") for c in verb.children
    )


def _is_negated(predicate: ParsedToken) -> bool:
    """not / n't / never on the predicate or on one of its auxiliaries ("did n't" with n't
    hung on "did"), neither / nor on each of two coordinated predicates, "no" on a
    comparative predicate ("were no closer to reaching a deal"), or "no" on its subject or
    object ("no deal")."""
    auxiliaries = [c for c in predicate.children if c.dep_ in {"aux", "aux:pass"}]
    for word in (*predicate.children, *(w for a in auxiliaries for w in a.children)):
        if word.lower_ in NEGATORS and word.dep_ in {"advmod", "neg", "aux", "dep"}:
            return True
        if word.lower_ in PAIRED_NEGATORS and word.dep_ in {"advmod", "cc", "cc:preconj"}:
            return True  # "has neither confirmed nor denied"
        if word.lower_ == "no" and word.dep_ == "advmod" and predicate.tag_ in {"JJR", "RBR"}:
            return True
    for child in predicate.children:
        if child.dep_ in {"obj", "nsubj", "nsubj:pass"} and any(
            d.dep_ == "det" and d.lower_ == "no" for d in child.children
        ):
            return True
    return False


def _is_reflexive(token: ParsedToken) -> bool:
    return "Yes" in token.feature("Reflex") or token.lower_.endswith(("self", "selves"))


def _predicate_lemma(verb: ParsedToken) -> str:
    """The lemma with phrasal particles re-attached: "pull out", "call off", and an adverb
    particle right after the verb ("pulled back", "stepped aside")."""
    particles = [
        c.lower_
        for c in verb.children
        if c.dep_ == "compound:prt"
        or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES and c.i == verb.i + 1)
    ]
    particles += [
        case.lower_
        for c in verb.children
        if c.dep_.startswith("obl") and (case := _phrasal_case(verb, c)) is not None
    ]
    copula = [COPULA] if verb.pos_ == "ADJ" else []
    return " ".join([*copula, verb.lemma_.lower(), *particles])


def _phrasal_case(verb: ParsedToken, phrase: ParsedToken) -> ParsedToken | None:
    """The particle of "pulled (its troops) out of Syria": UD makes "out of" one
    preposition; an "out" followed by another preposition belongs to the predicate."""
    markers = case_markers(phrase)
    if len(markers) > 1 and markers[0].lower_ in PARTICLES and verb.i < markers[0].i:
        return markers[0]
    return None


def _clause_arguments(verb: ParsedToken, offset: int) -> tuple[Argument, ...]:
    passive = is_passive(verb)
    stranded = stranded_preposition(verb)
    arguments = []
    for child in verb.children:
        dep = child.dep_
        if dep in {"nsubj", "nsubj:pass", "csubj", "csubj:pass"}:
            subject = resolve_relative(child)
            apposed = _apposed_to_subject(subject, verb) if subject is child else ()
            slot, stranding = subject_slot(verb)
            arguments.append(_argument(slot, subject, offset, prep=stranding, apposed=apposed))
        elif dep in {"obj", "iobj"}:
            role: ArgumentRole = "obj" if dep == "obj" else "iobj"
            arguments.append(_argument(role, resolve_relative(child), offset))
        elif dep == "ccomp":
            arguments.append(_clause_argument(child, offset))
        elif is_predicative(child):
            arguments.append(_argument("pp", child, offset, prep="as"))
        elif dep.startswith("obl"):
            particle = _phrasal_case(verb, child)
            prep = preposition(child)
            if particle is not None and prep is not None:
                prep = prep.removeprefix(particle.lower_ + " ")
            if stranded is not None and prep is not None:  # "fired on by troops": by troops
                prep = prep.removeprefix(stranded.lower_ + " ")
            is_agent = dep == "obl:agent" or (passive and prep == "by")
            arguments.append(
                _argument(
                    "agent" if is_agent else "pp", child, offset, prep=None if is_agent else prep
                )
            )
    relative = _relative_object(verb)
    if relative is not None:
        arguments.append(_argument("obj", relative, offset))
    return tuple(arguments)


def _relative_object(verb: ParsedToken) -> ParsedToken | None:
    """The noun an active relative clause with a subject but no object of its own modifies
    is its object: "the missiles Mr. Trump launched", "the leader whom France criticised"
    (not "the town where Russia attacked", "the summit at which they met", nor the subject
    "the senators who met with Putin")."""
    if verb.dep_ != "acl:relcl" or is_passive(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or "Rel" in subject.feature("PronType"):
        return None
    if any(c.dep_ in {"obj", "ccomp", "xcomp"} for c in verb.children):
        return None
    adverbial = any(
        "Rel" in c.feature("PronType") and (c.dep_ == "advmod" or c.dep_.startswith("obl"))
        for c in verb.children
    )
    return None if adverbial else verb.head


def _apposed_to_subject(subject: ParsedToken, verb: ParsedToken) -> tuple[ParsedToken, ...]:
    """Noun phrases set off by commas right next to the subject that the parser hung on the
    verb ("Tomoo Hozumi, the representative of UNICEF, said": representative/dep of said):
    they name the same speaker, so the subject span takes them in."""
    phrase = _trimmed(sorted(_phrase_tokens(subject, skip_conjuncts=False), key=lambda t: t.i))
    start, end = phrase[0].i, phrase[-1].i
    doc = verb.doc.tokens
    found = []
    for child in verb.children:
        if child.pos_ not in {"NOUN", "PROPN", "PRON"} or child.i == subject.i:
            continue
        words = _trimmed(list(child.subtree))
        if _is_separator(words[0]):  # ", and the government decided": a clause of its own
            continue
        first, last = words[0].i, words[-1].i
        # After the subject also a bare oblique ("Koen, an economist, told"); before it only
        # what cannot be a time ("Last month, the government said")
        bare = not any(c.dep_ == "case" for c in child.children)
        after = (
            (child.dep_ in _APPOSITION_DEPS or (child.dep_ == "obl" and bare))
            and first == end + 2
            and doc[end + 1].text == ","
            and last < verb.i
        )
        before = child.dep_ in _APPOSITION_DEPS and last == start - 2 and doc[start - 1].text == ","
        if after or before:
            found.append(child)
    return tuple(found)


# --- nominal frames ------------------------------------------------------------------------


def _is_event_noun(token: ParsedToken, *, authored: bool = True) -> bool:
    """A common noun with a possessor, a NOMINAL_PREPOSITIONS PP or (``authored``) an author,
    or a meeting noun in a phrase of time."""
    if token.pos_ != "NOUN":
        return False
    state = _is_state(token)
    return (
        any(
            child.dep_ == "nmod:poss"
            or _is_nominal_phrase(child, state)
            or (authored and names_author(child))
            for child in token.children
        )
        or paired_names(token) is not None
        or meeting_in_time(token)
    )


def _is_state(noun: ParsedToken) -> bool:
    """A noun behind a preposition that a copula predicates of a subject: "Iran is in talks
    with Russia", "Russia is at war with Ukraine" ("Iran is a threat" is no such state: a
    judgement, not the threat). UD hangs its phrases on it as obl, not nmod."""
    deps = {c.dep_ for c in noun.children}
    return {"cop", "case", "nsubj"} <= deps


def _is_nominal_phrase(child: ParsedToken, state: bool) -> bool:
    """A NOMINAL_PREPOSITIONS phrase of an event noun ("talks with Kim")."""
    attached = child.dep_ == "nmod" or (state and child.dep_ == "obl")
    return attached and preposition(child) in NOMINAL_PREPOSITIONS


def _nominal_frame(index: int, noun: ParsedToken, offset: int, position: dict[int, int]) -> Frame:
    arguments = []
    state = _is_state(noun)
    for child in noun.children:
        if child.dep_ == "nmod:poss" or (state and child.dep_ == "nsubj"):
            subject = possessor(child) if child.dep_ == "nmod:poss" else resolve_relative(child)
            arguments.append(_argument("subj", subject, offset))
        elif _is_nominal_phrase(child, state):
            arguments.append(_argument("pp", child, offset, prep=preposition(child)))
    paired = paired_names(noun)
    if paired is not None and not any(a.role == "subj" or a.prep == "between" for a in arguments):
        # "the Trump-Putin meeting" is a meeting between Trump and Putin
        span = _text_span(*paired, offset)
        arguments.append(Argument("pp", span, head=paired[1].text, prep="between"))
    elif not any(a.role == "subj" for a in arguments):
        # "Israeli airstrikes", "U.S. demands": a proper adjective or abbreviation names the actor
        arguments += [_argument("subj", c, offset) for c in noun.children if names_author(c)]
    modifiers = premodifiers(noun)
    if modifiers:  # "trade war", "chemical weapons attack": what kind of event it names
        span = _text_span(*modifiers, offset)
        arguments.append(Argument("mod", span, head=modifiers[1].text))
    governing = _governor(noun)
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    # a state or a copula's predicate has the tense, modal and negation of its copula ("will
    # not be in talks", "The meeting will be the first meeting between Trump and Putin")
    copular = state or any(c.dep_ == "cop" for c in noun.children)
    auxiliaries = _clause_auxiliaries(noun) if copular else []
    modal = next((a.lemma_.lower() for a in auxiliaries if a.lemma_.lower() in MODALS), None)
    return Frame(
        sentence=index,
        predicate=noun.lemma_.lower(),
        trigger=_token_span(noun, offset),
        arguments=tuple(arguments),
        tense=_clause_tense(noun, auxiliaries) if copular else "present",
        modal=modal,
        mood="conditional" if modal in CONDITIONAL_MODALS else "indicative",
        negated=negated or (copular and _is_negated(noun)),
        clause="nominal",
        parent=position.get(governing.i) if governing is not None else None,
    )


# --- spans and reported speech -------------------------------------------------------------


def _token_span(token: ParsedToken, offset: int) -> Span:
    return Span(offset + token.idx, offset + token.idx + len(token.text), token.text)


def _argument(
    role: ArgumentRole,
    head: ParsedToken,
    offset: int,
    *,
    prep: str | None = None,
    apposed: tuple[ParsedToken, ...] = (),
) -> Argument:
    """The phrase headed by ``head`` (widened over ``apposed`` phrases), with each
    coordinated member as a conjunct."""
    tokens = _phrase_tokens(head, skip_conjuncts=False)
    for extra in apposed:
        tokens += [t for t in extra.subtree if t.dep_ not in _CLAUSAL_DEPS]
    tokens = _trimmed(sorted(tokens, key=lambda t: t.i))
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    members = _conjunct_members(head, tokens, conjuncts) if conjuncts else []
    return Argument(
        role=role,
        span=_text_span(tokens[0], tokens[-1], offset),
        head=head.text,
        prep=prep,
        conjuncts=tuple(_text_span(m[0], m[-1], offset) for m in members)
        if len(members) > 1
        else (),
    )


def _conjunct_members(
    head: ParsedToken, tokens: list[ParsedToken], conjuncts: list[ParsedToken]
) -> list[list[ParsedToken]]:
    """The phrase cut in front of each of the head's ``conjuncts``. Cutting by position, not
    by subtree, keeps a name whole when the parser hangs its last part on the first conjunct
    ("Kim Jong-un and Moon Jae-in": Jae-in/flat of Kim)."""
    doc = head.doc.tokens
    cuts = [min([c.i, *(t.left_edge.i for t in c.lefts)]) for c in conjuncts]
    # Only "and", "or" or a comma separate members: "Moon Jae-in" with Jae-in/conj is one name.
    cuts = [i for i in cuts if any(_is_separator(t) for t in doc[max(i - 1, 0) : i + 1])]
    bounds = [tokens[0].i, *cuts, tokens[-1].i + 1]
    clauses = {
        t.i
        for c in conjuncts
        for child in c.children
        if child.dep_ in _CLAUSAL_DEPS
        for t in child.subtree
    }
    members = []
    for start, end in pairwise(bounds):
        words = [t for t in tokens if start <= t.i < end and t.i not in clauses]
        # a member starts at its noun phrase: "in business and in government" → government
        while words and (
            words[0].is_punct or _is_separator(words[0]) or words[0].dep_ in {"case", "fixed"}
        ):
            words.pop(0)
        while words and (words[-1].is_punct or _is_separator(words[-1])):
            words.pop()
        if words:
            members.append(words)
    return members


def _is_separator(token: ParsedToken) -> bool:
    return token.dep_ == "cc" or token.pos_ == "CCONJ" or token.text in {",", ";"}


def _phrase_tokens(head: ParsedToken, *, skip_conjuncts: bool) -> list[ParsedToken]:
    """The noun phrase of ``head``: its subtree without clauses, its preposition or
    possessive "'s", and (for one conjunct) the other conjuncts."""
    skipped = _CLAUSAL_DEPS | ({"conj", "cc"} if skip_conjuncts else set())
    kept = [head]
    for child in head.children:
        if child.dep_ in skipped or child.dep_ == "case":
            continue
        kept.extend(child.subtree)
    return kept


def _trimmed(tokens: list[ParsedToken]) -> list[ParsedToken]:
    """Edge punctuation removed (a lone punctuation token is kept)."""
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def _clause_argument(verb: ParsedToken, offset: int) -> Argument:
    """The whole complement clause ("comp"), e.g. what a speech verb reports."""
    tokens = [t for t in verb.subtree if not t.is_punct] or [verb]
    return Argument(role="comp", span=_text_span(tokens[0], tokens[-1], offset), head=verb.text)


def _text_span(first: ParsedToken, last: ParsedToken, offset: int) -> Span:
    start, end = first.idx, last.idx + len(last.text)
    return Span(offset + start, offset + end, first.doc.span_text(first, last))


def _mark_reported(
    frames: list[Frame], predicates: list[ParsedToken], sent: ParsedSentence
) -> list[Frame]:
    """Set ``reported`` on complements of speech verbs and every frame below them. A speech
    clause attached as parataxis ("We will meet, Trump said.") reports the clause it hangs
    on, which then gets the speech frame as its parent and becomes its "comp"."""
    frames = list(frames)
    for n, token in enumerate(predicates):
        quoted = _quoted_clause(token, sent.tokens) if _is_speech(token) else None
        host = next(
            (m for m, p in enumerate(predicates) if quoted is not None and p.i == quoted.i), None
        )
        if host is not None and frames[host].parent is None:
            comp = _quoted_argument(predicates[host], token, sent.offset)
            frames[host] = replace(frames[host], parent=n)
            frames[n] = replace(frames[n], parent=None, arguments=(*frames[n].arguments, comp))
    for n, frame in enumerate(frames):
        if _reported_chain(n, frames, predicates, sent.tokens):
            frames[n] = replace(frame, reported=True)
    return frames


def _quoted_clause(speech: ParsedToken, span: list[ParsedToken]) -> ParsedToken | None:
    """The clause a parenthetical speech verb reports: its parataxis head, or the root
    before it when the parser split off '"...," Trump said.' as a sentence of its own."""
    if speech.dep_ == "parataxis":
        return speech.head
    roots = [t for t in span if t.head.i == t.i]
    if speech in roots and roots.index(speech) > 0:
        return roots[roots.index(speech) - 1]
    return None


def _quoted_argument(host: ParsedToken, speech: ParsedToken, offset: int) -> Argument:
    """The host clause without the speech clause hanging on it."""
    inside = {t.i for t in speech.subtree}
    tokens = [t for t in host.subtree if t.i not in inside and not t.is_punct] or [host]
    return Argument(role="comp", span=_text_span(tokens[0], tokens[-1], offset), head=host.text)


def _reported_chain(
    n: int, frames: list[Frame], predicates: list[ParsedToken], span: list[ParsedToken]
) -> bool:
    """Whether a speech verb reports this frame or one of the frames it depends on: as its
    complement clause or as the clause it is a parenthetical of."""
    seen = set()
    while (parent := frames[n].parent) is not None and n not in seen:
        seen.add(n)
        speech, clause = predicates[parent], first_conjunct(predicates[n])
        if _is_speech(speech) and (
            clause.dep_ == "ccomp" or clause == _quoted_clause(speech, span)
        ):
            return True
        n = parent
    return False


def _is_speech(token: ParsedToken) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS

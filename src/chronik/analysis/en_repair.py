"""Repairs to the English parse before frames are read from it: known verb lemmas for the
trained lemmatizer's slips, and fixes for the parser's recurring misreadings (a verb read as a
noun, a particle read as a preposition, a misplaced subject, "do" read as a main verb).
:func:`repair_parse` and :func:`repair_verb_lemmas` change the sentence's parsed tokens in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..datafiles import EN_VERBS
from ..dictionaries import read_tsv
from .en_attach import (
    is_name_part_read_apart,
    name_part_before,
    rehang_case_on_phrase_head,
    repair_attachments,
    subject_of_content_read_as_conjunct,
)
from .en_clauses import make_subordinate_clause, verb_of_subject_read_as_phrase
from .en_frames import is_clause_predicate
from .en_lexicon import (
    BARE_ADVERBIAL_NOUNS,
    NEGATORS,
    PURPOSE_NOUNS,
    QUOTING_VERBS,
    SPEECH_VERBS,
)
from .en_subjects import own_subject
from .en_tokens import ParsedToken
from .en_voice import has_to_marker, preposition

_NO_TABLE: Mapping[str, str] = MappingProxyType({})
# Finite verb tags: a verb with its own tense can open a clause with a subject.


def load_verb_lemmas(name: str = EN_VERBS) -> frozenset[str]:
    """The English verb lemmas chronik knows (training/build_en_verbs.py)."""
    return frozenset(
        row["lemma"] for row in read_tsv(name, ("lemma", "count"), required=("lemma",))
    )


def repair_verb_lemmas(
    sent: list[ParsedToken], verbs: frozenset[str], irregular: Mapping[str, str] = _NO_TABLE
) -> None:
    """Give a verb whose lemma is no known verb ("welcom", "investigat": the trained
    lemmatizer's slips on regular verbs) the first known lemma its form allows: an
    irregular past form's lemma from the model's table also where the tagger called the
    form present ("tore"/VBP → tear), else a regular form's."""
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_.lower() not in verbs:
            candidates = verb_lemma_candidates(token.lower_, token.tag_)
            if token.lower_ in irregular:
                candidates.insert(0, irregular[token.lower_])
            token.lemma_ = next((c for c in candidates if c in verbs), token.lemma_)


def verb_lemma_candidates(form: str, tag: str) -> list[str]:
    """Lemmas a regular English verb form may have, likeliest first."""
    if tag == "VBZ":
        endings = [("ies", "y"), ("es", ""), ("s", "")]
    elif tag in {"VBD", "VBN"}:
        endings = [("ied", "y"), ("ed", "e"), ("ed", ""), ("d", "")]
    elif tag == "VBG":
        endings = [("ying", "ie"), ("ing", "e"), ("ing", "")]
    else:
        endings = [("", "")]
    candidates = []
    for ending, replacement in endings:
        if form.endswith(ending) and len(form) > len(ending):
            stem = form[: len(form) - len(ending)]
            candidates.append(stem + replacement)
            if not replacement and len(stem) > 2 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])  # "committed" → commit, "banned" → ban
    return list(dict.fromkeys(candidates))


def repair_parse(sent: list[ParsedToken]) -> None:
    """Undo parser confusions typical of short news sentences, in place, before frames are
    read. Each repair needs a parse no UD annotation would give, so a right parse is kept;
    the one exception reads who speaks in "quoted Lavrov as saying" (:func:`_quoted_speaker`)."""
    verbless = _ends_a_statement(sent) and not any(
        t.pos_ == "VERB" and t.dep_ != "acl" and is_clause_predicate(t) for t in sent
    )
    tokens = list(sent)  # views of the doc: each pass reads the repairs before it
    for token in tokens:
        rehang_case_on_phrase_head(token)
        if (verb := _verb_of_misread_do(token)) is not None:
            _demote_do_to_auxiliary(token, verb)
    for token in tokens:
        if _is_verb_read_as_noun(token, verbless=verbless):
            _promote_noun_to_verb(token)
        elif (subject := _subject_of_misread_participle(token, verbless=verbless)) is not None:
            _promote_participle_to_verb(token, subject)
    for token in tokens:
        _reattach_misplaced_dependent(token)
    for token in tokens:
        _relabel_function_word(token)
        if _is_subject_read_as_compound(token):
            _make_subject(token, token.head, [t for t in token.head.lefts if t.i < token.i])
    for token in tokens:
        if _is_lone_indirect_object(token) or _is_object_read_as_complement(token):
            token.dep_ = "obj"
        elif _is_be_to_infinitive(token):
            _make_be_to_clause(token)
        elif _is_headline_infinitive(token):
            _promote_headline_infinitive(token)
        elif _is_content_read_as_relative(token):
            token.head, token.dep_ = token.head.head, "ccomp"
        elif (subject := subject_of_content_read_as_conjunct(token)) is not None:
            subject.head, subject.dep_ = token, "nsubj"
            token.dep_ = "ccomp"
        elif (speaker := _quoted_speaker(token)) is not None:
            speaker.head, speaker.dep_ = token, "nsubj"
        elif (verb := verb_of_subject_read_as_phrase(token)) is not None:
            make_subordinate_clause(token, verb)
    repair_attachments(tokens)
    _break_cycles(tokens)


def _is_be_to_infinitive(verb: ParsedToken) -> bool:
    """ "Trump is to visit China", "is due to meet", "is about to sign": the parser hangs
    "is" on the infinitive as a copula and its subject as an outer subject; not "the goal
    is to inspire voters", which says what a purpose is."""
    return (
        verb.pos_ == "VERB"
        and has_to_marker(verb)
        and any(c.dep_ == "cop" and c.lemma_ == "be" for c in verb.children)
        and not any(_defines_a_purpose(c) for c in verb.children if c.dep_.startswith("nsubj"))
    )


def _defines_a_purpose(subject: ParsedToken) -> bool:
    """A subject that "is to" defines rather than announces: a noun of purpose in it ("the
    goal", "one of Beijing's first moves") or a relative or wh-pronoun ("which is to talk
    about …")."""
    if subject.lower_ in {"which", "that", "what"}:
        return True
    return any(t.lemma_.lower() in PURPOSE_NOUNS for t in subject.subtree)


def _make_be_to_clause(verb: ParsedToken) -> None:
    """ "is (due) to visit": "is" is the infinitive's auxiliary, the outer subject its own."""
    for child in verb.children:
        if child.dep_ == "cop":
            child.dep_, child.pos_ = "aux", "AUX"
        elif child.dep_ == "nsubj:outer":
            child.dep_ = "nsubj"


def _is_headline_infinitive(verb: ParsedToken) -> bool:
    """ "Trump to meet Kim in Hanoi": a headline's name with a to-infinitive read as a
    modifier of the name (acl) that heads the sentence; the name is the verb's subject."""
    name = verb.head
    return (
        verb.dep_ == "acl"
        and verb.pos_ == "VERB"
        and has_to_marker(verb)
        and name.dep_ == "ROOT"
        and name.pos_ == "PROPN"
        and name.i < verb.i
        and not any(c.dep_ in {"cop", "case", "nmod:poss"} for c in name.children)
    )


def _promote_headline_infinitive(verb: ParsedToken) -> None:
    name = verb.head
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(name.children):
        if child.i > verb.i:  # the full stop and what follows belong to the verb
            child.head = verb
    name.head, name.dep_ = verb, "nsubj"


def _is_content_read_as_relative(clause: ParsedToken) -> bool:
    """ "said in a statement that China had attacked", "warned in an interview that": what
    the speech verb reports, read as a relative clause of the noun after its preposition. A
    relative clause's "that" is a pronoun; this one is the complementizer (SCONJ)."""
    noun = clause.head
    return (
        clause.dep_ in {"acl", "acl:relcl"}
        and noun.dep_ == "obl"
        and noun.i < clause.i
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in SPEECH_VERBS
        and any(
            c.dep_ == "mark" and c.lower_ == "that" and c.pos_ == "SCONJ" for c in clause.children
        )
    )


def _quoted_speaker(speech: ParsedToken) -> ParsedToken | None:
    """The quoted person of "TASS quoted Lavrov as saying (that) ...", "Reuters cited an
    official as saying ...": the object of the quoting verb, made the subject of the speech
    verb, so the statement is coded as Lavrov's and the agency only passes it on."""
    quoting = speech.head
    if not (
        speech.dep_ == "advcl"
        and speech.lemma_.lower() in SPEECH_VERBS
        and _is_quoting(quoting)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in speech.children)
        and own_subject(speech) is None
    ):
        return None
    return next((c for c in quoting.children if c.dep_ == "obj"), None)


def _is_quoting(verb: ParsedToken) -> bool:
    # the lemmatizer's slips ("quot") are mended only after the parse repairs
    lemmas = [verb.lemma_.lower(), *verb_lemma_candidates(verb.lower_, verb.tag_)]
    return verb.pos_ == "VERB" and any(lemma in QUOTING_VERBS for lemma in lemmas)


def _dominates(token: ParsedToken, node: ParsedToken) -> bool:
    """Whether ``node`` is ``token`` or lies below it: hanging ``token`` on it would make a
    cycle."""
    for _ in range(len(token.doc.tokens)):
        if node.i == token.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return True  # a cycle already


def _break_cycles(tokens: list[ParsedToken]) -> None:
    """A safety net under the repairs: a token whose heads go round in a circle is hung on
    the sentence's root (or becomes it), since every walk up the tree must end."""
    for token in tokens:
        if not _dominates(token, token.head) or token.head.i == token.i:
            continue
        root = next((t for t in tokens if t.head.i == t.i), None)
        if root is None:
            token.head, token.dep_ = token, "ROOT"
        else:
            token.head, token.dep_ = root, "dep"


def _is_lone_indirect_object(token: ParsedToken) -> bool:
    """ "asked the UN for help" with UN/iobj: without a direct object or a clause ("told
    reporters that", "urged Putin to release") the only object is the direct one."""
    return token.dep_ == "iobj" and not any(
        c.dep_ in {"obj", "ccomp", "xcomp"} or (c.dep_ == "advcl" and has_to_marker(c))
        for c in token.head.children
    )


def _is_object_read_as_complement(token: ParsedToken) -> bool:
    """ "refused comment on", "are planning another summit": a bare noun phrase right after a
    verb without an object, labelled as a nominal complement (xcomp) or an unmarked oblique,
    is its object, unless it names a time ("met Kim last week") or a place ("went home")."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in {"xcomp", "obl:unmarked"}:
        return False
    verb = token.head
    if verb.pos_ != "VERB" or token.left_edge.i != verb.i + 1:
        return False
    if any(c.dep_ == "obj" for c in verb.children):
        return False
    if any(c.dep_ in {"case", "mark", "cop"} for c in token.children):
        return False
    return token.lemma_.lower() not in BARE_ADVERBIAL_NOUNS


def _is_particle_read_as_case(token: ParsedToken) -> bool:
    """ "pulled out of the talks", "give up his weapons": a particle (RP) right after the
    verb labelled as the case marker of the noun after it."""
    return (
        token.tag_ == "RP"
        and token.dep_ == "case"
        and token.i > 0
        and token.nbor(-1).pos_ == "VERB"
        and token.head.head.i == token.i - 1
    )


def _is_subject_read_as_compound(token: ParsedToken) -> bool:
    """ "The EU trades/NNS with Japan" with EU/compound of trades: verbs have no compounds,
    so a noun before a verb without a subject is that subject."""
    return (
        token.dep_ == "compound"
        and token.head.pos_ == "VERB"
        and token.i < token.head.i
        and own_subject(token.head) is None
    )


def _relabel_function_word(token: ParsedToken) -> None:
    """A particle read as a preposition ("pulled out of"), a preposition read as a
    clause's mark ("were lied to by")."""
    if _is_particle_read_as_case(token):
        _attach_particle_to_verb(token)
    elif _is_preposition_read_as_mark(token):
        token.dep_ = "case"


def _is_preposition_read_as_mark(token: ParsedToken) -> bool:
    """ "were lied to by Petraeus" with to/mark of Petraeus: marks introduce clauses, not
    noun phrases; the "to" a passive leaves behind is a preposition like the "by" after it."""
    tokens = token.doc.tokens
    after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    return (
        token.dep_ == "mark"
        and token.head.pos_ in {"NOUN", "PROPN", "PRON"}
        and after is not None
        and after.lower_ == "by"
        and after.dep_ == "case"
        and after.head.i == token.head.i
    )


def _attach_particle_to_verb(particle: ParsedToken) -> None:
    noun, verb = particle.head, particle.nbor(-1)
    particle.head, particle.dep_ = verb, "compound:prt"
    if noun.dep_ == "obj" and any(c.dep_ == "case" for c in noun.children):
        noun.dep_ = "obl"  # "out of the talks": the preposition stays with the noun


def _verb_of_misread_do(token: ParsedToken) -> ParsedToken | None:
    """ "Turkey did n't offer mediation" with did/VERB as the main verb and offer/VB below it:
    the bare infinitive right after the negator is the verb, "did" its auxiliary."""
    if token.lemma_.lower() != "do" or token.pos_ != "VERB":
        return None
    following = token.doc.tokens[token.i + 1 : token.i + 3]
    if len(following) < 2 or following[0].lower_ not in NEGATORS:
        return None
    verb = following[1]
    return verb if verb.tag_ == "VB" and verb.head.i == token.i else None


def _demote_do_to_auxiliary(do: ParsedToken, verb: ParsedToken) -> None:
    if do.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = do.head, do.dep_
    do.head, do.dep_, do.pos_ = verb, "aux", "AUX"
    for child in list(do.children):
        child.head = verb


def _ends_a_statement(sent: list[ParsedToken]) -> bool:
    """Body sentences end in a full stop; headlines do not, and there a bare participle is
    passive ("Envoy sent to Hanoi")."""
    return sent[-1].text in {".", "!"}


def _is_verb_read_as_noun(token: ParsedToken, *, verbless: bool) -> bool:
    """ "Putin meets Erdogan": a noun with a subject before it and an object (nouns take
    none) or with its own subject and a to-infinitive ("He plans to meet"), or, in a
    sentence without a verb, a noun root the tagger itself called a verb ("The EU
    trades/VBZ with")."""
    if token.pos_ != "NOUN":
        return False
    has_object = any(
        c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in token.children
    )
    verbless_root = verbless and token.dep_ == "ROOT" and token.tag_.startswith("VB")
    if not (has_object or verbless_root or token.tag_ in {"NNS", "VBZ"}):
        return False  # none of the readings below can hold: spare the search for a subject
    subject = own_subject(token) or _nominal_before(token, [token])
    if subject is None or subject.i > token.i:
        return False  # "(pounds 600m)": no subject, no clause
    # a verb form ("meets") or a named subject ("Saudi Arabia cut"), not "the 12-member
    # eurozone bloc"
    verb_like = token.tag_ == "NNS" or token.tag_.startswith("VB") or subject.pos_ != "NOUN"
    if verb_like and has_object:
        return True
    # "He plans/NNS to meet Kim": a subject of its own and a to-infinitive, no copula
    if own_subject(token) is not None and token.tag_ in {"NNS", "VBZ"}:
        children = list(token.children)
        if not any(c.dep_ == "cop" for c in children) and any(
            c.dep_ == "acl" and has_to_marker(c) for c in children
        ):
            return True
    return verbless_root


def _promote_noun_to_verb(noun: ParsedToken) -> None:
    noun.pos_ = "VERB"
    if noun.tag_ == "NNS":
        noun.tag_ = "VBZ"
    if own_subject(noun) is None:
        subject = _nominal_before(noun, [noun])
        if subject is not None:
            stray = [t for t in noun.lefts if t.i != subject.i]
            _make_subject(subject, noun, stray)
    for child in noun.children:
        if child.dep_ == "nmod":  # a verb has obliques, not noun modifiers
            child.dep_ = "obl"
        elif child.dep_ == "acl" and has_to_marker(child):  # "plans to meet"
            child.dep_ = "xcomp"


def _subject_of_misread_participle(token: ParsedToken, *, verbless: bool) -> ParsedToken | None:
    """ "Germany delivered tanks to Ukraine": delivered/VBN parsed as a modifier of "tanks"
    ("Saudi Arabia boycotted/amod Qatar", "Syrian rebels surrendered/acl to the army"). A
    past form without auxiliary is finite when it has a subject: its own nsubj, or, in a
    sentence without any verb, the noun phrase before it. Returns that subject."""
    if token.pos_ != "VERB" or token.tag_ not in {"VBD", "VBN"}:
        return None
    if token.dep_ not in {"amod", "acl"} or token.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ in {"aux", "aux:pass"} for c in token.children):
        return None
    if token.i > 0 and token.nbor(-1).text == "-":  # "Russia-backed rebels"
        return None
    noun = token.head
    if token.dep_ == "amod" and any(c.dep_ == "nmod:poss" for c in noun.children):
        return None  # "Obama's failed policies" (not "Germany's chancellor called for")
    subject = own_subject(token)
    if subject is not None:
        # Only a modifier cannot have a subject: an acl with one is a relative clause without
        # "that" ("the fight the White House raised"), and a possessor is none ("Obama's").
        possessor = any(c.dep_ == "case" for c in subject.children)
        return subject if token.dep_ == "amod" and not possessor else None
    if not verbless or noun.dep_ != "ROOT":
        return None
    if noun.i < token.i:  # "Syrian rebels surrendered": the modified noun is the subject
        return noun if token.dep_ == "acl" else None
    return _nominal_before(token, [noun, token])


def _promote_participle_to_verb(verb: ParsedToken, subject: ParsedToken) -> None:
    noun = verb.head
    # Words before the verb that hung on the noun move, unless the noun is the subject and
    # keeps them ("The summit in Hanoi ended/acl")
    owners = {verb.i} if noun.i == subject.i else {noun.i, verb.i}
    moved = [t for t in verb.doc.tokens[verb.sentence_start() : verb.i] if t.head.i in owners]
    was_root = noun.dep_ == "ROOT"
    if was_root:
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = noun.head, noun.dep_
    if noun.i != subject.i:
        noun.head, noun.dep_ = verb, "obj"
    _make_subject(subject, verb, [t for t in moved if t.i != subject.i])
    if was_root:  # the final full stop belongs to the new root
        for child in list(noun.children):
            if child.dep_ == "punct" and child.i > verb.i:
                child.head = verb


def _nominal_before(predicate: ParsedToken, heads: list[ParsedToken]) -> ParsedToken | None:
    """The head of the noun phrase before ``predicate`` that the parser hung on ``heads``:
    the last noun, name or pronoun without a preposition ("The EU imposed": EU)."""
    ids = {h.i for h in heads}
    candidates = [
        t
        for t in predicate.doc.tokens[predicate.sentence_start() : predicate.i]
        if t.head.i in ids
        and t.pos_ in {"NOUN", "PROPN", "PRON"}
        and not any(c.dep_ == "case" for c in t.children)
    ]
    return candidates[-1] if candidates else None


def _make_subject(subject: ParsedToken, verb: ParsedToken, stray: list[ParsedToken]) -> None:
    """Attach ``subject`` to ``verb``; words before it that hung on the old head ("The" of
    "The EU") join the subject, words between it and the verb ("also") join the verb."""
    subject.head, subject.dep_ = verb, "nsubj"
    for token in stray:
        if token.i < subject.i:
            token.head = subject
        elif token.i < verb.i and token.head.i != verb.i:
            token.head = verb


def _reattach_misplaced_dependent(token: ParsedToken) -> None:
    """Attachments UD never makes: two subjects of one verb ("Israel, Egypt and Jordan
    signed", a list cut in two), a noun modifier on a verb ("warned of a catastrophe":
    nmod of warned), an oblique on a noun argument ("meets Erdogan in Ankara"), a clause
    headed by a bare noun ("for help": help/advcl with mark "for"), a conjunct hung on the
    last part of a name or on another conjunct, an apposition read as a second subject, the
    last part of a name read as an adverb, a name coordinated with the noun whose PP
    holds the first name ("talks between Trump and Kim": Kim/conj of talks), and the first
    name of a coordinated possessor hung apart ("Kerry and Lavrov's talks")."""
    head = token.head
    if token.dep_ == "nmod" and head.pos_ == "VERB":
        token.dep_ = "obl"
    elif token.dep_ == "obl" and _is_argument_noun(head) and head.head.pos_ == "VERB":
        # "meets Erdogan in Ankara", "In the meantime, the Fed decided": the oblique belongs
        # to the verb; one right after a subject may modify it ("strikes in ten industries")
        if token.i < head.i or head.head.i < head.i:
            token.head = head.head
    elif _is_nominal_clause(token):
        token.dep_ = "obl"
        for child in token.children:
            if child.dep_ == "mark":
                child.dep_ = "case"
            elif child.dep_ == "obl":
                child.dep_ = "nmod"
    elif (first := _first_list_member(token)) is not None:
        for member in [token, *(c for c in token.children if c.dep_ == "conj")]:
            member.head, member.dep_ = first, "conj"
    elif token.dep_ == "conj" and head.dep_ in {"flat", "compound", "conj"}:
        # "Kim Jong-un and Moon": Moon/conj of Jong-un belongs to the name's head; "France,
        # Germany and Italy": Italy/conj of Germany belongs to the first conjunct
        token.head = head.head
    elif (subject := _subject_before_apposition(token)) is not None:
        token.head, token.dep_ = subject, "appos"
    elif is_name_part_read_apart(token):
        # "Kim Jong-un" with Jong-un/advmod of the verb: a name goes on, adverbs are no names
        before = name_part_before(token)
        name = before.head if before.dep_ == "flat" else before
        if not _dominates(token, name):
            token.head, token.dep_ = name, "flat"
    elif token.dep_ == "conj" and head.pos_ == "NOUN":
        partner = _first_conjunct_partner(token)
        if partner is not None:
            token.head = partner
    elif (possessed := _noun_of_coordinated_possessor(token)) is not None:
        token.head, token.dep_ = possessed, "nmod:poss"


def _subject_before_apposition(token: ParsedToken) -> ParsedToken | None:
    """ "Tomoo Hozumi, the special representative of UNICEF, said" with representative as a
    second subject: a common noun set off by a comma right after the subject is its
    apposition. Returns that subject."""
    if token.dep_ != "nsubj" or token.pos_ != "NOUN":
        return None
    first = token.left_edge
    if first.i == 0 or token.doc.tokens[first.i - 1].text != ",":
        return None
    earlier = [
        c
        for c in token.head.children
        if c.dep_ == "nsubj" and c.i < first.i and c.right_edge.i in {first.i - 2, first.i - 1}
    ]
    return earlier[-1] if earlier else None


def _is_argument_noun(token: ParsedToken) -> bool:
    return (
        token.pos_ in {"NOUN", "PROPN", "PRON"}
        and token.dep_ in {"obj", "iobj", "nsubj", "nsubj:pass", "obl"}
        and not any(c.dep_ == "cop" for c in token.children)
    )


def _is_nominal_clause(token: ParsedToken) -> bool:
    return (
        token.dep_ in {"advcl", "ccomp"}
        and token.pos_ in {"NOUN", "PROPN", "PRON"}
        and not any(c.dep_ in {"cop", "nsubj", "nsubj:pass", "case"} for c in token.children)
        and any(c.dep_ == "mark" and c.pos_ == "ADP" for c in token.children)
    )


def _noun_of_coordinated_possessor(first: ParsedToken) -> ParsedToken | None:
    """The noun "X and Y's" possesses where the parser hung the first name apart: as a
    compound of the noun ("Kerry/compound and Lavrov's talks") or as a second subject of
    the noun's verb ("Trump/nsubj and Comey's first meeting/nsubj was")."""
    last = next((c for c in first.children if c.dep_ == "conj"), None)
    if first.pos_ != "PROPN" or last is None or not any(c.tag_ == "POS" for c in last.children):
        return None
    if first.dep_ == "compound" and first.head.pos_ == "NOUN" and first.head.i > last.i:
        return first.head
    if first.dep_ not in {"nsubj", "nsubj:pass"}:
        return None
    return next(
        (
            c
            for c in first.head.children
            if c.dep_ == first.dep_ and c.i > last.i and c.pos_ == "NOUN"
        ),
        None,
    )


def _first_list_member(token: ParsedToken) -> ParsedToken | None:
    """The first name of a list "A, B and C" the parser split: B as a second subject of the
    verb or as an apposition of A, with "and C" hung on either."""
    if token.pos_ != "PROPN" or token.i == 0 or token.nbor(-1).text != ",":
        return None
    head = token.head
    if token.dep_ == "appos" and head.pos_ == "PROPN":
        return head if any(c.dep_ == "conj" and c.i > token.i for c in head.children) else None
    if token.dep_ not in {"nsubj", "obj"} or not any(c.dep_ == "conj" for c in token.children):
        return None
    before = [
        c
        for c in head.children
        if c.dep_ == token.dep_ and c.i < token.i and c.right_edge.i == token.i - 2
    ]
    return before[-1] if before else None


def _first_conjunct_partner(conjunct: ParsedToken) -> ParsedToken | None:
    """The PP noun between a noun and its conjunct that the conjunct really belongs to:
    "between" always takes two; otherwise a name coordinates with a name, not the noun."""
    noun = conjunct.head
    for child in noun.children:
        if not (noun.i < child.i < conjunct.i and child.dep_ in {"nmod", "obl"}):
            continue
        if any(c.dep_ == "conj" for c in child.children):
            continue
        if preposition(child) == "between" or child.pos_ == conjunct.pos_ == "PROPN":
            return child
    return None

"""English analysis: chronik's own spaCy pipeline, then clause frames from the parse.

The pipeline (``chronik/models/en_chronik``, trained by ``training/en/train.py`` on UD
English-EWT, UNER English-EWT and the Broad Twitter Corpus) tags, lemmatizes and parses
each paragraph; every clause becomes a :class:`~chronik.records.Frame`::

    "Trump said he will meet Kim in Hanoi."
      said   main                         subj=Trump  comp="he will meet Kim in Hanoi"
      meet   subordinate, reported, future subj=he  obj=Kim  pp(in)=Hanoi  parent=0

Nouns that carry an event-like modifier ("talks between Trump and Kim", "Iran's talks with
the EU") become frames of kind ``nominal``. Offsets always index into the article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import resources
from itertools import pairwise
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token as SpacyToken

from ..dictionaries import read_tsv
from ..document import Document
from ..errors import ModelError
from ..records import Argument, ArgumentRole, ClauseKind, Frame, Sentence, Span, Tense, Token
from . import en_lemmas  # noqa: F401  (registers the model's irregular-verb component)

MODEL = "en_chronik"

# Verbs whose clausal complement is what somebody said: the complement is "reported".
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "declare",
        "claim",
        "add",
        "report",
        "insist",
        "confirm",
        "deny",
        "explain",
        "warn",
        "note",
        "stress",
        "emphasize",
        "emphasise",
        "write",
        "argue",
        "reply",
        "respond",
        "assert",
        "acknowledge",
        "reveal",
        "admit",
        "comment",
        "mention",
        "allege",
        "indicate",
        "tweet",
        "predict",
        "complain",
        "suggest",
    }
)
# Modal auxiliaries recorded in Frame.modal ("will"/"shall" mark future tense instead).
MODALS = frozenset({"can", "could", "may", "might", "must", "should", "would", "ought"})
CONDITIONAL_MODALS = frozenset({"would", "could"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "sha"})
# Adverbial particles that start a multiword preposition ("out of", "away from").
PARTICLES = frozenset({"out", "off", "away", "back", "down"})
NEGATORS = frozenset({"not", "n't", "never"})
# Verbs whose object is the understood subject of their to-infinitive ("urged Putin to
# release"); after any other verb the infinitive is a purpose clause of the subject ("visited
# Hanoi to meet Kim"), whichever label the parser gives it.
OBJECT_CONTROL_VERBS = frozenset(
    {
        "advise", "allow", "appoint", "ask", "authorize", "authorise", "beg", "call", "cause",
        "challenge", "compel", "convince", "dare", "deploy", "direct", "dispatch", "elect",
        "empower", "enable", "encourage", "expect", "force", "get", "help", "hire", "implore",
        "inspire", "instruct", "invite", "lead", "leave", "mandate", "motivate", "nominate",
        "oblige", "order", "pay", "permit", "persuade", "pressure", "press",
        "prompt", "push", "recruit", "remind", "request", "require", "send", "task", "teach",
        "tell", "train", "trust", "urge", "want", "warn", "wish",
    }
)  # fmt: skip
# Nouns that head an adverbial without a preposition ("met Kim last week", "flew home").
BARE_ADVERBIAL_NOUNS = frozenset(
    {
        "day", "week", "weekend", "month", "year", "decade", "century", "hour", "minute",
        "time", "today", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night",
        "spring", "summer", "autumn", "fall", "winter", "season", "home", "way",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }
)  # fmt: skip
# Prepositions that make a noun an event frame ("talks with", "summit in", "attack on").
NOMINAL_PREPOSITIONS = frozenset({"between", "with", "against", "on", "in", "of", "to"})
# Dependents that belong to a clause of their own, not to the phrase they attach to.
CLAUSAL_DEPS = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "ccomp", "csubj", "xcomp"})
# Labels a misparsed apposition of the subject gets when hung on the verb instead.
APPOSITION_DEPS = frozenset({"appos", "dep", "dislocated", "vocative", "list", "parataxis"})
PARAGRAPH = re.compile(r"[^\n]+")
# The pipeline's entity recognizer is for spaCy users of the model: frames, actors (from
# dictionaries) and places read no entities, and it would cost a third of the parse time.
UNREAD_COMPONENTS = ["ner"]


def load_english(path: Path | None = None) -> Language:
    """The English pipeline shipped inside the package (or the one at ``path``), loaded from
    disk only: nothing is ever downloaded."""
    if path is not None:
        return load_pipeline(path)
    with resources.as_file(resources.files("chronik").joinpath("models", MODEL)) as packaged:
        return load_pipeline(packaged)


def load_pipeline(path: Path) -> Language:
    if not (path / "config.cfg").is_file():
        raise ModelError(
            f"no English model at {path}; reinstall chronik, or rebuild the model with"
            " `make models` (training/en/train.py)"
        )
    try:
        return spacy.load(path)
    except (OSError, ValueError) as error:
        raise ModelError(
            f"the English model at {path} cannot be loaded ({error}); it needs spaCy 3.8,"
            " or rebuild it with `make models`"
        ) from error


class EnglishAnalyzer:
    """Pipeline stage for English: fills ``doc.sentences`` and ``doc.frames``."""

    def __init__(self, nlp: Language | None = None, verbs: frozenset[str] | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_english()
        self.verbs = verbs if verbs is not None else load_verb_lemmas()

    def __call__(self, doc: Document) -> Document:
        sentences: list[Sentence] = []
        frames: list[Frame] = []
        for sent in parsed_sentences(self.nlp, doc.article.text, self.verbs):
            index = len(sentences)
            sentences.append(to_sentence(index, sent))
            frames.extend(sentence_frames(index, sent))
        return replace(doc, sentences=tuple(sentences), frames=tuple(frames))


@dataclass(frozen=True)
class ParsedSentence:
    """A spaCy sentence and where its paragraph starts in the article."""

    span: SpacySpan
    offset: int


def parsed_sentences(
    nlp: Language, text: str, verbs: frozenset[str] = frozenset()
) -> Iterator[ParsedSentence]:
    """Sentences of the article, paragraph by paragraph (news puts one per line and
    headlines lack a full stop, so a line break always ends a sentence)."""
    paragraphs = [(m.start(), m.group()) for m in PARAGRAPH.finditer(text) if m.group().strip()]
    docs = nlp.pipe((p for _, p in paragraphs), disable=UNREAD_COMPONENTS)
    for (offset, _), parsed in zip(paragraphs, docs, strict=True):
        sents = list(parsed.sents)
        for sent in sents:
            repair_parse(sent)
            repair_verb_lemmas(sent, verbs)
        pending: SpacySpan | None = None
        for sent in sents:
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            start = words[0].i
            if pending is not None and ends_in_comma(pending):
                start = pending.start  # '"We will meet," | Trump said.' is one sentence
            elif pending is not None:
                yield ParsedSentence(pending, offset)
            pending = parsed[start : words[-1].i + 1]
        if pending is not None:
            yield ParsedSentence(pending, offset)


def ends_in_comma(span: SpacySpan) -> bool:
    last = [t for t in span[-2:] if not t.is_quote]
    return bool(last) and last[-1].text == ","


def to_sentence(index: int, sent: ParsedSentence) -> Sentence:
    tokens = tuple(
        Token(
            i=i,
            text=token.text,
            start=sent.offset + token.idx,
            end=sent.offset + token.idx + len(token.text),
            lemma=token.lemma_,
            pos=token.pos_,
            tag=token.tag_,
            morph=str(token.morph),
        )
        for i, token in enumerate(t for t in sent.span if not t.is_space)
    )
    start, end = sent.offset + sent.span.start_char, sent.offset + sent.span.end_char
    return Sentence(index, start, end, sent.span.text, tokens)


# --- parse repairs -------------------------------------------------------------------------


def load_verb_lemmas(name: str = "en/verbs.v1.tsv") -> frozenset[str]:
    """The English verb lemmas chronik knows (training/build_en_verbs.py)."""
    return frozenset(
        row["lemma"] for row in read_tsv(name, ("lemma", "count"), required=("lemma",))
    )


def repair_verb_lemmas(sent: SpacySpan, verbs: frozenset[str]) -> None:
    """Give a verb whose lemma is no known verb ("welcom", "investigat": the trained
    lemmatizer's slips on regular verbs) the first known lemma its form allows."""
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_.lower() not in verbs:
            known = (c for c in verb_lemma_candidates(token.lower_, token.tag_) if c in verbs)
            token.lemma_ = next(known, token.lemma_)


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


def repair_parse(sent: SpacySpan) -> None:
    """Undo parser confusions typical of short news sentences, in place, before frames are
    read. Each repair needs a parse no UD annotation would give, so a right parse is kept."""
    verbless = ends_a_statement(sent) and not any(
        t.pos_ == "VERB" and t.dep_ != "acl" and is_clause_predicate(t) for t in sent
    )
    for token in list(sent):
        if (verb := verb_of_misread_do(token)) is not None:
            demote_do_to_auxiliary(token, verb)
    for token in list(sent):
        if is_verb_read_as_noun(token, verbless=verbless):
            promote_noun_to_verb(token)
        elif (subject := subject_of_misread_participle(token, verbless=verbless)) is not None:
            promote_participle_to_verb(token, subject)
    for token in list(sent):
        reattach_misplaced_dependent(token)
    for token in list(sent):
        if is_particle_read_as_case(token):
            attach_particle_to_verb(token)
        elif is_subject_read_as_compound(token):
            make_subject(token, token.head, [t for t in token.head.lefts if t.i < token.i])
    for token in sent:
        if is_lone_indirect_object(token) or is_object_read_as_complement(token):
            token.dep_ = "obj"


def is_lone_indirect_object(token: SpacyToken) -> bool:
    """ "asked the UN for help" with UN/iobj: without a direct object or a clause ("told
    reporters that", "urged Putin to release") the only object is the direct one."""
    return token.dep_ == "iobj" and not any(
        c.dep_ in {"obj", "ccomp", "xcomp"} or (c.dep_ == "advcl" and has_to_marker(c))
        for c in token.head.children
    )


def is_object_read_as_complement(token: SpacyToken) -> bool:
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


def is_particle_read_as_case(token: SpacyToken) -> bool:
    """ "pulled out of the talks", "give up his weapons": a particle (RP) right after the
    verb labelled as the case marker of the noun after it."""
    return (
        token.tag_ == "RP"
        and token.dep_ == "case"
        and token.i > 0
        and token.nbor(-1).pos_ == "VERB"
        and token.head.head.i == token.i - 1
    )


def is_subject_read_as_compound(token: SpacyToken) -> bool:
    """ "The EU trades/NNS with Japan" with EU/compound of trades: verbs have no compounds,
    so a noun before a verb without a subject is that subject."""
    return (
        token.dep_ == "compound"
        and token.head.pos_ == "VERB"
        and token.i < token.head.i
        and own_subject(token.head) is None
    )


def attach_particle_to_verb(particle: SpacyToken) -> None:
    noun, verb = particle.head, particle.nbor(-1)
    particle.head, particle.dep_ = verb, "compound:prt"
    if noun.dep_ == "obj" and any(c.dep_ == "case" for c in noun.children):
        noun.dep_ = "obl"  # "out of the talks": the preposition stays with the noun


def verb_of_misread_do(token: SpacyToken) -> SpacyToken | None:
    """ "Turkey did n't offer mediation" with did/VERB as the main verb and offer/VB below it:
    the bare infinitive right after the negator is the verb, "did" its auxiliary."""
    if token.lemma_.lower() != "do" or token.pos_ != "VERB":
        return None
    following = token.doc[token.i + 1 : token.i + 3]
    if len(following) < 2 or following[0].lower_ not in NEGATORS:
        return None
    verb = following[1]
    return verb if verb.tag_ == "VB" and verb.head.i == token.i else None


def demote_do_to_auxiliary(do: SpacyToken, verb: SpacyToken) -> None:
    if do.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = do.head, do.dep_
    do.head, do.dep_, do.pos_ = verb, "aux", "AUX"
    for child in list(do.children):
        child.head = verb


def ends_a_statement(sent: SpacySpan) -> bool:
    """Body sentences end in a full stop; headlines do not, and there a bare participle is
    passive ("Envoy sent to Hanoi")."""
    return sent[-1].text in {".", "!"}


def is_verb_read_as_noun(token: SpacyToken, *, verbless: bool) -> bool:
    """ "Putin meets Erdogan": a noun with a subject before it and an object (nouns take
    none) or with its own subject and a to-infinitive ("He plans to meet"), or, in a
    sentence without a verb, a noun root the tagger itself called a verb ("The EU
    trades/VBZ with")."""
    if token.pos_ != "NOUN":
        return False
    subject = own_subject(token) or nominal_before(token, [token])
    if subject is None or subject.i > token.i:
        return False  # "(pounds 600m)": no subject, no clause
    # a verb form ("meets") or a named subject ("Saudi Arabia cut"), not "the 12-member
    # eurozone bloc"
    verb_like = token.tag_ == "NNS" or token.tag_.startswith("VB") or subject.pos_ != "NOUN"
    if verb_like and any(
        c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in token.children
    ):
        return True
    # "He plans/NNS to meet Kim": a subject of its own and a to-infinitive, no copula
    if own_subject(token) is not None and token.tag_ in {"NNS", "VBZ"}:
        children = list(token.children)
        if not any(c.dep_ == "cop" for c in children) and any(
            c.dep_ == "acl" and has_to_marker(c) for c in children
        ):
            return True
    return verbless and token.dep_ == "ROOT" and token.tag_.startswith("VB")


def promote_noun_to_verb(noun: SpacyToken) -> None:
    noun.pos_ = "VERB"
    if noun.tag_ == "NNS":
        noun.tag_ = "VBZ"
    if own_subject(noun) is None:
        subject = nominal_before(noun, [noun])
        if subject is not None:
            stray = [t for t in noun.lefts if t.i != subject.i]
            make_subject(subject, noun, stray)
    for child in noun.children:
        if child.dep_ == "nmod":  # a verb has obliques, not noun modifiers
            child.dep_ = "obl"
        elif child.dep_ == "acl" and has_to_marker(child):  # "plans to meet"
            child.dep_ = "xcomp"


def subject_of_misread_participle(token: SpacyToken, *, verbless: bool) -> SpacyToken | None:
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
    if any(c.dep_ == "nmod:poss" for c in noun.children):
        return None  # "Obama's failed policies"
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
    return nominal_before(token, [noun, token])


def promote_participle_to_verb(verb: SpacyToken, subject: SpacyToken) -> None:
    noun = verb.head
    # Words before the verb that hung on the noun move, unless the noun is the subject and
    # keeps them ("The summit in Hanoi ended/acl")
    owners = {verb.i} if noun.i == subject.i else {noun.i, verb.i}
    moved = [t for t in verb.doc[verb.sent.start : verb.i] if t.head.i in owners]
    was_root = noun.dep_ == "ROOT"
    if was_root:
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = noun.head, noun.dep_
    if noun.i != subject.i:
        noun.head, noun.dep_ = verb, "obj"
    make_subject(subject, verb, [t for t in moved if t.i != subject.i])
    if was_root:  # the final full stop belongs to the new root
        for child in list(noun.children):
            if child.dep_ == "punct" and child.i > verb.i:
                child.head = verb


def nominal_before(predicate: SpacyToken, heads: list[SpacyToken]) -> SpacyToken | None:
    """The head of the noun phrase before ``predicate`` that the parser hung on ``heads``:
    the last noun, name or pronoun without a preposition ("The EU imposed": EU)."""
    ids = {h.i for h in heads}
    candidates = [
        t
        for t in predicate.doc[predicate.sent.start : predicate.i]
        if t.head.i in ids
        and t.pos_ in {"NOUN", "PROPN", "PRON"}
        and not any(c.dep_ == "case" for c in t.children)
    ]
    return candidates[-1] if candidates else None


def make_subject(subject: SpacyToken, verb: SpacyToken, stray: list[SpacyToken]) -> None:
    """Attach ``subject`` to ``verb``; words before it that hung on the old head ("The" of
    "The EU") join the subject, words between it and the verb ("also") join the verb."""
    subject.head, subject.dep_ = verb, "nsubj"
    for token in stray:
        if token.i < subject.i:
            token.head = subject
        elif token.i < verb.i and token.head.i != verb.i:
            token.head = verb


def reattach_misplaced_dependent(token: SpacyToken) -> None:
    """Attachments UD never makes: two subjects of one verb ("Israel, Egypt and Jordan
    signed", a list cut in two), a noun modifier on a verb ("warned of a catastrophe":
    nmod of warned), an oblique on a noun argument ("meets Erdogan in Ankara"), a clause
    headed by a bare noun ("for help": help/advcl with mark "for"), a conjunct hung on the
    last part of a name or on another conjunct, an apposition read as a second subject, the
    last part of a name read as an adverb, and a name coordinated with the noun whose PP
    holds the first name ("talks between Trump and Kim": Kim/conj of talks)."""
    head = token.head
    if token.dep_ == "nmod" and head.pos_ == "VERB":
        token.dep_ = "obl"
    elif token.dep_ == "obl" and is_argument_noun(head) and head.head.pos_ == "VERB":
        # "meets Erdogan in Ankara", "In the meantime, the Fed decided": the oblique belongs
        # to the verb; one right after a subject may modify it ("strikes in ten industries")
        if token.i < head.i or head.head.i < head.i:
            token.head = head.head
    elif is_nominal_clause(token):
        token.dep_ = "obl"
        for child in token.children:
            if child.dep_ == "mark":
                child.dep_ = "case"
            elif child.dep_ == "obl":
                child.dep_ = "nmod"
    elif (first := first_list_member(token)) is not None:
        for member in [token, *(c for c in token.children if c.dep_ == "conj")]:
            member.head, member.dep_ = first, "conj"
    elif token.dep_ == "conj" and head.dep_ in {"flat", "compound", "conj"}:
        # "Kim Jong-un and Moon": Moon/conj of Jong-un belongs to the name's head; "France,
        # Germany and Italy": Italy/conj of Germany belongs to the first conjunct
        token.head = head.head
    elif (subject := subject_before_apposition(token)) is not None:
        token.head, token.dep_ = subject, "appos"
    elif token.pos_ == "PROPN" and token.dep_ == "advmod" and token.i > 0:
        # "Kim Jong-un" with Jong-un/advmod of the verb: a name goes on, adverbs are no names
        before = token.nbor(-1)
        if before.pos_ == "PROPN":
            token.head, token.dep_ = before.head if before.dep_ == "flat" else before, "flat"
    elif token.dep_ == "conj" and head.pos_ == "NOUN":
        partner = first_conjunct_partner(token)
        if partner is not None:
            token.head = partner


def subject_before_apposition(token: SpacyToken) -> SpacyToken | None:
    """ "Tomoo Hozumi, the special representative of UNICEF, said" with representative as a
    second subject: a common noun set off by a comma right after the subject is its
    apposition. Returns that subject."""
    if token.dep_ != "nsubj" or token.pos_ != "NOUN":
        return None
    first = token.left_edge
    if first.i == 0 or token.doc[first.i - 1].text != ",":
        return None
    earlier = [
        c
        for c in token.head.children
        if c.dep_ == "nsubj" and c.i < first.i and c.right_edge.i in {first.i - 2, first.i - 1}
    ]
    return earlier[-1] if earlier else None


def is_argument_noun(token: SpacyToken) -> bool:
    return (
        token.pos_ in {"NOUN", "PROPN", "PRON"}
        and token.dep_ in {"obj", "iobj", "nsubj", "nsubj:pass", "obl"}
        and not any(c.dep_ == "cop" for c in token.children)
    )


def is_nominal_clause(token: SpacyToken) -> bool:
    return (
        token.dep_ in {"advcl", "ccomp"}
        and token.pos_ in {"NOUN", "PROPN", "PRON"}
        and not any(c.dep_ in {"cop", "nsubj", "nsubj:pass", "case"} for c in token.children)
        and any(c.dep_ == "mark" and c.pos_ == "ADP" for c in token.children)
    )


def first_list_member(token: SpacyToken) -> SpacyToken | None:
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


def first_conjunct_partner(conjunct: SpacyToken) -> SpacyToken | None:
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


# --- clause frames -------------------------------------------------------------------------


def sentence_frames(index: int, sent: ParsedSentence) -> list[Frame]:
    """Verb clauses and event nouns of one sentence, in text order, parents resolved."""
    predicates = [t for t in sent.span if is_clause_predicate(t) or is_event_noun(t)]
    position = {token.i: n for n, token in enumerate(predicates)}
    frames = [
        clause_frame(index, token, sent.offset, position)
        if is_clause_predicate(token)
        else nominal_frame(index, token, sent.offset, position)
        for token in predicates
    ]
    return mark_reported(frames, predicates, sent)


def is_clause_predicate(token: SpacyToken) -> bool:
    """A verb heading a clause; not an auxiliary, an adjectival participle, or the "going"
    of "going to" (a future marker). A noun with a subject but no copula is a verb the
    tagger mistook ("He plans to meet Kim": plans/NNS)."""
    if token.pos_ == "NOUN":
        children = {c.dep_ for c in token.children}
        return "nsubj" in children and not children & {"cop", "case"}
    if token.pos_ != "VERB" or token.dep_ in {"amod", "compound", "aux", "aux:pass"}:
        return False
    return not is_going_to(token)


def is_going_to(token: SpacyToken) -> bool:
    """ "is going to meet": "going" only marks the future of its infinitive."""
    return (
        token.lemma_ == "go"
        and token.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children)
        and infinitive_of(token) is not None
    )


def infinitive_of(token: SpacyToken) -> SpacyToken | None:
    for child in token.children:
        if child.dep_ == "xcomp" and any(m.lower_ == "to" for m in child.children):
            return child
    return None


def governor(token: SpacyToken) -> SpacyToken | None:
    """The nearest predicate above ``token``: the clause (or event noun) it depends on."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if is_clause_predicate(node) or is_event_noun(node):
            return node
    return None


def clause_frame(index: int, verb: SpacyToken, offset: int, position: dict[int, int]) -> Frame:
    # Coordinated verbs share the clause, auxiliaries and subject of their first conjunct.
    first = first_conjunct(verb)
    auxiliaries = clause_auxiliaries(verb) or (
        clause_auxiliaries(first) if first is not verb else []
    )
    modal = next((a.lemma_.lower() for a in auxiliaries if a.lemma_.lower() in MODALS), None)
    governing = governor(first)
    kind = clause_kind(first)
    arguments = clause_arguments(verb, offset)
    if not any(a.role == "subj" for a in arguments):
        subject = inherited_subject(verb, first)
        if subject is not None:
            arguments = (argument("subj", subject, offset), *arguments)
    return Frame(
        sentence=index,
        predicate=predicate_lemma(verb),
        trigger=token_span(verb, offset),
        arguments=arguments,
        voice="passive"
        if is_passive(verb) or (first is not verb and is_passive(first))
        else "active",
        tense=clause_tense(verb, auxiliaries),
        mood="conditional"
        if modal in CONDITIONAL_MODALS
        else ("imperative" if is_imperative(verb) else "indicative"),
        modal=modal,
        negated=is_negated(verb)
        or (first is not verb and not auxiliaries and is_negated(first))
        # "does not want to meet": the infinitive is not asserted either
        or (first.dep_ == "xcomp" and is_negated(first.head)),
        reflexive=any(is_reflexive(c) for c in verb.children if c.dep_ in {"obj", "iobj"}),
        clause=kind,
        parent=position.get(governing.i) if governing is not None else None,
    )


def first_conjunct(token: SpacyToken) -> SpacyToken:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def clause_kind(verb: SpacyToken) -> ClauseKind:
    dep = verb.dep_
    if dep == "xcomp" and is_going_to(verb.head):
        return clause_kind(first_conjunct(verb.head))
    if dep == "acl:relcl" or (dep == "acl" and not has_to_marker(verb)):
        return "relative"
    if dep == "xcomp" or (dep == "acl" and has_to_marker(verb)):
        return "infinitive"
    if dep in {"ccomp", "advcl", "csubj", "csubj:pass"}:
        return "infinitive" if has_to_marker(verb) else "subordinate"
    return "main"


def has_to_marker(verb: SpacyToken) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)


def clause_auxiliaries(verb: SpacyToken) -> list[SpacyToken]:
    """Auxiliaries of the verb, plus those of a future "going" it depends on."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
    if verb.dep_ == "xcomp" and is_going_to(verb.head):
        auxiliaries += [c for c in verb.head.children if c.dep_ == "aux"]
    return auxiliaries


def clause_tense(verb: SpacyToken, auxiliaries: list[SpacyToken]) -> Tense:
    """future with will/shall/"going to"; past with a past form or a perfect ("has met",
    "would have met"); present otherwise. Infinitives take the tense of their governor."""
    lemmas = {a.lower_ for a in auxiliaries} | {a.lemma_.lower() for a in auxiliaries}
    if lemmas & FUTURE_AUXILIARIES or (verb.dep_ == "xcomp" and is_going_to(verb.head)):
        return "future"
    if any(a.tag_ == "VBD" for a in auxiliaries) or "have" in lemmas:
        return "past"
    if not auxiliaries and verb.tag_ == "VBD":
        return "past"
    # "Germany delivered/VBN tanks": a participle with a subject and no auxiliary is finite
    if not auxiliaries and verb.tag_ == "VBN" and own_subject(verb) is not None:
        return "past"
    if not auxiliaries and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        return clause_tense(verb.head, clause_auxiliaries(verb.head))
    return "present"


def is_passive(verb: SpacyToken) -> bool:
    return any(c.dep_ in {"nsubj:pass", "aux:pass", "csubj:pass"} for c in verb.children)


def is_imperative(verb: SpacyToken) -> bool:
    return "Imp" in verb.morph.get("Mood", []) and not any(
        c.dep_.startswith("nsubj") for c in verb.children
    )


def is_negated(predicate: SpacyToken) -> bool:
    """not / n't / never on the predicate or on one of its auxiliaries ("did n't" with n't
    hung on "did"), or "no" on its subject or object ("no deal")."""
    auxiliaries = [c for c in predicate.children if c.dep_ in {"aux", "aux:pass"}]
    for word in (*predicate.children, *(w for a in auxiliaries for w in a.children)):
        if word.lower_ in NEGATORS and word.dep_ in {"advmod", "neg", "aux", "dep"}:
            return True
    for child in predicate.children:
        if child.dep_ in {"obj", "nsubj", "nsubj:pass"} and any(
            d.dep_ == "det" and d.lower_ == "no" for d in child.children
        ):
            return True
    return False


def is_reflexive(token: SpacyToken) -> bool:
    return "Yes" in token.morph.get("Reflex", []) or token.lower_.endswith(("self", "selves"))


def predicate_lemma(verb: SpacyToken) -> str:
    """The lemma with phrasal particles re-attached: "pull out", "call off"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    particles += [
        case.lower_
        for c in verb.children
        if c.dep_.startswith("obl") and (case := phrasal_case(verb, c)) is not None
    ]
    return " ".join([verb.lemma_.lower(), *particles])


def phrasal_case(verb: SpacyToken, phrase: SpacyToken) -> SpacyToken | None:
    """The particle of "pulled (its troops) out of Syria": UD makes "out of" one
    preposition; an "out" followed by another preposition belongs to the predicate."""
    markers = case_markers(phrase)
    if len(markers) > 1 and markers[0].lower_ in PARTICLES and verb.i < markers[0].i:
        return markers[0]
    return None


def clause_arguments(verb: SpacyToken, offset: int) -> tuple[Argument, ...]:
    passive = is_passive(verb)
    arguments = []
    for child in verb.children:
        dep = child.dep_
        if dep in {"nsubj", "nsubj:pass", "csubj", "csubj:pass"}:
            subject = resolve_relative(child)
            apposed = apposed_to_subject(subject, verb) if subject is child else ()
            arguments.append(argument("subj", subject, offset, apposed=apposed))
        elif dep in {"obj", "iobj"}:
            role: ArgumentRole = "obj" if dep == "obj" else "iobj"
            arguments.append(argument(role, resolve_relative(child), offset))
        elif dep == "ccomp":
            arguments.append(clause_argument(child, offset))
        elif dep.startswith("obl"):
            particle = phrasal_case(verb, child)
            prep = preposition(child)
            if particle is not None and prep is not None:
                prep = prep.removeprefix(particle.lower_ + " ")
            is_agent = dep == "obl:agent" or (passive and prep == "by")
            arguments.append(
                argument(
                    "agent" if is_agent else "pp", child, offset, prep=None if is_agent else prep
                )
            )
    return tuple(arguments)


def apposed_to_subject(subject: SpacyToken, verb: SpacyToken) -> tuple[SpacyToken, ...]:
    """Noun phrases set off by commas right next to the subject that the parser hung on the
    verb ("Tomoo Hozumi, the representative of UNICEF, said": representative/dep of said):
    they name the same speaker, so the subject span takes them in."""
    phrase = trimmed(sorted(phrase_tokens(subject, skip_conjuncts=False), key=lambda t: t.i))
    start, end = phrase[0].i, phrase[-1].i
    doc = verb.doc
    found = []
    for child in verb.children:
        if child.pos_ not in {"NOUN", "PROPN", "PRON"} or child.i == subject.i:
            continue
        words = trimmed(list(child.subtree))
        if is_separator(words[0]):  # ", and the government decided": a clause of its own
            continue
        first, last = words[0].i, words[-1].i
        # After the subject also a bare oblique ("Koen, an economist, told"); before it only
        # what cannot be a time ("Last month, the government said")
        bare = not any(c.dep_ == "case" for c in child.children)
        after = (
            (child.dep_ in APPOSITION_DEPS or (child.dep_ == "obl" and bare))
            and first == end + 2
            and doc[end + 1].text == ","
            and last < verb.i
        )
        before = child.dep_ in APPOSITION_DEPS and last == start - 2 and doc[start - 1].text == ","
        if after or before:
            found.append(child)
    return tuple(found)


def inherited_subject(verb: SpacyToken, first: SpacyToken) -> SpacyToken | None:
    """The understood subject: of the first conjunct ("Trump met Kim and signed"), of the
    controlling verb ("Trump plans to meet"; its object in "urged Kim to meet"), or the noun
    a participle modifies ("the envoy sent to Hanoi")."""
    if first is not verb:
        subject = own_subject(first)
        if subject is not None:
            return subject
        verb = first
    # A to-infinitive: its controller's object ("urged Putin to release") or subject.
    # Purpose clauses skip a direct object: "visited Hanoi to meet Kim".
    purpose = verb.dep_ == "advcl" and has_to_marker(verb)
    if verb.dep_ == "xcomp" or purpose:
        controller = verb.head
        direct = not purpose and controller.lemma_.lower() in OBJECT_CONTROL_VERBS
        obj = object_controller(controller, direct=direct)
        if obj is not None:
            return obj
        return own_subject(controller) or inherited_subject(controller, first_conjunct(controller))
    if verb.dep_ == "acl" and not has_to_marker(verb):
        return verb.head
    return None


def object_controller(verb: SpacyToken, *, direct: bool) -> SpacyToken | None:
    """The object that is the understood subject of the verb's infinitive: "urged Putin to
    release", "called on North Korea to return"."""
    for child in verb.children:
        if child.dep_ == "iobj" or (direct and child.dep_ == "obj"):
            return child
    for child in verb.children:
        if child.dep_ == "obl" and preposition(child) in {"on", "upon"}:
            return child
    return None


def own_subject(verb: SpacyToken) -> SpacyToken | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubj:pass"}:
            return resolve_relative(child)
    return None


def resolve_relative(token: SpacyToken) -> SpacyToken:
    """A relative pronoun ("who", "which", "that") stands for the noun its clause modifies."""
    clause = token.head
    if "Rel" in token.morph.get("PronType", []) and clause.dep_ == "acl:relcl":
        return clause.head
    return token


def preposition(phrase: SpacyToken) -> str | None:
    """The (possibly multiword: "because of") preposition marking a phrase, lowercased."""
    return " ".join(t.lower_ for t in case_markers(phrase)) or None


def case_markers(phrase: SpacyToken) -> list[SpacyToken]:
    """The words of the preposition in front of a phrase ("out of" may be one case word
    with a fixed second word, or two case words)."""
    words = []
    for child in phrase.children:
        if child.dep_ == "case" and child.i < phrase.i:
            words += [child, *(f for f in child.children if f.dep_ == "fixed")]
    return sorted(words, key=lambda t: t.i)


# --- nominal frames ------------------------------------------------------------------------


def is_event_noun(token: SpacyToken) -> bool:
    """A common noun with a possessor or a PP of NOMINAL_PREPOSITIONS."""
    if token.pos_ != "NOUN":
        return False
    return any(
        child.dep_ == "nmod:poss"
        or (child.dep_ == "nmod" and preposition(child) in NOMINAL_PREPOSITIONS)
        for child in token.children
    )


def nominal_frame(index: int, noun: SpacyToken, offset: int, position: dict[int, int]) -> Frame:
    arguments = []
    for child in noun.children:
        if child.dep_ == "nmod:poss":
            arguments.append(argument("subj", child, offset))
        elif child.dep_ == "nmod" and preposition(child) in NOMINAL_PREPOSITIONS:
            arguments.append(argument("pp", child, offset, prep=preposition(child)))
    governing = governor(noun)
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    return Frame(
        sentence=index,
        predicate=noun.lemma_.lower(),
        trigger=token_span(noun, offset),
        arguments=tuple(arguments),
        negated=negated,
        clause="nominal",
        parent=position.get(governing.i) if governing is not None else None,
    )


# --- spans and reported speech -------------------------------------------------------------


def token_span(token: SpacyToken, offset: int) -> Span:
    return Span(offset + token.idx, offset + token.idx + len(token.text), token.text)


def argument(
    role: ArgumentRole,
    head: SpacyToken,
    offset: int,
    *,
    prep: str | None = None,
    apposed: tuple[SpacyToken, ...] = (),
) -> Argument:
    """The phrase headed by ``head`` (widened over ``apposed`` phrases), with each
    coordinated member as a conjunct."""
    tokens = phrase_tokens(head, skip_conjuncts=False)
    for extra in apposed:
        tokens += [t for t in extra.subtree if t.dep_ not in CLAUSAL_DEPS]
    tokens = trimmed(sorted(tokens, key=lambda t: t.i))
    members = conjunct_members(head, tokens)
    return Argument(
        role=role,
        span=text_span(tokens[0], tokens[-1], offset),
        head=head.text,
        prep=prep,
        conjuncts=tuple(text_span(m[0], m[-1], offset) for m in members)
        if len(members) > 1
        else (),
    )


def conjunct_members(head: SpacyToken, tokens: list[SpacyToken]) -> list[list[SpacyToken]]:
    """The phrase cut in front of each conjunct. Cutting by position, not by subtree, keeps
    a name whole when the parser hangs its last part on the first conjunct ("Kim Jong-un
    and Moon Jae-in": Jae-in/flat of Kim)."""
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    doc = head.doc
    cuts = [min([c.i, *(t.left_edge.i for t in c.lefts)]) for c in conjuncts]
    # Only "and", "or" or a comma separate members: "Moon Jae-in" with Jae-in/conj is one name.
    cuts = [i for i in cuts if any(is_separator(t) for t in doc[max(i - 1, 0) : i + 1])]
    bounds = [tokens[0].i, *cuts, tokens[-1].i + 1]
    clauses = {
        t.i
        for c in conjuncts
        for child in c.children
        if child.dep_ in CLAUSAL_DEPS
        for t in child.subtree
    }
    members = []
    for start, end in pairwise(bounds):
        words = [t for t in tokens if start <= t.i < end and t.i not in clauses]
        # a member starts at its noun phrase: "in business and in government" → government
        while words and (
            words[0].is_punct or is_separator(words[0]) or words[0].dep_ in {"case", "fixed"}
        ):
            words.pop(0)
        while words and (words[-1].is_punct or is_separator(words[-1])):
            words.pop()
        if words:
            members.append(words)
    return members


def is_separator(token: SpacyToken) -> bool:
    return token.dep_ == "cc" or token.pos_ == "CCONJ" or token.text in {",", ";"}


def phrase_tokens(head: SpacyToken, *, skip_conjuncts: bool) -> list[SpacyToken]:
    """The noun phrase of ``head``: its subtree without clauses, its preposition or
    possessive "'s", and (for one conjunct) the other conjuncts."""
    skipped = CLAUSAL_DEPS | ({"conj", "cc"} if skip_conjuncts else set())
    kept = [head]
    for child in head.children:
        if child.dep_ in skipped or child.dep_ == "case":
            continue
        kept.extend(child.subtree)
    return kept


def trimmed(tokens: list[SpacyToken]) -> list[SpacyToken]:
    """Edge punctuation removed (a lone punctuation token is kept)."""
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def clause_argument(verb: SpacyToken, offset: int) -> Argument:
    """The whole complement clause ("comp"), e.g. what a speech verb reports."""
    tokens = [t for t in verb.subtree if not t.is_punct] or [verb]
    return Argument(role="comp", span=text_span(tokens[0], tokens[-1], offset), head=verb.text)


def text_span(first: SpacyToken, last: SpacyToken, offset: int) -> Span:
    start, end = first.idx, last.idx + len(last.text)
    # Span.text joins only these tokens; Doc.text would rebuild the whole paragraph.
    return Span(offset + start, offset + end, first.doc[first.i : last.i + 1].text)


def mark_reported(
    frames: list[Frame], predicates: list[SpacyToken], sent: ParsedSentence
) -> list[Frame]:
    """Set ``reported`` on complements of speech verbs and every frame below them. A speech
    clause attached as parataxis ("We will meet, Trump said.") reports the clause it hangs
    on, which then gets the speech frame as its parent and becomes its "comp"."""
    frames = list(frames)
    for n, token in enumerate(predicates):
        quoted = quoted_clause(token, sent.span) if is_speech(token) else None
        host = next(
            (m for m, p in enumerate(predicates) if quoted is not None and p.i == quoted.i), None
        )
        if host is not None and frames[host].parent is None:
            comp = quoted_argument(predicates[host], token, sent.offset)
            frames[host] = replace(frames[host], parent=n)
            frames[n] = replace(frames[n], parent=None, arguments=(*frames[n].arguments, comp))
    for n, frame in enumerate(frames):
        if reported_chain(n, frames, predicates, sent.span):
            frames[n] = replace(frame, reported=True)
    return frames


def quoted_clause(speech: SpacyToken, span: SpacySpan) -> SpacyToken | None:
    """The clause a parenthetical speech verb reports: its parataxis head, or the root
    before it when the parser split off '"...," Trump said.' as a sentence of its own."""
    if speech.dep_ == "parataxis":
        return speech.head
    roots = [t for t in span if t.head.i == t.i]
    if speech in roots and roots.index(speech) > 0:
        return roots[roots.index(speech) - 1]
    return None


def quoted_argument(host: SpacyToken, speech: SpacyToken, offset: int) -> Argument:
    """The host clause without the speech clause hanging on it."""
    inside = {t.i for t in speech.subtree}
    tokens = [t for t in host.subtree if t.i not in inside and not t.is_punct] or [host]
    return Argument(role="comp", span=text_span(tokens[0], tokens[-1], offset), head=host.text)


def reported_chain(
    n: int, frames: list[Frame], predicates: list[SpacyToken], span: SpacySpan
) -> bool:
    """Whether a speech verb reports this frame or one of the frames it depends on: as its
    complement clause or as the clause it is a parenthetical of."""
    seen = set()
    while (parent := frames[n].parent) is not None and n not in seen:
        seen.add(n)
        speech, clause = predicates[parent], first_conjunct(predicates[n])
        if is_speech(speech) and (clause.dep_ == "ccomp" or clause == quoted_clause(speech, span)):
            return True
        n = parent
    return False


def is_speech(token: SpacyToken) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS

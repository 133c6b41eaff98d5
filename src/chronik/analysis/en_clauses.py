"""Repairs to which clause a verb or subject belongs, after the attachment repairs
(en_attach.py): a verb coordinated with the adjective of another verb's "as" phrase
("view the president as detached … and predict …"), a verb after a closing quote
coordinated with the quoted clause ('said, "I believe John Bolton," and suggests …'), and
a headline label before a colon read as the subject of the sentence after it ("Democratic
question for both sides: President Trump's former chief of staff … has said"), the speaker
of an inverted quotation read as the complement of "said", and the subject of a clause
after "as"/"after"/"before" read as that word's object ("came after Republican leaders
denounced him": :func:`verb_of_subject_read_as_phrase`, called by en_repair.py), a
subject hung on a time adverbial between it and its verb ("Iran earlier today said"), a
subject read into an opening phrase ("At a conference, Wang, China's minister, accused") or
into a participle set off by commas ("The White House, distancing itself …, said").

A smaller parser (model 1.3.0) makes these mistakes more often than the larger one;
each repair needs a parse no UD annotation gives, so a right parse is kept.
"""

from __future__ import annotations

from .en_lexicon import TIME_NOUNS
from .en_subjects import own_subject
from .en_tokens import ParsedToken

# Verb forms that coordinate with a verb, not with an adjective: a participle ("detached
# and confused") may be either.
_VERB_FORMS = frozenset({"VB", "VBP", "VBZ", "VBD"})
# How an adjective hangs on a verb it does not predicate of its subject by a copula.
_ADJECTIVE_MODIFIERS = frozenset({"advcl", "xcomp", "obl"})
# How a quotation hangs on its speech verb.
_QUOTATION_DEPS = frozenset({"parataxis", "ccomp"})
_CLOSING_QUOTES = frozenset({"''"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# How the parser hangs the speaker of an inverted quotation ('"…," said Michel Barnier') on
# the speech verb when it misses the subject.
_MISREAD_SPEAKER_DEPS = frozenset({"ccomp", "obj", "iobj", "dep", "appos", "xcomp"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
# Words between a subject read into an opening phrase and its verb, beside the subject's own
# apposition: "According to the White House, Trump later spoke".
_BETWEEN_NAME_AND_VERB = frozenset({"PROPN", "ADV", "AUX", "PART", "PUNCT"})
# How the parser hangs an adverbial participle between a subject and its verb on the verb.
_PARTICIPLE_MISREADINGS = frozenset({"ccomp", "advcl", "parataxis", "csubj"})
# The finite verb forms of the Penn tags (en_attach.py reads them too).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Words of a time adverbial between a subject and its verb: "Iran earlier today said", "Iran
# last week said", "the ministry late on Monday accused".
_TIME_WORDS = TIME_NOUNS | {"earlier", "later", "early", "late", "this", "last", "next", "on"}
# Words both prepositions and subordinators of a clause ("after the talks", "after Iran fired")
_SUBORDINATORS = frozenset({"as", "after", "before", "since", "until", "till"})


def repair_clauses(sent: list[ParsedToken]) -> None:
    """Move the verbs and subjects above to their clause, in place."""
    for token in sent:
        if (verb := _verb_of_conjunct_on_adjective(token)) is not None:
            token.head = verb
        elif (speech := _speech_verb_of_conjunct_after_quote(token)) is not None:
            token.head = speech
        elif (subject := _subject_after_colon(token)) is not None:
            _make_label_before_colon(token, subject)
        elif (speaker := _speaker_read_as_complement(token)) is not None:
            speaker.dep_ = "nsubj"
        elif (verb := _verb_of_subject_read_into_fronted_phrase(token)) is not None:
            _make_fronted_subject(token, verb)
        elif (subject := _subject_read_into_participle(token)) is not None:
            subject.head, subject.dep_ = token.head, "nsubj"
            token.dep_ = "advcl"
    for token in sent:
        if (subject := _subject_before_time(token)) is not None:
            _make_subject_across_time(subject, token)


def _speaker_read_as_complement(verb: ParsedToken) -> ParsedToken | None:
    """The speaker after the speech verb of a quotation that closes right before it, read as
    the verb's complement or object ('"Iran is lying," said French Foreign Minister Michel
    Barnier/ccomp'): the quotation is what was said, and a noun after the verb of a clause
    without a subject is who said it."""
    if verb.pos_ != "VERB" or verb.i == 0 or own_subject(verb) is not None:
        return None
    children = list(verb.children)
    if not any(c.dep_ in _QUOTATION_DEPS and c.i < verb.i for c in children):
        return None
    before = verb.doc.tokens[verb.i - 1]
    if not (before.is_quote and before.tag_ in _CLOSING_QUOTES) and before.text != ",":
        return None
    return next(
        (
            c
            for c in children
            if c.i > verb.i and c.dep_ in _MISREAD_SPEAKER_DEPS and c.pos_ in _NOMINALS
        ),
        None,
    )


def _subject_before_time(verb: ParsedToken) -> ParsedToken | None:
    """The subject of a finite verb that the parser hung on a time adverbial between them
    ("Iran/nsubj of earlier earlier today said", "Iran/compound last week/nsubj said",
    "Iran earlier/ROOT this week accused"): the noun right before the adverbial, when the
    verb has no subject but a word of the adverbial."""
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS:
        return None
    tokens = verb.doc.tokens
    start = verb.sentence_start()
    first = verb.i
    while first > start and tokens[first - 1].lower_ in _TIME_WORDS:
        first -= 1
    if first == verb.i or first == start:
        return None
    subject = tokens[first - 1]
    time = tokens[first : verb.i]
    if subject.pos_ not in _NOMINALS or subject.head is verb:
        return None
    if any(c.dep_ in _SUBJECTS and c not in time for c in verb.children):
        return None
    return subject if subject.head in time or subject.head.head in time else None


def _make_subject_across_time(subject: ParsedToken, verb: ParsedToken) -> None:
    """``subject`` becomes the verb's subject; the time adverbial hangs on the verb, which
    heads the sentence if the adverbial did."""
    time = verb.doc.tokens[subject.i + 1 : verb.i]
    for token in time:
        if token.head is token:  # the adverbial headed the sentence: the verb heads it now
            verb.head, verb.dep_ = verb, "ROOT"
            for child in token.children:
                if child not in time and child is not verb:
                    child.head = verb
        if token.head is token or token.head not in time:
            token.head = verb
            token.dep_ = "obl:tmod" if token.pos_ in _NOMINALS else "advmod"
    subject.head, subject.dep_ = verb, "nsubj"


def _verb_of_subject_read_into_fronted_phrase(name: ParsedToken) -> ParsedToken | None:
    """The verb whose subject, right after the comma that closes a phrase opening the
    sentence, the parser read as part of that phrase ("According to the White House, Trump/
    flat later spoke with …"): a sentence-initial oblique takes no name after a comma, and
    the verb after it has no subject of its own."""
    phrase = name.head
    if name.dep_ not in {"flat", "appos"} or name.pos_ not in _NOMINALS or phrase.i > name.i:
        return None
    verb = phrase.head
    if phrase.dep_ != "obl" or verb.pos_ != "VERB" or verb.i < name.i:
        return None
    tokens = name.doc.tokens
    if tokens[name.i - 1].text != "," or phrase.l_edge != verb.sentence_start():
        return None
    if own_subject(verb) is not None:
        return None
    # between them only the rest of the name, its apposition ("Wang Shouwen, China's
    # vice-minister for commerce, accused"), adverbs, auxiliaries and commas
    apposed = {t.i for t in name.subtree}
    between = tokens[name.i + 1 : verb.i]
    return (
        verb if all(t.pos_ in _BETWEEN_NAME_AND_VERB or t.i in apposed for t in between) else None
    )


def _subject_read_into_participle(participle: ParsedToken) -> ParsedToken | None:
    """The subject of a verb that the parser gave to a participle set off by commas between
    them ("The White House/nsubj, distancing/ccomp itself from the remarks, said"): a
    participle of a verb after it without a subject of its own is an adverbial one."""
    verb = participle.head
    if participle.tag_ not in {"VBG", "VBN"} or participle.dep_ not in _PARTICIPLE_MISREADINGS:
        return None
    if verb.pos_ != "VERB" or verb.i < participle.i or own_subject(verb) is not None:
        return None
    subject = next((c for c in participle.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.i > participle.i:
        return None
    tokens = participle.doc.tokens
    set_off = tokens[subject.r_edge + 1].text == "," and tokens[verb.i - 1].text == ","
    return subject if set_off else None


def _make_fronted_subject(name: ParsedToken, verb: ParsedToken) -> None:
    """``name`` becomes the verb's subject, the rest of the name (read into the phrase as
    well) its flat parts."""
    phrase = name.head
    for token in name.doc.tokens[name.i + 1 : verb.i]:
        if token.head is phrase and token.dep_ == "flat":
            token.head = name
    name.head, name.dep_ = verb, "nsubj"


def _verb_of_conjunct_on_adjective(verb: ParsedToken) -> ParsedToken | None:
    """The verb whose "as" phrase or predicative adjective the parser coordinated ``verb``
    with ("do not view the president as detached/advcl or out of touch and predict/conj
    that …"): a verb of the same form as ``verb`` coordinates with that verb, not with its
    adjective. Not an adjective with a copula ("was tired and wanted": a clause's predicate)."""
    adjective = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _VERB_FORMS:
        return None
    if not adjective.tag_.startswith("JJ") or adjective.dep_ not in _ADJECTIVE_MODIFIERS:
        return None
    if any(c.dep_ == "cop" for c in adjective.children):
        return None
    outer = adjective.head
    return outer if outer.tag_ == verb.tag_ and outer.i < adjective.i else None


def _speech_verb_of_conjunct_after_quote(verb: ParsedToken) -> ParsedToken | None:
    """The speech verb of a quotation that the parser coordinated the verb after it with:
    'Kelly has said, "I believe John Bolton/obj," and suggests/conj of believe Bolton should
    testify' — the quotation opens after the speech verb and closes before ``verb``, so
    ``verb`` is the speaker's second act, not the quoted speaker's."""
    quoted = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or own_subject(verb) is not None:
        return None
    speech = quoted.head
    if quoted.dep_ not in _QUOTATION_DEPS or speech.pos_ != "VERB" or speech.i > quoted.i:
        return None
    tokens = verb.doc.tokens
    opens = any(t.is_quote for t in tokens[speech.i + 1 : quoted.l_edge + 1])
    closes = any(t.is_quote and t.tag_ in _CLOSING_QUOTES for t in tokens[quoted.i : verb.i])
    return speech if opens and closes else None


def _subject_after_colon(label: ParsedToken) -> ParsedToken | None:
    """The appositive after a colon that is the real subject of ``label``'s verb
    ("Democratic question/nsubj for both sides: President Trump's former chief of
    staff/appos, General John Kelly/appos, has said"): a colon ends the headline label
    before it, and nothing but that label hangs before the colon."""
    if label.dep_ not in _SUBJECTS or label.head.i < label.i:
        return None
    children = list(label.children)
    colon = next((c for c in children if c.text == ":" and c.dep_ == "punct"), None)
    if colon is None or colon.i < label.i:
        return None
    return next((c for c in children if c.dep_ == "appos" and c.i > colon.i), None)


def _make_label_before_colon(label: ParsedToken, subject: ParsedToken) -> None:
    """``subject`` takes the label's place; the label and its colon hang on the verb as a
    dislocated phrase, the further appositives after the colon on the subject."""
    verb = label.head
    for child in list(label.children):
        if child.i > subject.i and child.dep_ in {"appos", "punct"}:
            child.head = subject
    subject.head, subject.dep_ = verb, label.dep_
    label.dep_ = "dislocated"


def verb_of_subject_read_as_phrase(noun: ParsedToken) -> ParsedToken | None:
    """ "closed the road as protesters occupied it", "came after Republican leaders denounced
    him": the parser reads the subordinator and the subject as an oblique ("in the role of
    protesters", "after the leaders") and leaves the finite verb right behind it without a
    subject; that verb, or None."""
    if noun.dep_ != "obl" or not any(
        c.dep_ == "case" and c.lower_ in _SUBORDINATORS and c.i < noun.i for c in noun.children
    ):
        return None
    after = noun.r_edge + 1
    verb = noun.doc.tokens[after] if after < len(noun.doc.tokens) else None
    if (
        verb is None
        or verb.pos_ != "VERB"
        or verb.dep_ != "advcl"
        or noun.head not in (verb, verb.head)
    ):
        return None
    if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in verb.children):
        return None
    return None if any(c.dep_.startswith("nsubj") for c in verb.children) else verb


def make_subordinate_clause(subject: ParsedToken, verb: ParsedToken) -> None:
    """ "as protesters occupied": "as" marks the clause, the noun is its subject."""
    for child in subject.children:
        if child.dep_ == "case" and child.lower_ in _SUBORDINATORS:
            child.head, child.dep_ = verb, "mark"
    subject.head, subject.dep_ = verb, "nsubj"

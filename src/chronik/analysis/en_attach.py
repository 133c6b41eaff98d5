"""A repair to where the English parse hangs a meeting's partner: the "with" phrase of
"held talks with Chinese Foreign Minister Wang Yi" or "after talks with President Xi
Jinping" hung on the verb or coordinated with the meeting noun, so that the noun lost its
partner (:func:`repair_attachments`)."""

from __future__ import annotations

from .en_lexicon import MEETING_NOUNS
from .en_tokens import ParsedToken

# Prepositions that name a meeting's partners ("talks with Kim", "a summit between").
_PARTNER_CASES = frozenset({"with", "between"})
# The roles of a meeting noun whose partner phrase the parser may hang on the verb.
_NOUN_ROLES = frozenset({"obj", "obl", "nsubj", "nsubj:pass"})


def repair_attachments(sent: list[ParsedToken]) -> None:
    """Move each meeting's partner phrase to its meeting noun, in place."""
    for token in sent:
        top = _partner_hung_on_verb(token)
        if top is not None:  # the preposition marks the whole phrase, not a word inside it
            case = token.doc.tokens[token.i + 1]
            top.head, top.dep_ = token, "nmod"
            case.head = top


def _partner_hung_on_verb(noun: ParsedToken) -> ParsedToken | None:
    """The head of the "with" phrase right after a meeting noun that the parser hung on
    the noun's verb or coordinated with the noun, mostly behind a title ("held talks with
    Chinese Foreign Minister Wang Yi": Wang/parataxis of held). A verb's row still reads
    the partner inside its object ("held talks with ..." is pp:with of held as well).
    None when there is none."""
    if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in MEETING_NOUNS:
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or noun.dep_ not in _NOUN_ROLES:
        return None
    after = noun.i + 1
    if after >= len(noun.doc.tokens):
        return None
    case = noun.doc.tokens[after]
    if case.dep_ != "case" or case.lower_ not in _PARTNER_CASES:
        return None
    top = case.head
    for _ in noun.doc.tokens:  # bounded: earlier repairs may have left a cycle
        if top.head.i in {verb.i, noun.i, top.i} or top.head.i < noun.i:
            break
        top = top.head
    # hung on the verb, or coordinated with the noun ("talks with ... Shinzo Abe": conj)
    misplaced = top.head.i == verb.i or (top.head.i == noun.i and top.dep_ == "conj")
    return top if misplaced and top.i > case.i else None

"""Repairs to where the English parse hangs a prepositional phrase of time and a meeting's
partner: "prior to a meeting with Sisi" read as a clause (meeting/advcl), and the "with"
phrase of "after talks with Chinese President Xi Jinping" or "praised his meeting with Xi"
hung on the verb, so the meeting noun lost its partner (:func:`repair_attachments`)."""

from __future__ import annotations

from .en_lexicon import MEETING_NOUNS
from .en_tokens import ParsedToken

# Prepositions that name a meeting's partners ("talks with Kim", "a summit between").
_PARTNER_CASES = frozenset({"with", "between"})


def repair_attachments(sent: list[ParsedToken]) -> None:
    """Apply both repairs to a sentence's tokens, in place."""
    for token in sent:
        if _is_phrase_read_as_clause(token):
            token.dep_ = "obl"
    for token in sent:
        top = _partner_hung_on_verb(token)
        if top is not None:  # the preposition marks the whole phrase, not a word inside it
            case = token.doc.tokens[token.i + 1]
            top.head, top.dep_ = token, "nmod"
            case.head = top


def _is_phrase_read_as_clause(token: ParsedToken) -> bool:
    """A noun with a preposition and neither copula nor subject read as an adverbial
    clause ("prior to a meeting with Sisi": meeting/advcl): UD makes it an oblique."""
    return (
        token.dep_ == "advcl"
        and token.pos_ == "NOUN"
        and any(c.dep_ == "case" and c.i < token.i for c in token.children)
        and not any(c.dep_ in {"cop", "nsubj", "nsubj:pass", "mark"} for c in token.children)
    )


def _partner_hung_on_verb(noun: ParsedToken) -> ParsedToken | None:
    """The head of the "with" phrase right after a meeting noun that the parser hung on
    the noun's verb or coordinated with the noun, where the noun is a phrase of time or place ("after talks with Xi")
    or has a possessor ("his meeting with Xi"), not a support verb's plain object ("held
    talks with Iran" reads the partner from the verb). None when there is none."""
    if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in MEETING_NOUNS:
        return None
    verb = noun.head
    possessed = any(c.dep_ == "nmod:poss" for c in noun.children)
    if verb.pos_ != "VERB" or not (noun.dep_ == "obl" or (noun.dep_ == "obj" and possessed)):
        return None
    after = noun.i + 1
    if after >= len(noun.doc.tokens):
        return None
    case = noun.doc.tokens[after]
    if case.dep_ != "case" or case.lower_ not in _PARTNER_CASES:
        return None
    top = case.head
    while top.head.i not in {verb.i, noun.i, top.i} and top.head.i > noun.i:
        top = top.head
    # hung on the verb, or coordinated with the noun ("talks with ... Shinzo Abe": conj)
    misplaced = top.head.i == verb.i or (top.head.i == noun.i and top.dep_ == "conj")
    return top if misplaced and top.i > case.i else None

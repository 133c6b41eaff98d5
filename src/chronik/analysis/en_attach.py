"""A repair to where the English parse hangs a meeting's partner: the "with" phrase of
"held talks with Chinese Foreign Minister Wang Yi" or "after talks with President Xi
Jinping" hung on the verb or coordinated with the meeting noun, so that the noun lost its
partner (:func:`repair_attachments`); and the second partner of "a summit between Kim and
South Korean President Moon", which the parser hangs on the noun as a phrase of its own,
so that "between" reads Kim alone (:func:`_second_partner`)."""

from __future__ import annotations

from .en_lexicon import MEETING_NOUNS
from .en_tokens import ParsedToken

# Prepositions that name a meeting's partners ("talks with Kim", "a summit between").
_PARTNER_CASES = frozenset({"with", "between"})
# The roles of a meeting noun whose partner phrase the parser may hang on the verb.
_NOUN_ROLES = frozenset({"obj", "obl", "nsubj", "nsubj:pass"})
# How the parser hangs a second partner on the noun instead of coordinating it.
_LOOSE_PHRASES = frozenset({"nmod", "appos", "compound"})


def repair_attachments(sent: list[ParsedToken]) -> None:
    """Move each meeting's partner phrase to its meeting noun, in place."""
    for token in sent:
        top = _partner_hung_on_verb(token)
        if top is not None:  # the preposition marks the whole phrase, not a word inside it
            case = token.doc.tokens[token.i + 1]
            top.head, top.dep_ = token, "nmod"
            case.head = top
    for token in sent:
        second = _second_partner(token)
        if second is not None:  # "and" joins the two partners, not words inside the title
            first, conjunction = second
            token.head, token.dep_ = first, "conj"
            conjunction.head, conjunction.dep_ = token, "cc"


def _second_partner(
    phrase: ParsedToken,
) -> tuple[ParsedToken, ParsedToken] | None:
    """The first partner and the "and" before it, when ``phrase`` is the second partner of a
    meeting noun's "between" phrase that the parser hung on the noun with no preposition
    ("between Kim and South Korean President Moon": Moon/nmod of summit, "and" inside the
    title). None otherwise."""
    noun = phrase.head
    if phrase.dep_ not in _LOOSE_PHRASES or noun.i >= phrase.i or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.casefold() not in MEETING_NOUNS:
        return None
    if any(c.dep_ == "case" for c in phrase.children):
        return None
    first = next((c for c in noun.children if c.i < phrase.i and _between_phrase(c)), None)
    if first is None or phrase.l_edge not in (first.r_edge + 1, first.r_edge + 2):
        return None
    conjunction = phrase.doc.tokens[first.r_edge + 1]  # its own or inside the title
    return (first, conjunction) if conjunction.lower_ == "and" else None


def _between_phrase(token: ParsedToken) -> bool:
    return token.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ == "between" for c in token.children
    )


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

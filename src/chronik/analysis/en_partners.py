"""A meeting's partners, where the English parser hung them away from the meeting noun: the
"with" phrase of "held talks with Chinese Foreign Minister Wang Yi" or "after talks with
President Xi Jinping" hung on the verb or coordinated with the noun, or hung on a phrase of
time between them ("during talks last year with U.S. officials"), so that the noun lost its
partner (:func:`_partner_hung_away`); and the second partner of "a summit between Kim and
South Korean President Moon", which the parser hangs on the noun as a phrase of its own, so
that "between" reads Kim alone (:func:`_second_partner`)."""

from __future__ import annotations

from .en_lexicon import MEETING_NOUNS, TIME_NOUNS
from .en_tokens import ParsedToken

# Prepositions that name a meeting's partners ("talks with Kim", "a summit between").
_PARTNER_CASES = frozenset({"with", "between"})
# Words before the noun of a bare phrase of time ("last year", "on Monday", "this week").
_TIME_MODIFIERS = frozenset({"last", "this", "next", "that", "on", "early", "late", "earlier"})
# The roles of a meeting noun whose partner phrase the parser may hang on the verb.
_NOUN_ROLES = frozenset({"obj", "obl", "nsubj", "nsubj:pass"})
# How the parser hangs a second partner on the noun instead of coordinating it.
_LOOSE_PHRASES = frozenset({"nmod", "appos", "compound"})


def rehang_partners(sent: list[ParsedToken]) -> None:
    """Move each meeting's partner phrase to its meeting noun, and a second partner to the
    first, in place."""
    for token in sent:
        top = _partner_hung_away(token)
        if top is not None:  # the preposition marks the whole phrase, not a word inside it
            when = _time_phrase_after(token)
            if when is not None:  # "talks last year with": the time of the talks
                when.head = token
            case = token.doc.tokens[(when or token).i + 1]
            top.head, top.dep_ = token, "nmod"
            case.head = top
    for token in sent:
        second = _second_partner(token)
        if second is not None:  # "and" joins the two partners, not words inside the title
            first, conjunction = second
            token.head, token.dep_ = first, "conj"
            conjunction.head, conjunction.dep_ = token, "cc"


def _between_phrase(token: ParsedToken) -> bool:
    return token.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ == "between" for c in token.children
    )


def _partner_hung_away(noun: ParsedToken) -> ParsedToken | None:
    """The head of the "with" phrase after a meeting noun that the parser hung on a word
    governing the noun or coordinated with the noun, mostly behind a title ("held talks with
    Chinese Foreign Minister Wang Yi": Wang/parataxis of held; "a result of the meeting with
    Treasury Secretary James Baker": James/nmod of result), or hung on a phrase of time
    between them ("during talks last year with U.S. officials": officials/nmod of year). A
    verb's row still reads the partner inside its object ("held talks with ..." is pp:with
    of held as well). None when there is none."""
    if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in MEETING_NOUNS:
        return None
    tokens = noun.doc.tokens
    when = _time_phrase_after(noun)
    after = (when.i if when is not None else noun.i) + 1
    if after >= len(tokens) or tokens[after].dep_ != "case":
        return None
    case = tokens[after]
    if case.lower_ not in _PARTNER_CASES:
        return None
    governors = {g.i for g in _governors(noun)}
    top = case.head
    stops = governors | {noun.i, top.i} | ({when.i} if when is not None else set())
    for _ in tokens:  # bounded: earlier repairs may have left a cycle
        if top.head.i in stops or top.head.i < noun.i:
            break
        top = top.head
    if top.i <= case.i:
        return None
    if top.head.i == noun.i:  # coordinated with the noun ("talks with ... Shinzo Abe": conj)
        return top if top.dep_ == "conj" else None
    on_time = when is not None and top.head.i == when.i
    return top if on_time or top.head.i in governors else None


def _governors(noun: ParsedToken) -> list[ParsedToken]:
    """The nouns whose phrase ``noun`` is, up to the verb it is an argument of ("the sale of
    missiles during talks" in "approved the sale …")."""
    found: list[ParsedToken] = []
    node = noun
    for _ in noun.doc.tokens:  # bounded: the walk goes up a chain of phrases
        head = node.head
        if head.pos_ == "VERB" and node.dep_ in _NOUN_ROLES:
            found.append(head)
        if head.i == node.i or head.pos_ not in {"NOUN", "PROPN"} or node.dep_ != "nmod":
            break
        found.append(head)
        node = head
    return found


def _time_phrase_after(noun: ParsedToken) -> ParsedToken | None:
    """The noun of a bare phrase of time right after ``noun`` ("talks last year with",
    "meeting on Monday with"), or None."""
    tokens = noun.doc.tokens
    for i in range(noun.i + 1, min(noun.i + 4, len(tokens))):
        word = tokens[i]
        if word.lemma_.casefold() in TIME_NOUNS and word.pos_ in {"NOUN", "PROPN"}:
            return word
        if word.lower_ not in _TIME_MODIFIERS:
            return None
    return None


def _second_partner(
    phrase: ParsedToken,
) -> tuple[ParsedToken, ParsedToken] | None:
    """The first partner and the "and" before it, when ``phrase`` is the second partner of a
    meeting noun's "between" phrase that the parser hung on the noun with no preposition
    ("between Kim and South Korean President Moon": Moon/nmod of summit, "and" inside the
    title) or on the noun's verb ("figured into the meeting between President Obama and
    French President Francois Hollande": Francois/obl of figured). None otherwise."""
    if any(c.dep_ == "case" for c in phrase.children):
        return None
    for noun in _meeting_nouns_before(phrase):
        first = next((c for c in noun.children if c.i < phrase.i and _between_phrase(c)), None)
        if first is not None and phrase.l_edge in (first.r_edge + 1, first.r_edge + 2):
            conjunction = phrase.doc.tokens[first.r_edge + 1]  # its own or inside the title
            return (first, conjunction) if conjunction.lower_ == "and" else None
    return None


def _meeting_nouns_before(phrase: ParsedToken) -> list[ParsedToken]:
    """The meeting nouns before ``phrase`` whose partner it may be: its head, where the
    parser hung it on the noun, or the nouns of the verb it hung it on."""
    head = phrase.head
    if phrase.dep_ in _LOOSE_PHRASES:
        nouns = [head]
    elif phrase.dep_ in _NOUN_ROLES and head.pos_ == "VERB":
        nouns = [c for c in head.children if c.dep_ in _NOUN_ROLES]
    else:
        return []
    return [
        n
        for n in nouns
        if n.i < phrase.i and n.pos_ == "NOUN" and n.lemma_.casefold() in MEETING_NOUNS
    ]

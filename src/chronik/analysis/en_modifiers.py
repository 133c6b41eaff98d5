"""What English modifiers say about a frame: the premodifiers of an event noun ("trade
war", "Israeli airstrikes"), the possessor a relative "whose" stands for, a predicative
complement of a clause ("called the sanctions illegal") and the conjunction of an adverbial
participle ("after meeting")."""

from __future__ import annotations

import re

from .en_lexicon import MEETING_NOUNS, MEETING_TIME_PREPOSITIONS
from .en_tokens import ParsedToken

# Conjunctions of an adverbial participle whose act is the main clause subject's ("after
# meeting", "while visiting"); behind "of", "for" or "by" it is often another's or only
# alleged ("accused Obama of emboldening Iran", "sentenced for passing documents").
_TEMPORAL_MARKERS = frozenset({"after", "before", "while", "when", "since", "upon", "despite"})
# Premodifiers that say what kind of event a noun names ("trade war", "chemical attack").
_MODIFIER_DEPS = frozenset({"compound", "amod"})
_HYPHEN = re.compile("[-–]")
# Adjectives of time and order that open sentences capitalised: never a nationality.
_COMMON_OPENERS = frozenset(
    {"next", "last", "past", "previous", "coming", "recent", "early", "late", "first",
     "second", "third", "final", "former", "new", "other", "several", "many", "few"}
)  # fmt: skip
# two capitalised names the tokenizer keeps in one word ("U.S.-China": the full stop)
_JOINED_NAMES = re.compile(r"[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+$")


def premodifiers(noun: ParsedToken) -> tuple[ParsedToken, ParsedToken] | None:
    """The first and last token of the noun's compound and adjective premodifiers."""
    modifiers = [c for c in noun.children if c.dep_ in _MODIFIER_DEPS and c.i < noun.i]
    return (modifiers[0].left_edge, modifiers[-1]) if modifiers else None


def paired_names(noun: ParsedToken) -> tuple[ParsedToken, ParsedToken] | None:
    """The first and last word of two names a hyphen joins before a meeting noun ("the
    Trump-Putin meeting", "US-North Korea talks"): the two sides of the meeting. Before
    other nouns such a pair names a standing relation more often than an event ("the
    U.S.-Saudi partnership", "the 6-year-old Iran-Iraq war", "the U.S.-USSR grain
    agreement year")."""
    span = premodifiers(noun)
    if span is None or noun.lemma_.lower() not in MEETING_NOUNS:
        return None
    words = noun.doc.tokens[span[0].i : span[1].i + 1]
    for n, word in enumerate(words):
        hyphen = _HYPHEN.fullmatch(word.text) is not None and 0 < n < len(words) - 1
        if (hyphen and _is_name(words[n - 1]) and _is_name(words[n + 1])) or _JOINED_NAMES.match(
            word.text
        ):
            first = n - 1 if hyphen else n
            while first > 0 and _is_name(words[first - 1]):
                first -= 1
            last = n + 1 if hyphen else n
            while last < len(words) - 1 and _is_name(words[last + 1]):
                last += 1
            return words[first], words[last]
    return None


def meeting_in_time(noun: ParsedToken) -> bool:
    """A meeting noun heading a phrase of time, partner named or not ("after lengthy
    talks"): an event noun of its own, whose parties the clause's subject names
    (events_nouns.meets_then: "After lengthy talks, Germany and France agreed ...")."""
    return (
        noun.lemma_.lower() in MEETING_NOUNS
        and noun.dep_ == "obl"
        and any(c.dep_ == "case" and c.lower_ in MEETING_TIME_PREPOSITIONS for c in noun.children)
    )


def _is_name(token: ParsedToken) -> bool:
    """A capitalised word, each part of it ("Israeli", "North", not "U.S.-led")."""
    return all(part[:1].isupper() for part in _HYPHEN.split(token.text))


def is_nationality(token: ParsedToken) -> bool:
    """A proper adjective before its noun ("Israeli", "French"); not a common one a
    sentence opens with ("Next week Merkel visits Paris")."""
    return (
        token.dep_ == "amod"
        and token.pos_ == "ADJ"
        and token.text[:1].isupper()
        and token.i < token.head.i
        and token.lower_ not in _COMMON_OPENERS
    )


def is_abbreviated_author(token: ParsedToken) -> bool:
    """A name abbreviated in capitals before its noun ("U.S. demands", "EU calls", "NATO
    airstrikes"): news writes the author of an act so. A full name there is as often the
    act's topic or target ("Russia sanctions", "Iran talks"), so only abbreviations count,
    as in German compounds ("US-Luftangriff" but "Russland-Sanktionen")."""
    letters = token.text.replace(".", "")
    return (
        token.dep_ == "compound"
        and token.pos_ == "PROPN"
        and token.i < token.head.i
        and len(letters) >= 2
        and letters.isalpha()
        and letters.isupper()
    )


def names_author(token: ParsedToken) -> bool:
    """A premodifier that names who acts: a proper adjective or an abbreviated name."""
    return is_nationality(token) or is_abbreviated_author(token)


def is_predicative(token: ParsedToken) -> bool:
    """What the clause says its object is, read as a phrase of "as" (``pp:as``): "called
    the sanctions illegal" (a complement without copula, also where the parser made it an
    adverbial clause after the object), "described the offer as constructive" (an adjective
    behind "as"), "called the tariffs “unacceptable”" (a quoted complement, which the parser
    hangs on the verb as a parenthetical)."""
    marks = {c.lower_ for c in token.children if c.dep_ in {"cop", "case", "mark"}}
    if token.dep_ == "xcomp":
        return token.pos_ in {"ADJ", "NOUN"} and not marks
    if token.dep_ == "parataxis":
        return _quoted_after_object(token)
    if token.dep_ != "advcl" or token.pos_ != "ADJ":
        return False
    after_object = any(c.dep_ == "obj" and c.i < token.i for c in token.head.children)
    return marks == {"as"} or (not marks and after_object)


def _quoted_after_object(token: ParsedToken) -> bool:
    """An adjective or noun in quotation marks behind the object of its verb."""
    opened = any(c.tag_ == "``" and c.i < token.i for c in token.children)
    after_object = any(c.dep_ == "obj" and c.i < token.i for c in token.head.children)
    return token.pos_ in {"ADJ", "NOUN"} and opened and after_object


def of_time_or_unmarked(participle: ParsedToken) -> bool:
    """An adverbial participle without conjunction or with one of time ("sharply
    criticizing", "after meeting")."""
    markers = {c.lower_ for c in participle.children if c.dep_ in {"mark", "case"}}
    return markers <= _TEMPORAL_MARKERS


def possessor(token: ParsedToken) -> ParsedToken:
    """The possessor an event noun's "whose" stands for: the noun its relative clause
    modifies ("Trump, whose tariffs on China"), read from the words before it, since the
    parser often hangs such a clause on the wrong word."""
    if token.lower_ != "whose" or token.i < 2:
        return token
    before = token.nbor(-1)
    antecedent = token.nbor(-2) if before.text == "," else before
    if antecedent.pos_ not in {"NOUN", "PROPN"}:
        return token
    while antecedent.dep_ in {"flat", "compound"} and antecedent.head.i > antecedent.i:
        antecedent = antecedent.head
    while antecedent.dep_ == "flat" and antecedent.head.i < antecedent.i:
        antecedent = antecedent.head
    return antecedent

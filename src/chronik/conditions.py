"""English conditions that the one-word search of :mod:`chronik.modality` misses.

"Russia would pay if it decides to invade Ukraine": the parser often hangs such a clause on
the noun before it as a relative clause ("a heavy price if Moscow chooses to attack"), and
"in case"/"in the event that" are several words. Inside reported speech the clause would
then read as reported, an attack the speaker only imagines coded as one that happened."""

from __future__ import annotations

from .analysis import en_lexicon
from .records import Frame, Sentence

_CLAUSE_OPENERS = frozenset({"if", "unless"})
_CLAUSE_BREAKS = frozenset({",", ";", ":"})
# Words between "in case of" and the event noun it governs ("a full Russian invasion").
_NOUN_MODIFIERS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM"})


def condition_opening(frame: Frame, sent: Sentence | None) -> str | None:
    """The words right before a clause's first word that make it a condition: "if" or
    "unless" (whatever the parser took the clause for: "if Moscow chooses to", "if Russia
    were to invade"), "in case", "in the event (that)"; None otherwise."""
    if sent is None:
        return None
    if frame.clause == "nominal":
        return _noun_condition(frame, sent)
    first = min([frame.trigger.start, *(a.span.start for a in frame.arguments)])
    before = [t.text.casefold() for t in sent.tokens if t.end <= first]
    if before and before[-1] in _CLAUSE_OPENERS:
        return before[-1]
    # back to the comma before the clause, as for "if": "in case the talks fail and Russia
    # attacks" covers both conjuncts
    start = max((k + 1 for k, word in enumerate(before) if word in _CLAUSE_BREAKS), default=0)
    clause = before[start:]
    for k in range(len(clause)):
        for opener in en_lexicon.CONDITION_OPENERS:
            if tuple(clause[k : k + len(opener)]) == opener:
                return " ".join(opener)
    return None


def _noun_condition(frame: Frame, sent: Sentence) -> str | None:
    """ "in case of"/"in the event of" before an event noun and its modifiers: "in case of
    a Russian invasion" is no invasion."""
    before = [t for t in sent.tokens if t.end <= frame.trigger.start][-8:]
    while before and before[-1].pos in _NOUN_MODIFIERS:
        before.pop()
    if not before or before[-1].text.casefold() != "of":
        return None
    words = tuple(t.text.casefold() for t in before[-4:-1])
    for opener in en_lexicon.CONDITION_OPENERS:
        if words[-len(opener) :] == opener:
            return " ".join((*opener, "of"))
    return None

"""Clauses that are a document's content, not asserted events (part of the event coder,
events.py): "beide Seiten nahmen eine Erklärung an, in der sie sich verpflichten,
zusammenzuarbeiten", "signed an agreement under which Russia would withdraw its troops".
Adopting or signing the document is the event; what the document says is no event of its
own, and not one dated to the article's day.

A relative clause is a document's content when its relative word is governed by a
preposition ("in der", "nach dem", "under which") or is a relative adverb ("wonach",
"whereby"), and its antecedent is a document noun (the `document` rows of the pattern file,
compounds included: "Abschlusserklärung"). A relative whose pronoun is the document itself
("das Abkommen, das beide 2015 unterzeichnet hatten") speaks of the document, not its
content. Clauses that depend on a content clause are content too.
"""

from __future__ import annotations

from collections.abc import Sequence

from .patterns import fold, matches_word
from .records import Frame, Sentence, Token

# STTS substituting relative pronoun ("der", "die"); PTB wh-determiner and wh-pronoun
_RELATIVE_TAGS = frozenset({"PRELS", "WDT", "WP"})
_RELATIVE_ADVERBS = frozenset({"wonach", "worin", "whereby"})
_VERBAL = frozenset({"VERB", "AUX"})
_PARTICLES = frozenset({"PTKVZ", "PTKZU"})  # separated verb particle, infinitive "zu"


def document_contents(
    frames: Sequence[Frame], sent: Sentence | None, documents: frozenset[str]
) -> dict[int, str]:
    """Per position of a frame that is a document's content (in ``frames``, one sentence's
    frames): why it is no event of its own."""
    if sent is None or not documents:
        return {}
    direct = {
        position: noun
        for position, frame in enumerate(frames)
        if (noun := _document_of(frame, sent, documents)) is not None
    }
    found = {}
    for position in range(len(frames)):
        noun = _content_ancestor(position, frames, direct)
        if noun is not None:
            found[position] = f"the content of the document {noun!r}, no event of its own"
    return found


def _content_ancestor(position: int, frames: Sequence[Frame], direct: dict[int, str]) -> str | None:
    """The document noun of the frame's clause or of a clause it depends on."""
    seen: set[int] = set()
    current: int | None = position
    while current is not None and current not in seen and current < len(frames):
        if current in direct:
            return direct[current]
        seen.add(current)
        current = frames[current].parent
    return None


def _document_of(frame: Frame, sent: Sentence, documents: frozenset[str]) -> str | None:
    """The document noun a relative clause gives the content of, or None."""
    if frame.clause not in ("relative", "subordinate"):
        return None
    tokens = sent.tokens
    trigger = next((i for i, t in enumerate(tokens) if t.start == frame.trigger.start), None)
    opener = _relative_opener(tokens, trigger) if trigger is not None else None
    if opener is None:
        return None
    noun = _antecedent(tokens, opener)
    if noun is None or noun.pos != "NOUN":
        return None
    word = fold(noun.text)
    return noun.text if any(matches_word(word, fold(d)) for d in documents) else None


def _relative_opener(tokens: Sequence[Token], trigger: int) -> int | None:
    """The index of the word that opens the clause before ``trigger``: a preposition with its
    relative pronoun ("in der", "under which") or a relative adverb ("wonach"); None for a
    clause without one, or whose relative pronoun stands alone ("das sie unterzeichnet")."""
    for index in range(trigger - 1, 0, -1):
        token = tokens[index]
        if token.pos == "PUNCT":
            return None
        if token.text.casefold() in _RELATIVE_ADVERBS:
            return index
        if token.tag in _RELATIVE_TAGS:
            return index - 1 if tokens[index - 1].pos == "ADP" else None
    return None


def _antecedent(tokens: Sequence[Token], opener: int) -> Token | None:
    """The word before the clause: before its comma and past the verbs of an extraposed
    clause ("eine Erklärung angenommen, in der"), or right before it ("a declaration in
    which")."""
    before = opener - 1
    if before >= 1 and tokens[before].text == ",":
        before -= 1
        while before > 0 and (tokens[before].pos in _VERBAL or tokens[before].tag in _PARTICLES):
            before -= 1
    return tokens[before] if before >= 0 else None

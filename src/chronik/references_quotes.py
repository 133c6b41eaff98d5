"""First-person pronouns in a quotation (part of the ActorCoder stage, references.py,
English only): "I", "me", "my" inside quotation marks stand for the quotation's speaker,
the coded subject of the speech verb outside the quotation marks in the same sentence
(""I will not resign," Trump said.") or, for a sentence that is all quotation, in the
sentence that opened the quotation, at most ``_REACH`` sentences back (""Well, I haven't
seen it," Dempsey replied. "So I choose not to comment."").

A quotation runs from an opening mark to its closing one or, as news writes a quotation
over several paragraphs, to the end of its paragraph. A speech verb whose subject no actor
codes ("said resident John Doe") stops the search: the "I" is that uncoded speaker's. Not
"we"/"our": a speaker's "we" is as often their party, country or campaign as themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document import Document
from .records import Actor, Frame, Sentence, Span

# ("I" as written: "i" is no pronoun; the others also capitalised at a sentence start)
_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
# Verbs that attribute a quotation to its speaker.
_SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "reply", "ask", "write", "explain", "insist", "note", "declare",
     "state", "tweet", "argue", "answer", "respond", "recall", "acknowledge", "complain",
     "continue", "conclude", "warn", "announce"}
)  # fmt: skip
_REACH = 3  # sentences back to the one that opened the quotation
_MARKS = re.compile(r"[\"“”]")
_ENTRY = "references_quotes.py"


def add_quoted_speakers(doc: Document, coded: list[Actor]) -> list[Actor]:
    """``coded`` and an Actor (the speaker's code) per first-person pronoun inside a
    quotation."""
    quotes = quotations(doc.article.text) if doc.lang == "en" else []
    if not quotes:
        return coded
    taken = [a.span for a in coded]
    found = []
    for position, sent in enumerate(doc.sentences):
        for token in sent.tokens:
            word = token.text.casefold()
            if word not in _FIRST_PERSON or token.pos != "PRON" or token.text == "i":
                continue
            span = Span(token.start, token.end, token.text)
            if not _inside(span.start, quotes) or any(s.overlaps(span) for s in taken):
                continue
            speaker = _speaker(doc, position, span.start, quotes, coded)
            if speaker is not None:
                found.append(Actor(speaker.code, span, _ENTRY, speaker.name, speaker.span))
    return coded + found


def quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation. A mark after a space (or a line's start) and before
    a word opens one, any other mark closes it; an opening mark inside an open quotation
    starts a new one (British news opens every quoted sentence of a paragraph and closes
    only the last), and an open quotation ends with its paragraph."""
    spans = []
    offset = 0
    for paragraph in text.split("\n"):
        opened: int | None = None
        for mark in _MARKS.finditer(paragraph):
            at = mark.start()
            before = paragraph[at - 1] if at > 0 else " "
            after = paragraph[at + 1] if at + 1 < len(paragraph) else " "
            opening = mark.group() == "“" or (
                mark.group() == '"' and (before.isspace() or before in "([") and not after.isspace()
            )
            if opened is not None:
                spans.append((offset + opened, offset + (at if opening else mark.end())))
            opened = at if opening else None
        if opened is not None:
            spans.append((offset + opened, offset + len(paragraph)))
        offset += len(paragraph) + 1
    return spans


def _inside(position: int, quotes: Sequence[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in quotes)


def _speaker(
    doc: Document,
    position: int,
    at: int,
    quotes: Sequence[tuple[int, int]],
    coded: Sequence[Actor],
) -> Actor | None:
    """The coded subject of the attributing speech verb of the sentence at ``position``;
    for a sentence with none, of the later sentence where the quotation at ``at`` closes
    (""I will win. We are strong," Trump said."), else of the nearest sentence before
    with one; None where that subject is uncoded or the search leaves the quotation."""
    closing = _closing_sentence(doc, position, at, quotes)
    if closing is not None:
        attribution = _attribution(doc, doc.sentences[closing], quotes)
        if attribution is not None:
            return _coded_in(attribution, coded)
    for back in range(_REACH + 1):
        if position - back < 0:
            return None
        sent = doc.sentences[position - back]
        if back > 0 and not _opens_quoted(doc.sentences[position - back + 1], quotes):
            return None
        attribution = _attribution(doc, sent, quotes)
        if attribution is not None:
            return _coded_in(attribution, coded)
    return None


def _closing_sentence(
    doc: Document, position: int, at: int, quotes: Sequence[tuple[int, int]]
) -> int | None:
    """The position of the later sentence (at most ``_REACH`` on) in which the quotation
    holding offset ``at`` ends, where it ends after the sentence at ``position``."""
    end = next((e for s, e in quotes if s < at < e), None)
    if end is None or end <= doc.sentences[position].end:
        return None
    for later in range(position + 1, min(position + _REACH + 1, len(doc.sentences))):
        if doc.sentences[later].start < end <= doc.sentences[later].end:
            return later
    return None


def _opens_quoted(sent: Sentence, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence's first word (after any quotation mark) is quoted: it goes
    on with the speaker of the sentence before."""
    first = next((t for t in sent.tokens if not _MARKS.fullmatch(t.text)), None)
    return first is not None and _inside(first.start, quotes)


def _attribution(doc: Document, sent: Sentence, quotes: Sequence[tuple[int, int]]) -> Span | None:
    """The subject span of the sentence's speech verb outside quotation marks, if any."""
    frames: Sequence[Frame] = doc.frames_of(sent.index)
    for frame in frames:
        if frame.predicate not in _SPEECH_VERBS or _inside(frame.trigger.start, quotes):
            continue
        subject = next((a for a in frame.arguments if a.role == "subj"), None)
        if subject is not None and not _inside(subject.span.start, quotes):
            return subject.span
    return None


def _coded_in(span: Span, coded: Sequence[Actor]) -> Actor | None:
    inside = [a for a in coded if span.start <= a.span.start and a.span.end <= span.end]
    return inside[0] if len(inside) == 1 else None

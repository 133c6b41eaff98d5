"""Clauses that assert nothing at all, whatever their modality: a direct polar question
("Will Russia attack Ukraine?", docs/patterns.md, *Questions*) and a general practice ("has
consistently agreed to talks", docs/annotation.md)."""

from __future__ import annotations

from .analysis import en_lexicon
from .analysis.de_segments import QUOTES
from .modality import Clause, clause_extent, host_frame
from .records import Frame, Sentence

# Finite verb tags (PTB, STTS): a clause that opens with one and ends in "?" is a polar
# question ("Did China threaten …?", "Greift Russland … an?").
_FINITE_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP", "VAFIN", "VMFIN", "VVFIN"})
# What may stand before the finite verb of a question ("And will …", "„Wird …") and between
# it and the clause's first argument ("Won't Russia …", "Did not …").
_QUESTION_LEAD = frozenset({"CCONJ", "PUNCT"})
_QUESTION_VERB = frozenset({"AUX", "VERB", "PART"})
# Where a clause starts (after) and where a question ends (before): a direct question may
# stand in quotation marks or after a colon or an aside ("But wait, won't Russia …?").
_OPENERS = QUOTES | {",", ";", ":", "(", "-", "–", "—"}
_CLOSERS = QUOTES | {".", "!", ";", ":"}


def _polar_question(frame: Frame, sent: Sentence | None) -> str | None:
    """The finite verb that opens a frame's clause when the clause is a direct polar
    question: that verb first after the clause's start (a conjunction or quotation mark
    may come before it), and "?" the first clause end after the frame's words. A
    wh-question ("Why did Russia attack …?") opens with its wh-word and is no polar one."""
    if sent is None or "?" not in sent.text:  # most sentences: no question to look for
        return None
    first, last = clause_extent(frame)
    ahead = [t for t in sent.tokens if t.end <= first]
    start = max((k + 1 for k, t in enumerate(ahead) if t.text in _OPENERS), default=0)
    opening = [t for t in sent.tokens[start:] if t.start <= first]
    while opening and opening[0].pos in _QUESTION_LEAD:
        opening.pop(0)
    if not opening or opening[0].tag not in _FINITE_TAGS:
        return None
    if any(t.pos not in _QUESTION_VERB for t in opening[1:] if t.start < first):
        return None
    end = next((t.text for t in sent.tokens if t.start >= last and t.text in _CLOSERS | {"?"}), "")
    return opening[0].text if end == "?" else None


def question_of(frame: Frame, clause: Clause) -> str:
    """Why a frame asserts nothing, or "": it is a direct polar question ("Will Russia
    attack Ukraine?", "Hat China Taiwan gedroht?") or stands in one - a clause that depends
    on it, an event noun whose clause it is. A question asks, it reports no fact and
    states no intent (docs/patterns.md, *Questions*)."""
    current: Frame | None = frame
    for _ in range(len(clause.frames) + 1):  # a parent chain is no longer than its frames
        if current is None:
            return ""
        verb = _polar_question(current, clause.sent)
        if verb:
            return f"a direct question ({verb!r} … ?) asserts nothing"
        nominal = current.clause == "nominal"
        current = host_frame(current, clause.frames) if nominal else clause.parent_of(current)
    return ""


def habit_of(frame: Frame, clause: Clause) -> str:
    """Why a verb frame reports no event, or "": an adverb of habit stands among the words
    just before it ("has consistently agreed to talks", "always supported"), or before the
    verb whose infinitive it is - a general practice, not an event (docs/annotation.md)."""
    parent = clause.parent_of(frame) if frame.clause == "infinitive" else None
    for verb in (frame, parent):
        adverb = _habit_adverb(verb, clause.sent) if verb is not None else None
        if adverb:
            return f"a general practice ({adverb!r}), no event"
    return ""


def _habit_adverb(frame: Frame, sent: Sentence | None) -> str | None:
    """The adverb of habit among the auxiliaries and adverbs right before a verb."""
    if sent is None or frame.clause == "nominal":
        return None
    before = [t for t in sent.tokens if t.end <= frame.trigger.start][-3:]
    for token in reversed(before):
        if token.text.casefold() in en_lexicon.HABITUAL_ADVERBS:
            return token.text
        if token.pos not in {"ADV", "AUX", "PART"}:
            return None
    return None

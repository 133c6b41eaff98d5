"""First-person pronouns in a quotation (part of the ActorCoder stage, references.py):
"I", "me", "my" ("ich", "mich", "mir") inside quotation marks stand for its speaker,
the coded subject of the speech verb outside the quotation marks in the same sentence
(""I will not resign," Trump said.") or, for a sentence that is all quotation, in the
sentence that opened the quotation, at most ``_REACH`` sentences back (""Well, I haven't
seen it," Dempsey replied. "So I choose not to comment.""); a German quotation also goes
on in reported speech, within its paragraph, as for the event coder below. So do "we",
"us", "our" ("wir", "uns"), as the speaker's code: a minister's "we" is their government or
country, a party leader's their party, all of the speaker's country, which is what dyads
count (""We will impose new sanctions on Iran," Pompeo said": USAGOV).

A quotation runs from an opening mark to its closing one or, as news writes a quotation
over several paragraphs, to the end of its paragraph. A speech verb whose subject no actor
codes ("said resident John Doe") stops the search: the "I" is that uncoded speaker's.

The event coder carries a speaker further (:func:`continued_speakers`, both languages): a
sentence with no speech verb of its own that is quoted from its first word (""They laugh
at our laws."" after ""...," Trump tweeted."), or in German reported speech in the
subjunctive ("Hierfür müsse Juncker die Verantwortung übernehmen." after "..., sagte De
Masi."), says what the speaker of the sentence before said, within one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .analysis import de_lexicon
from .document import Document
from .records import Actor, Frame, Sentence, Span

# ("I" as written: "i" is no pronoun; the others also capitalised at a sentence start)
_FIRST_PERSON = {
    "en": frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"}),
    # not "mein", "unser": HanTa tags them determiners
    "de": frozenset({"ich", "mich", "mir", "wir", "uns"}),
}
# Verbs that attribute a quotation to its speaker.
_SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "reply", "ask", "write", "explain", "insist", "note", "declare",
     "state", "tweet", "argue", "answer", "respond", "recall", "acknowledge", "complain",
     "continue", "conclude", "warn", "announce"}
)  # fmt: skip
# Verbs of judging and demanding whose subject the next sentence's quotation or reported
# speech goes on with ("De Masi kritisierte die Kommission. Hierfür müsse Juncker ...").
_JUDGING_VERBS = {
    "en": frozenset({"criticize", "criticise", "urge", "demand", "accuse", "praise", "condemn"}),
    "de": frozenset(
        {"kritisieren", "fordern", "verlangen", "vorwerfen", "loben", "beklagen", "bemängeln",
         "verurteilen", "appellieren"}
    ),
}  # fmt: skip
# "..., heißt es in einer Stellungnahme": attributed, but to no speaker an actor codes
_IMPERSONAL = "heißen"
_REACH = 3  # sentences back to the one that opened the quotation
_MARKS = re.compile(r"[\"“”„»«]")
# Marks that always open a quotation: German news opens with „ or » and closes with “ or «.
_OPENING = {"en": "“", "de": "„»"}
_ENTRY = "references_quotes.py"
_CONTINUED = "references_quotes.py: the speaker of the quotation the sentence continues"


def add_quoted_speakers(doc: Document, coded: list[Actor]) -> list[Actor]:
    """``coded`` and an Actor (the speaker's code) per first-person pronoun inside a
    quotation."""
    quotes = quotations(doc.article.text, doc.lang)
    pronouns = _FIRST_PERSON.get(doc.lang, frozenset())
    if not quotes:
        return coded
    taken = [a.span for a in coded]
    found = []
    for position, sent in enumerate(doc.sentences):
        for token in sent.tokens:
            word = token.text.casefold()
            if word not in pronouns or token.pos != "PRON" or token.text == "i":
                continue
            span = Span(token.start, token.end, token.text)
            if not _inside(span.start, quotes) or any(s.overlaps(span) for s in taken):
                continue
            german = doc.lang == "de"  # German quotations go on in reported speech
            speaker = _speaker(doc, position, span.start, quotes, coded, paragraph=german)
            if speaker is not None:
                found.append(Actor(speaker.code, span, _ENTRY, speaker.name, speaker.span))
    return coded + found


def continued_speakers(doc: Document) -> dict[int, Actor]:
    """The speaker each sentence that continues a quotation or reported speech takes, by
    sentence index: a sentence without a speech verb of its own (:func:`_continues`) whose
    quotation closes in a later sentence naming its speaker, else whose sentence before, in
    the same paragraph, names one or continues in turn (at most ``_REACH`` back). An uncoded
    speaker there stops the search; the Actor is the speaker's mention, with this entry."""
    quotes = quotations(doc.article.text, doc.lang)
    found = {}
    for position, sent in enumerate(doc.sentences):
        if _attribution(doc, sent, quotes) is not None or not _continues(doc, sent, quotes):
            continue
        first = _first_word(sent)
        at = first.start if first is not None else sent.start
        speaker = _speaker(doc, position, at, quotes, doc.actors, paragraph=True)
        if speaker is not None:
            found[sent.index] = Actor(
                speaker.code, speaker.span, _CONTINUED, speaker.name, speaker.antecedent
            )
    return found


def _continues(doc: Document, sent: Sentence, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence says what somebody named before said: it is quoted from its
    first word, or (German) a main clause of it is reported speech by its mood alone
    ("Russland müsse abziehen"), none of it a speech clause."""
    if _opens_quoted(sent, quotes):
        return True
    frames = doc.frames_of(sent.index)
    return (
        doc.lang == "de"
        and any(f.clause == "main" and f.mood == "subjunctive" for f in frames)
        and not any(f.args("comp") for f in frames)
    )


def quotations(text: str, lang: str = "en") -> list[tuple[int, int]]:
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
            opening = mark.group() in _OPENING.get(lang, "") or (
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
    *,
    paragraph: bool = False,
) -> Actor | None:
    """The coded subject of the attributing speech verb of the sentence at ``position``;
    for a sentence with none, of the later sentence where the quotation at ``at`` closes
    (""I will win. We are strong," Trump said."), else of the nearest sentence before
    with one; None where that subject is uncoded or the search leaves the quotation (with
    ``paragraph``, the speech the sentences continue within their paragraph: _goes_on)."""
    closing = _closing_sentence(doc, position, at, quotes)
    if closing is not None:
        last = doc.sentences[closing]
        attribution = _attribution(doc, last, quotes)
        if attribution is not None:
            return _coded_in(attribution, coded)
        if not last.tokens:  # a German sentence without actors, not analyzed: who said it?
            return None
    for back in range(_REACH + 1):
        if position - back < 0:
            return None
        sent = doc.sentences[position - back]
        after = doc.sentences[position - back + 1] if back > 0 else sent
        if back > 0 and not _goes_on(doc, after, sent, quotes, paragraph):
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
    first = _first_word(sent)
    return first is not None and _inside(first.start, quotes)


def _first_word(sent: Sentence) -> Span | None:
    first = next((t for t in sent.tokens if not _MARKS.fullmatch(t.text)), None)
    return Span(first.start, first.end, first.text) if first is not None else None


def _goes_on(
    doc: Document,
    sent: Sentence,
    before: Sentence,
    quotes: Sequence[tuple[int, int]],
    paragraph: bool,
) -> bool:
    """Whether ``sent`` goes on with the speaker of the sentence ``before`` it: it is quoted
    from its first word; with ``paragraph`` (the event coder's reading) it continues the
    speech (:func:`_continues`) in the same paragraph."""
    if not paragraph:
        return _opens_quoted(sent, quotes)
    return "\n" not in doc.article.text[before.end : sent.start] and _continues(doc, sent, quotes)


def _attribution(doc: Document, sent: Sentence, quotes: Sequence[tuple[int, int]]) -> Span | None:
    """The subject span of the sentence's speech verb outside quotation marks, if any; an
    empty span, which no actor fills, where that verb has no subject outside them (""...,"
    added Mr Duncan" parsed without one) or is the impersonal "heißt es"."""
    verbs = de_lexicon.speech_verbs() | {_IMPERSONAL} if doc.lang == "de" else _SPEECH_VERBS
    verbs = verbs | _JUDGING_VERBS.get(doc.lang, frozenset())
    frames: Sequence[Frame] = [
        f
        for f in doc.frames_of(sent.index)
        if f.predicate in verbs and not _inside(f.trigger.start, quotes)
    ]
    for frame in frames:
        subject = next((a for a in frame.arguments if a.role == "subj"), None)
        named = subject is not None and not _inside(subject.span.start, quotes)
        if named and subject is not None and frame.predicate != _IMPERSONAL:
            return subject.span
    return Span(frames[0].trigger.start, frames[0].trigger.start, "") if frames else None


def _coded_in(span: Span, coded: Sequence[Actor]) -> Actor | None:
    """The one actor the speaker's phrase codes; of several of one code the last, the name
    its title leads to ("White House press secretary Jay Carney")."""
    inside = [a for a in coded if span.start <= a.span.start and a.span.end <= span.end]
    if len({a.code for a in inside}) != 1:
        return None
    return max(inside, key=lambda a: a.span.start)

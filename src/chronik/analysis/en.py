"""English analysis: chronik's own spaCy pipeline, then clause frames from the parse.

The pipeline (``chronik/models/en_chronik``, trained by ``training/en/train.py`` on UD
English-EWT) tags, lemmatizes and parses each paragraph (it has no entity recognizer: actors
come from dictionaries); every clause becomes a :class:`~chronik.records.Frame`::

    "Trump said he will meet Kim in Hanoi."
      said   main                         subj=Trump  comp="he will meet Kim in Hanoi"
      meet   subordinate, reported, future subj=he  obj=Kim  pp(in)=Hanoi  parent=0

Nouns that carry an event-like modifier ("talks between Trump and Kim", "Iran's talks with
the EU") become frames of kind ``nominal``. Offsets always index into the article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token as SpacyToken

from ..document import Document
from ..errors import ModelError
from ..records import Frame, Sentence, Token
from . import en_lemmas  # noqa: F401  (registers the model's irregular-verb component)
from .en_frames import ParsedSentence, sentence_frames
from .en_lexicon import SENTENCE_FINAL, TITLE_ABBREVIATIONS
from .en_repair import load_verb_lemmas, repair_parse, repair_verb_lemmas

MODEL = "en_chronik"
_PARAGRAPH = re.compile(r"[^\n]+")
SENTENCE_LIMITS = "chronik_sentence_limits"


@Language.component(SENTENCE_LIMITS)
def sentence_limits(doc: Doc) -> Doc:
    """Before the parser: a sentence starts only after sentence-final punctuation (quotes
    and brackets between them aside), not after a title abbreviation, and not between a
    quote mark and the word it is written against. The parser otherwise breaks
    headline-like runs of names ("CIA Director | Mike Pompeo and ...") and cuts quotes off.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        glued = not before.whitespace_  # an opening quote and its word, a word and its closing
        if (
            glued and (before.is_quote or before.is_bracket or token.is_quote or token.is_bracket)
        ) or (not _may_follow(_before_quotes(doc, token.i - 1))):
            token.is_sent_start = False
    return doc


def _before_quotes(doc: Doc, i: int) -> SpacyToken:
    while i > 0 and (doc[i].is_quote or doc[i].is_bracket):
        i -= 1
    return doc[i]


def _may_follow(token: SpacyToken) -> bool:
    """Whether a sentence may start after ``token``: sentence-final punctuation, or a word
    with a full stop ("U.S.", "Inc.") that is no title abbreviation or initial ("S.")."""
    text = token.lower_
    if text in SENTENCE_FINAL:
        return True
    initial = len(text) == 2 and text[0].isalpha()
    return text.endswith(".") and text not in TITLE_ABBREVIATIONS and not initial


def load_english(path: Path | None = None) -> Language:
    """The English pipeline shipped inside the package (or the one at ``path``), loaded from
    disk only: nothing is ever downloaded."""
    if path is not None:
        return _load_pipeline(path)
    with resources.as_file(resources.files("chronik").joinpath("models", MODEL)) as packaged:
        return _load_pipeline(packaged)


def _load_pipeline(path: Path) -> Language:
    if not (path / "config.cfg").is_file():
        raise ModelError(
            f"no English model at {path}; reinstall chronik, or rebuild the model with"
            " `make models` (training/en/train.py)"
        )
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError) as error:
        raise ModelError(
            f"the English model at {path} cannot be loaded ({error}); it needs spaCy 3.8,"
            " or rebuild it with `make models`"
        ) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_LIMITS, before="parser")
    return nlp


class EnglishAnalyzer:
    """Pipeline stage for English: fills ``doc.sentences`` and ``doc.frames``."""

    def __init__(self, nlp: Language | None = None, verbs: frozenset[str] | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_english()
        self.verbs = verbs if verbs is not None else load_verb_lemmas()

    def __call__(self, doc: Document) -> Document:
        sentences: list[Sentence] = []
        frames: list[Frame] = []
        for sent in parsed_sentences(self.nlp, doc.article.text, self.verbs):
            index = len(sentences)
            sentences.append(_to_sentence(index, sent))
            frames.extend(sentence_frames(index, sent))
        return replace(doc, sentences=tuple(sentences), frames=tuple(frames))


def parsed_sentences(
    nlp: Language, text: str, verbs: frozenset[str] = frozenset()
) -> Iterator[ParsedSentence]:
    """Sentences of the article, paragraph by paragraph (news puts one per line and
    headlines lack a full stop, so a line break always ends a sentence)."""
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    docs = nlp.pipe(p for _, p in paragraphs)
    for (offset, _), parsed in zip(paragraphs, docs, strict=True):
        sents = list(parsed.sents)
        for sent in sents:
            repair_parse(sent)
            repair_verb_lemmas(sent, verbs)
        pending: SpacySpan | None = None
        for sent in sents:
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            start = words[0].i
            if pending is not None and _ends_in_comma(pending):
                start = pending.start  # '"We will meet," | Trump said.' is one sentence
            elif pending is not None:
                yield ParsedSentence(pending, offset)
            pending = parsed[start : words[-1].i + 1]
        if pending is not None:
            yield ParsedSentence(pending, offset)


def _ends_in_comma(span: SpacySpan) -> bool:
    last = [t for t in span[-2:] if not t.is_quote]
    return bool(last) and last[-1].text == ","


def _to_sentence(index: int, sent: ParsedSentence) -> Sentence:
    tokens = tuple(
        Token(
            i=i,
            text=token.text,
            start=sent.offset + token.idx,
            end=sent.offset + token.idx + len(token.text),
            lemma=token.lemma_,
            pos=token.pos_,
            tag=token.tag_,
            morph=str(token.morph),
        )
        for i, token in enumerate(t for t in sent.span if not t.is_space)
    )
    start, end = sent.offset + sent.span.start_char, sent.offset + sent.span.end_char
    return Sentence(index, start, end, sent.span.text, tokens)

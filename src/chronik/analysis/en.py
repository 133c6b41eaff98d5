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
from collections.abc import Callable, Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path

import spacy
from spacy.attrs import IS_BRACKET, IS_QUOTE, LOWER, SENT_START, SPACY
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from ..document import Document
from ..errors import ModelError
from ..records import Frame, Sentence, Token, filled
from . import en_lemmas  # (also registers the model's irregular-verb component)
from .en_frames import ParsedSentence, sentence_frames
from .en_labels import repair_labels
from .en_lexicon import (
    DOUBLED_MODIFIER_LINKS,
    HYPHENATED_PREFIXES,
    SENTENCE_FINAL,
    TITLE_ABBREVIATIONS,
)
from .en_repair import load_verb_lemmas, repair_parse, repair_verb_lemmas
from .en_tokens import ParsedToken, read_parse
from .en_truecase import truecased

MODEL = "en_chronik"
_PARAGRAPH = re.compile(r"[^\n]+")
# Paragraphs parsed together: spaCy's default of 1,000 made a long article's parse two to three
# times slower than batches of 64, and erratic (benchmarks/en_pipeline.py, docs/speed.md).
_PARAGRAPH_BATCH = 64
SENTENCE_LIMITS = "chronik_sentence_limits"
# whitespace after, quote, bracket (spaCy's flags, 0 or 1), lowercase form
_LIMIT_COLUMNS = [SPACY, IS_QUOTE, IS_BRACKET, LOWER]
_NO_START = (1 << 64) - 1  # spaCy's -1 for "no sentence starts here" in to_array's uint64
_ENDS_SENTENCE = frozenset({".", "!", "?"})
# Loading builds the tokenizer from the model's file alone (each full set of special cases
# costs ≈ 0.1 s of a cold start): spaCy's own would make the language's defaults first.
BARE_TOKENIZER = "chronik.bare_tokenizer.v1"
_BARE_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}
# "'d" stays on its word: it ends transliterated names ("Sa'd") as often as it contracts
CONTRACTION_SUFFIXES = tuple(
    apostrophe + ending for apostrophe in "'’" for ending in ("ll", "LL", "ve", "VE")
)


@Language.component(SENTENCE_LIMITS)
def sentence_limits(doc: Doc) -> Doc:
    """Before the parser: a sentence starts only after sentence-final punctuation (quotes
    and brackets between them aside), not after a title abbreviation, and not between a
    quote mark and the word it is written against. The parser otherwise breaks
    headline-like runs of names ("CIA Director | Mike Pompeo and ...") and cuts quotes off.
    And one does start after a full stop, question or exclamation mark of its own followed
    by a space ('Iran met Iraq in Baghdad. "Syria will attend," he said.'): abbreviations
    keep their full stop in one token ("U.S.", "Mr."), so such a mark ends a sentence.
    """
    if len(doc) < 2:
        return doc
    # the columns read and written at once: a Token object per word would cost more
    spaces, quotes, brackets, lowers = zip(*doc.to_array(_LIMIT_COLUMNS).tolist(), strict=True)
    marks = [quote or bracket for quote, bracket in zip(quotes, brackets, strict=True)]
    starts = doc.to_array(SENT_START)
    strings = doc.vocab.strings
    for i in range(1, len(doc)):
        before = i - 1
        glued = not spaces[before]  # an opening quote and its word, a word and its closing
        while before > 0 and marks[before]:
            before -= 1  # the word before the quotes and brackets
        if (glued and (marks[i - 1] or marks[i])) or not _may_follow(strings[lowers[before]]):
            starts[i] = _NO_START
        elif spaces[i - 1] and strings[lowers[i - 1]] in _ENDS_SENTENCE:
            starts[i] = 1
    doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # spaCy's stub: float64
    return doc


def _may_follow(text: str) -> bool:
    """Whether a sentence may start after a word (lowercased): sentence-final punctuation,
    or a word with a full stop ("U.S.", "Inc.") that is no title abbreviation or initial
    ("S.")."""
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
        nlp = spacy.load(path, config=_BARE_TOKENIZER)
    except (OSError, ValueError) as error:
        raise ModelError(
            f"the English model at {path} cannot be loaded ({error}); it needs spaCy 3.8,"
            " or rebuild it with `make models`"
        ) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_LIMITS, before="parser")
    split_contractions(nlp)
    keep_prefixed_words(nlp)
    return nlp


def split_contractions(nlp: Language) -> None:
    """Split "'ll" and "'ve" off any word, with either apostrophe ("Trump'll", "Putin’ll",
    "Democrats've"): spaCy's exceptions split them off pronouns only ("he'll"), so a name
    kept them and was no subject, and the clause lost its future or perfect."""
    tokenizer = nlp.tokenizer
    # spaCy keeps the suffix rules as one compiled pattern's search method
    suffixes = getattr(getattr(tokenizer, "suffix_search", None), "__self__", None)
    if not isinstance(tokenizer, Tokenizer) or not isinstance(suffixes, re.Pattern):
        raise ModelError("the English model's tokenizer has no suffix rules to extend")
    ours = "|".join(f"{re.escape(suffix)}$" for suffix in CONTRACTION_SUFFIXES)
    if not suffixes.pattern.startswith(f"{ours}|"):  # models since 1.3.0 are saved with them
        tokenizer.suffix_search = re.compile(f"{ours}|{suffixes.pattern}").search


def keep_prefixed_words(nlp: Language) -> None:
    """Keep a word with a hyphenated prefix in one token ("co-operate", "re-imposed",
    "cease-fire"), as UD's English treebank writes "re-trained": spaCy split it at the
    hyphen, and the parser read "co" or "re" as the verb ("agreed to co - operate").
    A doubled modifier stays whole too ("their one-on-one summit", "face-to-face talks"):
    split, its pieces took the possessive and the noun lost its parties."""
    tokenizer = nlp.tokenizer
    matches = getattr(getattr(tokenizer, "token_match", None), "__self__", None)
    if not isinstance(tokenizer, Tokenizer) or not isinstance(matches, re.Pattern):
        raise ModelError("the English model's tokenizer has no token rules to extend")
    prefixed = f"(?:{'|'.join(HYPHENATED_PREFIXES)})-[a-z]+"
    doubled = f"([a-z]+)-(?:{'|'.join(DOUBLED_MODIFIER_LINKS)})-\\1"
    ours = f"^(?i:{prefixed}|{doubled})$"
    if not matches.pattern.startswith(f"{ours}|"):
        tokenizer.token_match = re.compile(f"{ours}|{matches.pattern}").match


def bare_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules, for a model whose saved tokenizer brings them all:
    spaCy's default made English's 4,000 special cases only to have them replaced."""
    return lambda nlp: Tokenizer(nlp.vocab)


registry.tokenizers.register(BARE_TOKENIZER, func=bare_tokenizer)


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
    headlines lack a full stop, so a line break always ends a sentence); a title-case
    headline is parsed in the case of a sentence (:func:`truecased`)."""
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    docs = nlp.pipe((truecased(p, text) for _, p in paragraphs), batch_size=_PARAGRAPH_BATCH)
    irregular = irregular_lemmas(nlp)
    for (offset, paragraph), parsed in zip(paragraphs, docs, strict=True):
        tokens = read_parse(parsed, paragraph).tokens
        sents = [tokens[sent.start : sent.end] for sent in parsed.sents]
        for sent in sents:
            repair_labels(sent)
            repair_parse(sent)
            repair_verb_lemmas(sent, verbs, irregular)
        pending: list[ParsedToken] | None = None
        for sent in sents:
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            start = words[0].i
            if pending is not None and _ends_in_comma(pending):
                start = pending[0].i  # '"We will meet," | Trump said.' is one sentence
            elif pending is not None:
                yield ParsedSentence(pending, offset)
            pending = tokens[start : words[-1].i + 1]
        if pending is not None:
            yield ParsedSentence(pending, offset)


def irregular_lemmas(nlp: Language) -> dict[str, str]:
    """The model's table of irregular past forms ("tore" → tear), empty without one."""
    if en_lemmas.COMPONENT not in nlp.pipe_names:
        return {}
    component = nlp.get_pipe(en_lemmas.COMPONENT)
    return component.lemmas if isinstance(component, en_lemmas.IrregularVerbs) else {}


def _ends_in_comma(tokens: list[ParsedToken]) -> bool:
    last = [t for t in tokens[-2:] if not t.is_quote]
    return bool(last) and last[-1].text == ","


def _to_sentence(index: int, sent: ParsedSentence) -> Sentence:
    offset = sent.offset
    tokens = tuple(
        filled(
            Token,
            i=i,
            text=token.text,
            start=offset + token.idx,
            end=offset + token.idx + len(token.text),
            lemma=token.lemma_,
            pos=token.pos_,
            tag=token.tag_,
            morph=token.morph,
        )
        for i, token in enumerate(t for t in sent.tokens if not t.is_space)
    )
    first, last = sent.tokens[0], sent.tokens[-1]
    start, end = offset + first.idx, offset + last.idx + len(last.text)
    return Sentence(index, start, end, first.doc.span_text(first, last), tokens)

"""The parse of one English paragraph as plain Python objects, read once from spaCy.

Repairs and frames ask the same tokens for their head, children and subtree many times; a
spaCy ``Token`` is made anew on every such access (and ``children`` scans the sentence), so
the paragraph is read into :class:`ParsedToken` objects once, columns at a time. They answer
with spaCy's names (``dep_``, ``children``, ``left_edge`` …) and spaCy's answers: a new head
updates the edges and sentence starts exactly as ``Token.head``'s setter does
(:func:`_set_children_from_heads` follows spaCy's ``set_children_from_heads``), and children
are the tokens between a token's edges that hang on it, as spaCy finds them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.attrs import (
    DEP,
    HEAD,
    IS_PUNCT,
    IS_QUOTE,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LOWER,
    MORPH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc

from .en_lexicon import HYPHENATED_PREFIXES

_COLUMNS = [LENGTH, SPACY, LOWER, POS, TAG, DEP, LEMMA, MORPH, HEAD, SENT_START]
_FLAGS = [IS_PUNCT, IS_SPACE, IS_QUOTE]
# spaCy gives up making the edges of a badly non-projective tree consistent after this
_EDGE_ROUNDS = 10


class ParsedToken:
    """A token of a :class:`ParsedDoc`; ``head`` is set as on a spaCy token."""

    __slots__ = (
        "_head",
        "dep_",
        "doc",
        "i",
        "idx",
        "is_punct",
        "is_quote",
        "is_space",
        "l_edge",
        "lemma_",
        "lower_",
        "morph",
        "pos_",
        "r_edge",
        "sent_start",
        "tag_",
        "text",
    )

    doc: ParsedDoc
    i: int
    text: str
    lower_: str
    idx: int
    pos_: str
    tag_: str
    dep_: str
    lemma_: str
    morph: str  # UD FEATS, "" when none
    is_punct: bool
    is_space: bool
    is_quote: bool
    l_edge: int
    r_edge: int
    sent_start: int  # 1 starts a sentence, -1 does not, 0 unknown (spaCy's values)
    _head: ParsedToken

    def __repr__(self) -> str:
        return f"{self.text}/{self.pos_}/{self.dep_}<{self._head.i}"

    @property
    def head(self) -> ParsedToken:
        return self._head

    @head.setter
    def head(self, new_head: ParsedToken) -> None:
        """spaCy's setter: the edges recomputed over the two trees involved."""
        if self._head is new_head:
            return
        own_root = ([self, *_ancestors(self)])[-1]
        new_head_root = ([new_head, *_ancestors(new_head)])[-1]
        start = min(own_root.l_edge, new_head_root.l_edge)
        end = max(own_root.r_edge, new_head_root.r_edge)
        self._head = new_head
        _set_children_from_heads(self.doc.tokens, start, end + 1)
        self.doc.changed()

    @property
    def children(self) -> list[ParsedToken]:
        return self.doc.children_of(self.i)

    @property
    def lefts(self) -> list[ParsedToken]:
        return [c for c in self.doc.children_of(self.i) if c.i < self.i]

    @property
    def subtree(self) -> list[ParsedToken]:
        return self.doc.subtree_of(self)

    @property
    def left_edge(self) -> ParsedToken:
        return self.doc.tokens[self.l_edge]

    @property
    def right_edge(self) -> ParsedToken:
        return self.doc.tokens[self.r_edge]

    def nbor(self, offset: int) -> ParsedToken:
        return self.doc.tokens[self.i + offset]

    def feature(self, name: str) -> tuple[str, ...]:
        """The values of one morphological feature ("PronType" → ("Rel",))."""
        return _features(self.morph).get(name, ())

    def sentence_start(self) -> int:
        """Where the sentence holding the token starts now (spaCy's ``token.sent.start``)."""
        tokens, start = self.doc.tokens, self.i
        while tokens[start].sent_start != 1 and start > 0:
            start -= 1
        return start


class ParsedDoc:
    """A paragraph's tokens and text; children and subtrees kept until a head changes."""

    __slots__ = ("_children", "_subtrees", "text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[ParsedToken] = []
        self._children: list[list[ParsedToken]] | None = None
        self._subtrees: dict[int, list[ParsedToken]] = {}

    def changed(self) -> None:
        self._children = None
        self._subtrees = {}

    def children_of(self, i: int) -> list[ParsedToken]:
        """spaCy's lefts and rights: tokens between ``i``'s edges hanging on it, in order."""
        if self._children is None:
            found: list[list[ParsedToken]] = [[] for _ in self.tokens]
            for token in self.tokens:
                head = token._head
                if head is not token and head.l_edge <= token.i <= head.r_edge:
                    found[head.i].append(token)
            self._children = found
        return self._children[i]

    def subtree_of(self, token: ParsedToken) -> list[ParsedToken]:
        found = self._subtrees.get(token.i)
        if found is None:
            found = []
            self._collect(token, found)
            self._subtrees[token.i] = found
        return found

    def _collect(self, token: ParsedToken, into: list[ParsedToken]) -> None:
        children = self.children_of(token.i)
        for child in children:
            if child.i < token.i:
                self._collect(child, into)
        into.append(token)
        for child in children:
            if child.i > token.i:
                self._collect(child, into)

    def span_text(self, first: ParsedToken, last: ParsedToken) -> str:
        """The text from ``first`` to ``last`` (spaCy's ``Span.text``)."""
        return self.text[first.idx : last.idx + len(last.text)]


def read_parse(doc: Doc, text: str) -> ParsedDoc:
    """The tagged and parsed spaCy document made from ``text`` as a :class:`ParsedDoc`
    (``text`` is ``doc.text``, which spaCy would join from every token anew)."""
    strings = doc.vocab.strings
    parsed = ParsedDoc(text)
    if not len(doc):
        return parsed
    columns = doc.to_array(_COLUMNS).tolist()
    flags = doc.to_array(_FLAGS).tolist()
    idx = 0
    for spacy_token, row, (punct, space_only, quote) in zip(doc, columns, flags, strict=True):
        length, space, lower, pos, tag, dep, lemma, morph, _, start = row
        token = ParsedToken()
        token.doc, token.i, token.idx = parsed, spacy_token.i, idx
        token.text, token.lower_ = text[idx : idx + length], strings[lower]
        token.pos_, token.tag_, token.dep_ = strings[pos], strings[tag], strings[dep]
        token.lemma_, token.morph = _joined(strings[lemma]), _feats(strings[morph])
        token.is_punct, token.is_space, token.is_quote = bool(punct), bool(space_only), bool(quote)
        token.l_edge, token.r_edge = spacy_token.left_edge.i, spacy_token.right_edge.i
        token.sent_start = start
        parsed.tokens.append(token)
        idx += length + space
    for token, row in zip(parsed.tokens, columns, strict=True):
        token._head = parsed.tokens[token.i + _signed(row[8])]
    return parsed


def _joined(lemma: str) -> str:
    """A lemma with a hyphenated prefix as the patterns spell it: "co-operate" →
    "cooperate" (the tokenizer keeps such words whole, ``analysis.en.keep_prefixed_words``)."""
    prefix, hyphen, rest = lemma.partition("-")
    if hyphen and prefix.lower() in HYPHENATED_PREFIXES and rest.isalpha():
        return prefix + rest
    return lemma


def _signed(value: int) -> int:
    """A head offset: ``to_array`` gives attributes as unsigned 64-bit numbers."""
    return value - (1 << 64) if value >= 1 << 63 else value


def _feats(text: str) -> str:
    return "" if text == "_" else text


@cache
def _features(morph: str) -> dict[str, tuple[str, ...]]:
    found = {}
    for pair in morph.split("|") if morph else ():
        name, _, values = pair.partition("=")
        found[name] = tuple(values.split(","))
    return found


def _ancestors(token: ParsedToken) -> Iterator[ParsedToken]:
    """spaCy's ``Token.ancestors``: at most one step per token, even round a cycle."""
    node = token
    for _ in range(len(token.doc.tokens)):
        if node._head is node:
            return
        node = node._head
        yield node


def _set_children_from_heads(tokens: list[ParsedToken], start: int, end: int) -> None:
    """spaCy's ``set_children_from_heads`` over ``tokens[start:end]``: edges, then
    sentence starts at the left edge of each root."""
    for token in tokens[start:end]:
        token.l_edge = token.r_edge = token.i
    rounds = 0
    while not _set_edges(tokens, start, end):
        if rounds > _EDGE_ROUNDS:
            break
        rounds += 1
    for token in tokens[start:end]:
        token.sent_start = -1
    for token in tokens[start:end]:
        if token._head is token and token.dep_:
            tokens[token.l_edge].sent_start = 1


def _set_edges(tokens: list[ParsedToken], start: int, end: int) -> bool:
    """One round of spaCy's ``_set_lr_kids_and_edges``: whether every head now lies inside
    the sentence its token is in."""
    for child in tokens[start:end]:
        _widen(child._head, child)
    for child in reversed(tokens[start:end]):
        _widen(child._head, child)
    starts = {t.l_edge for t in tokens[start:end] if t._head is t}
    sentence_start = 0
    for i in range(start, end):
        if (i > 0 and i in starts) or i == end - 1:
            for j in range(sentence_start, i):
                if not sentence_start <= tokens[j]._head.i <= i:
                    return False
            sentence_start = i
    return True


def _widen(head: ParsedToken, child: ParsedToken) -> None:
    head.l_edge = min(head.l_edge, child.l_edge)
    head.r_edge = max(head.r_edge, child.r_edge)

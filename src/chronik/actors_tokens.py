"""The token stream actor names are matched on: words and single punctuation marks, lower
case and folded, joined by spaces into one string that an Aho-Corasick automaton of the
names' keys scans in one pass (:mod:`chronik.actors`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import NamedTuple

import ahocorasick

from .actors_load import Name
from .actors_words import normalize_word

_TOKEN = re.compile(r"\w+|[^\w\s]")
_HYPHENS = frozenset("-‐‑–")
# word forms repeat: each folded once; tokens made without the named tuple's constructor
_folded, _new_token = functools.lru_cache(maxsize=1 << 16)(normalize_word), tuple.__new__


class Token(NamedTuple):
    """A word or punctuation mark (a tuple: there are many, and they are made fast)."""

    norm: str
    text: str
    start: int
    end: int
    hyphen_before: bool


def tokenize(text: str) -> list[Token]:
    """Words and single punctuation marks; hyphens join words and are dropped, so
    "Kim Jong-un" and "Kim Jong Un" read the same and "US-Präsident" is "us präsident"."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lengthen in lower case ("İ")
        lowered = ""
    tokens: list[Token] = []
    hyphen = False
    for found in _TOKEN.finditer(text):
        start, end = found.span()
        word = found.group()
        if word in _HYPHENS and start > 0 and not text[start - 1].isspace():
            hyphen = True
            continue
        norm = lowered[start:end] if lowered else word.lower()
        if not norm.isascii():
            norm = _folded(norm)
        tokens.append(_new_token(Token, (norm, word, start, end, hyphen)))
        hyphen = False
    return tokens


def token_stream(tokens: Sequence[Token]) -> tuple[str, dict[int, int]]:
    """ " tok tok … " and the token index at each token's first character."""
    norms = [token.norm for token in tokens]
    offsets = accumulate((len(norm) + 1 for norm in norms), initial=1)
    return " " + " ".join(norms) + " ", dict(zip(offsets, range(len(norms)), strict=False))


def key_tokens(stream: str, end: int, key_length: int) -> int:
    return stream.count(" ", end - key_length + 1, end + 1) - 1


def name_key(text: str) -> str:
    """The automaton key of a name: its normalised tokens between spaces. Two names with
    the same key are the same to the matcher ("Kim Jong-un", "kim jong un")."""
    return " " + " ".join(t.norm for t in tokenize(text)) + " "


def build_automaton(names: Iterable[Name]) -> ahocorasick.Automaton:
    by_key: dict[str, list[Name]] = {}
    for name in names:
        key = name_key(name.text)
        if key.strip():
            by_key.setdefault(key, []).append(name)
    automaton = ahocorasick.Automaton()
    for key, group in by_key.items():
        automaton.add_word(key, (len(key), tuple(group)))
    automaton.make_automaton()
    return automaton

"""Unicode normalisation of article text, with every offset mapped back to the original.

News text arrives decomposed ("Tu\\u0308rkei"), with zero-width characters inside words
and full-width letters ("ＵＳＡ"); dictionaries and models know none of these. The
pipeline codes the NFC form with zero-width and format characters removed and full-width
ASCII made plain (a lone surrogate, which is no text, becomes U+FFFD), then maps every span
of the result back, so offsets and texts in the output still index the article as given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any, TypeVar

T = TypeVar("T")

# zero-width space/joiners, word joiner, BOM, soft hyphen: invisible, and they split words
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_SUSPECT = re.compile("[\u0300-\u036f\u200b-\u200d\u2060\ufeff\u00ad\uff01-\uff5e\ud800-\udfff]")


@dataclass(frozen=True)
class Normalized:
    """The normalised ``text``; ``starts[i]``/``ends[i]``: where character ``i`` of it
    came from in the original."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised ``[start, end)``."""
        size = len(self.text)
        first = self.starts[start] if start < size else len(self.original)
        last = (
            self.ends[end - 1]
            if 0 < end <= size
            else (first if end <= start else len(self.original))
        )
        return first, max(first, last)


def normalize(text: str) -> Normalized | None:
    """The normalised form of ``text``, or None when it is normal already (the usual case:
    nothing is copied or mapped then)."""
    if unicodedata.is_normalized("NFC", text) and not _SUSPECT.search(text):
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1  # a character with the combining marks that follow it is one unit
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        unit = "".join(_plain(c) for c in text[i:j])
        for char in unicodedata.normalize("NFC", unit):
            out.append(char)
            starts.append(i)
            ends.append(j)
        i = j
    result = "".join(out)
    return Normalized(text, result, tuple(starts), tuple(ends)) if result != text else None


def _plain(char: str) -> str:
    if char in _INVISIBLE:
        return ""
    if "\uff01" <= char <= "\uff5e":  # full-width ASCII
        return chr(ord(char) - 0xFEE0)
    if "\ud800" <= char <= "\udfff":  # a lone surrogate (lenient JSON): no text, no crash
        return "\ufffd"
    return char


@dataclass(frozen=True)
class Shifted:
    """A part of ``original`` that starts at ``offset``: offsets into the part move by
    ``offset``, sentence numbers by ``sentences``."""

    original: str
    offset: int
    sentences: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        return start + self.offset, end + self.offset


def restore(value: T, norm: Normalized | Shifted) -> T:
    """``value`` (a record, or a tuple of records) with every offset pair and the text it
    covers mapped back to the original text (and, for a :class:`Shifted` part, sentence
    numbers moved on)."""
    return _restore(value, norm)  # type: ignore[no-any-return]


def _restore(value: Any, norm: Normalized | Shifted) -> Any:
    if isinstance(value, tuple):
        return tuple(_restore(item, norm) for item in value)
    if not is_dataclass(value) or isinstance(value, type):
        return value
    changes = {
        f.name: _restore(getattr(value, f.name), norm)
        for f in fields(value)
        if is_dataclass(getattr(value, f.name)) or isinstance(getattr(value, f.name), tuple)
    }
    # Span, Sentence, Token: the records that hold offsets themselves.
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if isinstance(start, int) and isinstance(end, int) and not isinstance(end, bool):
        changes["start"], changes["end"] = norm.span(start, end)
        if isinstance(getattr(value, "text", None), str):
            changes["text"] = norm.original[changes["start"] : changes["end"]]
    moved = norm.sentences if isinstance(norm, Shifted) else 0
    for name in ("sentence", "index"):  # Event, Frame: sentence; Sentence: index
        number = getattr(value, name, None)
        if moved and isinstance(number, int) and not isinstance(number, bool):
            changes[name] = number + moved
    return replace(value, **changes) if changes else value

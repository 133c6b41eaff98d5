"""Articles that mix languages: a German statement quoted in an English report, an
English summary under a German article. Detecting one language for the whole text drops
the other part; here paragraphs are identified one by one and runs of one language are
coded as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .language import SUPPORTED

# a paragraph: text up to a blank line
_PARAGRAPH = re.compile(r"\S.*?(?=\n[ \t\r]*\n|\Z)", re.DOTALL)
MIN_CHARS = 120  # shorter paragraphs (datelines, captions) are too short to tell


def language_runs(
    text: str, identify: Callable[[str], str | None], *, min_chars: int = MIN_CHARS
) -> list[tuple[int, int, str]]:
    """``(start, end, lang)`` runs of paragraphs when the text holds paragraphs in more
    than one supported language, else ``[]`` (one language: code the text as a whole).
    A paragraph too short to tell belongs to the run before it (or after, at the start)."""
    runs: list[list[int | str | None]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        body = paragraph.group()
        lang = identify(body) if len(body) >= min_chars else None
        if lang is not None and lang not in SUPPORTED:
            lang = "?"  # another language: its own run, not coded
        if runs and (lang is None or lang == runs[-1][2] or runs[-1][2] is None):
            runs[-1][1] = paragraph.end()
            runs[-1][2] = runs[-1][2] or lang
        else:
            runs.append([paragraph.start(), paragraph.end(), lang])
    langs = {run[2] for run in runs} - {None, "?"}
    if len(langs) < 2:
        return []
    return [(int(s or 0), int(e or 0), str(lang)) for s, e, lang in runs if lang in SUPPORTED]

"""Tokenizing and sentence splitting for news German.

Tokens are character spans of the article text. Abbreviations ("z. B.", "Nr."), initials
and ordinal numbers ("am 27. Februar") keep their full stop, so they never end a sentence;
hyphenated words ("US-Präsident", "Kim Jong-un") stay one token. A line break ends a
sentence: extracted news text has one paragraph per line and headlines carry no full stop;
except a break that wraps a sentence (the next line begins in lower case, or the line ends
with an article, preposition or conjunction and no stop), as a third of FANG-COVID's
articles are wrapped. In an article that breaks most of its lines inside sentences every
single break after no stop is a wrap, also before a capital ("Präsident Emmanuel\nMacron").
A bullet inside a line ("… positiv sind • Der HSV …") ends a newsletter's item.
"""

from __future__ import annotations

import re

from .de_lexicon import LINE_CONTINUING_WORDS, MONTH_ABBREVIATIONS, MONTHS

_WORD = re.compile(
    r"\d+(?:[.,:]\d+)+(?:-\w+)*"  # 1,5  1.000  20:15  2.000-mal
    r"|\w+(?:[-‐’'&/]\w+)*(?:-(?=\s+(?:und|oder|bis|sowie)\b))?"  # US-Präsident, Ein- und
    r"|(?:(?<=\bund )|(?<=\boder )|(?<=\bsowie ))-\w+(?:[-‐’'&/]\w+)*"  # und -verbände
    r"|\.\.\.|…|[^\w\s]"
)
_MONTHS = frozenset(MONTHS) - MONTH_ABBREVIATIONS
_SENTENCE_END = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset({'"', "“", "”", "«", "»", "‹", "›", "'", "’", ")", "]"})
_LINE_CLOSERS = _CLOSERS | {":"}
# A newsletter's bullets separate items on one line: each ends the sentence before it.
_BULLETS = frozenset({"•", "▪", "►", "■"})
_WRAP_WIDTHS = (40, 120)  # median line lengths of FANG-COVID's wrapped articles: 60-100

Spans = list[tuple[int, int]]


def tokenize(text: str, abbreviations: frozenset[str]) -> Spans:
    """(start, end) of each token. ``abbreviations`` are lowercased words that are written
    with a full stop ("nr", "bzw", "z"); the stop stays on their token."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    tokens: Spans = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        if (
            i + 1 < len(spans)
            and spans[i + 1] == (end, end + 1)
            and text[end] == "."
            and _keeps_stop(text, i, spans, abbreviations)
        ):
            tokens.append((start, end + 1))
            i += 2
            continue
        tokens.append((start, end))
        i += 1
    return tokens


def _keeps_stop(text: str, i: int, spans: Spans, abbreviations: frozenset[str]) -> bool:
    start, end = spans[i]
    word = text[start:end]
    if word.lower() in abbreviations or (len(word) == 1 and word.isalpha()):
        return True
    if not word.isdigit():
        return False
    # "27." is an ordinal unless it closes the sentence ("… im Jahr 2019. Dann …").
    after = spans[i + 2] if i + 2 < len(spans) else None
    if after is None or "\n" in text[end + 1 : after[0]]:
        return False
    following = text[after[0] : after[1]]
    if following.lower() in _MONTHS or not following[0].isupper():
        return True
    return len(word) <= 2


def split_sentences(text: str, tokens: Spans) -> list[Spans]:
    """Group tokens into sentences: after . ! ? (and closing quotes) before a capitalised
    word, a digit or an opening quote, and at every line break that does not wrap one."""
    sentences: list[Spans] = []
    current: Spans = []
    wrapped_article = _breaks_inside_sentences(text)
    for k, (start, end) in enumerate(tokens):
        if (
            current
            and "\n" in text[current[-1][1] : start]
            and not _wrapped(text, current, start, wrapped_article)
        ):
            sentences.append(current)
            current = []
        current.append((start, end))
        if text[start:end] in _BULLETS and len(current) > 1:
            sentences.append(current)  # "… positiv sind • Der HSV spielte …": a new item
            current = []
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is None or not _ends_sentence(text, current):
            continue
        first = text[nxt[0]]
        if first in _CLOSERS or text[nxt[0] : nxt[1]] in _SENTENCE_END:
            continue  # "!!!", "?!", closing quotes stay with the sentence they end
        if first.isupper() or first.isdigit() or not first.isalnum():
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _ends_sentence(text: str, current: Spans) -> bool:
    k = len(current) - 1
    while k > 0 and text[current[k][0] : current[k][1]] in _CLOSERS:
        k -= 1
    return text[current[k][0] : current[k][1]] in _SENTENCE_END


def _breaks_inside_sentences(text: str) -> bool:
    """Whether at least half of the article's line ends (of four or more) have no stop,
    colon or closing quote and its lines are of a wrapped width (a median of 40 to 120
    characters): FANG-COVID's unevenly wrapped articles (one in seven), whose every other
    break cuts a sentence, often before a noun or a name; not a digest of paragraphs that
    each end in a link ("… Zur Nachricht\nTrump will …")."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    ends = [line[-1] for line in lines[:-1]]
    open_ends = sum(1 for end in ends if end not in _SENTENCE_END and end not in _LINE_CLOSERS)
    if len(ends) < 4 or 2 * open_ends < len(ends):
        return False
    return _WRAP_WIDTHS[0] <= sorted(map(len, lines))[len(lines) // 2] <= _WRAP_WIDTHS[1]


def _wrapped(text: str, current: Spans, start: int, wrapped_article: bool) -> bool:
    """The line break before ``start`` falls inside a sentence: a single break (no blank
    line), no stop or colon before it, and the article wraps its lines, the next line
    begins in lower case or the line ends with a word no sentence ends with ("um\nweitere
    15 Monate", "im\nKampf")."""
    last_start, last_end = current[-1]
    if text.count("\n", last_end, start) > 1:
        return False
    last = text[last_start:last_end]
    if last in _SENTENCE_END or last in _CLOSERS or last == ":":
        return False
    return wrapped_article or text[start].islower() or last.lower() in LINE_CONTINUING_WORDS

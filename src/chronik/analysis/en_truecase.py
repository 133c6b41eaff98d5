"""Headlines in title case ("Mississippi Immigration Raids Lead To Arrests Of Hundreds Of
Workers") read as the parser reads a sentence: the tagger takes every capitalized word for
a name, so the headline had no verb. Before parsing, a title-case line gets its function
words, and every word its article does not capitalize inside a sentence, put in lower case;
the parse is read back onto the original text (same length), so actors and offsets still
see the headline as written."""

from __future__ import annotations

import re
from collections import Counter

from .en_lexicon import SENTENCE_FINAL, TITLE_CASE_FUNCTION_WORDS

_WORD = re.compile(r"[A-Za-z]+")
# Lines shorter than this are no headline to repair ("Related Articles").
_MIN_WORDS = 4
# Words this long are content words, which title case capitalizes.
_CONTENT_LENGTH = 4
# What may stand between a sentence's end and its first word.
_OPENERS = " \"'“‘(["
# How far back the word before a capitalized word is looked for.
_WINDOW = 12


def truecased(line: str, article: str) -> str:
    """``line`` with the words of a title-case headline that are no names in lower case,
    or ``line`` unchanged when it is no title-case headline."""
    words = list(_WORD.finditer(line))
    if not _is_title_case([w.group() for w in words]):
        return line
    names = _capitalized_inside_sentences(article.replace(line, ""))
    chars = list(line)
    for match in words[1:]:  # the first word is capitalized in any sentence
        word = match.group()
        lower = word.lower()
        if word == lower or word.isupper() or len(lower) != len(word):
            continue
        if lower in TITLE_CASE_FUNCTION_WORDS or names[word] == 0:
            chars[match.start() : match.end()] = lower
    return "".join(chars)


def _is_title_case(words: list[str]) -> bool:
    """A line of at least four words whose function words after the first are all
    capitalized, at least one of them ("Lead To Arrests Of"), and so are all its longer
    words (not a sentence quoting "Go home. Be safe.")."""
    if len(words) < _MIN_WORDS:
        return False
    function_words = [w for w in words[1:] if w.lower() in TITLE_CASE_FUNCTION_WORDS]
    if not function_words or not all(w[0].isupper() for w in function_words):
        return False
    return all(w[0].isupper() for w in words if len(w) >= _CONTENT_LENGTH)


def _capitalized_inside_sentences(text: str) -> Counter[str]:
    """How often each capitalized word stands inside a sentence (a name's evidence), not
    first in a line or after sentence-final punctuation."""
    found: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        if not word[0].isupper():
            continue
        before = text[max(0, start - _WINDOW) : start].rstrip(_OPENERS)
        if before and before[-1] != "\n" and before[-1] not in SENTENCE_FINAL:
            found[word] += 1
    return found

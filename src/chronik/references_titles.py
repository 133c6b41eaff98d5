"""A bare title after a definite article that refers back to the person the article named
with it (part of the ActorCoder stage, references.py): "Innenministerin Anna Berger …
Die Ministerin warf der FPÖ Hetze vor", "Senatorin Dianne Feinstein … die Senatorin",
"Regierungssprecherin X … die Sprecherin".

The title alone says too little to code ("die Ministerin": of which country, which
portfolio?), so it codes only when a mention at most two sentences before carries it: a
word of that mention ends with the title ("Innenministerin" for "Ministerin",
"US-Senatorin" for "Senatorin"). Titles with a portfolio and no antecedent ("der
Innenminister") are resolve_offices' (references_descriptions.py). German only, with tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .document import Document
from .records import Actor, Span, Token
from .references_descriptions import DEFINITE_ARTICLES
from .references_people import Titles

_REACH = 2  # sentences back
# After the title, a name or a genitive makes it another person's ("der Minister Müller",
# "die Sprecherin des Vereins").
_OWNERS = frozenset({"von", "des", "der"})
_WORD_PARTS = re.compile(r"[\w]+")


def resolve_bare_titles(doc: Document, titles: Titles, coded: Sequence[Actor]) -> list[Actor]:
    """An Actor per "die Ministerin"-like title that a recent mention carries."""
    if doc.lang != "de":
        return []
    table = titles.by_lang.get("de", {})
    starts = [sent.start for sent in doc.sentences]
    taken = [a.span for a in coded]
    actors = []
    for sent in doc.sentences:
        tokens = sent.tokens
        for index in range(1, len(tokens)):
            title = tokens[index].text.casefold()
            if title not in table or not _bare(tokens, index):
                continue
            article = tokens[index - 1]
            span = Span(
                article.start,
                tokens[index].end,
                doc.article.text[article.start : tokens[index].end],
            )
            if any(s.overlaps(span) for s in taken):
                continue
            earlier = _bearer(coded, span, title, starts)
            if earlier is not None:
                actors.append(Actor(earlier.code, span, earlier.entry, earlier.name, earlier.span))
    return actors


def _bare(tokens: Sequence[Token], index: int) -> bool:
    """Whether the title at ``index`` follows a definite article and no name or owner
    follows it."""
    if tokens[index - 1].text.casefold() not in DEFINITE_ARTICLES:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or not (
        following.text[:1].isupper() or following.text.casefold() in _OWNERS
    )


def _bearer(coded: Sequence[Actor], span: Span, title: str, starts: Sequence[int]) -> Actor | None:
    """The latest coded mention before ``span``, at most ``_REACH`` sentences back, with a
    word that ends with ``title`` and a role (not a bare country)."""
    here = bisect_right(starts, span.start)
    for actor in sorted(coded, key=lambda a: a.span.start, reverse=True):
        if actor.span.end > span.start:
            continue
        if here - bisect_right(starts, actor.span.start) > _REACH:
            return None
        words = _WORD_PARTS.findall(actor.span.text.casefold())
        if len(actor.code) > 3 and any(w.endswith(title) for w in words):
            return actor
    return None

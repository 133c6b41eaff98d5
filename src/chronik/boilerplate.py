"""Web boilerplate inside a story's sentences: blanked before the analysis, so that no
event is read from it, with every offset unchanged.

News sites embed links to their other stories in the middle of a sentence. The Hill, as
scraped into the AllSides corpus, follows a politician's name with the name again, glued to
the headlines of related stories, up to a "MORE" link: "Trump is set to meet with North
Korean leader Kim Jong Un Kim Jong UnTrump says he'll meet with dictators … MORE next
week". The name again is mostly the full one ("Mitch McConnell Addison (Mitch) Mitchell
McConnellNew Parnas evidence … MORE"): in the AllSides corpus 1,859 blocks, 255 of them with
the name as written. Those headlines name many actors, and the parser reads one long clause
over them.

German papers (the Tagesspiegel: ≈ 3,000 blocks in the FANG corpus) put advertisements for
their app and newsletters between paragraphs, in brackets, addressing the reader: "[Wenn
Sie alle aktuellen Nachrichten live auf Ihr Handy haben wollen, empfehlen wir Ihnen unsere
App …]". Their "Sie" and "Ihnen" are no one of the story, yet pronouns would be read as the
person named before, and "Berlin" or "Deutschland" in them as actors.
"""

from __future__ import annotations

import re

# A name of two to five capitalised words, then up to five more (the full name: "Addison
# (Mitch) Mitchell") ending in its last word glued to the next word, up to the link word
# "MORE" within one paragraph.
_RELATED_LINKS = re.compile(
    r"\b(?P<name>(?:[A-Z][\w.'’-]*[ ]){1,4}(?P<last>[A-Z][\w.'’-]*))[ ]"
    r"(?:[A-Z(][\w.'’()-]*[ ]){0,4}(?P=last)(?=[A-Z\"“‘'])[^\n]{0,600}?\bMORE\b"
)


# A bracketed block of one paragraph that addresses the reader and offers the paper's
# products.
_READER_PROMOS = re.compile(
    r"\[(?=[^\]\n]*\b(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Leserinnen)\b)"
    r"(?=[^\]\n]*(?:Newsletter|Newsblog|Liveblog|Morgenlage|\bApp\b|Handy|Tagesspiegel"
    r"|herunterladen|\bAbo|[Ll]esen Sie|[Ff]inden Sie))"
    r"[^\]\n]{0,800}\]"
)


def blank_boilerplate(text: str) -> str:
    """``text`` with each related-stories block replaced by spaces (the name it follows
    stays) and each bracketed advertisement to the reader blanked. The same length, so
    every offset still indexes the article as given."""
    text = _RELATED_LINKS.sub(_keep_name, text)
    return _READER_PROMOS.sub(lambda match: " " * len(match.group()), text)


def _keep_name(match: re.Match[str]) -> str:
    name = match.group("name")
    return name + " " * (len(match.group()) - len(name))

"""Gender agreement for personal pronouns (part of the ActorCoder stage, references.py):
"she" and "her" never stand for a man, "he", "his", "er", "sein" never for a woman; a person
whose gender the article does not show fits either.

A person's gender shows in the words before or at the start of a mention: a courtesy title
("Mr.", "Ms", "Sir", "Lady", German "Herr", "Frau"), a gendered title ("congresswoman",
"first lady", "queen", German feminine office nouns in "-in": "Kanzlerin", "Ministerin"),
else their given name ("Nikki Haley") in the list training/build_given_names.py derives from
news. All mentions of one person (one name) share what any of them shows; where they
disagree, the gender stays unknown. Pronouns resolved in a first pass vote for the people
whose gender nothing else shows (:func:`votes`).

People the dictionary does not code but the text shows as people ("Ms. Rios", "Patricia
Sanders", later "Rios") are blockers (:func:`blockers`): a pronoun nearer to them than to
any coded person stands for them, so it gets no actor instead of the coded one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from .datafiles import GIVEN_NAMES
from .dictionaries import read_tsv
from .document import Document
from .records import Actor, Span, Token
from .spans import SpanIndex

Gender = Literal["m", "f"]

# German articles before a singular title: feminine and masculine nominative.
_ARTICLE_GENDERS: Mapping[str, Gender] = {"die": "f", "der": "m"}
PRONOUN_GENDER: Mapping[str, Gender] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
    **dict.fromkeys(
        ("er", "ihn", "ihm", "sein", "seine", "seinen", "seinem", "seiner", "seines"), "m"
    ),
}
# Courtesy titles: the words right before a name that make it a person's.
COURTESY: Mapping[str, Gender] = {
    **dict.fromkeys(("mr", "sir", "lord", "herr", "herrn"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "madam", "madame", "dame", "lady", "frau"), "f"),
}
# Other titles and nouns before a name or in a mention that say its gender.
_TITLES: Mapping[str, Gender] = {
    **COURTESY,
    **dict.fromkeys(
        ("king", "prince", "duke", "baron", "emperor", "congressman", "chairman", "spokesman",
         "businessman", "assemblyman", "councilman", "husband", "father", "son", "brother",
         "könig", "prinz", "herzog", "kaiser"),
        "m",
    ),
    **dict.fromkeys(
        ("queen", "princess", "duchess", "countess", "baroness", "empress", "congresswoman",
         "chairwoman", "spokeswoman", "businesswoman", "assemblywoman", "councilwoman",
         "actress", "wife", "mother", "daughter", "sister", "widow", "königin", "prinzessin",
         "herzogin", "kaiserin", "fürstin"),
        "f",
    ),
}  # fmt: skip
# German office nouns: the feminine "-in" form ("Bundeskanzlerin", "Außenministerin",
# "Grünen-Chefin") and its masculine counterpart ("Innenminister", "SPD-Chef").
_OFFICES = (
    r"kanzler|minister|präsident|sprecher|chef|senator|politiker|bürgermeister|botschafter|"
    r"kommissar|gouverneur|kandidat|sekretär|direktor|richter|leiter"
)
_GERMAN_FEMININE = re.compile(rf"[\w-]*(?:{_OFFICES}|anwält)in")
_GERMAN_MASCULINE = re.compile(rf"[\w-]*(?:{_OFFICES}|anwalt)")
_LONGEST_NAME = 4  # tokens of a blocker's name
# Last words that make a given name part of a place or institution: "Stanley Park".
_PLACE_HEADS = frozenset(
    {"park", "street", "avenue", "square", "hall", "center", "centre", "university",
     "college", "school", "airport", "stadium", "memorial", "foundation", "institute",
     "hospital", "bridge", "road", "church", "house", "county", "station", "prize", "award",
     "straße", "platz", "stiftung", "preis"}
)  # fmt: skip


@cache
def given_names() -> Mapping[str, Gender]:
    """Given name → gender, from data/actors/given_names.v1.tsv."""
    rows = read_tsv(GIVEN_NAMES, ("name", "gender", "count"), required=("name", "gender"))
    return {row["name"]: "f" if row["gender"] == "f" else "m" for row in rows}


def title_gender(word: str, lang: str | None) -> Gender | None:
    """The gender a title word says ("Ms.", "congresswoman", "Kanzlerin"), or None."""
    key = word.casefold().rstrip(".")
    found = _TITLES.get(key)
    if found is not None or lang != "de":
        return found
    if _GERMAN_FEMININE.fullmatch(key):
        return "f"
    return "m" if _GERMAN_MASCULINE.fullmatch(key) else None


def mention_gender(
    tokens: Sequence[Token], span: Span, name: str, lang: str | None
) -> Gender | None:
    """What one mention shows of its person's gender: a title right before it or among its
    words ("Mr. Assad", "Kanzlerin Angela Merkel", "first lady Melania Trump"), else the
    given name of ``name`` (the person's full name: "Donald Trump")."""
    inside = [t for t in tokens if span.start <= t.start and t.end <= span.end]
    before = [t for t in tokens if t.end <= span.start][-1:]
    for token in [*before, *inside]:
        found = title_gender(token.text, lang)
        if found is not None:
            return found
    if lang == "de" and before and inside:
        found = _article_gender(before[0].text, inside[0].text)
        if found is not None:
            return found
    return name_gender(name)


def _article_gender(article: str, title: str) -> Gender | None:
    """The gender a German article shows of a title made from an adjective, which has no
    feminine form of its own: "die Abgeordnete", "der Vorsitzende" ("der Abgeordneten" may
    be a woman's genitive)."""
    if not (title[:1].isupper() and title.endswith("e")):
        return None
    return _ARTICLE_GENDERS.get(article.casefold())


def name_gender(name: str) -> Gender | None:
    """The gender of a full name's given name ("Nikki Haley"), or None."""
    words = name.split()
    return given_names().get(words[0]) if len(words) > 1 else None


def person_genders(doc: Document, people: Sequence[tuple[str, Span]]) -> dict[str, Gender]:
    """Name → gender for the people (name, mention span) whose mentions show one and do not
    disagree."""
    tokens = [t for sent in doc.sentences for t in sent.tokens]
    starts = [t.start for t in tokens]
    shown: dict[str, set[Gender]] = {}
    for name, span in people:
        found = mention_gender(_near(tokens, starts, span), span, name, doc.lang)
        if found is not None:
            shown.setdefault(name, set()).add(found)
    return {name: genders.pop() for name, genders in shown.items() if len(genders) == 1}


def _near(tokens: Sequence[Token], starts: Sequence[int], span: Span) -> list[Token]:
    """The tokens from two before ``span`` to its end (``tokens`` in text order, ``starts``
    their start offsets): only those starting in that stretch are looked at."""
    window = tokens[bisect_left(starts, span.start - 40) : bisect_right(starts, span.end)]
    return [t for t in window if span.start - 40 <= t.start and t.end <= span.end]


def votes(resolved: Sequence[Actor], pronouns: Mapping[int, Gender]) -> dict[str, Gender]:
    """Name → gender by the pronouns resolved to that person (``pronouns``: pronoun start →
    its gender): two votes or more and none for the other gender."""
    counts: Counter[tuple[str, Gender]] = Counter()
    for actor in resolved:
        gender = pronouns.get(actor.span.start)
        if gender is not None:
            counts[(actor.name, gender)] += 1
    found: dict[str, Gender] = {}
    for (name, gender), count in counts.items():
        other: Gender = "f" if gender == "m" else "m"
        if count >= 2 and not counts[(name, other)]:
            found[name] = gender
    return found


@dataclass(frozen=True)
class Blocker:
    """A person the dictionary does not code: ``name`` is the family name."""

    name: str
    span: Span
    gender: Gender | None


def blockers(doc: Document, coded: Sequence[Span], people: Sequence[str]) -> list[Blocker]:
    """The uncoded people of the article in text order: names after a courtesy title ("Ms.
    Rios"), full names that begin with a known given name ("Patricia Sanders"), and later
    mentions of their family names alone ("Rios"). None overlaps a ``coded`` span or bears
    the family name of one of the coded ``people`` (full names): "Rick Parry" is the coded
    "Parry" named in full."""
    families = {name.split()[-1] for name in people if name.split()}
    found: list[Blocker] = []
    genders: dict[str, Gender | None] = {}
    taken = SpanIndex(coded)
    for sent in doc.sentences:
        for blocker in _sentence_blockers(sent.tokens, genders):
            span = blocker.span
            if blocker.name not in families and not taken.overlaps(span.start, span.end):
                found.append(blocker)
    return found


def _sentence_blockers(
    tokens: Sequence[Token], genders: dict[str, Gender | None]
) -> Iterator[Blocker]:
    """A sentence's blockers; ``genders`` (family name → gender) grows with the names met."""
    index = 0
    while index < len(tokens):
        name = _name_at(tokens, index) if tokens[index].pos == "PROPN" else []
        if not name:
            index += 1
            continue
        span = Span(name[0].start, name[-1].end, " ".join(t.text for t in name))
        family = name[-1].text
        courtesy = COURTESY.get(tokens[index - 1].text.casefold().rstrip(".")) if index else None
        given = (
            given_names().get(name[0].text)
            if len(name) > 1 and family.casefold() not in _PLACE_HEADS
            else None
        )
        if courtesy is not None or given is not None:
            genders[family] = courtesy or given
            yield Blocker(family, span, genders[family])
        elif len(name) == 1 and family in genders:
            yield Blocker(family, span, genders[family])
        index += len(name)


def _name_at(tokens: Sequence[Token], index: int) -> list[Token]:
    name: list[Token] = []
    for token in tokens[index : index + _LONGEST_NAME]:
        if token.pos != "PROPN" or not token.text[:1].isupper() or not token.text.isalpha():
            break
        name.append(token)
    return name


def fits(gender: Gender | None, pronoun: str) -> bool:
    """Whether a person of ``gender`` (None: unknown) may be what ``pronoun`` stands for; a
    German singular "sie" or possessive "ihr…" only a person shown as a woman."""
    word = pronoun.lower()
    if word in ("sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"):
        return gender == "f"
    wanted = PRONOUN_GENDER.get(word)
    return gender is None or wanted is None or gender == wanted

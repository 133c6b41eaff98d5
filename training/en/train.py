"""Train chronik's English spaCy pipeline and ship it in src/chronik/models/en_chronik/.

Recipe (about 17 minutes wall on two CPU cores):

1. ``convert.py`` turns UD English-EWT, UNER English-EWT and the Broad Twitter Corpus
   (from ``--shared``) into DocBins; ``build_vectors.py`` trains 64-dimensional word2vec
   vectors for the (up to) 30,000 most frequent words of English news;
2. ``parse.cfg`` (tagger, morphologizer, lemmatizer, parser) and ``ner.cfg`` (entities) train
   side by side on those vectors, one process and one core each, keeping the best dev
   checkpoint;
3. the NER component gets its own copy of its tok2vec and is sourced into the parser
   pipeline, the news tokenizer rules and a lemma table for irregular verbs
   (``irregular_verbs.v1.tsv``, hand-curated) are added; the result (no optimizer state,
   no corpora paths) is written into the package.

    .venv/bin/python training/en/train.py --shared ../shared

Training logs go to ``training/output/en/{parse,ner}.log`` (git-ignored). Scores for the
model card come from ``benchmarks/en_pipeline.py``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_suffix_regex, load_config

from chronik.analysis.en_lemmas import FACTORY
from chronik.dictionaries import read_tsv

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PACKAGE_MODEL = REPO / "src/chronik/models/en_chronik"
VERSION = "1.1.0"
META = {
    "name": "chronik",
    "version": VERSION,
    "description": "chronik's English pipeline: PTB tags, UPOS + morphology, edit-tree lemmas,"
    " UD dependencies, sentences, PER/LOC/ORG entities. CNN with chronik's 64-d news word"
    " vectors.",
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "UD English-EWT v2.16",
            "url": "https://github.com/UniversalDependencies/UD_English-EWT",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "Universal NER English-EWT (v1 dev, draft 0c7ce0d train)",
            "url": "https://github.com/UniversalNER/UNER_English-EWT",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "Broad Twitter Corpus (train, NER only)",
            "url": "https://github.com/GateNLP/broad_twitter_corpus",
            "license": "CC BY 4.0",
        },
        {
            "name": "Article-Bias-Prediction (AllSides) articles (word vectors only; no text)",
            "url": "https://github.com/ramybaly/Article-Bias-Prediction",
            "license": "publishers' copyright, distributed for research use",
        },
        {
            "name": "Reuters-21578, Distribution 1.0 (word vectors only; no text)",
            "url": "https://kdd.ics.uci.edu/databases/reuters21578/reuters21578.html",
            "license": "Reuters Ltd., free distribution for research purposes",
        },
    ],
}


def spacy_train(config: str, out: Path, paths: dict[str, Path]) -> subprocess.Popen:
    """Start one ``spacy train`` on one thread; its log goes to ``out/<part>.log``."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    part = config.removesuffix(".cfg")
    command = [
        sys.executable, "-m", "spacy", "train", str(HERE / config), "--output", str(out / part),
        *(arg for name, path in paths.items() for arg in (f"--paths.{name}", str(path))),
    ]  # fmt: skip
    log = (out / f"{part}.log").open("w")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)


def train_parts(corpus: Path, vectors: Path, out: Path) -> None:
    """Parser group and NER side by side (one core each); fail if either run fails."""
    dev = corpus / "dev.spacy"
    parse = {"train": corpus / "train.spacy", "dev": dev, "vectors": vectors}
    # NER also learns from the Broad Twitter Corpus (see convert.py).
    ner = {"train": corpus / "ner_train.spacy", "dev": dev, "vectors": vectors}
    runs = {"parse": spacy_train("parse.cfg", out, parse), "ner": spacy_train("ner.cfg", out, ner)}
    failed = [part for part, run in runs.items() if run.wait() != 0]
    if failed:
        sys.exit(f"training failed: {', '.join(failed)}; see {out}/<part>.log")


# Titles in news copy that spaCy's English exceptions lack ("Lt. Col. Smith").
NEWS_ABBREVIATIONS = ("Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Cmdr.", "Brig.")
NEWS_ABBREVIATIONS += ("Amb.", "Sec.", "Pres.", "Supt.", "Insp.", "Det.", "Prof.", "Rt.", "Hon.")
# "$2.5bn", "€40m": split the amount from its scale word.
AMOUNT_SUFFIX = r"(?<=[0-9])(?:bn|tn|mn|m)(?![a-z])"
# Hyphenated Korean given names stay one token: "Kim Jong-un", "Moon Jae-in", "Kim Yo-jong".
KOREAN_GIVEN_NAME = r"^[A-Z][a-z]{1,4}-[a-z]{1,4}$"


def news_tokenizer(nlp: Language) -> None:
    """Add the news-copy rules; they are saved with the pipeline's tokenizer."""
    for abbreviation in NEWS_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    suffixes = [*nlp.Defaults.suffixes, AMOUNT_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.token_match = re.compile(KOREAN_GIVEN_NAME).match


def irregular_verbs(nlp: Language, table: Path) -> None:
    """Pin the lemmas of irregular past forms ("met" → meet, "withdrew" → withdraw): the
    edit-tree lemmatizer guesses wrong on rare ones, and event patterns key on lemmas."""
    rows = read_tsv(table, ("lemma", "past", "participle"), required=("lemma", "past"))
    verbs = nlp.add_pipe(FACTORY, name="irregular_verbs", after="trainable_lemmatizer")
    for row in rows:
        verbs.add(row["lemma"], [*row["past"].split("|"), *row.get("participle").split("|")])


def assemble(out: Path, dest: Path) -> None:
    """Parser pipeline + NER (with its tok2vec made private to it) → the shipped model. Both
    were trained on the same vectors, which the parser pipeline's vocab already holds."""
    nlp = spacy.load(out / "parse" / "model-best")
    ner_nlp = spacy.load(out / "ner" / "model-best")
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    news_tokenizer(nlp)
    irregular_verbs(nlp, HERE / "irregular_verbs.v1.tsv")
    nlp.meta.update(META)
    # The wheel pins spaCy 3.8.x; any 3.8 release reads the model.
    nlp.meta["spacy_version"] = ">=3.8.0,<3.9.0"
    nlp.meta["performance"] = {
        **nlp.meta.get("performance", {}),
        **{k: v for k, v in ner_nlp.meta.get("performance", {}).items() if k.startswith("ents")},
    }
    card = dest / "MODEL_CARD.md"
    kept_card = card.read_text(encoding="utf-8") if card.exists() else None
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    strip_build_paths(dest / "config.cfg")
    if kept_card is not None:
        card.write_text(kept_card, encoding="utf-8")


def strip_build_paths(config_file: Path) -> None:
    """The corpora and vectors paths only meant something on the build machine; loading
    ignores them (the vectors are in the model's vocab)."""
    config = load_config(config_file, interpolate=False)
    for name in config["paths"]:
        config["paths"][name] = None
    config.to_disk(config_file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=REPO / "training/output/en")
    parser.add_argument("--dest", type=Path, default=PACKAGE_MODEL)
    parser.add_argument("--skip-training", action="store_true", help="only re-assemble")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    corpus, vectors = args.out / "corpus", args.out / "vectors"
    if not args.skip_training:
        for script, output in (("convert.py", corpus), ("build_vectors.py", vectors)):
            command = [sys.executable, str(HERE / script), "--shared", str(args.shared)]
            step = subprocess.run([*command, "--out", str(output)])
            if step.returncode:
                sys.exit(step.returncode)  # the step has said what is wrong
        train_parts(corpus, vectors, args.out)
    assemble(args.out, args.dest)
    print(f"wrote {args.dest}")


if __name__ == "__main__":
    main()

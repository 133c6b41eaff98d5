"""Train chronik's English spaCy pipeline and ship it in src/chronik/models/en_chronik/.

Recipe (about 30 minutes wall on two CPU cores):

1. ``convert.py`` turns UD English-EWT, UNER English-EWT and the Broad Twitter Corpus
   (from ``--shared``) into DocBins;
2. ``parse.cfg`` (tagger, morphologizer, lemmatizer, parser) and ``ner.cfg`` (entities) train
   side by side, one process and one core each, keeping the best dev checkpoint;
3. the NER component gets its own copy of its tok2vec and is sourced into the parser
   pipeline, the news tokenizer rules and an attribute ruler for irregular verb lemmas
   (``irregular_verbs.v1.tsv``, hand-curated) are added; the result (no optimizer state,
   no corpora paths) is written into the package.

    .venv/bin/python training/en/train.py --shared ../shared

Training logs go to ``training/output/en/{parse,ner}.log`` (git-ignored). Scores for the model
card come from ``benchmarks/en_pipeline.py``.
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

from chronik.dictionaries import read_tsv

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PACKAGE_MODEL = REPO / "src/chronik/models/en_chronik"
VERSION = "1.0.0"
META = {
    "name": "chronik",
    "version": VERSION,
    "description": "chronik's English pipeline: PTB tags, UPOS + morphology, edit-tree lemmas,"
    " UD dependencies, sentences, PER/LOC/ORG entities. CNN, no vectors.",
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
    ],
}


def train_parts(corpus: Path, out: Path) -> None:
    """Run both spaCy trainings at once, one thread each; fail if either fails."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    runs = []
    # NER also learns from the Broad Twitter Corpus (see convert.py).
    for part, train in (("parse", "train.spacy"), ("ner", "ner_train.spacy")):
        log = (out / f"{part}.log").open("w")
        command = [
            sys.executable, "-m", "spacy", "train", str(HERE / f"{part}.cfg"),
            "--output", str(out / part),
            "--paths.train", str(corpus / train),
            "--paths.dev", str(corpus / "dev.spacy"),
        ]  # fmt: skip
        runs.append(
            (part, subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env))
        )
    failed = [part for part, run in runs if run.wait() != 0]
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
    ruler = nlp.add_pipe("attribute_ruler", name="irregular_verbs", after="trainable_lemmatizer")
    for row in rows:
        forms = {f for column in ("past", "participle") for f in row.get(column).split("|")}
        forms.discard(row["lemma"])
        # Plain attribute equality is matched in C; "IN" sets would slow the whole pipeline.
        patterns = [[{"LOWER": f, "TAG": tag}] for f in sorted(forms) for tag in ("VBD", "VBN")]
        if patterns:
            ruler.add(patterns, {"LEMMA": row["lemma"]})


def assemble(out: Path, dest: Path) -> None:
    """Parser pipeline + NER (with its tok2vec made private to it) → the shipped model."""
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
    """The corpora paths only meant something on the build machine; loading ignores them."""
    config = load_config(config_file, interpolate=False)
    for name in ("train", "dev"):
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
    corpus = args.out / "corpus"
    if not args.skip_training:
        subprocess.run(
            [sys.executable, str(HERE / "convert.py"), "--shared", str(args.shared),
             "--out", str(corpus)],
            check=True,
        )  # fmt: skip
        train_parts(corpus, args.out)
    assemble(args.out, args.dest)
    print(f"wrote {args.dest}")


if __name__ == "__main__":
    main()

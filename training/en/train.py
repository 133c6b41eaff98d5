"""Train chronik's English spaCy pipeline and ship it in src/chronik/models/en_chronik/.

Recipe (about an hour on one CPU core):

1. ``convert.py`` turns UD English-EWT (from ``--shared``) into DocBins;
   ``build_vectors.py`` trains 64-dimensional word2vec vectors for the (up to) 30,000 most
   frequent words of English news;
2. the teacher: ``parse.cfg`` (tagger, morphologizer, lemmatizer, parser) trains on those
   vectors on one core, keeping the best dev checkpoint (model 1.2.0's recipe, about 16
   minutes);
3. ``silver.py`` parses 500,000 words of English news with the teacher, and the same
   pipeline, narrower (``STUDENT``), learns from EWT and those parses together (model
   1.3.0, distillation; about 30 minutes);
4. the news tokenizer rules and a lemma table for irregular verbs
   (``irregular_verbs.v1.tsv``, hand-curated) are added; the student (no optimizer state,
   no corpora paths) is written into the package.

The pipeline has no entity recognizer: chronik finds actors with its dictionaries, and
nothing reads spaCy's entities (model 1.1.0 shipped one; see the model card).

    .venv/bin/python training/en/train.py --shared ../shared

The training logs go to ``training/output/en/{teacher,student}/parse.log`` (git-ignored),
the teacher pipeline to ``training/output/en/teacher/model``. Scores for the model card
come from ``benchmarks/en_pipeline.py``.
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

from chronik.analysis.en import CONTRACTION_SUFFIXES
from chronik.analysis.en_lemmas import FACTORY
from chronik.dictionaries import read_tsv

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PACKAGE_MODEL = REPO / "src/chronik/models/en_chronik"
VERSION = "1.3.0"
TEACHER_VERSION = "1.2.0"  # the larger pipeline whose news parses the shipped one learns from
META = {
    "name": "chronik",
    "version": VERSION,
    "description": "chronik's English pipeline: PTB tags, UPOS + morphology, edit-tree lemmas,"
    " UD dependencies, sentences; no entities. CNN with chronik's 64-d news word vectors.",
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "UD English-EWT v2.16",
            "url": "https://github.com/UniversalDependencies/UD_English-EWT",
            "license": "CC BY-SA 4.0",
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


# The shipped student: parse.cfg's group with a narrower tok2vec and parser, trained longer
STUDENT = {
    "components.tok2vec.model.encode.width": "64",
    "components.parser.model.hidden_width": "64",
    "components.parser.model.maxout_pieces": "2",
    "training.max_steps": "9000",
    "training.eval_frequency": "500",
}


def train_parser_group(
    train: Path, dev: Path, vectors: Path, out: Path, overrides: dict[str, str] | None = None
) -> None:
    """``spacy train parse.cfg`` (with ``overrides``) on one thread into ``out/parse``; its
    log goes to ``out/parse.log``. ``train``: a DocBin or a folder of them."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    settings = {"paths.train": str(train), "paths.dev": str(dev), "paths.vectors": str(vectors)}
    settings.update(overrides or {})
    command = [
        sys.executable, "-m", "spacy", "train", str(HERE / "parse.cfg"),
        "--output", str(out / "parse"),
        *(arg for name, value in settings.items() for arg in (f"--{name}", value)),
    ]  # fmt: skip
    with (out / "parse.log").open("w") as log:
        if subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=env).returncode:
            sys.exit(f"training failed; see {out}/parse.log")


def distil(shared: Path, corpus: Path, vectors: Path, teacher: Path, out: Path) -> None:
    """The ``teacher`` pipeline's parses of news, then the smaller student trained on them and
    EWT together into ``out/parse``."""
    train = out / "train"  # EWT and the silver news: spaCy reads every DocBin in it
    train.mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus / "train.spacy", train / "ewt.spacy")
    silver = [sys.executable, str(HERE / "silver.py"), "--shared", str(shared)]
    command = [*silver, "--teacher", str(teacher), "--out", str(train / "news.spacy")]
    if subprocess.run(command).returncode:
        sys.exit("parsing the silver news failed")  # the step has said what is wrong
    train_parser_group(train, corpus / "dev.spacy", vectors, out, STUDENT)


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
    # "'ll"/"'ve" off any word first, as chronik.analysis.en.split_contractions does
    contractions = [re.escape(suffix) for suffix in CONTRACTION_SUFFIXES]
    suffixes = [*contractions, *nlp.Defaults.suffixes, AMOUNT_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.token_match = re.compile(KOREAN_GIVEN_NAME).match


def irregular_verbs(nlp: Language, table: Path) -> None:
    """Pin the lemmas of irregular past forms ("met" → meet, "withdrew" → withdraw): the
    edit-tree lemmatizer guesses wrong on rare ones, and event patterns key on lemmas."""
    rows = read_tsv(table, ("lemma", "past", "participle"), required=("lemma", "past"))
    verbs = nlp.add_pipe(FACTORY, name="irregular_verbs", after="trainable_lemmatizer")
    for row in rows:
        verbs.add(row["lemma"], [*row["past"].split("|"), *row.get("participle").split("|")])


def assemble(out: Path, dest: Path, version: str = VERSION) -> None:
    """Parser pipeline (``out/parse``) + news tokenizer rules + irregular verbs → a model at
    ``dest``."""
    nlp = spacy.load(out / "parse" / "model-best")
    news_tokenizer(nlp)
    irregular_verbs(nlp, HERE / "irregular_verbs.v1.tsv")
    nlp.meta.update({**META, "version": version})
    # The wheel pins spaCy 3.8.x; any 3.8 release reads the model.
    nlp.meta["spacy_version"] = ">=3.8.0,<3.9.0"
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
    teacher, student = args.out / "teacher", args.out / "student"
    if not args.skip_training:
        for script, output in (("convert.py", corpus), ("build_vectors.py", vectors)):
            command = [sys.executable, str(HERE / script), "--shared", str(args.shared)]
            step = subprocess.run([*command, "--out", str(output)])
            if step.returncode:
                sys.exit(step.returncode)  # the step has said what is wrong
        train_parser_group(corpus / "train.spacy", corpus / "dev.spacy", vectors, teacher)
        assemble(teacher, teacher / "model", TEACHER_VERSION)
        distil(args.shared, corpus, vectors, teacher / "model", student)
    assemble(student, args.dest)
    print(f"wrote {args.dest}")


if __name__ == "__main__":
    main()

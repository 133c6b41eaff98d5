"""Accuracy and speed of chronik's English pipeline on UD English-EWT dev.

    .venv/bin/python benchmarks/en_pipeline.py [--conllu PATH] [--model DIR]

Prints ``name: value`` lines:

- ``token_f1``: the tokenizer on the raw sentence texts vs. the gold syntactic words;
- ``upos_acc``, ``xpos_acc``, ``morph_acc``, ``lemma_acc``, ``uas``, ``las`` (CoNLL 2018
  style: universal relation without subtype, every word incl. punctuation), ``las_full``
  (with subtypes such as ``nsubj:pass``): tagging and parsing on the gold words;
- ``words_per_s`` / ``words_per_cpu_s``: the full spaCy pipeline on raw text in one
  process, by wall clock and by CPU time (one core; the fair figure on a shared machine),
  and ``analyzer_words_per_s`` / ``analyzer_words_per_cpu_s``: the same plus chronik's
  sentence and frame extraction.

Files may be gzipped. Run with ``OMP_NUM_THREADS=1`` for a strict one-core figure.
"""

from __future__ import annotations

import argparse
import gzip
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from chronik.analysis.en import EnglishAnalyzer, load_english
from chronik.document import Document
from chronik.records import Article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "nlp"
DEV_CONLLU = SHARED / "UD_English-EWT" / "en_ewt-ud-dev.conllu.gz"


@dataclass
class GoldSentence:
    text: str
    words: list[list[str]]  # CoNLL-U columns of the syntactic words


def open_text(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open()


def read_blocks(path: Path) -> Iterator[tuple[list[str], list[list[str]]]]:
    """(comment lines, token rows) per sentence of a CoNLL-like file."""
    comments: list[str] = []
    rows: list[list[str]] = []
    with open_text(path) as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("#"):
                comments.append(line)
            elif line:
                rows.append(line.split("\t"))
            elif rows:
                yield comments, rows
                comments, rows = [], []
    if rows:
        yield comments, rows


def read_conllu(path: Path) -> list[GoldSentence]:
    sentences = []
    for comments, rows in read_blocks(path):
        text = next(c.removeprefix("# text = ") for c in comments if c.startswith("# text = "))
        words = [r for r in rows if r[0].isdigit()]
        sentences.append(GoldSentence(text, words))
    return sentences


def token_f1(nlp: Language, sentences: list[GoldSentence]) -> float:
    """Word boundaries of the tokenizer vs. the gold syntactic words, by character offsets."""
    found = gold = both = 0
    for sent in sentences:
        predicted = {(t.idx, t.idx + len(t.text)) for t in nlp.tokenizer(sent.text)}
        expected, cursor = set(), 0
        for row in sent.words:
            start = sent.text.find(row[1], cursor)
            if start < 0:  # a word not spelled out in the text (rare in EWT)
                continue
            expected.add((start, start + len(row[1])))
            cursor = start + len(row[1])
        found, gold, both = (
            found + len(predicted),
            gold + len(expected),
            both + len(predicted & expected),
        )
    return 2 * both / (found + gold)


def tagging_scores(nlp: Language, sentences: list[GoldSentence]) -> dict[str, float]:
    docs = (Doc(nlp.vocab, words=[r[1] for r in s.words]) for s in sentences)
    names = ("upos_acc", "xpos_acc", "morph_acc", "lemma_acc", "uas", "las", "las_full")
    counts = dict.fromkeys(names, 0)
    total = 0
    for sent, doc in zip(sentences, nlp.pipe(docs), strict=True):
        for row, token in zip(sent.words, doc, strict=True):
            total += 1
            predicted_head = token.head.i if token.head.i != token.i else None
            gold_head = int(row[6]) - 1 if row[6] != "0" else None
            deprel = "ROOT" if row[7] == "root" else row[7]
            counts["upos_acc"] += token.pos_ == row[3]
            counts["xpos_acc"] += token.tag_ == row[4]
            counts["morph_acc"] += str(token.morph) == ("" if row[5] == "_" else row[5])
            counts["lemma_acc"] += token.lemma_ == row[2]
            attached = predicted_head == gold_head
            counts["uas"] += attached
            counts["las"] += attached and token.dep_.split(":")[0] == deprel.split(":")[0]
            counts["las_full"] += attached and token.dep_ == deprel
    return {name: count / total for name, count in counts.items()}


def speed(nlp: Language, sentences: list[GoldSentence]) -> dict[str, float]:
    """Words per second of the pipeline and of the analyzer, by wall clock and by this
    process's CPU time (the fair per-core figure on a shared machine)."""
    # Paragraph-sized texts of ten sentences, like news paragraphs.
    texts = [" ".join(s.text for s in sentences[i : i + 10]) for i in range(0, len(sentences), 10)]
    wall, cpu = time.perf_counter(), time.process_time()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    results = {
        "words_per_s": words / (time.perf_counter() - wall),
        "words_per_cpu_s": words / (time.process_time() - cpu),
    }
    analyzer = EnglishAnalyzer(nlp)
    article = Article(id="bench", text="\n".join(texts), lang="en", date=date(2019, 2, 6))
    wall, cpu = time.perf_counter(), time.process_time()
    analyzed = analyzer(Document(article=article, lang="en"))
    words = sum(len(s.tokens) for s in analyzed.sentences)
    results["analyzer_words_per_s"] = words / (time.perf_counter() - wall)
    results["analyzer_words_per_cpu_s"] = words / (time.process_time() - cpu)
    results["frames_per_sentence"] = len(analyzed.frames) / len(analyzed.sentences)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, default=DEV_CONLLU)
    parser.add_argument("--model", type=Path, help="a spaCy pipeline dir (default: shipped)")
    args = parser.parse_args()
    nlp = load_english(args.model)
    sentences = read_conllu(args.conllu)
    print(f"sentences: {len(sentences)}")
    print(f"words: {sum(len(s.words) for s in sentences)}")
    results = {"token_f1": token_f1(nlp, sentences), **tagging_scores(nlp, sentences)}
    results |= speed(nlp, sentences)
    for name, value in results.items():
        print(f"{name}: {value:.4f}" if value < 10 else f"{name}: {value:.0f}")


if __name__ == "__main__":
    main()

"""Train the static word vectors of chronik's English pipeline on English news.

The UD training set holds 200,000 words, mostly web text; news-specific words
(names of places, parties, ministries) are rare there. Word2vec (gensim, CBOW) on the English
news corpora under ``--shared`` (about 18 million words: AllSides politics and Reuters-21578,
both distributed for research use; the BBC 2005 set is for internal benchmarks only and
stays out) plus the EWT training text gives every frequent news word a vector. Only the
``--rows`` most frequent words are kept, as a spaCy vectors table in ``--out`` that
``training/en/train.py`` passes to ``spacy train`` (``[paths] vectors``). The vectors are
statistics over the texts; no text is shipped.

    .venv/bin/python training/en/build_vectors.py --shared ../shared
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from gensim.models import Word2Vec

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
NEWS = ("en_allsides_politics", "en_reuters21578")
EWT_TRAIN = "data/nlp/UD_English-EWT/en_ewt-ud-train.conllu.gz"
SEED = 0


def news_paragraphs(shared: Path) -> Iterator[str]:
    for corpus in NEWS:
        path = shared / f"data/corpus/{corpus}/articles.jsonl.gz"
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                paragraphs = (record.get("title") or "", *record["text"].split("\n"))
                yield from (p for p in paragraphs if p)


def ewt_sentences(shared: Path) -> Iterator[str]:
    with gzip.open(shared / EWT_TRAIN, "rt", encoding="utf-8") as f:
        yield from (line[len("# text = ") :].strip() for line in f if line.startswith("# text = "))


def tokenized(shared: Path) -> list[list[str]]:
    """Every paragraph as spaCy tokens (the tokenizer the pipeline itself uses)."""
    tokenizer = spacy.blank("en").tokenizer
    texts = [*news_paragraphs(shared), *ewt_sentences(shared)]
    return [[t.text for t in doc if not t.is_space] for doc in tokenizer.pipe(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=REPO / "training/output/en/vectors")
    parser.add_argument("--rows", type=int, default=30000, help="most frequent words kept")
    parser.add_argument("--width", type=int, default=64)
    args = parser.parse_args()
    inputs = [*(f"data/corpus/{corpus}/articles.jsonl.gz" for corpus in NEWS), EWT_TRAIN]
    missing = [args.shared / name for name in inputs if not (args.shared / name).is_file()]
    if missing:
        hint = "--shared must be the shared data folder"
        sys.exit(f"build_vectors.py: {missing[0]} not found; {hint}")
    sentences = tokenized(args.shared)
    print(f"{len(sentences):,} paragraphs, {sum(map(len, sentences)):,} tokens")
    # One worker keeps the vectors reproducible run to run (gensim's threads race).
    model = Word2Vec(
        sentences, vector_size=args.width, window=5, min_count=5, sg=0, epochs=5,
        workers=1, seed=SEED, max_final_vocab=args.rows,
    )  # fmt: skip
    nlp = spacy.blank("en")
    for word in model.wv.index_to_key[: args.rows]:
        nlp.vocab.set_vector(word, model.wv[word])
    nlp.vocab.vectors.name = "chronik_en_news_w2v"
    nlp.to_disk(args.out)
    print(f"wrote {args.out}: {len(nlp.vocab.vectors):,} × {args.width} vectors")


if __name__ == "__main__":
    main()

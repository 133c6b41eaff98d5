"""training/en/build_vectors.py on a tiny stand-in for the shared data folder."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

pytest.importorskip("gensim")  # the training extra: pip install -e ".[train]"

SCRIPT = Path(__file__).resolve().parents[2] / "training/en/build_vectors.py"
NEWS = ["North Korea and the United States met in Hanoi.", "Kim met Trump in Hanoi again."]


def write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(text)


def test_vectors_cover_the_most_frequent_news_words(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    for corpus in ("en_allsides_politics", "en_reuters21578"):
        records = [{"id": str(i), "title": "", "text": "\n".join(NEWS)} for i in range(5)]
        lines = "".join(json.dumps(r) + "\n" for r in records)
        write_gz(shared / "data/corpus" / corpus / "articles.jsonl.gz", lines)
    conllu = "# text = Kim met Trump.\n1\tKim\n\n"
    write_gz(shared / "data/nlp/UD_English-EWT/en_ewt-ud-train.conllu.gz", conllu)
    out = tmp_path / "vectors"
    command = [sys.executable, str(SCRIPT), "--shared", str(shared), "--out", str(out)]
    subprocess.run([*command, "--rows", "4", "--width", "8"], check=True, capture_output=True)
    vocab = spacy.load(out).vocab
    assert vocab.vectors.shape[1] == 8
    assert vocab.vectors.n_keys == 4
    assert {vocab.strings[key] for key in vocab.vectors} == {"met", ".", "in", "Hanoi"}


def test_missing_corpus_is_one_line(tmp_path: Path) -> None:
    command = [sys.executable, str(SCRIPT), "--shared", str(tmp_path), "--out", str(tmp_path)]
    run = subprocess.run(command, capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        f"build_vectors.py: {tmp_path}/data/corpus/en_allsides_politics/articles.jsonl.gz not"
        " found; --shared must be the shared data folder"
    ]

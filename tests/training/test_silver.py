"""training/en/silver.py on a tiny stand-in for the shared data folder: gold articles are
left out, headline-short paragraphs too, and every paragraph comes back parsed."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

from spacy.tokens import DocBin

from chronik.analysis.en import load_english

from ..conftest import ROOT, load_script

SCRIPT = ROOT / "training/en/silver.py"
GOLD_ID = "allsides-01UWVhvNXz41OxEc"  # an article of the test half's gold


def write_corpus(shared: Path, name: str, records: list[dict[str, str]]) -> None:
    path = shared / "data/corpus" / name / "articles.jsonl.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in records)


def test_every_gold_half_is_left_out() -> None:
    ids = load_script(SCRIPT).gold_articles(ROOT / "benchmarks/gold")
    assert GOLD_ID in ids  # test and development halves alike


def test_news_paragraphs_not_in_the_gold_come_back_parsed(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    kept = "Russia and Ukraine resumed talks in Istanbul on Monday."
    write_corpus(
        shared,
        "en_allsides_politics",
        [
            {"id": GOLD_ID, "text": "Iran and Iraq signed a border treaty in Baghdad today."},
            {"id": "a1", "text": f"Short headline\n{kept}"},
        ],
    )
    write_corpus(shared, "en_reuters21578", [{"id": "r1", "text": kept}])
    out = tmp_path / "silver.spacy"
    command = [sys.executable, str(SCRIPT), "--shared", str(shared), "--out", str(out)]
    model = ROOT / "src/chronik/models/en_chronik"
    subprocess.run([*command, "--teacher", str(model)], check=True, capture_output=True)
    docs = list(DocBin().from_disk(out).get_docs(load_english().vocab))
    assert [d.text for d in docs] == [kept, kept]
    assert all(t.dep_ for d in docs for t in d)


def test_a_missing_corpus_or_teacher_is_one_line(tmp_path: Path) -> None:
    command = [sys.executable, str(SCRIPT), "--out", str(tmp_path / "s.spacy")]
    model = str(ROOT / "src/chronik/models/en_chronik")
    for shared, teacher, said in (
        (tmp_path, model, "no corpus at"),
        (ROOT.parent / "shared", str(tmp_path), "no English model at"),
    ):
        run = subprocess.run(
            [*command, "--shared", str(shared), "--teacher", teacher],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 1
        assert len(run.stderr.strip().splitlines()) == 1 and said in run.stderr

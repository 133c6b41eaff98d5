"""training/sample_news_gold.py: later gold sets drawn from articles in no earlier set."""

from __future__ import annotations

import random
from pathlib import Path

from .conftest import load_script

SCRIPT = Path(__file__).parents[1] / "training" / "sample_news_gold.py"
TEXT = "The first sentence has words. The second sentence has words. The third one has words."


def _script():
    return load_script(SCRIPT)


def _corpora(module, articles: int) -> dict[str, list[dict]]:
    """``articles`` articles for every English corpus, all in its frame."""
    corpora = {}
    for corpus, _, condition in module.CORPORA["en"]:
        fields = {key: sorted(allowed)[0] for key, allowed in condition.items()}
        corpora[corpus] = [
            {"id": f"{corpus}-{n}", "text": TEXT, "lang": "en", **fields} for n in range(articles)
        ]
    return corpora


def test_a_share_scales_each_corpus_count() -> None:
    module = _script()
    drawn = list(module.draw_random(random.Random(1), "en", _corpora(module, 400), share=0.5))
    per_corpus = {corpus: 0 for corpus, _, _ in module.CORPORA["en"]}
    for corpus, _, _ in drawn:
        per_corpus[corpus] += 1
    assert per_corpus == {corpus: round(count * 0.5) for corpus, count, _ in module.CORPORA["en"]}


def test_excluded_groups_are_never_drawn() -> None:
    module = _script()
    corpora = _corpora(module, 30)
    excluded = frozenset(r["id"] for rows in corpora.values() for r in rows[:25])
    drawn = list(module.draw_random(random.Random(1), "en", corpora, share=1.0, exclude=excluded))
    assert drawn  # the five articles left per corpus give sentences
    assert not {record["id"] for _, record, _ in drawn} & excluded
    assert all(len({s.index for _, r, s in drawn if r is record}) <= 2 for _, record, _ in drawn)


def test_pair_sets_take_only_sentences_naming_two_actors() -> None:
    module = _script()
    record = {
        "id": "a",
        "lang": "en",
        "date": "2019-02-06",
        "text": "Trump will meet Kim Jong Un in Hanoi. The weather there was fine all week.",
    }
    assert [s.text for s in module.pair_sentences(record, "en")] == [
        "Trump will meet Kim Jong Un in Hanoi."
    ]
    corpora = {
        corpus: [{**record, "id": f"{corpus}-{n}"} for n in range(3)]
        for corpus, _, _ in module.PAIR_CORPORA["en"]
    }
    drawn = list(module.draw_pairs(random.Random(1), "en", corpora, frozenset({"a"})))
    assert len(drawn) == 3 * len(corpora)  # one pair sentence in each article
    assert {s.text for _, _, s in drawn} == {"Trump will meet Kim Jong Un in Hanoi."}

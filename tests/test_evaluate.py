import json

import pytest

from chronik.errors import InputError
from chronik.evaluate import Evaluation, evaluate, read_gold


def test_levels_count_matches_as_multisets():
    evaluation = Evaluation()
    evaluation.add(
        "de",
        predicted=[("USAGOV", "PRKGOV", "036"), ("USAGOV", "PRKGOV", "036"), ("USA", "CHN", "112")],
        gold=[("USAGOV", "PRKGOV", "036"), ("USAMIL", "PRK", "043")],
    )
    scores = evaluation.scores()["de"]
    assert scores["strict"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    # root level: USA/PRK/03 matches once, USA/PRK/04 matches nothing
    assert scores["root"]["recall"] == 0.5
    assert scores["code"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}


def test_no_event_records_make_false_positives_and_empty_scores_are_zero():
    evaluation = Evaluation()
    evaluation.add("en", predicted=[("USA", "RUS", "010")], gold=[])
    assert evaluation.scores()["en"]["strict"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_evaluate_ignores_negated_predictions(tmp_path, make_event):
    gold = tmp_path / "gold.jsonl"
    negotiate = {"source": "USA", "target": "PRK", "cameo": "046"}
    records = [
        {
            "id": "1",
            "lang": "de",
            "text": "Die USA und Nordkorea verhandeln.",
            "events": [negotiate],
        },
        {"id": "2", "lang": "de", "date": "2019-02-06", "text": "Es regnet.", "events": []},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    predictions = {"1": [make_event(), make_event(cameo="057", negated=True)], "2": []}
    scores = evaluate(read_gold(gold), lambda article: predictions[article.id]).scores()
    assert scores["de"]["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_read_gold_names_the_bad_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "1", "lang": "de", "text": "x", "events": []}\n{"id": "2"}\n')
    with pytest.raises(InputError, match=r"gold.jsonl:2: not a gold record \(KeyError"):
        list(read_gold(gold))

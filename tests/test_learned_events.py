"""events_learned.py, the trained model's events where no rule fires, and
training/train_event_model.py, which fits it. Our own sentences and toy examples."""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from chronik.evaluate import Tally
from chronik.events_learned import EventModel, lexicon_roots, pairs
from chronik.gold import GoldEvent, GoldRecord
from chronik.patterns import Patterns
from chronik.records import Article, Span

from .conftest import load_script

SCRIPT = Path(__file__).parents[1] / "training" / "train_event_model.py"


@pytest.fixture(scope="module")
def script():
    return load_script(SCRIPT)


def test_lexicon_roots_read_every_row_whatever_its_conditions(script):
    roots = lexicon_roots(Patterns.load("en"))
    assert "11" in roots["criticize"]
    assert "04" in roots["meet"]
    assert "pull" in roots  # the head of "pull out"


def test_pairs_read_the_clause_that_links_two_actors(script, pipeline):
    text = "Republicans sharply criticized President Biden on Tuesday."
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2022, 3, 1)))
    roots = lexicon_roots(Patterns.load("en"))
    found = {
        (p.source.span.text, p.target.span.text): p for p in pairs(doc, doc.sentences[0], roots)
    }
    forward = found["Republicans", "President Biden"].features
    assert {"p=criticize", "r=subj|obj", "pr=criticize|subj|obj", "lr=11", "order=st"} <= set(
        forward
    )
    backward = found["President Biden", "Republicans"].features
    assert "r=obj|subj" in backward and "order=ts" in backward


def _record(text: str, events: tuple[GoldEvent, ...]) -> GoldRecord:
    article = Article(id="r", text=text, lang="en", date=date(2022, 3, 1))
    return GoldRecord("r", article, Span(0, len(text), text), events)


def test_a_gold_event_labels_the_pair_its_actor_texts_name(script, pipeline):
    text = "Trump said he would meet Kim Jong Un."
    record = _record(
        text, (GoldEvent("USAGOV", "PRKGOV", "036", source_text="he", target_text="Kim Jong Un"),)
    )
    doc = pipeline(record.article)
    roots = lexicon_roots(Patterns.load("en"))
    found = [p for p in pairs(doc, doc.sentences[0], roots)]
    examples = script.labelled(found, record.events, record)
    labels = Counter(e.label for e in examples if e.dyad == ("USA", "PRK"))
    # one pair stands for the event ("he" … Kim); "Trump" … Kim is neither event nor none
    assert labels == Counter({"03": 1})
    assert all(e.label == "" for e in examples if e.dyad != ("USA", "PRK"))


CODES = {"19": "190", "05": "051"}


def test_the_model_learns_which_words_make_which_root(script):
    Example = script.Example
    examples = [
        *(Example(("RUS", "UKR"), ("bias", "w=shell", f"x{i % 3}"), "19") for i in range(30)),
        *(Example(("FRA", "DEU"), ("bias", "w=praise", f"x{i % 3}"), "05") for i in range(30)),
        *(Example(("USA", "CHN"), ("bias", "w=visit", f"x{i % 3}"), "") for i in range(60)),
    ]
    model = script.fit(examples, CODES, threshold=0.6)
    root, p = model.best(("bias", "w=shell", "x1"))
    assert root == "19" and p > 0.8
    assert model.best(("bias", "w=praise"))[0] == "05"
    assert model.best(("bias", "w=visit"))[1] < 0.1  # most likely no event at all
    assert model.codes == CODES and model.threshold == 0.6


def test_a_saved_model_loads_as_it_was(script, tmp_path):
    Example = script.Example
    examples = [Example(("RUS", "UKR"), ("bias", "w=shell"), "19")] * 5
    examples += [Example(("USA", "CHN"), ("bias", "w=visit"), "")] * 5
    model = script.fit(examples, CODES, threshold=0.6)
    model.save(tmp_path / "events.xx.json.gz")
    loaded = EventModel.load(tmp_path / "events.xx.json.gz")
    assert (loaded.classes, loaded.weights, loaded.threshold) == (
        model.classes,
        model.weights,
        model.threshold,
    )
    assert loaded.best(("bias", "w=shell")) == model.best(("bias", "w=shell"))


def test_tally_adds_the_model_events_above_the_threshold_to_the_rules(script):
    Example, Scored = script.Example, script.Scored
    model = script.fit(
        [Example(("RUS", "UKR"), ("bias", "w=shell"), "19")] * 20
        + [Example(("USA", "CHN"), ("bias", "w=visit"), "")] * 20,
        CODES,
    )
    sentence = Scored(
        (Example(("RUS", "UKR"), ("bias", "w=shell"), "19"),),
        rules=Counter({("USA", "CHN", "04"): 1}),
        gold=Counter({("RUS", "UKR", "19"): 1, ("USA", "CHN", "04"): 1}),
    )
    totals = {math.inf: Tally(), 0.5: Tally()}
    script.tally([sentence, sentence], model, totals)
    assert totals == {math.inf: Tally(2, 2, 4), 0.5: Tally(4, 4, 4)}


def test_cross_validation_fits_on_the_pair_sets_but_never_scores_them(script):
    Example, Scored = script.Example, script.Scored

    def sentence(dyad, word, root):
        gold = Counter({(*dyad, root): 1}) if root else Counter()
        return Scored((Example(dyad, ("bias", word), root),), rules=Counter(), gold=gold)

    shelling = sentence(("RUS", "UKR"), "w=shell", "19")
    visiting = sentence(("USA", "CHN"), "w=visit", "")
    praising = sentence(("FRA", "DEU"), "w=praise", "05")
    scored = [shelling, visiting, praising]
    # no training fold of the scored sentences alone shows "shell" as an event
    assert script.cross_validate(scored, CODES, folds=3)[0.8] == Tally(0, 0, 2)
    pairs = [shelling, visiting] * 10
    assert script.cross_validate(scored, CODES, 3, pairs)[0.8] == Tally(1, 1, 2)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sets", "train", "test"], "held out"),
        (["--sets", "train", "--folds", "1"], "--folds 1: cross-validation needs 2 or more"),
        (["--sets", "nosuchset"], "news.en.nosuchset.jsonl: cannot read the gold file"),
    ],
    ids=["held-out", "one-fold", "missing-set"],
)
def test_bad_arguments_get_one_line(script, monkeypatch, args, message):
    monkeypatch.setattr(sys, "argv", ["train_event_model.py", "en", *args])
    with pytest.raises(SystemExit) as stop:
        script.main()
    assert message in str(stop.value) and "\n" not in str(stop.value)


def test_no_train_sets_is_one_line(script, monkeypatch, tmp_path):
    monkeypatch.setattr(script, "GOLD", tmp_path)
    monkeypatch.setattr(sys, "argv", ["train_event_model.py", "de"])
    with pytest.raises(SystemExit, match=r"no gold set news\.de\.train"):
        script.main()


# Our own sentences of the kind the rules leave without a dyad: what a politician said
# another did. The shipped model codes some of them; which ones may change when it is
# retrained on more gold, so the tests below check what any of its events must be.
SAID = (
    "Senator Warren said that religious liberty has been twisted into a weapon by the Trump "
    "administration.",
    "The Labour leader said the Prime Minister had let the country down.",
    "Speaker Pelosi said the White House was putting lives at risk.",
    "Mr Miliband said the Chancellor had broken his promises to families.",
    "House Democrats said the administration had stonewalled their investigation for months.",
    "Senator Sanders said the White House had abandoned workers.",
)


@pytest.fixture(scope="module")
def learned():
    """The pipeline with the trained model's events (``--learned``)."""
    from chronik.pipeline import default_pipeline

    return default_pipeline(learned=True)


def test_the_shipped_model_adds_events_where_no_rule_coded_the_dyad(learned, pipeline):
    model = EventModel.load(Path(__file__).parents[1] / "src/chronik/data/models/events.en.json.gz")
    added = 0
    for text in SAID:
        article = Article(id="m", text=text, lang="en", date=date(2019, 3, 1))
        rules = {
            (e.source.code[:3], e.target.code[:3]) for e in pipeline(article).events if e.target
        }
        for event in learned(article).events:
            if event.rule.startswith("model:"):
                added += 1
                assert event.rule.startswith("model:events.en.json.gz p=")
                assert float(event.rule.rpartition("p=")[2]) >= model.threshold
                assert (event.source.code[:3], event.target.code[:3]) not in rules
                assert event.trigger.text in text and event.cameo[:2] in model.codes
    assert added >= 1
    # off by default
    assert not any(
        e.rule.startswith("model:")
        for text in SAID
        for e in pipeline(Article(id="m", text=text, lang="en", date=date(2019, 3, 1))).events
    )


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_shipped_model_emits_codes_the_ontology_knows(lang):
    from chronik.ontology import Ontology

    path = Path(__file__).parents[1] / f"src/chronik/data/models/events.{lang}.json.gz"
    model = EventModel.load(path)
    ontology = Ontology.load()
    assert set(model.codes) == {c for c in model.classes if c}
    for root, code in model.codes.items():
        assert code.startswith(root)
        for emitted in (code, ontology.intended_code(code)):  # intended clauses recode
            assert emitted in ontology.codes and emitted in ontology.plover, emitted


def test_the_model_leaves_what_the_rules_coded_alone(learned):
    text = "Republicans sharply criticized President Biden on Tuesday."
    doc = learned(Article(id="r", text=text, lang="en", date=date(2022, 3, 1)))
    assert [e.rule.startswith("model:") for e in doc.events] == [False]


# German sentences the rules leave without a dyad; as with SAID, what the model codes of them
# may change with retraining, so the test checks what its events must be.
GERMAN = (
    "Laschet lobte die Zusammenarbeit mit der Bundesregierung.",
    "Der Städtetag kritisierte die Landesregierung scharf für die neuen Regeln.",
    "Die Bundesregierung sprach mit den Ländern über neue Regeln.",
)


def test_the_german_model_adds_events_where_no_rule_coded_the_dyad(learned, pipeline):
    added = []
    for text in GERMAN:
        article = Article(id="d", text=text, lang="de", date=date(2020, 11, 1))
        assert not [e for e in pipeline(article).events if e.target]
        added += [e for e in learned(article).events if e.rule.startswith("model:")]
    assert added
    assert all(e.rule.startswith("model:events.de.json.gz p=") for e in added)
    assert all(e.source.code.startswith("DEU") and e.target for e in added)


def test_code_learned_prints_the_model_events(pipeline):
    from click.testing import CliRunner

    from chronik.cli import main

    args = ["code", "-", "--lang", "en", "--date", "2019-03-01", "--format", "jsonl"]
    text = "\n".join(json.dumps({"id": str(n), "text": t}) for n, t in enumerate(SAID))
    plain = CliRunner().invoke(main, args, input=text)
    learned = CliRunner().invoke(main, [*args, "--learned"], input=text)
    assert plain.exit_code == learned.exit_code == 0, learned.output
    rules = [json.loads(line)["rule"] for line in learned.stdout.splitlines()]
    assert any(rule.startswith("model:") for rule in rules)
    assert not any('"model:' in line for line in plain.stdout.splitlines())


def test_the_python_api_takes_learned(pipeline):
    import chronik

    sentence = "Senator Sanders said the White House had abandoned workers."
    plain = chronik.code(sentence, lang="en", date="2019-03-01")
    learned = chronik.code(sentence, lang="en", date="2019-03-01", learned=True)
    assert not [e for e in plain if e.rule.startswith("model:")]
    assert [e.rule[:23] for e in learned] == ["model:events.en.json.gz"]


def test_eval_and_ingest_take_learned(pipeline, tmp_path):
    from click.testing import CliRunner

    from chronik.cli import main

    sentence = "Senator Sanders said the White House had abandoned workers."
    gold = tmp_path / "gold.jsonl"
    event = {"source": "USALEG", "target": "USAGOV", "cameo": "111"}
    record = {"id": "s", "lang": "en", "date": "2019-03-01", "text": sentence, "events": [event]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    found = {}
    for flags in ([], ["--learned"]):
        result = CliRunner().invoke(main, ["eval", str(gold), "--json", *flags])
        assert result.exit_code == 0, result.output
        found[bool(flags)] = json.loads(result.stdout)["en"]["dyad_root"]["recall"]
    assert found == {False: 0.0, True: 1.0}
    articles = tmp_path / "a.jsonl"
    articles.write_text(json.dumps({"id": "a", "text": sentence}) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    args = ["ingest", str(articles), "--db", str(db), "--lang", "en", "--date", "2019-03-01"]
    stored = CliRunner().invoke(main, [*args, "--learned"])
    assert "stored 1 article(s) with 1 event(s)" in stored.output, stored.output

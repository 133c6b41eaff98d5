import pytest

from chronik.evaluate import Evaluation, Scored, cohen_kappa, evaluate, key
from chronik.gold import GoldEvent, GoldRecord
from chronik.records import Article, Span


def gold_record(text, events=(), *, record_id="1", lang="de"):
    article = Article(id=record_id, text=text, lang=lang)
    return GoldRecord(record_id, article, Span(0, len(text), text), tuple(events))


def test_levels_count_matches_as_multisets():
    evaluation = Evaluation()
    evaluation.add(
        "de",
        predicted=[
            ("USAGOV", "PRKGOV", "036", "AGREE", "intended"),
            ("USAGOV", "PRKGOV", "036", "AGREE", "intended"),
            ("USA", "CHN", "112", "ACCUSE", "asserted"),
        ],
        gold=[
            ("USAGOV", "PRKGOV", "036", "AGREE", "asserted"),
            ("USAMIL", "PRK", "043", "CONSULT", "asserted"),
        ],
    )
    scores = evaluation.scores()["de"]
    assert scores["strict"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    # dyad + root: USA/PRK/03 matches once, USA/PRK/04 matches nothing
    assert scores["dyad_root"]["recall"] == 0.5
    assert scores["root"]["recall"] == 0.5 and scores["code"]["recall"] == 0.5
    assert scores["plover"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    # modality: the intended 036 is not the gold's asserted one
    assert scores["modality"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert scores["event"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_no_event_sentences_give_false_alarm_rate_and_statement_share():
    evaluation = Evaluation()
    evaluation.add("en", predicted=[("USAGOV", None, "010", "", "asserted")], gold=[])
    evaluation.add("en", predicted=[], gold=[])
    evaluation.add("en", predicted=[("USA", "RUS", "111", "ACCUSE", "asserted")],
                   gold=[("USA", "RUS", "111", "ACCUSE", "asserted")])  # fmt: skip
    scores = evaluation.scores()["en"]
    assert scores["sentences"] == 3 and scores["no_event_sentences"] == 2
    assert scores["false_alarm_rate"] == 0.5
    assert scores["share_010"] == 0.5
    assert scores["event"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}


def test_plover_level_ignores_events_without_a_type():
    assert key(("USA", None, "010", "", "asserted"), "plover") is None
    assert key(("USA", "RUS", "1123", "ACCUSE", "reported"), "modality") == (
        "USA", "RUS", "11", "reported",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("pairs", "kappa"),
    [
        ([(True, True), (False, False)], 1.0),
        ([(True, False), (False, True)], -1.0),
        ([(True, True), (True, False), (False, False), (False, False)], 0.5),
    ],
    ids=["agree", "disagree", "half-by-chance"],
)
def test_cohen_kappa(pairs, kappa):
    assert cohen_kappa(pairs) == kappa


def test_evaluate_scores_only_the_gold_sentence_and_ignores_negated(make_event):
    text = "Die USA drohen Kuba. Die USA und Nordkorea verhandeln derzeit."
    sentence_start = text.index("Die USA und")
    record = GoldRecord(
        "1",
        Article(id="1", text=text, lang="de"),
        Span(sentence_start, len(text), text[sentence_start:]),
        (GoldEvent("USA", "PRK", "046", "CONSULT"), GoldEvent("USA", "PRK", "057", negated=True)),
    )
    in_context = make_event(text=text, target=("CUB", "Kuba"), cameo="130", trigger="drohen")
    negotiate = make_event(text=text)
    negated = make_event(text=text, cameo="057", negated=True)
    evaluation, scored = evaluate([record], lambda article: [in_context, negotiate, negated])
    assert evaluation.scores()["de"]["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scored[0].predicted == (negotiate,)


def test_differences_list_misses_and_false_alarms(make_event):
    negotiations = [GoldEvent("USA", "PRK", "046"), GoldEvent("PRK", "USA", "046")]
    record = gold_record("Die USA und Nordkorea verhandeln derzeit.", negotiations)
    scored = Scored(record, (make_event(), make_event(cameo="010", target=None)))
    missed, false_alarms = scored.differences("dyad_root")
    assert missed == [("PRK", "USA", "046", "", "asserted")]
    assert false_alarms == [("USA", None, "010", "CONSULT", "asserted")]
    # by code alone, one 046 is matched whatever its dyad
    missed, false_alarms = scored.differences("code")
    assert [e[2] for e in missed] == ["046"] and [e[2] for e in false_alarms] == ["010"]

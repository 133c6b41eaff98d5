"""German predicatives (issue 12): the adjective or noun a copula, "sich zeigen" or
"reagieren" says of its subject is the frame's ``pred``, rows condition on it, and an
adjective of readiness makes the infinitive under it intended. Sentences of our own, run
through the whole pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from chronik.analysis.de import GermanAnalyzer
from chronik.document import Document
from chronik.records import Article, Frame

from .coding import DYAD
from .coding import coded as shared_coded

# (source, target, code, modality, negated) of the events of an undated German sentence
coded = partial(shared_coded, lang="de", on=None, fields=(*DYAD, "modality", "negated"))

Coded = set[tuple[str, str | None, str, str, bool]]


@pytest.fixture(scope="module")
def analyzer() -> GermanAnalyzer:
    return GermanAnalyzer()


def main_frame(analyzer: GermanAnalyzer, text: str) -> Frame:
    doc = analyzer(Document(article=Article(id="t", text=text, lang="de"), lang="de"))
    return next(f for f in doc.frames if f.clause == "main")


@pytest.mark.parametrize(
    ("text", "predicate", "pred"),
    [
        ("Chile ist zutiefst besorgt über Peru.", "sein", "zutiefst besorgt"),
        ("Chile zeigte sich besorgt.", "zeigen", "besorgt"),
        ("Die Gewerkschaften reagierten wenig erfreut.", "reagieren", "wenig erfreut"),
        ("Merz wird Nachfolger von Scholz.", "werden", "Nachfolger von Scholz"),
        ("Die USA seien inzwischen zu Lieferungen bereit.", "sein", "bereit"),
    ],
    ids=["copula", "zeigen", "graded", "noun", "copula-particle"],
)
def test_the_predicative_is_the_pred_argument(
    analyzer: GermanAnalyzer, text: str, predicate: str, pred: str
) -> None:
    frame = main_frame(analyzer, text)
    assert frame.predicate == predicate
    assert [a.span.text for a in frame.args("pred")] == [pred]


@pytest.mark.parametrize(
    "text",
    [
        "Polen erklärte sich bereit zu Gesprächen mit Belarus.",
        "Polen erklärte sich zu Gesprächen mit Belarus bereit.",
    ],
)
def test_sich_bereit_erklaeren_fuses_before_its_pp_too(analyzer: GermanAnalyzer, text: str) -> None:
    assert main_frame(analyzer, text).predicate == "bereiterklären"


# One sentence of our own per row class: (text, expected events)
CASES = [
    ("Polen ist zu Gesprächen mit Belarus bereit.", {("POL", "BLR", "036", "asserted", False)}),
    ("Polen zeigte sich bereit zu Verhandlungen mit Belarus.",
     {("POL", "BLR", "036", "asserted", False)}),
    ("Ungarn ist kompromissbereit.", {("HUN", None, "035", "asserted", False)}),
    ("Kanada ist offen für Gespräche mit China.", {("CAN", "CHN", "036", "asserted", False)}),
    ("Japan hat Interesse an einer Zusammenarbeit mit Indien.",
     {("JPN", "IND", "030", "asserted", False)}),
    ("Norwegen ist besorgt über Russland.", {("NOR", "RUS", "012", "asserted", False)}),
    ("Schweden bleibt zuversichtlich hinsichtlich Finnlands.",
     {("SWE", "FIN", "013", "asserted", False)}),
    ("Dänemark zeigte sich enttäuscht von Norwegen.", {("DNK", "NOR", "110", "asserted", False)}),
    ("Portugal reagierte wenig erfreut auf Spanien.", {("PRT", "ESP", "110", "asserted", False)}),
    ("Portugal ist nicht zufrieden mit Spanien.", {("PRT", "ESP", "110", "asserted", False)}),
    ("Spanien reagierte empört auf Marokko.", {("ESP", "MAR", "111", "asserted", False)}),
    ("Portugal ist zufrieden mit Spanien.", {("PRT", "ESP", "051", "asserted", False)}),
    ("Irland ist einverstanden mit Frankreich.", {("IRL", "FRA", "051", "asserted", False)}),
    ("Litauen erklärte sich solidarisch mit der Ukraine.",
     {("LTU", "UKR", "051", "asserted", False)}),
    ("Die Regierung Estlands ist gegen Russland.", {("ESTGOV", "RUS", "110", "asserted", False)}),
    ("Die Türkei hat Einwände gegen Schweden.", {("TUR", "SWE", "110", "asserted", False)}),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c[0].split()[-1].strip(".") for c in CASES])
def test_predicative_row_codes_its_sentence(pipeline, case: tuple[str, Coded]) -> None:  # type: ignore[no-untyped-def]
    text, expected = case
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Finnland ist zufrieden.",  # approval needs what it approves of
        "Merz wird Nachfolger von Scholz.",
        "Finnland ist die Heimat vieler Schweden.",
        "Die Türkei hat keine Einwände gegen Schweden.",  # a negated objection is none
        "Chile zeigte sich besorgt.",  # a mood about nobody is no dyadic event
        "Die Entscheidung Chiles war ein schwerer Schlag gegen Peru.",  # the PP is the noun's
    ],
)
def test_predicative_without_an_event_codes_nothing(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {e for e in coded(pipeline, text) if not e[4]} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Polen ist bereit, mit Belarus zu verhandeln.",
        "Polen erklärte sich bereit, mit Belarus zu verhandeln.",
        "Polen zeigte sich bereit, mit Belarus zu verhandeln.",
    ],
)
def test_an_infinitive_under_readiness_is_intended(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    """As English "ready to": the negotiation is intended (036), not done (046); the
    fused verbs keep their own row besides ("erklärte sich bereit": 030)."""
    dyadic = {e for e in coded(pipeline, text) if e[1] is not None}
    assert dyadic == {
        ("POL", "BLR", "036", "intended", False),
        ("BLR", "POL", "036", "intended", False),
    }


def test_an_infinitive_under_no_readiness_is_negated(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Polen ist nicht bereit, mit Belarus zu verhandeln.")
    assert events and all(negated for *_, negated in events)


@pytest.mark.parametrize(
    "text",
    [
        "Russland ist in der Lage, die Ukraine anzugreifen.",
        "Russland ist imstande, die Ukraine anzugreifen.",
        "Russland sieht sich in der Lage, die Ukraine anzugreifen.",
    ],
)
def test_an_infinitive_under_ability_is_hypothetical(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    """Being able to attack is no attack: as "could", the act is only possible."""
    assert coded(pipeline, text) == {("RUS", "UKR", "190", "hypothetical", False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polen nannte das Vorgehen Russlands unverantwortlich.",
         {("POL", "RUS", "111", "asserted", False)}),
        ("Polen bezeichnete Russland als Bedrohung.", {("POL", "RUS", "111", "asserted", False)}),
        ("Polen bezeichnete den Bericht Russlands als Fake News.",
         {("POL", "RUS", "111", "asserted", False)}),
        ("Polen nannte Russland eine Gefahr und eine Bedrohung.",
         {("POL", "RUS", "111", "asserted", False)}),
        # a judgement that is no criticism stays a statement
        ("Polen bezeichnete Litauen als wichtigen Partner.",
         {("POL", "LTU", "010", "asserted", False)}),
        # as in English, what a statement says judges too: "sagte, Y sei inakzeptabel"
        ("Polen sagte, das Vorgehen Russlands sei inakzeptabel.",
         {("POL", "RUS", "111", "asserted", False)}),
        ("„Der Plan der Bundesregierung ist ein Skandal“, sagte die FDP.",
         {("DEUPTY", "DEUGOV", "111", "asserted", False)}),
        ("Polen erklärte, Russland sei ein wichtiger Nachbar.",
         {("POL", "RUS", "010", "asserted", False)}),
    ],
)  # fmt: skip
def test_a_judgement_named_or_said_is_criticism(
    pipeline,  # type: ignore[no-untyped-def]
    text: str,
    expected: Coded,
) -> None:
    assert coded(pipeline, text) == expected

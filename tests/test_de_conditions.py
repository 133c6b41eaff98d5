"""German conditions without "wenn", clauses under "ausschließen", infinitive questions and
hearsay "soll … haben" (issue 12): what the whole pipeline makes of sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from chronik.records import Article

from .coding import DYAD
from .coding import coded as shared_coded

# (source, target, code, modality, negated) of the events of an undated German sentence
coded = partial(shared_coded, lang="de", on=None, fields=(*DYAD, "modality", "negated"))


@pytest.mark.parametrize(
    "text",
    [
        "Sollte Russland die Ukraine angreifen, werde die EU Sanktionen verhängen.",
        "Greift Russland die Ukraine an, verhängt die EU Sanktionen.",
        "Hätte Russland die Ukraine angegriffen, hätte die Nato Truppen entsandt.",
        "Die EU werde Sanktionen verhängen, sollte Russland die Ukraine angreifen.",
        "Merkel sagte, sollte Russland die Ukraine angreifen, werde die EU reagieren.",
    ],
    ids=["sollte-first", "present-first", "hätte-first", "sollte-after", "after-speech"],
)
def test_a_verb_first_condition_is_hypothetical(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    attacks = {e for e in coded(pipeline, text) if e[2] == "190"}
    assert attacks == {("RUS", "UKR", "190", "hypothetical", False)}


def test_the_clause_a_trailing_condition_hangs_on_keeps_its_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "verhängen" before ", sollte" is the infinitive of "werde", not a second finite verb
    text = "Die EU werde Sanktionen gegen Russland verhängen, sollte Moskau die Ukraine angreifen."
    assert ("IGOEUREEC", "RUS", "1312", "intended", False) in coded(pipeline, text)


def test_a_verb_second_clause_after_a_comma_is_no_condition(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russland griff die Ukraine an, sagte Merkel."
    assert ("RUS", "UKR", "190", "reported", False) in coded(pipeline, text)


def test_what_is_not_ruled_out_is_possible(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Merkel schloss nicht aus, Russland mit Sanktionen zu bestrafen."
    assert {e[2:] for e in coded(pipeline, text)} == {("170", "hypothetical", False)}
    text = "Die Regierung schließt nicht aus, dass Russland die Ukraine angreift."
    assert coded(pipeline, text) == {("RUS", "UKR", "190", "hypothetical", False)}


def test_what_is_ruled_out_is_denied(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Polen schloss aus, dass Russland die Ukraine angreift."
    assert {e[2:] for e in coded(pipeline, text)} == {("190", "asserted", True)}


@pytest.mark.parametrize("text", ["Die Türkei bestrafen?", "Die Hamas angreifen?"])
def test_an_infinitive_question_reports_no_act(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # a bare infinitive before "?" asks whether to act: no finite verb, no subject
    assert coded(pipeline, text) == set()


def test_a_question_with_a_finite_verb_still_has_its_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(Article(id="t", text="Sie fragten, ob die USA mit Iran verhandeln?", lang="de"))
    assert {(e.source.code, e.cameo, e.modality) for e in doc.events} == {
        ("USA", "046", "hypothetical"),
        ("IRN", "046", "hypothetical"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland soll die Ukraine angegriffen haben.", ("RUS", "UKR", "190", "reported", False)),
        ("Nordkorea will Südkorea angegriffen haben.", ("PRK", "KOR", "190", "reported", False)),
    ],
    ids=["soll", "will"],
)
def test_a_modal_with_a_perfect_infinitive_reports_hearsay(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    # "soll … angegriffen haben" says others report the attack: no plan, no threat
    assert coded(pipeline, text) == {expected}


def test_a_modal_with_a_plain_infinitive_still_states_an_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    codes = {e[2:4] for e in coded(pipeline, "Russland wollte die Ukraine angreifen.")}
    assert codes == {("1384", "intended")}


def test_an_act_someone_is_kept_from_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Polizei hinderte die Opposition daran, das Parlament von Georgien zu besetzen."
    assert not {e for e in coded(pipeline, text) if not e[4]}


@pytest.mark.parametrize("particle", ["erst", "zuletzt"])
def test_nicht_before_a_focus_word_negates_nothing(pipeline, particle: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Die Kämpfe zwischen Aserbaidschan und Armenien begannen nicht {particle} im September."
    assert ("AZE", "ARM", "190", "asserted", False) in coded(pipeline, text)

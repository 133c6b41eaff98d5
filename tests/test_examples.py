"""The reference article: the events `make demo` must find (issue 2's acceptance test)."""

import pytest
from click.testing import CliRunner

from chronik.cli import main
from chronik.records import Event

from .conftest import ROOT, SEED, seed_article


@pytest.fixture(scope="module")
def seed_events(pipeline) -> list[Event]:
    return list(pipeline(seed_article()).events)


def dyads(events, cameo_prefix, **fields):
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
        if e.cameo.startswith(cameo_prefix) and all(getattr(e, k) == v for k, v in fields.items())
    }


def test_seed_leaders_intend_to_meet_in_vietnam_on_27_28_february(seed_events):
    meetings = [e for e in seed_events if e.cameo == "036" and "treffen" in e.trigger.text]
    assert {(e.source.code, e.target.code) for e in meetings} == {
        ("USAGOV", "PRKGOV"), ("PRKGOV", "USAGOV"),
    }  # fmt: skip
    for event in meetings:
        assert event.modality == "intended" and not event.negated
        assert (event.date.value, event.date.end) == ("2019-02-27", "2019-02-28")
        assert event.location.country == "VNM"


def test_seed_usa_and_north_korea_negotiate_now(seed_events):
    assert dyads(seed_events, "046", modality="asserted", negated=False) >= {
        ("USA", "PRK"), ("PRK", "USA"),
    }  # fmt: skip


def test_seed_both_sides_signed_an_agreement_in_singapore_in_june_2018(seed_events):
    (signed, *_) = [e for e in seed_events if e.cameo == "057" and not e.negated]
    assert {signed.source.country, signed.target.country} == {"USA", "PRK"}
    assert signed.location.country == "SGP"
    assert signed.date.value.startswith("2018-06")


def test_seed_north_korea_expresses_intent_to_denuclearise(seed_events):
    assert any(
        e.cameo.startswith("03") and e.source.country == "PRK" and "bereit" in e.sentence_text
        for e in seed_events
    )


def test_seed_trump_says_relations_are_good_on_tuesday(seed_events):
    statements = [
        e for e in seed_events
        if e.cameo[:2] in {"01", "05"} and e.source.code == "USAGOV" and e.sentence == 1
    ]  # fmt: skip
    assert statements
    assert all(e.target.code == "PRKGOV" and e.date.value == "2019-02-05" for e in statements)


def test_seed_no_concrete_commitments_is_never_an_asserted_commitment(seed_events):
    commitments = [e for e in seed_events if "Zusagen" in e.sentence_text]
    assert all(e.negated for e in commitments)


def test_seed_every_span_points_into_the_article(seed_events):
    text = SEED.read_text(encoding="utf-8")
    for event in seed_events:
        for span in (event.trigger, event.source.span, event.target and event.target.span):
            if span:
                assert text[span.start : span.end] == span.text
        assert event.rule.startswith("verbs/de.v1.tsv:")


def test_seed_leaders_discuss_in_vietnam_at_that_summit(seed_events):
    # No date in the sentence: the future event in Vietnam is the summit dated before.
    discussions = [e for e in seed_events if e.trigger.text == "erörtern"]
    assert discussions
    for event in discussions:
        assert event.location.country == "VNM" and event.modality == "intended"
        assert (event.date.value, event.date.end) == ("2019-02-27", "2019-02-28")


def test_seed_output_is_the_readme_table(pipeline):  # the loaded pipeline serves the CLI
    """The canonical demo: `chronik code` on the seed prints exactly the table in the README
    (every event, none more: a new one on the seed is a change to look at, not noise)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = readme.index(
        "$ .venv/bin/chronik code examples/000_d8749a46efbd76b3.txt --date 2019-02-06"
    )
    table = readme[start + 1 : readme.index("```", start)]
    result = CliRunner().invoke(main, ["code", str(SEED), "--date", "2019-02-06"])
    assert result.exit_code == 0
    printed = [line for line in result.stdout.splitlines() if line.strip()]
    assert printed == table

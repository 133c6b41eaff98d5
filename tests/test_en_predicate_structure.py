"""English predicate structure behind missed dyads: an event noun that is the setting of a
past clause ("after talks with Putin, Macron pledged ..."), a war of words, and the author
of an offer who carries out its infinitive. Our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from chronik.records import Article

from .coding import both_ways, coded

ROOTED = ("source", "target", "cameo", "modality")


def test_meeting_noun_setting_a_past_pledge_took_place(pipeline) -> None:
    text = "After talks with Putin in Moscow, Macron pledged to lift the sanctions."
    events = coded(pipeline, text, fields=ROOTED)
    assert both_ways("FRAGOV", "RUSGOV", "040", "asserted") <= events
    assert ("FRAGOV", "RUSGOV", "036", "intended") not in events


def test_meeting_noun_a_pledge_is_about_stays_intended(pipeline) -> None:
    text = "Macron pledged to hold talks with Putin in Moscow."
    assert ("FRAGOV", "RUSGOV", "036", "intended") in coded(pipeline, text, fields=ROOTED)


def test_war_of_words_is_criticism_both_ways(pipeline) -> None:
    text = "The war of words between Germany and Turkey escalated on Monday."
    assert both_ways("DEU", "TUR", "111") <= coded(pipeline, text)


def test_trade_war_is_no_criticism_and_no_fighting(pipeline) -> None:
    text = "The trade war between China and Japan hurt farmers."
    assert not {c for _, _, c in coded(pipeline, text)} & {"111", "190"}


def test_author_of_an_offer_carries_out_its_infinitive(pipeline) -> None:
    text = "Berlin welcomed an offer from Iran to mediate between Syria and Turkey."
    events = coded(pipeline, text, fields=ROOTED)
    assert ("IRN", "SYR", "039", "intended") in events


def test_author_of_a_decision_carries_out_its_infinitive(pipeline) -> None:
    text = "Republicans criticized the decision by Germany to impose sanctions on Iran."
    assert ("DEU", "IRN", "163") in coded(pipeline, text)


def test_what_a_call_asks_for_is_no_act_of_the_clauses_subject(pipeline) -> None:
    # the parser hangs "to withdraw" on "backed": Berlin withdrew nothing, Mali is asked to
    text = "Berlin backed France's call for Mali to withdraw its troops from Niger."
    events = coded(pipeline, text)
    assert ("FRA", "MLI", "020") in events
    assert not {e for e in events if e[2] == "087"}


def test_host_of_an_invitation_is_not_the_visitor(pipeline) -> None:
    text = "Merkel received an invitation from Putin to visit Poland."
    assert not {(s, t) for s, t, _ in coded(pipeline, text)} & {("RUSGOV", "POL")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Trump-Putin meeting lasted two hours.", both_ways("USAGOV", "RUSGOV", "040")),
        ("US-North Korea talks resumed on Monday.", both_ways("USA", "PRK", "040")),
        ("The U.S.-China talks ended on Monday.", both_ways("USA", "CHN", "040")),
    ],
)
def test_names_joined_by_a_hyphen_are_the_sides_of_a_meeting(pipeline, text, pair) -> None:
    assert pair <= coded(pipeline, text)


def test_a_leading_party_is_no_side_of_the_meeting(pipeline) -> None:
    text = "The vote chilled the U.S.-led Israeli-Palestinian talks."
    dyads = {(s, t) for s, t, c in coded(pipeline, text) if c == "040"}
    assert dyads == {("ISR", "PSE"), ("PSE", "ISR")}


def test_names_joined_before_a_relation_name_no_event(pipeline) -> None:
    assert coded(pipeline, "He praised the U.S.-Saudi partnership.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessor does not make the verb after its noun a modifier: the sentence's verb
        ("Germany's chancellor called for talks with Russia.", ("DEUGOV", "RUS", "026")),
        ("Serbia's opposition called for talks with the government.",
         ("SRBOPP", "SRBGOV", "026")),
    ],
)  # fmt: skip
def test_a_possessed_subject_keeps_its_verb(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(pipeline, text)


def test_a_participle_before_a_possessed_noun_stays_a_modifier(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(Article(id="t", text="Obama's failed policies hurt Iraq.", lang="en"))
    assert [(f.predicate, f.clause) for f in doc.frames if f.clause == "main"] == [("hurt", "main")]

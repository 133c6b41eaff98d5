"""German announced acts: a present-tense act with a later time ("besucht nächste Woche",
"trifft morgen") is an intention (03x, intended), as "wird ... treffen" is; a time
adverbial between verb and object is no part of the object. Sentences of our own, coded by
the real pipeline with the article date 2019-02-06 (a Wednesday)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from chronik.records import Article

from .coding import DYAD, both_ways
from .coding import coded as shared_coded

# (source, target, code, modality) of the events a German text asserts
coded = partial(shared_coded, lang="de", fields=(*DYAD, "modality"), negated=False)


@pytest.mark.parametrize(
    "text",
    [
        # a bare time NP or PP between the verb and the object
        "Macron besucht nächste Woche Polen.",
        "Macron besucht kommenden Montag Polen.",
        "Macron besucht im April Polen.",
        # a time adverb that is no argument at all
        "Macron besucht morgen Polen.",
    ],
)
def test_a_visit_with_a_later_time_is_an_intended_visit(pipeline, text: str) -> None:
    # a planned visit stays the visit (042), intended (docs/annotation.md)
    assert coded(pipeline, text) == {("FRAGOV", "POL", "042", "intended")}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Putin trifft nächste Woche Macron.", "FRAGOV"),
        ("Putin trifft kommenden Freitag Macron.", "FRAGOV"),
        ("Putin trifft Macron am 14. März.", "FRAGOV"),
        # a two-word name whose second part the tagger reads as a noun taking the date:
        # the date is the verb's argument too, so the verb's
        ("Putin trifft Xi Jinping am 14. März.", "CHNGOV"),
    ],
)
def test_a_meeting_with_a_later_time_is_an_intent_to_meet(pipeline, text: str, other: str) -> None:
    assert coded(pipeline, text) == both_ways("RUSGOV", other, "036", "intended")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Macron besuchte letzte Woche Polen.", "042"),
        ("Macron besucht gestern Polen.", "042"),
        ("Putin traf am Montag Macron.", "040"),
    ],
)
def test_a_past_time_leaves_the_act_asserted(pipeline, text: str, code: str) -> None:
    found = coded(pipeline, text)
    assert found
    assert {(c, m) for _, _, c, m in found} == {(code, "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Macron soll nächste Woche Polen besuchen.",
        "Macron will Polen besuchen.",
        "Macron plant, Polen zu besuchen.",
        "Macron wird Polen besuchen.",
    ],
)
def test_modals_and_plans_of_a_visit_are_intended(pipeline, text: str) -> None:
    assert coded(pipeline, text) == {("FRAGOV", "POL", "042", "intended")}


def test_a_hyphenated_genitive_name_after_a_time_owns_the_next_noun(pipeline) -> None:
    # "am Montag" ends at its time noun; "Nordrhein-Westfalens" (HanTa: "Nordrhein-westfalen")
    # is a genitive before the next noun, not a phrase of its own
    text = "Das bestätigte am Montag Nordrhein-Westfalens Ministerpräsident Hendrik Wüst."
    doc = pipeline(Article(id="t", text=text, lang="de", date=date(2019, 2, 6)))
    (frame,) = [f for f in doc.frames if f.predicate == "bestätigen"]
    spans = {a.span.text for a in frame.arguments}
    assert "am Montag" in spans
    assert any(s.startswith("Nordrhein-Westfalens Ministerpräsident") for s in spans)


@pytest.mark.parametrize(
    ("text", "when", "modality"),
    [
        # 2019-02-06 is a Wednesday: a present-tense weekday is the coming one (or today)
        ("Putin trifft am Freitag Macron.", "2019-02-08", "intended"),
        ("Putin trifft am Mittwoch Macron.", "2019-02-06", "asserted"),
        # a past tense keeps the last one
        ("Putin traf am Freitag Macron.", "2019-02-01", "asserted"),
    ],
)
def test_a_german_present_tense_weekday_is_the_coming_one(
    pipeline, text: str, when: str, modality: str
) -> None:
    doc = pipeline(Article(id="t", text=text, lang="de", date=date(2019, 2, 6)))
    assert {(e.date.value if e.date else None, e.modality) for e in doc.events} == {
        (when, modality)
    }


def test_an_event_noun_after_nach_took_place_before_its_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The Kremlin's intention does not make the meeting before it intended."""
    text = "Nach dem Treffen zwischen Putin und Macron will der Kreml über neue Regeln beraten."
    assert coded(pipeline, text) == both_ways("RUSGOV", "FRAGOV", "040", "asserted")


MET = both_ways("RUSGOV", "FRAGOV", "040", "asserted")  # Putin met Macron before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach dem Treffen mit Macron will Putin über neue Regeln beraten.", MET),
        ("Nach dem Treffen mit Macron will Putin nach Polen reisen.",
         MET | {("RUSGOV", "POL", "042", "intended")}),
    ],
)  # fmt: skip
def test_the_party_of_an_earlier_meeting_is_no_party_of_the_clause(
    pipeline,  # type: ignore[no-untyped-def]
    text: str,
    expected: set[tuple[object, ...]],
) -> None:
    assert coded(pipeline, text) == expected


def test_a_meeting_where_a_later_arrival_leads_is_intended(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the "wo" clause happens where, and so when, the expected arrival does
    text = (
        "Am kommenden Freitag wird Giuseppe Conte in Den Haag erwartet, wo er den "
        "niederländischen Premier Mark Rutte trifft."
    )
    assert both_ways("ITAGOV", "NLDGOV", "036", "intended") <= coded(pipeline, text)


def test_a_meeting_the_clause_prepares_is_an_intent(pipeline) -> None:
    text = "Die Minister beraten im Vorfeld des Treffens zwischen Putin und Macron."
    assert both_ways("RUSGOV", "FRAGOV", "036", "intended") <= coded(pipeline, text)

"""What a German statement is about (speech.topic_of): not a place its words name behind a
preposition, nor a group named by its role alone. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _statements(pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipeline(Article("t", text, "de", date(2019, 3, 2)))
    return {(e.source.code, e.target.code) for e in doc.events if e.source and e.target}


@pytest.mark.parametrize(
    "text",
    [
        "Außenminister Heiko Maas sagte, Tausende kämen täglich aus der Türkei.",
        "Außenminister Heiko Maas sagte, täglich kämen Tausende nach Serbien.",
        "Außenminister Heiko Maas erklärte, man sei in Gesprächen mit der Türkei.",
        "In Belgrad sagte Außenminister Heiko Maas, die Flüchtlinge seien erschöpft.",
        "In Paris sagte Außenminister Heiko Maas, die Unternehmen hätten genug Masken.",
        "Außenminister Heiko Maas sagte, die Lager an der Grenze zu Syrien seien überfüllt.",
        "Außenminister Heiko Maas sagte, die Gewalt nehme außerhalb Syriens zu.",
    ],
)
def test_a_place_or_a_role_word_in_what_was_said_is_no_topic(pipeline, text: str) -> None:
    assert _statements(pipeline, text) == set()


def test_the_country_a_statement_is_about_stays_its_target(pipeline) -> None:
    text = "Außenminister Heiko Maas sagte, Russland sei ein schwieriger Partner."
    assert _statements(pipeline, text) == {("DEUGOV", "RUS")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Außenminister Heiko Maas verwies auf einen japanischen Fernsehbericht.", set()),
        ("Außenminister Heiko Maas wies auf einen japanischen Fernsehbericht hin.", set()),
        ("Außenminister Heiko Maas verwies auf Russland.", {("DEUGOV", "RUS")}),
        # a genitive after the head is the head's owner, no conjunct of the phrase
        ("Außenminister Heiko Maas verwies auf die Vorgaben des Robert-Koch-Instituts.", set()),
        (
            "Außenminister Heiko Maas verwies auf Russland und die Türkei.",
            {("DEUGOV", "RUS"), ("DEUGOV", "TUR")},
        ),
    ],
)
def test_what_a_reference_points_to_is_the_head_of_its_phrase(
    pipeline,  # type: ignore[no-untyped-def]
    text: str,
    expected: set[tuple[str, str]],
) -> None:
    """ "verwies auf einen japanischen Bericht" points to a report, not to Japan; "auf die
    Vorgaben des Robert-Koch-Instituts" to guidance, not to the institute."""
    assert _statements(pipeline, text) == expected

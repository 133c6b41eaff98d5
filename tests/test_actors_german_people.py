"""German politicians the dictionary lacks, introduced with a compound party title and
named by their family name later (issue 12, session 10: the commonest uncoded source in
unlabelled German news was a family name). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

ON = date(2020, 10, 5)


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline(Article(id="t", text=text, lang="de", date=ON))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Die Bundesregierung streitet mit der Opposition. Grünen-Umweltsprecherin Petra "
            "Hollfelder kritisierte die Regierung. Hollfelder forderte mehr Geld.",
            ("Hollfelder", "DEUPTY"),
        ),
        (
            "SPD-Rechtsexperte Jonas Kellermeier lobte den Entwurf. Kellermeier warnte die Länder.",
            ("Kellermeier", "DEUPTY"),
        ),
        (
            "AfD-Vize Bernhard Stolzenfels griff die Bundesregierung an. Stolzenfels "
            "kritisierte den Bundestag.",
            ("Stolzenfels", "DEUPTY"),
        ),
    ],
)
def test_a_party_compound_title_codes_the_family_name_later(pipeline, text, later) -> None:
    assert later in _actors(pipeline, text)


def test_a_compound_title_of_an_unknown_body_codes_no_one(pipeline) -> None:
    text = "Bahn-Sprecherin Ilse Wendeborn kritisierte die Regierung. Wendeborn lobte Berlin."
    assert not any(words == "Wendeborn" for words, _ in _actors(pipeline, text))

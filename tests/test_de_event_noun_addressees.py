"""German spoken acts a response verb answers ("Die Bundesregierung wies die Forderungen der
Opposition zurück"): the subject of the answering verb is whom the demand, request or
proposal was addressed to, and the act was made whatever the answer (as English "Iran
rejected U.S. demands"). Our own sentences through the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import DYAD, coded

_events = partial(coded, lang="de", fields=(*DYAD, "negated"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Bundesregierung wies die Forderungen der Opposition zurück.",
            ("DEUOPP", "DEUGOV", "100", False),
        ),
        (
            "Die Bundesregierung lehnte den Vorschlag der Grünen ab.",
            ("DEUPTY", "DEUGOV", "030", False),
        ),
        (
            "Die Bundesregierung kam den Forderungen der Gewerkschaften nach.",
            ("DEULAB", "DEUGOV", "100", False),
        ),
        ("Die Kanzlerin antwortete auf eine Anfrage der FDP.", ("DEUPTY", "DEUGOV", "020", False)),
        # the answer to a parliamentary question is a statement to whoever asked it
        (
            "Das geht aus einer Antwort des Innenministeriums auf eine Anfrage der FDP hervor.",
            ("DEUGOV", "DEUPTY", "010", False),
        ),
        ("Die Bundesregierung hat die Bitte Italiens abgelehnt.", ("ITA", "DEUGOV", "020", False)),
        # the request was made whether or not it is answered
        (
            "Die Bundesregierung hat die Bitte Italiens nicht abgelehnt.",
            ("ITA", "DEUGOV", "020", False),
        ),
    ],
)
def test_the_answering_subject_is_the_addressee(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)


def test_a_proposal_nobody_answers_has_no_addressee(pipeline) -> None:
    assert _events(pipeline, "Die Grünen machten einen Vorschlag.") == set()

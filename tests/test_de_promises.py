"""German Funktionsverbgefüge of promising, calling and approving (issue 12): "stellte Y
Hilfe in Aussicht" is an intent to give it (033x, 030 for anything else promised), "berief
einen Gipfel mit Y ein" a meeting to come (036), "gab ihr Okay für Ys Paket" approval (051).
Sentences of our own through the real pipeline."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from .coding import coded

events = partial(coded, lang="de", on=date(2020, 6, 1))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Außenminister Heiko Maas stellte dem Libanon Soforthilfe in Aussicht.",
         ("DEUGOV", "LBN", "0333")),
        ("Die Bundesregierung stellte Italien Milliarden in Aussicht.", ("DEUGOV", "ITA", "0331")),
        ("Die Bundesregierung stellte Italien eine Lösung in Aussicht.", ("DEUGOV", "ITA", "030")),
        ("Söder hat einen Gipfel mit den Gewerkschaften einberufen.", ("DEUGOV", "DEULAB", "036")),
        ("Die EU-Kommission gab ihr Okay für das Rettungspaket der Bundesregierung.",
         ("IGOEUREEC", "DEUGOV", "051")),
    ],
)  # fmt: skip
def test_promises_calls_and_approvals(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)

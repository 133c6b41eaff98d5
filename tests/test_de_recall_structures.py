"""German clauses that lost their act's second party (issue 12): a passive agent the chunker
gave to a noun, a second genitive conjunct that narrowed an object to the nominative; and
predicates of dissent, pressure, attack and disparagement. Sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from chronik.analysis.de import GermanAnalyzer
from chronik.document import Document
from chronik.records import Article

from .coding import coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


def agents(text: str) -> list[str]:
    doc = GermanAnalyzer()(Document(article=Article(id="t", text=text, lang="de"), lang="de"))
    return [a.span.text for f in doc.frames for a in f.arguments if a.role == "agent"]


def test_a_von_phrase_before_the_participle_is_the_agent_not_the_nouns(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "im Norden Syriens von der türkischen Armee": the army arrested, not the police of
    # the place where it happened
    text = "Drei Journalisten wurden im Norden Syriens von der türkischen Armee festgenommen."
    found = dyads(pipeline, text)
    assert ("TURMIL", "SYRMED", "173") in found
    assert ("SYRCOP", "SYRMED", "173") not in found


def test_the_agent_leaves_the_phrase_it_hung_in() -> None:
    text = "Am Dienstag wurde der Vorschlag des Kanzlers von der Opposition scharf kritisiert."
    assert agents(text) == ["von der Opposition"]


@pytest.mark.parametrize(
    "text",
    [
        "In Paris wurden Fotos von Extremisten gefunden.",  # no article: what the photos show
        "Die Rede des Kanzlers von der Tribüne wurde gelobt.",  # in the Vorfeld
    ],
    ids=["bare-noun", "vorfeld"],
)
def test_other_von_phrases_stay_with_their_noun(text: str) -> None:
    assert agents(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bauern in Kolumbien begehren gegen die Regierung auf.", ("COLAGR", "COLGOV", "140")),
        ("Studenten lehnten sich gegen das Regime in Teheran auf.", ("IRNEDU", "IRNGOV", "140")),
        ("Brüssel macht Druck auf Warschau.", ("IGOEUREEC", "POLGOV", "100")),
        ("Im Herbst startete Russland mit Luftangriffen auf die Ukraine.", ("RUS", "UKR", "190")),
        ("Der Oppositionsführer äußerte sich abfällig über den serbischen Präsidenten.",
         ("SRBOPP", "SRBGOV", "111")),
    ],
    ids=["aufbegehren", "sich-auflehnen", "Druck-machen", "mit-Angriffen-starten",
         "sich-abfällig-äußern"],
)  # fmt: skip
def test_predicates_found_on_unlabelled_news(
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_second_genitive_conjunct_keeps_the_object() -> None:
    # "der Organisation" may be a masculine nominative: it must not make the list a subject
    text = "Blinken empfing die Gesandten der Regierung und der Partei in Kairo."
    doc = GermanAnalyzer()(Document(article=Article(id="t", text=text, lang="de"), lang="de"))
    roles = {(a.role, a.span.text) for f in doc.frames for a in f.arguments}
    assert ("obj", "die Gesandten der Regierung und der Partei") in roles

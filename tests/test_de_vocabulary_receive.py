"""German counterparts of PETRARCH RECEIVE/GET, JOIN and WAIVE/ABSTAIN, senses of frequent
verbs whose object only looks like an event, and attacks in words (issue 12): one sentence
of our own per row class, coded from a hand-built frame."""

from __future__ import annotations

import pytest

from chronik.events import EventCoder
from chronik.ontology import Ontology
from chronik.patterns import Patterns

from .test_events import case_doc, dyads

P = "past"
R = {"tense": P, "reflexive": True}
# (sentence, predicate, trigger, [(role, piece, prep)], actors, frame options, expected)
CASES = [
    ("Die Ukraine bekam Waffen von den USA.", "bekommen", "bekam",
     [("subj", "Die Ukraine", None), ("obj", "Waffen", None), ("pp", "von den USA", "von")],
     [("Die Ukraine", "UKR"), ("USA", "USA")], {"tense": P}, {("USA", "UKR", "072")}),
    ("Der Bürgermeister erhielt Drohungen von Neonazis.", "erhalten", "erhielt",
     [("subj", "Der Bürgermeister", None), ("obj", "Drohungen", None),
      ("pp", "von Neonazis", "von")],
     [("Der Bürgermeister", "DEUGOV"), ("Neonazis", "DEUREB")], {"tense": P},
     {("DEUREB", "DEUGOV", "130")}),
    ("Kiew bekam von Washington die Zusage.", "bekommen", "bekam",
     [("subj", "Kiew", None), ("pp", "von Washington", "von"), ("obj", "die Zusage", None)],
     [("Kiew", "UKRGOV"), ("Washington", "USAGOV")], {"tense": P},
     {("USAGOV", "UKRGOV", "030")}),
    ("Polen schloss sich den Sanktionen gegen Russland an.", "anschließen", "schloss",
     [("subj", "Polen", None), ("iobj", "den Sanktionen", None),
      ("pp", "gegen Russland", "gegen")],
     [("Polen", "POL"), ("Russland", "RUS")], R, {("POL", "RUS", "163")}),
    ("Lettland schloss sich den Vorwürfen gegen Moskau an.", "anschließen", "schloss",
     [("subj", "Lettland", None), ("iobj", "den Vorwürfen", None),
      ("pp", "gegen Moskau", "gegen")],
     [("Lettland", "LVA"), ("Moskau", "RUSGOV")], R, {("LVA", "RUSGOV", "112")}),
    ("Die EU verzichtet auf Sanktionen gegen die Türkei.", "verzichten", "verzichtet",
     [("subj", "Die EU", None), ("pp", "auf Sanktionen", "auf"),
      ("pp", "gegen die Türkei", "gegen")],
     [("Die EU", "IGOEUREEC"), ("die Türkei", "TUR")], {}, {("IGOEUREEC", "TUR", "085")}),
    ("Israel verzichtete auf einen Angriff gegen den Iran.", "verzichten", "verzichtete",
     [("subj", "Israel", None), ("pp", "auf einen Angriff", "auf"),
      ("pp", "gegen den Iran", "gegen")],
     [("Israel", "ISR"), ("den Iran", "IRN")], {"tense": P}, {("ISR", "IRN", "087")}),
    ("Merkel verzichtet zugunsten von Macron auf eine Kandidatur.", "verzichten", "verzichtet",
     [("subj", "Merkel", None), ("pp", "zugunsten von Macron", "zugunsten"),
      ("pp", "auf eine Kandidatur", "auf")],
     [("Merkel", "DEUGOV"), ("Macron", "FRAGOV")], {}, set()),
    ("Der Angriff der Taliban auf Kabul forderte viele Tote.", "fordern", "forderte",
     [("subj", "Der Angriff der Taliban auf Kabul", None), ("obj", "viele Tote", None)],
     [("Taliban", "AFGINS"), ("Kabul", "AFGGOV")], {"tense": P}, set()),
    ("Die Schweiz trifft eine Quarantäneanordnung für Briten.", "treffen", "trifft",
     [("subj", "Die Schweiz", None), ("obj", "eine Quarantäneanordnung für Briten", None)],
     [("Die Schweiz", "CHE"), ("Briten", "GBR")], {}, set()),
    ("Die Grünen griffen die Bundesregierung scharf an.", "angreifen", "griffen",
     [("subj", "Die Grünen", None), ("obj", "die Bundesregierung", None)],
     [("Die Grünen", "DEUPTY"), ("die Bundesregierung", "DEUGOV")], {"tense": P},
     {("DEUPTY", "DEUGOV", "111")}),
    ("Die Armee griff die Rebellen an.", "angreifen", "griff",
     [("subj", "Die Armee", None), ("obj", "die Rebellen", None)],
     [("Die Armee", "MLIMIL"), ("die Rebellen", "MLIREB")], {"tense": P},
     {("MLIMIL", "MLIREB", "190")}),
    ("Die Regierung Polens attackierte die Regierung Russlands.", "attackieren", "attackierte",
     [("subj", "Die Regierung Polens", None), ("obj", "die Regierung Russlands", None)],
     [("Die Regierung Polens", "POLGOV"), ("die Regierung Russlands", "RUSGOV")],
     {"tense": P}, {("POLGOV", "RUSGOV", "190")}),
    ("Die Angriffe der Grünen auf die Bundesregierung nahmen zu.", "Angriff", "Angriffe",
     [("subj", "der Grünen", None), ("pp", "auf die Bundesregierung", "auf")],
     [("Grünen", "DEUPTY"), ("die Bundesregierung", "DEUGOV")], {"clause": "nominal"},
     {("DEUPTY", "DEUGOV", "111")}),
    ("Die Angriffe Polens auf Russland nahmen zu.", "Angriff", "Angriffe",
     [("subj", "Polens", None), ("pp", "auf Russland", "auf")],
     [("Polens", "POL"), ("Russland", "RUS")], {"clause": "nominal"}, {("POL", "RUS", "190")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder({"de": Patterns.load("de"), "en": Patterns.load("en")}, Ontology.load())


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_german_row_codes_its_sentence(coder: EventCoder, case: tuple) -> None:  # type: ignore[type-arg]
    text, predicate, trigger, arguments, actors, options, expected = case
    parts = [(role, piece, prep, ()) for role, piece, prep in arguments]
    doc = coder(case_doc("de", text, predicate, trigger, parts, actors, options))
    assert dyads(doc) == expected

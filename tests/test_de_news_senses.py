"""German senses of unseen news (issue 12, dev2 classes): verb+noun phrases and verbs whose
object or phrase says the event (a verbal exchange delivered, orders received, a camp
cleared, an honour given, an appeal lodged, an attack claimed, a place taken, a position
taken against, a plan judged unfeasible, migrants stopped, a fine imposed, a court gone to,
a letter written to someone, admiration or displeasure expressed), and separable
verbs before a dash; sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import both_ways, coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Türkei und Griechenland lieferten sich einen heftigen Schlagabtausch.",
         both_ways("TUR", "GRC", "111")),
        ("Die AfD lieferte sich mit der SPD ein hitziges Wortgefecht.",
         {("DEUPTY", "DEUPTY", "111")}),
        ("Die Bundesregierung erhielt vom Bundestag mehrere Arbeitsaufträge.",
         {("DEUGOVLEG", "DEUGOV", "100")}),
        ("Die französische Polizei räumte am Montag das Flüchtlingslager.",
         {("FRACOP", "FRACVL", "174")}),
        ("Die griechische Regierung begann, das Lager in Idomeni zu räumen.",
         {("GRCGOV", "GRCCVL", "174")}),
        ("Macron wurde mit der höchsten Auszeichnung der Bundesregierung geehrt.",
         {("DEUGOV", "FRAGOV", "051")}),
        ("Steinmeier verlieh Macron das Bundesverdienstkreuz.", {("DEUGOV", "FRAGOV", "051")}),
        ("Steinmeier überreichte Macron den Orden.", {("DEUGOV", "FRAGOV", "051")}),
        ("Steinmeier zeichnete Macron mit dem Orden aus.", {("DEUGOV", "FRAGOV", "051")}),
        ("Die Bundesregierung legte Berufung gegen das Urteil des Verfassungsgerichts ein.",
         {("DEUGOV", "DEUJUD", "115")}),
        ("Die FPÖ berief gegen den Bescheid der Regierung.", {("AUTPTY", "AUTGOV", "115")}),
        ("Die Taliban bekannten sich zu dem Anschlag auf die Bundeswehr.",
         {("AFGGOV", "DEUMIL", "180")}),
        ("Die Taliban bekannten sich zu dem Selbstmordanschlag auf die Bundeswehr.",
         {("AFGGOV", "DEUMIL", "1831")}),
        ("Die deutsche Umweltministerin brachte eine Steuer ins Gespräch.",
         {("DEUGOV", None, "014")}),
        ("Die Grünen bezogen klar Position gegen die Bundesregierung.",
         {("DEUPTY", "DEUGOV", "111")}),
        ("Österreich hat die Entsendung von 100 Experten nach Griechenland zugesagt.",
         {("AUT", "GRC", "033")}),
        ("Die Opposition hält den Plan von Merkel für illusorisch.",
         {("DEUOPP", "DEUGOV", "111")}),
        ("Die SPD hält Merkel für glaubwürdig.", {("DEUPTY", "DEUGOV", "051")}),
        ("Die ungarische Polizei stoppte die Flüchtlinge an der Grenze.",
         {("HUNCOP", "HUNREF", "191")}),
        ("Die EU-Kommission verhängte eine Geldbuße gegen Polen.",
         {("IGOEUREEC", "POL", "172")}),
        ("Polen zog gegen die EU-Kommission vor den Europäischen Gerichtshof.",
         {("POL", "IGOEUREEC", "115")}),
        ("Die Grünen schrieben einen offenen Brief an Merkel.", {("DEUPTY", "DEUGOV", "010")}),
        ("Die Grünen schickten einen Brief an die Bundesregierung.",
         {("DEUPTY", "DEUGOV", "010")}),
        ("Die Türkei brachte ihre Bewunderung für Russland zum Ausdruck.",
         {("TUR", "RUS", "051")}),
        ("Die FPÖ brachte ihren Unmut über die Regierung zum Ausdruck.",
         {("AUTPTY", "AUTGOV", "110")}),
    ],
    ids=["exchange-both-ways", "exchange-with", "orders-received", "camp-cleared",
         "camp-cleared-infinitive", "honoured-by-award-owner", "award-conferred",
         "award-handed", "distinguished", "appeal-lodged", "appeal-austrian", "attack-claimed",
         "suicide-attack-claimed", "proposal-floated", "position-against", "dispatch-pledged",
         "judged-illusory", "judged-credible", "migrants-stopped", "fine-imposed", "went-to-court",
         "letter-written", "letter-sent", "admiration-expressed", "displeasure-expressed"],
)  # fmt: skip
def test_the_phrase_says_the_event(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


def test_a_place_taken_under_control_is_occupied(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Terrormiliz IS brachte die syrische Stadt Palmyra unter ihre Kontrolle."
    assert ("IMGMUSISI", "SYR", "192") in dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein zeichnet sich durch Transparenz aus.",
        "Die Feuerwehr brachte den Brand in Berlin unter Kontrolle.",
        "Die Bundesregierung erhielt vom Bundestag das Gesetz.",
        "Die Polizei räumte die Straße in Berlin.",
    ],
    ids=["distinguishes-itself", "fire-under-control", "receives-a-law", "street-cleared"],
)
def test_the_other_senses_code_nothing(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not dyads(pipeline, text)


def test_a_separable_verb_before_a_dash_keeps_its_particle(pipeline) -> None:  # type: ignore[no-untyped-def]
    # HanTa tags "–" as foreign material and "vor" before it as a preposition
    text = "Die SPD wirft der CDU Versagen vor – die Grünen sehen das anders."
    assert ("DEUPTY", "DEUPTY", "112") in dyads(pipeline, text)


def test_a_she_opening_a_verb_final_clause_is_the_woman_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the finite verb of "dass sie … treffen werde" stands at the clause's end, far from "sie"
    text = "Merkel kündigte an, dass sie Macron am Montag treffen werde."
    assert ("DEUGOV", "FRAGOV", "036") in dyads(pipeline, text)


# session 23: verbs whose subject held a missed event's source on the train sets
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland streitet die Vorwürfe der Ukraine ab.", {("RUS", "UKR", "016")}),
        (
            "Die Bundesregierung fleht die Bürger an, zu Hause zu bleiben.",
            {("DEUGOV", "DEUCVL", "020")},
        ),
        (
            "Die Grünen bestürmen die Bundesregierung, die Richtung zu wechseln.",
            {("DEUPTY", "DEUGOV", "020")},
        ),
        ("Die FDP mobbt den Gesundheitsminister.", {("DEUPTY", "DEUGOVHLH", "111")}),
        (
            "Die britische Regierung erntet dafür harsche Kritik von der Opposition.",
            {("GBROPP", "GBRGOV", "111")},
        ),
        ("Nordkorea kappte die Verbindungen zu Südkorea.", {("PRK", "KOR", "161")}),
        (
            "Die Bundesregierung streitet mit den Grünen über den Haushalt.",
            both_ways("DEUGOV", "DEUPTY", "110"),
        ),
        ("Die CDU und die SPD haben ihren Streit beigelegt.", {("DEUPTY", "DEUPTY", "037")}),
        (
            "Schäuble pochte darauf, dass Griechenland die Regeln einhält.",
            {("DEULEG", "GRC", "100")},
        ),
    ],
)
def test_news_verbs_without_a_row_before(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # patients taken in: humanitarian aid to their country
        ("Sachsen nahm französische Corona-Patienten auf.", ("DEUGOV", "FRA", "073")),
    ],
)
def test_patients_taken_in(pipeline, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing a party or a plan is an endorsement (051) ...
        ("Die CDU unterstützt den Vorschlag der SPD.", {("DEUPTY", "DEUPTY", "051")}),
        # ... backing with money or arms is material help (07), help in a task cooperation (06)
        (
            "Die US-Regierung unterstützte die Bürger in der Krise mit Fördergeldern.",
            {("USAGOV", "USACVL", "070")},
        ),
        (
            "Die Polizei unterstützt die Gesundheitsämter bei der Suche.",
            {("DEUCOP", "DEUGOVHLH", "060")},
        ),
        # the task names the act, the means only how it is done
        (
            "Die Polizei unterstützt die Gesundheitsämter bei der Suche mit Drohnen.",
            {("DEUCOP", "DEUGOVHLH", "060")},
        ),
        (
            "Die Polizei unterstützt die Gesundheitsämter dabei, die Ketten nachzuvollziehen.",
            {("DEUCOP", "DEUGOVHLH", "060")},
        ),
    ],
)
def test_support_with_means_or_in_a_task(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreeing on a named accord reaches an agreement (057), agreeing that something
        # be done is an intent to cooperate (03)
        (
            "Die EU und China haben sich auf ein Investitionsabkommen verständigt.",
            both_ways("IGOEUREEC", "CHN", "057"),
        ),
        (
            "Die Bundesregierung hat sich mit der SPD darauf verständigt, dass die Zölle fallen.",
            both_ways("DEUGOV", "DEUPTY", "030"),
        ),
    ],
)
def test_what_is_agreed_on(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


def test_what_is_agreed_to_is_still_to_be_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Bundesregierung hat sich mit der SPD darauf verständigt, die Regeln zu verschärfen."
    found = dyads(pipeline, text, fields=("source", "target", "cameo", "modality"))
    assert found == {("DEUGOV", "DEUCVL", "172", "intended")}

"""German predicates of the twelfth session: a measure named where a protest, demand,
criticism or rejection is aimed stands for the government of the source's country; courts
that strike down a measure; "in Erwägung ziehen" as "erwägen"; an event noun under "Verbot"
or "Absage" is denied. Sentences of our own."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from .coding import coded

# (source, target, code, modality) of the events of an undated German sentence
events = partial(coded, lang="de", on=None, fields=("source", "target", "cameo", "modality"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Tausende Impfgegner demonstrierten in Dresden gegen die Corona-Maßnahmen.",
            ("DEUCVL", "DEUGOV", "141", "asserted"),
        ),
        (
            "Die FDP kritisierte die nächtliche Ausgangssperre scharf.",
            ("DEUPTY", "DEUGOV", "111", "asserted"),
        ),
        (
            "Die Gewerkschaft Verdi forderte eine Lockerung der Kontaktbeschränkungen.",
            ("DEULAB", "DEUGOV", "100", "asserted"),
        ),
    ],
)
def test_a_measure_stands_for_the_government_of_the_source(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_a_governments_own_measure_and_a_penalty_on_others_name_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not events(pipeline, "Die Bundesregierung verteidigte die Maskenpflicht.")
    text = "Die Opposition kritisierte die neuen Strafmaßnahmen scharf."
    assert not any(e[1] == "DEUGOV" for e in events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Das Oberverwaltungsgericht Münster hob die Ausgangssperre auf.",
        "Das Verwaltungsgericht Berlin setzte die Sperrstunde außer Vollzug.",
        "Die Richter in Karlsruhe erklärten das Beherbergungsverbot für rechtswidrig.",
        "Die Verfassungsrichter im Saarland verwarfen die Ausgangssperre als unverhältnismäßig.",
    ],
)
def test_a_court_striking_down_a_measure_rules_against_the_government(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert ("DEUJUD", "DEUGOV", "116", "asserted") in events(pipeline, text)


def test_in_erwaegung_ziehen_is_considering(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Die EU zieht neue Sanktionen gegen Moskau in Erwägung.")
    assert ("IGOEUREEC", "RUSGOV", "163", "hypothetical") in found
    assert not any(e[2] == "014" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei sprach ein Verbot der Kundgebung der Opposition gegen Lukaschenko aus.",
        "Die Absage der Demonstration der Opposition gegen Präsident Lukaschenko kam überraschend.",
    ],
)
def test_a_banned_or_cancelled_rally_is_no_protest(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(e[2].startswith("14") for e in events(pipeline, text, negated=False))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Die Grünen fordern ein eigenes Forschungsprogramm.", ("DEUPTY", "DEUGOV", "100")),
        ("Der DGB forderte zusätzliche Investitionen.", ("DEULAB", "DEUGOV", "100")),
        ("In Bayern fordern Aktivisten mehr Radwege.", ("DEUCVL", "DEUGOV", "100")),
        ("In Wien forderten Unternehmer Lohnsubventionen.", ("AUTBUS", "AUTGOV", "100")),
        ("In Berlin fordern Ärzte mehr Personal.", ("DEUHLH", "DEUGOV", "100")),
        # a premier's or minister's demand too: a person named and the government
        ("Ministerpräsident Markus Söder fordert eine Testpflicht an den Grenzen.",
         ("DEUGOV", "DEUGOV", "100")),
    ],
)  # fmt: skip
def test_a_domestic_demand_without_addressee_goes_to_the_government(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert (*event, "asserted") in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die FPÖ fordert, dass Deutschland mehr Flüchtlinge aufnimmt.",
        "Die Bundesregierung fordert mehr Investitionen.",
        # a joint demand of several countries' leaders goes to someone else
        "Bundeskanzlerin Angela Merkel und Frankreichs Präsident Emmanuel Macron fordern eine "
        "Reform.",
        "Amnesty International forderte einen Freispruch.",
        "Die Gewerkschaft verlangte von der Flugschule, die Ausbildung selbst zu leisten.",
        "Die Staatskritiker von der FDP brauchen den Staat.",
    ],
)
def test_no_government_is_asked_where_another_is_or_it_asks(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(e[1] and e[1].endswith("GOV") for e in events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a protest a force breaks up or fires at stands for its people, the protesters
        ("In Minsk löste die Polizei eine Demonstration gewaltsam auf.",
         ("BLRCOP", "BLRCVL", "175", "asserted")),
        ("In Mexiko feuerten Soldaten auf eine friedliche Demonstration.",
         ("MEXMIL", "MEXCVL", "175", "asserted")),
        ("In Hongkong ging die Polizei mit Tränengas gegen die Proteste vor.",
         ("HKGCOP", "HKGCVL", "175", "asserted")),
    ],
    ids=["auflösen", "feuern", "vorgehen"],
)  # fmt: skip
def test_a_protest_a_force_represses_stands_for_the_protesters(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_a_dissolved_body_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not events(pipeline, "In Minsk löste die Regierung das Parlament auf.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # what an appeal asks for is a measure: the government that decides is addressed
        ("Die Linke setzt sich in Bayern für eine Lockerung der Ausgangsbeschränkungen ein.",
         ("DEUPTY", "DEUGOV", "0251", "asserted")),
        ("Die FDP plädierte in Berlin für eine Verlängerung des Lockdowns.",
         ("DEUPTY", "DEUGOV", "020", "asserted")),
    ],
    ids=["easing", "extension"],
)  # fmt: skip
def test_an_appeal_for_a_measure_is_addressed_to_the_government(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an appeal or proposal that names no addressee goes to the government too ...
        ("Die Grünen plädierten für eine Lockerung der Ausgangsbeschränkungen.",
         ("DEUPTY", "DEUGOV", "0251", "asserted")),
        ("Die SPD schlug eine Verschiebung der Sitzung vor.",
         ("DEUPTY", "DEUGOV", "020", "asserted")),
        # ... but a government's goes to its people
        ("Die Bundesregierung empfahl, Großveranstaltungen abzusagen.",
         ("DEUGOV", "DEUCVL", "020", "asserted")),
        ("Die Bundesregierung mahnte, den Urlaub nicht im Ausland zu verbringen.",
         ("DEUGOV", "DEUCVL", "020", "asserted")),
    ],
)  # fmt: skip
def test_an_appeal_without_addressee_goes_to_the_government(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # whom they appeal to is named, if not coded
        "Die Grünen riefen ihre Mitglieder zur Mäßigung auf.",
        "Die Linke appellierte an ihre Anhänger, friedlich zu bleiben.",
    ],
)
def test_an_appeal_to_someone_named_goes_to_no_government(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(e[1] and e[1].endswith("GOV") for e in events(pipeline, text))


def test_a_health_bodys_advice_is_no_appeal_to_anyone(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The RKI's recommendations are expert advice to the public, not a demand of the
    government; a minister's recommendation still goes to the people."""
    text = "Das Robert Koch-Institut empfiehlt das Tragen einer Maske."
    assert not [e for e in events(pipeline, text) if e[1]]
    text = "Gesundheitsminister Jens Spahn empfahl, Großveranstaltungen abzusagen."
    assert ("DEUGOV", "DEUCVL", "020", "asserted") in events(pipeline, text)


def test_what_sanctions_hit_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "US-amerikanische Sanktionen hatten die venezolanische Ölindustrie getroffen."
    assert not [e for e in events(pipeline, text) if e[2].startswith("04")]


def test_a_governments_advocacy_is_no_appeal_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # campaigning for the union is aimed at the Scots, not at the own government or people
    found = coded(pipeline, "Boris Johnson wirbt für das Vereinigte Königreich.", "de",
                  on=date(2020, 3, 1))  # fmt: skip
    assert not any(cameo.startswith("02") for _, _, cameo in found)
    # nor does a governing coalition's advocacy beside its members of parliament
    text = "Bundestagsabgeordnete der großen Koalition hatten für eine Fortsetzung geworben."
    found = coded(pipeline, text, "de", on=date(2020, 3, 1))
    assert not any(target == "DEUCVL" for _, target, _ in found)


def test_an_elites_proposal_goes_to_the_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Merz out of office in 2020: one of the country's elites, who asks its government
    found = coded(
        pipeline, "Friedrich Merz schlug die Nutzung leerer Hotels vor.", "de", on=date(2020, 11, 1)
    )
    assert ("DEUELI", "DEUGOV", "020") in found


def test_a_rejection_without_target_is_of_what_the_government_would_do(pipeline) -> None:  # type: ignore[no-untyped-def]
    # what a party rejects, unowned, the government would do; the government rejects
    # nobody's by rejecting it itself
    text = "Die Grünen lehnen eine Priorisierung der Athleten ab."
    assert ("DEUPTY", "DEUGOV", "120", "asserted") in events(pipeline, text)
    text = "Die Bundesregierung lehnt eine Priorisierung der Athleten ab."
    assert not events(pipeline, text)


@pytest.mark.parametrize(
    "text", ["CDU und FDP waren dagegen.", "Die Grünen sind allerdings dagegen."]
)
def test_a_party_against_it_rejects_what_the_government_would_do(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert ("DEUPTY", "DEUGOV", "120", "asserted") in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Grünen sind dagegen skeptisch.",  # "in contrast": the clause goes on
        "Die Grünen sind dagegen, weil der Plan zu teuer ist.",  # it ends its clause
    ],
)
def test_dagegen_rejects_only_at_the_end_of_its_clause(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, text)
    assert (("DEUPTY", "DEUGOV", "120", "asserted") in found) == text.endswith("teuer ist.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Die bayerischen Gesundheitsämter haben 20 Asylunterkünfte unter Quarantäne gestellt.",
            ("DEUGOVHLH", "DEUCVL", "172", "asserted"),
        ),
        # a passive without agent: the government where it happened
        (
            "Das Kreuzfahrtschiff wurde in Japan unter Quarantäne gestellt.",
            ("JPNGOV", "JPNCVL", "172", "asserted"),
        ),
    ],
)
def test_putting_under_quarantine_restricts_the_own_people(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_quarantine_of_no_one_named_nowhere_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not events(pipeline, "Die Rückkehrer wurden unter Quarantäne gestellt.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # what one expects of someone is a demand of them; "ermahnen" an appeal, as mahnen
        ("Die Grünen erwarten von der Bundesregierung mehr Hilfe.",
         ("DEUPTY", "DEUGOV", "100", "asserted")),
        ("Die EU erwartet von China, dass es die Sanktionen aufhebt.",
         ("IGOEUREEC", "CHN", "100", "asserted")),
        ("Die Kanzlerin ermahnte die Türkei.", ("DEUGOV", "TUR", "020", "asserted")),
    ],
)  # fmt: skip
def test_expecting_of_someone_and_admonishing(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_expecting_of_no_one_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Wir erwarten von dem Treffen keine Ergebnisse, sagte Merkel.")
    assert not any(cameo.startswith("10") for _, _, cameo, _ in found)

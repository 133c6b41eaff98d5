"""German actor classes unseen news names without a country (fourteenth session, issue 12):
scholars and experts, judges' associations, daycare, welfare and church bodies, the city
states' senates, an institution with its seat's name, a title seat in an undated article.
Our own sentences."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    "text",
    [
        "Verfassungsrechtler Karl Weber kritisierte die Regierung in Wien.",
        "Der Ökonom Karl Weber kritisierte die Regierung in Wien.",
        "Karl Weber, Experte für Verkehrspolitik, kritisierte die Regierung in Wien.",
    ],
)
def test_scholars_and_experts_are_education(pipeline, text) -> None:
    assert ("AUTEDU", "AUTGOV", "111") in coded(pipeline, text, "de")


def test_judges_association_is_the_judiciary(pipeline) -> None:
    text = "Die Richtervereinigung kritisierte die Regierung in Wien."
    assert coded(pipeline, text, "de") == {("AUTJUD", "AUTGOV", "111")}


def test_the_medical_profession_is_health(pipeline) -> None:
    text = "In Hamburg kritisierte die Ärzteschaft die Landesregierung."
    assert coded(pipeline, text, "de") == {("DEUHLH", "DEUGOV", "111")}


def test_the_public_prosecutors_office_for_minor_offences_is_the_judiciary(pipeline) -> None:
    text = "In Berlin ermittelte die Amtsanwaltschaft gegen den Senator."
    assert ("DEUJUD", "DEUGOV", "090") in coded(pipeline, text, "de")


def test_daycare_providers_are_education(pipeline) -> None:
    text = "In Hamburg kritisierten viele Kitaträger die Landesregierung."
    assert coded(pipeline, text, "de") == {("DEUEDU", "DEUGOV", "111")}


def test_welfare_association_is_an_ngo_of_its_country(pipeline) -> None:
    text = "Der Wohlfahrtsverband in Berlin kritisierte die Stadtverwaltung."
    assert coded(pipeline, text, "de") == {("DEUNGO", "DEUGOV", "111")}


def test_caritas_by_its_german_name(pipeline) -> None:
    text = "Der Caritas-Direktor kritisierte die Regierung in Wien."
    assert coded(pipeline, text, "de") == {("NGOCHRCTH", "AUTGOV", "111")}


def test_city_state_senate_is_its_government(pipeline) -> None:
    text = "Die Gastwirte in Hamburg forderten vom Hamburger Senat mehr Hilfe."
    assert coded(pipeline, text, "de") == {("DEUBUS", "DEUGOV", "103")}


def test_public_health_service_is_shared_by_the_home_countries(pipeline) -> None:
    text = "Der Öffentliche Gesundheitsdienst in Graz kritisierte die Landesregierung."
    assert coded(pipeline, text, "de") == {("AUTHLH", "AUTGOV", "111")}


def test_institution_takes_the_country_of_its_seat(pipeline) -> None:
    text = "Die Staatsanwaltschaft Osnabrück kritisierte die Firma."
    assert coded(pipeline, text, "de") == {("DEUJUD", "DEUBUS", "111")}


def test_title_seat_states_the_office_in_an_undated_article(pipeline) -> None:
    text = "Landespolizeidirektor Hans Peter Doskozil kritisierte die Regierung in Wien."
    assert coded(pipeline, text, "de", on=None) == {("AUTCOP", "AUTGOV", "111")}


def test_senate_of_german_news_is_a_city_state_government(pipeline) -> None:
    text = "In Bremen kritisierte die Gewerkschaft den Senat. Senatorin Eva Kunz widersprach."
    assert coded(pipeline, text, "de") == {("DEULAB", "DEUGOV", "111")}


def test_american_senate_stays_a_legislature(pipeline) -> None:
    text = "In Washington stimmte der Senat gegen die Regierung."
    assert coded(pipeline, text, "de") == {("USALEG", "USAGOV", "120")}


def test_eurogroup_compound_title(pipeline) -> None:
    text = "Eurogruppen-Chef Pieter Jansen kritisierte Griechenland."
    assert coded(pipeline, text, "de") == {("IGOEUREEC", "GRC", "111")}


def test_group_takes_the_other_home_country_its_sentence_names(pipeline) -> None:
    text = (
        "Deutschland hat strengere Regeln. In Deutschland klagen die Firmen. "
        "Wirtschaftskammer und ÖVP stoßen bei Gewerkschaften auf Widerstand."
    )
    assert coded(pipeline, text, "de") == {
        ("AUTLAB", "AUTBUS", "120"),
        ("AUTLAB", "AUTPTY", "120"),
    }


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("In Berlin kritisierte der Verfassungsgerichtshof die Stadtverwaltung.", "DEUJUD"),
        ("In Graz kritisierte der Verfassungsgerichtshof die Stadtverwaltung.", "AUTJUD"),
    ],
)
def test_constitutional_court_is_the_home_countrys(pipeline, text, court) -> None:
    assert coded(pipeline, text, "de") == {(court, court[:3] + "GOV", "111")}

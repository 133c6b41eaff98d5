"""A government's measures against its own people (docs/annotation.md, *Restrictions on a
country's own population*): imposing, tightening or extending a lockdown, a mask mandate or
a ban on gatherings is 172 towards the people (``CVL``), a banned rally restricts their
political freedom (1721), easing or lifting the measures is 081; the English rows do the
same. The heads of the German states are the home country's government. Sentences of our
own."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from .coding import both_ways, coded

events = partial(coded, lang="de")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Der Berliner Senat verschärfte die Corona-Regeln.", ("DEUGOV", "DEUCVL", "172")),
        ("Die bayerische Landesregierung beschloss eine Maskenpflicht.",
         ("DEUGOV", "DEUCVL", "172")),
        ("Die Bundesregierung verlängerte den Lockdown bis Ende März.",
         ("DEUGOV", "DEUCVL", "172")),
        ("Die Bundesregierung erließ eine neue Allgemeinverfügung.", ("DEUGOV", "DEUCVL", "172")),
        ("Die bayerische Landesregierung schränkte das öffentliche Leben ein.",
         ("DEUGOV", "DEUCVL", "172")),
        ("Die Bundesregierung fuhr das öffentliche Leben herunter.", ("DEUGOV", "DEUCVL", "172")),
        ("Die französische Regierung untersagte alle Großveranstaltungen.",
         ("FRAGOV", "FRACVL", "172")),
        ("Berlin verbot die Kundgebung der Impfgegner.", ("DEUGOV", "DEUCVL", "1721")),
        ("Die Bundesregierung lockerte die Kontaktbeschränkungen.", ("DEUGOV", "DEUCVL", "081")),
        ("Die Bundesregierung hob die Maskenpflicht auf.", ("DEUGOV", "DEUCVL", "081")),
        ("Die bayerische Landesregierung sperrte die Spielplätze.", ("DEUGOV", "DEUCVL", "172")),
        # easing decided, announced or planned; a duty introduced
        ("Die Bundesregierung beschloss Lockerungen der Corona-Maßnahmen.",
         ("DEUGOV", "DEUCVL", "081")),
        ("Dänemark kündigte eine erste Lockerung der Maßnahmen an.", ("DNK", "DNKCVL", "081")),
        ("Die Landesregierung in Wien plant weitere Öffnungsschritte.",
         ("AUTGOV", "AUTCVL", "081")),
        ("Die sächsische Staatsregierung führte eine Testpflicht ein.",
         ("DEUGOV", "DEUCVL", "172")),
        # a risk area: travel to and from it restricted
        ("Die Bundesregierung hat Spanien zum Risikogebiet erklärt.", ("DEUGOV", "ESP", "172")),
        ("Die Bundesregierung weist Spanien als Risikogebiet aus.", ("DEUGOV", "ESP", "172")),
        # the place names the government; a conjunct of a verb-final clause is verb-final
        ("Während in Paris oder in Wien die Parks gesperrt werden, bleibt Drosten daheim.",
         ("FRAGOV", "FRACVL", "172")),
    ],
)  # fmt: skip
def test_a_measure_on_the_own_people_is_coded_towards_them(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung verlängerte die Frist bis Ende März.",  # no measure
        "Die Bundesregierung verschärfte ihren Ton.",
        "Der Konzern verbot seinen Mitarbeitern das Rauchen.",  # no state
        # a player suspended, not a club closed
        "Der Stürmer vom Erste-Liga-Club Kapfenberg wurde in Österreich für drei Spiele gesperrt.",
    ],
)
def test_other_extensions_and_bans_are_no_measures(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(e[1] and e[1].endswith("CVL") for e in events(pipeline, text))


def test_a_named_addressee_of_a_ban_is_its_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Ankara untersagte der Opposition die Kundgebung.")
    assert found == {("TURGOV", "TUROPP", "1721")}


@pytest.mark.parametrize(
    "heads", ["den Ministerpräsidenten der Länder", "den Regierungschefs der Länder"]
)
def test_the_heads_of_the_states_are_the_home_government(pipeline, heads) -> None:  # type: ignore[no-untyped-def]
    """Plural heads, and not Merkel again: a meeting of two actors of one code."""
    found = events(pipeline, f"Kanzlerin Angela Merkel beriet am Mittwoch mit {heads}.")
    assert both_ways("DEUGOV", "DEUGOV", "040") <= found


def test_a_planned_measure_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Intended, a measure on the own people keeps its code: no threat (13x) to them."""
    text = "Die Bundesregierung will die Corona-Maßnahmen verschärfen."
    found = events(pipeline, text, fields=("source", "target", "cameo", "modality"))
    assert found == {("DEUGOV", "DEUCVL", "172", "intended")}


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The French government tightened the coronavirus restrictions.",
         ("FRAGOV", "FRACVL", "172")),
        ("en", "Israel reimposed the lockdown.", ("ISR", "ISRCVL", "172")),
        ("en", "Italy lifted the lockdown on Monday.", ("ITA", "ITACVL", "081")),
        # a named target stays the target
        ("en", "Trump reimposed sanctions on Iran.", ("USAGOV", "IRN", "163")),
        ("de", "Die EU belegte Polen mit strengen Auflagen.", ("IGOEUREEC", "POL", "172")),
        # tear gas, water cannon: repression of the force's own people
        ("en", "Police deployed tear gas in Minsk.", ("BLRCOP", "BLRCVL", "175")),
        ("en", "Hong Kong police fired tear gas at protesters.", ("HKGCOP", "HKGCVL", "175")),
        # a time the parser hung on "at" names no target
        ("en", "Police fired tear gas late at night in Minsk.", ("BLRCOP", "BLRCVL", "175")),
        ("de", "Die Polizei in Minsk setzte Wasserwerfer ein.", ("BLRCOP", "BLRCVL", "175")),
        ("de", "Die belarussische Polizei setzte Tränengas gegen die Demonstranten ein.",
         ("BLRCOP", "BLRCVL", "175")),
    ],
)  # fmt: skip
def test_more_measures_and_force_on_the_own_people(pipeline, lang, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in coded(pipeline, text, lang, on=date(2020, 6, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Ministerpräsident Markus Söder verkündete die Schließung aller Schulen.",
        "Die Landesregierung von Sachsen beschloss die Schließung aller Kitas.",
        "Die Bundesregierung kündigte die Schließung der Restaurants an.",
    ],
)
def test_a_closure_decided_or_announced_restricts_the_own_people(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert ("DEUGOV", "DEUCVL", "172") in events(pipeline, text)


def test_a_company_closing_its_plant_is_no_measure(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert (
        events(pipeline, "Der Autokonzern kündigte die Schließung des Werks in Bochum an.") == set()
    )


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "France declared a state of emergency.", ("FRA", "FRACVL", "1724")),
        ("en", "Japan lifted the state of emergency.", ("JPN", "JPNCVL", "0814")),
        ("de", "Italien verhängte den Ausnahmezustand.", ("ITA", "ITACVL", "1724")),
        ("de", "Japan hob den Notstand auf.", ("JPN", "JPNCVL", "0814")),
        ("de", "Frankreich hob die Ausgangssperre auf.", ("FRA", "FRACVL", "0813")),
        ("de", "Spanien verlängerte den Alarmzustand bis Ende Mai.", ("ESP", "ESPCVL", "172")),
        ("de", "Der Berliner Senat verlängerte die Allgemeinverfügung.",
         ("DEUGOV", "DEUCVL", "172")),
    ],
)  # fmt: skip
def test_a_state_of_emergency_binds_the_own_people(pipeline, lang, text, event) -> None:  # type: ignore[no-untyped-def]
    # declared, lifted or extended without a named target: the country's own people
    assert coded(pipeline, text, lang, on=date(2020, 6, 1)) == {event}

"""German and Austrian actors as their news writes them (issue 13): parties, the federal
government and the country an article is from. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, "de", date(2021, 3, 4)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die SPD und die CSU stritten über das Gesetz.",
         [("SPD", "DEUPTY"), ("CSU", "DEUPTY")]),
        ("Die FPÖ verlangte Neuwahlen, die Neos lehnten ab.",
         [("FPÖ", "AUTPTY"), ("Neos", "AUTPTY")]),
        # a party heads an agent noun like a country does
        ("Ein AfD-Abgeordneter verließ den Saal.", [("AfD-Abgeordneter", "DEULEG")]),
        ("Die Linkspartei fordert einen Untersuchungsausschuss.",
         [("Linkspartei", "DEUPTY")]),
        # the adjective is no party: only the capitalised noun is
        ("Auf der linken Seite standen die grünen Container.", []),
        # other countries' parties as German news names them
        ("Demirtas warf der AKP Wahlbetrug vor, die HDP protestierte.",
         [("AKP", "TURPTY"), ("HDP", "TURPTY")]),
        ("Ein Lega-Politiker griff die PiS und die Fidesz an.",
         [("Lega-Politiker", "ITAPTY"), ("PiS", "POLPTY"), ("Fidesz", "HUNPTY")]),
        # the American parties; "die Freien Demokraten" are the FDP
        ("Die Republikaner und die Demokraten stritten über den Plan von Präsident Biden.",
         [("Republikaner", "USAPTY"), ("Demokraten", "USAPTY"), ("Präsident Biden", "USAGOV")]),
        ("Die Freien Demokraten stimmten dagegen.", [("Freien Demokraten", "DEUPTY")]),
    ],
)  # fmt: skip
def test_parties_are_coded_with_their_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a country nearby the German federal government is Germany's ...
        ("Der polnische Premier reiste ab. Danach verschärfte die Bundesregierung die Regeln.",
         [("polnische Premier", "POLGOV"), ("Bundesregierung", "DEUGOV")]),
        # ... in an article about Austria it is Austria's, as are the Greens
        ("Die ÖVP und die SPÖ verhandelten in Wien. Die Bundesregierung und die Grünen "
         "einigten sich.",
         [("ÖVP", "AUTPTY"), ("SPÖ", "AUTPTY"), ("Bundesregierung", "AUTGOV"),
          ("Grünen", "AUTPTY")]),
        ("Die CDU und die Grünen einigten sich.", [("CDU", "DEUPTY"), ("Grünen", "DEUPTY")]),
        # "im Grünen" is the countryside
        ("Die CDU feierte im Grünen.", [("CDU", "DEUPTY")]),
        # "Bund und Länder": the federal and state governments together, also Austria's
        ("Der Einzelhandel kritisierte Bund und Länder. Bund und Ländern fehlt ein Plan.",
         [("Einzelhandel", "DEUBUS"), ("Bund und Länder", "DEUGOV"),
          ("Bund und Ländern", "DEUGOV")]),
        ("Die FPÖ tagte in Wien. Bund und Länder beschlossen einen Lockdown.",
         [("FPÖ", "AUTPTY"), ("Bund und Länder", "AUTGOV")]),
        # "Tirol" is one Austrian word, though both a mention and a place: against the
        # German institute it does not make the article Austrian
        ("Das Robert-Koch-Institut meldete neue Zahlen. Die Bundesregierung hat Tirol zum "
         "Risikogebiet erklärt.",
         [("Robert-Koch-Institut", "DEUHLH"), ("Bundesregierung", "DEUGOV")]),
    ],
)  # fmt: skip
def test_federal_government_and_greens_take_the_home_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party in brackets after a politician's name gives the country and is no actor
        # of its own; the family name alone later is the same person
        ("Petra Klaußner (SPD) widersprach. Später lenkte Klaußner ein.",
         [("Petra Klaußner", "DEUPTY"), ("Klaußner", "DEUPTY")]),
        ("Gestern widersprach Herbert Moosbrugger (FPÖ) dem Minister.",
         [("Herbert Moosbrugger", "AUTPTY")]),
        # with a title, the party gives the country and the title the role
        ("Danach warnte Innenminister Gernot Kranzlbauer (ÖVP) die Länder.",
         [("Innenminister Gernot Kranzlbauer", "AUTGOV")]),
        ("Die Kanzlerin Angela Merkel (CDU) lobte die FDP.",
         [("Kanzlerin Angela Merkel", "DEUGOV"), ("FDP", "DEUPTY")]),
        # brackets that hold no party give nothing
        ("Gestern widersprach Herbert Moosbrugger (58) dem Plan.", []),
    ],
)  # fmt: skip
def test_party_in_brackets_gives_a_politician_the_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound title is one German token; its first part gives the country ...
        ("Die Grünen-Politikerin Jana Wendtland kritisierte die Polizei. "
         "„Das ist absurd“, sagte Wendtland.",
         [("Grünen-Politikerin Jana Wendtland", "DEUPTY"), ("Polizei", "DEUCOP"),
          ("Wendtland", "DEUPTY")]),
        # ... also with a head that is no title alone
        # a compound title whose first part the dictionary does not know names no one
        ("Der Xentra-Chef Lothar Wieler lobte Österreich.", [("Österreich", "AUT")]),
        ("Wien – FPÖ-Chef Gernot Kranzlbauer griff die ÖVP an. Kranzlbauers Rede war kurz.",
         [("Wien", "AUTGOV"), ("FPÖ-Chef Gernot Kranzlbauer", "AUTPTY"), ("ÖVP", "AUTPTY"),
          ("Kranzlbauers", "AUTPTY")]),
    ],
)  # fmt: skip
def test_family_name_alone_in_a_later_sentence_is_the_titled_person(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place the gazetteer knows gives a group its country ...
        ("In Miskolc protestierten die Lehrer gegen die Reform.", [("Lehrer", "HUNEDU")]),
        # ... and so does the adjective German makes of a city's name
        ("Die Bautzener Richter wiesen die Klage ab.", [("Richter", "DEUJUD")]),
        ("Die Münchner Polizei nahm zwei Männer fest.", [("Polizei", "DEUCOP")]),
        ("Die Grazer Polizei sperrte den Platz.", [("Polizei", "AUTCOP")]),
        # an adjective that names no city gives nothing
        ("Die Neuer Polizei sperrte den Platz.", []),
    ],
)  # fmt: skip
def test_groups_take_the_country_of_a_place_or_city_adjective(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # federal institutions of Germany and Austria
        ("Das Bundesverfassungsgericht kippte das Gesetz.",
         [("Bundesverfassungsgericht", "DEUJUD")]),
        ("Der Verfassungsschutz beobachtet die Gruppe.", [("Verfassungsschutz", "DEUSPY")]),
        ("Das Bundesheer übte am Montag.", [("Bundesheer", "AUTMIL")]),
        # group nouns German news uses, with the country of their sentence
        ("In Ungarn warnten die Pädagogen vor der Reform.",
         [("Ungarn", "HUN"), ("Pädagogen", "HUNEDU")]),
        ("Die Seeleute in Griechenland streikten.", [("Seeleute in Griechenland", "GRCLAB")]),
        ("Der Parteivorstand der SPD tagte am Montag.", [("Parteivorstand der SPD", "DEUPTY")]),
        ("Die Sozialdemokraten in Schweden gewannen.",
         [("Sozialdemokraten in Schweden", "SWEPTY")]),
        # road users, travellers and consumers are civilians; retail is business
        ("In Dresden warnte die Polizei die Autofahrer vor Glätte.",
         [("Polizei", "DEUCOP"), ("Autofahrer", "DEUCVL")]),
        ("In Österreich kritisierten Urlauber und Verbraucher den Einzelhandel.",
         [("Österreich", "AUT"), ("Urlauber", "AUTCVL"), ("Verbraucher", "AUTCVL"),
          ("Einzelhandel", "AUTBUS")]),
        # the Corona protest movement, also in a compound
        ("Querdenker demonstrierten gegen die Bundesregierung.",
         [("Querdenker", "DEUCVL"), ("Bundesregierung", "DEUGOV")]),
        ("Die Querdenken-Demo war verboten.", [("Querdenken", "DEUCVL")]),
        # "der Demokrat" in an article about the United States is an American party's man
        ("Biden sprach in Washington. Der Demokrat warb um Stimmen.",
         [("Biden", "USAGOV"), ("Demokrat", "USAPTY")]),
        # the governing coalition is the story's government; an international one is not
        ("In Berlin kritisierten die Grünen die große Koalition.",
         [("Grünen", "DEUPTY"), ("Koalition", "DEUGOV")]),
        ("In Berlin kritisierten die Grünen die internationale Koalition.",
         [("Grünen", "DEUPTY")]),
        # the heads of the states, as a group
        ("In Berlin berieten die Länderchefs.", [("Länderchefs", "DEUGOV")]),
        # the federal states act through their governments ("Länder" alone: countries too)
        ("In Berlin berieten die Bundesländer.", [("Bundesländer", "DEUGOV")]),
        ("In Wien stritten viele Länder.", []),
        # the CDU/CSU group in parliament, written as one word (not "Union" + "Fraktion")
        ("Die Unionsfraktion kritisierte die Grünen.",
         [("Unionsfraktion", "DEULEG"), ("Grünen", "DEUPTY")]),
        # the European courts are no court of the story's country
        ("In Ankara empörte sich die Regierung über den Europäischen Gerichtshof für "
         "Menschenrechte und den EuGH.",
         [("Regierung", "TURGOV"), ("Europäischen Gerichtshof für Menschenrechte", "IGOEURCOE"),
          ("EuGH", "IGOEUREEC")]),
    ],
)  # fmt: skip
def test_german_institutions_and_group_nouns(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # country names in the plural take the dative -n: "mit den Niederlanden"
        ("Belgien verhandelt mit den Niederlanden.", [("Belgien", "BEL"), ("Niederlanden", "NLD")]),
        (
            "Die Vereinigten Arabischen Emirate verhandeln mit den Emiraten.",
            [("Vereinigten Arabischen Emirate", "ARE"), ("Emiraten", "ARE")],
        ),
        (
            "Katar verhandelt mit den Vereinigten Arabischen Emiraten.",
            [("Katar", "QAT"), ("Vereinigten Arabischen Emiraten", "ARE")],
        ),
    ],
)
def test_plural_country_names_in_every_case(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _actors(pipeline, text) == expected


def test_a_group_title_with_a_name_is_the_person_a_pronoun_refers_to(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Abgeordnete" alone may be many; with a name it is one person, whom "Sie" can mean
    text = (
        "In Deutschland wächst der Streit. Die Abgeordnete Sabine Berger kritisierte die "
        "Regierung. Sie forderte einen Mindestlohn."
    )
    assert _actors(pipeline, text) == [
        ("Deutschland", "DEU"),
        ("Abgeordnete Sabine Berger", "DEULEG"),
        ("Regierung", "DEUGOV"),
        ("Sie", "DEULEG"),
    ]

"""Actors as real news writes them (issue 13): historical states, group actors with their
country, words inside words, references across sentences. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.actors import ActorDictionary
from chronik.records import Article

from .coding import mention_codes


@pytest.mark.parametrize(
    ("text", "on", "lang", "expected"),
    [
        ("Die Sowjetunion marschierte 1968 in die Tschechoslowakei ein.", date(1968, 8, 21),
         "de", [("Sowjetunion", "SUN"), ("Tschechoslowakei", "CSK")]),
        ("The USSR and Yugoslavia signed a treaty.", date(1955, 6, 2), "en",
         [("USSR", "SUN"), ("Yugoslavia", "YUG")]),
        ("Die DDR öffnete die Grenze.", date(1989, 11, 9), "de", [("DDR", "DDR")]),
        ("East Germany opened its border.", date(1989, 11, 9), "en",
         [("East Germany", "DDR")]),
        ("Die sowjetische Regierung protestierte.", date(1970, 1, 1), "de",
         [("sowjetische Regierung", "SUNGOV")]),
        ("The European Community imposed sanctions.", date(1991, 11, 8), "en",
         [("European Community", "IGOEUREEC")]),
        ("Die EWG verhandelte.", date(1970, 1, 1), "de", [("EWG", "IGOEUREEC")]),
        ("The EC imposed duties on chips.", date(1987, 4, 1), "en", [("EC", "IGOEUREEC")]),
        # a historical state named in later news is still that state
        ("The collapse of the Soviet Union changed Europe.", date(2019, 1, 1), "en",
         [("Soviet Union", "SUN")]),
    ],
)  # fmt: skip
def test_historical_states(
    actors: ActorDictionary, text: str, on: date, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, lang, on=on) == expected


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Bonn protestierte gegen die Entscheidung.", date(1985, 3, 1), [("Bonn", "DEUGOV")]),
        ("Bonn protestierte gegen die Entscheidung.", date(2019, 3, 1), []),
        ("Bonn protestierte gegen die Entscheidung.", None, []),
        ("Moskau protestierte.", date(1980, 1, 1), [("Moskau", "SUNGOV")]),
        ("Moskau protestierte.", date(2019, 1, 1), [("Moskau", "RUSGOV")]),
    ],
)
def test_former_seats_by_date(
    actors: ActorDictionary, text: str, on: date | None, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, "de", on=on) == expected


def _actors(pipeline, text: str, lang: str) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, lang, date(2019, 1, 23)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Tens of thousands of protesters marched in Caracas on Sunday.", "en",
         [("protesters", "VENCVL")]),
        ("Zehntausende Demonstranten zogen am Sonntag durch Caracas.", "de",
         [("Zehntausende Demonstranten", "VENCVL")]),
        ("In Syrien griffen Rebellen einen Stützpunkt an.", "de",
         [("Syrien", "SYR"), ("Rebellen", "SYRREB")]),
        # no place in the sentence: the article's main location
        ("Venezuela's crisis deepened. Police arrested dozens.",
         "en", [("Venezuela", "VEN"), ("Police", "VENCOP")]),
        ("Venezuela steckt in der Krise. Die Opposition rief zu Protesten auf.", "de",
         [("Venezuela", "VEN"), ("Opposition", "VENOPP")]),
        ("Sicherheitskräfte nahmen Dutzende Menschen fest.", "de", []),  # no country at all
        ("The pro-settler party rejected it; a police source told Reuters.", "en", []),
        # a think tank is a policy institute (elites), not the weapon its last word names
        ("The think tank in Beijing praised the European Union.", "en",
         [("think tank in Beijing", "CHNELI"), ("European Union", "IGOEUREEC")]),
        ("A tank fired on protesters in Damascus.", "en",
         [("tank", "SYRMIL"), ("protesters in Damascus", "SYRCVL")]),
        # counted people are a crowd of the story's country; people alone are nobody
        ("In Venezuela, about 1,100 people marched on Sunday.", "en",
         [("Venezuela", "VEN"), ("people", "VENPPL")]),
        ("In Venezuela, hundreds of people marched on Sunday.", "en",
         [("Venezuela", "VEN"), ("people", "VENPPL")]),
        ("In Venezuela, people are tired.", "en", [("Venezuela", "VEN")]),
        ("In Venezuela zogen rund 1100 Menschen durch die Hauptstadt.", "de",
         [("Venezuela", "VEN"), ("Menschen", "VENPPL")]),
        ("In Venezuela sind die Menschen müde.", "de", [("Venezuela", "VEN")]),
    ],
)  # fmt: skip
def test_group_actors_take_their_country(
    pipeline, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text, lang) == expected


def test_group_words_alone_are_no_dictionary_mention(actors: ActorDictionary) -> None:
    assert mention_codes(actors, "Protesters marched.", on=None) == []
    assert mention_codes(actors, "Protesters in Caracas marched.", on=None) == [
        ("Protesters in Caracas", "VENCVL")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Lawrow traf seinen US-Amtskollegen in Genf.", "de",
         [("Lawrow", "RUSGOV"), ("US-Amtskollegen", "USAGOV")]),
        ("Sein US-Amtskollege Pompeo widersprach.", "de", [("US-Amtskollege Pompeo", "USAGOV")]),
        ("The Democratic People's Republic of Korea rejected the offer.", "en",
         [("Democratic People's Republic of Korea", "PRK")]),
        ("The Republic of Korea protested.", "en", [("Republic of Korea", "KOR")]),
        ("Die EU-Kommission lobte den Nordkorea-Gipfel.", "de", [("EU-Kommission", "IGOEUREEC")]),
        ("Ein Iran-Experte warnte vor der Krise.", "de", []),
    ],
)  # fmt: skip
def test_words_inside_words_name_one_actor(
    actors: ActorDictionary, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, lang, on=date(2019, 2, 6)) == expected


def _references(pipeline, text: str, lang: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline(Article("t", text, lang, date(2019, 1, 23)))
    return [(a.span.text, a.code, a.antecedent and a.antecedent.text) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nordkorea hat erneut Raketen getestet. Das abgeschottete Land drohte Südkorea.", "de",
         ("Das abgeschottete Land", "PRK", "Nordkorea")),
        ("North Korea fired a missile. The isolated state has threatened Japan.", "en",
         ("The isolated state", "PRK", "North Korea")),
        ("Kim Jong-un empfing den Gast. Der Machthaber lobte China.", "de",
         ("Der Machthaber", "PRKGOV", "Kim Jong-un")),
        ('Kim Jong Un spoke on Friday. "We will not give up," he added.', "en",
         ("he", "PRKGOV", "Kim Jong Un")),
    ],
)  # fmt: skip
def test_definite_descriptions_refer_back(
    pipeline, text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _references(pipeline, text, lang)


def test_description_without_recent_antecedent_stays_uncoded(pipeline) -> None:
    text = "Das Wetter war schlecht. Der Machthaber schwieg."
    assert _references(pipeline, text, "de") == []


def test_the_two_leaders_are_both_sides(pipeline) -> None:
    text = (
        "Trump met Mexican President Andres Manuel Lopez Obrador. "
        "The two leaders agreed to cooperate."
    )
    found = _references(pipeline, text, "en")
    assert ("two leaders", "USAGOV", "Trump") in found
    assert ("two leaders", "MEXGOV", "Mexican President Andres Manuel Lopez Obrador") in found


@pytest.mark.parametrize(
    ("text", "on", "lang", "expected"),
    [
        ("Ms. Haley criticised Russia.", date(2018, 4, 15), "en",
         [("Haley", "USAGOV"), ("Russia", "RUS")]),
        ("Frau Merkel reiste nach Paris.", date(2015, 1, 1), "de", [("Merkel", "DEUGOV")]),
        ("Mr Smith said so.", date(2015, 1, 1), "en", []),  # nobody in office by that name
        ("Mrs May's deal failed.", date(2019, 9, 3), "en", []),  # no group "… Of May" either
        ("Ms. Haley criticised Russia.", None, "en", [("Russia", "RUS")]),  # no date: nobody
        # two in office (Britain's Michael Howard, Australia's John Howard): the one of the
        # country the article names, else nobody
        ("In Britain, Mr Howard spoke.", date(2005, 3, 1), "en",
         [("Britain", "GBR"), ("Howard", "GBROPP")]),
        ("Mr Howard spoke.", date(2005, 3, 1), "en", []),
    ],
)  # fmt: skip
def test_honorific_and_family_name_name_the_office_holder(
    actors: ActorDictionary, text: str, on: date | None, lang: str, expected
) -> None:
    assert mention_codes(actors, text, lang, on=on) == expected


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Labour attacked the Tories.", date(2005, 3, 1),
         [("Labour", "GBRGOV"), ("Tories", "GBROPP")]),
        ("Labour attacked the Tories.", date(2012, 3, 1),
         [("Labour", "GBROPP"), ("Tories", "GBRGOV")]),
        ("The Lib Dems and the SNP voted against it.", date(2005, 3, 1),
         [("Lib Dems", "GBROPP"), ("SNP", "GBROPP")]),
        ("The Liberal Democrats joined the cabinet.", date(2011, 1, 1),
         [("Liberal Democrats", "GBRGOV")]),
        ("Ministers want to end child labour.", date(2005, 3, 1), []),  # the word, no party
    ],
)  # fmt: skip
def test_british_parties_are_in_government_or_opposition_by_date(
    actors: ActorDictionary, text: str, on: date, expected: list[tuple[str, str]]
) -> None:
    british = [(t, c) for t, c in mention_codes(actors, text, on=on) if c.startswith("GBR")]
    assert british == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Catalan police cleared the road.", [("Catalan police", "ESPCOP")]),
        ("The Scottish Government objected.", [("Scottish Government", "GBRGOV")]),
    ],
)
def test_regional_adjectives_name_their_country(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, on=date(2017, 10, 1)) == expected


def test_the_gop_is_the_us_republican_party(actors: ActorDictionary) -> None:
    assert mention_codes(actors, "The GOP rejected the bill.", on=date(2015, 3, 1)) == [
        ("GOP", "USAPTY")
    ]


def test_the_kurds_are_the_ethnic_code(actors: ActorDictionary) -> None:
    assert mention_codes(actors, "Turkey shelled the Kurds.", on=date(2019, 10, 9)) == [
        ("Turkey", "TUR"),
        ("Kurds", "KUR"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Syrians were freed.", [("Syrians", "SYR")]),
        ("The Iraqis thanked the Americans.", [("Iraqis", "IRQ"), ("Americans", "USA")]),
        ("North Koreans fled.", [("North Koreans", "PRK")]),
    ],
)
def test_a_countrys_people_are_the_country(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, on=date(2015, 3, 1)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Officials from Japan met the press.", "en", [("Officials from Japan", "JPNGOV")]),
        ("The foreign ministers of Germany and France met.", "en",
         [("foreign ministers of Germany", "DEUGOV"), ("France", "FRAGOV")]),
        ("Ministers from Japan, Australia and Malaysia met.", "en",
         [("Ministers from Japan", "JPNGOV"), ("Australia", "AUSGOV"), ("Malaysia", "MYSGOV")]),
        ("Flüchtlinge aus Syrien und dem Irak demonstrierten.", "de",
         [("Flüchtlinge aus Syrien", "SYRREF"), ("Irak", "IRQREF")]),
        # an envoy "from" a country may be posted there: the country stays itself
        ("Canada recalled its ambassador from Saudi Arabia.", "en",
         [("Canada", "CAN"), ("its", "CAN"), ("Saudi Arabia", "SAU")]),
        # a country named beside, not listed after the agent, stays itself
        ("Officials from Japan met Australia's envoy.", "en",
         [("Officials from Japan", "JPNGOV"), ("Australia's envoy", "AUSGOV")]),
    ],
)  # fmt: skip
def test_an_agent_of_a_country_and_the_countries_listed_after_it(
    pipeline, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text, lang) == expected

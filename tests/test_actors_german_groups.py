"""German actors that real news names without a dictionary name: armed groups, protest
groups and titled people whose country the story gives. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.actors import ActorDictionary
from chronik.records import Article


def _actors(pipeline, text: str, lang: str = "de") -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, lang, date(2019, 6, 4)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Mali haben Soldaten mutmaßliche Kämpfer festgenommen.",
         [("Mali", "MLI"), ("Soldaten", "MLIMIL"), ("Kämpfer", "MLIUAF")]),
        ("Im Norden Nigerias töteten Jihadisten mehrere Dorfbewohner.",
         [("Nigerias", "NGA"), ("Jihadisten", "NGAUAFMUS"), ("Dorfbewohner", "NGACVL")]),
        # the armed group's own country word still wins over the story's
        ("In Syrien kämpfen tunesische Dschihadisten.",
         [("Syrien", "SYR"), ("tunesische Dschihadisten", "TUNUAFMUS")]),
        ("Kämpfer griffen einen Konvoi an.", []),  # no country at all
    ],
)  # fmt: skip
def test_armed_groups_take_the_country_of_their_story(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


def test_english_militants_are_left_as_they_were(pipeline) -> None:
    assert ("militants", "SYRUAF") not in _actors(
        pipeline, "In Syria, militants attacked a base.", "en"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Berlin zogen Abtreibungsgegner vor das Rathaus, Gegendemonstranten hielten dagegen.",
         [("Abtreibungsgegner", "DEUCVL"), ("Gegendemonstranten", "DEUCVL")]),
        ("In Wien demonstrierten Impfgegner gegen die Regeln.",
         [("Impfgegner", "AUTCVL")]),
        ("In Mexiko wurden sechs Gefängnisbeamte verletzt.",
         [("Mexiko", "MEX"), ("Gefängnisbeamte", "MEXCOP")]),
    ],
)  # fmt: skip
def test_protest_and_prison_groups_take_their_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an association is the sector it speaks for, not its country alone
        ("In Wien kritisierte der Handelsverband die Regierung.",
         [("Handelsverband", "AUTBUS"), ("Regierung", "AUTGOV")]),
        ("In Bayern warnten die Lehrerverbände vor vollen Klassen.",
         [("Lehrerverbände", "DEUEDU")]),
        ("In Bayern kritisierte der Hausärzteverband die Regierung.",
         [("Hausärzteverband", "DEUHLH"), ("Regierung", "DEUGOV")]),
    ],
)  # fmt: skip
def test_associations_are_their_sector(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # state premiers are their country's government, also by family name alone
        ("Söder und Woidke lehnten den Vorschlag ab.", date(2020, 11, 2),
         [("Söder", "DEUGOV"), ("Woidke", "DEUGOV")]),
        ("Horst Seehofer sprach in München.", date(2015, 9, 1), [("Horst Seehofer", "DEUGOV")]),
        # Austrian ministers of the day, not before they took office
        ("Doskozil schickte Soldaten an die Grenze.", date(2016, 3, 1),
         [("Doskozil", "AUTGOV")]),
        ("Gesundheitsminister Anschober warnte.", date(2020, 3, 10),
         [("Gesundheitsminister Anschober", "AUTGOV")]),
        # ministers Phoenix froze in 2015 or lacked: Schäuble as finance minister, then
        # President of the Bundestag; Strache in opposition, then vice-chancellor
        ("Schäuble lehnte den Vorschlag ab.", date(2015, 7, 1), [("Schäuble", "DEUGOV")]),
        ("Schäuble lehnte den Vorschlag ab.", date(2020, 7, 1), [("Schäuble", "DEULEG")]),
        ("Thomas de Maizière sprach in Berlin.", date(2016, 6, 1),
         [("Thomas de Maizière", "DEUGOV")]),
        ("Strache kritisierte die Regierung.", date(2016, 6, 1), [("Strache", "AUTOPP")]),
        ("Strache kritisierte die Opposition.", date(2018, 6, 1), [("Strache", "AUTGOV")]),
        ("Alain Berset warnte vor einer zweiten Welle.", date(2020, 10, 1),
         [("Alain Berset", "CHEGOV")]),
        ("Andriukaitis kommt nach Wien.", date(2016, 6, 1), [("Andriukaitis", "IGOEUREEC")]),
        # a Phoenix name in ASCII ("Peer Steinbrueck") also as German news writes it
        ("Peer Steinbrück sprach in Berlin.", date(2008, 6, 1),
         [("Peer Steinbrück", "DEUGOV")]),
    ],
)  # fmt: skip
def test_state_premiers_and_austrian_ministers_have_dated_rows(
    text: str, on: date, expected: list[tuple[str, str]]
) -> None:
    found = [(m.text, m.code) for m in ActorDictionary.load().mentions(text, on=on, lang="de")]
    assert found == expected


def test_a_minister_is_coded_only_while_in_office() -> None:
    found = ActorDictionary.load().mentions("Anschober kritisierte das.", on=date(2015, 1, 5))
    assert [m.code for m in found] != ["AUTGOV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state of a federation says the country of a group in its sentence
        ("In Pennsylvania lehnte das Oberste Gericht die Klage ab.",
         [("Oberste Gericht", "USAJUD")]),
        ("In Bayern demonstrierten Impfgegner.", [("Impfgegner", "DEUCVL")]),
        ("In Kärnten protestierten Studenten.", [("Studenten", "AUTEDU")]),
        ("In Katalonien nahm die Polizei zwei Männer fest.", [("Polizei", "ESPCOP")]),
    ],
)  # fmt: skip
def test_states_of_a_federation_give_groups_their_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


def test_islamists_are_no_armed_group_of_the_story(pipeline) -> None:
    text = "In Berlin demonstrierten Islamisten gegen einen Angriff in Paris."
    assert not any(code.endswith("UAFMUS") for _, code in _actors(pipeline, text))


def _references(pipeline, text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline(Article("t", text, "de", date(2016, 3, 1)))
    return [(a.span.text, a.code, a.antecedent and a.antecedent.text) for a in doc.actors]


def test_a_bare_title_refers_to_the_person_named_with_it(pipeline) -> None:
    text = (
        "In Wien kritisierte Innenministerin Anna Berger die Opposition. "
        "Die Ministerin warf der FPÖ Hetze vor."
    )
    assert ("Die Ministerin", "AUTGOV", "Innenministerin Anna Berger") in _references(
        pipeline, text
    )


@pytest.mark.parametrize(
    "text",
    [
        # nobody was named with the title
        "Die Regierung in Wien tagte. Die Ministerin warf der FPÖ Hetze vor.",
        # a name or an owner after the title makes it another person
        "Innenministerin Anna Berger sprach. Die Ministerin des Landes Kärnten widersprach.",
        # too far back: three sentences
        "Innenministerin Anna Berger sprach. Es regnete. Es schneite. Es taute. "
        "Die Ministerin warf der FPÖ Hetze vor.",
    ],
)
def test_a_bare_title_without_its_bearer_codes_nothing(pipeline, text: str) -> None:
    assert not any(span.startswith("Die Ministerin") for span, _, _ in _references(pipeline, text))


def test_a_country_named_as_a_border_is_not_the_story_s_place(pipeline) -> None:
    text = (
        "Gefechte an der Grenze zur Türkei. Nahe der Grenze zur Türkei nahmen syrische "
        "Soldaten mutmaßliche Kämpfer fest."
    )
    assert ("Kämpfer", "SYRUAF") in _actors(pipeline, text)


def test_a_family_name_the_tagger_reads_as_a_noun_is_still_the_name(pipeline) -> None:
    text = (
        "Die Bundesregierung streitet. Verkehrsminister Andreas Scheuer kritisierte die Bahn. "
        "Scheuer warf dem Konzern Versagen vor."
    )
    doc = pipeline(Article("t", text, "de", date(2019, 3, 1)))  # while he was minister
    found = [(a.span.text, a.code, a.antecedent and a.antecedent.text) for a in doc.actors]
    assert ("Verkehrsminister Andreas Scheuer", "DEUGOV", None) in found
    assert ("Scheuer", "DEUGOV", "Verkehrsminister Andreas Scheuer") in found


def test_a_title_before_a_plain_noun_names_nobody(pipeline) -> None:
    text = "Die Bundesregierung streitet. Verteidigungsminister Soldaten schicken ist falsch."
    assert not any(
        "Soldaten" in span and code.endswith("GOV") for span, code, _ in _references(pipeline, text)
    )


def test_an_unknown_president_of_a_german_story_is_no_head_of_state(pipeline) -> None:
    text = (
        "Der Fußballverband in Berlin tagt. Präsident Bernd Schultz kritisierte die Vereine. "
        "Schultz sprach mit Vizepräsidentin Anna Kummer."
    )
    assert not any(code.endswith("GOV") for _, code, _ in _references(pipeline, text))


def test_an_unknown_president_of_a_foreign_story_is_its_head_of_state(pipeline) -> None:
    text = "In Burundi herrscht Gewalt. Präsident Pierre Ndikumana kritisierte die Opposition."
    assert ("Präsident Pierre Ndikumana", "BDIGOV", None) in _references(pipeline, text)


def test_the_noun_after_a_titled_family_name_is_no_name(pipeline) -> None:
    text = (
        "Die Bundesregierung streitet. Nachdem Bürgermeister Müller Anzeige erstattet hatte, "
        "kam die Polizei. Die Anzeige liegt vor."
    )
    assert not any("Anzeige" in span for span, _, _ in _references(pipeline, text))


def test_a_former_title_makes_an_unknown_person_an_elite(pipeline) -> None:
    text = (
        "Die Bundesregierung streitet. Die frühere thüringische Ministerpräsidentin Anna "
        "Lindner lobte die Linke. Lindner kritisierte die AfD."
    )
    found = _references(pipeline, text)
    assert [code for span, code, _ in found if "Lindner" in span] == ["DEUELI", "DEUELI"]


def test_a_company_head_is_business_of_the_story_s_country(pipeline) -> None:
    text = (
        "Die Bundesregierung berät über Kurzarbeit. Das sagt Anna Vogel, die "
        "Vorstandsvorsitzende, in Berlin. Vogel bittet die Regierung um Hilfe."
    )
    found = _references(pipeline, text)
    assert ("Anna Vogel", "DEUBUS", None) in found
    assert ("Vogel", "DEUBUS", "Anna Vogel") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the population is the story's people (PPL, as English "population"), unlike the
        # general "Menschen"
        ("In Graz rief die Stadt die Bevölkerung zur Vorsicht auf.",
         [("Bevölkerung", "AUTPPL")]),
        # churches and clergy are not: a church is as often a building, a tomb or the Pope's
        # (on unlabelled news 0 of 3 events were right)
        ("In Lyon protestierten die Bischöfe gegen das Gesetz.", []),
        ("In Lyon standen viele Menschen an.", []),
        # suspects are civilians of the story's country (the arrested, the charged)
        ("In Graz nahm die Polizei zwei Tatverdächtige fest.",
         [("Polizei", "AUTCOP"), ("Tatverdächtige", "AUTCVL")]),
    ],
)  # fmt: skip
def test_population_and_suspects_take_their_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


def test_only_actor_spans_in_a_sentence_can_block_its_places() -> None:
    from chronik.actors_places import _inside
    from chronik.records import Sentence, Span

    sent = Sentence(1, 20, 43, "Die Polizei in Leipzig.")
    spans = [Span(0, 10, "a"), Span(18, 24, "b"), Span(42, 48, "c"), Span(43, 47, "d")]
    assert _inside(sent, spans) == (Span(18, 24, "b"), Span(42, 48, "c"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # companies answer to the state named before them, not to the story's main country
        (
            "Merkel sprach in Berlin mit Seehofer. Der italienische Ministerpräsident Conte "
            "verkündete, dass alle Unternehmen schließen müssen.",
            "ITABUS",
        ),
        ("Merkel sprach in Berlin mit Seehofer. Putin will Unternehmen unterstützen.", "RUSBUS"),
        # without a state before them they keep the story's country
        ("Merkel sprach in Berlin mit Seehofer. Viele Unternehmen schließen.", "DEUBUS"),
    ],
)
def test_companies_take_the_country_of_the_state_before_them(pipeline, text, expected) -> None:
    assert [code for word, code in _actors(pipeline, text) if word == "Unternehmen"] == [expected]


def test_a_company_named_after_its_role_takes_no_country_of_the_sentence(pipeline) -> None:
    """ "mit dem Hersteller AstraZeneca" after two countries: the role names that company,
    which is not the nearest country's."""
    text = "Deutschland und die Niederlande schlossen mit dem Hersteller AstraZeneca einen Vertrag."
    assert [code for word, code in _actors(pipeline, text) if word == "Hersteller"] == []
    # with one country in the sentence, or no name after it, the role keeps that country
    for text in (
        "Die Niederlande unterstützen den Hersteller Philips in der Krise.",
        "Die Niederlande unterstützen die Hersteller in der Krise.",
    ):
        assert [code for word, code in _actors(pipeline, text) if word == "Hersteller"] == [
            "NLDBUS"
        ]

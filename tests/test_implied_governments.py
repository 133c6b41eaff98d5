"""Measures without agent (issue 12): a passive clause that closes, bans or restricts, or
lifts a restriction, names no government, and news leaves it implied - the government of
the place it happened at, restricting its own people ("Bars wurden in der Türkei
geschlossen", "a curfew was imposed in Paris"); tear gas fired without agent is the police's,
a conviction or an indictment without agent the courts'.
A government that restricts its own country by name restricts its people; its people's
protest that names no target is against it. Our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        (
            "Bars und Diskotheken wurden in der Türkei bis auf Weiteres geschlossen.",
            "de",
            ("TURGOV", "TURCVL", "172"),
        ),
        (
            "In Österreich sind alle Veranstaltungen bis Ende Juni untersagt.",
            "de",
            ("AUTGOV", "AUTCVL", "172"),
        ),
        ("In Frankreich wurde eine Ausgangssperre verhängt.", "de", ("FRAGOV", "FRACVL", "1723")),
        (
            "Tränengas wurde in Minsk gegen die Demonstranten eingesetzt.",
            "de",
            ("BLRCOP", "BLRCVL", "175"),
        ),
        ("A curfew was imposed in Paris on Saturday.", "en", ("FRAGOV", "FRACVL", "1723")),
        ("Tear gas was fired at protesters in Minsk.", "en", ("BLRCOP", "BLRCVL", "175")),
    ],
)
def test_a_measure_without_agent_is_the_governments_of_its_place(
    pipeline, text, lang, event
) -> None:  # type: ignore[no-untyped-def]
    assert event in coded(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        (
            "Israeli Prime Minister Benjamin Netanyahu has been indicted on corruption charges.",
            "en",
            ("ISRJUD", "ISRGOV", "173"),
        ),
        ("Senator Bob Menendez was convicted in New York.", "en", ("USAJUD", "USALEG", "116")),
        # an indictment noun without author, on whom its phrase or its possessor names
        (
            "After the indictment of Senator Bob Menendez, Democrats defended him.",
            "en",
            ("USAJUD", "USALEG", "173"),
        ),
        (
            "Senator Bob Menendez pleaded not guilty after his indictment on bribery charges.",
            "en",
            ("USAJUD", "USALEG", "173"),
        ),
        (
            "Der Oppositionelle wurde in Moskau zu fünf Jahren Haft verurteilt.",
            "de",
            ("RUSJUD", "RUSOPP", "116"),
        ),
        (
            "Der frühere Minister Karl-Heinz Grasser ist wegen Korruption angeklagt worden.",
            "de",
            ("AUTJUD", "AUTELI", "173"),
        ),
    ],
)
def test_a_conviction_without_agent_is_the_courts_of_its_country(
    pipeline, text, lang, event
) -> None:  # type: ignore[no-untyped-def]
    assert event in coded(pipeline, text, lang)


def test_the_country_before_an_indictment_indicts(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "US" names the author, not the indicted as "his indictment" does
    events = coded(pipeline, "The US indictment of two Chinese hackers was announced.", "en")
    assert ("USA", "CHN", "173") in events
    unnamed = coded(pipeline, "The US indictment of two hackers was announced.", "en")
    assert not any(target == "USA" for _, target, _ in unnamed)


def test_a_named_indicted_wins_over_the_possessor(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "his" is the author here: the of-phrase names who is indicted
    events = coded(pipeline, "Trump expanded his indictment of the Chinese government.", "en")
    assert ("USAGOV", "CHNGOV", "173") in events
    assert not any(target == "USAGOV" for _, target, _ in events)


def test_no_court_where_the_police_charged(pipeline) -> None:  # type: ignore[no-untyped-def]
    # charged after an arrest: the police's charge, one event with the arrest
    text = "Senator Bob Menendez was arrested in Newark and charged with assault."
    events = coded(pipeline, text, "en")
    assert ("USACOP", "USALEG", "173") in events
    assert not any(source and source.endswith("JUD") for source, _, _ in events)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Tschechien schließt vorsorglich alle Schulen.", ("CZE", "CZECVL", "172")),
        ("Dänemark öffnete die Schulen wieder.", ("DNK", "DNKCVL", "081")),
        (
            "Die französische Regierung verhängte in Frankreich eine Ausgangssperre.",
            ("FRAGOV", "FRACVL", "1723"),
        ),
        # the towns it names are where the people live whom the curfew restricts
        (
            "Die türkische Regierung hat eine Ausgangssperre für 31 Städte angeordnet.",
            ("TURGOV", "TURCVL", "1723"),
        ),
    ],
)
def test_a_government_restricts_its_own_people(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in coded(pipeline, text, "de")


@pytest.mark.parametrize(
    "text",
    [
        # no place, no one restricted: whose measure is not said
        "Die Schulen wurden geschlossen.",
        # open restaurants are a state, no reopening by anyone
        "In der Schweiz sind die Restaurants über die Feiertage geöffnet.",
        # an agent is named, and is no government
        "In einem Stadion in Frankreich wurde vom Veranstalter ein Alkoholverbot verhängt.",
    ],
)
def test_no_government_where_no_place_or_an_agent_is_named(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(
        source and source.endswith("GOV") for source, _, _ in coded(pipeline, text, "de")
    )


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Frankreich und Spanien verhängten Ausgangssperren.", "de", "1723"),
        (
            "Frankreich und Spanien haben die Beschränkungen für ihre Bevölkerung gelockert.",
            "de",
            "081",
        ),
        ("France and Spain eased restrictions on their people.", "en", "081"),
        # "ihre Bevölkerung" is theirs, whatever country the context gave the role noun
        (
            "In Deutschland bleibt die Bevölkerung vorsichtig. Frankreich und Spanien haben die "
            "Beschränkungen für ihre Bevölkerung gelockert.",
            "de",
            "081",
        ),
    ],
)
def test_each_government_restricts_its_own_people(pipeline, text, lang, code) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, lang) == {("FRA", "FRACVL", code), ("ESP", "ESPCVL", code)}


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        ("Students in Tehran protested on Sunday.", "en", ("IRNEDU", "IRNGOV", "141")),
        ("In New Delhi, protesters blocked several roads.", "en", ("INDCVL", "INDGOV", "144")),
        ("In Minsk demonstrierten am Sonntag Tausende Bürger.", "de", ("BLRCVL", "BLRGOV", "141")),
        (
            "In Frankreich streikten die Gewerkschaften am Montag.",
            "de",
            ("FRALAB", "FRAGOV", "143"),
        ),
    ],
)
def test_a_protest_without_target_is_against_the_protesters_government(
    pipeline, text, lang, event
) -> None:  # type: ignore[no-untyped-def]
    assert event in coded(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # it names what it is against
        ("In Berlin wollen Tausende Menschen gegen Rassismus demonstrieren.", "de"),
        # a protest named by a noun, or joined: as often against nobody in particular
        ("In Leipzig verlief die Demonstration der Studenten friedlich.", "de"),
        ("The protest by students in Tehran lasted hours.", "en"),
        ("In Barcelona nahmen Tausende an Demonstrationen teil.", "de"),
        # the state's own people protest against others, whom the context names
        ("In Oregon, Republican senators walked out on Tuesday.", "en"),
    ],
)
def test_no_government_where_the_protest_names_a_target_or_is_a_noun(pipeline, text, lang) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, text, lang)
    assert not any(target and target.endswith("GOV") for _, target, _ in events)

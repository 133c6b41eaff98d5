"""Who may stand in an event's slots (events_targets.py) and the English senses that go
with it, on sentences of our own coded by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role word behind a possessive determiner or "international" is nobody named
        ("The French president praised his community.", set()),
        ("The Iranian president thanked the international community.", set()),
        # a group of its own still is a target
        ("The French president praised Iranian women.", {("FRAGOV", "IRNCVL", "051")}),
        # a state's "its" names whose people they are
        ("The German government urged its citizens to leave Libya.", {("DEUGOV", "DEUCVL", "020")}),
        # ... and only its people: its forces withdrawn are aimed at no one of its own
        ("The U.S. should withdraw its military presence from the region.", set()),
    ],
)
def test_relative_group_is_no_target(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_owner_in_a_phrase_naming_another_actor_is_not_the_source(pipeline) -> None:
    text = "A member of Netanyahu's cabinet, Naftali Bennett, visited Washington."
    assert coded(pipeline, text) == {("ISRELI", "USAGOV", "042")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victim of a reported act of force is not what the statement is addressed to
        (
            "The Iraqi army said Abu Bakr al-Baghdadi was killed in an airstrike.",
            {("IRQMIL", None, "010")},
        ),
        # nor is the author of a reported act of force named in a passive's by-phrase
        (
            "The Canadian prime minister said the plane was shot down by an Iranian missile.",
            {("CANGOV", None, "010")},
        ),
        # what a named actor is still is the statement's topic (what it does is its own act,
        # "X said Y did Z": test_en_reported_targets.py)
        (
            "The Iraqi army said Abu Bakr al-Baghdadi was still alive.",
            {("IRQMIL", "IMGELI", "010")},
        ),
    ],
)
def test_reported_party_to_force_is_no_statement_topic(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "help X to do Y": the governed action is the event, not aid
        ("Russia helped Syrian troops to recapture Palmyra.", set()),
        ("Russia helped Syria.", {("RUS", "SYR", "070")}),
    ],
)
def test_help_with_an_action_is_no_aid(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # politicians of one country attack in words: criticism
        ("Obama attacked congressional Republicans.", {("USAELI", "USALEG", "111")}),
        ("Russian troops attacked Ukrainian soldiers.", {("RUSMIL", "UKRMIL", "190")}),
        # the other verbs of unspecific force read the same: hand rows and converted ones
        ("Obama targeted congressional Republicans.", {("USAELI", "USALEG", "111")}),
        ("Obama hammered House Republicans on immigration.", {("USAELI", "USALEG", "111")}),
        ("Syrian troops hammered Turkish soldiers.", {("SYRMIL", "TURMIL", "190")}),
        ("Russia battled Ukraine.", {("RUS", "UKR", "190")}),
        # an announced fight in words is no threat of force
        ("Obama will fight congressional Republicans.", {("USAELI", "USALEG", "111")}),
    ],
)
def test_attack_between_politicians_is_criticism(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rejection or appeal needs an addressee: without a coded one it is no event
        ("Iranian officials rejected calls for a ceasefire.", set()),
        ("Iranian students refused to eat.", set()),
        ("Iranian officials rejected the American proposal.", {("IRNGOV", "USA", "120")}),
        ("The French government urged Iran to release the prisoners.", {("FRAGOV", "IRN", "0253")}),
    ],
)
def test_appeal_demand_rejection_threat_need_an_addressee(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the public at large is no partner of support, praise or promises: campaigning
        ("President Trump spoke in Ohio. He greeted the crowd.", set()),
        ("President Trump spoke in Ohio. Many voters support him.", set()),
        ("President Trump spoke in Ohio. He promised voters cooperation.", set()),
        # a meeting, an arrest and a group named with its country still are events
        (
            "President Trump spoke in Ohio. He met with voters.",
            {("USAGOV", "USACVL", "040"), ("USACVL", "USAGOV", "040")},
        ),
        (
            "President Trump spoke in Ohio. Police arrested protesters.",
            {("USACOP", "USACVL", "173")},
        ),
        (
            "President Trump spoke in Ohio. Unions will meet with him.",
            {("USALAB", "USAGOV", "036"), ("USAGOV", "USALAB", "036")},
        ),
        ("President Trump praised Iranian women.", {("USAGOV", "IRNCVL", "051")}),
    ],
)
def test_public_at_large_is_no_partner_of_cooperation(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_a_reference_to_named_actors_is_not_the_public(pipeline) -> None:
    text = (
        "British bank regulators and the U.S. Federal Reserve met on Monday. "
        "The agreement between the two countries sets new capital rules."
    )
    assert {("GBRBUS", "USAGOVBUS", "030"), ("USAGOVBUS", "GBRBUS", "030")} <= coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # what is prevented, avoided or thwarted did not take place
        "The treaty was a way to prevent future French attacks on Germany.",
        "Turkish police thwarted an attack by ISIS on the Iraqi embassy.",
    ],
)
def test_prevented_event_is_negated(pipeline, text) -> None:
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    assert doc.events and all(e.negated for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposed description is the same person, not a second actor
        (
            "Mr. Tillerson, former CEO of Exxon, worked with Mr. Putin.",
            {("USAELI", "RUSGOV", "060"), ("RUSGOV", "USAELI", "060")},
        ),
        # a country name right before an actor of that country only names its country
        (
            "The memos were handed over by the U.S. Justice Department to the House of "
            "Representatives.",
            {("USAGOV", "USALEG", "063")},
        ),
        # a list stays whole
        (
            "Germany, France and Poland condemned Israel.",
            {("DEU", "ISR", "111"), ("FRA", "ISR", "111"), ("POL", "ISR", "111")},
        ),
    ],
)
def test_descriptions_are_no_second_actor(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_bare_participle_on_a_noun_is_passive(pipeline) -> None:
    """ "leaving 220 soldiers killed": the soldiers were killed, they killed nobody."""
    text = "Iranian troops fled the battlefield, leaving 220 Iraqi soldiers killed and many hurt."
    assert not any(e.cameo.startswith("19") for e in _events(pipeline, text))


def _events(pipeline, text: str):
    return pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6))).events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target of a nested event noun is not the target of the reaction to it
        ("The Japanese government expressed alarm at the strike against Iraq.", set()),
        (
            "Canada voiced concern about the arrest of a French diplomat.",
            {("CAN", None, "012")},
        ),
        # the author behind "by" is what the reaction is aimed at
        (
            "Russia voiced concern about the attack by Israel on Syria.",
            {("RUS", "ISR", "012"), ("ISR", "SYR", "190")},
        ),
        # a party of the filler's own head stays: the sanctions are against Iran
        ("Britain imposed sanctions against Iran.", {("GBR", "IRN", "163")}),
        # a noun that is no event keeps the loosely attached phrase for the verb
        ("Brazil is exporting machinery to Canada.", {("BRA", "CAN", "061")}),
    ],
)
def test_party_of_a_nested_event_noun_is_no_target(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an event noun that is only feared, warned of or demanded did not happen (yet)
        ("de", "Die Opposition fürchtet einen Angriff Russlands auf die Ukraine."),
        ("de", "Die NATO warnt vor einem Angriff Russlands auf die Ukraine."),
        ("en", "The opposition fears an attack by Russia on Ukraine."),
        ("en", "NATO warned of a Russian attack on Ukraine."),
        ("en", "The opposition demanded the arrest of the Russian spies by British police."),
        # the subject of a passive is its object
        ("de", "Ein Angriff Russlands auf die Ukraine wird von der NATO befürchtet."),
    ],
)
def test_feared_or_demanded_event_noun_is_hypothetical(pipeline, lang, text) -> None:
    doc = pipeline(Article(id="t", text=text, lang=lang, date=date(2019, 2, 6)))
    nominal = [e for e in doc.events if e.cameo in ("173", "190")]
    assert nominal and all(e.modality == "hypothetical" for e in nominal)
    assert not any(e.negated for e in nominal)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # what is prevented did not take place; what was not prevented did
        ("Turkish police prevented an attack by ISIS on the Iraqi embassy.", True),
        ("Turkish police did not prevent an attack by ISIS on the Iraqi embassy.", False),
    ],
)
def test_prevented_event_noun_is_negated_unless_the_verb_is(pipeline, text, negated) -> None:
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    attacks = [e for e in doc.events if e.cameo.startswith("19")]
    assert attacks and all(e.negated is negated for e in attacks)


@pytest.mark.parametrize(
    ("lang", "text", "modality", "negated"),
    [
        # a ruled-out event noun is denied; one not ruled out is possible
        (
            "de",
            "Merkel schließt Gespräche zwischen Deutschland und Russland aus.",
            "asserted",
            True,
        ),
        (
            "de",
            "Merkel schließt Gespräche zwischen Deutschland und Russland nicht aus.",
            "hypothetical",
            False,
        ),
        (
            "en",
            "Trump did not rule out talks between the United States and Iran.",
            "hypothetical",
            False,
        ),
    ],
)
def test_ruled_out_event_noun(pipeline, lang, text, modality, negated) -> None:
    doc = pipeline(Article(id="t", text=text, lang=lang, date=date(2019, 2, 6)))
    talks = {(e.modality, e.negated) for e in doc.events if e.cameo == "040"}
    assert talks == {(modality, negated)}


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # talks or sanctions that a German verb blocks were not held or imposed
        ("Frankreich blockierte die Beitrittsgespräche zwischen der EU und Albanien.", True),
        ("Zypern blockiert die Sanktionen der EU gegen Belarus.", True),
        ("Ungarn torpedierte die Sanktionen der EU gegen Russland.", True),
        # the same event noun under a verb that does not deny it stays
        ("Frankreich begrüßte die Sanktionen der EU gegen Belarus.", False),
    ],
)
def test_blocked_event_noun_did_not_happen(pipeline, text, blocked) -> None:
    doc = pipeline(Article(id="t", text=text, lang="de", date=date(2019, 2, 6)))
    held = [e for e in doc.events if e.cameo[:2] in ("04", "16") and not e.negated]
    assert not held if blocked else held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks with the media are an interview: the public is addressed, no partner of talks
        ("Trump sprach in einem Interview mit dem Reporter Bob Woodward.", set()),
        ("Der Außenminister Heiko Maas sprach mit Journalisten über Syrien.", set()),
        # talks between political actors stay
        (
            "Merkel sprach am Dienstag mit Macron über die Wahl.",
            {("DEUGOV", "FRAGOV", "040"), ("FRAGOV", "DEUGOV", "040")},
        ),
    ],
)
def test_talks_with_the_media_are_no_consultation(pipeline, text, expected) -> None:
    assert coded(pipeline, text, lang="de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X said Y did Z": a statement from X, but not about Y, whose act is the content
        (
            "Außenminister Heiko Maas erklärte, Frankreich habe eine wichtige Route abgeschnitten.",
            {("DEUGOV", None, "010")},
        ),
        (
            "Außenminister Heiko Maas sagte, Frankreich habe viele Flüchtlinge aufgenommen.",
            {("DEUGOV", None, "010")},
        ),
        # what Y is stays a statement about Y
        (
            "Außenminister Heiko Maas sagte, Frankreich sei ein wichtiger Partner.",
            {("DEUGOV", "FRA", "010")},
        ),
    ],
)
def test_german_reported_act_is_no_statement_about_its_agent(pipeline, text, expected) -> None:
    assert coded(pipeline, text, lang="de") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # refugees and migrants who arrive somewhere travel: no visit
        ("In Griechenland sind am Montag 3.000 Flüchtlinge aus Syrien angekommen.", "de", set()),
        ("Tausende Migranten aus Afghanistan reisten nach Serbien.", "de", set()),
        ("Undocumented migrants arrived in the US as children.", "en", set()),
        # ... and so do people at large
        ("Hunderte Menschen aus Österreich sind nach Syrien gereist.", "de", set()),
        ("Thousands of Chinese citizens traveled to Thailand.", "en", set()),
        # a politician's arrival is a visit
        ("Macron ist am Montag in Berlin eingetroffen.", "de", {("FRAGOV", "DEUGOV", "042")}),
        ("Macron visited Germany on Monday.", "en", {("FRAGOV", "DEU", "042")}),
    ],
)
def test_migrants_arriving_pay_no_visit(pipeline, text, lang, expected) -> None:
    assert coded(pipeline, text, lang=lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a multilateral group: each member pledges, no thirty dyads among six nations
        (
            "France, Germany, Italy and Japan pledged to cooperate on currencies.",
            {("FRA", None, "031"), ("DEU", None, "031"), ("ITA", None, "031"),
             ("JPN", None, "031")},
        ),
        # three codes, one of them a pronoun's: still three members
        (
            "Angela Merkel spoke on Monday. She, France and Italy pledged to cooperate on "
            "currencies.",
            {("DEUGOV", None, "031"), ("FRA", None, "031"), ("ITA", None, "031")},
        ),
        # two: they pair up
        ("Britain and France pledged to cooperate on currencies.",
         {("GBR", "FRA", "031"), ("FRA", "GBR", "031")}),
    ],
)  # fmt: skip
def test_a_reciprocal_act_of_three_or_more_is_each_members(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected

"""English actors in the shape US and international news names them: regions whose name holds
a country's (actors_regions.py), institution words in a title chain (actors_chains.py),
governors and lieutenant governors, "former" before a region and title, and "the
president" long after the titled president (references_descriptions.py). Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _actors(pipeline, text: str, on: date | None = date(2018, 5, 1)) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, "en", on))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region's name holds a country's: no actor of that country
        ("Trump spoke in New Mexico on Monday.", [("Trump", "USAGOV")]),
        # a composed mention takes the region's country: the mayor is American
        ("The mayor of Jersey City met Trump.",
         [("mayor of Jersey", "USAGOV"), ("Trump", "USAGOV")]),
        ("Lawmakers in New Jersey criticised Trump.",
         [("Lawmakers", "USALEG"), ("Trump", "USAGOV")]),
        ("British Columbia's premier met Trump.", [("Trump", "USAGOV")]),
        # the region tells a group in its sentence where it is
        ("Protesters in New Mexico blocked a road near Mexico.",
         [("Protesters", "USACVL"), ("Mexico", "MEX")]),
        # the country itself and the seat are still themselves
        ("Mexico protested and Washington answered.",
         [("Mexico", "MEX"), ("Washington", "USAGOV")]),
        # (and, as a place of the US, makes "the administration" American)
        ("Washington state sued the administration.", [("the administration", "USAGOV")]),
    ],
)  # fmt: skip
def test_regions_holding_a_country_name(pipeline, text: str, expected) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the institution words before a known person's title are no actors of their own
        ("Senate Judiciary Committee Chairman Chuck Grassley criticised Schumer.",
         [("Chuck Grassley", "USALEG"), ("Schumer", "USALEG")]),
        ("NATO Secretary General Jens Stoltenberg met Putin.",
         [("Jens Stoltenberg", "IGOWSTNAT"), ("Putin", "RUSGOV")]),
        ("White House press secretary Sean Spicer attacked the press.",
         [("Sean Spicer", "USAELI")]),  # out of office in 2018
        # an unknown person heading a coded institution takes its code, and so does the
        # family name later
        ("House Foreign Affairs Committee Chairman Edward Royce warned China. "
         "Mr. Royce said so.",
         [("House Foreign Affairs Committee Chairman Edward Royce", "USAGOVLEG"),
          ("China", "CHN"), ("Royce", "USAGOVLEG")]),
        # a country before a comma ends the chain: it is an actor of its own
        ("Trump met Russia, Senate Majority Leader Mitch McConnell said.",
         [("Trump", "USAGOV"), ("Russia", "RUS"), ("Leader Mitch McConnell", "USALEG")]),
        # another country's institution stays: it is not the person's office
        ("The UN and Senate Majority Leader Mitch McConnell spoke.",
         [("UN", "IGOUNO"), ("Leader Mitch McConnell", "USALEG")]),
    ],
)  # fmt: skip
def test_title_chains(pipeline, text: str, expected) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Georgia" in an article that names the US and nothing of the Caucasus: the state
        ("Georgia Republicans criticised Obama. Protesters in Georgia blocked a road.",
         [("Republicans", "USAPTY"), ("Obama", "USAGOV"), ("Protesters in Georgia", "USACVL")]),
        ("Georgia's governor met Obama.", [("Georgia's governor", "USAGOV"), ("Obama", "USAGOV")]),
        # the country, where the article names Tbilisi, Georgians or a neighbour
        ("Russia attacked Georgia. Georgian troops left Tbilisi. Obama condemned Russia.",
         [("Russia", "RUS"), ("Georgia", "GEO"), ("Georgian troops", "GEOMIL"),
          ("Tbilisi", "GEOGOV"), ("Obama", "USAGOV"), ("Russia", "RUS")]),
        ("Obama visited Armenia and Georgia.",
         [("Obama", "USAGOV"), ("Armenia", "ARM"), ("Georgia", "GEO")]),
        # or names no American at all
        ("Russia attacked Georgia.", [("Russia", "RUS"), ("Georgia", "GEO")]),
    ],
)  # fmt: skip
def test_georgia_the_state_or_the_country(pipeline, text: str, expected) -> None:
    assert _actors(pipeline, text, date(2014, 5, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Gov." and "Lt. Gov." are PETRARCH's GOVERNOR; "Lt." before them names no soldier
        ("Lt. Gov. Dan Patrick met Trump.",
         [("Lt. Gov. Dan Patrick", "USAGOV"), ("Trump", "USAGOV")]),
        ("Texas Gov. Greg Albright met Trump.",
         [("Gov. Greg Albright", "USAGOV"), ("Trump", "USAGOV")]),
        # (a lieutenant colonel is one officer: the rank before is his, actors_chains.py)
        ("Lt. Col. John Smith met Trump.",
         [("Col. John Smith", "USAMIL"), ("Trump", "USAGOV")]),
        # "former" before a region and a title makes an elite; not across a lower-case word
        ("Former New Mexico Gov. Gary Johnson praised Trump.",
         [("Gov. Gary Johnson", "USAELI"), ("Trump", "USAGOV")]),
        ("A former aide to Sen. Bob Casey praised Trump.",
         [("Sen. Bob Casey", "USALEG"), ("Trump", "USAGOV")]),
    ],
)  # fmt: skip
def test_governors_and_former_titles(pipeline, text: str, expected) -> None:
    assert _actors(pipeline, text) == expected


def test_the_president_long_after_the_titled_president(pipeline) -> None:
    text = (
        "President Donald Trump met Vice President Mike Pence on Monday. Pence praised the "
        "plan. The weather was good. Many people came. The president attacked the media."
    )
    doc = pipeline(Article("t", text, "en", date(2019, 1, 10)))
    president = next(a for a in doc.actors if a.span.text == "The president")
    assert president.code == "USAGOV"
    assert president.antecedent is not None
    assert president.antecedent.text == "President Donald Trump"


def test_the_president_needs_a_titled_president(pipeline) -> None:
    text = (
        "Vice President Mike Pence spoke on Monday. The weather was good. Many people came. "
        "The crowd cheered. The president attacked the media."
    )
    doc = pipeline(Article("t", text, "en", date(2019, 1, 10)))
    # not Pence: the sitting president of an American story (actors_officials.py)
    president = next(a for a in doc.actors if a.span.text == "The president")
    assert (president.antecedent, president.entry) == (None, "actors_officials.py")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government's people and offices by an institution word: the main country's
        ("Trump spoke. Defense officials warned Russia.",
         [("Trump", "USAGOV"), ("Defense officials", "USAGOV"), ("Russia", "RUS")]),
        ("Trump spoke. The federal government sued Texas.",
         [("Trump", "USAGOV"), ("The federal government", "USAGOV")]),
        # "the administration" and its officials are American, in an American story
        ("Trump met Putin. The new administration criticised Iran.",
         [("Trump", "USAGOV"), ("Putin", "RUSGOV"), ("The new administration", "USAGOV"),
          ("Iran", "IRN")]),
        ("Trump spoke. Administration officials criticised Iran.",
         [("Trump", "USAGOV"), ("Administration officials", "USAGOV"), ("Iran", "IRN")]),
        # an "of" or "for" phrase of the verb: the charge, the reason
        ("Trump spoke. Democrats accused the administration of sabotage.",
         [("Trump", "USAGOV"), ("Democrats", "USAPTY"), ("the administration", "USAGOV")]),
        ("Trump spoke. Governors blamed the administration for the delays.",
         [("Trump", "USAGOV"), ("Governors", "USAGOV"), ("the administration", "USAGOV")]),
        # American governors, mayors and state attorneys general as a group: governments
        ("Trump spoke. Republican governors criticised the plan.",
         [("Trump", "USAGOV"), ("governors", "USAGOV")]),
        ("Trump spoke. Democratic state attorneys general sued the administration.",
         [("Trump", "USAGOV"), ("attorneys general", "USAGOV"),
          ("the administration", "USAGOV")]),
        # a story that names no country: English news's administration is the American one
        ("The administration urged Congress to expand the bill.",
         [("The administration", "USAGOV"), ("Congress", "USALEG")]),
        # not a central bank's governors, nor in a story of another country
        ("Trump spoke. Central bank governors criticised the plan.", [("Trump", "USAGOV")]),
        ("Boris Johnson spoke in London. Mayors criticised the plan.",
         [("Boris Johnson", "GBRGOV")]),
        # a ministry's or government's spokesperson, and "the spokesman" after them
        ("Japan will lend to Peru, a Finance Ministry spokesman said. The spokesman "
         "criticised Chile.",
         [("Japan", "JPN"), ("Peru", "PER"), ("Ministry spokesman", "JPNGOV"),
          ("The spokesman", "JPNGOV"), ("Chile", "CHL")]),
        ("Japan will lend to Peru, a Japanese Foreign Ministry spokesman said. The spokesman "
         "criticised Chile.",
         [("Japan", "JPN"), ("Peru", "PER"), ("Japanese Foreign Ministry", "JPNGOV"),
          ("The spokesman", "JPNGOV"), ("Chile", "CHL")]),
        # a company's spokesman is no government's, nor "the spokesman" after him
        ("Japan will lend to Peru, a company spokesman said. The spokesman criticised Chile.",
         [("Japan", "JPN"), ("Peru", "PER"), ("company", "JPNBUS"), ("Chile", "CHL")]),
        # American states' and cities' officials, past a word that grades them
        ("Trump spoke in Ohio. State officials criticised Iran.",
         [("Trump", "USAGOV"), ("State officials", "USAGOV"), ("Iran", "IRN")]),
        ("Trump spoke. A Texas state political official accused Iran.",
         [("Trump", "USAGOV"), ("state political official", "USAGOV"), ("Iran", "IRN")]),
        ("Boris Johnson spoke in London. Administration officials criticised Iran.",
         [("Boris Johnson", "GBRGOV"), ("Iran", "IRN")]),
        # no government: the administration of something, a member state's officials, and
        # officials with no institution word
        ("Trump spoke. The administration of the vaccine was slow.", [("Trump", "USAGOV")]),
        ("Trump spoke. They praised the Administration for Aging.",
         [("Trump", "USAGOV")]),
        ("Merkel spoke. Member state officials criticised Iran.",
         [("Merkel", "DEUGOV"), ("Iran", "IRN")]),
        ("Trump spoke. Officials criticised Iran.", [("Trump", "USAGOV"), ("Iran", "IRN")]),
    ],
)  # fmt: skip
def test_government_officials(pipeline, text: str, expected) -> None:
    assert _actors(pipeline, text) == expected


def test_a_reverend_and_his_family_name_later(pipeline) -> None:
    text = "The Rev. Franklin Graham denounced Obama. Graham wrote in response."
    assert _actors(pipeline, text, date(2015, 5, 22)) == [
        ("Rev. Franklin Graham", "USAREL"), ("Obama", "USAGOV"), ("Graham", "USAREL"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of a title before a titled person is no actor of the clause
        ("Former Trump campaign chairman Paul Manafort attacked Mueller.",
         [("campaign chairman Paul Manafort", "USAELI"), ("Mueller", "USAJUD")]),
        ("Trump's personal lawyer Rudy Giuliani criticised Mueller.",
         [("lawyer Rudy Giuliani", "USAJUD"), ("Mueller", "USAJUD")]),
        # not across a conjunction, a verb or a sentence
        ("The FBI investigated Michael Flynn and presidential candidate Donald Trump.",
         [("FBI", "USACOP"), ("Michael Flynn", "USAELI"),
          ("presidential candidate Donald Trump", "USAGOV")]),
        ("Trump called lawyer Michael Cohen.",
         [("Trump", "USAGOV"), ("lawyer Michael Cohen", "USAJUD")]),
        ("“Obama protects immigrants. Mitt Romney wants them gone,” Rep. Luis Gutierrez said.",
         [("Obama", "USAELI"), ("immigrants", "USACVL"), ("Mitt Romney", "USAELI"),
          ("them", "USACVL"), ("Rep. Luis Gutierrez", "USALEG")]),
    ],
)  # fmt: skip
def test_owners_of_titles(pipeline, text: str, expected) -> None:
    assert _actors(pipeline, text) == expected


def test_a_campaign_manager_and_the_family_name_later(pipeline) -> None:
    text = "Trump campaign manager Corey Lewandowski praised Pence. Lewandowski also spoke."
    assert _actors(pipeline, text) == [
        ("campaign manager Corey Lewandowski", "USAELI"), ("Pence", "USAGOV"),
        ("Lewandowski", "USAELI"),
    ]  # fmt: skip


def test_a_person_before_the_first_office_is_an_elite(pipeline) -> None:
    text = "Donald Trump attacked Hillary Clinton. Trump criticised Obama."
    assert _actors(pipeline, text, date(2016, 5, 1)) == [
        ("Donald Trump", "USAELI"), ("Hillary Clinton", "USAELI"), ("Trump", "USAELI"),
        ("Obama", "USAGOV"),
    ]  # fmt: skip


def test_a_jury_is_its_courts(pipeline) -> None:
    text = "Trump criticised Mueller. A federal jury convicted Paul Manafort. The jurors met."
    assert _actors(pipeline, text) == [
        ("Trump", "USAGOV"), ("Mueller", "USAJUD"), ("jury", "USAJUD"), ("jurors", "USAJUD"),
    ]  # fmt: skip

"""One event per fact (issue 13): repeated facts merged with their mentions, no
country-own-government self-dyads. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.events_merge import identity, merge_events, named_person, self_dyad, two_named
from chronik.output import event_to_dict
from chronik.records import Actor, Article, Event, Span


def _actor(code: str, start: int) -> Actor:
    return Actor(code, Span(start, start + 3, code), "test")


def _event(source: str, target: str | None, trigger: int, cameo: str = "036") -> Event:
    return Event(doc_id="d", sentence=0, sentence_text="", source=_actor(source, 0),
                 target=_actor(target, 50) if target else None, cameo=cameo,
                 trigger=Span(trigger, trigger + 4, "meet"), rule="test")  # fmt: skip


def test_the_same_fact_twice_is_one_event_with_its_mentions() -> None:
    merged = merge_events((_event("USAGOV", "PRKGOV", 10), _event("USAGOV", "PRKGOV", 90)))
    assert len(merged) == 1
    assert merged[0].mentions == 2
    assert [s.start for s in merged[0].spans] == [10, 90]
    assert event_to_dict(merged[0])["mentions"] == 2


def test_identical_events_in_one_sentence_count_once() -> None:
    merged = merge_events((_event("USAGOV", "PRKGOV", 10), _event("USAGOV", "PRKGOV", 10)))
    assert [(e.mentions, len(e.spans)) for e in merged] == [(1, 1)]
    assert "mentions" not in event_to_dict(merged[0])


def test_other_facts_stay_apart() -> None:
    events = (_event("USAGOV", "PRKGOV", 10), _event("PRKGOV", "USAGOV", 20),
              _event("USAGOV", "PRKGOV", 30, cameo="040"))  # fmt: skip
    assert len(merge_events(events)) == 3


def test_country_and_own_government_is_no_event() -> None:
    assert self_dyad(_actor("USA", 0), _actor("USAGOV", 10))
    assert self_dyad(_actor("PRKGOV", 0), _actor("PRK", 10))
    assert not self_dyad(_actor("USALEG", 0), _actor("USAGOV", 10))  # domestic: an event
    assert not self_dyad(_actor("USAGOV", 0), _actor("PRKGOV", 10))
    assert merge_events((_event("USA", "USAGOV", 10),)) == ()


def _person(code: str, text: str, name: str) -> Actor:
    return Actor(code, Span(0, len(text), text), "test", name)


def test_two_people_named_are_no_self_dyad() -> None:
    pompeo = _person("USAGOV", "Secretary of State Mike Pompeo", "Mike Pompeo")
    trump = _person("USAGOV", "Trump", "Donald Trump")
    assert named_person(pompeo) and named_person(trump)
    assert not named_person(_person("USAGOV", "he", "Donald Trump"))  # a pronoun
    assert not named_person(_person("USAGOV", "US-Regierung", "United States"))
    assert two_named(pompeo, trump) and not self_dyad(pompeo, trump)
    assert self_dyad(trump, _person("USAGOV", "President Donald Trump", "Donald Trump"))
    assert self_dyad(trump, _person("USAGOV", "he", "Mike Pompeo"))
    assert self_dyad(_person("USA", "USA", "United States"), trump)  # country and government


def _mention(code: str, text: str, entry: str, name: str, antecedent: str = "") -> Actor:
    before = Span(0, len(antecedent), antecedent) if antecedent else None
    return Actor(code, Span(40, 40 + len(text), text), entry, name, before)


def test_the_entity_a_mention_stands_for() -> None:
    entities, agents = "actors/entities.v1.tsv:1", "actors/agents.v1.tsv:1"
    palace = _mention("GBRGOV", "Buckingham Palace", entities, "Buckingham Palace")
    assert identity(palace) == "Buckingham Palace"
    # a reference stands for the entity its antecedent named, a bare pronoun for no one sure
    it = _mention("GBRGOV", "it", entities, "Buckingham Palace", "Buckingham Palace")
    assert identity(it) == "Buckingham Palace"
    assert identity(_mention("GBRGOV", "it", "", "")) == ""
    # an institution of the dictionary is its entity, whatever words name it
    municipal = _mention("DEUGOV", "Kommunen", entities, "German municipal offices")
    assert identity(municipal) == "German municipal offices"
    # a pronoun for a person may be read as the wrong man
    people = "actors/people.v1.tsv:1"
    assert identity(_mention("GBRGOV", "him", people, "Ann Miller", "Ann Miller")) == ""
    welsh = _mention("GBRGOV", "Welsh Government", agents, "United Kingdom")
    assert identity(welsh) == "Welsh Government"
    assert identity(_mention("GBRGOV", "the government", agents, "United Kingdom")) == ""
    assert identity(_mention("DEUGOV", "Regierung", agents, "Germany")) == ""
    assert identity(_mention("GBR", "Britain", entities, "United Kingdom")) == ""  # a country
    assert two_named(it, welsh) and not two_named(it, palace)
    assert not self_dyad(it, welsh)


def _between(source: Actor, target: Actor, trigger: int) -> Event:
    return Event(doc_id="d", sentence=0, sentence_text="", source=source, target=target,
                 cameo="040", trigger=Span(trigger, trigger + 4, "meet"), rule="test")  # fmt: skip


def test_a_meeting_of_two_actors_of_one_code_keeps_both_directions() -> None:
    first = _person("USALEG", "Senator Ann Miller", "Ann Miller")
    second = _person("USALEG", "Senator Bob Stone", "Bob Stone")
    again = _person("USALEG", "Miller", "Ann Miller")
    merged = merge_events(
        (_between(first, second, 10), _between(second, first, 10), _between(again, second, 90))
    )
    assert [(e.source and e.source.name, e.mentions) for e in merged] == [
        ("Ann Miller", 2),  # the same fact again, the senator named by her surname
        ("Bob Stone", 1),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "pairs"),
    [
        ("en", "The State Department met with the White House on Monday.",
         {("State Department", "White House"), ("White House", "State Department")}),
        ("en", "Downing Street said it would work with the Welsh Government.",
         {("it", "Welsh Government"), ("Welsh Government", "it")}),
        # one actor: the department and a reference to it, or a common noun of its code
        ("en", "The State Department said it would defend the State Department.", set()),
        ("en", "The White House met with the administration on Monday.", set()),
        # institutions the dictionary names, whatever words name them
        ("de", "Landrat Göbel hat die Kommunen um Mithilfe gebeten.", {("Landrat", "Kommunen")}),
        ("de", "Merkel strebt Vereinbarungen mit den Ministerpräsidentinnen und "
         "Ministerpräsidenten an.", {("Merkel", "Ministerpräsidentinnen und Ministerpräsidenten")}),
        # the heads of the states are sixteen people, not the chancellor named before
        ("de", "Kanzlerin Merkel und die Regierungschefs der Bundesländer einigten sich.",
         {("Kanzlerin Merkel", "Regierungschefs der Bundesländer"),
          ("Regierungschefs der Bundesländer", "Kanzlerin Merkel")}),
        # one institution named twice is no pair
        ("de", "Die Bundesregierung erklärte, die Bundesregierung werde reagieren.", set()),
    ],
)  # fmt: skip
def test_pipeline_pairs_two_institutions_of_one_code(
    pipeline, lang: str, text: str, pairs: set[tuple[str, str]]
) -> None:
    events = pipeline(Article("t", text, lang, date(2020, 11, 2))).events
    same = {
        (e.source.span.text, e.target.span.text)
        for e in events
        if e.source and e.target and e.source.code == e.target.code
    }
    assert same == pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bundeskanzler Sebastian Kurz kritisierte Vizekanzler Heinz-Christian Strache."),
        ("en", "Vice President Mike Pence criticized Secretary of State Rex Tillerson."),
    ],
)
def test_pipeline_keeps_two_officials_of_one_government(pipeline, lang: str, text: str) -> None:
    events = pipeline(Article("t", text, lang, date(2018, 2, 1))).events
    dyads = {(e.source and e.source.name, e.target and e.target.name) for e in events}
    assert len(events) >= 1
    assert all(s and t and s != t for s, t in dyads)


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Die Kanzlerin Angela Merkel beriet am Montag mit den Ministerpräsidenten.",
         "Ministerpräsidenten"),
        ("Die Gespräche zwischen Kanzlerin Angela Merkel und den Länderchefs dauerten lange.",
         "Länderchefs"),
        # the chancellor referred to by her title
        ("Kanzlerin Angela Merkel kam nach Berlin. Die Gespräche zwischen der Kanzlerin und "
         "den Länderchefs dauerten lange.", "Länderchefs"),
    ],
)  # fmt: skip
def test_pipeline_keeps_a_person_and_the_holders_of_an_office(
    pipeline, text: str, holders: str
) -> None:
    """The premiers are others than the chancellor: DEUGOV with DEUGOV is an event."""
    events = pipeline(Article("t", text, "de", date(2020, 10, 26))).events
    pairs = {(e.source.name, e.target.span.text) for e in events if e.source and e.target}
    pairs |= {(e.target.name, e.source.span.text) for e in events if e.source and e.target}
    assert ("Angela Merkel", holders) in pairs


def test_a_title_referring_back_to_the_person_is_still_one_actor(pipeline) -> None:
    text = "Kanzlerin Angela Merkel kam nach Rom. Dort lobte die Kanzlerin die Regierung Merkels."
    events = pipeline(Article("t", text, "de", date(2020, 10, 26))).events
    assert [e for e in events if e.source and e.target and e.source.code == e.target.code] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die USA kritisierten die US-Regierung."),
        ("en", "The United States criticized the U.S. government."),
        ("en", "Donald Trump met Kim Jong Un. Later he praised President Trump."),  # he: Trump
    ],
)
def test_pipeline_drops_a_country_with_its_government_or_one_person_twice(
    pipeline, lang: str, text: str
) -> None:
    events = pipeline(Article("t", text, lang, date(2019, 2, 1))).events
    assert [
        e for e in events if e.source and e.target and e.source.country == e.target.country
    ] == []


def test_pipeline_codes_a_repeated_meeting_once(pipeline) -> None:
    text = (
        "Trump traf Kim Jong-un am Mittwoch in Hanoi. "
        "Nach Angaben von Beobachtern traf Trump Kim Jong-un am Mittwoch in Hanoi."
    )
    events = pipeline(Article("t", text, "de", date(2019, 2, 28))).events
    meetings = [e for e in events if e.cameo.startswith("04") and not e.negated]
    facts = [(e.source and e.source.code, e.target and e.target.code, e.cameo) for e in meetings]
    assert sorted(facts) == [("PRKGOV", "USAGOV", "040"), ("USAGOV", "PRKGOV", "040")]
    assert [e.mentions for e in meetings] == [2, 2]


def test_pipeline_drops_country_own_government_dyads(pipeline) -> None:
    text = "The United States criticised Washington's allies. Washington praised the U.S. army."
    events = pipeline(Article("t", text, "en", date(2019, 2, 28))).events
    assert not [e for e in events if self_dyad(e.source, e.target)]


def _coded(pipeline, text: str, lang: str) -> list[tuple[str | None, str | None, str, bool]]:
    events = pipeline(Article("t", text, lang, date(2019, 1, 23))).events
    return [(e.source and e.source.country, e.target and e.target.country, e.cameo[:2],
             e.background) for e in events]  # fmt: skip


def test_events_dated_years_back_are_background(pipeline) -> None:
    assert ("USA", "AFG", "19", True) in _coded(
        pipeline, "In 2001, the United States attacked Afghanistan.", "en"
    )
    assert ("RUS", "USA", "11", True) in _coded(
        pipeline, "Im Jahr 2015 kritisierte Russland die USA scharf.", "de"
    )
    today = _coded(pipeline, "Am Montag kritisierte Russland die USA.", "de")
    assert ("RUS", "USA", "11", False) in today
    doc = pipeline(Article("t", "In 2001, the United States attacked Afghanistan.", "en",
                           date(2019, 1, 23)))  # fmt: skip
    assert event_to_dict(doc.events[0])["background"] is True


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a capital after a preposition is the place; as the subject it is the government
        ("Trump und Kim trafen sich in Pjöngjang.", "de",
         [("Trump", "USAGOV"), ("Kim", "PRKGOV")]),
        ("Pyongyang rejected the offer.", "en", [("Pyongyang", "PRKGOV")]),
        ("Protesters gathered in Hanoi.", "en", [("Protesters", "VNMCVL")]),
    ],
)  # fmt: skip
def test_places_are_not_actors(pipeline, text: str, lang: str, expected) -> None:
    doc = pipeline(Article("t", text, lang, date(2019, 1, 23)))
    assert [(a.span.text, a.code) for a in doc.actors] == expected


@pytest.mark.parametrize(
    "holders", ["Democratic mayors", "Federal officials", "A senior administration official"]
)
def test_pipeline_keeps_a_person_and_a_governments_office_holders_in_english(
    pipeline, holders: str
) -> None:
    """Officials and mayors of the main country (actors_officials.py) are others than the
    president they meet: USAGOV with USAGOV both ways."""
    text = f"{holders} met with President Obama at the White House on Wednesday."
    events = pipeline(Article("t", text, "en", date(2012, 12, 12))).events
    dyads = {(e.source.code, e.target.code, e.cameo) for e in events if e.source and e.target}
    assert dyads == {("USAGOV", "USAGOV", "040")}
    assert len([e for e in events if e.target]) == 2

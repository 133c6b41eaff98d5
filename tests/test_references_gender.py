"""Gender agreement of personal pronouns (references_gender.py), people the dictionary does
not code taking the pronouns nearest to them, and resolved subject pronouns carrying their
person on (references_pronouns.py)."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Actor, Article, Span
from chronik.references_gender import fits, given_names, title_gender, votes


def _actors(pipeline, text: str, lang: str, on: date) -> list[Actor]:
    return list(pipeline(Article("t", text, lang, on)).actors)


def _antecedents(actors: list[Actor], word: str) -> list[str]:
    return [a.antecedent.text for a in actors if a.span.text == word and a.antecedent]


# --- the signs of a gender ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lang", "gender"),
    [
        ("Ms.", "en", "f"),
        ("Mr", "en", "m"),
        ("congresswoman", "en", "f"),
        ("Queen", "en", "f"),
        ("Frau", "de", "f"),
        ("Bundeskanzlerin", "de", "f"),
        ("Grünen-Chefin", "de", "f"),
        ("Innenminister", "de", "m"),
        ("Berlin", "de", None),  # ends in "-in" but no office noun
        ("Kanzlerin", "en", None),  # German office nouns only in German
        ("Secretary", "en", None),
    ],
)
def test_titles_say_a_gender(word: str, lang: str, gender: str | None) -> None:
    assert title_gender(word, lang) == gender


def test_the_derived_given_names_know_common_names() -> None:
    names = given_names()
    assert names["Angela"] == "f" and names["Hillary"] == "f"
    assert names["Donald"] == "m" and names["Olaf"] == "m"
    assert "President" not in names and "Bill" not in names  # words, not given names


def test_unknown_gender_fits_every_pronoun() -> None:
    assert fits(None, "she") and fits(None, "he")
    assert fits("f", "her") and not fits("m", "She") and not fits("f", "his")
    assert fits("m", "they")  # no person pronoun: no agreement to check
    assert fits("f", "sie") and not fits(None, "sie")  # German "sie": only a known woman


def test_resolved_pronouns_vote_only_when_they_agree() -> None:
    def actor(name: str, start: int) -> Actor:
        return Actor("USAGOV", Span(start, start + 2, "he"), "", name)

    resolved = [actor("A", 0), actor("A", 10), actor("B", 20), actor("B", 30), actor("B", 40)]
    pronouns = {0: "m", 10: "m", 20: "m", 30: "m", 40: "f"}
    assert votes(resolved, pronouns) == {"A": "m"}  # B has a vote against: stays unknown
    assert votes(resolved[:1], pronouns) == {}  # one vote is not enough


# --- through the pipeline ----------------------------------------------------------------


def test_she_skips_a_man_named_between(pipeline) -> None:
    text = (
        "Ms. Haley spoke a week before Mr. Assad attacked the town, in a speech in which "
        "she said his removal was no priority."
    )
    actors = _actors(pipeline, text, "en", date(2017, 4, 10))
    assert _antecedents(actors, "she") == ["Haley"]
    assert _antecedents(actors, "his") == ["Mr. Assad"]


def test_he_skips_a_woman_known_by_her_given_name(pipeline) -> None:
    text = "Theresa May met Donald Trump in London. He praised the talks."
    actors = _actors(pipeline, text, "en", date(2018, 7, 13))
    assert [a.code for a in actors if a.span.text == "He"] == ["USAGOV"]


def test_german_er_skips_a_woman_of_a_feminine_title(pipeline) -> None:
    text = "Bundeskanzlerin Angela Merkel traf Wladimir Putin in Sotschi. Er lobte das Treffen."
    actors = _actors(pipeline, text, "de", date(2018, 5, 18))
    assert [a.code for a in actors if a.span.text == "Er"] == ["RUSGOV"]


def test_a_pronoun_nearest_to_an_uncoded_person_gets_no_actor(pipeline) -> None:
    text = "Angela Merkel spoke in Berlin. Ms. Kowalczyk told reporters that she disagreed."
    actors = _actors(pipeline, text, "en", date(2019, 6, 1))
    assert _antecedents(actors, "she") == []


def test_a_resolved_subject_pronoun_carries_its_person_on(pipeline) -> None:
    text = (
        "Barack Obama spoke in Ohio on Monday. He met workers in the morning. "
        "He visited a school. Then he praised the new law."
    )
    actors = _actors(pipeline, text, "en", date(2014, 6, 2))
    assert [a.code for a in actors if a.span.text == "he"] == ["USAGOV"]


def test_he_looks_for_a_subject_of_its_own_sentence_first(pipeline) -> None:
    text = "Joe Biden said Barack Obama told him he expected a deal."
    actors = _actors(pipeline, text, "en", date(2014, 6, 2))
    assert _antecedents(actors, "he") == ["Barack Obama"]


# --- it and they -------------------------------------------------------------------------


def test_it_never_stands_for_a_noun_for_one_person(pipeline) -> None:
    text = "A French diplomat criticised the plan. It said the talks would go on."
    actors = _actors(pipeline, text, "en", date(2019, 6, 1))
    assert _antecedents(actors, "It") == []


def test_they_nearest_to_an_uncoded_plural_subject_gets_no_actor(pipeline) -> None:
    text = "Democrats rejected the budget on Tuesday. Large campaigns said they could not pay."
    actors = _actors(pipeline, text, "en", date(2019, 6, 1))
    assert _antecedents(actors, "they") == []
    text = "Democrats rejected the budget on Tuesday. They said it cut too deeply."
    assert _antecedents(_actors(pipeline, text, "en", date(2019, 6, 1)), "They") == ["Democrats"]


def test_german_singular_sie_is_only_a_woman_the_article_shows(pipeline) -> None:
    text = "Bundeskanzlerin Angela Merkel traf Wladimir Putin in Sotschi. Sie lobte das Treffen."
    actors = _actors(pipeline, text, "de", date(2018, 5, 18))
    assert [a.code for a in actors if a.span.text == "Sie"] == ["DEUGOV"]
    text = "Die Regierung legte den Plan vor. Sie will die Steuern senken."
    assert _antecedents(_actors(pipeline, text, "de", date(2018, 5, 18)), "Sie") == []


def test_german_possessive_ihr_is_only_a_woman_the_article_shows(pipeline) -> None:
    text = "Bundeskanzlerin Angela Merkel reiste nach Paris. Dort lobte Macron ihren Einsatz."
    actors = _actors(pipeline, text, "de", date(2018, 5, 18))
    assert _antecedents(actors, "ihren") == ["Bundeskanzlerin Angela Merkel"]
    text = "Wladimir Putin traf die Gewerkschaften. Sie stellten ihre Forderungen vor."
    assert _antecedents(_actors(pipeline, text, "de", date(2018, 5, 18)), "ihre") == []
    text = "Bundeskanzlerin Angela Merkel reiste nach Paris. Ihr Besuch bei Macron war kurz."
    assert _antecedents(_actors(pipeline, text, "de", date(2018, 5, 18)), "Ihr") == []


def test_a_description_is_an_antecedent_of_a_pronoun(pipeline) -> None:
    text = (
        "Martin Mubanga from London said he was interrogated at the camp. "
        "The home secretary said he would not launch an investigation."
    )
    actors = _actors(pipeline, text, "en", date(2005, 1, 31))
    assert [a.code for a in actors if a.span.text == "he"] == ["GBRGOV"]  # not Mubanga's he


def test_a_feminine_title_is_no_man_named_before(pipeline) -> None:
    text = "Emmanuel Macron besuchte Berlin. Die Kanzlerin dankte ihm."
    actors = _actors(pipeline, text, "de", date(2019, 6, 1))
    assert _antecedents(actors, "Die Kanzlerin") == []


def test_the_end_of_a_list_is_no_pair_for_their(pipeline) -> None:
    text = "Britain, Canada, France and Germany pledged to hold their currencies stable."
    actors = _actors(pipeline, text, "en", date(1987, 3, 1))
    assert _antecedents(actors, "their") == []


def test_a_party_adjective_before_a_noun_is_no_person(pipeline) -> None:
    named = "Kevin McCarthy spoke on Monday. "
    text = named + "Moderates see that as running counter to the Republican goal of cuts."
    assert _antecedents(_actors(pipeline, text, "en", date(2023, 9, 1)), "the Republican") == []
    text = named + "The Republican said the bill would pass."
    actors = _actors(pipeline, text, "en", date(2023, 9, 1))
    assert _antecedents(actors, "The Republican") == ["Kevin McCarthy"]


def test_a_ministers_title_alone_is_no_deputy_named_before(pipeline) -> None:
    text = (
        "Turkish Prime Minister Ahmet Davutoglu spoke in Ankara. Deputy Prime Minister Numan "
        "Kurtulmus said the attack was planned. The Prime Minister said his country would fight."
    )
    actors = _actors(pipeline, text, "en", date(2016, 1, 13))
    assert _antecedents(actors, "The Prime Minister") == ["Turkish Prime Minister Ahmet Davutoglu"]


def test_it_nearest_to_an_uncoded_subject_gets_no_actor(pipeline) -> None:
    text = "The report criticised Iran on Monday. It said the talks had failed."
    assert _antecedents(_actors(pipeline, text, "en", date(2019, 6, 1)), "It") == []
    text = "The Iranian army attacked the town on Monday. It said the raid had succeeded."
    actors = _actors(pipeline, text, "en", date(2019, 6, 1))
    assert _antecedents(actors, "It") == ["Iranian army"]


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        # two votes give Erdogan a gender: the pronouns are resolved again with it
        ("Recep Tayyip Erdogan visited Paris. He praised France. He thanked the hosts.", 2),
        # one vote gives none: the first answer stands, nothing is resolved twice
        ("Recep Tayyip Erdogan visited Paris. He praised France.", 1),
    ],
)
def test_pronouns_are_resolved_again_only_when_the_votes_give_a_gender(
    pipeline, monkeypatch: pytest.MonkeyPatch, text: str, passes: int
) -> None:
    from chronik import references_pronouns

    calls = []
    resolve_all = references_pronouns._resolve_all

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return resolve_all(*args, **kwargs)

    monkeypatch.setattr(references_pronouns, "_resolve_all", counted)
    actors = _actors(pipeline, text, "en", date(2014, 3, 3))
    assert len(calls) == passes
    assert [a.code for a in actors if a.span.text == "He"] == ["TURGOV"] * passes


@pytest.mark.parametrize(("article", "resolved"), [("Die", True), ("Der", False)])
def test_german_sie_follows_the_article_of_an_adjective_title(pipeline, article, resolved) -> None:  # type: ignore[no-untyped-def]
    # "Abgeordnete" has no feminine form of its own: the article shows the gender
    text = (
        f"In Deutschland wächst der Streit. {article} Abgeordnete Gyde Berger kritisierte "
        "die Regierung. Sie forderte einen Mindestlohn."
    )
    actors = pipeline(Article("t", text, "de", date(2020, 12, 1))).actors
    assert (("Sie", "DEULEG") in [(a.span.text, a.code) for a in actors]) is resolved

"""English references in the source and target slots of events (issue 12): relative "who"
or "whom" after a comma stands for the coded mention before it; "they" for a subject "A and B" named
before; "the department" for the department named before."""

from __future__ import annotations

from chronik.records import Article

from .coding import coded


def _pronoun_codes(pipeline, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = pipeline(Article(id="t", text=text, lang="en"))
    return [a.code for a in doc.actors if a.span.text == word]


def test_who_after_a_comma_is_the_mention_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The summit was opened by Angela Merkel, who criticised Iran over its missile tests."
    assert ("DEUGOV", "IRN", "111") in coded(pipeline, text)


def test_whom_after_a_comma_is_the_mention_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("RUSGOV", "USAGOV", "051") in coded(
        pipeline, "Putin met Donald Trump, whom he praised."
    )


def test_who_after_a_dash_is_the_mention_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Observers are waiting for Emmanuel Macron — who condemned Russia last week."
    assert _pronoun_codes(pipeline, text, "who") == ["FRAGOV"]


def test_who_after_an_of_phrase_is_not_its_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "who" is the nephew, not Putin
    text = "The talks were led by a nephew of Vladimir Putin, who criticised Iran on Monday."
    assert _pronoun_codes(pipeline, text, "who") == []


def test_restrictive_who_keeps_its_parse(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no comma: the parse itself puts the noun in the slot; "who" gets no actor
    text = "Voters who backed Boris Johnson condemned Iran."
    assert _pronoun_codes(pipeline, text, "who") == []


def test_they_after_a_coordinated_subject_and_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the G20 named after the pair does not break it
    text = (
        "Emmanuel Macron and Vladimir Putin met on the sidelines of the G20. "
        "They agreed to resume talks on Ukraine."
    )
    assert _pronoun_codes(pipeline, text, "They") == ["FRAGOV", "RUSGOV"]


def test_they_after_a_pair_and_a_group_is_the_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Emmanuel Macron and Vladimir Putin met on the sidelines of the G20. "
        "Protesters outside the hall said they would march again."
    )
    assert "FRAGOV" not in _pronoun_codes(pipeline, text, "they")


def test_them_is_not_its_own_clauses_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Emmanuel Macron and Vladimir Putin met at the G20 in Osaka and praised them."
    assert _pronoun_codes(pipeline, text, "them") == []


def test_the_department_is_the_department_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department froze the assets of two banks on Tuesday. "
        "A day later the department accused Iran of financing the militias."
    )
    assert _pronoun_codes(pipeline, text, "the department") == ["USAGOV"]


def test_the_department_after_an_uncoded_one_stays_uncoded(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the fire department named in between is no actor the dictionary knows
    text = (
        "The Treasury Department froze the assets of two banks on Tuesday. "
        "Firefighters of the county fire department were called to the scene. "
        "A day later the department accused Iran of financing the militias."
    )
    assert _pronoun_codes(pipeline, text, "the department") == []


def test_the_commission_with_its_capital_is_the_commission_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # British news writes the short name with a capital; a name's head before its own words
    # ("the Commission President", "the Commission for Racial Equality") refers to nothing
    text = "The European Commission fined Google on Tuesday. The Commission said the fine was fair."
    assert _pronoun_codes(pipeline, text, "The Commission") == ["IGOEUREEC"]
    text = (
        "The European Commission fined Google on Tuesday. "
        "The Commission for Racial Equality criticised the police."
    )
    assert _pronoun_codes(pipeline, text, "The Commission") == []


def test_the_commission_after_the_eu_or_the_ec_is_the_eus(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The EC imposed duties on Japanese chips. The Commission said Japan had dumped them."
    assert _pronoun_codes(pipeline, text, "The Commission") == ["IGOEUREEC"]
    # a commission named before is the one meant; with a small letter no EU body is meant
    text = "The EU fined Google. The Monopolies Commission said the fine was fair."
    assert _pronoun_codes(pipeline, text + " The Commission agreed.", "The Commission") == []
    text = "The EU fined Google. A joint commission met. The commission agreed."
    assert _pronoun_codes(pipeline, text, "The commission") == []


def test_the_house_is_the_legislature_of_the_storys_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Trump met Pelosi in Washington. The House rejected the bill on Tuesday."
    assert _pronoun_codes(pipeline, text, "The House") == ["USALEG"]
    text = "Blair spoke in London on Monday. On Tuesday the House voted again."
    assert _pronoun_codes(pipeline, text, "the House") == ["GBRLEG"]
    # a name's part, a house, and a story without a country are no legislature
    text = "Trump met Pelosi in Washington. The House Speaker and the house of cards fell."
    assert not [a for a in pipeline(Article(id="t", text=text, lang="en")).actors
                if "house" in a.span.text.lower() and a.code.endswith("LEG")
                and a.span.text != "House Speaker"]  # fmt: skip
    assert _pronoun_codes(pipeline, "The House rejected the bill.", "The House") == []


def test_a_story_about_a_country_without_a_house_means_another_countrys(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea fired another missile on Monday. Pyongyang said the test was a success."
        " Months after President Trump met Kim Jong Un, the House approved sanctions."
    )
    assert _pronoun_codes(pipeline, text, "the House") == ["USALEG"]

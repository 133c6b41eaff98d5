"""English actors the dev misses of session 11 found uncoded (issue 12): foreign parties as
English news names them, and "officers" after the police force that employs them. Our own
sentences through the real pipeline."""

from __future__ import annotations

from chronik.records import Article

from .coding import coded


def _codes(pipeline, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = pipeline(Article(id="t", text=text, lang="en"))
    return [a.code for a in doc.actors if a.span.text == word]


def test_an_israeli_party_in_english_is_israeli(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Netanyahu met his ministers. Yesh Atid criticised the Palestinian Authority."
    assert _codes(pipeline, text, "Yesh Atid") == ["ISRPTY"]


def test_a_turkish_party_acronym_in_english(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Erdogan spoke in Ankara. The AKP accused the European Union of hypocrisy."
    assert ("TURPTY", "IGOEUREEC", "112") in coded(pipeline, text)


def test_officers_after_the_police_are_the_police(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Police closed a road in London on Friday. Officers arrested two protesters."
    assert _codes(pipeline, text, "Officers") == ["GBRCOP"]
    assert ("GBRCOP", "GBRCVL", "173") in coded(pipeline, text)


def test_officers_after_soldiers_stay_uncoded(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the latest force named before them is an army: they may be its officers
    text = "Police left the square in London. Soldiers moved in. Officers arrested two men."
    assert _codes(pipeline, text, "Officers") == []


def test_officers_with_a_modifier_are_not_taken_for_police(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Police closed a road in London. Customs officers seized a lorry at Dover."
    assert "GBRCOP" not in _codes(pipeline, text, "officers")


def test_a_newspaper_named_after_a_capital_is_no_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Washington Post reported on Monday that Iran criticized Israel."
    assert _codes(pipeline, text, "Washington") == []
    assert ("USAGOV", "ISR", "111") not in coded(pipeline, text)


def test_a_market_named_after_a_capital_is_its_countrys_business(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bank of Nova Scotia said it would apply for a listing on the Tokyo Stock Exchange."
    assert _codes(pipeline, text, "Tokyo") == ["JPNBUS"]
    text = "The Berlin Film Festival opened on Thursday."
    assert _codes(pipeline, text, "Berlin") == []
    text = "The London Metal Exchange said on Monday that it would cut fees."
    assert _codes(pipeline, text, "London") == ["GBRBUS"]


def test_a_dispute_between_companies_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bank of Nova Scotia sued the Tokyo Stock Exchange."
    assert coded(pipeline, text) == set()
    text = "The Japanese government sued the Bank of Nova Scotia."
    assert coded(pipeline, text) == {("JPNGOV", "CANBUS", "115")}


def test_a_companys_seat_after_a_comma_is_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The bank said Nomura Securities Co Ltd, of Tokyo, would sponsor its application."
    assert _codes(pipeline, text, "Tokyo") == []
    text = "The mayor of Tokyo met Chinese officials."
    assert _codes(pipeline, text, "mayor of Tokyo") == ["JPNGOV"]


def test_the_capital_alone_is_still_the_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Washington criticized Tehran on Monday."
    assert _codes(pipeline, text, "Washington") == ["USAGOV"]


def test_the_members_an_object_lists_are_its_targets(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "asked four countries, including the U.S. and Britain", "allies such as Japan": the
    object names no actor, the phrase after it its members."""
    text = "Kuwait asked four countries, including the U.S. and Britain, for help."
    assert {("KWT", "USA", "023"), ("KWT", "GBR", "023")} <= coded(pipeline, text)
    text = "Iran criticised allies such as Japan and Germany."
    assert {("IRN", "JPN", "111"), ("IRN", "DEU", "111")} <= coded(pipeline, text)

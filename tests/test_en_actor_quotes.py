"""English actors of session 12 (issue 12): "I" in a quotation as its speaker
(references_quotes.py), "the president" of an American story (actors_officials.py), and
Phoenix agent nouns that name things ("settlements", "carrier"). Our own sentences through
the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article
from chronik.references_quotes import quotations

from .coding import coded


def _actors(pipeline, text: str, on: date | None = date(2018, 5, 1)) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = pipeline(Article("t", text, "en", on))
    return [(a.span.text, a.code) for a in doc.actors]


def test_i_in_a_quotation_is_its_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = '"I condemn the attack on Israel," Merkel said on Tuesday.'
    assert ("I", "DEUGOV") in _actors(pipeline, text)
    assert ("DEUGOV", "ISR", "111") in coded(pipeline, text, on=date(2018, 5, 1))


def test_we_in_a_quotation_is_its_speakers_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = '"We will impose new sanctions on Iran," Pompeo said on Tuesday.'
    assert ("We", "USAGOV") in _actors(pipeline, text)
    # an announced sanction (163, intended), not a threat: no condition, no "threatened"
    assert any(s == "USAGOV" and t == "IRN" and c[:2] == "16" for s, t, c in coded(pipeline, text))
    german = '"Wir werden Sanktionen gegen Russland verhängen", sagte Außenminister Maas.'
    doc = pipeline(Article("t", german, "de", date(2020, 6, 1)))
    assert ("Wir", "DEUGOV") in [(a.span.text, a.code) for a in doc.actors]


def test_we_of_a_speaker_behind_a_coded_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the title names the White House too: one side, the name's
    text = "“We are urging Russia to resolve it,” White House press secretary Jay Carney said."
    assert ("We", "USAGOV") in _actors(pipeline, text, date(2013, 6, 1))
    # two sides in the speaker's phrase: whose "we" it is stays open
    text = '"We will impose sanctions," Pompeo and Lavrov said on Tuesday.'
    assert not any(word == "We" for word, _ in _actors(pipeline, text))


def test_a_quotation_goes_on_in_the_next_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Pelosi spoke to reporters.\n\n"We will see," Pelosi replied. '
        '"But I urge Trump to veto the bill."'
    )
    assert ("I", "USALEG") in _actors(pipeline, text)


def test_a_quotation_attributed_after_its_second_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the quotation closes in the next sentence, whose verb names its speaker: not Pelosi
    text = 'Pelosi called the plan dead. "I will sign it. It is a good plan," Trump said.'
    assert [c for w, c in _actors(pipeline, text) if w == "I"] == ["USAGOV"]


def test_british_quotations_open_every_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    # each quoted sentence opens with a mark, only the last closes: all are Blair's words
    text = 'Tony Blair told the BBC: "We have a plan. "I will meet Chirac on Monday."'
    assert ("I", "GBRGOV") in _actors(pipeline, text, date(2005, 3, 1))


def test_an_uncoded_speaker_keeps_the_i(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the verb's subject is a man the dictionary does not know: "I" is his, not Trump's
    text = 'Trump spoke on Monday. "I was scared," Tom Brewer said.'
    assert [w for w, _ in _actors(pipeline, text)] == ["Trump"]


def test_i_outside_a_quotation_is_nobody(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Trump said "the deal is dead." I think he is right.'
    assert [w for w, _ in _actors(pipeline, text)] == ["Trump", "he"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "no" and left.', [(8, 12)]),
        ("“Yes,” she said. “No.”", [(0, 6), (17, 22)]),
        # an open quotation ends with its paragraph
        ('He said: "We will win.\nThey left.', [(9, 22)]),
        # an opening mark inside an open quotation starts the next one
        ('He said: "We will win. "They will lose."', [(9, 23), (23, 40)]),
    ],
)  # fmt: skip
def test_quotations(text: str, expected: list[tuple[int, int]]) -> None:
    assert quotations(text) == expected


def test_the_president_in_an_american_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nothing before resolves "the president": the American one
    text = "Mr. Mueller could cross a line the president has warned him about."
    assert ("the president", "USAGOV") in _actors(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mueller spoke. The former president criticised him.",
        "Mueller spoke. The vice president criticised him.",
        "Mueller spoke. The president of the college criticised him.",
        "Mueller spoke. The president-elect criticised him.",
        # a British story: its head of government is no president
        "Police in London arrested a man. The president criticised them.",
    ],
)
def test_no_sitting_american_president(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(Article("t", text, "en", date(2018, 5, 1)))
    assert not [a for a in doc.actors if a.entry == "actors_officials.py"]


def test_settlements_are_no_civilians(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Palestinians say the settlements undermine peace."
    assert _actors(pipeline, text) == [("Palestinians", "PSE")]


def test_a_carrier_is_no_military(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch airline is talking to a regional carrier, a KLM spokesman said."
    assert not [c for _, c in _actors(pipeline, text) if c.endswith("MIL")]
    # an aircraft carrier still is
    assert "USAMIL" in [c for _, c in _actors(pipeline, "The U.S. aircraft carrier sailed.")]

"""Links to related stories inside a sentence are blanked before the analysis."""

from datetime import date

from chronik.boilerplate import blank_boilerplate
from chronik.records import Article

# The Hill's related-stories block, as the AllSides corpus has it (the headlines are ours).
SENTENCE = (
    "Trump is set to meet North Korean leader Kim Jong Un Kim Jong UnTrump says Japan "
    "attacked China South Korea: US pursuing talks with Iran MORE next week in Hanoi."
)


def test_the_block_is_blanked_and_the_name_before_it_stays() -> None:
    blanked = blank_boilerplate(SENTENCE)
    assert len(blanked) == len(SENTENCE)
    assert blanked.startswith("Trump is set to meet North Korean leader Kim Jong Un ")
    words = "Trump is set to meet North Korean leader Kim Jong Un next week in Hanoi."
    assert " ".join(blanked.split()) == words


def test_the_full_name_before_the_block_is_blanked_too() -> None:
    text = (
        "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellSenate "
        "blocks bill Democrats fume MORE said on Tuesday the Senate would vote."
    )
    blanked = blank_boilerplate(text)
    assert len(blanked) == len(text)
    assert " ".join(blanked.split()) == (
        "Senate Majority Leader Mitch McConnell said on Tuesday the Senate would vote."
    )


def test_a_repeated_name_without_the_link_word_stays() -> None:
    text = "He said Kim Jong Un Kim Jong Un. Then he left."
    assert blank_boilerplate(text) == text
    assert (
        blank_boilerplate("New York New YorkMagazine reported it.")
        == "New York New YorkMagazine reported it."
    )


def test_no_event_is_read_from_the_block_and_offsets_index_the_article(pipeline) -> None:
    doc = pipeline(Article(id="t", text=SENTENCE, lang="en", date=date(2019, 2, 20)))
    assert doc.article.text == SENTENCE
    coded = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in doc.events}
    assert coded == {("USAGOV", "PRKGOV", "036"), ("PRKGOV", "USAGOV", "036")}
    for event in doc.events:
        assert SENTENCE[event.trigger.start : event.trigger.end] == event.trigger.text == "meet"
        assert event.sentence_text == SENTENCE  # the sentence as the article has it


# A German paper's advertisement between two paragraphs (the wording is ours).
PROMO_STORY = (
    "Die Abgeordnete Gyde Jensen (FDP) kritisierte China.\n"
    "[Wenn Sie alle Nachrichten aus Berlin live auf Ihr Handy haben wollen, empfehlen wir "
    "Ihnen unsere App.]\n"
    "Sie warf Peking vor, die Demokratie in Hongkong zu beseitigen."
)


def test_an_advertisement_to_the_reader_is_blanked() -> None:
    blanked = blank_boilerplate(PROMO_STORY)
    assert len(blanked) == len(PROMO_STORY)
    assert "Handy" not in blanked and "Berlin" not in blanked
    assert blanked.startswith("Die Abgeordnete Gyde Jensen (FDP)")
    assert blanked.endswith("Sie warf Peking vor, die Demokratie in Hongkong zu beseitigen.")


def test_a_bracketed_word_of_the_story_stays() -> None:
    text = "„Sie [die Regierung] muss handeln“, sagte er. [Sie] kam später."
    assert blank_boilerplate(text) == text


def test_no_actor_is_read_from_the_advertisement(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(Article(id="t", text=PROMO_STORY, lang="de", date=date(2020, 12, 1)))
    start = PROMO_STORY.index("[")
    end = PROMO_STORY.index("]")
    assert [a.span.text for a in doc.actors if start <= a.span.start <= end] == []
    assert ("DEULEG", "CHN", "111") in {
        (e.source.code, e.target.code if e.target else None, e.cameo) for e in doc.events
    }

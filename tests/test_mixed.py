"""Articles that mix German and English are coded paragraph run by paragraph run."""

from __future__ import annotations

from chronik.mixed import language_runs
from chronik.records import Article

DE = (
    "Die Vereinigten Staaten und Nordkorea verhandeln derzeit in Hanoi über die atomare "
    "Abrüstung der koreanischen Halbinsel, sagte ein Sprecher der Regierung am Montag."
)
EN = (
    "Russia criticised Ukraine on Monday over the new gas pipeline, and the European Union "
    "urged both countries to return to negotiations in Brussels next week."
)


def _identify(text: str) -> str | None:
    return "de" if "Die " in text else "fr" if "Le " in text else "en"


def test_runs_join_paragraphs_of_one_language_and_short_ones():
    text = f"{EN}\n\nLONDON\n\n{EN}\n\n{DE}\n\n{DE}"
    runs = language_runs(text, _identify)
    assert [(text[s:e].count("\n\n"), lang) for s, e, lang in runs] == [(2, "en"), (1, "de")]
    assert runs[0][0] == 0 and runs[1][1] == len(text)


def test_one_language_or_an_unsupported_second_is_no_mix():
    assert language_runs(f"{EN}\n\n{EN}", _identify) == []
    french = "Le " + "x" * 200
    assert language_runs(f"{EN}\n\n{french}", _identify) == []
    runs = language_runs(f"{EN}\n\n{french}\n\n{DE}", _identify)
    assert [lang for _, _, lang in runs] == ["en", "de"]


def test_german_paragraph_in_an_english_article_is_coded(pipeline):
    text = f"{EN}\n\n{DE}\n\n{EN}"
    doc = pipeline(Article("mixed", text))
    coded = {(e.sentence, e.source.code, e.cameo) for e in doc.events}
    assert (1, "USA", "046") in coded and (0, "RUS", "111") in coded and (2, "RUS", "111") in coded
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    for event in doc.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert text[event.source.span.start : event.source.span.end] == event.source.span.text
        assert event.sentence_text == doc.sentences[event.sentence].text
    english_only = pipeline(Article("mixed", text, lang="en")).events
    assert not any(e.cameo == "046" for e in english_only)  # what was lost before

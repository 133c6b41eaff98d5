"""The shared test helper (tests/coding.py): which fields of which events it returns, on
hand-made events, so that the tests built on it check what they say."""

from __future__ import annotations

from datetime import date

from chronik.document import Document
from chronik.records import Article, Event

from .coding import NEWS_DATE, both_ways, coded, mention_codes


def fake_pipeline(events: tuple[Event, ...], seen: list[Article]):  # type: ignore[no-untyped-def]
    """A pipeline that records the article it gets and codes ``events``."""

    def run(article: Article) -> Document:
        seen.append(article)
        return Document(article, article.lang or "", events=events)

    return run


def test_coded_gives_actor_codes_and_none_for_no_target(make_event) -> None:
    events = (make_event(), make_event(target=None, cameo="010"))
    seen: list[Article] = []
    assert coded(fake_pipeline(events, seen), "Die USA und Nordkorea verhandeln derzeit.") == {
        ("USA", "PRK", "046"),
        ("USA", None, "010"),
    }
    assert (seen[0].lang, seen[0].date) == ("en", NEWS_DATE)


def test_coded_passes_language_and_date(make_event) -> None:
    seen: list[Article] = []
    coded(fake_pipeline((make_event(),), seen), "Text.", "de", on=None)
    coded(fake_pipeline((make_event(),), seen), "Text.", on=date(2024, 1, 10))
    assert [(a.lang, a.date) for a in seen] == [("de", None), ("en", date(2024, 1, 10))]


def test_coded_picks_fields_and_the_rule_file(make_event) -> None:
    events = (make_event(modality="intended"),)
    fields = ("source", "cameo", "modality", "rule_file", "negated")
    assert coded(fake_pipeline(events, []), "Text.", fields=fields) == {
        ("USA", "046", "intended", "verbs/de.v1.tsv", False)
    }


def test_coded_leaves_out_denied_events_only_when_asked(make_event) -> None:
    events = (make_event(), make_event(cameo="190", negated=True))
    assert coded(fake_pipeline(events, []), "Text.") == {
        ("USA", "PRK", "046"),
        ("USA", "PRK", "190"),
    }
    assert coded(fake_pipeline(events, []), "Text.", negated=False) == {("USA", "PRK", "046")}


def test_both_ways_codes_a_symmetric_event_from_each_side() -> None:
    assert both_ways("FRA", "DEU", "040", "intended") == {
        ("FRA", "DEU", "040", "intended"),
        ("DEU", "FRA", "040", "intended"),
    }


def test_mention_codes_gives_words_and_codes_in_text_order_on_the_date(actors) -> None:
    assert mention_codes(actors, "Merkel traf Putin.", "de") == [
        ("Merkel", "DEUGOV"),
        ("Putin", "RUSGOV"),
    ]
    assert mention_codes(actors, "Merkel spoke.", on=date(1990, 1, 1)) == [("Merkel", "DEUELI")]

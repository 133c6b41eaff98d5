"""Place names: gazetteer resolution, mention finding and event locations."""

# ruff: noqa: E501  (hand-written cases read best one per line)
from __future__ import annotations

import pytest

from chronik.dictionaries import read_tsv
from chronik.document import Document
from chronik.errors import DictionaryError
from chronik.places import (
    SUPPLEMENT_COLUMNS,
    EventLocator,
    Gazetteer,
    PlaceFinder,
    _check_supplement,
    _read_names,
    find_places,
)
from chronik.records import Argument, Article, Event, Frame, Sentence, Span

from .conftest import span_of


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def placed(gazetteer: Gazetteer, doc: Document) -> Document:
    """The document after the pipeline's two place stages."""
    return EventLocator()(PlaceFinder(gazetteer)(doc))


@pytest.mark.parametrize(
    ("name", "lang", "country", "geonames_id"),
    [
        ("Singapur", "de", "SGP", 1880252),  # the city-state, not Singāpur in India
        ("Singapore", "en", "SGP", 1880252),
        ("Vietnam", "de", "VNM", 1562822),
        ("Hanoi", "de", "VNM", 1581130),
        ("Pjöngjang", "de", "PRK", 1871859),
        ("Peking", "de", "CHN", None),
        ("Moskau", "de", "RUS", None),
        ("Brüssel", "de", "BEL", None),
        ("Washington", "en", "USA", 4140963),
        ("New York", "en", "USA", None),
        ("Den Haag", "de", "NLD", None),
        ("Kiew", "de", "UKR", None),
        ("USA", "de", "USA", None),
        ("U.S.", "en", "USA", None),
        ("Nordkorea", "de", "PRK", None),
        ("Nordkoreas", "de", "PRK", None),
        ("Russia's", "en", "RUS", None),
        ("Großbritannien", "de", "GBR", None),
        ("Panmunjom", "en", "PRK", None),
        ("Berg Kumgang", "de", "PRK", None),
        ("Berg Geumgang", "de", "PRK", None),
        ("Industrieparks Kaesong", "de", "PRK", None),
        ("Gazastreifen", "de", "PSE", None),
        ("Krim", "de", "UKR", None),
        ("Crimea", "en", "UKR", None),
        ("Donbass", "de", "UKR", None),
        ("Georgia", "de", "USA", None),  # German calls the country Georgien
        ("Georgias", "de", "USA", None),
        ("Georgien", "de", "GEO", None),
    ],
)
def test_gazetteer_resolves(gazetteer, name, lang, country, geonames_id):
    place = gazetteer.resolve(name, lang=lang)
    assert place is not None
    assert place.country == country
    assert place.lat is not None and place.lon is not None
    if geonames_id is not None:
        assert place.geonames_id == geonames_id


def test_gazetteer_ranks_cities_in_context_countries(gazetteer):
    assert gazetteer.resolve("Hyderabad", lang="en").country == "IND"
    assert gazetteer.resolve("Hyderabad", lang="en", context_countries=("PAK",)).country == "PAK"


def test_gazetteer_lacks_unknown_names(gazetteer):
    assert gazetteer.resolve("Xyzzyland", lang="de") is None
    assert gazetteer.resolve("us", lang="en") is None  # "US" is written in capitals


def test_supplement_rows_are_checked(tmp_path):
    bad = tmp_path / "supplement.tsv"
    bad.write_text(
        "key\tname\tcountry\tlat\tlon\tgeonames_id\na\tA\tXX\t1\t2\t\nb\tB\tPRK\tnorth\t2\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError) as error:
        read_tsv(bad, SUPPLEMENT_COLUMNS, check=_check_supplement)
    assert [p.split(": ")[0] for p in error.value.problems] == [f"{bad}:2", f"{bad}:3"]


def test_name_rows_must_point_at_known_places(tmp_path):
    names = tmp_path / "names.tsv"
    names.write_text(
        "lang\tname\tkind\tref\tnote\n"
        "de\tPjöngjang\tcity\t1871859\t\n"
        "de\tNirgendwo\tcity\t999\t\n"
        "fr\tPékin\tcountry\tCHN\t\n",
        encoding="utf-8",
    )
    targets = {"country": {"CHN": None}, "city": {1871859: None}, "place": {}}
    with pytest.raises(DictionaryError) as error:
        _read_names(names, targets, curated=True)
    assert [p.split(": ", 1)[0] for p in error.value.problems] == [f"{names}:3", f"{names}:4"]


def mentions(gazetteer, text: str, lang: str, **options) -> list[tuple[str, str | None]]:
    sent = Sentence(0, 3, 3 + len(text), text)
    places = find_places(sent, gazetteer, lang=lang, **options)
    return [(p.span.text, p.country) for p in places]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Kim Jong-un traf Trump in Hanoi.", [("Hanoi", "VNM")]),
        ("de", "Essen ist wichtig, sagte er in Essen.", [("Essen", "DEU")]),
        ("de", "Die Verhandlungen in Vietnam und in Singapur.", [("Vietnam", "VNM"), ("Singapur", "SGP")]),
        ("de", "Auch Pjöngjang lehnte ab.", [("Pjöngjang", "PRK")]),
        ("en", "Split decisions were made at the UN in New York.", [("New York", "USA")]),
        ("en", "The U.S. and North Korea met.", [("U.S.", "USA"), ("North Korea", "PRK")]),
        ("en", "Officials met in the Gaza Strip.", [("Gaza Strip", "PSE")]),
        ("en", "In March the White House met in Asia.", [("Asia", None)]),
        ("de", "Am Ende stimmte die Hamas in Kairo zu.", [("Kairo", "EGY")]),
        ("en", "Google and Chelsea visited Sapporo.", [("Sapporo", "JPN")]),
        # a name's words are one space apart: no "New York" across a line, "North Korea" across two spaces
        ("en", "They flew from New\nYork to North  Korea and to South Korea.", [("South Korea", "KOR")]),
        ("en", "Talks in New York, Rio de Janeiro and Hong  Kong.", [("New York", "USA"), ("Rio de Janeiro", "BRA")]),
        # a German place noun before a smaller city's name acts as a preposition
        ("de", "Die Leitung einer Schule in der östlichen Stadt Miskolc schrieb.", [("Miskolc", "HUN")]),
        ("de", "Ein Brief aus der Universitätsstadt Miskolc.", [("Miskolc", "HUN")]),
    ],
)  # fmt: skip
def test_place_mentions_are_found(gazetteer, lang, text, expected):
    assert mentions(gazetteer, text, lang) == expected


def test_place_mentions_have_article_offsets(gazetteer):
    text = "Sie trafen sich in Singapur."
    place = find_places(Sentence(0, 3, 31, text), gazetteer, lang="de")[0]
    assert place.span == Span(22, 30, "Singapur")


def test_actor_spans_are_not_places(gazetteer):
    text = "Washington warnte Peking."
    blocked = (Span(3, 13, "Washington"),)
    assert mentions(gazetteer, text, "de", blocked=blocked) == [("Peking", "CHN")]


def test_seed_event_locations(gazetteer, seed_document):
    doc = placed(gazetteer, seed_document)
    located = {e.frame.predicate: e.location for e in doc.events}
    # "nach dem Gipfel in Singapur" is when, not where, the new meeting happens.
    assert located["zusammenkommen"] is None
    assert located["treffen"].country == "VNM"
    assert located["erörtern"].span.text == "Vietnam"
    assert (located["annehmen"].name, located["annehmen"].country) == ("Singapore", "SGP")
    assert [p.span.text for p in doc.places] == [
        "Singapur",
        "Vietnam",
        "Vietnam",
        "Nordkoreas",
        "Singapur",
    ]


def test_event_without_frame_is_located_after_preposition(gazetteer, make_event):
    text = "Die USA und Nordkorea verhandeln in Hanoi."
    event = make_event(text=text)
    doc = Document(Article("d", text, "de"), "de", (Sentence(0, 0, len(text), text),),
                   events=(event,))  # fmt: skip
    located = placed(gazetteer, doc)
    assert [p.span.text for p in located.places] == ["USA", "Nordkorea", "Hanoi"]
    assert located.events[0].location.name == "Hanoi"


def test_event_noun_in_subject_gives_location(gazetteer):
    text = "Die Gespräche im Industriepark Kaesong wurden am Mittwoch abgebrochen."

    def span(part: str) -> Span:
        return span_of(text, part)

    noun = Frame(0, "Gespräch", span("Gespräche"), (
        Argument("pp", span("im Industriepark Kaesong"), "Industriepark", prep="in"),
    ), clause="nominal", parent=1)  # fmt: skip
    clause = Frame(0, "abbrechen", span("abgebrochen"), (
        Argument("subj", span("Die Gespräche im Industriepark Kaesong"), "Gespräch"),
        Argument("pp", span("am Mittwoch"), "Mittwoch", prep="an"),
    ), tense="past", voice="passive")  # fmt: skip
    event = Event(doc_id="d", sentence=0, sentence_text=text, source=None, target=None,
                  cameo="161", trigger=clause.trigger, rule="test", frame=clause)  # fmt: skip
    doc = Document(Article("d", text, "de"), "de", (Sentence(0, 0, len(text), text),),
                   (noun, clause), events=(event,))  # fmt: skip
    located = placed(gazetteer, doc).events[0].location
    assert (located.name, located.country) == ("Kaesong Industrial Region", "PRK")


def test_a_sentence_read_again_gives_the_same_places(gazetteer):
    # the words of the sentences last read are kept: another context still counts
    text = "Die Gespräche in Paris und Lyon."
    sent = Sentence(0, 0, len(text), text)
    first = find_places(sent, gazetteer, lang="de")
    again = find_places(sent, gazetteer, lang="de", blocked=(Span(17, 22, "Paris"),))
    assert [p.span.text for p in first] == ["Paris", "Lyon"]
    assert [p.span.text for p in again] == ["Lyon"]

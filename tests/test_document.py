"""The document's per-sentence lookups, and that coding stays linear in article length."""

from __future__ import annotations

import pytest

from chronik.document import Document
from chronik.records import Actor, Article, EventDate, Place, Sentence, Span


def _doc() -> Document:
    text = "Eins zwei. Drei vier. Fünf sechs."
    sentences = tuple(Sentence(i, s, e, text[s:e]) for i, (s, e) in
                      enumerate([(0, 10), (11, 21), (22, 33)]))  # fmt: skip
    actors = tuple(
        Actor("USA", Span(s, s + 4, text[s : s + 4]), "t:1", "x") for s in (0, 11, 16, 22)
    )
    times = (EventDate("2019", span=Span(11, 15, "Drei"), precision="year"),
             EventDate("2020", precision="story"))  # fmt: skip
    places = (Place(name="P", country="DEU", lat=0.0, lon=0.0, geonames_id=1,
                    span=Span(22, 26, "Fünf")),)  # fmt: skip
    return Document(Article("d", text), "de", sentences, actors=actors, times=times, places=places)


def test_document_lookups_match_a_scan_of_every_item():
    doc = _doc()
    for sent in doc.sentences:

        def inside(span: Span | None, sent: Sentence = sent) -> bool:
            return span is not None and sent.start <= span.start < sent.end

        assert doc.actors_in(sent) == tuple(a for a in doc.actors if inside(a.span))
        assert doc.times_in(sent) == tuple(t for t in doc.times if inside(t.span))
        assert doc.places_in(sent) == tuple(p for p in doc.places if inside(p.span))
        assert doc.sentence(sent.index) == sent
    assert [len(doc.actors_in(s)) for s in doc.sentences] == [1, 2, 1]
    assert doc.sentence(7) is None and doc.frames_of(7) == ()


def test_coding_compares_each_clause_only_with_the_actors_of_its_sentence(pipeline, monkeypatch):
    calls = []
    contains = Span.contains
    monkeypatch.setattr(
        Span, "contains", lambda self, other: calls.append(1) or contains(self, other)
    )

    def comparisons(sentences: int) -> int:
        calls.clear()
        text = " ".join(["Die USA und Nordkorea verhandeln über Abrüstung."] * sentences)
        events = pipeline(Article("long", text, lang="de")).events
        # every sentence is coded: the repeated fact is one event per direction with a span
        # for each sentence
        assert sorted(len(e.spans) for e in events) == [sentences, sentences]
        return len(calls)

    small, large = comparisons(20), comparisons(80)
    assert large <= 4 * small * 1.2, (small, large)  # linear: 4× the text, about 4× the work


@pytest.mark.parametrize("sentences", [1, 3])
def test_document_without_sentences_finds_nothing(sentences):
    doc = Document(Article("d", "x"), "de", actors=_doc().actors[:sentences])
    assert doc.actors_in(Sentence(0, 0, 1, "x")) == ()

"""Unicode normalisation: coded in NFC, offsets mapped back to the text as given."""

from __future__ import annotations

import pytest

from chronik.normalize import normalize, restore
from chronik.records import Article, EventDate, Span

PLAIN = "Die USA und die Türkei verhandeln."


@pytest.mark.parametrize(
    "text",
    [
        "Die USA und die Tu\u0308rkei verhandeln.",  # decomposed ü
        "Die ＵＳＡ und die Türkei verhandeln.",  # full-width letters
        "Die US\u200bA und die Tür\u200bkei ver\u00adhandeln.",  # zero-width space, soft hyphen
        "\ufeffDie USA und die Türkei verhandeln.",  # byte-order mark
    ],
)
def test_variants_code_like_the_plain_text_with_offsets_into_the_original(pipeline, text):
    norm = normalize(text)
    assert norm is not None and norm.text == PLAIN
    events = pipeline(Article("v", text, lang="de")).events
    plain = pipeline(Article("v", PLAIN, lang="de")).events
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [
        (e.source.code, e.target.code, e.cameo) for e in plain
    ]
    for event in events:
        for span in (event.source.span, event.target.span, event.trigger):
            assert text[span.start : span.end] == span.text
        assert event.sentence_text == text.lstrip("\ufeff") or event.sentence_text == text


def test_normal_text_is_left_alone():
    assert normalize(PLAIN) is None
    assert normalize("Ελλάδα, 中国, Türkiye — „Zitat“") is None


def test_restore_maps_nested_records_and_time_offsets():
    text = "Am 3. Ma\u0308rz."
    norm = normalize(text)
    assert norm is not None and norm.text == "Am 3. März."
    start = norm.text.index("3. März")
    date = EventDate("2019-03-03", span=Span(start, start + 7, "3. März"))
    restored = restore((date, Span(start, start + 7, "3. März")), norm)
    assert restored[0].span == restored[1] == Span(3, 11, "3. Ma\u0308rz")


def test_lone_surrogate_in_an_article_object_is_coded_not_a_crash(pipeline):
    text = "\ud800Die USA und Nordkorea verhandeln."
    for lang in ("de", "en"):
        events = pipeline(Article("s", text, lang=lang)).events
        assert all(text[e.trigger.start : e.trigger.end] == e.trigger.text for e in events)
    assert [e.cameo for e in pipeline(Article("s", text, lang="de")).events] == ["046", "046"]

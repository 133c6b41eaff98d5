"""Marks on article text: overlapping spans split cleanly, every piece escaped."""

from __future__ import annotations

from chronik.output import event_to_dict
from chronik.web.highlight import Mark, event_mentions, highlight, marks


def test_highlight_splits_overlapping_marks() -> None:
    text = "Trump traf Kim."
    found = highlight(
        text, [Mark(0, 10, "actor", "USA", (0,)), Mark(6, 10, "trigger", "043", (1,))]
    )
    assert str(found) == (
        '<mark class="actor" data-events="0" title="actor: USA">Trump </mark>'
        '<mark class="actor trigger" data-events="0 1" title="actor: USA; trigger: 043">traf'
        "</mark> Kim."
    )


def test_highlight_escapes_text_and_labels() -> None:
    text = "<script>x</script> & more"
    found = str(highlight(text, [Mark(0, 8, "actor", '"><script>', (0,))]))
    assert "<script>" not in found
    assert found.startswith(
        '<mark class="actor" data-events="0" title="actor: &#34;&gt;&lt;script&gt;">'
    )
    assert found.endswith("&lt;/script&gt; &amp; more")


def test_marks_cover_every_span_of_an_event(make_event) -> None:
    event = event_to_dict(make_event())
    kinds = {(m.kind, m.start, m.end) for m in marks([event], event_mentions([event]))}
    assert ("trigger", 22, 32) in kinds
    assert ("actor", 4, 7) in kinds and ("actor", 12, 21) in kinds
    assert all(m.events == (0,) for m in marks([event], {}))

"""A sentence that goes on with somebody's words without a speech verb of its own takes the
speaker of the sentence before (references_quotes.continued_speakers, the speech
conventions of events.py): a quotation continued, German reported speech in the
subjunctive, a German quotation's "ich". Our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from chronik.records import Article, Frame, Span
from chronik.speech import statement_clause

from .coding import NEWS_DATE, coded

CONTINUED = "references_quotes.py: the speaker of the quotation the sentence continues"


@pytest.mark.parametrize(
    ("text", "lang", "dyad"),
    [
        # a demand in the next quoted sentence
        (
            '"The situation is serious," Merkel said on Monday. '
            '"Moscow must withdraw its troops from Crimea."',
            "en",
            ("DEUGOV", "RUSGOV", "1056"),
        ),
        # an infinitive of a harmful act its main clause governs: criticism
        (
            '"We saw it coming," Merkel said on Monday. '
            '"Putin has tried to undermine the free press."',
            "en",
            ("DEUGOV", "RUSGOV", "111"),
        ),
        (
            "„Die Lage ist ernst“, sagte Merkel am Montag. "
            "„Moskau muss die Truppen aus der Krim abziehen.“",
            "de",
            ("DEUGOV", "RUSGOV", "1056"),
        ),
        # reported speech goes on in the subjunctive, also after a verb of judging
        (
            "Die Linke kritisierte die EU-Kommission am Montag scharf. "
            "Hierfür müsse Juncker die Verantwortung übernehmen.",
            "de",
            ("DEUPTY", "IGOEUREEC", "100"),
        ),
        (
            "Merkel sagte am Montag, die Lage sei ernst. "
            "Russland müsse die Truppen aus der Krim abziehen.",
            "de",
            ("DEUGOV", "RUS", "1056"),
        ),
    ],
)
def test_a_continued_statement_is_its_speakers(pipeline, text: str, lang: str, dyad) -> None:  # type: ignore[no-untyped-def]
    found = {
        (e.source.code, e.target.code, e.cameo, e.source.entry)
        for e in pipeline(Article("t", text, lang, NEWS_DATE)).events
        if e.source is not None and e.target is not None
    }
    assert (*dyad, CONTINUED) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a new paragraph: no speaker guessed across it
        (
            '"The situation is serious," Merkel said on Monday.\n\n'
            '"Moscow must withdraw its troops from Crimea."',
            "en",
        ),
        (
            "Merkel sagte am Montag, die Lage sei ernst.\n"
            "Russland müsse die Truppen aus der Krim abziehen.",
            "de",
        ),
        # the speaker before is a man the dictionary does not know: Merkel is not his
        (
            'Merkel spoke on Monday. "The situation is serious," said Tom Brewer. '
            '"Moscow must withdraw its troops from Crimea."',
            "en",
        ),
        # the quotation closes with its own speaker; in German news a sentence naming no
        # actor is not analyzed, so its speaker is unknown
        (
            "„Die Lage ist ernst“, sagte Merkel am Montag. „Moskau muss die Truppen aus der "
            "Krim abziehen. Es ist ernst“, sagte der Kollege Bernd Meier.",
            "de",
        ),
        (
            '"The situation is serious," Merkel said on Monday. "Moscow must withdraw its '
            'troops from Crimea. It is serious," Tom Brewer said.',
            "en",
        ),
        # "heißt es" attributes the quotation to nobody an actor codes: not Merkel's
        (
            "Merkel sagte am Montag, die Lage sei ernst. „Es ist ernst“, heißt es in Moskau. "
            "„Moskau muss die Truppen aus der Krim abziehen.“",
            "de",
        ),
    ],
)
def test_no_speaker_carried_past_a_break_or_another_speaker(pipeline, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in coded(pipeline, text, lang) if c[1] is not None and c[2] != "010"]


def test_ich_in_a_german_quotation_is_its_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "„Ich werde Putin am Montag treffen“, sagte Merkel."
    doc = pipeline(Article("t", text, "de", NEWS_DATE))
    assert ("Ich", "DEUGOV") in [(a.span.text, a.code) for a in doc.actors]
    assert ("DEUGOV", "RUSGOV", "036") in coded(pipeline, text, "de")


def _frame(clause: str, parent: int | None = None) -> Frame:
    return Frame(0, "act", Span(0, 3, "act"), (), clause=clause, parent=parent)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("frames", "position", "speech", "states"),
    [
        ([_frame("main")], 0, set(), True),
        ([_frame("main"), _frame("infinitive", 0)], 1, set(), True),
        ([_frame("main"), _frame("subordinate", 0)], 1, set(), False),  # "if Iran should"
        ([_frame("main"), _frame("relative", 0)], 1, set(), False),
        ([_frame("main")], 0, {0}, False),  # a speech clause of its own
    ],
)
def test_what_a_continued_sentence_states(frames, position, speech, states) -> None:  # type: ignore[no-untyped-def]
    assert statement_clause(position, frames, speech) is states

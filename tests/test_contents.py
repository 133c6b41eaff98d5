"""A clause giving a document's content is no event of its own; adopting or signing the
document is (contents.py). Our own sentences, coded by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.contents import document_contents
from chronik.patterns import Patterns
from chronik.records import Article

# (language, sentence, the trigger of the content clause, an event that stays or None)
CONTENTS = [
    ("de", "Die beiden Länder nahmen eine Erklärung an, in der Deutschland den Iran verurteilt.",
     "verurteilt", None),
    ("de", "Am Montag unterzeichneten beide Seiten einen Vertrag, in dem sich Russland "
     "verpflichtet, Truppen aus der Ukraine abzuziehen.", "verpflichtet", None),
    ("de", "Die Staaten einigten sich auf ein Abkommen, wonach Russland die Ukraine "
     "angreifen darf.", "angreifen", None),
    ("en", "Germany and France adopted a joint declaration in which they condemned Iran.",
     "condemned", ("DEU", "FRA", "057")),
    ("en", "Russia and Ukraine signed an agreement under which Russia would withdraw its troops "
     "from Ukraine.", "withdraw", ("RUS", "UKR", "057")),
]  # fmt: skip


def _code(pipeline, lang: str, text: str):
    return pipeline(Article("t", text, lang, date(2024, 3, 4)))


@pytest.mark.parametrize(("lang", "text", "trigger", "kept"), CONTENTS)
def test_a_documents_content_is_no_event(pipeline, lang, text, trigger, kept):
    doc = _code(pipeline, lang, text)
    assert not [e for e in doc.events if e.trigger.text == trigger]
    dyads = {(e.source.code, e.target.code, e.cameo) for e in doc.events if e.source and e.target}
    assert kept is None or kept in dyads  # the adopting or signing is still coded


def test_the_content_clause_and_its_infinitive_say_why(pipeline):
    doc = _code(pipeline, "de", CONTENTS[1][1])
    frames = doc.frames_of(0)
    reasons = document_contents(frames, doc.sentences[0], Patterns.load("de").document_lemmas)
    named = {frames[position].predicate: reason for position, reason in reasons.items()}
    assert {"verpflichten", "abziehen"} <= set(named) and "unterzeichnen" not in named
    assert named["abziehen"] == "the content of the document 'Vertrag', no event of its own"


@pytest.mark.parametrize(
    ("lang", "text", "dyad"),
    [
        # the relative pronoun is the treaty itself: the clause tells of the signing
        (
            "en",
            "Iran criticised the treaty which Russia signed with Belarus.",
            ("RUS", "BLR", "057"),
        ),
        # a clause after a noun that names no document
        ("en", "Germany hosted a summit at which France condemned Iran.", ("FRA", "IRN", "111")),
    ],
)
def test_other_relative_clauses_stay_events(pipeline, lang, text, dyad):
    doc = _code(pipeline, lang, text)
    assert dyad in {(e.source.code, e.target.code, e.cameo) for e in doc.events if e.target}


def test_without_document_nouns_nothing_is_content(pipeline):
    doc = _code(pipeline, "de", CONTENTS[0][1])
    assert document_contents(doc.frames_of(0), doc.sentences[0], frozenset()) == {}

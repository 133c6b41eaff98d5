"""Direct questions assert nothing: a polar question codes no event, a wh-question about a
fact codes the fact it presupposes, a reported question is no asserted or intended event
(docs/patterns.md, *Questions*). Sentences of our own."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

import pytest

from chronik.document import Document
from chronik.events import EventCoder
from chronik.ontology import Ontology
from chronik.patterns import Patterns
from chronik.records import Actor, Article, Frame, Sentence, Token

from .coding import DYAD
from .coding import coded as shared_coded
from .conftest import span_of
from .test_events import arg

# (source, target, code, modality) of the events of one sentence
coded = partial(shared_coded, on=date(2024, 1, 10), fields=(*DYAD, "modality"))


@pytest.mark.parametrize(
    ("question", "statement", "lang"),
    [
        ("Will Russia attack Ukraine in winter?", "Russia will attack Ukraine in winter.", "en"),
        ("Did China threaten Taiwan last week?", "China threatened Taiwan last week.", "en"),
        ("Could Iran attack Israel?", "Iran could attack Israel.", "en"),
        ("Has Russia invaded Ukraine?", "Russia has invaded Ukraine.", "en"),
        # a negated auxiliary, a conjunction before it, a quotation around it
        ("But won't Germany send tanks to Ukraine?", "Germany will send tanks to Ukraine.", "en"),
        ('"Will Russia attack Ukraine?" the senator asked.', "Russia will attack Ukraine.", "en"),
        ("The question is: will Russia attack Ukraine?", "Russia will attack Ukraine.", "en"),
        # what depends on the question asks too: an event noun, a reported clause
        (
            "Will the talks between Russia and Ukraine fail?",
            "The talks between Russia and Ukraine will fail.",
            "en",
        ),
        (
            "Did the Kremlin say that Russia attacked Ukraine?",
            "The Kremlin said that Russia attacked Ukraine.",
            "en",
        ),
        # the question mark after a clause that the question goes on with
        ("Did China threaten Taiwan, as NATO says?", "China threatened Taiwan.", "en"),
        (
            "Würde Deutschland Panzer an die Ukraine liefern?",
            "Deutschland würde Panzer an die Ukraine liefern.",
            "de",
        ),
    ],
)
def test_a_polar_question_codes_no_event(pipeline, question, statement, lang) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, statement, lang), "the statement must code, or the test says nothing"
    # the asking itself ("the senator asked") may be a statement without a target
    assert {event for event in coded(pipeline, question, lang) if event[1] is not None} == set()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a wh-question about a fact presupposes it: CAMEO codes the reported fact
        ("Why did Russia attack Ukraine?", "en", {("RUS", "UKR", "190", "asserted")}),
        ("Warum hat Russland die Ukraine angegriffen?", "de", {("RUS", "UKR", "190", "asserted")}),
        # a tag question asserts what it asks to confirm
        ("Russia attacked Ukraine, didn't it?", "en", {("RUS", "UKR", "190", "asserted")}),
        # a question mark in an aside doubts a detail, it does not ask the clause
        (
            "Russian police arrested protesters - twenty or more? - in Moscow.",
            "en",
            {("RUSCOP", "RUSCVL", "173", "asserted")},
        ),
        # the question of the next sentence is its own
        (
            "Will Russia attack Ukraine? China threatened Taiwan.",
            "en",
            {("CHN", "TWN", "130", "asserted")},
        ),
    ],
)
def test_what_a_question_presupposes_or_does_not_ask_is_coded(
    pipeline, text: str, lang: str, expected: set[tuple[str, str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "ob": the existing conditional-clause rule makes the asked-about attack hypothetical
        ("Journalisten fragten, ob Russland die Ukraine angreifen werde.", "de"),
        # "ask" asks for its clause: the clause is no event of its own
        ("Reporters asked whether Russia would attack Ukraine.", "en"),
        ("Reporters asked whether Russia attacked Ukraine.", "en"),
    ],
)
def test_a_reported_question_is_no_asserted_or_intended_event(pipeline, text, lang) -> None:  # type: ignore[no-untyped-def]
    modalities = {m for (*dyad, m) in coded(pipeline, text, lang) if dyad[:2] == ["RUS", "UKR"]}
    assert modalities <= {"hypothetical"}


# The German analyzer finds no subject in a verb-first clause (it reads "Greift Russland an"
# like an elliptic "Habe die Ware erhalten"), so the rule is shown on hand-built frames too:
# it must hold once the roles are found.
def tagged_doc(text: str, frame: Frame, tags: dict[str, tuple[str, str]]) -> Document:
    """One German sentence whose words carry (UD part of speech, STTS tag); others are
    nouns, punctuation PUNCT."""
    tokens = tuple(
        Token(
            i,
            m.group(),
            m.start(),
            m.end(),
            m.group(),
            *tags.get(m.group(), ("PROPN", "NE") if m.group()[0].isalnum() else ("PUNCT", "$.")),
        )
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    )
    actors = (
        Actor("RUS", span_of(text, "Russland"), "actors/test.tsv:1"),
        Actor("UKR", span_of(text, "Ukraine"), "actors/test.tsv:2"),
    )
    return Document(
        article=Article(id="d", text=text, lang="de"),
        lang="de",
        sentences=(Sentence(0, 0, len(text), text, tokens),),
        frames=(frame,),
        actors=actors,
    )


GERMAN_TAGS = {
    "Wird": ("AUX", "VAFIN"),
    "wird": ("AUX", "VAFIN"),
    "Greift": ("VERB", "VVFIN"),
    "greift": ("VERB", "VVFIN"),
    "Und": ("CCONJ", "KON"),
    "Warum": ("ADV", "PWAV"),
    "angreifen": ("VERB", "VVINF"),
    "an": ("ADP", "PTKVZ"),
    "die": ("DET", "ART"),
}


def attack(text: str, trigger: str, tense: str = "present") -> Frame:
    return Frame(
        0,
        "angreifen",
        span_of(text, trigger),
        (arg(text, "subj", "Russland"), arg(text, "obj", "die Ukraine")),
        tense=tense,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder({"de": Patterns.load("de")}, Ontology.load())


@pytest.mark.parametrize(
    ("text", "trigger", "tense", "expected"),
    [
        ("Russland wird die Ukraine angreifen.", "angreifen", "future", {"1384"}),
        ("Wird Russland die Ukraine angreifen?", "angreifen", "future", set()),
        ("Und wird Russland die Ukraine angreifen?", "angreifen", "future", set()),
        ("Russland greift die Ukraine an.", "greift", "present", {"190"}),
        ("Greift Russland die Ukraine an?", "Greift", "present", set()),
        ("Warum greift Russland die Ukraine an?", "greift", "present", {"190"}),
    ],
)
def test_a_german_verb_first_question_codes_no_event(
    coder: EventCoder, text: str, trigger: str, tense: str, expected: set[str]
) -> None:
    doc = coder(tagged_doc(text, attack(text, trigger, tense), GERMAN_TAGS))
    assert {e.cameo for e in doc.events} == expected


def test_the_explain_trace_says_the_question_asserts_nothing(coder: EventCoder) -> None:
    text = "Greift Russland die Ukraine an?"
    (result,) = coder.results(tagged_doc(text, attack(text, "Greift"), GERMAN_TAGS))
    assert result.events == ()
    assert result.reason == "a direct question ('Greift' … ?) asserts nothing"

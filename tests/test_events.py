"""Event coding on hand-built frames and actors (no analyzer needed)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from chronik.document import Document
from chronik.errors import DictionaryError
from chronik.events import EventCoder, explain
from chronik.modality import is_after
from chronik.ontology import Ontology
from chronik.output import event_to_dict, plover_json
from chronik.patterns import Patterns
from chronik.records import (
    Actor,
    Argument,
    Article,
    Event,
    EventDate,
    Frame,
    Sentence,
    Span,
    Token,
)

from .conftest import span_of


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


@pytest.fixture(scope="module")
def coder(ontology: Ontology) -> EventCoder:
    return EventCoder({"de": Patterns.load("de"), "en": Patterns.load("en")}, ontology)


def arg(
    text: str, role: str, piece: str, prep: str | None = None, parts: tuple[str, ...] = ()
) -> Argument:
    whole = span_of(text, piece)
    conjuncts = tuple(
        Span(whole.start + piece.index(p), whole.start + piece.index(p) + len(p), p) for p in parts
    )
    return Argument(role, whole, piece.split()[-1], prep, conjuncts)  # type: ignore[arg-type]


# Prepositions of the test sentences as an analyzer tags them: (lemma, UD part of speech).
PREPOSITIONS = {
    word: (lemma, "ADP")
    for word, lemma in {
        **{
            w: w
            for w in [
                "mit",
                "gegen",
                "an",
                "um",
                "zu",
                "von",
                "aus",
                "in",
                "auf",
                "über",
                "für",
                "nach",
                "nahe",
                "wegen",
                "vor",
                "bei",
                "zwischen",
            ]
        },
        **{
            w: w
            for w in ["with", "against", "to", "for", "from", "on", "of", "near", "by", "between"]
        },
        "zur": "zu",
        "zum": "zu",
        "am": "an",
        "im": "in",
        "vom": "von",
        "beim": "bei",
    }.items()
}


def make_doc(text: str, lang: str, frames: list[Frame], actors: list[tuple[str, str]]) -> Document:
    """One-sentence document; ``actors`` are (text piece, code), several may share a piece."""
    tokens = tuple(
        Token(
            i, m.group(), m.start(), m.end(), *PREPOSITIONS.get(m.group().lower(), (m.group(), "X"))
        )
        for i, m in enumerate(re.finditer(r"\w[\w-]*|[^\w\s]", text))
    )
    coded = tuple(
        sorted(
            (
                Actor(code, span_of(text, piece), f"actors/test.tsv:{i}")
                for i, (piece, code) in enumerate(actors)
            ),
            key=lambda a: a.span.start,
        )
    )
    return Document(
        article=Article(id="doc1", text=text, lang=lang),
        lang=lang,
        sentences=(Sentence(0, 0, len(text), text, tokens),),
        frames=tuple(frames),
        actors=coded,
    )


def dyads(doc: Document) -> set[tuple[str, str | None, str]]:
    return {
        (e.source.code if e.source else "", e.target.code if e.target else None, e.cameo)
        for e in doc.events
        if not e.negated
    }


# One hand-built clause per CAMEO root and language:
# (lang, text, predicate, trigger, arguments [(role, piece, prep, conjuncts)], actors,
#  frame options, expected dyads)
ROOT_CASES = [
    (
        "de",
        "Merkel sagte, Russland müsse handeln.",
        "sagen",
        "sagte",
        [("subj", "Merkel", None, ()), ("comp", "Russland müsse handeln", None, ())],
        [("Merkel", "DEUGOV"), ("Russland", "RUS")],
        {},
        {("DEUGOV", "RUS", "010")},
    ),
    (
        "de",
        "Die Ukraine bat die EU um humanitäre Hilfe.",
        "bitten",
        "bat",
        [
            ("subj", "Die Ukraine", None, ()),
            ("obj", "die EU", None, ()),
            ("pp", "um humanitäre Hilfe", "um", ()),
        ],
        [("Ukraine", "UKR"), ("EU", "IGOEUREEC")],
        {"tense": "past"},
        {("UKR", "IGOEUREEC", "0233")},
    ),
    (
        "de",
        "Nordkorea erklärte sich zur kompletten nuklearen Abrüstung bereit.",
        "bereiterklären",
        "erklärte",
        [("subj", "Nordkorea", None, ()), ("pp", "zur kompletten nuklearen Abrüstung", "zu", ())],
        [("Nordkorea", "PRK")],
        {"tense": "past", "reflexive": True},
        {("PRK", None, "0356")},
    ),
    (
        "de",
        "Die USA und Nordkorea verhandeln derzeit.",
        "verhandeln",
        "verhandeln",
        [("subj", "Die USA und Nordkorea", None, ("Die USA", "Nordkorea"))],
        [("USA", "USA"), ("Nordkorea", "PRK")],
        {},
        {("USA", "PRK", "046"), ("PRK", "USA", "046")},
    ),
    (
        "de",
        "Beide Seiten hatten eine gemeinsame Erklärung angenommen.",
        "annehmen",
        "angenommen",
        [("subj", "Beide Seiten", None, ()), ("obj", "eine gemeinsame Erklärung", None, ())],
        [("Beide Seiten", "USA"), ("Beide Seiten", "PRK")],
        {"tense": "past"},
        {("USA", "PRK", "057"), ("PRK", "USA", "057")},
    ),
    (
        "de",
        "Frankreich und Deutschland arbeiten eng zusammen.",
        "zusammenarbeiten",
        "arbeiten",
        [("subj", "Frankreich und Deutschland", None, ("Frankreich", "Deutschland"))],
        [("Frankreich", "FRA"), ("Deutschland", "DEU")],
        {},
        {("FRA", "DEU", "060"), ("DEU", "FRA", "060")},
    ),
    (
        "de",
        "Deutschland liefert der Ukraine Panzer.",
        "liefern",
        "liefert",
        [
            ("subj", "Deutschland", None, ()),
            ("iobj", "der Ukraine", None, ()),
            ("obj", "Panzer", None, ()),
        ],
        [("Deutschland", "DEU"), ("Ukraine", "UKR")],
        {},
        {("DEU", "UKR", "072")},
    ),
    (
        "de",
        "Russland zog seine Truppen aus Syrien ab.",
        "abziehen",
        "zog",
        [
            ("subj", "Russland", None, ()),
            ("obj", "seine Truppen", None, ()),
            ("pp", "aus Syrien", "aus", ()),
        ],
        [("Russland", "RUS"), ("Syrien", "SYR")],
        {"tense": "past"},
        {("RUS", "SYR", "087")},
    ),
    (
        "de",
        "Die Ukraine ermittelt gegen Russland wegen Kriegsverbrechen.",
        "ermitteln",
        "ermittelt",
        [
            ("subj", "Die Ukraine", None, ()),
            ("pp", "gegen Russland", "gegen", ()),
            ("pp", "wegen Kriegsverbrechen", "wegen", ()),
        ],
        [("Ukraine", "UKR"), ("Russland", "RUS")],
        {},
        {("UKR", "RUS", "094")},
    ),
    (
        "de",
        "Der Iran fordert von den USA die Aufhebung der Sanktionen.",
        "fordern",
        "fordert",
        [
            ("subj", "Der Iran", None, ()),
            ("pp", "von den USA", "von", ()),
            ("obj", "die Aufhebung der Sanktionen", None, ()),
        ],
        [("Iran", "IRN"), ("USA", "USA")],
        {},
        {("IRN", "USA", "1054")},
    ),
    (
        "de",
        "China kritisierte Japan scharf.",
        "kritisieren",
        "kritisierte",
        [("subj", "China", None, ()), ("obj", "Japan", None, ())],
        [("China", "CHN"), ("Japan", "JPN")],
        {"tense": "past"},
        {("CHN", "JPN", "111")},
    ),
    (
        "de",
        "Israel lehnte Verhandlungen mit der Hamas ab.",
        "ablehnen",
        "lehnte",
        [("subj", "Israel", None, ()), ("obj", "Verhandlungen mit der Hamas", None, ())],
        [("Israel", "ISR"), ("Hamas", "PSEHMS")],
        {"tense": "past"},
        {("ISR", "PSEHMS", "125")},
    ),
    (
        "de",
        "Trump drohte China mit neuen Strafzöllen.",
        "drohen",
        "drohte",
        [
            ("subj", "Trump", None, ()),
            ("iobj", "China", None, ()),
            ("pp", "mit neuen Strafzöllen", "mit", ()),
        ],
        [("Trump", "USAGOV"), ("China", "CHN")],
        {"tense": "past"},
        {("USAGOV", "CHN", "1312")},
    ),
    (
        "de",
        "Palästinenser demonstrierten gegen Israel.",
        "demonstrieren",
        "demonstrierten",
        [("subj", "Palästinenser", None, ()), ("pp", "gegen Israel", "gegen", ())],
        [("Palästinenser", "PSE"), ("Israel", "ISR")],
        {"tense": "past"},
        {("PSE", "ISR", "141")},
    ),
    (
        "de",
        "Russland mobilisierte Truppen an der Grenze zur Ukraine.",
        "mobilisieren",
        "mobilisierte",
        [
            ("subj", "Russland", None, ()),
            ("obj", "Truppen", None, ()),
            ("pp", "an der Grenze zur Ukraine", "an", ()),
        ],
        [("Russland", "RUS"), ("Ukraine", "UKR")],
        {"tense": "past"},
        {("RUS", "UKR", "154")},
    ),
    (
        "de",
        "Die EU verhängte Sanktionen gegen Russland.",
        "verhängen",
        "verhängte",
        [
            ("subj", "Die EU", None, ()),
            ("obj", "Sanktionen", None, ()),
            ("pp", "gegen Russland", "gegen", ()),
        ],
        [("EU", "IGOEUREEC"), ("Russland", "RUS")],
        {"tense": "past"},
        {("IGOEUREEC", "RUS", "163")},
    ),
    (
        "de",
        "Die türkische Polizei nahm einen deutschen Journalisten fest.",
        "festnehmen",
        "nahm",
        [
            ("subj", "Die türkische Polizei", None, ()),
            ("obj", "einen deutschen Journalisten", None, ()),
        ],
        [("türkische Polizei", "TURCOP"), ("deutschen Journalisten", "DEUMED")],
        {"tense": "past"},
        {("TURCOP", "DEUMED", "173")},
    ),
    (
        "de",
        "Boko Haram entführte nigerianische Schülerinnen.",
        "entführen",
        "entführte",
        [("subj", "Boko Haram", None, ()), ("obj", "nigerianische Schülerinnen", None, ())],
        [("Boko Haram", "NGAREB"), ("nigerianische Schülerinnen", "NGAEDU")],
        {"tense": "past"},
        {("NGAREB", "NGAEDU", "181")},
    ),
    (
        "de",
        "Die israelische Armee bombardierte den Gazastreifen.",
        "bombardieren",
        "bombardierte",
        [("subj", "Die israelische Armee", None, ()), ("obj", "den Gazastreifen", None, ())],
        [("israelische Armee", "ISRMIL"), ("Gazastreifen", "PSE")],
        {"tense": "past"},
        {("ISRMIL", "PSE", "195")},
    ),
    (
        "de",
        "Syrische Truppen setzten Giftgas gegen Rebellen ein.",
        "einsetzen",
        "setzten",
        [
            ("subj", "Syrische Truppen", None, ()),
            ("obj", "Giftgas", None, ()),
            ("pp", "gegen Rebellen", "gegen", ()),
        ],
        [("Syrische Truppen", "SYRMIL"), ("Rebellen", "SYRREB")],
        {"tense": "past"},
        {("SYRMIL", "SYRREB", "2041")},
    ),
    (
        "en",
        "Merkel said Russia must act.",
        "say",
        "said",
        [("subj", "Merkel", None, ()), ("comp", "Russia must act", None, ())],
        [("Merkel", "DEUGOV"), ("Russia", "RUS")],
        {"tense": "past"},
        {("DEUGOV", "RUS", "010")},
    ),
    (
        "en",
        "Ukraine asked the EU for humanitarian aid.",
        "ask",
        "asked",
        [
            ("subj", "Ukraine", None, ()),
            ("obj", "the EU", None, ()),
            ("pp", "for humanitarian aid", "for", ()),
        ],
        [("Ukraine", "UKR"), ("EU", "IGOEUREEC")],
        {"tense": "past"},
        {("UKR", "IGOEUREEC", "0233")},
    ),
    (
        "en",
        "North Korea committed to complete denuclearization.",
        "commit",
        "committed",
        [("subj", "North Korea", None, ()), ("pp", "to complete denuclearization", "to", ())],
        [("North Korea", "PRK")],
        {"tense": "past"},
        {("PRK", None, "0356")},
    ),
    (
        "en",
        "The United States and North Korea are negotiating.",
        "negotiate",
        "negotiating",
        [("subj", "The United States and North Korea", None, ("The United States", "North Korea"))],
        [("United States", "USA"), ("North Korea", "PRK")],
        {},
        {("USA", "PRK", "046"), ("PRK", "USA", "046")},
    ),
    (
        "en",
        "Both sides signed a joint declaration.",
        "sign",
        "signed",
        [("subj", "Both sides", None, ()), ("obj", "a joint declaration", None, ())],
        [("Both sides", "USA"), ("Both sides", "PRK")],
        {"tense": "past"},
        {("USA", "PRK", "057"), ("PRK", "USA", "057")},
    ),
    (
        "en",
        "France cooperates with Germany.",
        "cooperate",
        "cooperates",
        [("subj", "France", None, ()), ("pp", "with Germany", "with", ())],
        [("France", "FRA"), ("Germany", "DEU")],
        {},
        {("FRA", "DEU", "060"), ("DEU", "FRA", "060")},
    ),
    (
        "en",
        "Germany delivered tanks to Ukraine.",
        "deliver",
        "delivered",
        [("subj", "Germany", None, ()), ("obj", "tanks", None, ()), ("pp", "to Ukraine", "to", ())],
        [("Germany", "DEU"), ("Ukraine", "UKR")],
        {"tense": "past"},
        {("DEU", "UKR", "072")},
    ),
    (
        "en",
        "Russia withdrew its troops from Syria.",
        "withdraw",
        "withdrew",
        [
            ("subj", "Russia", None, ()),
            ("obj", "its troops", None, ()),
            ("pp", "from Syria", "from", ()),
        ],
        [("Russia", "RUS"), ("Syria", "SYR")],
        {"tense": "past"},
        {("RUS", "SYR", "087")},
    ),
    (
        "en",
        "Ukraine is investigating Russian war crimes.",
        "investigate",
        "investigating",
        [("subj", "Ukraine", None, ()), ("obj", "Russian war crimes", None, ())],
        [("Ukraine", "UKR"), ("Russian", "RUS")],
        {},
        {("UKR", "RUS", "094")},
    ),
    (
        "en",
        "Iran demanded the lifting of sanctions from the United States.",
        "demand",
        "demanded",
        [
            ("subj", "Iran", None, ()),
            ("obj", "the lifting of sanctions", None, ()),
            ("pp", "from the United States", "from", ()),
        ],
        [("Iran", "IRN"), ("United States", "USA")],
        {"tense": "past"},
        {("IRN", "USA", "1054")},
    ),
    (
        "en",
        "China sharply criticized Japan.",
        "criticize",
        "criticized",
        [("subj", "China", None, ()), ("obj", "Japan", None, ())],
        [("China", "CHN"), ("Japan", "JPN")],
        {"tense": "past"},
        {("CHN", "JPN", "111")},
    ),
    (
        "en",
        "Israel rejected talks with Hamas.",
        "reject",
        "rejected",
        [("subj", "Israel", None, ()), ("obj", "talks with Hamas", None, ())],
        [("Israel", "ISR"), ("Hamas", "PSEHMS")],
        {"tense": "past"},
        {("ISR", "PSEHMS", "125")},
    ),
    (
        "en",
        "Trump threatened China with new tariffs.",
        "threaten",
        "threatened",
        [
            ("subj", "Trump", None, ()),
            ("obj", "China", None, ()),
            ("pp", "with new tariffs", "with", ()),
        ],
        [("Trump", "USAGOV"), ("China", "CHN")],
        {"tense": "past"},
        {("USAGOV", "CHN", "1312")},
    ),
    (
        "en",
        "Palestinians demonstrated against Israel.",
        "demonstrate",
        "demonstrated",
        [("subj", "Palestinians", None, ()), ("pp", "against Israel", "against", ())],
        [("Palestinians", "PSE"), ("Israel", "ISR")],
        {"tense": "past"},
        {("PSE", "ISR", "141")},
    ),
    (
        "en",
        "Russia massed troops near Ukraine.",
        "mass",
        "massed",
        [
            ("subj", "Russia", None, ()),
            ("obj", "troops", None, ()),
            ("pp", "near Ukraine", "near", ()),
        ],
        [("Russia", "RUS"), ("Ukraine", "UKR")],
        {"tense": "past"},
        {("RUS", "UKR", "154")},
    ),
    (
        "en",
        "The EU imposed sanctions on Russia.",
        "impose",
        "imposed",
        [
            ("subj", "The EU", None, ()),
            ("obj", "sanctions", None, ()),
            ("pp", "on Russia", "on", ()),
        ],
        [("EU", "IGOEUREEC"), ("Russia", "RUS")],
        {"tense": "past"},
        {("IGOEUREEC", "RUS", "163")},
    ),
    (
        "en",
        "Turkish police arrested a German journalist.",
        "arrest",
        "arrested",
        [("subj", "Turkish police", None, ()), ("obj", "a German journalist", None, ())],
        [("Turkish police", "TURCOP"), ("German journalist", "DEUMED")],
        {"tense": "past"},
        {("TURCOP", "DEUMED", "173")},
    ),
    (
        "en",
        "Boko Haram kidnapped Nigerian schoolgirls.",
        "kidnap",
        "kidnapped",
        [("subj", "Boko Haram", None, ()), ("obj", "Nigerian schoolgirls", None, ())],
        [("Boko Haram", "NGAREB"), ("Nigerian schoolgirls", "NGAEDU")],
        {"tense": "past"},
        {("NGAREB", "NGAEDU", "181")},
    ),
    (
        "en",
        "The Israeli army bombed the Gaza Strip.",
        "bomb",
        "bombed",
        [("subj", "The Israeli army", None, ()), ("obj", "the Gaza Strip", None, ())],
        [("Israeli army", "ISRMIL"), ("Gaza Strip", "PSE")],
        {"tense": "past"},
        {("ISRMIL", "PSE", "195")},
    ),
    (
        "en",
        "Syrian troops used chemical weapons against rebels.",
        "use",
        "used",
        [
            ("subj", "Syrian troops", None, ()),
            ("obj", "chemical weapons", None, ()),
            ("pp", "against rebels", "against", ()),
        ],
        [("Syrian troops", "SYRMIL"), ("rebels", "SYRREB")],
        {"tense": "past"},
        {("SYRMIL", "SYRREB", "2041")},
    ),
]


def case_doc(lang, text, predicate, trigger, arguments, actors, options) -> Document:  # type: ignore[no-untyped-def]
    frame = Frame(
        0,
        predicate,
        span_of(text, trigger),
        tuple(arg(text, role, piece, prep, parts) for role, piece, prep, parts in arguments),
        **options,
    )
    return make_doc(text, lang, [frame], actors)


@pytest.mark.parametrize("case", ROOT_CASES, ids=[f"{c[0]}-{min(c[7])[2][:2]}" for c in ROOT_CASES])
def test_root_coded_from_hand_built_frame(coder: EventCoder, case: tuple) -> None:  # type: ignore[type-arg]
    lang, text, predicate, trigger, arguments, actors, options, expected = case
    doc = coder(case_doc(lang, text, predicate, trigger, arguments, actors, options))
    assert dyads(doc) == expected


def test_root_cases_cover_every_root_in_both_languages() -> None:
    for lang in ("de", "en"):
        roots = {code[:2] for c in ROOT_CASES if c[0] == lang for _, _, code in c[7]}
        assert roots == {f"{r:02d}" for r in range(1, 21)}


SEED = "Er und Kim würden sich am 27. und 28. Februar in Vietnam erneut treffen."


def seed_meeting(**options: object) -> Document:
    frame = Frame(
        0,
        "treffen",
        span_of(SEED, "treffen"),
        (arg(SEED, "subj", "Er und Kim", parts=("Er", "Kim")),),
        reflexive=True,
        **options,  # type: ignore[arg-type]
    )
    return make_doc(SEED, "de", [frame], [("Er", "USAGOV"), ("Kim", "PRKGOV")])


def test_reported_future_conditional_meeting_is_intended_036(coder: EventCoder) -> None:
    doc = coder(seed_meeting(tense="future", mood="conditional", reported=True))
    assert dyads(doc) == {("USAGOV", "PRKGOV", "036"), ("PRKGOV", "USAGOV", "036")}
    assert {e.modality for e in doc.events} == {"intended"}
    assert {e.plover_type for e in doc.events} == {"AGREE"}


def test_conditional_outside_reported_speech_is_hypothetical(coder: EventCoder) -> None:
    doc = coder(seed_meeting(mood="conditional"))
    assert {e.modality for e in doc.events} == {"hypothetical"}
    assert {e.cameo for e in doc.events} == {"040"}


def test_present_meeting_is_asserted_040(coder: EventCoder) -> None:
    doc = coder(seed_meeting())
    assert {(e.cameo, e.modality) for e in doc.events} == {("040", "asserted")}


@pytest.mark.parametrize(("modal", "expected"), [("wollen", "036"), ("können", "040")])
def test_intent_modal_makes_meeting_intended(coder: EventCoder, modal: str, expected: str) -> None:
    assert {e.cameo for e in coder(seed_meeting(modal=modal)).events} == {expected}


def test_reported_past_clause_is_reported(coder: EventCoder) -> None:
    doc = coder(seed_meeting(tense="past", reported=True))
    assert {(e.cameo, e.modality) for e in doc.events} == {("040", "reported")}


def test_if_clause_is_hypothetical(coder: EventCoder) -> None:
    text = "If Russia attacks Ukraine, NATO will respond."
    frame = Frame(
        0,
        "attack",
        span_of(text, "attacks"),
        (arg(text, "subj", "Russia"), arg(text, "obj", "Ukraine")),
        clause="subordinate",
    )
    doc = coder(make_doc(text, "en", [frame], [("Russia", "RUS"), ("Ukraine", "UKR")]))
    assert [(e.cameo, e.modality) for e in doc.events] == [("190", "hypothetical")]
    assert doc.events[0].modality_rule == "conditional clause ('If')"


def test_infinitive_under_plan_takes_controller_and_is_intended(coder: EventCoder) -> None:
    text = "Iran plans to meet the EU."
    plan = Frame(
        0,
        "plan",
        span_of(text, "plans"),
        (arg(text, "subj", "Iran"), arg(text, "comp", "to meet the EU")),
    )
    meet = Frame(
        0,
        "meet",
        span_of(text, "meet"),
        (arg(text, "obj", "the EU"),),
        clause="infinitive",
        parent=0,
    )
    doc = coder(make_doc(text, "en", [plan, meet], [("Iran", "IRN"), ("EU", "IGOEUREEC")]))
    assert dyads(doc) == {("IRN", "IGOEUREEC", "036"), ("IGOEUREEC", "IRN", "036")}
    assert {e.modality_rule for e in doc.events} == {"infinitive under intent 'plan'"}


def test_threat_to_sanction_codes_1312_once(coder: EventCoder) -> None:
    text = "The US threatened to impose sanctions on Iran."
    threaten = Frame(
        0,
        "threaten",
        span_of(text, "threatened"),
        (arg(text, "subj", "The US"), arg(text, "comp", "to impose sanctions on Iran")),
    )
    impose = Frame(
        0,
        "impose",
        span_of(text, "impose"),
        (arg(text, "obj", "sanctions"), arg(text, "pp", "on Iran", "on")),
        clause="infinitive",
        parent=0,
    )
    doc = coder(make_doc(text, "en", [threaten, impose], [("US", "USA"), ("Iran", "IRN")]))
    assert [
        (e.source.code, e.target.code, e.cameo) for e in doc.events if e.source and e.target
    ] == [("USA", "IRN", "1312")]


def test_negated_predicate_is_flagged_not_positive(coder: EventCoder) -> None:
    text = "Russland verhängte keine Sanktionen gegen China."
    frame = Frame(
        0,
        "verhängen",
        span_of(text, "verhängte"),
        (
            arg(text, "subj", "Russland"),
            arg(text, "obj", "keine Sanktionen"),
            arg(text, "pp", "gegen China", "gegen"),
        ),
        negated=True,
    )
    doc = coder(make_doc(text, "de", [frame], [("Russland", "RUS"), ("China", "CHN")]))
    assert [e.negated for e in doc.events] == [True]
    assert dyads(doc) == set()


def test_commitments_not_made_give_no_asserted_event(coder: EventCoder) -> None:
    text = "Konkrete Zusagen wurden jedoch zu dem Zeitpunkt nicht gemacht."
    frame = Frame(
        0,
        "machen",
        span_of(text, "gemacht"),
        (arg(text, "subj", "Konkrete Zusagen"),),
        voice="passive",
        negated=True,
    )
    doc = coder(make_doc(text, "de", [frame], []))
    assert all(e.negated for e in doc.events)


@pytest.mark.parametrize(
    ("text", "subj", "agent", "actors", "predicate", "trigger", "expected"),
    [
        (
            "Der Journalist wurde von der türkischen Polizei festgenommen.",
            "Der Journalist",
            "von der türkischen Polizei",
            [("Journalist", "DEUMED"), ("türkischen Polizei", "TURCOP")],
            "festnehmen",
            "festgenommen",
            {("TURCOP", "DEUMED", "173")},
        ),
        (
            "Iran was attacked by Israel.",
            "Iran",
            "by Israel",
            [("Iran", "IRN"), ("Israel", "ISR")],
            "attack",
            "attacked",
            {("ISR", "IRN", "190")},
        ),
    ],
)
def test_passive_agent_is_source_and_subject_is_target(
    coder: EventCoder,
    text: str,
    subj: str,
    agent: str,
    actors: list[tuple[str, str]],
    predicate: str,
    trigger: str,
    expected: set,
) -> None:  # type: ignore[type-arg]
    lang = "de" if "wurde" in text else "en"
    prep = agent.split()[0]
    frame = Frame(
        0,
        predicate,
        span_of(text, trigger),
        (arg(text, "subj", subj), arg(text, "agent", agent, prep)),
        voice="passive",
    )
    assert dyads(coder(make_doc(text, lang, [frame], actors))) == expected


def test_passive_without_agent_has_no_source_and_no_event(coder: EventCoder) -> None:
    text = "Sanktionen wurden gegen Russland verhängt."
    frame = Frame(
        0,
        "verhängen",
        span_of(text, "verhängt"),
        (arg(text, "subj", "Sanktionen"), arg(text, "pp", "gegen Russland", "gegen")),
        voice="passive",
    )
    doc = make_doc(text, "de", [frame], [("Russland", "RUS")])
    assert coder(doc).events == ()
    assert "no source actor" in explain(doc, coder)


def test_reciprocal_with_partner_codes_both_directions(coder: EventCoder) -> None:
    text = "Trump traf sich mit Kim in Hanoi."
    frame = Frame(
        0,
        "treffen",
        span_of(text, "traf"),
        (arg(text, "subj", "Trump"), arg(text, "pp", "mit Kim", "mit")),
        reflexive=True,
    )
    doc = coder(make_doc(text, "de", [frame], [("Trump", "USAGOV"), ("Kim", "PRKGOV")]))
    assert dyads(doc) == {("USAGOV", "PRKGOV", "040"), ("PRKGOV", "USAGOV", "040")}


def test_coordinated_subject_and_object_expand_to_all_pairs(coder: EventCoder) -> None:
    text = "Frankreich und Deutschland kritisierten Russland und Belarus."
    frame = Frame(
        0,
        "kritisieren",
        span_of(text, "kritisierten"),
        (
            arg(text, "subj", "Frankreich und Deutschland", parts=("Frankreich", "Deutschland")),
            arg(text, "obj", "Russland und Belarus", parts=("Russland", "Belarus")),
        ),
    )
    actors = [
        ("Frankreich", "FRA"),
        ("Deutschland", "DEU"),
        ("Russland", "RUS"),
        ("Belarus", "BLR"),
    ]
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == {
        (s, t, "111") for s in ("FRA", "DEU") for t in ("RUS", "BLR")
    }


def _named(doc: Document, *names: str) -> Document:
    """``doc`` with its actors coded as these people, in order."""
    return replace(
        doc, actors=tuple(replace(a, name=n) for a, n in zip(doc.actors, names, strict=True))
    )


def test_self_dyad_is_dropped_unless_two_people_are_named(coder: EventCoder) -> None:
    text = "Trump traf Pompeo."
    frame = Frame(
        0,
        "treffen",
        span_of(text, "traf"),
        (arg(text, "subj", "Trump"), arg(text, "obj", "Pompeo")),
    )
    doc = make_doc(text, "de", [frame], [("Trump", "USAGOV"), ("Pompeo", "USAGOV")])
    assert coder(doc).events == ()  # no names: one actor, as far as the coder can tell
    assert "self-dyads" in explain(doc, coder)
    same = _named(doc, "Donald Trump", "Donald Trump")
    assert coder(same).events == ()
    people = coder(_named(doc, "Donald Trump", "Mike Pompeo")).events
    # a meeting is reciprocal: both directions, as between two codes
    assert [(e.source and e.source.name, e.target and e.target.name) for e in people] == [
        ("Donald Trump", "Mike Pompeo"),
        ("Mike Pompeo", "Donald Trump"),
    ]


def test_event_needing_target_without_one_is_not_emitted(coder: EventCoder) -> None:
    text = "China kritisierte die Entscheidung."
    frame = Frame(
        0,
        "kritisieren",
        span_of(text, "kritisierte"),
        (arg(text, "subj", "China"), arg(text, "obj", "die Entscheidung")),
    )
    doc = make_doc(text, "de", [frame], [("China", "CHN")])
    assert coder(doc).events == ()
    assert "no target actor" in explain(doc, coder)


def test_nested_actor_yields_to_outer_one(coder: EventCoder) -> None:
    text = "Die Regierung von Nordkorea kritisierte Japan."
    frame = Frame(
        0,
        "kritisieren",
        span_of(text, "kritisierte"),
        (arg(text, "subj", "Die Regierung von Nordkorea"), arg(text, "obj", "Japan")),
    )
    actors = [("Regierung von Nordkorea", "PRKGOV"), ("Nordkorea", "PRK"), ("Japan", "JPN")]
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == {("PRKGOV", "JPN", "111")}


@pytest.mark.parametrize(
    ("lang", "text", "noun", "between", "parts", "expected_code"),
    [
        (
            "de",
            "das Treffen zwischen Trump und Kim",
            "Treffen",
            "zwischen Trump und Kim",
            ("Trump", "Kim"),
            "040",
        ),
        (
            "en",
            "talks between Trump and Kim",
            "talk",
            "between Trump and Kim",
            ("Trump", "Kim"),
            "040",
        ),
        (
            "de",
            "bei Arbeitsgesprächen zwischen Trump und Kim",
            "Arbeitsgespräch",
            "zwischen Trump und Kim",
            ("Trump", "Kim"),
            "040",
        ),
    ],
)
def test_nominal_event_between_two_actors_is_reciprocal(
    coder: EventCoder,
    lang: str,
    text: str,
    noun: str,
    between: str,
    parts: tuple[str, str],
    expected_code: str,
) -> None:
    prep = between.split()[0]
    trigger = span_of(text, text.split()[1] if lang == "de" else "talks")
    frame = Frame(0, noun, trigger, (arg(text, "pp", between, prep, parts),), clause="nominal")
    doc = coder(make_doc(text, lang, [frame], [("Trump", "USAGOV"), ("Kim", "PRKGOV")]))
    assert dyads(doc) == {("USAGOV", "PRKGOV", expected_code), ("PRKGOV", "USAGOV", expected_code)}


def test_summit_without_actors_gives_no_event(coder: EventCoder) -> None:
    text = "Gipfel in Hanoi"
    frame = Frame(
        0, "Gipfel", span_of(text, "Gipfel"), (arg(text, "pp", "in Hanoi", "in"),), clause="nominal"
    )
    assert coder(make_doc(text, "de", [frame], [])).events == ()


def test_speech_verb_targets_first_other_actor_in_complement(coder: EventCoder) -> None:
    text = "Trump sagte, sein Verhältnis zu Kim Jong-un sei gut und China helfe."
    frame = Frame(
        0,
        "sagen",
        span_of(text, "sagte"),
        (
            arg(text, "subj", "Trump"),
            arg(text, "comp", "sein Verhältnis zu Kim Jong-un sei gut und China helfe"),
        ),
        tense="past",
    )
    actors = [("Trump", "USAGOV"), ("Kim Jong-un", "PRKGOV"), ("China", "CHN")]
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == {("USAGOV", "PRKGOV", "010")}


def test_speech_verb_without_other_actor_codes_statement_without_target(coder: EventCoder) -> None:
    text = "Trump sagte, es gebe viel zu tun."
    frame = Frame(
        0,
        "sagen",
        span_of(text, "sagte"),
        (arg(text, "subj", "Trump"), arg(text, "comp", "es gebe viel zu tun")),
    )
    assert dyads(coder(make_doc(text, "de", [frame], [("Trump", "USAGOV")]))) == {
        ("USAGOV", None, "010")
    }


def test_object_noun_disambiguates_the_verb(coder: EventCoder) -> None:
    text = "Russland und China trafen eine Entscheidung."
    frame = Frame(
        0,
        "treffen",
        span_of(text, "trafen"),
        (
            arg(text, "subj", "Russland und China", parts=("Russland", "China")),
            arg(text, "obj", "eine Entscheidung"),
        ),
    )
    doc = make_doc(text, "de", [frame], [("Russland", "RUS"), ("China", "CHN")])
    assert coder(doc).events == ()
    assert "no event" in explain(doc, coder)


def test_event_carries_rule_provenance_and_ontology_fields(coder: EventCoder) -> None:
    doc = coder(seed_meeting(tense="future", mood="conditional", reported=True))
    event = doc.events[0]
    path, line = event.rule.rsplit(":", 1)
    assert path == "verbs/de.v1.tsv"
    row = (
        Path(__file__)
        .parents[1]
        .joinpath("src/chronik/data", path)
        .read_text(encoding="utf-8")
        .splitlines()[int(line) - 1]
    )
    assert row.split("\t")[0] == "treffen"
    assert (event.doc_id, event.sentence, event.trigger.text) == ("doc1", 0, "treffen")
    assert event.frame is not None and event.frame.predicate == "treffen"
    assert (event.goldstein, event.quad_class) == (4.0, 1)
    assert event.sentence_text == SEED


def test_explain_names_missing_patterns_and_fired_rules(coder: EventCoder) -> None:
    text = "Er und Kim würden sich treffen und frühstücken."
    frames = [
        Frame(
            0,
            "treffen",
            span_of(text, "treffen"),
            (arg(text, "subj", "Er und Kim", parts=("Er", "Kim")),),
            reflexive=True,
        ),
        Frame(
            0,
            "frühstücken",
            span_of(text, "frühstücken"),
            (arg(text, "subj", "Er und Kim", parts=("Er", "Kim")),),
        ),
    ]
    report = explain(make_doc(text, "de", frames, [("Er", "USAGOV"), ("Kim", "PRKGOV")]), coder)
    assert "no pattern for lemma 'frühstücken'" in report
    assert "rule verbs/de.v1.tsv:" in report
    assert "USAGOV -> PRKGOV 040" in report


def test_plover_json_has_spec_fields(coder: EventCoder) -> None:
    event = coder(seed_meeting(tense="future", mood="conditional", reported=True)).events[0]
    record = plover_json(event_to_dict(event))
    assert {
        "id",
        "date",
        "actor",
        "recipient",
        "event",
        "mode",
        "context",
        "event_text",
        "quad_code",
        "cameo",
    } <= set(record)
    assert record["event"] == ["AGREE"]
    assert record["actor"][0]["code"] == "USA" and record["actor"][0]["sector"] == "GOV"
    assert "future" in record["context"]


def test_plover_json_of_dropped_root_has_no_event_type(coder: EventCoder) -> None:
    text = "Trump sagte, Kim sei gut."
    frame = Frame(
        0,
        "sagen",
        span_of(text, "sagte"),
        (arg(text, "subj", "Trump"), arg(text, "comp", "Kim sei gut")),
    )
    event = coder(make_doc(text, "de", [frame], [("Trump", "USAGOV"), ("Kim", "PRKGOV")])).events[0]
    assert plover_json(event_to_dict(event))["event"] == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_pattern_code_is_in_the_ontology(ontology: Ontology, lang: str) -> None:
    patterns = Patterns.load(lang)
    assert len(patterns.rows) >= 300
    assert all(p.code == "-" or p.code in ontology.codes for p in patterns.rows)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_patterns_cover_every_root(lang: str) -> None:
    assert {p.code[:2] for p in Patterns.load(lang).rows if p.code != "-"} == {
        f"{r:02d}" for r in range(1, 21)
    }


def test_bad_pattern_file_reports_every_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(
        "lemma\tkind\twhen\tsource\ttarget\tcode\tflags\tnote\n"
        "treffen\tverb\t\tsubj\tobj\t04x\t\t\n"
        "treffen\tthing\t\tsubj\tobj\t040\t\t\n"
        "treffen\tverb\t\tsubject\tobj\t040\tloud\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError) as error:
        Patterns.load(path)
    message = str(error.value)
    assert f"{path}:2" in message and f"{path}:3" in message and f"{path}:4" in message


def test_unknown_code_in_patterns_is_rejected(tmp_path: Path, ontology: Ontology) -> None:
    path = tmp_path / "codes.tsv"
    path.write_text(
        "lemma\tkind\twhen\tsource\ttarget\tcode\tflags\tnote\ntreffen\tverb\t\tsubj\tobj\t999\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match=r"codes\.tsv:2"):
        EventCoder({"de": Patterns.load(path)}, ontology)


def test_events_are_records(coder: EventCoder) -> None:
    doc = coder(seed_meeting())
    assert all(isinstance(e, Event) for e in doc.events)
    assert replace(doc, events=()).events == ()


@pytest.mark.parametrize(
    ("partner", "expected"),
    [
        (True, {("RUS", "IND", "062"), ("IND", "RUS", "062")}),
        (False, {("PRK", "KOR", "150")}),
    ],
    ids=["partner-in-pp", "no-partner"],
)
def test_next_row_fires_when_best_finds_no_actors(
    coder: EventCoder, partner: bool, expected: set
) -> None:  # type: ignore[type-arg]
    if partner:
        text = "Russland hielt mit Indien ein Manöver ab."
        arguments = (
            arg(text, "subj", "Russland"),
            arg(text, "pp", "mit Indien", "mit"),
            arg(text, "obj", "ein Manöver"),
        )
        actors = [("Russland", "RUS"), ("Indien", "IND")]
    else:
        text = "Nordkorea hielt nahe Südkorea ein Manöver ab."
        arguments = (
            arg(text, "subj", "Nordkorea"),
            arg(text, "pp", "nahe Südkorea", "nahe"),
            arg(text, "obj", "ein Manöver"),
        )
        actors = [("Nordkorea", "PRK"), ("Südkorea", "KOR")]
    frame = Frame(0, "abhalten", span_of(text, "hielt"), arguments, tense="past")
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == expected


def test_speech_about_own_country_has_no_target(coder: EventCoder) -> None:
    text = "Putin erklärte, Russland werde seine Politik nicht ändern."
    frame = Frame(
        0,
        "erklären",
        span_of(text, "erklärte"),
        (
            arg(text, "subj", "Putin"),
            arg(text, "comp", "Russland werde seine Politik nicht ändern"),
        ),
    )
    assert dyads(
        coder(make_doc(text, "de", [frame], [("Putin", "RUSGOV"), ("Russland", "RUS")]))
    ) == {("RUSGOV", None, "010")}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_dev_gold_set_covers_every_root(ontology: Ontology, lang: str) -> None:
    path = Path(__file__).parents[1] / "benchmarks" / "gold" / f"{lang}.dev.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    per_root: dict[str, int] = {}
    for record in records:
        assert set(record) == {"id", "lang", "date", "text", "events"} and record["lang"] == lang
        for root in {ontology.codes[e["cameo"]].root for e in record["events"]}:
            per_root[root] = per_root.get(root, 0) + 1
        assert all(e["cameo"] in ontology.codes and e["source"] for e in record["events"])
    assert {r: n for r, n in per_root.items() if n >= 10}.keys() == {
        f"{r:02d}" for r in range(1, 21)
    }
    assert sum(1 for r in records if not r["events"]) >= 10


@pytest.mark.parametrize(
    ("governor", "governor_negated", "negated", "code"),
    [
        ("fail", False, True, "040"),
        # a refused meeting is the refuser's rejection (events_refusals.py), no denied 040
        ("refuse", False, False, "125"),
        ("plan", True, True, "036"),
        ("plan", False, False, "036"),
    ],
)
def test_governing_verb_can_deny_the_action(
    coder: EventCoder, governor: str, governor_negated: bool, negated: bool, code: str
) -> None:
    text = "Iran refused to meet the EU."
    head = Frame(
        0,
        governor,
        span_of(text, "refused"),
        (arg(text, "subj", "Iran"),),
        negated=governor_negated,
    )
    meet = Frame(
        0,
        "meet",
        span_of(text, "meet"),
        (arg(text, "obj", "the EU"),),
        clause="infinitive",
        parent=0,
    )
    events = coder(
        make_doc(text, "en", [head, meet], [("Iran", "IRN"), ("EU", "IGOEUREEC")])
    ).events
    assert {(e.cameo, e.negated) for e in events if e.trigger.text == "meet"} == {(code, negated)}


def test_object_prefers_actor_not_behind_preposition(coder: EventCoder) -> None:
    text = "Katar verklagte die Emirate vor dem Gerichtshof."
    frame = Frame(
        0,
        "verklagen",
        span_of(text, "verklagte"),
        (arg(text, "subj", "Katar"), arg(text, "obj", "die Emirate vor dem Gerichtshof")),
    )
    actors = [("Katar", "QAT"), ("Emirate", "ARE"), ("Gerichtshof", "IGOUNOJUDICJ")]
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == {("QAT", "ARE", "115")}


def test_object_falls_back_to_actor_behind_preposition(coder: EventCoder) -> None:
    text = "Die Palästinenser fordern Verhandlungen mit Israel."
    frame = Frame(
        0,
        "fordern",
        span_of(text, "fordern"),
        (arg(text, "subj", "Die Palästinenser"), arg(text, "obj", "Verhandlungen mit Israel")),
    )
    actors = [("Palästinenser", "PSE"), ("Israel", "ISR")]
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == {("PSE", "ISR", "106")}


def test_partner_found_behind_its_preposition_inside_another_phrase(coder: EventCoder) -> None:
    text = "Putin telefonierte am Dienstag mit Erdogan."
    frame = Frame(
        0,
        "telefonieren",
        span_of(text, "telefonierte"),
        (arg(text, "subj", "Putin"), arg(text, "pp", "am Dienstag mit Erdogan", "an")),
    )
    doc = coder(make_doc(text, "de", [frame], [("Putin", "RUSGOV"), ("Erdogan", "TURGOV")]))
    assert dyads(doc) == {("RUSGOV", "TURGOV", "041"), ("TURGOV", "RUSGOV", "041")}


def test_indirect_object_falls_back_to_object(coder: EventCoder) -> None:
    text = "Trump drohte China mit Strafzöllen."
    frame = Frame(
        0,
        "drohen",
        span_of(text, "drohte"),
        (
            arg(text, "subj", "Trump"),
            arg(text, "obj", "China"),
            arg(text, "pp", "mit Strafzöllen", "mit"),
        ),
    )
    assert dyads(coder(make_doc(text, "de", [frame], [("Trump", "USAGOV"), ("China", "CHN")]))) == {
        ("USAGOV", "CHN", "1312")
    }


def test_second_conjunct_of_whether_clause_is_hypothetical(coder: EventCoder) -> None:
    text = (
        "Die Frage ist, ob Pjöngjang abrüstet oder die USA den Forderungen Nordkoreas nachkommen."
    )
    frame = Frame(
        0,
        "nachkommen",
        span_of(text, "nachkommen"),
        (arg(text, "subj", "die USA"), arg(text, "iobj", "den Forderungen Nordkoreas")),
        clause="subordinate",
    )
    doc = coder(make_doc(text, "de", [frame], [("USA", "USA"), ("Nordkoreas", "PRK")]))
    assert [(e.cameo, e.modality) for e in doc.events] == [("083", "hypothetical")]


# ---------------------------------------------------------------- modality from the clause


ARTICLE_DAY = date(2019, 2, 6)


def dated(doc: Document, *times: tuple[str, str]) -> Document:
    """``doc`` with article date 2019-02-06 and resolved times (text piece, ISO value)."""
    text = doc.article.text
    resolved = tuple(EventDate(value, span=span_of(text, piece)) for piece, value in times)
    return replace(doc, article=replace(doc.article, date=ARTICLE_DAY), times=resolved)


def meeting_noun(
    text: str, noun: str = "Treffen", between: str = "zwischen Trump und Kim"
) -> Frame:
    parts = tuple(between.split()[i] for i in (1, -1))
    return Frame(
        0,
        noun,
        span_of(text, noun),
        (arg(text, "pp", between, between.split()[0], parts),),
        clause="nominal",
    )


def codes_and_modality(doc: Document) -> set[tuple[str, str, bool]]:
    return {(e.cameo, e.modality, e.negated) for e in doc.events}


TRUMP_KIM = [("Trump", "USAGOV"), ("Kim", "PRKGOV")]


def test_event_noun_in_future_clause_is_intended(coder: EventCoder) -> None:
    text = "Das Treffen zwischen Trump und Kim wird in Hanoi stattfinden."
    host = Frame(
        0,
        "stattfinden",
        span_of(text, "stattfinden"),
        (
            arg(text, "subj", "Das Treffen zwischen Trump und Kim"),
            arg(text, "pp", "in Hanoi", "in"),
        ),
        tense="future",
    )
    doc = coder(make_doc(text, "de", [host, meeting_noun(text)], TRUMP_KIM))
    assert dyads(doc) == {("USAGOV", "PRKGOV", "036"), ("PRKGOV", "USAGOV", "036")}
    assert codes_and_modality(doc) == {("036", "intended", False)}


@pytest.mark.parametrize(
    ("text", "lemma", "trigger"),
    [
        ("Seoul plant ein Treffen zwischen Trump und Kim.", "planen", "plant"),
        # vorbereiten is an intent lemma: the meeting it prepares has not taken place
        ("Seoul bereitet ein Treffen zwischen Trump und Kim vor.", "vorbereiten", "bereitet"),
    ],
)
def test_event_noun_under_intent_verb_is_intended(
    coder: EventCoder, text: str, lemma: str, trigger: str
) -> None:
    host = Frame(
        0,
        lemma,
        span_of(text, trigger),
        (arg(text, "subj", "Seoul"), arg(text, "obj", "ein Treffen zwischen Trump und Kim")),
    )
    doc = coder(make_doc(text, "de", [host, meeting_noun(text)], [*TRUMP_KIM, ("Seoul", "KORGOV")]))
    assert codes_and_modality(doc) == {("036", "intended", False)}


@pytest.mark.parametrize(
    ("text", "host", "options"),
    [
        ("Es gab kein Treffen zwischen Trump und Kim.", "gab", {"negated": True, "tense": "past"}),
        ("Seoul sagte das Treffen zwischen Trump und Kim ab.", "sagte", {"tense": "past"}),
    ],
)
def test_event_noun_in_negated_or_denying_clause_is_negated(
    coder: EventCoder, text: str, host: str, options: dict[str, object]
) -> None:
    lemma = "geben" if host == "gab" else "absagen"
    frame = Frame(
        0,
        lemma,
        span_of(text, host),
        (arg(text, "obj", text[text.index("Treffen") - 4 : text.index("Kim") + 3]),),
        **options,  # type: ignore[arg-type]
    )
    doc = coder(make_doc(text, "de", [frame, meeting_noun(text)], TRUMP_KIM))
    assert dyads(doc) == set()
    assert doc.events and all(e.negated for e in doc.events)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # The seed article: the expectation that "beim zweiten Treffen" agreements are made.
        (
            "Die Erwartungen sind groß, dass beim zweiten Treffen zwischen Trump und Kim "
            "Vereinbarungen getroffen werden.",
            "present",
            ("036", "intended", False),
        ),
        (
            "Beim zweiten Treffen zwischen Trump und Kim scheiterten die Gespräche.",
            "past",
            ("040", "asserted", False),
        ),
        (
            "Beim Treffen zwischen Trump und Kim werden Vereinbarungen getroffen.",
            "present",
            ("040", "asserted", False),
        ),
        (
            "Beim Treffen zwischen Trump und Kim scheiterten zum zweiten Mal die Gespräche.",
            "past",
            ("040", "asserted", False),
        ),
    ],
)
def test_intent_marker_before_event_noun_makes_it_intended_unless_past(
    coder: EventCoder, text: str, tense: str, expected: tuple[str, str, bool]
) -> None:
    words = text.split()
    host_word = words[-1].rstrip(".")
    host = Frame(
        0,
        host_word,
        span_of(text, host_word),
        (arg(text, "pp", text[text.index("eim") - 1 : text.index("Kim") + 3], "bei"),),
        tense=tense,  # type: ignore[arg-type]
        clause="subordinate" if "dass" in text else "main",
    )
    doc = coder(make_doc(text, "de", [host, meeting_noun(text)], TRUMP_KIM))
    assert codes_and_modality(doc) == {expected}


def test_upcoming_summit_is_intended_in_english(coder: EventCoder) -> None:
    text = "Officials prepared the upcoming summit between Trump and Kim."
    host = Frame(
        0,
        "prepare",
        span_of(text, "prepared"),
        (
            arg(text, "subj", "Officials"),
            arg(text, "obj", "the upcoming summit between Trump and Kim"),
        ),
        tense="past",
    )
    noun = meeting_noun(text, "summit", "between Trump and Kim")
    doc = coder(make_doc(text, "en", [host, noun], TRUMP_KIM))
    assert codes_and_modality(doc) == {("036", "intended", False)}


@pytest.mark.parametrize(
    ("when", "value", "expected"),
    [
        ("am 27. Februar", "2019-02-27", ("036", "intended", False)),
        ("am 5. Februar", "2019-02-05", ("040", "asserted", False)),
        ("im Februar", "2019-02", ("040", "asserted", False)),
        ("am 27. Februar", "--02-27", ("036", "intended", False)),
    ],
)
def test_present_clause_with_time_after_article_date_is_intended(
    coder: EventCoder, when: str, value: str, expected: tuple[str, str, bool]
) -> None:
    text = f"Trump trifft Kim {when} in Hanoi."
    frame = Frame(
        0,
        "treffen",
        span_of(text, "trifft"),
        (arg(text, "subj", "Trump"), arg(text, "obj", "Kim"), arg(text, "pp", when, "an")),
    )
    doc = coder(dated(make_doc(text, "de", [frame], TRUMP_KIM), (when, value)))
    assert codes_and_modality(doc) == {expected}


@pytest.mark.parametrize(
    ("adverbial", "expected"),
    [(" ein zweites Mal", ("036", "intended", False)), ("", ("040", "asserted", False))],
)
def test_present_meeting_marked_second_time_is_intended_despite_past_summit(
    coder: EventCoder, adverbial: str, expected: tuple[str, str, bool]
) -> None:
    # The seed's first sentence: the date "vor acht Monaten" belongs to the earlier summit.
    text = f"Nach dem Gipfel vor acht Monaten kommen Trump und Kim{adverbial} zusammen."
    summit = Frame(
        0,
        "Gipfel",
        span_of(text, "Gipfel"),
        (arg(text, "pp", "vor acht Monaten", "vor"),),
        clause="nominal",
    )
    meet = Frame(
        0,
        "zusammenkommen",
        span_of(text, "kommen"),
        (
            arg(text, "pp", "Nach dem Gipfel vor acht Monaten", "nach"),
            arg(text, "subj", "Trump und Kim", parts=("Trump", "Kim")),
        ),
    )
    doc = dated(make_doc(text, "de", [summit, meet], TRUMP_KIM), ("vor acht Monaten", "2018-06"))
    assert codes_and_modality(coder(doc)) == {expected}


@pytest.mark.parametrize(
    ("value", "after"),
    [
        ("2019-02-07", True),
        ("2019-02-06", False),
        ("2019-02", False),
        ("2019-03", True),
        ("2018", False),
        ("--02-27", True),
        ("--01-30", False),
    ],
)
def test_is_after_compares_at_the_time_precision(value: str, after: bool) -> None:
    assert is_after(EventDate(value), ARTICLE_DAY) is after
    assert is_after(EventDate(value), None) is False


# ---------------------------------------------------------------- comp reads infinitives


def test_appeal_topic_read_from_dependent_infinitive(coder: EventCoder) -> None:
    text = "Merkel appellierte an Russland, die Gefangenen freizulassen."
    appeal = Frame(
        0,
        "appellieren",
        span_of(text, "appellierte"),
        (arg(text, "subj", "Merkel"), arg(text, "pp", "an Russland", "an")),
    )
    release = Frame(
        0,
        "freilassen",
        span_of(text, "freizulassen"),
        (arg(text, "obj", "die Gefangenen"),),
        clause="infinitive",
        parent=0,
    )
    doc = coder(
        make_doc(text, "de", [appeal, release], [("Merkel", "DEUGOV"), ("Russland", "RUS")])
    )
    assert dyads(doc) == {("DEUGOV", "RUS", "0253")}


@pytest.mark.parametrize(
    ("text", "verb", "addressee", "child", "child_arg", "expected"),
    [
        (
            "The EU called on Iran to release the prisoners.",
            "call on",
            ("obj", "Iran", None),
            "release",
            ("obj", "the prisoners", None),
            "0253",
        ),
        (
            "The EU called on Iran to release the prisoners.",
            "call",
            ("pp", "on Iran", "on"),
            "release",
            ("obj", "the prisoners", None),
            "0253",
        ),
        (
            "The EU urged Iran to agree to a ceasefire.",
            "urge",
            ("obj", "Iran", None),
            "agree",
            ("pp", "to a ceasefire", "to"),
            "0256",
        ),
    ],
)
def test_urge_to_codes_the_appeal_not_the_urged_action(
    coder: EventCoder,
    text: str,
    verb: str,
    addressee: tuple[str, str, str | None],
    child: str,
    child_arg: tuple[str, str, str | None],
    expected: str,
) -> None:
    governing = Frame(
        0,
        verb,
        span_of(text, text.split()[2]),
        (arg(text, "subj", "The EU"), arg(text, *addressee)),
    )
    action = Frame(
        0,
        child,
        span_of(text, child),
        (arg(text, "subj", "Iran"), arg(text, *child_arg)),
        clause="infinitive",
        parent=0,
    )
    doc = coder(make_doc(text, "en", [governing, action], [("EU", "IGOEUREEC"), ("Iran", "IRN")]))
    assert dyads(doc) == {("IGOEUREEC", "IRN", expected)}


# ---------------------------------------------------------------- dyads on real-news shapes


def test_coordinated_subject_does_not_pair_up_when_partner_is_named(coder: EventCoder) -> None:
    text = "Germany, France and Poland met with opposition leaders."
    frame = Frame(
        0,
        "meet",
        span_of(text, "met"),
        (
            arg(text, "subj", "Germany, France and Poland", parts=("Germany", "France", "Poland")),
            arg(text, "pp", "with opposition leaders", "with"),
        ),
        tense="past",
    )
    actors = [("Germany", "DEU"), ("France", "FRA"), ("Poland", "POL")]
    assert coder(make_doc(text, "en", [frame], actors)).events == ()


def test_actor_behind_preposition_only_modifies_the_actor_heading_the_phrase(
    coder: EventCoder,
) -> None:
    text = "The UN coordinator for Lebanon met with Suleiman."
    frame = Frame(
        0,
        "meet",
        span_of(text, "met"),
        (
            arg(text, "subj", "The UN coordinator for Lebanon"),
            arg(text, "pp", "with Suleiman", "with"),
        ),
        tense="past",
    )
    actors = [("UN", "IGOUNO"), ("Lebanon", "LBN"), ("Suleiman", "LBNGOV")]
    doc = coder(make_doc(text, "en", [frame], actors))
    assert dyads(doc) == {("IGOUNO", "LBNGOV", "040"), ("LBNGOV", "IGOUNO", "040")}


def test_action_only_asked_for_is_no_event(coder: EventCoder) -> None:
    text = "Hagel invited the Chinese minister to visit the United States."
    invite = Frame(
        0,
        "invite",
        span_of(text, "invited"),
        (arg(text, "subj", "Hagel"), arg(text, "obj", "the Chinese minister")),
        tense="past",
    )
    visit = Frame(
        0,
        "visit",
        span_of(text, "visit"),
        (arg(text, "obj", "the United States"),),
        clause="infinitive",
        parent=0,
    )
    actors = [("Hagel", "USAGOV"), ("Chinese minister", "CHNGOV"), ("United States", "USA")]
    events = coder(make_doc(text, "en", [invite, visit], actors)).events
    # the invitation (an intent to meet) is the event, not a visit by the minister
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == [
        ("USAGOV", "CHNGOV", "036")
    ]


def test_intent_verb_governing_an_infinitive_is_not_coded_itself(coder: EventCoder) -> None:
    text = "The new leadership in Kiev seeks to hold elections."
    seek = Frame(
        0,
        "seek",
        span_of(text, "seeks"),
        (arg(text, "subj", "The new leadership in Kiev"),),
    )
    hold = Frame(
        0,
        "hold",
        span_of(text, "hold"),
        (arg(text, "obj", "elections"),),
        clause="infinitive",
        parent=0,
    )
    doc = coder(make_doc(text, "en", [seek, hold], [("leadership in Kiev", "UKRGOV")]))
    assert doc.events == ()
    assert "governs an infinitive" in coder.explain(doc)


def one_clause(text: str, lemma: str, trigger: str, roles, **options) -> Frame:  # type: ignore[no-untyped-def]
    """A frame from (role, piece) pairs; a pp's preposition is its first word, a subject
    with " and " is coordinated."""
    arguments = tuple(
        arg(
            text,
            role,
            piece,
            piece.split()[0] if role == "pp" else None,
            tuple(piece.split(" and ")) if role == "subj" and " and " in piece else (),
        )
        for role, piece in roles
    )
    return Frame(0, lemma, span_of(text, trigger), arguments, **options)


@pytest.mark.parametrize(
    ("lang", "text", "lemma", "trigger", "roles", "actors", "expected"),
    [
        # "call on" parsed as "call" + pp:on needs an actor there: a day is no addressee;
        # calling a meeting convenes it, no statement either.
        (
            "en",
            "The EU called a meeting on Thursday.",
            "call",
            "called",
            [("subj", "The EU"), ("obj", "a meeting"), ("pp", "on Thursday")],
            [("EU", "IGOEUREEC")],
            set(),
        ),
        (
            "en",
            "The EU called on Iran.",
            "call",
            "called",
            [("subj", "The EU"), ("pp", "on Iran")],
            [("EU", "IGOEUREEC"), ("Iran", "IRN")],
            {("IGOEUREEC", "IRN", "020")},
        ),
        (
            "en",
            "North Korea denied entry to South Koreans.",
            "deny",
            "denied",
            [("subj", "North Korea"), ("obj", "entry"), ("pp", "to South Koreans")],
            [("North Korea", "PRK"), ("South Koreans", "KOR")],
            {("PRK", "KOR", "1245")},
        ),
        (
            "en",
            "Rousseff and Obama clashed over reports.",
            "clash",
            "clashed",
            [("subj", "Rousseff and Obama"), ("pp", "over reports")],
            [("Rousseff", "BRAGOV"), ("Obama", "USAGOV")],
            {("BRAGOV", "USAGOV", "110"), ("USAGOV", "BRAGOV", "110")},
        ),
        (
            "en",
            "Cheney offered this blunt assessment.",
            "offer",
            "offered",
            [("subj", "Cheney"), ("obj", "this blunt assessment")],
            [("Cheney", "USAELI")],
            {("USAELI", None, "010")},
        ),
        (
            "de",
            "Die Regierung verspricht sich von der Reform viel.",
            "versprechen",
            "verspricht",
            [("subj", "Die Regierung"), ("pp", "von der Reform")],
            [("Die Regierung", "ITAGOV")],
            set(),
        ),
    ],
)
def test_real_news_senses(  # type: ignore[no-untyped-def]
    coder: EventCoder, lang, text, lemma, trigger, roles, actors, expected
) -> None:
    options = {"reflexive": True} if " sich " in text else {}
    frame = one_clause(text, lemma, trigger, roles, **options)
    assert dyads(coder(make_doc(text, lang, [frame], actors))) == expected


def test_present_conflict_with_later_date_stays_asserted(coder: EventCoder) -> None:
    text = "Protesters clash with Russia on March 13."
    frame = one_clause(
        text,
        "clash",
        "clash",
        [("subj", "Protesters"), ("pp", "with Russia"), ("pp", "on March 13")],
    )
    doc = make_doc(text, "en", [frame], [("Protesters", "UKROPP"), ("Russia", "RUS")])
    doc = coder(dated(doc, ("March 13", "2019-03-13")))
    assert {(e.cameo, e.modality) for e in doc.events} == {("190", "asserted")}


def test_infinitive_under_negated_governor_is_negated(coder: EventCoder) -> None:
    text = "North Korea has not shown the capability to attack Japan."
    show = one_clause(
        text,
        "show",
        "shown",
        [("subj", "North Korea"), ("obj", "the capability")],
        negated=True,
    )
    attack = Frame(
        0,
        "attack",
        span_of(text, "attack"),
        (arg(text, "obj", "Japan"),),
        clause="infinitive",
        parent=0,
    )
    doc = coder(make_doc(text, "en", [show, attack], [("North Korea", "PRK"), ("Japan", "JPN")]))
    assert doc.events and all(e.negated for e in doc.events)


def test_topic_head_word_outweighs_longer_word_after_it(coder: EventCoder) -> None:
    text = "South Korea asked Japan for talks on the trade restrictions."
    topic = replace(arg(text, "pp", "talks on the trade restrictions", "for"), head="talks")
    frame = Frame(
        0,
        "ask",
        span_of(text, "asked"),
        (arg(text, "subj", "South Korea"), arg(text, "obj", "Japan"), topic),
        tense="past",
    )
    doc = coder(make_doc(text, "en", [frame], [("South Korea", "KOR"), ("Japan", "JPN")]))
    assert dyads(doc) == {("KOR", "JPN", "026")}


def test_the_agent_of_a_released_statement_is_its_author(coder: EventCoder) -> None:
    # "A statement released by the Kremlin accused Ukraine": the passive verb that put the
    # statement out names its author (tests/test_en_document_authors.py: the active ones)
    text = "A statement released by the Kremlin accused Ukraine of provocations."
    accuse = one_clause(
        text, "accuse", "accused", [("subj", "A statement"), ("obj", "Ukraine")], tense="past"
    )
    release = replace(
        one_clause(
            text, "release", "released", [("subj", "A statement"), ("agent", "the Kremlin")]
        ),
        voice="passive",
        clause="relative",
    )
    actors = [("Kremlin", "RUSGOV"), ("Ukraine", "UKR")]
    doc = coder(make_doc(text, "en", [accuse, release], actors))
    assert ("RUSGOV", "UKR", "112") in dyads(doc)


def test_inflected_head_word_outweighs_longer_word_after_it(coder: EventCoder) -> None:
    # the German head is a lemma ("Lockerung"), the filler says "Lockerungen": easing (081)
    # wins over the lockdown measures (172) the longer word after it names
    text = "Die Bundesregierung beschloss Lockerungen der Corona-Maßnahmen."
    measures = replace(arg(text, "obj", "Lockerungen der Corona-Maßnahmen"), head="Lockerung")
    frame = Frame(
        0,
        "beschließen",
        span_of(text, "beschloss"),
        (arg(text, "subj", "Die Bundesregierung"), measures),
        tense="past",
    )
    doc = coder(make_doc(text, "de", [frame], [("Bundesregierung", "DEUGOV")]))
    assert {code for _, _, code in dyads(doc)} == {"081"}


def test_purpose_infinitive_of_intended_clause_is_intended(coder: EventCoder) -> None:
    text = "Biden is scheduled to arrive in Kiev to meet Poroshenko."
    schedule = one_clause(text, "schedule", "scheduled", [("subj", "Biden")], voice="passive")
    arrive = replace(
        one_clause(text, "arrive", "arrive", [("pp", "in Kiev")]), clause="infinitive", parent=0
    )
    meet = replace(
        one_clause(text, "meet", "meet", [("subj", "Biden"), ("obj", "Poroshenko")]),
        clause="infinitive",
        parent=1,
    )
    actors = [("Biden", "USAGOV"), ("Kiev", "UKR"), ("Poroshenko", "UKRGOV")]
    doc = coder(make_doc(text, "en", [schedule, arrive, meet], actors))
    assert {(e.trigger.text, e.modality) for e in doc.events} >= {("meet", "intended")}
    assert "040" not in {e.cameo for e in doc.events}


@pytest.mark.parametrize(
    ("modal", "tense", "expected"),
    [
        ("müssen", "present", "hypothetical"),
        ("müssen", "past", "asserted"),
        (None, "present", "asserted"),
    ],
)
def test_obligation_modal_is_no_fact(
    coder: EventCoder, modal: str | None, tense: str, expected: str
) -> None:
    text = "Die EU muss mit Japan kooperieren."
    frame = one_clause(
        text,
        "kooperieren",
        "kooperieren",
        [("subj", "Die EU"), ("pp", "mit Japan")],
        modal=modal,
        tense=tense,
    )
    doc = coder(make_doc(text, "de", [frame], [("EU", "IGOEUREEC"), ("Japan", "JPN")]))
    assert {e.modality for e in doc.events} == {expected}


def test_alleged_action_is_no_event_only_the_accusation(coder: EventCoder) -> None:
    text = "Indien wirft Pakistan vor, Rebellen zu unterstützen."
    accuse = one_clause(text, "vorwerfen", "wirft", [("subj", "Indien"), ("iobj", "Pakistan")])
    support = replace(
        one_clause(text, "unterstützen", "unterstützen", [("obj", "Rebellen")]),
        clause="infinitive",
        parent=0,
    )
    actors = [("Indien", "IND"), ("Pakistan", "PAK"), ("Rebellen", "PAKREB")]
    doc = coder(make_doc(text, "de", [accuse, support], actors))
    assert dyads(doc) == {("IND", "PAK", "112")}


@pytest.mark.parametrize(
    ("text", "obj", "expected"),
    [
        ("Britain left the EU.", "the EU", {("GBR", "IGOEUREEC", "160")}),
        ("The Pope left Argentina.", "Argentina", set()),
    ],
)
def test_leaving_an_organisation_not_a_place_reduces_relations(
    coder: EventCoder, text: str, obj: str, expected: set[tuple[str, str, str]]
) -> None:
    subject = text.split(" left")[0]
    frame = one_clause(text, "leave", "left", [("subj", subject), ("obj", obj)], tense="past")
    actors = [("Britain", "GBR"), ("EU", "IGOEUREEC"), ("Pope", "VATGOV"), ("Argentina", "ARG")]
    present = [(piece, code) for piece, code in actors if piece in text]
    assert dyads(coder(make_doc(text, "en", [frame], present))) == expected


def test_adding_to_something_is_no_statement(coder: EventCoder) -> None:
    text = "South Korean troops have added to the tensions."
    frame = one_clause(
        text, "add", "added", [("subj", "South Korean troops"), ("pp", "to the tensions")]
    )
    assert coder(make_doc(text, "en", [frame], [("South Korean troops", "KORMIL")])).events == ()


def test_future_time_overlapping_a_pp_without_its_preposition_makes_intended(
    coder: EventCoder,
) -> None:
    # The English analyzer's pp span leaves out "on"; the time expression keeps it.
    text = "Putin meets Erdogan in Ankara on March 12."
    frame = Frame(
        0,
        "meet",
        span_of(text, "meets"),
        (
            arg(text, "subj", "Putin"),
            arg(text, "obj", "Erdogan"),
            arg(text, "pp", "Ankara", "in"),
            arg(text, "pp", "March 12", "on"),
        ),
    )
    doc = make_doc(text, "en", [frame], [("Putin", "RUSGOV"), ("Erdogan", "TURGOV")])
    doc = coder(dated(doc, ("on March 12", "2019-03-12")))
    assert codes_and_modality(doc) == {("036", "intended", False)}

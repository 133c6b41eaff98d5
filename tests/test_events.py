"""Event coding on hand-built frames and actors (no analyzer needed)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from chronik.document import Document
from chronik.errors import DictionaryError
from chronik.events import EventCoder, Patterns, explain, plover_json
from chronik.ontology import Ontology
from chronik.records import Actor, Argument, Article, Event, Frame, Sentence, Span, Token


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


@pytest.fixture(scope="module")
def coder(ontology: Ontology) -> EventCoder:
    return EventCoder({"de": Patterns.load("de"), "en": Patterns.load("en")}, ontology)


def span(text: str, piece: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), piece)


def arg(
    text: str, role: str, piece: str, prep: str | None = None, parts: tuple[str, ...] = ()
) -> Argument:
    whole = span(text, piece)
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
                Actor(code, span(text, piece), f"actors/test.tsv:{i}")
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
        span(text, trigger),
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
        span(SEED, "treffen"),
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
        span(text, "attacks"),
        (arg(text, "subj", "Russia"), arg(text, "obj", "Ukraine")),
        clause="subordinate",
    )
    doc = coder(make_doc(text, "en", [frame], [("Russia", "RUS"), ("Ukraine", "UKR")]))
    assert [(e.cameo, e.modality) for e in doc.events] == [("190", "hypothetical")]


def test_infinitive_under_plan_takes_controller_and_is_intended(coder: EventCoder) -> None:
    text = "Iran plans to meet the EU."
    plan = Frame(
        0,
        "plan",
        span(text, "plans"),
        (arg(text, "subj", "Iran"), arg(text, "comp", "to meet the EU")),
    )
    meet = Frame(
        0, "meet", span(text, "meet"), (arg(text, "obj", "the EU"),), clause="infinitive", parent=0
    )
    doc = coder(make_doc(text, "en", [plan, meet], [("Iran", "IRN"), ("EU", "IGOEUREEC")]))
    assert dyads(doc) == {("IRN", "IGOEUREEC", "036"), ("IGOEUREEC", "IRN", "036")}


def test_threat_to_sanction_codes_1312_once(coder: EventCoder) -> None:
    text = "The US threatened to impose sanctions on Iran."
    threaten = Frame(
        0,
        "threaten",
        span(text, "threatened"),
        (arg(text, "subj", "The US"), arg(text, "comp", "to impose sanctions on Iran")),
    )
    impose = Frame(
        0,
        "impose",
        span(text, "impose"),
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
        span(text, "verhängte"),
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
        span(text, "gemacht"),
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
        span(text, trigger),
        (arg(text, "subj", subj), arg(text, "agent", agent, prep)),
        voice="passive",
    )
    assert dyads(coder(make_doc(text, lang, [frame], actors))) == expected


def test_passive_without_agent_has_no_source_and_no_event(coder: EventCoder) -> None:
    text = "Sanktionen wurden gegen Russland verhängt."
    frame = Frame(
        0,
        "verhängen",
        span(text, "verhängt"),
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
        span(text, "traf"),
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
        span(text, "kritisierten"),
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


def test_self_dyad_is_dropped(coder: EventCoder) -> None:
    text = "Trump traf Pompeo."
    frame = Frame(
        0, "treffen", span(text, "traf"), (arg(text, "subj", "Trump"), arg(text, "obj", "Pompeo"))
    )
    doc = make_doc(text, "de", [frame], [("Trump", "USAGOV"), ("Pompeo", "USAGOV")])
    assert coder(doc).events == ()
    assert "self-dyads" in explain(doc, coder)


def test_event_needing_target_without_one_is_not_emitted(coder: EventCoder) -> None:
    text = "China kritisierte die Entscheidung."
    frame = Frame(
        0,
        "kritisieren",
        span(text, "kritisierte"),
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
        span(text, "kritisierte"),
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
    trigger = span(text, text.split()[1] if lang == "de" else "talks")
    frame = Frame(0, noun, trigger, (arg(text, "pp", between, prep, parts),), clause="nominal")
    doc = coder(make_doc(text, lang, [frame], [("Trump", "USAGOV"), ("Kim", "PRKGOV")]))
    assert dyads(doc) == {("USAGOV", "PRKGOV", expected_code), ("PRKGOV", "USAGOV", expected_code)}


def test_summit_without_actors_gives_no_event(coder: EventCoder) -> None:
    text = "Gipfel in Hanoi"
    frame = Frame(
        0, "Gipfel", span(text, "Gipfel"), (arg(text, "pp", "in Hanoi", "in"),), clause="nominal"
    )
    assert coder(make_doc(text, "de", [frame], [])).events == ()


def test_speech_verb_targets_first_other_actor_in_complement(coder: EventCoder) -> None:
    text = "Trump sagte, sein Verhältnis zu Kim Jong-un sei gut und China helfe."
    frame = Frame(
        0,
        "sagen",
        span(text, "sagte"),
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
        span(text, "sagte"),
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
        span(text, "trafen"),
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
            span(text, "treffen"),
            (arg(text, "subj", "Er und Kim", parts=("Er", "Kim")),),
            reflexive=True,
        ),
        Frame(
            0,
            "frühstücken",
            span(text, "frühstücken"),
            (arg(text, "subj", "Er und Kim", parts=("Er", "Kim")),),
        ),
    ]
    report = explain(make_doc(text, "de", frames, [("Er", "USAGOV"), ("Kim", "PRKGOV")]), coder)
    assert "no pattern for lemma 'frühstücken'" in report
    assert "rule verbs/de.v1.tsv:" in report
    assert "USAGOV -> PRKGOV 040" in report


def test_plover_json_has_spec_fields(coder: EventCoder) -> None:
    event = coder(seed_meeting(tense="future", mood="conditional", reported=True)).events[0]
    record = plover_json(event)
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
        span(text, "sagte"),
        (arg(text, "subj", "Trump"), arg(text, "comp", "Kim sei gut")),
    )
    event = coder(make_doc(text, "de", [frame], [("Trump", "USAGOV"), ("Kim", "PRKGOV")])).events[0]
    assert plover_json(event)["event"] == []


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
    frame = Frame(0, "abhalten", span(text, "hielt"), arguments, tense="past")
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == expected


def test_speech_about_own_country_has_no_target(coder: EventCoder) -> None:
    text = "Putin erklärte, Russland werde seine Politik nicht ändern."
    frame = Frame(
        0,
        "erklären",
        span(text, "erklärte"),
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
    [("refuse", False, True, "040"), ("plan", True, True, "036"), ("plan", False, False, "036")],
)
def test_governing_verb_can_deny_the_action(
    coder: EventCoder, governor: str, governor_negated: bool, negated: bool, code: str
) -> None:
    text = "Iran refused to meet the EU."
    head = Frame(
        0, governor, span(text, "refused"), (arg(text, "subj", "Iran"),), negated=governor_negated
    )
    meet = Frame(
        0, "meet", span(text, "meet"), (arg(text, "obj", "the EU"),), clause="infinitive", parent=0
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
        span(text, "verklagte"),
        (arg(text, "subj", "Katar"), arg(text, "obj", "die Emirate vor dem Gerichtshof")),
    )
    actors = [("Katar", "QAT"), ("Emirate", "ARE"), ("Gerichtshof", "IGOUNOJUDICJ")]
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == {("QAT", "ARE", "115")}


def test_object_falls_back_to_actor_behind_preposition(coder: EventCoder) -> None:
    text = "Die Palästinenser fordern Verhandlungen mit Israel."
    frame = Frame(
        0,
        "fordern",
        span(text, "fordern"),
        (arg(text, "subj", "Die Palästinenser"), arg(text, "obj", "Verhandlungen mit Israel")),
    )
    actors = [("Palästinenser", "PSE"), ("Israel", "ISR")]
    assert dyads(coder(make_doc(text, "de", [frame], actors))) == {("PSE", "ISR", "106")}


def test_partner_found_behind_its_preposition_inside_another_phrase(coder: EventCoder) -> None:
    text = "Putin telefonierte am Dienstag mit Erdogan."
    frame = Frame(
        0,
        "telefonieren",
        span(text, "telefonierte"),
        (arg(text, "subj", "Putin"), arg(text, "pp", "am Dienstag mit Erdogan", "an")),
    )
    doc = coder(make_doc(text, "de", [frame], [("Putin", "RUSGOV"), ("Erdogan", "TURGOV")]))
    assert dyads(doc) == {("RUSGOV", "TURGOV", "041"), ("TURGOV", "RUSGOV", "041")}


def test_indirect_object_falls_back_to_object(coder: EventCoder) -> None:
    text = "Trump drohte China mit Strafzöllen."
    frame = Frame(
        0,
        "drohen",
        span(text, "drohte"),
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
        span(text, "nachkommen"),
        (arg(text, "subj", "die USA"), arg(text, "iobj", "den Forderungen Nordkoreas")),
        clause="subordinate",
    )
    doc = coder(make_doc(text, "de", [frame], [("USA", "USA"), ("Nordkoreas", "PRK")]))
    assert [(e.cameo, e.modality) for e in doc.events] == [("083", "hypothetical")]

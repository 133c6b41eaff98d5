"""CAMEO's conventions for what people say (chronik.speech), on hand-built frames."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chronik.events import EventCoder
from chronik.ontology import Ontology
from chronik.output import event_to_dict, flatten
from chronik.patterns import Patterns
from chronik.records import Frame
from chronik.speech import is_one_sided, is_statement, without_one_sided

from .conftest import span_of
from .test_events import arg, make_doc


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder({"de": Patterns.load("de"), "en": Patterns.load("en")}, Ontology.load())


def said(text: str, verb: str, speaker: str, content: str, lang: str = "de") -> Frame:
    lemma = {"de": "sagen", "en": "say"}[lang]
    return Frame(
        0,
        lemma,
        span_of(text, verb),
        (arg(text, "subj", speaker), arg(text, "comp", content)),
        tense="past",
    )


def reported(text: str, lemma: str, trigger: str, arguments: list, **options) -> Frame:  # type: ignore[type-arg]
    """A clause of what was said: subordinate to the speech clause (frame 0), reported."""
    parts = tuple(arg(text, *a) for a in arguments)
    return Frame(
        0, lemma, span_of(text, trigger), parts, clause="subordinate", reported=True, parent=0,
        **options,
    )  # fmt: skip


def coded(coder: EventCoder, text: str, lang: str, frames: list[Frame], actors):
    doc = coder(make_doc(text, lang, frames, actors))
    return {
        (
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.cameo,
            e.modality,
            e.reported_by.code if e.reported_by else None,
        )
        for e in doc.events
        if not e.negated
    }


def test_reported_event_keeps_the_speaker_and_no_010(coder: EventCoder) -> None:
    text = "Die Außenministerin sagte, Serbien habe Kosovo bombardiert."
    frames = [
        said(text, "sagte", "Die Außenministerin", "Serbien habe Kosovo bombardiert"),
        reported(
            text,
            "bombardieren",
            "bombardiert",
            [("subj", "Serbien"), ("obj", "Kosovo")],
            tense="past",
        ),
    ]
    actors = [("Die Außenministerin", "AUTGOV"), ("Serbien", "SRB"), ("Kosovo", "XKX")]
    events = coded(coder, text, "de", frames, actors)
    assert {(s, t, c[:2], m, r) for s, t, c, m, r in events} == {
        ("SRB", "XKX", "19", "reported", "AUTGOV")
    }


def test_victim_saying_it_was_attacked_accuses_the_attacker(coder: EventCoder) -> None:
    text = "Kyiv said Russia shelled Ukraine overnight."
    frames = [
        said(text, "said", "Kyiv", "Russia shelled Ukraine overnight", "en"),
        reported(text, "shell", "shelled", [("subj", "Russia"), ("obj", "Ukraine")], tense="past"),
    ]
    actors = [("Kyiv", "UKRGOV"), ("Russia", "RUS"), ("Ukraine", "UKR")]
    events = coded(coder, text, "en", frames, actors)
    assert ("UKRGOV", "RUS", "112", "asserted", None) in events
    assert any(s == "RUS" and r == "UKRGOV" and m == "reported" for s, _, _, m, r in events)
    assert not any(c == "010" for *_, c, _, _ in events)


def test_saying_another_actor_backed_terrorism_accuses_it(coder: EventCoder) -> None:
    text = "Riyadh said Tehran has long supported terrorism across the region."
    frames = [
        said(text, "said", "Riyadh", "Tehran has long supported terrorism across the region", "en"),
        reported(text, "support", "supported", [("subj", "Tehran"), ("obj", "terrorism")]),
    ]
    actors = [("Riyadh", "SAUGOV"), ("Tehran", "IRNGOV")]
    assert coded(coder, text, "en", frames, actors) == {
        ("SAUGOV", "IRNGOV", "112", "asserted", None)
    }


def test_saying_another_actor_broke_a_treaty_keeps_the_breach_beside_the_accusation(
    coder: EventCoder,
) -> None:
    text = "Warschau erklärte, Minsk habe gegen das Abkommen verstoßen."
    against = ("pp", "gegen das Abkommen", "gegen")
    frames = [
        said(text, "erklärte", "Warschau", "Minsk habe gegen das Abkommen verstoßen"),
        reported(text, "verstoßen", "verstoßen", [("subj", "Minsk"), against], tense="past"),
    ]
    actors = [("Warschau", "POLGOV"), ("Minsk", "BLRGOV")]
    events = coded(coder, text, "de", frames, actors)
    assert ("POLGOV", "BLRGOV", "112", "asserted", None) in events
    assert ("BLRGOV", None, "128", "reported", "POLGOV") in events


def test_saying_another_actor_harmed_its_charge_is_criticism(coder: EventCoder) -> None:
    text = "The union said the ministry had neglected the hospitals for years."
    frames = [
        said(text, "said", "The union", "the ministry had neglected the hospitals for years", "en"),
        reported(
            text, "neglect", "neglected", [("subj", "the ministry"), ("obj", "the hospitals")],
            tense="past",
        ),
    ]  # fmt: skip
    actors = [("The union", "GBRLAB"), ("the ministry", "GBRGOV")]
    assert coded(coder, text, "en", frames, actors) == {
        ("GBRLAB", "GBRGOV", "111", "asserted", None)
    }


@pytest.mark.parametrize(
    "options",
    [{"negated": True}, {"modal": "could"}, {"voice": "passive"}],
    ids=["negated", "modal", "passive"],
)
def test_no_accusation_for_a_denied_guessed_or_suffered_wrong(
    coder: EventCoder, options: dict[str, object]
) -> None:
    text = "Riyadh said Tehran had deceived the inspectors."
    frames = [
        said(text, "said", "Riyadh", "Tehran had deceived the inspectors", "en"),
        reported(
            text, "deceive", "deceived", [("subj", "Tehran"), ("obj", "the inspectors")],
            tense="past", **options,
        ),
    ]  # fmt: skip
    actors = [("Riyadh", "SAUGOV"), ("Tehran", "IRNGOV")]
    assert not any(c.startswith("11") for *_, c, _, _ in coded(coder, text, "en", frames, actors))


def test_own_side_said_to_have_erred_is_no_accusation(coder: EventCoder) -> None:
    text = "Riyadh said it had misled nobody."
    frames = [
        said(text, "said", "Riyadh", "it had misled nobody", "en"),
        reported(text, "mislead", "misled", [("subj", "it")], tense="past"),
    ]
    actors = [("Riyadh", "SAUGOV"), ("it", "SAUGOV")]
    assert not any(c.startswith("11") for *_, c, _, _ in coded(coder, text, "en", frames, actors))


def test_own_act_announced_by_the_actor_is_asserted(coder: EventCoder) -> None:
    text = "Die Polizei sagte, die Polizei habe Demonstranten festgenommen."
    frames = [
        said(text, "sagte", "Die Polizei", "die Polizei habe Demonstranten festgenommen"),
        reported(
            text,
            "festnehmen",
            "festgenommen",
            [("subj", "die Polizei"), ("obj", "Demonstranten")],
            tense="past",
        ),
    ]
    actors = [("Die Polizei", "FRACOP"), ("die Polizei", "FRACOP"), ("Demonstranten", "FRACVL")]
    assert coded(coder, text, "de", frames, actors) == {
        ("FRACOP", "FRACVL", "173", "asserted", None)
    }


@pytest.mark.parametrize(("modal", "root"), [("must", "10"), ("should", "02")])
def test_saying_another_actor_must_or_should_act_is_a_demand_or_appeal(
    coder: EventCoder, modal: str, root: str
) -> None:
    # "must" demands (10x), "should" advises: an appeal (02x)
    text = f"London said Iran {modal} release the sailors."
    frames = [
        said(text, "said", "London", f"Iran {modal} release the sailors", "en"),
        reported(
            text, "release", "release", [("subj", "Iran"), ("obj", "the sailors")], modal=modal
        ),
    ]
    events = coded(coder, text, "en", frames, [("London", "GBRGOV"), ("Iran", "IRN")])
    assert {(s, t, c[:2]) for s, t, c, _, _ in events} == {("GBRGOV", "IRN", root)}


def test_what_a_speaker_of_no_code_says_another_must_do_is_no_event(coder: EventCoder) -> None:
    """The demand is the speaker's; a speaker who codes as no actor leaves nobody's demand,
    and the act only demanded is no event either."""
    text = "An analyst said Iran must release the Britons."
    frames = [
        said(text, "said", "An analyst", "Iran must release the Britons", "en"),
        reported(
            text, "release", "release", [("subj", "Iran"), ("obj", "the Britons")], modal="must"
        ),
    ]
    assert coded(coder, text, "en", frames, [("Iran", "IRN"), ("Britons", "GBR")]) == set()


def test_saying_it_will_not_meet_is_a_rejection(coder: EventCoder) -> None:
    text = "Der Kreml erklärte, Russland werde sich nicht mit der Nato treffen."
    frames = [
        Frame(
            0,
            "erklären",
            span_of(text, "erklärte"),
            (
                arg(text, "subj", "Der Kreml"),
                arg(text, "comp", "Russland werde sich nicht mit der Nato treffen"),
            ),
            tense="past",
        ),
        reported(
            text,
            "treffen",
            "treffen",
            [("subj", "Russland"), ("pp", "mit der Nato", "mit")],
            tense="future",
            negated=True,
            reflexive=True,
        ),
    ]
    actors = [("Der Kreml", "RUSGOV"), ("Russland", "RUS"), ("Nato", "IGOWSTNAT")]
    assert coded(coder, text, "de", frames, actors) == {
        ("RUS", "IGOWSTNAT", "125", "asserted", None)
    }


def test_statement_without_content_or_target_is_no_dyadic_event(coder: EventCoder) -> None:
    text = "Die Kanzlerin sagte, die Lage sei ernst."
    frames = [said(text, "sagte", "Die Kanzlerin", "die Lage sei ernst")]
    doc = coder(make_doc(text, "de", frames, [("Die Kanzlerin", "DEUGOV")]))
    assert [e.cameo for e in doc.events] == ["010"] and is_statement(doc.events[0])
    assert without_one_sided(doc.events) == []
    assert without_one_sided(doc.events, statements=True) == list(doc.events)


def test_declining_comment_is_no_bare_statement(make_event) -> None:
    declined = make_event(cameo="011", target=None)
    assert not is_statement(declined) and without_one_sided([declined]) == [declined]


def test_reported_by_is_in_the_output_contract(make_event) -> None:
    event = make_event()
    speaker = replace(event.source, code="DEUGOV")  # type: ignore[arg-type]
    contract = event_to_dict(replace(event, modality="reported", reported_by=speaker))
    assert contract["reported_by"]["code"] == "DEUGOV"
    assert flatten(contract)["reported_by"] == "DEUGOV"
    assert event_to_dict(event)["reported_by"] is None


def test_saying_it_is_not_ready_to_cooperate_is_a_rejection(coder: EventCoder) -> None:
    text = "Ottawa said Canada was not ready to cooperate with Beijing."
    frames = [
        said(text, "said", "Ottawa", "Canada was not ready to cooperate with Beijing", "en"),
        reported(
            text,
            "cooperate",
            "cooperate",
            [("subj", "Canada"), ("pp", "with Beijing", "with")],
            tense="past",
            negated=True,
        ),
    ]
    actors = [("Ottawa", "CANGOV"), ("Canada", "CAN"), ("Beijing", "CHNGOV")]
    events = coded(coder, text, "en", frames, actors)
    assert {(s, t, c[:2], m) for s, t, c, m, _ in events} == {("CAN", "CHNGOV", "12", "asserted")}


def test_another_actor_said_not_to_have_acted_is_not_the_content(coder: EventCoder) -> None:
    text = "Oslo said Moscow did not attack Kyiv."
    frames = [
        said(text, "said", "Oslo", "Moscow did not attack Kyiv", "en"),
        reported(
            text,
            "attack",
            "attack",
            [("subj", "Moscow"), ("obj", "Kyiv")],
            tense="past",
            negated=True,
        ),
    ]
    actors = [("Oslo", "NORGOV"), ("Moscow", "RUSGOV"), ("Kyiv", "UKRGOV")]
    # what Moscow did or did not do is Moscow's act, reported: no 010 at Moscow either
    assert coded(coder, text, "en", frames, actors) == {("NORGOV", None, "010", "asserted", None)}


@pytest.mark.parametrize(
    ("lang", "text", "verb", "lemma", "content"),
    [
        ("en", "Seoul warned that Pyongyang would pay a price.", "warned", "warn",
         "that Pyongyang would pay a price"),
        ("de", "Seoul warnte, Pjöngjang werde einen Preis zahlen.", "warnte", "warnen",
         "Pjöngjang werde einen Preis zahlen"),
    ],
)  # fmt: skip
def test_warning_about_another_actor_is_a_threat(
    coder: EventCoder, lang: str, text: str, verb: str, lemma: str, content: str
) -> None:
    frame = Frame(
        0,
        lemma,
        span_of(text, verb),
        (arg(text, "subj", "Seoul"), arg(text, "comp", content)),
        tense="past",
    )
    actors = [("Seoul", "KORGOV"), ("Pyongyang" if lang == "en" else "Pjöngjang", "PRKGOV")]
    assert coded(coder, text, lang, [frame], actors) == {
        ("KORGOV", "PRKGOV", "130", "asserted", None)
    }


def test_appeals_demands_threats_need_an_addressee(make_event) -> None:
    # so do pessimistic and optimistic comments (012, 013): on a situation, no one's dyad
    for code in ("020", "100", "1056", "130", "1312", "012", "013"):
        assert is_statement(make_event(cameo=code, target=None))
        assert not is_statement(make_event(cameo=code))
    for code in ("011", "014", "016", "125", "129", "143", "154"):
        assert not is_statement(make_event(cameo=code, target=None))


def test_acts_on_someone_without_a_target_are_one_sided(make_event) -> None:
    for code in ("0831", "111", "160", "173", "181", "190"):
        assert is_one_sided(make_event(cameo=code, target=None))
        assert not is_one_sided(make_event(cameo=code))
        assert not is_statement(make_event(cameo=code, target=None))
    for code in ("036", "125", "141", "154", "202"):
        assert not is_one_sided(make_event(cameo=code, target=None))
    # an intent to cooperate needs a partner too
    assert is_one_sided(make_event(cameo="030", target=None))
    assert not is_one_sided(make_event(cameo="030"))
    attack = make_event(cameo="190", target=None)
    assert without_one_sided([attack]) == []
    assert without_one_sided([attack], statements=True) == [attack]


def test_compound_part_is_no_topic_of_a_statement(coder: EventCoder) -> None:
    text = "The minister said he would visit the US-Mexico border."
    frames = [said(text, "said", "The minister", "he would visit the US-Mexico border", "en")]
    doc = coder(make_doc(text, "en", frames, [("The minister", "USAGOV"), ("Mexico", "MEX")]))
    assert [(e.target, e.cameo) for e in doc.events] == [(None, "010")]


def test_source_of_information_is_no_topic_of_a_statement(coder: EventCoder) -> None:
    text = "Greenpeace berichtete, laut den Zahlen der Regierung Brasiliens brenne der Wald."
    frames = [
        Frame(
            0,
            "berichten",
            span_of(text, "berichtete"),
            (
                arg(text, "subj", "Greenpeace"),
                arg(text, "comp", "laut den Zahlen der Regierung Brasiliens brenne der Wald"),
            ),
            tense="past",
        )
    ]
    actors = [("Greenpeace", "NGOENV"), ("Regierung Brasiliens", "BRAGOV")]
    doc = coder(make_doc(text, "de", frames, actors))
    assert [(e.target, e.cameo) for e in doc.events] == [(None, "010")]


def test_place_or_partner_behind_a_preposition_is_no_topic(coder: EventCoder) -> None:
    """ "near the Syrian border", "a deal with Tehran": where or with whom, not what was said
    about; the statement keeps no target."""
    for content, piece, code in [
        ("the convoy had stopped near the Syrian border", "Syrian", "SYR"),
        ("the talks on a deal with Tehran would go on", "Tehran", "IRNGOV"),
        ("the camp is the size of America's capital", "America", "USA"),
    ]:
        text = f"The minister said {content}."
        frames = [said(text, "said", "The minister", content, "en")]
        doc = coder(make_doc(text, "en", frames, [("The minister", "GBRGOV"), (piece, code)]))
        assert [(e.target, e.cameo) for e in doc.events] == [(None, "010")], content


def test_list_behind_a_preposition_gives_a_statement_no_topic(coder: EventCoder) -> None:
    """Not the next conjunct either: "spoken with Obama, Cameron" names partners."""
    content = "he had spoken with Obama, Cameron"
    text = f"The minister said {content}."
    frames = [said(text, "said", "The minister", content, "en")]
    actors = [("The minister", "ISRGOV"), ("Obama", "USAGOV"), ("Cameron", "GBRGOV")]
    doc = make_doc(text, "en", frames, actors)
    sent = doc.sentences[0]
    tokens = tuple(replace(t, pos="PUNCT") if t.text == "," else t for t in sent.tokens)
    doc = coder(replace(doc, sentences=(replace(sent, tokens=tokens),)))
    assert [(e.target, e.cameo) for e in doc.events] == [(None, "010")]


def test_addressee_behind_to_stays_the_topic_of_a_statement(coder: EventCoder) -> None:
    content = "the sanctions were a clear warning to Tehran"
    text = f"The minister said {content}."
    frames = [said(text, "said", "The minister", content, "en")]
    doc = coder(make_doc(text, "en", frames, [("The minister", "GBRGOV"), ("Tehran", "IRNGOV")]))
    assert [(e.target.code if e.target else None, e.cameo) for e in doc.events] == [
        ("IRNGOV", "010")
    ]


def test_clause_inside_the_speakers_phrase_is_no_content(coder: EventCoder) -> None:
    """A relative clause the parser hangs under the speech clause but inside its subject
    describes the speaker: "Turkey, which occupies Cyprus, said ..." is no statement that
    Turkey occupies Cyprus, and the speaker is Turkey, not Cyprus accusing it."""
    text = "Cyprus is small, but Turkey, which occupies Cyprus, said the talks failed."
    frames = [
        Frame(
            0,
            "say",
            span_of(text, "said"),
            (
                arg(text, "subj", "Cyprus is small, but Turkey, which occupies Cyprus"),
                arg(text, "comp", "the talks failed"),
            ),
            tense="past",
        ),
        Frame(
            0,
            "occupy",
            span_of(text, "occupies"),
            (arg(text, "subj", "Turkey"), arg(text, "obj", "Cyprus,")),
            clause="relative",
            parent=0,
        ),
    ]
    actors = [("Cyprus", "CYP"), ("Turkey", "TUR"), ("Cyprus,", "CYP")]
    events = coded(coder, text, "en", frames, actors)
    assert ("TUR", "CYP", "192", "asserted", None) in events
    assert not any(c == "112" for _, _, c, _, _ in events)

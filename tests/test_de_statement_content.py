"""German criticism and demands by what was said (issue 12): "kritisierte, dass Y …",
"bemängelte, Y habe …", "„…“, kritisierte X" judge the actor of what was said, as "criticized
that Y …" does in English; "forderte, dass Y …" demands of Y, and of the speakers' own
government where Y is their own country by name. A verb-first conjunct that speaks borrows
its subject ("… und verlangten den Rücktritt"). Our own sentences through the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

events = partial(coded, lang="de")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Die FDP bemängelte, dass die Bundesregierung keinen Plan vorgelegt habe.",
            ("DEUPTY", "DEUGOV", "111"),
        ),
        (
            "Die Grünen kritisierten, die Bundesregierung habe zu spät reagiert.",
            ("DEUPTY", "DEUGOV", "111"),
        ),
        ("„Die Bundesregierung hat versagt“, kritisierte die FDP.", ("DEUPTY", "DEUGOV", "111")),
        # after its quotation the verb still has its object
        (
            "„Das reicht nicht“, kritisierte der Handelsverband Deutschland die Beschlüsse von "
            "Bund und Ländern.",
            ("DEUBUS", "DEUGOV", "111"),
        ),
        (
            "Die Linke verurteilte, dass die Türkei kurdische Städte bombardiere.",
            ("DEUPTY", "TUR", "111"),
        ),
        (
            "Amnesty International beklagte, dass die chinesische Regierung Aktivisten festhalte.",
            ("NGOHRIAMN", "CHNGOV", "110"),
        ),
    ],
)
def test_criticism_of_what_another_actor_did(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_a_role_of_the_state_can_be_judged(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die SPD kritisierte, dass die Regierung die Steuern senkt."
    assert ("DEUPTY", "DEUGOV", "111") in events(pipeline, text)


def test_other_roles_are_reported_on_not_judged(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die SPD kritisierte, dass Unternehmen die Steuern senken."
    assert not any(target for _, target, _ in events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Die Grünen forderten, dass die Bundesregierung mehr Geld bereitstellt.",
            ("DEUPTY", "DEUGOV", "100"),
        ),
        (
            "Die Grünen verlangen, die Bundesregierung müsse die Hilfen verlängern.",
            ("DEUPTY", "DEUGOV", "100"),
        ),
        (
            "Die Grünen forderten, Deutschland müsse beim Klimaschutz mehr tun.",
            ("DEUPTY", "DEUGOV", "100"),
        ),
        (
            "Die FPÖ fordert, dass Deutschland mehr Flüchtlinge aufnimmt.",
            ("AUTPTY", "DEU", "100"),
        ),
    ],
)
def test_a_demand_goes_to_the_actor_asked_to_act(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Die Grünen kritisierten langjährige Missstände und verlangten den Rücktritt des "
            "Ministers.",
            ("DEUPTY", "DEUGOV", "1041"),
        ),
        # "der Ukraine" is the dative, not a speaker after the verb
        (
            "Russland wies die Vorwürfe zurück und drohte der Ukraine mit Konsequenzen.",
            ("RUS", "UKR", "138"),
        ),
    ],
)
def test_a_conjunct_that_speaks_borrows_its_subject(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_a_verb_first_demand_after_a_clause_is_no_speech_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Niederlande haben den Vorschlag Belgiens begrüßt, verlangen aber Nachbesserungen."
    assert ("NLD", "BEL", "051") in events(pipeline, text)


def test_a_verb_of_demanding_after_what_someone_must_do_names_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Habeck demands it of the EU; the EU demands nothing of Habeck
    found = events(pipeline, "Die EU muss die Türkei stärker unterstützen, forderte Habeck.")
    assert any(source == "DEUELI" and target == "IGOEUREEC" for source, target, _ in found)
    assert not any(source == "IGOEUREEC" and target == "DEUELI" for source, target, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # a verb that reports closing the sentence, its speaker after it: no quotation, no
        # name, the clause before in the indicative
        "Die Bundesregierung hat versagt, kritisierte die Opposition.",
        "Die Bundesregierung hat versagt, kritisiert die Opposition.",
        "Die Bundesregierung hat versagt, kritisierte die Opposition im Landtag.",
    ],
)
def test_a_closing_verb_that_reports_names_its_speaker_after_it(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, text)
    assert ("DEUOPP", "DEUGOV", "111") in found
    assert ("DEUGOV", "DEUOPP", "111") not in found


def test_a_listed_verb_first_conjunct_goes_on_with_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a list of verb-first conjuncts: each borrows the first clause's subject
    text = "Die Bundesregierung lobte die Polizei, kritisierte die Opposition und bot Gespräche an."
    assert ("DEUGOV", "DEUOPP", "111") in events(pipeline, text)


def test_a_comment_on_a_statement_is_no_criticism(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "begrüßte, dass …" praises: a new speech verb is read for its own rows only
    text = "Die FDP begrüßte, dass die Bundesregierung die Hilfen verlängert."
    assert not any(cameo.startswith("11") for _, _, cameo in events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # "nicht" negates the predicative of "als", not the criticism
        (
            "Merkel hat die österreichische Regierung als nicht hilfreich kritisiert.",
            ("DEUGOV", "AUTGOV", "111"),
        ),
        # "nicht zum ersten Mal": again
        (
            "Linke, SPD und CDU kritisieren nicht zum ersten Mal den Baustadtrat Vollrad Kuhn.",
            ("DEUPTY", "DEUGOV", "111"),
        ),
    ],
)
def test_a_not_that_negates_no_clause(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text, negated=False)


def test_a_negated_criticism_is_negated(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Merkel hat die österreichische Regierung nicht kritisiert."
    assert ("DEUGOV", "AUTGOV", "111") not in events(pipeline, text, negated=False)


def test_the_author_of_a_judged_act_named_by_durch(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "China hat die Aussetzung des Abkommens durch Deutschland scharf kritisiert."
    assert ("CHN", "DEU", "111") in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # what was said blames another actor: an accusation
        (
            "Putin behauptet, Polen habe den Ausbruch des Krieges mitzuverantworten.",
            ("RUSGOV", "POL", "112"),
        ),
        ("Biden nannte Trumps Äußerungen verachtenswert.", ("USAELI", "USAGOV", "111")),
        ("Der Kreml nannte den US-Botschafter einen Kriegstreiber.", ("RUSGOV", "USAGOV", "111")),
        # two accusatives of which the first might be a nominative: what is named comes first
        (
            "Der Kreml nannte das Vorgehen der Amerikaner einen Tabubruch.",
            ("RUSGOV", "USA", "111"),
        ),
        ("Merkel nannte Trump einen Lügner.", ("DEUGOV", "USAGOV", "111")),
    ],
)
def test_judged_and_blamed_by_what_was_said(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_debts_blame_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Putin sagte, die Ukraine habe hohe Schulden."
    assert not any(cameo.startswith("11") for _, _, cameo in events(pipeline, text))

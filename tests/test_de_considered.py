"""German acts only considered ("erwägt Sanktionen", "erwägt, ... zu verhängen") are the
subject's possible acts, not a policy option (014) beside them; and rallies named by their
own nouns (Kundgebung, Demo, Protestmarsch); English acts considered the same way ("is
considering attacking"). Sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

# (source, target, code, modality) of the events of an undated German sentence
events = partial(coded, lang="de", on=None, fields=("source", "target", "cameo", "modality"))


def test_a_considered_event_noun_is_the_subjects_possible_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Die EU erwägt neue Strafzölle und Sanktionen gegen Moskau.")
    assert ("IGOEUREEC", "RUSGOV", "163", "hypothetical") in found
    assert not any(e[2] == "014" for e in found)


@pytest.mark.parametrize("verb", ["erwägt", "überlegt"])
def test_a_considered_infinitive_is_hypothetical_not_done(pipeline, verb) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, f"Frankreich {verb}, Sanktionen gegen Iran zu verhängen.")
    assert ("FRA", "IRN", "163", "hypothetical") in found
    assert not any(e[3] == "asserted" for e in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russia is considering attacking Ukraine.", ("RUS", "UKR", "190", "hypothetical")),
        ("North Korea is weighing attacking South Korea.", ("PRK", "KOR", "190", "hypothetical")),
    ],
)
def test_an_english_act_considered_is_hypothetical_not_done(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    found = coded(pipeline, text, fields=("source", "target", "cameo", "modality"))
    assert event in found
    assert not any(e[2] == "014" or e[3] == "asserted" for e in found)


def test_considering_what_codes_nothing_stays_a_policy_option(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Die Regierung Japans erwägt eine Senkung der Steuern.")
    assert {e[2] for e in found} == {"014"}


def test_a_planned_act_stays_intended(pipeline) -> None:  # type: ignore[no-untyped-def]
    # planned sanctions keep their code, intended: no threat (that is "droht mit Sanktionen")
    found = events(pipeline, "Die EU plant neue Sanktionen gegen Moskau.")
    assert ("IGOEUREEC", "RUSGOV", "163", "intended") in found


def test_rallies_named_by_their_nouns_are_protests(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Eine Kundgebung der Gewerkschaften gegen Präsident Macron blieb am Samstag friedlich."
    assert ("FRALAB", "FRAGOV", "141", "asserted") in events(pipeline, text)
    text = "Der Protestmarsch der Opposition gegen Präsident Lukaschenko zog durch Minsk."
    assert ("BLROPP", "BLRGOV", "141", "asserted") in events(pipeline, text)


def test_a_considered_act_on_ones_own_country_leaves_the_policy_option(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the reopening of its own borders is no dyad the merger keeps: the 014 stays
    text = "Die Regierung in Warschau erwägt, die Grenzen Polens bald wieder zu öffnen."
    assert {e[2] for e in events(pipeline, text)} == {"014"}


def test_a_banned_rally_is_no_protest_that_happened(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Behörden verboten eine Kundgebung der Opposition gegen Präsident Lukaschenko."
    assert not any(e[2] == "141" for e in events(pipeline, text, negated=False))


def test_a_campaign_rally_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Partei von Präsident Macron plant eine Wahlkampfkundgebung gegen die Opposition."
    assert not any(e[2].startswith("14") for e in events(pipeline, text))


@pytest.mark.parametrize(
    ("noun", "code"),
    [
        ("Gespräche mit Präsident Selenskyj", "040"),
        ("eine Kundgebung gegen Präsident Lukaschenko", "141"),
    ],
)
def test_what_a_support_verb_holds_is_done_not_denied(pipeline, noun, code) -> None:  # type: ignore[no-untyped-def]
    # "abhalten" denies an infinitive ("hielt ihn davon ab, ... zu"), not the act it holds
    text = f"Die Opposition hielt am Montag {noun} ab."
    found = events(pipeline, text, negated=False)
    assert any(e[2] == code and e[3] == "asserted" for e in found)

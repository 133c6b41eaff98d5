"""German sentence structures the coder used to miss (issue 12, session 9): object-first
clauses; sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded, mention_codes

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutliche Kritik übte Norwegen am Montag an Dänemark.", ("NOR", "DNK", "111")),
        ("Humanitäre Hilfe erhielt Jemen zuletzt von Katar.", ("QAT", "YEM", "070")),
    ],
    ids=["criticism", "aid-received"],
)  # fmt: skip
def test_an_object_first_support_noun_leaves_the_actor_as_subject(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norwegen übte am Montag deutliche Kritik an Dänemark.", {("NOR", "DNK", "111")}),
        # "den" shows the accusative: the Vorfeld is the object already
        ("Den Bericht kritisierte Norwegen am Montag.", set()),
    ],
    ids=["subject-first", "case-shown"],
)  # fmt: skip
def test_a_clause_is_turned_round_only_for_its_support_noun(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Kritik Washingtons an Kuba hält an.", ("USAGOV", "CUB", "111")),
        ("Kuba wies die Vorwürfe Washingtons am Montag zurück.", ("CUB", "USAGOV", "016")),
    ],
    ids=["genitive-source", "genitive-target"],
)  # fmt: skip
def test_a_seat_in_the_genitive_is_its_government(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "die Duma" takes no -s: "Dumas" is a name
        ("Ein Roman von Alexandre Dumas liegt auf dem Tisch.", "Dumas"),
        # the home capital's genitive names the city
        ("Im Herzen Berlins liegt ein Park.", "Berlins"),
    ],
    ids=["feminine", "home-capital"],
)
def test_a_genitive_s_names_no_seat_where_it_is_another_word(actors, text, word) -> None:  # type: ignore[no-untyped-def]
    assert word not in [words for words, _ in mention_codes(actors, text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        "Rabat – In Marokko ist ein Belgier festgenommen worden.",
        "Hanoi – In Vietnam ist ein Belgier festgenommen worden.",
    ],
)
def test_the_sentence_after_a_dateline_is_tagged_on_its_own(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    """HanTa read "In" after "Rabat –" as foreign material, so "In Marokko" became the
    subject and Morocco the one arrested."""
    assert {(target, code) for _, target, code in dyads(pipeline, text)} == {("BEL", "173")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eine solche Geste, so Macron weiter, könne auch Putin helfen.", set()),
        ("Die Sanktionen, so Außenminister Heiko Maas, hätten Russland geschwächt.", set()),
        ("Frankreich, so Außenminister Heiko Maas, unterstütze Polen.", {("FRA", "POL", "05")}),
    ],
)
def test_the_speaker_of_an_inserted_so_is_no_part_of_the_phrase_before(
    pipeline,  # type: ignore[no-untyped-def]
    text: str,
    expected: set[tuple[str, str, str]],
) -> None:
    """ ", so Macron weiter," says who said it; the chunker left it inside the subject."""
    assert {(s, t, c[:2]) for s, t, c in dyads(pipeline, text)} == expected

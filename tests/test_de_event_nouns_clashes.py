"""German event nouns that had no row (issue 12, session 9): clashes between two sides,
apologies; sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import both_ways, coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    "text",
    [
        "In Minsk kam es am Abend zu Ausschreitungen zwischen Demonstranten und der Polizei.",
        "In Minsk gab es heftige Auseinandersetzungen zwischen Polizisten und Demonstranten.",
        "In Minsk kam es zu Auseinandersetzungen von Demonstranten mit der Polizei.",
    ],
    ids=["riots-between", "clashes-between", "clashes-with"],
)
def test_a_clash_of_protesters_and_police_is_fighting_on_both_sides(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert both_ways("BLRCVL", "BLRCOP", "190") <= dyads(pipeline, text)


def test_a_quarrel_between_states_is_no_clash(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Gespräche litten unter Auseinandersetzungen zwischen Chile und Peru."
    assert not {d for d in dyads(pipeline, text) if d[2].startswith("19")}


def test_an_apology_codes_its_genitive_and_its_addressee(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Die Entschuldigung Belgiens bei Kongo kam spät.")
    assert ("BEL", "COD", "055") in found

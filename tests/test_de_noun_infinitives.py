"""German zu-infinitives that complement a noun of intention or refusal (de_complements.py):
the noun's author carries them out and its sense governs them. Our own sentences through the
real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

dyads = partial(coded, lang="de", negated=False)
modal = partial(coded, lang="de", fields=("source", "target", "cameo", "modality"))


@pytest.mark.parametrize(
    "text",
    [
        "Die Weigerung der Türkei, den Journalisten an Deutschland auszuliefern, empört Berlin.",
        # not Berlin's extradition: the refusal's author is Turkey
        "Berlin kritisierte die Weigerung der Türkei, den Journalisten an Deutschland "
        "auszuliefern.",
    ],
)
def test_a_refusal_noun_codes_the_refused_act_as_its_rejection(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    events = dyads(pipeline, text)
    assert ("TUR", "DEU", "1213") in events
    assert not {e for e in events if e[2] == "063"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Berlin begrüßte das Angebot Irans, zwischen Syrien und der Türkei zu vermitteln.",
            ("IRN", "SYR", "039", "intended"),
        ),
        (
            "Merkel kritisierte den Plan Trumps, Truppen aus Deutschland abzuziehen.",
            ("USAGOV", "DEU", "0356", "intended"),
        ),
        # the intention a verb's object names: the verb's subject intends the infinitive
        (
            "Österreich hat seine Bereitschaft erklärt, die Grenze zu Ungarn zu öffnen.",
            ("AUT", "HUN", "0351", "intended"),
        ),
    ],
)
def test_an_intention_nouns_author_intends_its_infinitive(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in modal(pipeline, text)


def test_what_a_demand_asks_for_is_no_act_of_the_clauses_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Berlin unterstützte die Forderung Frankreichs, Truppen aus Mali abzuziehen."
    assert not {e for e in modal(pipeline, text) if e[2] == "087"}

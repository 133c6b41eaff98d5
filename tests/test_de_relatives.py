"""German relative clauses whose pronoun stands before a name (issue 12): the pronoun is
the subject and the clause's source is the noun it hangs on; and "nicht nur A, sondern auch
B", one phrase of two conjuncts."""

from __future__ import annotations

from functools import partial

import pytest

from chronik.records import Article

from .coding import coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "der" before a name is the pronoun where a verb cluster closes the clause
        ("Die Grünen kritisierten Merkel, die Russland verteidigt hatte.", ("DEU", "RUS", "052")),
        ("Erdogan, der Frankreich besucht hatte, kritisierte Israel.", ("TUR", "FRA", "042")),
        # a relative "der" is no genitive plural: it is the subject, not "Russland"
        ("Merkel traf Macron, der zuvor Russland kritisiert hatte.", ("FRA", "RUS", "111")),
    ],
    ids=["die-before-name", "der-before-name", "der-subject"],
)
def test_the_relative_pronoun_is_the_subject(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = {(s[:3], t[:3] if t else None, c) for s, t, c in dyads(pipeline, text)}
    assert expected in found


def test_a_clause_interrupted_by_an_apposition_is_no_relative(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the comma after "Wandels" opens an apposition inside the "dass" clause
    text = (
        "Die Kommission findet, dass Polen aus den Folgen des Wandels, der Globalisierung "
        "noch keine Lehren gezogen hat."
    )
    doc = pipeline(Article(id="t", text=text, lang="de"))
    assert [f.clause for f in doc.frames if f.predicate == "ziehen"] == ["subordinate"]


def test_nicht_nur_sondern_auch_joins_two_conjuncts(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Bundesregierung kritisierte nicht nur Russland, sondern auch China."
    found = dyads(pipeline, text)
    assert {("DEUGOV", "RUS", "111"), ("DEUGOV", "CHN", "111")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Die Staats- und Regierungschefs der EU trafen sich in Brüssel mit Erdogan.",
        "Die EU-Staats- und Regierungschefs trafen sich mit Erdogan.",
    ],
)
def test_an_article_before_a_truncated_compound_is_no_relative_pronoun(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # "Staats-" starts the noun "Staats- und Regierungschefs": "Die" is its article
    found = {(s[:3], t[:3] if t else None, c) for s, t, c in dyads(pipeline, text)}
    assert ("IGO", "TUR", "040") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China kritisierte die Übung, an der Soldaten aus Südkorea teilnehmen.",
         ("CHN", "KORMIL", "111")),
        # a number's stop does not end the clause that says where the soldiers come from
        ("China kritisierte die Übung, an der 300.000 Soldaten aus Südkorea und 17.000 aus "
         "den USA teilnehmen.", ("CHN", "KORMIL", "111")),
        ("Russland verurteilte das Manöver, an dem sich Soldaten aus Polen beteiligten.",
         ("RUS", "POLMIL", "111")),
    ],
    ids=["teilnehmen", "numbers", "beteiligen"],
)  # fmt: skip
def test_who_takes_part_in_what_the_object_names_is_the_target(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)

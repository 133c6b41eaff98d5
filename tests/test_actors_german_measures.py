"""A measure people act against stands for the government imposing it (twelfth session):
"gegen die Corona-Maßnahmen demonstrieren" has the story's government as its target. Our own
sentences."""

from __future__ import annotations

from .coding import coded


def test_protest_against_a_measure_targets_the_government(pipeline) -> None:
    text = "In Dresden demonstrierten am Samstag Tausende Menschen gegen die Corona-Maßnahmen."
    assert ("DEUPPL", "DEUGOV", "141") in coded(pipeline, text, "de")


def test_measure_takes_the_country_of_its_sentence(pipeline) -> None:
    text = "In Madrid protestierten Zehntausende Demonstranten gegen die staatlichen Maßnahmen."
    assert ("ESPCVL", "ESPGOV", "141") in coded(pipeline, text, "de")


def test_measure_in_a_nouns_phrase_is_no_target_of_the_verb(pipeline) -> None:
    # "gegen Verstöße gegen die Maskenpflicht": the police act against the violations
    text = "In Hamburg ging die Polizei gegen Verstöße gegen die Maskenpflicht vor."
    assert not any(target == "DEUGOV" for _, target, _ in coded(pipeline, text, "de"))


def test_measure_with_its_owner_leaves_the_owner_the_target(pipeline) -> None:
    text = "In Paris protestierten Tausende gegen die Maßnahmen der Regierung Italiens."
    assert not any(target == "FRAGOV" for _, target, _ in coded(pipeline, text, "de"))


def test_bare_rules_are_no_measure(pipeline) -> None:
    text = "In Berlin protestierten die Spieler gegen die Regeln."
    assert not any(target == "DEUGOV" for _, target, _ in coded(pipeline, text, "de"))

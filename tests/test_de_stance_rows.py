"""German stances towards an actor (issue 12): doubting an actor's act in public ("zweifelt
den Suchprozess an"), heckling a politician's speech ("störten die Rede Merkels"), a retort
whose content judges ("entgegnete Biden, Trump habe versagt"), praise or criticism that
"there was" from someone ("Von der UNO gab es Lob für …"), and speaking out for or against
an actor ("sprach sich für den Demokraten aus"). Sentences of our own, coded by the real
pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

dyads = partial(coded, lang="de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die bayerische Landesregierung zweifelt den Suchprozess der Bundesregierung an.",
            {("DEUGOV", "DEUGOV", "111")},
        ),
        ("Abgeordnete der AfD störten die Rede Merkels.", {("DEULEG", "DEUGOV", "111")}),
        (
            "„Die Menschen lernen, damit zu sterben“, entgegnete Biden, „Trump hat versagt.“",
            {("USAELI", "USAGOV", "111")},
        ),
        ("Von der UNO gab es Lob für die österreichische Regierung.",
         {("IGOUNO", "AUTGOV", "051")}),
        ("Von der Opposition gab es scharfe Kritik an der Regierung Orbán.",
         {("HUNOPP", "HUNGOV", "111")}),
        ("Maas sprach sich für den Demokraten Joe Biden aus.", {("DEUGOV", "USAELI", "051")}),
        ("Söder hatte sich gegen den Plan der Bundesregierung ausgesprochen.",
         {("DEUGOV", "DEUGOV", "120")}),
        # the retort accuses; the breach it reports names no one harmed
        ("Der Kanzler entgegnete, Russland habe den Vertrag gebrochen.",
         {("DEUGOV", "RUS", "112"), ("RUS", None, "128")}),
    ],
)  # fmt: skip
def test_the_row_codes_its_sentence(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Lärm störte die Rede Merkels.",  # no actor heckled
        "Abgeordnete der AfD störten sich an der Maskenpflicht.",  # took offence, no speech
        "Söder sprach sich für harte Einschränkungen aus.",  # a measure backed, no actor
        "Es gab viel Lob für die Sänger.",  # praise from no one named
    ],
)
def test_no_event(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author of what is judged, the agent of a participle on it
        ("Die Grünen kritisierten die von der Bundesregierung beschlossene Entlastung.",
         ("DEUPTY", "DEUGOV", "111")),
        ("Die FDP lobte den von Merkel vorgelegten Plan.", ("DEUPTY", "DEUGOV", "051")),
        # idioms of judgement
        ("Die FDP stellte der Bundesregierung ein schlechtes Zeugnis aus.",
         ("DEUPTY", "DEUGOV", "111")),
        ("Die Grünen gingen mit der Bundesregierung hart ins Gericht.",
         ("DEUPTY", "DEUGOV", "111")),
        # a failure named: criticism of whose it is
        ("Die Grünen sprachen vom Versagen der Bundesregierung.", ("DEUPTY", "DEUGOV", "111")),
    ],
)  # fmt: skip
def test_a_judgement_is_aimed_at_the_author_of_what_it_judges(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusing to accept rejects (12), demands too (not the 083 of accepted ones)
        ("Frankreich wird das Vorgehen Russlands nicht hinnehmen.", {("FRA", "RUS", "120")}),
        ("Die Bundesregierung wird die Forderungen Moskaus nicht akzeptieren.",
         {("DEUGOV", "RUSGOV", "120"), ("RUSGOV", "DEUGOV", "100")}),
        # a judgement read as the phrase of "als" or a predicative adjective of "sehen"
        ("Die EU-Kommission sieht das Gesetz Großbritanniens als Verstoß gegen das Völkerrecht.",
         {("IGOEUREEC", "GBR", "112")}),
        ("Die Grünen sehen den Plan der Regierung als Provokation.",
         {("DEUPTY", "DEUGOV", "111")}),
        ("Die Grünen sehen den Plan der Regierung skeptisch.", {("DEUPTY", "DEUGOV", "110")}),
        ("Die Grünen betrachten den Plan der Regierung als Fehler.",
         {("DEUPTY", "DEUGOV", "111")}),
    ],
)  # fmt: skip
def test_refusals_to_accept_and_judgements_seen(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refused act is the refuser's rejection towards its target (12x), as in English;
        # the infinitive takes its subject from the refusing verb
        (
            "Die Türkei weigert sich, den Journalisten an Deutschland auszuliefern.",
            {("TUR", "DEU", "1213")},
        ),
        (
            "Die Türkei lehnte es ab, den französischen Botschafter zu treffen.",
            {("TUR", "FRAGOV", "125")},
        ),
    ],
)
def test_refused_act_is_a_rejection(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text, negated=False) == expected

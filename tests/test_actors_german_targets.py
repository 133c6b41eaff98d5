"""German actors missed on the target side (issue 12, session 11): two names in a row read as
one subject, American papers read as the seat Washington, warplanes of a named country.
Our own sentences."""

from __future__ import annotations

from datetime import date

from chronik.records import Article

from .coding import coded, mention_codes


def test_person_then_capital_are_subject_and_object(pipeline) -> None:
    text = (
        "Der französische Präsident Emmanuel Macron reiste nach Brüssel. "
        "Am Abend beschuldigte Macron Rom, die Verhandlungen zu verschleppen."
    )
    assert ("FRAGOV", "ITAGOV", "112") in coded(pipeline, text, "de")


def test_person_then_capital_visit(pipeline) -> None:
    text = "Bundeskanzlerin Angela Merkel war in Polen. Danach besuchte Merkel Madrid."
    assert ("DEUGOV", "ESPGOV", "042") in coded(pipeline, text, "de")


def test_genitive_name_stays_with_what_follows(pipeline) -> None:
    # "Putins Russland" is one phrase: no Putin → Russia dyad
    text = "Wladimir Putin sprach in Moskau. Heute lobte Putins Russland die Türkei."
    events = coded(pipeline, text, "de")
    assert not any(target == "RUS" for _, target, _ in events)


def test_american_paper_is_media_not_the_government(actors) -> None:
    text = "Die Washington Post und die New York Times berichteten darüber."
    assert mention_codes(actors, text, "de") == [
        ("Washington Post", "USAMED"),
        ("New York Times", "USAMED"),
    ]


def test_warplanes_of_a_country_are_its_military(actors) -> None:
    text = "Syrische Kampfflieger und russische Militärjets griffen an."
    assert mention_codes(actors, text, "de") == [
        ("Syrische Kampfflieger", "SYRMIL"),
        ("russische Militärjets", "RUSMIL"),
    ]


def test_british_health_service_and_german_armed_forces_commissioner(actors) -> None:
    text = "Der NHS braucht Personal, sagte die Wehrbeauftragte."
    assert mention_codes(actors, text, "de") == [("NHS", "GBRHLH"), ("Wehrbeauftragte", "DEULEG")]


def test_aid_organisations_without_country_are_ngos(pipeline) -> None:
    text = (
        "Die Regierung in Athen schloss die Lager. "
        "Mehrere Hilfsorganisationen kritisierten die Regierung scharf."
    )
    assert ("NGO", "GRCGOV", "111") in coded(pipeline, text, "de")


def test_helpers_are_no_ngo(actors) -> None:
    text = "Die Helfer kamen am Morgen."
    assert all(code != "NGO" for _, code in mention_codes(actors, text, "de"))


def test_possessive_before_a_name_is_no_subject_of_its_own(pipeline) -> None:
    # "seine Beraterin X" is one phrase: the adviser speaks, not "seine" (the president)
    text = (
        "Donald Trump reiste am Morgen ab. "
        "Am Abend erklärte seine Beraterin Kellyanne Conway im Fernsehen, die Wahl sei entschieden."
    )
    doc = pipeline(Article(id="t", text=text, lang="de", date=date(2020, 10, 1)))
    speakers = [e.source.span.text for e in doc.events if e.source and e.sentence == 1]
    assert "Beraterin Kellyanne Conway" in speakers

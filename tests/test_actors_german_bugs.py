"""German actor-stage errors that made wrong events on unlabelled news (issue 12, session
10): a verb read as an agent noun, an adjective taken by the noun before it. Our own
sentences."""

from __future__ import annotations

from datetime import date

from chronik.records import Article

from .coding import coded, mention_codes


def test_lower_case_verb_is_no_agent_noun(actors) -> None:
    # "beschuldigte" is the verb; only "Beschuldigte" (the accused) is a noun
    text = "Am Freitag beschuldigte Macron die Regierung in Rom."
    assert mention_codes(actors, text, "de") == [
        ("Macron", "FRAGOV"),
        ("Regierung in Rom", "ITAGOV"),
    ]


def test_capitalised_agent_noun_still_codes(actors) -> None:
    text = "Die russischen Beschuldigten schwiegen."
    assert mention_codes(actors, text, "de") == [("russischen Beschuldigten", "RUSCVL")]


def test_adjective_belongs_to_the_noun_after_it(actors) -> None:
    text = "Die Ministerin empfing Gesandte der peruanischen Regierung."
    found = dict(mention_codes(actors, text, "de"))
    assert found.get("Gesandte der peruanischen Regierung") == "PERGOV"


def test_role_of_the_qualified_noun(actors) -> None:
    text = "Ein Sprecher der ägyptischen Armee bestätigte den Vorfall."
    assert mention_codes(actors, text, "de") == [("Sprecher der ägyptischen Armee", "EGYMIL")]


def test_government_after_agent_keeps_its_adjective_in_a_story(pipeline) -> None:
    # the bare "Regierung" took the dateline's country (CHLGOV) once its adjective was lost
    text = (
        "Santiago – Während eines Besuchs von US-Präsident Obama in Chile haben die USA "
        "versucht zu vermitteln. Außenminister Kerry traf am Montag die Unterhändler der "
        "peruanischen Regierung und der Rebellen."
    )
    targets = {e[1] for e in coded(pipeline, text, "de", on=date(2016, 3, 21)) if e[0] == "USAGOV"}
    assert "PERGOV" in targets
    assert "CHLGOV" not in targets


def test_eu_summit_is_a_meeting_not_an_actor(actors) -> None:
    # "beim EU-Gipfel", "einen weiteren EU-Gipfel": the meeting; its members act
    text = "Beim EU-Gipfel stritten Rutte und Orbán um das Geld."
    assert all("Gipfel" not in words for words, _ in mention_codes(actors, text, "de"))


def test_shapps_in_cabinet_before_defence(actors) -> None:
    # transport secretary in 2020: in office, not a former official (GBRELI)
    found = actors.lookup("Grant Shapps", on=date(2020, 12, 21), lang="de")
    assert found is not None and found.code == "GBRGOV"


def test_adviser_of_an_institute_is_not_the_government(pipeline) -> None:
    doc = pipeline(
        Article(
            id="t",
            text="Italien verhandelt. „Das reicht nicht“, sagt Luca Ferrandi, Berater und "
            "Gründer des Italienischen Zentrums für Sicherheitsstudien in Rom.",
            lang="de",
            date=date(2020, 8, 20),
        )
    )
    assert not any("Ferrandi" in a.span.text for a in doc.actors)


def test_adviser_of_a_president_keeps_the_role(pipeline) -> None:
    doc = pipeline(
        Article(
            id="t",
            text="Italien verhandelt. „Das reicht nicht“, sagt Luca Ferrandi, Berater von "
            "Ministerpräsident Giuseppe Conte.",
            lang="de",
            date=date(2020, 8, 20),
        )
    )
    assert ("Luca Ferrandi", "ITAGOV") in [(a.span.text, a.code) for a in doc.actors]


def test_compound_first_part_is_no_qualified_head(actors) -> None:
    text = "Das sagte ein Sprecher des türkischen Flüchtlings-Beirats gestern."
    assert mention_codes(actors, text, "de") == [("Sprecher des türkischen", "TURGOV")]


def test_body_before_a_dative_phrase_keeps_its_country(actors) -> None:
    # "der Regierung" and "der polnischen Nachrichtenagentur" are two phrases here
    text = "Das sagte ein Sprecher der Regierung der polnischen Nachrichtenagentur PAP."
    assert mention_codes(actors, text, "de")[0] == ("Regierung der polnischen", "POLGOV")


def test_bare_army_takes_up_the_force_named_before(pipeline) -> None:
    # not the place's country (the Golan Heights story names Syria most)
    text = (
        "Syrien protestiert. Auf den Golanhöhen griffen zwei Syrer einen israelischen "
        "Soldaten an. Sie wurden von der Armee festgenommen."
    )
    doc = pipeline(Article(id="t", text=text, lang="de", date=date(2016, 3, 3)))
    assert ("Armee", "ISRMIL") in [(a.span.text, a.code) for a in doc.actors]


def test_bare_army_without_a_force_before_keeps_the_place(pipeline) -> None:
    text = "In Mali kam es zu Kämpfen. Die Armee nahm drei Männer fest."
    doc = pipeline(Article(id="t", text=text, lang="de", date=date(2016, 3, 3)))
    assert ("Armee", "MLIMIL") in [(a.span.text, a.code) for a in doc.actors]


def test_an_agent_noun_after_a_given_name_is_a_family_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Richter" (judges) after "Sabine" names the minister, not a court of Macron's country;
    # the judges of a court stay judges
    doc = pipeline(Article(id="t", text="Ministerin Sabine Richter traf Macron.", lang="de"))
    assert not [a for a in doc.actors if a.code.endswith("JUD")]
    doc = pipeline(Article(id="t", text="Die Richter verurteilten Nawalny.", lang="de"))
    assert [a.code for a in doc.actors if a.span.text == "Richter"] == ["RUSJUD"]

"""Pattern classes that real news needs beyond the hand-built frames of test_events.py:
sentences of our own coded by the real pipeline (issue 12)."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.events_modifiers import slot_pool
from chronik.records import Article

from .coding import coded


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an assault of root 19 that names no target: the source alone
        ("Russische Soldaten griffen am Montag an.", "de", {("RUSMIL", None, "190")}),
        ("Russian forces launched an attack.", "en", {("RUSMIL", None, "190")}),
        # a time in a target slot names no target ("on Monday", "am 3. Mai")
        ("Russian forces launched an attack on Monday.", "en", {("RUSMIL", None, "190")}),
        ("Russian forces attacked on the morning of May 3.", "en", {("RUSMIL", None, "190")}),
        # a protest without a target: against the protesters' government (events_implied.py)
        ("Iranian students protested.", "en", {("IRNEDU", "IRNGOV", "141")}),
    ],
)
def test_self_standing_root_codes_its_source_alone(pipeline, text, lang, expected) -> None:
    assert coded(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Protests against Lukashenko erupted in Minsk on Sunday.", "en",
         {("BLRCVL", "BLRGOV", "140")}),
        ("Protests against Israel spread in the West Bank.", "en",
         {("PSECVL", "ISR", "140")}),
        ("In Hongkong kam es am Sonntag zu Protesten gegen Peking.", "de",
         {("HKGCVL", "CHNGOV", "140")}),
        # a place the protest is not at ("a crossing with Poland") says nothing of it, nor
        # does the target's name
        ("Protests against Lukashenko blocked a border crossing with Poland.", "en", set()),
        ("Protests against Israel erupted on Friday.", "en", set()),
        # against no actor: no one's protest
        ("Die Proteste gegen die Corona-Maßnahmen wurden schlecht beurteilt.", "de", set()),
    ],
)  # fmt: skip
def test_a_protest_noun_without_protesters_is_the_people_of_its_place(
    pipeline, text, lang, expected
) -> None:
    # the people of the place it happened at (events_implied.implied_protesters)
    assert coded(pipeline, text, lang, on=date(2020, 8, 1)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "kämpfen" without "gegen" is a struggle, no fight
        ("Der österreichische Kanzler hat mit schlechten Umfragewerten zu kämpfen.", "de"),
        # the target is named but no coded actor: no event rather than a wrong dyad
        ("Russische Soldaten griffen mehrere Dörfer an.", "de"),
        # ... also when the parser put the against-phrase inside the object
        ("Russian forces launched airstrikes against targets in the north.", "en"),
    ],
)
def test_named_but_uncoded_target_gives_no_source_only_event(pipeline, text, lang) -> None:
    assert coded(pipeline, text, lang) == set()


def test_actor_running_past_its_argument_fills_the_slot(pipeline) -> None:
    """The parser cut "in Paris" off the subject: the actor "Regierung in Paris" begins in it;
    and it took only "Venezuelans" of the actor "Thousands of Venezuelans" as the subject."""
    assert coded(pipeline, "Die Regierung in Paris appellierte an die Bürger.", "de") == {
        ("FRAGOV", "FRACVL", "020")
    }
    assert coded(pipeline, "Thousands of Venezuelans protested in Caracas.", "en") == {
        ("VENCVL", "VENGOV", "141")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain condemned the attack by Russia.", {("GBR", "RUS", "111")}),
        ("Trump praised comments by Xi.", {("USAGOV", "CHNGOV", "051")}),
    ],
)
def test_object_without_actor_reads_its_by_phrase(pipeline, text, expected) -> None:
    # the by-phrase's own event ("the attack by Russia": Russia attacked) has no target
    assert {e for e in coded(pipeline, text, "en") if e[1] is not None} == expected


def test_demand_that_another_actor_act_addresses_it(pipeline) -> None:
    assert coded(pipeline, "The EU demanded that Turkey release the journalists.", "en") == {
        ("IGOEUREEC", "TUR", "100")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The EU demanded that Turkey release the journalists.", "en"),
        ("Die EU forderte, dass die Türkei die Journalisten freilässt.", "de"),
        ("The EU urged Turkey to release the journalists.", "en"),
    ],
)
def test_what_is_demanded_is_no_event_of_its_own(pipeline, text, lang) -> None:
    assert not {c for c in coded(pipeline, text, lang) if c[2].startswith("084")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # erhalten: the giver of "von" is the source
        ("Die Ukraine erhielt Waffen von Deutschland.", {("DEU", "UKR", "072")}),
        ("Die Ukraine erhielt eine Absage von Deutschland.", {("DEU", "UKR", "120")}),
        # offensives, recapture, bombs, negotiations begun or concluded
        ("Syrische Truppen eroberten die Stadt zurück.", {("SYRMIL", None, "190")}),
        ("Die russische Luftwaffe warf Bomben über Aleppo ab.", {("RUSMIL", None, "195")}),
        (
            "Russland begann Verhandlungen mit der Ukraine.",
            {("RUS", "UKR", "046"), ("UKR", "RUS", "046")},
        ),
        (
            "Die Türkei handelte mit Russland eine Waffenruhe aus.",
            {("TUR", "RUS", "046"), ("RUS", "TUR", "046")},
        ),
        ("Russland zwang die Ukraine zum Rückzug.", {("RUS", "UKR", "170")}),
        # Funktionsverbgefüge
        (
            "Israel kam mit der Hamas zu einer Einigung.",
            {("ISR", "PSEREB", "057"), ("PSEREB", "ISR", "057")},
        ),
        (
            "Die russische Polizei nahm den Oppositionsführer in Gewahrsam.",
            {("RUSCOP", "RUSOPP", "173")},
        ),
        ("Der Iran nahm Kontakt mit den USA auf.", {("IRN", "USA", "040"), ("USA", "IRN", "040")}),
        ("Die USA stellten Forderungen an China.", {("USA", "CHN", "100")}),
        ("Die Arbeiter in Frankreich traten in den Streik.", {("FRALAB", None, "143")}),
        (
            "Der russische Außenminister wehrte sich gegen die Vorwürfe der Ukraine.",
            {("RUSGOV", "UKR", "016")},
        ),
        # event nouns: "von"/genitive source, "gegen"/"an" target
        ("Die Vorwürfe Russlands gegen die Ukraine wiegen schwer.", {("RUS", "UKR", "112")}),
        ("Die Waffenlieferungen der USA an die Ukraine gehen weiter.", {("USA", "UKR", "072")}),
    ],
)
def test_german_news_predicate_codes_its_sentence(pipeline, text, expected) -> None:
    assert coded(pipeline, text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deploying weapons systems is a show of force without a target
        ("The Pentagon deployed an interceptor system in Alaska.", {("USAGOVMIL", None, "150")}),
        # balking at what another actor asks rejects it: its author is the target, and the
        # demands were made of the one who balks
        ("China balked at the US demands.", {("CHN", "USA", "120"), ("USA", "CHN", "100")}),
        # cancelling or calling off talks or a visit reduces relations with the partner (the
        # talks themselves are negated: the negating marker "call off")
        (
            "Russia called off its talks with Ukraine.",
            {("RUS", "UKR", "164"), ("RUS", "UKR", "040"), ("UKR", "RUS", "040")},
        ),
        # an invitation to talks expresses the intent to meet
        ("Russia invited Ukraine to talks.", {("RUS", "UKR", "036")}),
        # a gerund behind a preposition acts with the subject of its clause
        (
            "Iran responded to the sanctions by expelling French diplomats.",
            {("IRN", "FRAGOV", "166")},
        ),
        # a participle with a by-agent is passive whatever voice the parser saw; seizing a
        # place occupies it (192), other seized things are confiscated (1711)
        (
            "The raids hit Syrian military bases seized by the Iranian army.",
            {("IRNMIL", "SYRMIL", "192")},
        ),
        ("Iran seized British tankers.", {("IRN", "GBRBUS", "1711")}),
        # a participle set off by a comma after its clause acts with that clause's subject,
        # also where the parser read it as a speech verb's parenthetical or as the root ...
        (
            "Egypt rebuffed the United States, warning Washington against interference.",
            {("EGY", "USA", "120"), ("EGY", "USAGOV", "130")},
        ),
        ("Russia moved troops to the border, threatening Ukraine.", {("RUS", "UKR", "130")}),
        (
            "Trump met Kim Jong-un in Hanoi, praising North Korea.",
            {("USAGOV", "PRKGOV", "040"), ("PRKGOV", "USAGOV", "040"), ("USAGOV", "PRK", "051")},
        ),
        # ... and after a parenthetical speech clause with the speaker
        (
            "Migrants were killed in the attacks, Amnesty International said, demanding the "
            "Mexican government conduct investigations.",
            {("NGOHRIAMN", "MEXGOV", "100")},
        ),
        # ... not a gerund of what another actor is warned against
        ("Russia warned NATO against deploying new missiles.", {("RUS", "IGOWSTNAT", "130")}),
        # the noun a relative clause without an object of its own modifies is its object
        (
            "The Iranian diplomats that Germany expelled left Berlin.",
            {("DEU", "IRNGOV", "166")},
        ),
        (
            "The 59 cruise missiles Mr. Putin launched hit Syria.",
            {("RUSGOV", None, "195"), ("RUSMIL", "SYR", "190")},
        ),
    ],
)
def test_english_news_predicate_codes_its_sentence(pipeline, text, expected) -> None:
    assert coded(pipeline, text, "en") == expected


def test_a_cancelled_visit_is_a_sanction_and_no_visit(pipeline) -> None:
    text = "The Polish government cancelled its visit to Germany."
    assert coded(pipeline, text, "en", negated=False) == {("POLGOV", "DEU", "160")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a lockdown or curfew without a named target restricts the source's own people
        ("Die britische Regierung verhängte einen Lockdown.", "de", {("GBRGOV", "GBRCVL", "172")}),
        ("The Iraqi government imposed a curfew.", "en", {("IRQGOV", "IRQCVL", "1723")}),
        # an actor of no state has no population of its own; an entry ban restricts others
        ("Die EU verhängte einen Lockdown.", "de", {("IGOEUREEC", None, "172")}),
        ("Die britische Regierung verhängte eine Einreisesperre.", "de", {("GBRGOV", None, "172")}),
    ],
)
def test_restriction_without_target_falls_on_the_own_population(
    pipeline, text, lang, expected
) -> None:
    assert coded(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name glued by a hyphen to the next word only modifies it: no actor
        ("A Netherlands-based company sued Germany.", set()),
        ("Spanish-language broadcasters criticized the French government.", set()),
        ("Germany criticized a Russia-funded channel.", set()),
        # a bare name behind "pro-"/"anti-" is an attitude, not the actor
        ("Pro-Iran groups criticized the French government.", set()),
        # the name itself still fills the slot
        ("The Netherlands sued Germany.", {("NLD", "DEU", "115")}),
    ],
)
def test_hyphen_glued_name_is_no_slot_actor(pipeline, text, expected) -> None:
    assert coded(pipeline, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names glued together are both sides; the leader acts through what it leads,
        # an armed alliance as its military (actors_heads.py)
        ("The US-China talks began.", {"USA", "CHN"}),
        ("A U.S.-led coalition attacked Iraqi soldiers.", {"USAMIL", "IRQMIL"}),
        ("A U.S.-led campaign attacked Iraqi soldiers.", {"USA", "IRQMIL"}),
        ("A U.S.-based group met Iraqi soldiers.", {"IRQMIL"}),
        ("Anti-Iran and pro-Iraq groups met.", set()),
    ],
)
def test_slot_pool_keeps_name_pairs_and_leaders(pipeline, text, expected) -> None:
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    assert {a.code for a in slot_pool(doc, doc.sentences[0])} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Iranian ambassador left the hall in protest against Israel.", "en"),
        ("Der iranische Botschafter verließ aus Protest gegen Israel den Saal.", "de"),
    ],
)
def test_a_protest_as_the_manner_of_an_act_is_its_subjects(pipeline, text, lang) -> None:
    # "in protest against", "aus Protest gegen": the ambassador protests (an official's
    # protest is a complaint, 114: events_nouns.protests_by)
    assert ("IRNGOV", "ISR", "114") in coded(pipeline, text, lang, on=date(2020, 8, 1))

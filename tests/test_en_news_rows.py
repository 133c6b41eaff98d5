"""Frequent news predicates the English rows lacked: a plea in court (015, 016), reaching
out to another actor (040), briefing one (064), declining to name or identify (011), taking
credit for an attack (015). Our own sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from .coding import both_ways, coded


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Michael Flynn pleaded guilty to lying to the FBI.", "015"),
        ("Michael Flynn pleaded not guilty to the charges.", "016"),
        ("Michael Flynn pleaded innocent.", "016"),
    ],
)
def test_plea_admits_or_denies_responsibility(pipeline, text, code) -> None:
    assert coded(pipeline, text) == {("USAELI", None, code)}


def test_reaching_out_is_a_contact_both_ways(pipeline) -> None:
    events = coded(pipeline, "The Kremlin reached out to Turkey after the incident.")
    assert both_ways("RUSGOV", "TUR", "040") <= events


def test_briefing_an_actor_shares_information(pipeline) -> None:
    events = coded(pipeline, "The CIA director briefed Congress on the new Russia plot.")
    assert ("USASPY", "USALEG", "064") in events


def test_briefing_reporters_shares_nothing_between_actors(pipeline) -> None:
    events = coded(pipeline, "The French foreign minister briefed reporters in Paris.")
    assert not {c for _, _, c in events} & {"064"}


def test_declining_to_name_declines_comment(pipeline) -> None:
    events = coded(pipeline, "The Japanese minister declined to name the companies involved.")
    assert events == {("JPNGOV", None, "011")}


def test_speaking_before_a_body_is_a_statement_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "President Obama spoke before Congress about voting rights.", on=None)
    assert ("USAGOV", "USALEG", "010") in events


def test_a_ban_imposed_on_another_country_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("IGOEUREEC", "CHN", "163") in coded(pipeline, "The EU imposed an arms ban on China.")


@pytest.mark.parametrize(
    "text",
    [
        "President Reagan imposed penalties on Japan.",  # the phrase hangs on "penalties"
        "The House approved sanctions against Japan.",
    ],
)
def test_sanctions_imposed_or_approved_sanction_the_country(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, text, on=date(1987, 4, 1))
    assert {target for _, target, code in events if code == "163"} == {"JPN"}


def test_credit_taken_for_an_attack_claims_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Islamic State took credit for the attack on the French embassy."
    assert coded(pipeline, text) == {("IMGMUSISI", None, "015")}
    # credit for anything else is no claim of responsibility
    assert coded(pipeline, "Obama took credit for the recovery.") == set()


def test_standing_with_an_actor_declares_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The United States stands with the protesters in Hong Kong."
    assert ("USA", "HKGCVL", "051") in coded(pipeline, text)


def test_raising_tariffs_on_a_country_sanctions_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("USAGOV", "CHN", "163") in coded(pipeline, "Trump raised tariffs on Chinese goods.")


@pytest.mark.parametrize(
    "text",
    ["Merkel visited Paris on Monday.", "Merkel's visit to Paris was a success."],
)
def test_a_visit_to_a_foreign_city_is_hosted_by_its_government(pipeline, text) -> None:
    assert ("DEUGOV", "FRAGOV", "042") in coded(pipeline, text)


def test_a_visit_to_a_city_at_home_has_no_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, "Merkel visited Dresden on Monday.") == set()


def test_pressure_to_act_is_a_demand_not_the_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Vice President Biden pressured Ukraine to fire its top prosecutor."
    events = coded(pipeline, text, on=date(2016, 3, 1))
    assert ("USAGOV", "UKR", "100") in events
    assert not [e for e in events if e[0] == "UKR"]  # the firing is only asked for
    # pressure to do nothing named is no event (PETRARCH's IMPEL 170 left out)
    assert coded(pipeline, "China pressured North Korea.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # closing a border restricts movement across it, on the neighbour named or on none
        ("Colombia closed its border with Venezuela.", {("COL", "VEN", "172")}),
        ("Poland shut its borders.", {("POL", None, "172")}),
        # reopening it eases the restriction
        ("Denmark reopened its border with Germany.", {("DNK", "DEU", "081")}),
        # closing anything else is no event
        ("Poland closed its embassy.", set()),
    ],
)
def test_closing_a_border_restricts_and_reopening_eases(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war waged on a target is the attack; a war between two or with one is the state
        # of conflict the news reports against, no act
        ("Russia's war against Ukraine goes on.", {("RUS", "UKR", "190")}),
        ("The ongoing war between Iran and Iraq raised oil prices.", set()),
        ("Iran has been at war with Iraq for years.", set()),
    ],
)
def test_a_war_is_an_attack_only_when_waged_against_someone(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # politicians of one country who work together consult
        (
            "Pence said the administration is working with Congress on the issue.",
            both_ways("USAGOV", "USALEG", "040"),
        ),
        # ... and will meet to do so: the intention to meet
        ("Republicans will work with Democrats on a bill.", {("USAPTY", "USAPTY", "036")}),
        # states that work together cooperate
        ("Syria is working with Iran on missiles.", both_ways("SYR", "IRN", "060")),
    ],
)
def test_working_with_is_talks_at_home_and_cooperation_abroad(pipeline, text, expected) -> None:
    assert coded(pipeline, text, on=date(2017, 6, 1)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "American salesmen visited potential U.S. customers.",
        "Michelle Obama visited a high school in Chicago.",
    ],
)
def test_a_visit_to_people_at_large_or_an_institution_of_society_is_none(pipeline, text) -> None:
    # a visit (042, 043) is a political actor's, to a political host
    assert not [e for e in coded(pipeline, text) if e[2] in ("042", "043")]


def test_a_state_organ_visiting_schools_pays_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an inspection by the district office is an act of state (the German gold codes it 042)
    text = "Mitarbeiter des Landratsamtes haben alle Schulen in Bayern besucht."
    assert ("DEUGOV", "DEUEDU", "042") in coded(pipeline, text, lang="de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # securing, clinching, cutting or doing a deal concludes an agreement with the partner
        ("Britain secured a trade deal with Japan on Friday.", both_ways("GBR", "JPN", "057")),
        ("India cut a deal with Iran over oil.", both_ways("IND", "IRN", "057")),
        ("Mexico clinched an agreement with Canada.", both_ways("MEX", "CAN", "057")),
        ("Jordan inked a barter trade pact with Sudan.", both_ways("JOR", "SDN", "057")),
        # securing anything else is none
        ("Britain secured its embassy in Japan.", set()),
    ],
)
def test_securing_or_cutting_a_deal_concludes_an_agreement(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikers who stop work strike (143), against whom they name
        ("Brazilian workers went on strike against the government.", {("BRALAB", "BRAGOV")}),
        ("A strike by Brazilian workers entered its tenth day.", {("BRALAB", None)}),
        ("Brazilian workers have been on strike for three weeks.", {("BRALAB", None)}),
        # a hunger strike stays one (142), and a strike by jets is no labour strike
        ("Palestinian prisoners went on hunger strike against Israel.", set()),
        ("A strike by Israeli jets killed ten people.", set()),
    ],
)
def test_a_labour_strike_is_the_strikers(pipeline, text, expected) -> None:
    events = coded(pipeline, text, on=date(1987, 6, 1))
    assert {(s, t) for s, t, c in events if c == "143"} == expected

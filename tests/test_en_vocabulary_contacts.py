"""English rows of the thirteenth session (issue 12): contacts and conversations with an
actor, aggression against one, holding one responsible, invitations, judging what another
actor owns ("disagreed with Merkel's proposal"), a reported statement as the content of the
statement that reports it, and an audience of the public as no addressee. Sentences of our
own, coded by the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import DYAD, both_ways
from .coding import coded as shared_coded

# (source, target, code, file of the rule) of the events of one English sentence
coded = partial(shared_coded, fields=(*DYAD, "rule_file"))

HAND = "verbs/en.v1.tsv"
PETRARCH = "verbs/en.petrarch.v1.tsv"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # event nouns of contact: a consultation of both sides (PETRARCH MEET_PEOPLE)
        ("Trump's contacts with Russia began in 2016.", both_ways("USAGOV", "RUS", "040", HAND)),
        (
            "Merkel's conversation with the Russian ambassador lasted an hour.",
            both_ways("DEUGOV", "RUSGOV", "040", HAND),
        ),
        # a handshake is a meeting of both sides
        (
            "Trump shook hands with Kim Jong Un at the border.",
            both_ways("USAGOV", "PRKGOV", "040", HAND),
        ),
        ("Trump shook the hand of Kim Jong Un.", both_ways("USAGOV", "PRKGOV", "040", HAND)),
        # working together with another force is a consultation of both sides
        (
            "British police liaised with the French authorities.",
            both_ways("GBRCOP", "FRAGOV", "040", HAND),
        ),
        # aggression against a named actor is force; a label alone is none
        ("Russia's aggression against Ukraine continued.", {("RUS", "UKR", "190", HAND)}),
        # military action against a named actor, as a military operation against it
        (
            "Turkey's military action against the Kurds began on Monday.",
            {("TURMIL", "KUR", "190", HAND)},
        ),
        # "hold Y responsible" accuses Y (PETRARCH HOLD * RESPONSIBLE)
        (
            "Japan holds North Korea responsible for the attack.",
            {("JPN", "PRK", "112", HAND)},
        ),
        # a deal named is one made before; announcing one makes it
        ("The deal between Iran and China angered Washington.", set()),
        ("Trump announced a deal with China.", both_ways("USAGOV", "CHN", "057", HAND)),
        # support offered is support given
        ("France offered Germany its full support.", {("FRA", "DEU", "051", HAND)}),
        # an invitation to visit or to a place is the intent to meet; one to act an appeal
        ("The Danish queen invited Trump to visit Denmark.", {("DNK", "USAGOV", "036", HAND)}),
        ("Merkel invited the French president to Berlin.", {("DEUGOV", "FRAGOV", "036", HAND)}),
        (
            "The Democrats invited the Republicans to join the drafting process.",
            {("USAPTY", "USAPTY", "020", HAND)},
        ),
        # an actor called alone is a phone call, a contact of both sides; a summons for
        # help, a naming and a judgement are none
        ("Macron called Putin on Friday.", both_ways("FRAGOV", "RUSGOV", "041", HAND)),
        (
            "Obama called Netanyahu on Tuesday to discuss the deal.",
            both_ways("USAELI", "ISRGOV", "041", HAND),
        ),
        ("Merkel called police to report the attack.", set()),
        ("The senator would have called the FBI.", set()),
        ("Republicans were the first to call President Bush to account for the war.", set()),
        ("The committee called Comey to testify.", set()),
        ("Trump called Kim Jong Un a madman.", {("USAGOV", "PRKGOV", "111", HAND)}),
        # discussions and meals with someone are consultations of both sides
        (
            "Trump's discussions with Xi Jinping continued.",
            both_ways("USAGOV", "CHNGOV", "040", HAND),
        ),
        (
            "Macron's lunch with Merkel lasted two hours.",
            both_ways("FRAGOV", "DEUGOV", "040", HAND),
        ),
        # speaking out against something criticises its owner; on someone's behalf is none
        ("Merkel spoke out against Trump's decision.", {("DEUGOV", "USAGOV", "111", HAND)}),
        ("Merkel spoke out on Macron's behalf.", set()),
        # a converted row of disapproval judges the owner of what it is aimed at
        (
            "The French minister disagreed with Merkel's proposal.",
            {("FRAGOV", "DEUGOV", "110", PETRARCH)},
        ),
    ],
)
def test_row_codes_its_sentence(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trump called Kim Jong Un “Rocket Man” at the United Nations.",
        # the parser leaves the quoted name out of the clause
        "Kim Jong Un said that he was considering retaliating at the “highest level”, calling"
        " Trump a “mentally deranged US dotard” who would “pay dearly”.",
    ],
)
def test_a_name_given_in_quotes_is_no_phone_call(pipeline, text) -> None:
    assert not {e for e in coded(pipeline, text) if e[2] == "041"}


@pytest.mark.parametrize(
    "text",
    [
        "Germany warned of Iranian aggression in cyberspace.",  # aimed at nobody named
        "The minister's conversation with reporters lasted an hour.",  # the public
        "Germany improved Indonesia's roads.",  # an owner is no target of other acts
        "Germany countered Russia's propaganda.",  # nor of a judgement of a mere thing
        # an audience of the public hears a statement, as the media do: no addressee
        "The German chancellor told a crowd of supporters in Berlin that she was proud.",
    ],
)
def test_no_dyadic_event(pipeline, text) -> None:
    assert not {e for e in coded(pipeline, text) if e[1] is not None}


def test_a_reported_statement_is_the_content_of_its_report(pipeline) -> None:
    """ "X said Y told Z ...": Y's statement to Z, reported; X's own 010 adds nothing."""
    text = "The German minister said Putin told Macron that the talks were useful."
    assert coded(pipeline, text, fields=DYAD) == {("RUSGOV", "FRAGOV", "010")}

"""English event vocabulary and CAMEO root choice on real-news constructions (issue 12):
sentences of our own, coded by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

from .coding import coded


def sentences(pipeline, text: str) -> list[str]:
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    "text",
    [
        # the parser broke runs of titles and names into sentences of their own
        "Secretary of State Frank Miller, a Republican, has criticized the plan.",
        "Foreign Minister Anna Berg and former defence minister Karl Holm both backed the plan.",
        # a title abbreviation, a middle initial
        "Rep. Paul Ryan warned in an interview that the plan would fail.",
        "Dr. Elliott S. Fisher, the director of the centre, praised the plan.",
        # a quote mark and the word it is written against
        '"We will not give in to pressure from Moscow."',
    ],
)
def test_sentence_starts_only_after_final_punctuation(pipeline, text) -> None:
    assert sentences(pipeline, text) == [text]


def test_sentences_still_end_at_full_stops(pipeline) -> None:
    text = 'Iran met Iraq in Baghdad. "Syria will attend," he said. The U.S. said nothing.'
    assert sentences(pipeline, text) == [
        "Iran met Iraq in Baghdad.",
        '"Syria will attend," he said.',
        "The U.S. said nothing.",
    ]


def test_adverb_particle_makes_a_phrasal_verb(pipeline) -> None:
    """ "pulled back" is a retreat (087), not "pull" (PETRARCH EXTRACT, 171); a retreat
    needs no named side."""
    assert coded(pipeline, "Russian troops pulled back from the border.") == {
        ("RUSMIL", None, "087")
    }


def test_co_agents_are_no_partners_of_each_other(pipeline) -> None:
    """ "negotiating alongside the U.S.": the coordinated subject is one side."""
    text = "Russia, China and France, negotiating alongside the United States, made progress."
    assert coded(pipeline, text) == set()
    assert ("RUS", "CHN", "046") in coded(pipeline, "Russia and China negotiated.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain accused Russia of attacking Ukraine.", {("GBR", "RUS", "112")}),
        ("The United States blamed Iran for attacking Iraq.", {("USA", "IRN", "112")}),
    ],
)
def test_gerund_of_an_alleging_verb_is_only_alleged(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "face" is what an actor is confronted with, no meeting (PETRARCH MEET_PEOPLE)
        "The Mexican president faces street protests.",
        # a labour strike has no object: "a missile striking a ship" is none
        "A missile fired from a submarine struck the USS Carl Vinson.",
    ],
)
def test_senses_that_are_no_event(pipeline, text) -> None:
    assert coded(pipeline, text) == set()


def test_labour_strike_against_a_government(pipeline) -> None:
    assert coded(pipeline, "Iranian workers struck against the government.") == {
        ("IRNLAB", "IRNGOV", "143")
    }


def test_chemical_attack_is_unconventional_violence(pipeline) -> None:
    assert coded(pipeline, "Syrian troops carried out a chemical weapons attack.") == {
        ("SYRMIL", None, "2041")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker states its own intention, not its partner's
        ("Russia said it would cooperate with Turkey.", {("RUS", "TUR", "031")}),
        ("Iran said it would hold talks with the EU.", {("IRN", "IGOEUREEC", "036")}),
        # ... but a coordinated subject states both
        (
            "Putin said Russia and Turkey would meet next week.",
            {("RUS", "TUR", "036"), ("TUR", "RUS", "036")},
        ),
    ],
)
def test_said_it_would_is_the_speakers_intention(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of saying beside "say" report what is coded by its content
        (
            "Lavrov insisted that the United States must withdraw its troops.",
            {("RUSGOV", "USA", "1056")},
        ),
        (
            "Merkel argued that Turkey had violated the agreement.",
            {("DEUGOV", "TUR", "112"), ("TUR", None, "128")},
        ),
        (
            "The Kremlin countered that Ukraine had attacked Russia.",
            {("UKR", "RUS", "190"), ("RUSGOV", "UKR", "112")},
        ),
        # saying that another actor evades blame accuses it, as a wrongful act does
        (
            "The State Department said Iran was trying to deflect blame for the attack.",
            {("USAGOV", "IRN", "112")},
        ),
        # and name its topic where it codes nothing
        (
            "Ambassador Nikki Haley maintained that Assad's departure was no priority.",
            {("USAELI", "SYRGOV", "010")},
        ),
    ],
)
def test_other_verbs_of_saying_are_coded_by_content(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative judgement is criticism (111), a positive one praise (051)
        ("The EU called the Russian sanctions illegal.", {("IGOEUREEC", "RUS", "111")}),
        ("Merkel described Russia as a threat.", {("DEUGOV", "RUS", "111")}),
        ("Merkel described the Russian government as careless.", {("DEUGOV", "RUSGOV", "111")}),
        ("The EU described the Iranian offer as constructive.", {("IGOEUREEC", "IRN", "051")}),
        ("Germany sees Russia as a partner.", {("DEU", "RUS", "051")}),
        ("Trump called Putin a liar.", {("USAGOV", "RUSGOV", "111")}),
        ("Trump referred to Putin as a liar.", {("USAGOV", "RUSGOV", "111")}),
        ("Merkel referred to Macron as a great friend.", {("DEUGOV", "FRAGOV", "051")}),
        # calling a claim baseless or misleading judges its author
        ("Iran called the Israeli claims baseless.", {("IRN", "ISR", "111")}),
        # ... also where the parser hung the verb on the noun before it and the judgement on
        # the verb as an adverbial clause (Netanyahu's remarks are his statement)
        (
            "Iran's ambassador called Netanyahu's remarks entirely baseless.",
            {("IRNGOV", "ISRGOV", "111"), ("ISRGOV", None, "010")},
        ),
        ("Trump described NATO as obsolete.", {("USAGOV", "IGOWSTNAT", "111")}),
        # without a judgement, describing is a statement, its object no addressee
        ("Germany described the situation in Syria as serious.", {("DEU", None, "010")}),
    ],
)
def test_judgement_decides_the_root(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_publishing_is_no_release_of_persons(pipeline) -> None:
    assert coded(pipeline, "The Iranian army released a video of the exercise.") == set()
    assert coded(pipeline, "The Iranian army released British sailors.") == {
        ("IRNMIL", "GBR", "0841")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun's premodifiers (slot mod) say what kind of event it names
        ("The trade war between the US and China hurt farmers.", set()),
        # a war waged against someone; one "between" is a state of conflict, no act
        ("Russia's war against Ukraine continued.", {("RUS", "UKR", "190")}),
        ("The war between Russia and Ukraine continued.", set()),
        ("A chemical weapons attack by Syrian troops killed dozens.", {("SYRMIL", None, "2041")}),
        ("The missile strikes by Israel on Gaza continued.", {("ISR", "PSE", "195")}),
        # a proper adjective before an event noun is its source; before a military's means
        # ("airstrikes", an agent noun) the country's military
        ("Israeli airstrikes on Gaza continued.", {("ISRMIL", "PSE", "195")}),
        ("A Russian attack on Kiev killed ten.", {("RUS", "UKRGOV", "190")}),
        # a call for something is an appeal, not a phone call
        (
            "The French calls for access to British fishing grounds are largely drafted.",
            {("FRA", "GBR", "020")},
        ),
    ],
)
def test_premodifier_of_an_event_noun(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "reviled" is lemmatized "revil" unless "revile" is a known verb (data/en/verbs.v1.tsv)
        ("Ukraine reviled the Russian president as an autocrat.", {("UKR", "RUSGOV", "111")}),
        ("Germany excoriated Russia.", {("DEU", "RUS", "111")}),
        (
            "The White House credited the Egyptian president for his leadership.",
            {("USAGOV", "EGYGOV", "051")},
        ),
        # pursuing a relationship is cooperation, in the future the intention to cooperate
        (
            "The United States will pursue a constructive relationship with China.",
            {("USA", "CHN", "030")},
        ),
        ("The police pursued the suspects.", set()),
        # "balked at" + gerund has no pp:at: a rejection without an addressee is no event
        ("The Russian parliament balked at authorizing strikes.", set()),
        # and the demands it balks at were made of it
        (
            "The Russian parliament balked at Putin's demands.",
            {("RUSLEG", "RUSGOV", "120"), ("RUSGOV", "RUSLEG", "100")},
        ),
    ],
)
def test_verbs_of_criticism_praise_cooperation_and_rejection(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_a_court_blocking_a_government_act_rules_against_it(pipeline) -> None:
    text = "A federal judge blocked the Trump administration's asylum rule."
    assert coded(pipeline, text) == {("USAJUD", "USAGOV", "116")}
    assert coded(pipeline, "Protesters in Caracas blocked the road.") == {
        ("VENCVL", "VENGOV", "144")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "told Y to ..." asks Y for the act (slot inf: the dependent infinitive alone)
        ("The United States told Iran to release the sailors.", {("USA", "IRN", "0253")}),
        ("Germany told Russia to withdraw.", {("DEU", "RUS", "0256")}),
        # "told Y that ..." stays speech, coded by its content
        ("Britain told Russia that Ukraine had attacked.", {("UKR", None, "190")}),
        # an infinitive inside a quotation is what was said, not what Y is asked to do
        (
            '"We are on track to build the new wall," Obama told Congress.',
            {("USAELI", "USALEG", "010")},
        ),
        (
            'Obama told Congress that "it is important to pass the bill."',
            {("USAELI", "USALEG", "010")},
        ),
    ],
)
def test_told_to_is_an_appeal(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was said judges another actor's act: criticism
        ("Trump said the Chinese move was unacceptable.", {("USAGOV", "CHN", "111")}),
        # (the offensive the statement is about is Turkey's act of its own, not what is said)
        (
            '"This operation is a bad idea," Merkel said of the Turkish offensive.',
            {("DEUGOV", "TUR", "111"), ("TUR", None, "190")},
        ),
        # "said of Y" names what the statement is about
        (
            "Merkel said of the Turkish offensive that it would last.",
            {("DEUGOV", "TUR", "010"), ("TUR", None, "190")},
        ),
        # any verb of saying judges; criticism may be of the speaker's compatriots, not of
        # its own side, and "told reporters" addresses nobody it judges
        (
            "Trump told reporters the Democrats' inquiry was a disgrace.",
            {("USAGOV", "USAPTY", "111")},
        ),
        ("Pelosi insisted that the White House plan was reckless.", {("USALEG", "USAGOV", "111")}),
        # judgements the news gold showed: flawed, a waste, fake, worrying
        (
            "Labour said the Conservatives' plan was deeply flawed and a waste of money.",
            {("GBROPP", "GBRGOV", "111")},
        ),
        (
            "Pelosi said the White House stories were fake.",
            {("USALEG", "USAGOV", "111")},
        ),
        # wrongdoing said of another: broke the law, improperly, exaggerated
        (
            "Pelosi said the White House broke the law.",
            {("USALEG", "USAGOV", "111"), ("USAGOV", None, "128")},
        ),
        (
            "Labour said the Foreign Office improperly relied on the report.",
            {("GBROPP", "GBRGOV", "111")},
        ),
        (
            "Pelosi said the State Department had exaggerated the threat.",
            {("USALEG", "USAGOV", "111")},
        ),
        # more of the gold's judgements: inadequate, a witch hunt, misplaced, complacent
        (
            "Pelosi said the Republicans' proposal was inadequate.",
            {("USALEG", "USAPTY", "111")},
        ),
        (
            "Trump said the Democrats' inquiry was a witch hunt.",
            {("USAGOV", "USAPTY", "111")},
        ),
        ("Trump said the Democrats were traitors.", {("USAGOV", "USAPTY", "111")}),
        # "partisan" is no judgement word: "bipartisan" would be one
        (
            "Schumer said he expected the bill to reach the president's desk on a bipartisan"
            " basis.",
            {("USALEG", None, "010")},
        ),
        # what another actor's act led to or amounts to judges it too
        (
            "The Danish foreign minister said the American move had resulted in total chaos.",
            {("DNKGOV", "USA", "111")},
        ),
        ("China said the American charges amount to hypocrisy.", {("CHN", "USA", "111")}),
        ("China said the American charges were baseless.", {("CHN", "USA", "111")}),
        # (an act's evaluative word needs the act: "would cause chaos" alone judges nobody)
        (
            "European leaders said Britain would leave without a deal, which would cause chaos.",
            {("EURGOV", None, "010")},  # what Britain would do is Britain's: no 010 at it
        ),
        (
            "The British minister said the Russian decision was a victory for human rights.",
            {("GBRGOV", "RUS", "051")},
        ),
        ('"The United States finds this appalling," Trump said.', {("USAGOV", None, "010")}),
        # a positive judgement is praise
        ("Trump said Kim Jong Un was a great leader.", {("USAGOV", "PRKGOV", "051")}),
        (
            "The senators said the Pentagon had been very cooperative.",
            {("USALEG", "USAGOVMIL", "051")},
        ),
    ],
)
def test_a_judgement_in_what_was_said_is_criticism(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_hosting_is_also_the_guests_visit(pipeline) -> None:
    """Paired codes (flag paired=042): the host receives (043), the guest visits (042)."""
    assert coded(pipeline, "Merkel received the Chinese premier in Berlin.") == {
        ("DEUGOV", "CHNGOV", "043"),
        ("CHNGOV", "DEUGOV", "042"),
    }


def test_paired_flag_needs_a_code(tmp_path) -> None:
    from chronik.errors import DictionaryError
    from chronik.patterns import Patterns

    path = tmp_path / "verbs.tsv"
    header = "lemma\tkind\twhen\tsource\ttarget\tcode\tflags\tnote\n"
    path.write_text(header + "host\tverb\t\tsubj\tobj\t043\tpaired=visit\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"verbs\.tsv:2: flag paired='visit'"):
        Patterns.load(path)
    path.write_text(header + "host\tverb\t\tsubj\tobj\t043\tpaired=042\t\n", encoding="utf-8")
    assert Patterns.load(path).rows[0].paired == "042"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive arrest without agent: the police of the arrested person's country
        ("The Iranian journalist was detained in Tehran.", {("IRNCOP", "IRNMED", "173")}),
        # a named agent stays the source; an active clause needs its subject
        ("The Iranian journalist was arrested by Turkish police.", {("TURCOP", "IRNMED", "173")}),
        ("Officials arrested the Iranian journalist.", set()),
    ],
)
def test_arrest_without_agent_is_by_the_police(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "call for" is an appeal (PETRARCH's CALL * (FOR) [020]), to the one named
        ("Labour called for Blair to resign.", {("GBROPP", "GBRELI", "020")}),
        # a party's or lawmakers' appeal or demand that names no addressee goes to their own
        # government, as German "fordern" does
        ("On Monday, the Lib Dems also called for a delay.", {("GBROPP", "GBRGOV", "020")}),
        ("Republicans demanded a vote on the bill.", {("USAPTY", "USAGOV", "100")}),
        ("Labour MPs asked for a delay.", {("GBRLEG", "GBRGOV", "020")}),
        # asking someone named, or asking a question, is no appeal to the government
        ("Labour MPs asked the organizers for a delay.", set()),
        ("Labour MPs asked about the delay.", set()),
        # not the government's own demands, nor a foreign actor's
        ("The White House demanded a vote on the bill.", set()),
        ("Iran called for a delay.", set()),
    ],
)
def test_an_appeal_without_addressee_goes_to_the_own_government(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text) == expected

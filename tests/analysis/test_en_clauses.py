"""Which clause a verb or subject belongs to (en_clauses.py), set right on hand-made parses
of the kind the smaller parser (model 1.3.0) gave on real news: each test fails without its
repair, and a right parse of the same words stays as it is."""

from __future__ import annotations

import pytest

from chronik.analysis.en import EnglishAnalyzer

from .test_en import frames_of_parse
from .test_en_labels import args


@pytest.fixture(scope="module")
def analyzer() -> EnglishAnalyzer:
    return EnglishAnalyzer()


VIEW_AND_PREDICT = """
    voters voter NOUN NNS 3 nsubj
    do do AUX VBP 3 aux
    not not PART RB 3 advmod
    view view VERB VB 3 ROOT
    the the DET DT 5 det
    president president NOUN NN 3 obj
    as as SCONJ IN 7 mark
    detached detached ADJ JJ 3 advcl
    and and CCONJ CC 9 cc
    predict predict VERB VB {head} conj
    defeat defeat NOUN NN 9 obj
    . . PUNCT . 3 punct
    """


def test_a_verb_coordinated_with_an_as_phrase_is_the_verb_s_second_act(analyzer) -> None:
    frames = frames_of_parse(analyzer, VIEW_AND_PREDICT.format(head=7))
    assert args(frames, "view", "pp") == ["as detached"]
    assert args(frames, "predict", "subj") == ["voters"]


def test_a_verb_coordinated_with_the_verb_stays(analyzer) -> None:
    frames = frames_of_parse(analyzer, VIEW_AND_PREDICT.format(head=3))
    assert args(frames, "view", "pp") == ["as detached"]
    assert args(frames, "predict", "subj") == ["voters"]


def test_a_verb_coordinated_with_a_predicate_adjective_stays_there(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Russia Russia PROPN NNP 2 nsubj
        was be AUX VBD 2 cop
        angry angry ADJ JJ 2 ROOT
        and and CCONJ CC 4 cc
        recalled recall VERB VBD 2 conj
        its its PRON PRP$ 6 nmod:poss
        envoy envoy NOUN NN 4 obj
        . . PUNCT . 2 punct
        """,
    )
    assert args(frames, "recall", "subj") == ["Russia"]


SAID_AND_SUGGESTS = """
    Kelly Kelly PROPN NNP 2 nsubj
    has have AUX VBZ 2 aux
    said say VERB VBN 2 ROOT
    , , PUNCT , 2 punct
    " " PUNCT `` 6 punct
    I I PRON PRP 6 nsubj
    believe believe VERB VBP 2 parataxis
    Bolton Bolton PROPN NNP 6 obj
    , , PUNCT , 6 punct
    " " PUNCT {closing} 6 punct
    and and CCONJ CC 11 cc
    suggests suggest VERB VBZ 6 conj
    Bolton Bolton PROPN NNP 14 nsubj
    should should AUX MD 14 aux
    testify testify VERB VB 11 ccomp
    . . PUNCT . 2 punct
    """


def test_a_verb_after_a_closing_quote_is_the_speaker_s(analyzer) -> None:
    frames = frames_of_parse(analyzer, SAID_AND_SUGGESTS.format(closing="''"))
    assert args(frames, "suggest", "subj") == ["Kelly"]
    assert args(frames, "believe", "subj") == ["I"]


def test_a_verb_inside_the_quotation_stays_the_quoted_speaker_s(analyzer) -> None:
    # the quotation goes on: the second quote mark opens a further one, none closes
    frames = frames_of_parse(analyzer, SAID_AND_SUGGESTS.format(closing="``"))
    assert args(frames, "suggest", "subj") == ["I"]


def test_a_headline_label_before_a_colon_is_no_subject(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Democratic democratic ADJ JJ 1 amod
        question question NOUN NN 13 nsubj
        for for ADP IN 4 case
        both both DET DT 4 det
        sides side NOUN NNS 1 nmod
        : : PUNCT : 1 punct
        the the DET DT 8 det
        former former ADJ JJ 8 amod
        adviser adviser NOUN NN 1 appos
        , , PUNCT , 8 punct
        John John PROPN NNP 1 appos
        Kelly Kelly PROPN NNP 10 flat
        , , PUNCT , 1 punct
        said say VERB VBD 13 ROOT
        Bolton Bolton PROPN NNP 16 nsubj
        should should AUX MD 16 aux
        testify testify VERB VB 13 ccomp
        . . PUNCT . 13 punct
        """,
    )
    assert args(frames, "say", "subj") == ["the former adviser, John Kelly"]


SAID_BARNIER = """
    " " PUNCT `` 3 punct
    Iran Iran PROPN NNP 3 nsubj
    is be AUX VBZ 3 aux
    lying lie VERB VBG 6 ccomp
    , , PUNCT , 3 punct
    " " PUNCT '' 3 punct
    said say VERB VBD 6 ROOT
    Foreign Foreign ADJ JJ 8 amod
    Minister Minister PROPN NNP 9 nmod:desc
    Barnier Barnier PROPN NNP 6 {dep}
    . . PUNCT . 6 punct
    """


@pytest.mark.parametrize("dep", ["ccomp", "obj"])
def test_the_speaker_after_an_inverted_quotation_is_the_subject(analyzer, dep) -> None:
    frames = frames_of_parse(analyzer, SAID_BARNIER.format(dep=dep))
    assert args(frames, "say", "subj") == ["Foreign Minister Barnier"]
    assert args(frames, "lie", "subj") == ["Iran"]


def test_a_clause_after_said_stays_what_was_said(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Barnier Barnier PROPN NNP 1 nsubj
        said say VERB VBD 1 ROOT
        Iran Iran PROPN NNP 4 nsubj
        is be AUX VBZ 4 aux
        lying lie VERB VBG 1 ccomp
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "say", "subj") == ["Barnier"]
    assert args(frames, "lie", "subj") == ["Iran"]


def test_a_subject_after_after_opens_a_clause(analyzer) -> None:
    # "came after the ministry denounced Japan": "after the ministry" read as a phrase of time
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 1 det
        apology apology NOUN NN 2 nsubj
        came come VERB VBD 2 ROOT
        after after ADP IN 5 case
        the the DET DT 5 det
        ministry ministry NOUN NN 2 obl
        denounced denounce VERB VBD 2 advcl
        Japan Japan PROPN NNP 6 obj
        . . PUNCT . 2 punct
        """,
    )
    assert args(frames, "denounce", "subj") == ["the ministry"]
    assert args(frames, "come", "pp") == []


ACCORDING_TO_TRUMP_SPOKE = """
    According accord VERB VBG 4 case
    to to ADP IN 0 fixed
    the the DET DT 4 det
    White White ADJ NNP 4 amod
    House House PROPN NNP 8 obl
    , , PUNCT , 4 punct
    Trump Trump PROPN NNP {attachment}
    later late ADV RBR 8 advmod
    spoke speak VERB VBD 8 ROOT
    with with ADP IN 10 case
    May May PROPN NNP 8 obl
    . . PUNCT . 8 punct
    """


@pytest.mark.parametrize("attachment", ["4 flat", "4 appos", "8 nsubj"])
def test_a_name_after_an_opening_phrase_s_comma_is_the_subject(analyzer, attachment) -> None:
    # "According to the White House, Trump/flat later spoke": the opening phrase takes no
    # name after its comma; a right parse (Trump/nsubj) stays as it is
    frames = frames_of_parse(analyzer, ACCORDING_TO_TRUMP_SPOKE.format(attachment=attachment))
    assert args(frames, "speak", "subj") == ["Trump"]
    assert args(frames, "speak", "pp") == ["the White House", "May"]


AT_CONFERENCE_WANG_ACCUSED = """
    At at ADP IN 2 case
    a a DET DT 2 det
    conference conference NOUN NN 10 obl
    , , PUNCT , 2 punct
    Wang Wang PROPN NNP {attachment}
    , , PUNCT , 7 punct
    China China PROPN NNP 7 nmod:poss
    minister minister NOUN NN 4 appos
    , , PUNCT , 2 punct
    later late ADV RBR 10 advmod
    accused accuse VERB VBD 10 ROOT
    Japan Japan PROPN NNP 10 obj
    . . PUNCT . 10 punct
    """


@pytest.mark.parametrize("attachment", ["2 appos", "10 nsubj"])
def test_a_name_with_its_apposition_after_an_opening_phrase_is_the_subject(
    analyzer, attachment
) -> None:
    # "At a conference, Wang/appos of conference, China's minister, accused Japan"
    frames = frames_of_parse(analyzer, AT_CONFERENCE_WANG_ACCUSED.format(attachment=attachment))
    assert args(frames, "accuse", "subj") == ["Wang, China minister"]


WHITE_HOUSE_DISTANCING_SAID = """
    The the DET DT 1 det
    House House PROPN NNP {attachment}
    , , PUNCT , 3 punct
    distancing distance VERB VBG 7 {participle}
    itself itself PRON PRP 3 obj
    today today NOUN NN 3 obl:unmarked
    , , PUNCT , 3 punct
    said say VERB VBD 7 ROOT
    Iran Iran PROPN NNP 9 nsubj
    lied lie VERB VBD 7 ccomp
    . . PUNCT . 7 punct
    """


@pytest.mark.parametrize(
    "attachment, participle", [("3 nsubj", "ccomp"), ("3 nsubj", "parataxis"), ("7 nsubj", "advcl")]
)
def test_a_subject_read_into_a_participle_set_off_by_commas_is_the_verb_s(
    analyzer, attachment, participle
) -> None:
    # "The House/nsubj of distancing, distancing/ccomp itself …, said": both the House's
    parse = WHITE_HOUSE_DISTANCING_SAID.format(attachment=attachment, participle=participle)
    frames = frames_of_parse(analyzer, parse)
    assert args(frames, "say", "subj") == ["The House"]
    assert args(frames, "distance", "subj") == ["The House"]


IRAN_EARLIER_SAID = """
    Iran Iran PROPN NNP {attachment}
    earlier early ADV RBR 3 advmod
    today today NOUN NN 1 obl:unmarked
    said say VERB VBD 3 ROOT
    Iraq Iraq PROPN NNP 5 nsubj
    lied lie VERB VBD 3 ccomp
    . . PUNCT . 3 punct
    """

IRAN_EARLIER_THIS_WEEK_ACCUSED = """
    Iran Iran PROPN NNP 1 nsubj
    earlier early ADV RBR 1 ROOT
    this this DET DT 3 det
    week week NOUN NN 4 nsubj
    accused accuse VERB VBD 1 advcl
    Iraq Iraq PROPN NNP 4 obj
    . . PUNCT . 1 punct
    """


@pytest.mark.parametrize("attachment", ["1 nsubj", "3 nsubj"])
def test_a_subject_before_a_time_adverbial_is_the_verb_s(analyzer, attachment) -> None:
    # "Iran/nsubj of earlier earlier today said": the subject hangs on the verb after the
    # time words; a right parse (Iran/nsubj of said) stays as it is
    frames = frames_of_parse(analyzer, IRAN_EARLIER_SAID.format(attachment=attachment))
    assert args(frames, "say", "subj") == ["Iran"]
    assert args(frames, "lie", "subj") == ["Iraq"]


def test_a_time_adverbial_read_as_the_root_gives_the_verb_its_subject(analyzer) -> None:
    # "Iran earlier/ROOT this week/nsubj accused/advcl Iraq": the verb heads the sentence
    frames = frames_of_parse(analyzer, IRAN_EARLIER_THIS_WEEK_ACCUSED)
    assert args(frames, "accuse", "subj") == ["Iran"]
    assert args(frames, "accuse", "obj") == ["Iraq"]
    assert [f.clause for f in frames if f.predicate == "accuse"] == ["main"]


DEMOCRATS_SKEPTICAL_SAYING = """
    Democrats Democrat PROPN NNPS 2 nsubj
    were be AUX VBD 2 cop
    skeptical skeptical ADJ JJ 2 ROOT
    , , PUNCT , 4 punct
    saying say VERB VBG 2 advcl
    the the DET DT 6 det
    budget budget NOUN NN 7 nsubj
    hurts hurt VERB VBZ 4 ccomp
    Mexico Mexico PROPN NNP 7 obj
    . . PUNCT . 2 punct
    """


def test_a_participle_on_a_predicate_adjective_takes_its_subject(analyzer) -> None:
    # "Democrats were skeptical, saying …": who says it is the copula clause's subject
    frames = frames_of_parse(analyzer, DEMOCRATS_SKEPTICAL_SAYING)
    assert args(frames, "say", "subj") == ["Democrats"]


KERRY_AFTER_MEETING = """
    Kerry Kerry PROPN NNP 1 nsubj
    flew fly VERB VBD 1 ROOT
    home home ADV RB 1 advmod
    {marker} {marker} SCONJ IN 4 mark
    meeting meet VERB VBG 1 advcl
    Abadi Abadi PROPN NNP 4 obj
    . . PUNCT . 1 punct
    """


def test_a_participle_after_a_temporal_conjunction_takes_the_verb_s_subject(analyzer) -> None:
    # "Kerry flew home after meeting Abadi": Kerry met him
    frames = frames_of_parse(analyzer, KERRY_AFTER_MEETING.format(marker="after"))
    assert args(frames, "meet", "subj") == ["Kerry"]


def test_a_participle_behind_another_preposition_takes_no_subject(analyzer) -> None:
    # "accused Obama of emboldening Iran", "sentenced for passing documents": the act is
    # another actor's, or only alleged
    frames = frames_of_parse(analyzer, KERRY_AFTER_MEETING.format(marker="for"))
    assert args(frames, "meet", "subj") == []


SENATOR_ALONE_IN_SUPPORTING = """
    senator senator NOUN NN 2 nsubj
    is be AUX VBZ 2 cop
    alone alone ADJ JJ 2 ROOT
    in in SCONJ IN 4 mark
    supporting support VERB VBG 2 advcl
    bills bill NOUN NNS 4 obj
    . . PUNCT . 2 punct
    """


def test_a_participle_behind_a_preposition_takes_no_subject_from_the_adjective(analyzer) -> None:
    # "the senator is alone in supporting bills": no act of the senator's is asserted
    frames = frames_of_parse(analyzer, SENATOR_ALONE_IN_SUPPORTING)
    assert args(frames, "support", "subj") == []


KERRY_AND_LAVROV_TALKS = """
    Kerry Kerry PROPN NNP {attachment}
    and and CCONJ CC 2 cc
    Lavrov Lavrov PROPN NNP 0 conj
    's 's PART POS 2 case
    talks talk NOUN NNS 7 nsubj
    were be AUX VBD 7 cop
    a a DET DT 7 det
    reason reason NOUN NN 7 ROOT
    . . PUNCT . 7 punct
    """


@pytest.mark.parametrize("attachment", ["4 compound", "4 nmod:poss"])
def test_the_first_name_of_a_coordinated_possessor_is_part_of_it(analyzer, attachment) -> None:
    # "Kerry/compound and Lavrov's talks": both names possess the talks
    frames = frames_of_parse(analyzer, KERRY_AND_LAVROV_TALKS.format(attachment=attachment))
    assert args(frames, "talk", "subj") == ["Kerry and Lavrov 's"]  # words written apart


PYONGYANG_EITHER_DENIED = """
    Pyongyang Pyongyang PROPN NNP 1 nsubj
    has have AUX VBZ 3 aux
    either either CCONJ CC 3 cc:preconj
    denied deny VERB VBN 3 ROOT
    or or CCONJ CC 5 cc
    ignored ignore VERB VBD 3 conj
    the the DET DT 7 det
    charges charge NOUN NNS 5 obj
    . . PUNCT . 3 punct
    """


def test_a_subject_hung_on_the_auxiliary_is_the_clause_s(analyzer) -> None:
    # "Pyongyang has either denied or ignored the charges": the parser hangs the subject
    # on "has" when "either" stands between; both conjuncts are Pyongyang's
    frames = frames_of_parse(analyzer, PYONGYANG_EITHER_DENIED)
    assert args(frames, "deny", "subj") == ["Pyongyang"]
    assert args(frames, "ignore", "subj") == ["Pyongyang"]

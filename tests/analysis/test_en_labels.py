"""Labels no UD parse gives (en_labels.py) and reduced relative clauses read as the main
clause (en_attach.py), set right on hand-made parses of the kind a smaller parser gave: each
test fails without its repair."""

from __future__ import annotations

import pytest

from chronik.analysis.en import EnglishAnalyzer

from .test_en import frames_of_parse


@pytest.fixture(scope="module")
def analyzer() -> EnglishAnalyzer:
    return EnglishAnalyzer()


def args(frames, predicate: str, role: str) -> list[str]:
    frame = next(f for f in frames if f.predicate == predicate)
    return [a.span.text for a in frame.args(role)]


def test_a_copular_clause_read_as_object_is_what_was_said(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Trump Trump PROPN NNP 1 nsubj
        said say VERB VBD 1 ROOT
        Kim Kim PROPN NNP 6 nsubj
        was be AUX VBD 6 cop
        a a DET DT 6 det
        great great ADJ JJ 6 amod
        leader leader NOUN NN 1 obj
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "say", "obj") == []
    assert args(frames, "say", "comp") == ["Kim was a great leader"]


def test_an_adjective_read_as_adverb_after_the_object_is_its_predicate(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Germany Germany PROPN NNP 1 nsubj
        called call VERB VBD 1 ROOT
        the the DET DT 4 det
        French French ADJ JJ 4 amod
        plan plan NOUN NN 1 obj
        absurd absurd ADJ JJ 1 advmod
        . . PUNCT . 1 punct
        """,
    )
    assert [a.span.text for f in frames for a in f.args("pp", "as")] == ["absurd"]


TRUDEAU_CALLED_TARIFFS = """
    Trudeau Trudeau PROPN NNP 1 nsubj
    called call VERB VBD 1 ROOT
    the the DET DT 3 det
    tariffs tariff NOUN NNS 1 obj
    {opening} PUNCT {tag} 6 punct
    totally totally ADV RB 6 advmod
    unacceptable unacceptable ADJ JJ 1 parataxis
    . . PUNCT . 1 punct
    """


@pytest.mark.parametrize(
    ("opening", "tag", "expected"),
    [
        # 'called the tariffs "totally unacceptable"': the parser makes the quoted words a
        # parenthetical of the verb; they are what the tariffs are called
        ("“ “", "``", ["totally unacceptable"]),
        # "called the tariffs, totally unacceptable": without quotation marks no judgement
        (", ,", ",", []),
    ],
)
def test_a_quoted_complement_hung_on_the_verb_is_its_predicate(
    analyzer, opening, tag, expected
) -> None:
    parse = TRUDEAU_CALLED_TARIFFS.format(opening=opening, tag=tag)
    frames = frames_of_parse(analyzer, parse)
    assert [a.span.text for f in frames for a in f.args("pp", "as")] == expected


def test_a_plural_noun_read_as_verb_form_is_an_event_noun(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Britain Britain PROPN NNP 1 nsubj
        ignored ignore VERB VBD 1 ROOT
        EU EU PROPN NNP 3 compound
        calls call VERB VBZ 1 obj
        for for ADP IN 5 case
        restraint restraint NOUN NN 3 nmod
        . . PUNCT . 1 punct
        """,
    )
    call = next(f for f in frames if f.predicate == "call")
    assert call.clause == "nominal"
    assert [a.span.text for a in call.args("pp", "for")] == ["restraint"]


def test_an_indefinite_bare_oblique_after_an_indirect_object_is_the_second_object(
    analyzer,
) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Trump Trump PROPN NNP 1 nsubj
        called call VERB VBD 1 ROOT
        Putin Putin PROPN NNP 1 iobj
        a a DET DT 4 det
        liar liar NOUN NN 1 obl:unmarked
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "call", "obj") == ["a liar"]


def test_a_main_verb_read_as_complement_of_a_relative_clause_gets_the_root_noun(
    analyzer,
) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 2 det
        Iranian Iranian ADJ JJ 2 amod
        diplomats diplomat NOUN NNS 2 ROOT
        that that SCONJ IN 5 mark
        Germany Germany PROPN NNP 5 nsubj
        expelled expel VERB VBD 2 acl:relcl
        left leave VERB VBN 5 xcomp
        Berlin Berlin PROPN NNP 6 obj
        . . PUNCT . 2 punct
        """,
    )
    assert args(frames, "leave", "subj") == ["The Iranian diplomats"]
    assert args(frames, "expel", "obj") == ["The Iranian diplomats"]


def test_the_first_of_two_subjects_is_the_main_verbs(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 1 det
        missiles missile NOUN NNS 3 nsubj
        Putin Putin PROPN NNP 3 nsubj
        launched launch VERB VBD 3 ROOT
        hit hit VERB VB 3 xcomp
        Syria Syria PROPN NNP 4 obj
        . . PUNCT . 3 punct
        """,
    )
    assert args(frames, "hit", "subj") == ["The missiles"]
    assert args(frames, "launch", "subj") == ["Putin"]
    assert args(frames, "launch", "obj") == ["The missiles"]


def test_an_adverb_particle_read_as_modifier_is_part_of_the_predicate(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 1 det
        memos memo NOUN NNS 3 nsubj:pass
        were be AUX VBD 3 aux:pass
        handed hand VERB VBN 3 ROOT
        over over ADV RB 3 advmod
        by by ADP IN 6 case
        Justice Justice PROPN NNP 3 obl:agent
        . . PUNCT . 3 punct
        """,
    )
    assert [f.predicate for f in frames if f.clause != "nominal"] == ["hand over"]


def test_a_name_cut_at_its_hyphen_is_one_name(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Abu Abu PROPN NNP 5 nsubj:pass
        Bakr Bakr PROPN NNP 0 flat
        al al PROPN NNP 0 flat
        - - PUNCT HYPH 2 punct
        Baghdadi Baghdadi PROPN NNP 5 nsubj:pass
        killed kill VERB VBN 5 ROOT
        . . PUNCT . 5 punct
        """,
        glued="-",
    )
    assert args(frames, "kill", "subj") == ["Abu Bakr al-Baghdadi"]


def test_a_preposition_read_as_mark_of_a_noun_is_its_case(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Jordan Jordan PROPN NNP 1 nsubj
        asked ask VERB VBD 1 ROOT
        the the DET DT 3 det
        UN UN PROPN NNP 1 obj
        for for SCONJ IN 5 mark
        help help NOUN NN 1 advcl
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "ask", "pp") == ["help"]


def test_a_second_subject_after_a_relative_clause_is_its_object(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Republicans Republican PROPN NNPS 5 nsubj
        who who PRON WP 2 nsubj
        opposed oppose VERB VBD 0 acl:relcl
        the the DET DT 4 det
        deal deal NOUN NN 5 nsubj
        praised praise VERB VBD 5 ROOT
        the the DET DT 7 det
        king king NOUN NN 5 obj
        . . PUNCT . 5 punct
        """,
    )
    assert args(frames, "praise", "subj") == ["Republicans"]
    assert args(frames, "oppose", "obj") == ["the deal"]


def test_an_adjective_with_a_modal_and_an_object_is_a_verb(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        China China PROPN NNP 2 nsubj
        will will AUX MD 2 aux
        lower low ADJ JJR 2 ROOT
        its its PRON PRP$ 4 nmod:poss
        tariffs tariff NOUN NNS 2 obj
        . . PUNCT . 2 punct
        """,
    )
    assert [a.span.text for f in frames for a in f.args("obj")] == ["its tariffs"]


def test_an_object_read_as_parataxis_goes_to_the_verb_before_it(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Trump Trump PROPN NNP 2 nsubj
        is be AUX VBZ 2 cop
        set set ADJ JJ 2 ROOT
        to to PART TO 4 mark
        meet meet VERB VB 2 xcomp
        leader leader NOUN NN 6 nmod:desc
        Kim Kim PROPN NNP 2 parataxis
        . . PUNCT . 2 punct
        """,
    )
    assert args(frames, "meet", "obj") == ["leader Kim"]


def test_an_absolute_with_clause_is_a_clause_not_a_partner(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Leaders leader NOUN NNS 1 nsubj
        met meet VERB VBD 1 ROOT
        , , PUNCT , 1 punct
        with with ADP IN 5 case
        the the DET DT 5 det
        president president NOUN NN 1 obl
        facing face VERB VBG 5 acl
        protests protest NOUN NNS 6 obj
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "meet", "pp") == []
    assert args(frames, "face", "subj") == ["the president"]


def test_a_possessors_first_name_cut_off_joins_it(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Merkel Merkel PROPN NNP 1 nsubj
        came come VERB VBD 1 ROOT
        to to ADP IN 3 case
        Susan Susan PROPN NNP 1 obl
        Rice Rice PROPN NNP 6 nmod:poss
        's 's PART POS 4 case
        defense defense NOUN NN 1 obl
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "come", "pp") == ["Susan Rice 's defense"]


def test_a_modal_perfects_have_read_as_the_verb_is_its_auxiliary(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        It it PRON PRP 2 nsubj
        would would AUX MD 2 aux
        have have VERB VB 2 ROOT
        involved involve ADJ JJ 2 xcomp
        members member NOUN NNS 3 obj
        . . PUNCT . 2 punct
        """,
    )
    involve = next(f for f in frames if f.predicate == "involve")
    assert involve.modal == "would"
    assert [a.span.text for a in involve.args("obj")] == ["members"]


def test_the_subject_of_is_to_is_its_outer_subject(analyzer) -> None:
    # "is to" that defines a task has no subject acting; the parser's plain nsubj made one
    frames = frames_of_parse(
        analyzer,
        """
        Merkel Merkel PROPN NNP 2 nmod:poss
        's 's PART POS 0 case
        challenge challenge NOUN NN 5 nsubj
        is be AUX VBZ 5 cop
        to to PART TO 5 mark
        appeal appeal VERB VB 5 ROOT
        . . PUNCT . 5 punct
        """,
    )
    assert args(frames, "appeal", "subj") == []


def test_a_name_read_as_root_over_the_verb_is_its_argument(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 1 det
        envoy envoy NOUN NN 5 nsubj
        met meet VERB VBD 1 acl
        with with ADP IN 4 case
        President President PROPN NNP 5 nmod:desc
        Erdogan Erdogan PROPN NNP 5 ROOT
        at at ADP IN 8 case
        the the DET DT 8 det
        House House PROPN NNP 5 obl
        . . PUNCT . 5 punct
        """,
    )
    assert args(frames, "meet", "subj") == ["The envoy"]
    meet = next(f for f in frames if f.predicate == "meet")
    assert [a.span.text for a in meet.args("pp", "with")] == ["President Erdogan"]
    assert [a.span.text for a in meet.args("pp", "at")] == ["the House"]


PLANS_TO_SEND = """
    {first}
    Korea Korea PROPN NNP 2 {label}
    plans plan NOUN NNS 2 ROOT
    to to PART TO 4 mark
    send send VERB VB 2 xcomp
    an a DET DT 6 det
    envoy envoy NOUN NN 4 obj
    . . PUNCT . 2 punct
    """


def test_a_name_read_as_compound_of_plans_is_its_subject(analyzer) -> None:
    parse = PLANS_TO_SEND.format(first="South South PROPN NNP 1 compound", label="compound")
    frames = frames_of_parse(analyzer, parse)
    assert args(frames, "plan", "subj") == ["South Korea"]
    assert args(frames, "send", "subj") == ["South Korea"]


def test_plans_with_a_determiner_stay_a_noun(analyzer) -> None:
    parse = PLANS_TO_SEND.format(first="the the DET DT 2 det", label="compound")
    frames = frames_of_parse(analyzer, parse)
    assert args(frames, "send", "subj") == []


def test_a_prepositional_phrase_read_as_parataxis_modifies_the_noun_before_it(
    analyzer,
) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Seoul Seoul PROPN NNP 1 nsubj
        accepted accept VERB VBD 1 ROOT
        an a DET DT 3 det
        invitation invitation NOUN NN 1 obj
        from from ADP IN 6 case
        leader leader NOUN NN 6 nmod:desc
        Kim Kim PROPN NNP 1 parataxis
        . . PUNCT . 1 punct
        """,
    )
    invitation = next(f for f in frames if f.predicate == "invitation")
    assert [a.span.text for a in invitation.args("pp", "from")] == ["leader Kim"]


@pytest.mark.parametrize("label", ["conj", "ccomp", "advcl"])
def test_an_of_phrase_read_as_a_clause_modifies_the_noun_before_it(analyzer, label) -> None:
    # "condemned the arrest of opposition leader Navalny": the parser hung the name on
    # the verb as a conjunct or clause of its own
    frames = frames_of_parse(
        analyzer,
        f"""
        Washington Washington PROPN NNP 1 nsubj
        condemned condemn VERB VBD 1 ROOT
        the the DET DT 3 det
        arrest arrest NOUN NN 1 obj
        of of ADP IN 7 case
        opposition opposition NOUN NN 6 compound
        leader leader NOUN NN 7 nmod:desc
        Navalny Navalny PROPN NNP 1 {label}
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "arrest", "pp") == ["opposition leader Navalny"]
    assert args(frames, "condemn", "obj") == ["the arrest of opposition leader Navalny"]


def test_a_phrase_of_another_preposition_read_as_a_conjunct_stays(analyzer) -> None:
    # only "of" surely belongs to the noun before it: "met Kim and, in Hanoi, Moon" stays
    frames = frames_of_parse(
        analyzer,
        """
        Trump Trump PROPN NNP 1 nsubj
        met meet VERB VBD 1 ROOT
        officials official NOUN NNS 1 obj
        in in ADP IN 4 case
        Hanoi Hanoi PROPN NNP 1 conj
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "meet", "obj") == ["officials"]


def test_a_past_form_with_an_infinitive_after_the_root_noun_is_the_main_verb(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 2 det
        Lib Lib PROPN NNP 2 compound
        Dems Dems PROPN NNPS 2 ROOT
        called call VERB VBN 2 acl
        on on ADP IN 6 case
        the the DET DT 6 det
        UN UN PROPN NNP 3 obl
        to to PART TO 8 mark
        act act VERB VB 3 xcomp
        . . PUNCT . 3 punct
        """,
    )
    call = next(f for f in frames if f.predicate == "call")
    assert call.clause == "main"
    assert args(frames, "call", "subj") == ["The Lib Dems"]


def test_a_prepositional_phrase_read_as_complement_is_an_oblique(analyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        France France PROPN NNP 1 nsubj
        said say VERB VBD 1 ROOT
        , , PUNCT , 5 punct
        after after ADP IN 5 case
        a a DET DT 5 det
        meeting meeting NOUN NN 1 ccomp
        with with ADP IN 7 case
        Germany Germany PROPN NNP 5 nmod
        . . PUNCT . 1 punct
        """,
    )
    assert args(frames, "say", "comp") == []
    assert [a.span.text for a in frames[0].args("pp", "after")] == ["a meeting with Germany"]

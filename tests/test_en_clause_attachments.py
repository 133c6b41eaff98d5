"""Where the English parse hangs a conjunct or a main verb, repaired: a second object the
parser hung on the verb after a long first object, and a main verb it read as a reduced
relative clause on the last noun of the subject's relative clause, a gerund it read as part
of the name after it. Our own sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

from .coding import NEWS_DATE as NEWS
from .coding import both_ways, coded

BLAIR_ERA = date(2004, 6, 6)


def test_second_object_after_a_titled_name_is_met_too(pipeline) -> None:
    text = (
        "Tony Blair has met French President Jacques Chirac and German Chancellor"
        " Gerhard Schroeder to talk about Iraq."
    )
    events = coded(pipeline, text, on=BLAIR_ERA)
    assert both_ways("GBRGOV", "FRAGOV", "040") | both_ways("GBRGOV", "DEUGOV", "040") <= events


def test_conjunct_with_a_verb_of_its_own_stays_a_clause(pipeline) -> None:
    text = "Tony Blair met French President Jacques Chirac and Germany will host the summit."
    assert ("GBRGOV", "DEU", "040") not in coded(pipeline, text, on=BLAIR_ERA)


def test_main_verb_after_a_relative_clause_has_the_head_noun_as_subject(pipeline) -> None:
    text = "Republicans who had long opposed the Iranian nuclear deal praised the Saudi king."
    events = coded(pipeline, text)
    assert ("USAPTY", "SAUGOV", "051") in events
    assert ("IRN", "SAUGOV", "051") not in events


def test_a_relative_clause_on_its_subject_has_no_object_of_it(pipeline) -> None:
    """ "The senators who met with Putin": the senators are the subject of "met", not also
    its object (which made the meeting a self-dyad); "the missiles that Iran launched" keep
    theirs."""
    text = "The senators who met with President Putin on Wednesday said he was tired."
    assert both_ways("RUSLEG", "RUSGOV", "040") <= coded(pipeline, text)
    doc = pipeline(Article("t", "The missiles that Iran launched hit Israel.", "en", NEWS))
    launch = next(f for f in doc.frames if f.predicate == "launch")
    assert [(a.role, a.span.text) for a in launch.arguments if a.role == "obj"] == [
        ("obj", "The missiles")
    ]


def test_fronted_adverbial_hung_on_the_subject_belongs_to_the_verb(pipeline) -> None:
    """ "When the Russian court ruled, … Jay Carney criticized Moscow": the parser hangs the
    fronted clause or phrase on the subject's title, which made the court a critic too."""
    text = "When the Russian court ruled, White House press secretary Jay Carney criticized Moscow."
    events = coded(pipeline, text, on=date(2013, 6, 1))
    assert ("USAGOV", "RUSGOV", "111") in events
    assert ("RUSJUD", "RUSGOV", "111") not in events
    text = "After that interview, then-FBI Director James Comey called her actions careless."
    doc = pipeline(Article("t", text, "en", NEWS))
    call = next(f for f in doc.frames if f.predicate == "call")
    assert [a.span.text for a in call.arguments if a.role == "subj"] == [
        "then-FBI Director James Comey"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump flew to Seoul after meeting Kim Jong-un.",
        "After meeting Kim Jong-un, Trump flew to Seoul.",
    ],
)
def test_a_gerund_read_as_part_of_the_name_after_it_takes_it_as_object(pipeline, text) -> None:
    # the parser reads "meeting Kim Jong-un" as a name; its subject is the clause's
    assert both_ways("USAGOV", "PRKGOV", "040") <= coded(pipeline, text, on=date(2019, 7, 1))


def test_a_gerund_read_as_a_noun_behind_its_conjunction_heads_a_clause(pipeline) -> None:
    # the parser reads "meeting" as a noun (obl) with "Putin" as its object
    text = "After meeting Putin in Helsinki, Trump flew home."
    assert both_ways("USAGOV", "RUSGOV", "040") <= coded(pipeline, text, on=date(2019, 7, 1))

"""Title-case headlines parsed in the case of a sentence (analysis/en_truecase.py): function
words, and words the article does not capitalize inside a sentence, in lower case; names
the article capitalizes stay. Our own text."""

from __future__ import annotations

from datetime import date

from chronik.analysis.en_truecase import truecased

from .coding import coded

HEADLINE = "Federal Judge Blocks Obama's Executive Actions On Immigration"
BODY = (
    "A federal judge in Texas on Monday blocked the executive actions President Obama"
    " announced on immigration. The judge said the actions would harm the states."
)


def test_title_case_headline_keeps_only_the_article_s_names_capitalized() -> None:
    article = f"{HEADLINE}\n{BODY}"
    assert truecased(HEADLINE, article) == (
        "Federal judge blocks Obama's executive actions on immigration"
    )


def test_sentence_case_line_is_left_alone() -> None:
    line = "A federal judge in Texas blocked the executive actions of President Obama."
    assert truecased(line, line) == line


def test_title_case_headline_is_coded_as_a_sentence(pipeline) -> None:
    events = coded(pipeline, f"{HEADLINE}\n{BODY}", on=date(2015, 2, 17))
    assert ("USAJUD", "USAGOV", "116") in events


def test_sentence_quoting_a_capitalized_word_is_no_headline() -> None:
    line = "She told District residents: Go Home. Be Safe."
    assert truecased(line, line) == line

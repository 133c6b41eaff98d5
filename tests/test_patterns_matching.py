"""The pattern conditions read each slot of a frame once for all candidate rows; the
ranking must be the one of every row judged on its own."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.patterns import Pattern, Patterns, _matches, _SlotTexts
from chronik.records import Argument, Article, Frame

from .conftest import span_of

TEXT = "The United States imposed new economic sanctions on Iran over human rights abuses."


def argument(role: str, piece: str, prep: str | None = None) -> Argument:
    return Argument(role, span_of(TEXT, piece), piece.split()[-1], prep)  # type: ignore[arg-type]


FRAMES = [
    Frame(
        0,
        predicate,
        span_of(TEXT, "imposed"),
        (
            argument("subj", "The United States"),
            argument("obj", "new economic sanctions"),
            argument("pp", "Iran", "on"),
            argument("pp", "human rights abuses", "over"),
        ),
    )
    for predicate in ("impose", "call", "meet", "say", "accuse", "demand", "give")
] + [
    Frame(0, "impose", span_of(TEXT, "imposed"), (argument("subj", "The United States"),)),
    Frame(0, "give", span_of(TEXT, "imposed"), (argument("iobj", "new economic sanctions"),)),
]


def ranked_one_by_one(rows: list[Pattern], frame: Frame) -> list[Pattern]:
    """The ranking of :meth:`Patterns.applicable`, each row read by a fresh reader."""
    scored = []
    for order, row in enumerate(rows):
        lengths = _SlotTexts(frame, None, ()).match_lengths(row.conditions)
        if lengths is not None:
            scored.append((len(lengths), sum(lengths), -order, row))
    if any(not s[3].fallback for s in scored):
        scored = [s for s in scored if not s[3].fallback]
    scored.sort(key=lambda s: s[:3], reverse=True)
    return [s[3] for s in scored]


@pytest.mark.parametrize("frame", FRAMES, ids=lambda f: f.predicate)
def test_shared_slot_reading_ranks_rows_as_each_row_alone(frame: Frame) -> None:
    patterns = Patterns.load("en")
    candidates, applicable = patterns.applicable(frame)
    assert candidates, "the predicate has rows"
    assert applicable == ranked_one_by_one(candidates, frame)


def test_heads_match_words_compounds_and_phrases() -> None:
    assert _matches("new economic sanctions", "sanction")
    assert _matches("Wirtschaftssanktionen gegen Iran", "Sanktion")
    assert _matches("neue Zölle", "Zoll")
    assert not _matches("über Strafzölle", "Zoll")  # a compound part from five letters on
    assert _matches("human rights abuses", "human right")
    assert not _matches("rights of humans", "human right")
    assert not _matches("he said so", "aid")
    assert not _matches("economic sanctions", "tariff")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polen lobte das Manöver, an dem Litauen mit Lettland teilnahm.", "062"),
        ("Japan begrüßte die Gespräche, an denen Russland mit der Ukraine teilnimmt.", "046"),
        ("Es war eine Konferenz, an der Chile mit Peru teilnahm.", "040"),
    ],
)
def test_a_relative_pronoun_reads_as_its_antecedent_noun(pipeline, text, expected):
    """ "an der" names no head: the row's pp:an=Manöver reads the noun the clause hangs on."""
    doc = pipeline(Article("t", text, "de", date(2024, 3, 4)))
    assert [e.cameo for e in doc.events if e.trigger.text.startswith("teiln")] == [expected] * 2


@pytest.mark.parametrize("lang", ["de", "en"])
def test_compound_nouns_take_the_rows_of_their_last_part_in_file_order(lang: str) -> None:
    patterns = Patterns.load(lang)
    nouns = [p for p in patterns.rows if p.kind == "noun"]
    lemmas = {p.lemma for p in nouns}
    compounds = sorted({f"{first}{p.lemma}" for p in nouns for first in ("wirtschafts", "x")})
    compounds = [c for c in compounds if c not in lemmas]
    assert any(len(patterns.candidates(nominal(c))) > 1 for c in compounds)
    for lemma in compounds:
        # every noun row of five letters or more that ends the compound, as the file has them
        expected = [p for p in nouns if len(p.lemma) >= 5 and lemma.endswith(p.lemma)]
        assert patterns.candidates(nominal(lemma)) == expected


def nominal(lemma: str) -> Frame:
    return Frame(0, lemma, span_of(TEXT, "sanctions"), (), clause="nominal")


def test_a_verbal_flag_needs_a_cameo_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from chronik.errors import DictionaryError

    path = tmp_path / "verbs.tsv"
    header = "lemma\tkind\twhen\tsource\ttarget\tcode\tflags\tnote\n"
    path.write_text(header + "angreifen\tverb\t\tsubj\tobj\t190\tverbal=xx\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="verbal='xx'"):
        Patterns.load(path)
    path.write_text(header + "angreifen\tverb\t\tsubj\tobj\t190\tverbal=111\t\n", encoding="utf-8")
    assert Patterns.load(path).rows[0].verbal == "111"


def test_an_official_flag_needs_a_cameo_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from chronik.errors import DictionaryError

    path = tmp_path / "verbs.tsv"
    header = "lemma\tkind\twhen\tsource\ttarget\tcode\tflags\tnote\n"
    row = "protest\tverb\t\tsubj\tpp:against\t141\t{}\t\n"
    path.write_text(header + row.format("official=x14"), encoding="utf-8")
    with pytest.raises(DictionaryError, match="official='x14'"):
        Patterns.load(path)
    path.write_text(header + row.format("optional-target official=114"), encoding="utf-8")
    assert Patterns.load(path).rows[0].official == "114"


HEADER = "lemma\tkind\twhen\tsource\ttarget\tcode\tflags\tnote\n"


def test_a_word_set_stands_for_its_words_in_every_row_that_names_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "verbs.tsv"
    path.write_text(
        HEADER
        + "&LOCKDOWN\tset\tLockdown|Maskenpflicht\t\t\t\t\t\n"
        + "&MORE\tset\t&LOCKDOWN|Sperrstunde\t\t\t\t\t\n"
        + "verhängen\tverb\tobj=&LOCKDOWN|Ausgangssperre\tsubj\tpp:für\t172\t\t\n"
        + "verlängern\tverb\tobj=&MORE\tsubj\tpp:für\t172\t\t\n",
        encoding="utf-8",
    )
    impose, extend = Patterns.load(path).rows  # the set rows are no patterns
    assert impose.conditions[0].heads == ("Lockdown", "Maskenpflicht", "Ausgangssperre")
    assert extend.conditions[0].heads == ("Lockdown", "Maskenpflicht", "Sperrstunde")
    assert impose.where.endswith("verbs.tsv:4")


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        # used before it is defined: the line that names it
        ("verhängen\tverb\tobj=&LOCKDOWN\tsubj\tpp:für\t172\t\t\n"
         "&LOCKDOWN\tset\tLockdown\t\t\t\t\t\n", r"verbs\.tsv:2: no word set &LOCKDOWN"),
        ("&lockdown\tset\tLockdown\t\t\t\t\t\n", r"verbs\.tsv:2: a set row needs a &NAME"),
        ("&LOCKDOWN\tset\t\t\t\t\t\t\n", r"verbs\.tsv:2: a set row needs a &NAME"),
    ],
)  # fmt: skip
def test_a_bad_word_set_names_its_line(tmp_path, rows: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    from chronik.errors import DictionaryError

    path = tmp_path / "verbs.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(DictionaryError, match=problem):
        Patterns.load(path)


def test_the_packaged_rows_define_every_word_set_they_use() -> None:
    """Both languages load, and the judgement words of the speech rows are one set."""
    english = Patterns.load("en")
    said = [p for p in english.rows if p.lemma in {"say", "tell"} and p.code == "111"]
    judged = {c.heads for p in said for c in p.conditions if "unacceptable" in c.heads}
    assert len(judged) == 1 and len(next(iter(judged))) > 100
    assert Patterns.load("de").rows


def test_a_short_head_matches_the_part_after_a_hyphen_only() -> None:
    from chronik.patterns import matches_word

    assert matches_word("corona-demos", "demo")  # after a hyphen: a compound's last part
    assert not matches_word("tandemos", "demo")  # inside a word: too short to be sure
    assert matches_word("wirtschaftssanktionen", "sanktion")
    assert not matches_word("said", "aid")


def test_a_long_head_after_a_prefix_is_no_compound_part() -> None:
    from chronik.patterns import matches_word

    # "lawful" is no kind of "awful", "unfairness" no "fairness": a compound's first part
    # has three letters or more ("Eiskrise")
    assert not matches_word("lawful", "awful")
    assert not matches_word("unfairness", "fairness")
    assert matches_word("eiskrise", "krise")
    assert matches_word("airstrikes", "strike")


def test_a_head_in_y_matches_its_english_plural() -> None:
    from chronik.patterns import matches_word

    assert matches_word("penalties", "penalty")
    assert matches_word("treaties", "treaty")
    assert not matches_word("ies", "y")  # the plural ending alone is no word

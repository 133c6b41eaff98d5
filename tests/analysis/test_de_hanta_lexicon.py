"""The lexicon of HanTa's answers (analysis/de_hanta_lexicon.py): the file keeps values and
their types, is ignored when built for another HanTa, and what the packaged one holds is
what plain HanTa answers."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from HanTa import HanoverTagger
from numpy import float64

from chronik.analysis.de_hanta import FastLattices
from chronik.analysis.de_hanta_lexicon import HantaLexicon, encode, signature, write

SENTENCE = "Die Landesregierung verschärfte gestern die Coronaregeln für Reiserückkehrer ."


def test_answers_keep_their_values_and_types(tmp_path: Path) -> None:
    probabilities = [(67, -3.25), (12, float64(-35.78467948922763)), (3, 0)]
    paths = {-67: [(67, 7), (-67, 8)], -12: [(26, 4), (12, 7), (-12, 8)]}
    write(tmp_path / "l.tsv.gz", [encode("brüssel", probabilities, paths), encode("und", None, {})])
    lexicon = HantaLexicon.load(tmp_path / "l.tsv.gz")
    found = lexicon.probabilities("brüssel")
    assert found == probabilities
    assert [type(p) for _, p in found] == [float, float64, int]
    assert lexicon.morphemes("brüssel", -12) == paths[-12]
    assert lexicon.morphemes("brüssel", -20) is None  # a tag it was not asked for
    assert lexicon.probabilities("und") is None  # HanTa's own cache holds such forms
    assert lexicon.probabilities("paris") is None


def test_a_lexicon_of_another_hanta_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "old.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("# hanta 0.9 0000\n" + encode("brüssel", [(67, -3.0)], {}) + "\n")
    assert len(HantaLexicon.load(path)) == 0
    assert signature().startswith("# hanta ")
    with pytest.raises(ValueError, match="tab, space"):
        encode("zwei wörter", None, {})


def test_the_searches_answer_from_the_lexicon_where_it_holds_the_form(tmp_path: Path) -> None:
    write(tmp_path / "l.tsv.gz", [encode("xyzqwpt", [(67, -1.5)], {-67: [(67, 7), (-67, 8)]})])
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    FastLattices(tagger, HantaLexicon.load(tmp_path / "l.tsv.gz")).install()
    assert tagger.analyze_forward("xyzqwpt") == [(67, -1.5)]
    assert tagger.analyze_viterbi("xyzqwpt", -67) == [(67, 7), (-67, 8)]
    assert tagger.analyze_forward("xyzqwpu") != [(67, -1.5)]  # not held: searched


@pytest.fixture(scope="module")
def packaged() -> HantaLexicon:
    return HantaLexicon.load()


def test_the_packaged_lexicon_holds_plain_hantas_answers(packaged: HantaLexicon) -> None:
    assert len(packaged) > 100_000
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    forms = sorted(packaged._entries)[::1500]  # a spread of ≈ 100 forms
    for form in forms:
        found = packaged.probabilities(form)
        if found is not None:
            expected = plain.analyze_forward(form)
            assert found == expected, form
            assert [type(p) for _, p in found] == [type(p) for _, p in expected], form
        for tag, _ in found or plain.cache[form]:
            path = packaged.morphemes(form, -tag)
            if path is not None:
                assert path == plain.analyze_viterbi(form, -tag), (form, tag)


def test_sentences_are_tagged_as_by_plain_hanta(packaged: HantaLexicon) -> None:
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    fast = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    FastLattices(fast, packaged).install()
    forms = SENTENCE.split()
    assert fast.tag_sent(forms, taglevel=3) == plain.tag_sent(forms, taglevel=3)

"""HanTa's searches as chronik runs them (analysis/de_hanta.py) give HanTa's own answers:
the same tag probabilities per word form, the same tags per sentence and the same morphemes
and lemmas, on sentences of ours with known, compound, invented and foreign words."""

from __future__ import annotations

import pytest
from HanTa import HanoverTagger

from chronik.analysis.de_hanta import FastLattices, _Moves, _SentenceTables
from chronik.errors import ModelError

SENTENCES = [
    "Die Bundesregierung kritisierte die Sanktionen gegen Russland scharf .",
    "Gestern trafen sich die Außenminister in Brüssel zu Gesprächen über die Waffenruhe .",
    "Der Zwangsquarantänebeauftragte des Landkreises verhängte Ausgangssperren für"
    " 2019-nCoV-Verdachtsfälle .",
    "Kritisierte der Minister die Regierung ? Die Regierung lobte den Minister nicht .",
    "Xyzqwpt und Qqq trafen Ü am 3. März in São Paulo , sagte ein Sprecher §§§ .",
    "Von Russland annektierte Gebiete wurden ab sofort von UN-Beobachtern überwacht .",
    "Ab dem 1. Januar gilt das Gesetz , das die Koalition beschlossen hat .",
]
TAGS = ["VV(FIN)", "VV(PP)", "NN", "NE", "ADJ(A)", "ADV", "APPR"]


def _pair(strict: bool = False) -> tuple[object, object]:
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    fast = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    FastLattices(fast).install()
    plain.strict = fast.strict = strict
    return plain, fast


@pytest.fixture(scope="module")
def taggers() -> tuple[object, object]:
    return _pair()


def _words() -> list[str]:
    return sorted({word for sentence in SENTENCES for word in sentence.split()})


def test_word_probabilities_are_hantas(taggers):
    plain, fast = taggers
    assert fast.analyze_forward != plain.analyze_forward  # the fast search is the one asked
    for word in _words():
        for case in (True, False):
            expected = plain._tag_word(word, cutoff=5, casesensitive=case, conditional=True)
            found = fast._tag_word(word, cutoff=5, casesensitive=case, conditional=True)
            assert found == expected, word
            # numpy's sums stay numpy's: the same values of the same types
            assert [type(p) for _, p in found] == [type(p) for _, p in expected]
        assert fast.analyze_forward(word.lower()) == plain.analyze_forward(word.lower())


def test_sentence_tags_morphemes_and_lemmas_are_hantas(taggers):
    plain, fast = taggers
    for sentence in SENTENCES:
        forms = sentence.split()
        assert fast.tag_sent(forms, taglevel=3) == plain.tag_sent(forms, taglevel=3)
        assert fast.tag_sent(forms, taglevel=1) == plain.tag_sent(forms, taglevel=1)


def test_morphemes_for_a_given_tag_are_hantas(taggers):
    # the lemmatizer asks for words under tags they do not have too ("verstärkte" as VV(FIN))
    plain, fast = taggers
    for word in _words():
        for tag in TAGS:
            expected = plain.analyze(word, pos=tag, taglevel=3)
            assert fast.analyze(word, pos=tag, taglevel=3) == expected, (word, tag)


def test_strict_model_and_unknown_words_are_hantas():
    # with strict morphemes an invented word is UNKNOWN and may take any tag in the sentence
    plain, fast = _pair(strict=True)
    assert fast._tag_word("Xyzqwpt", cutoff=5, conditional=True) == [(3, 0)]
    for sentence in SENTENCES:
        forms = sentence.split()
        assert fast.tag_sent(forms, taglevel=3) == plain.tag_sent(forms, taglevel=3)


def test_long_move_lists_are_looked_up_in_the_models_order():
    # HanTa fills its tables in the order of its transitions; ties keep the first state
    pairs = [(tag, -float(tag)) for tag in (9, 4, 12, 7, 30, 5, 21, 8)]
    moves = _Moves.of(pairs, open_class={21, 4, 8})
    known = {8: -1.0, 12: -2.0, 99: -3.0}
    assert moves.hits(known, guessing=True) == [p for p in pairs if p[0] in (4, 12, 21, 8)]
    assert moves.hits(known, guessing=False) == [(12, -12.0), (8, -8.0)]
    assert moves.hits({}, guessing=True) == [(4, -4.0), (21, -21.0), (8, -8.0)]
    assert moves.hits({}, guessing=False) == []


def test_a_model_listing_next_tags_in_several_orders_is_refused():
    # the sentence search walks a word's tags in the one order HanTa's model lists them in
    _SentenceTables({(0, 1): {4: -1.0, 5: -2.0, 2: -3.0}, (1, 4): {4: -1.0, 5: -1.0}})
    with pytest.raises(ModelError):
        _SentenceTables({(0, 1): {4: -1.0, 5: -2.0, 2: -3.0}, (1, 4): {5: -1.0, 4: -1.0}})

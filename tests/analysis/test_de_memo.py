"""The analyses of word forms the German analyzer keeps for the run change no tag and no
lemma: the same sentences tagged by HanTa as shipped and by the memoised tagger, twice."""

from __future__ import annotations

import pickle

from HanTa import HanoverTagger

from chronik.analysis.de import GermanAnalyzer, _token, _word
from chronik.analysis.de_morph import stts
from chronik.analysis.de_words import Word
from chronik.records import Token

SENTENCES = [
    "Die Bundesregierung kritisierte die Sanktionen gegen Russland scharf .",
    "Gestern trafen sich die Außenminister in Brüssel zu Gesprächen .",
    "Die Gespräche über die Waffenruhe wurden ohne Ergebnis abgebrochen .",
    "Kritisierte der Minister die Regierung ? Die Regierung lobte den Minister .",
]


def test_memoised_tagging_gives_hantas_tags_and_lemmas():
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    analyzer = GermanAnalyzer()
    for _ in range(2):  # the second round comes from the kept analyses
        for sentence in SENTENCES:
            forms = sentence.split()
            tags = plain.tag_sent(forms, taglevel=0)
            lemmas = [
                plain.analyze(f, pos=t, taglevel=1)[0] for f, t in zip(forms, tags, strict=True)
            ]
            kept = analyzer._tag(tuple(forms))
            assert [lemma for _, lemma, _ in kept] == lemmas
            assert [tag for _, _, tag in kept] == [stts(t) for t in tags]
        analyzer._tag.cache_clear()  # the sentence cache off: the word analyses answer


def test_tokens_made_without_init_equal_tokens_made_with_it():
    for w in (Word("Sanktionen", 20, 30, "Sanktion", "NN"), Word("ihn", 3, 6, "er", "PPER")):
        made = _token(4, w)
        plain = Token(4, w.text, w.start, w.end, w.lemma, made.pos, w.tag, made.morph)
        assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
        assert pickle.dumps(made) == pickle.dumps(plain)
    assert _token(0, Word("ihn", 3, 6, "er", "PPER")).morph.startswith("Case=Acc")


def test_words_made_without_init_equal_words_made_with_it():
    made = _word("ihn", 3, 6, "er", "PPER", None)
    plain = Word("ihn", 3, 6, "er", "PPER")
    assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
    assert pickle.dumps(made) == pickle.dumps(plain)

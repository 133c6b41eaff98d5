"""The irregular-verb lemma component of the English pipeline, without the trained model."""

from pathlib import Path

import spacy
from spacy.tokens import Doc

from chronik.analysis.en_lemmas import FACTORY, IrregularVerbs


def tagged(words: list[str], tags: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, lemmas=words)


def test_past_forms_get_the_table_lemma() -> None:
    verbs = IrregularVerbs()
    verbs.add("withdraw", ["withdrew", "withdrawn"])
    doc = verbs(tagged(["Russia", "Withdrew", "withdrawn", "troops"], ["NNP", "VBD", "VBN", "NNS"]))
    assert [t.lemma_ for t in doc] == ["Russia", "withdraw", "withdraw", "troops"]


def test_other_tags_keep_their_lemma() -> None:
    verbs = IrregularVerbs()
    verbs.add("lead", ["led"])
    verbs.add("lie", ["lay", "lain"])
    doc = verbs(tagged(["led", "lay", "lay"], ["NN", "VB", "JJ"]))
    assert [t.lemma_ for t in doc] == ["led", "lay", "lay"]


def test_empty_forms_and_the_lemma_itself_are_not_entries() -> None:
    verbs = IrregularVerbs()
    verbs.add("put", ["put", ""])
    assert verbs.lemmas == {}


def test_table_survives_the_pipeline_round_trip(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(FACTORY, name="irregular_verbs").add("meet", ["met"])
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.get_pipe("irregular_verbs").lemmas == {"met": "meet"}
    assert IrregularVerbs().from_bytes(nlp.get_pipe("irregular_verbs").to_bytes()).lemmas == {
        "met": "meet"
    }

"""Irregular verb lemmas as a component of chronik's English spaCy pipeline.

The edit-tree lemmatizer guesses wrong on rare irregular past forms ("withdrew" → withdrew),
and event patterns key on lemmas, so ``training/en/train.py`` adds this table of past and
participle forms (``training/en/irregular_verbs.v1.tsv``) after the lemmatizer. It replaces
an attribute ruler that did the same with one token pattern per form: a dictionary lookup
costs a few percent of that (``benchmarks/en_pipeline.py``).

Importing this module registers the factory, which ``spacy.load`` needs for the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "chronik_irregular_verbs"
COMPONENT = "irregular_verbs"  # its name in the shipped pipeline
PAST_TAGS = frozenset({"VBD", "VBN"})
TABLE_FILE = "lemmas.json"


class IrregularVerbs:
    """Sets the lemma of a past or participle form ("met"/VBD → meet) from a table."""

    def __init__(self, lemmas: dict[str, str] | None = None) -> None:
        self.lemmas: dict[str, str] = dict(lemmas or {})

    def add(self, lemma: str, forms: Iterable[str]) -> None:
        for form in forms:
            if form and form != lemma:
                self.lemmas[form.lower()] = lemma

    def __call__(self, doc: Doc) -> Doc:
        # the tags compared as numbers in one column: a Token object only for a past form
        past = numpy.array([doc.vocab.strings.add(t) for t in PAST_TAGS], dtype=numpy.uint64)
        for i in numpy.flatnonzero(numpy.isin(doc.to_array("TAG"), past)):
            token = doc[int(i)]
            lemma = self.lemmas.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
        return doc

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        text: str = srsly.json_dumps(self.lemmas, sort_keys=True)
        return text.encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> IrregularVerbs:
        self.lemmas = dict(srsly.json_loads(data))
        return self

    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / TABLE_FILE, dict(sorted(self.lemmas.items())))

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> IrregularVerbs:
        self.lemmas = dict(srsly.read_json(Path(path) / TABLE_FILE))
        return self


@Language.factory(FACTORY)
def make_irregular_verbs(nlp: Language, name: str) -> IrregularVerbs:
    return IrregularVerbs()

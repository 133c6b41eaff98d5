"""German participles HanTa took for finite verbs (issue 12): the auxiliary governs them, so
the clause's act is coded, not "haben"; sentences of our own."""

from __future__ import annotations

import pytest

from chronik.analysis.de import GermanAnalyzer
from chronik.analysis.de_perfect import looks_like_participle
from chronik.document import Document
from chronik.records import Article

from .coding import coded


def test_a_participle_tagged_finite_is_the_act_of_its_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    # HanTa tags "begrüßt" VVFIN here, before a verb-first clause that shares the subject
    text = "Die Niederlande haben den Vorschlag Belgiens begrüßt, verlangen aber Nachbesserungen."
    assert ("NLD", "BEL", "051") in coded(pipeline, text, "de", on=None)


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("begrüßt", "begrüßen", True),
        ("kritisiert", "kritisieren", True),
        ("überhoben", "überheben", True),
        ("angegriffen", "angreifen", True),
        ("gelobt", "loben", True),
        ("regiert", "regieren", True),
        ("lobt", "loben", False),
        ("greift", "greifen", False),
        ("verhandeln", "verhandeln", False),
    ],
)
def test_participle_forms(form: str, lemma: str, expected: bool) -> None:
    assert looks_like_participle(form, lemma) is expected


def test_a_finite_verb_after_a_conjunction_stays_finite() -> None:
    # two clauses, "hat" a full verb: "regiert" is no participle of it
    text = "Die Regierung hat eine Mehrheit und regiert weiter."
    doc = GermanAnalyzer()(Document(article=Article(id="t", text=text, lang="de"), lang="de"))
    assert {"haben", "weiterregieren"} <= {f.predicate for f in doc.frames}

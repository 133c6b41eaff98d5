"""The German analysis's lexicon: the closed word lists it reads (abbreviations, verb classes,
prepositions, ...; ``de/*.tsv``) and the valency counts that tell transitive from intransitive
verbs and those that take a dative (``de/valency.v1.tsv``, training/build_de_valency.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import DE_LEXICON, DE_VALENCY
from ..dictionaries import Row, read_tsv

_LEXICON_CLASSES = (
    "abbreviation",
    "speech_verb",
    "time_noun",
    "predicate_particle",
    "sein_perfect",
    "measure_verb",
)
# A verb that in news seldom had an object, and whose objects (found this often) hardly
# ever had an accusative-only form, takes none (see training/build_de_valency.py): most
# clauses of a transitive verb have an object, some of them masculine ("den …", "einen
# …") or pronouns ("ihn"); the "objects" of an intransitive verb are misread subjects,
# datives and adverbials.
_OBJECT_EVIDENCE = 15
_OBJECT_SHARE = 0.35
_INTRANSITIVE_SHARE = 0.03
_DATIVE_EVIDENCE = 20
_DATIVE_SHARE = 0.08


@dataclass(frozen=True)
class GermanLexicon:
    """The closed word lists the analysis needs, with the file they came from."""

    abbreviations: frozenset[str]
    speech_verbs: frozenset[str]
    time_nouns: frozenset[str]
    predicate_particles: frozenset[str]
    sein_perfect: frozenset[str]
    measure_verbs: frozenset[str] = frozenset()
    valency: dict[str, Valency] = field(default_factory=dict)

    def intransitive(self, lemma: str) -> bool:
        """Seldom found with an object in news, and hardly ever with one whose form is
        accusative only."""
        found = self.valency.get(lemma)
        return (
            found is not None
            and found.obj >= _OBJECT_EVIDENCE
            and found.obj <= _OBJECT_SHARE * found.clauses
            and found.acc <= _INTRANSITIVE_SHARE * found.obj
        )

    def takes_dative(self, lemma: str) -> bool:
        """Seen with an unambiguous dative object in a good share of its clauses."""
        found = self.valency.get(lemma)
        return (
            found is not None
            and found.clauses >= _DATIVE_EVIDENCE
            and found.dat >= _DATIVE_SHARE * found.clauses
        )

    def perfect_with_sein(self, lemma: str) -> bool:
        """ "ist gekommen", "ist zurückgetreten" (past) — not "ist geschlossen" (a state)."""
        return any(lemma.endswith(verb) for verb in self.sein_perfect)

    @classmethod
    def load(
        cls,
        name: str | Path = DE_LEXICON,
        valency: str | Path | None = DE_VALENCY,
    ) -> GermanLexicon:
        def check(row: Row) -> str | None:
            return None if row["class"] in _LEXICON_CLASSES else f"unknown class {row['class']!r}"

        rows = read_tsv(name, ("word", "class", "note"), required=("word", "class"), check=check)

        def words(kind: str) -> frozenset[str]:
            return frozenset(row["word"] for row in rows if row["class"] == kind)

        return cls(
            words("abbreviation"),
            words("speech_verb"),
            words("time_noun"),
            words("predicate_particle"),
            words("sein_perfect"),
            words("measure_verb"),
            _load_valency(valency) if valency is not None else {},
        )


@dataclass(frozen=True)
class Valency:
    """Counts of one verb's active clauses in German news: all, with an object found, with
    an object of accusative-only form, with an object of dative-only form."""

    clauses: int
    obj: int
    acc: int
    dat: int


def _load_valency(name: str | Path) -> dict[str, Valency]:
    columns = ("lemma", "clauses", "obj", "acc", "dat")

    def check(row: Row) -> str | None:
        bad = [c for c in columns[1:] if not row[c].isdigit()]
        return f"not a count: {', '.join(bad)}" if bad else None

    rows = read_tsv(name, columns, required=columns, check=check)
    return {row["lemma"]: Valency(*(int(row[column]) for column in columns[1:])) for row in rows}

"""The CAMEO event codebook and its PLOVER v2 mapping, loaded once and passed in.

Three packaged tables under ``chronik/data/ontology/``:

* ``cameo.v1.tsv``: every CAMEO 1.1b3 code with name, root, Goldstein score, quad class;
* ``plover.v1.tsv``: CAMEO code -> PLOVER v2 event type, mode, context ("-": PLOVER dropped
  the root, as for 01 statements and 02 appeals);
* ``intent.v1.tsv``: the code an action takes when it is only intended (043 meet -> 036).

The first two are built by ``training/build_ontology.py``; the third is hand-curated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .datafiles import CAMEO, INTENT, PLOVER
from .dictionaries import Row, read_tsv
from .errors import DictionaryError


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    level: int
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class PloverMapping:
    """PLOVER v2 fields of a CAMEO code; ``event_type`` is "" where PLOVER has none."""

    event_type: str
    mode: str = ""
    context: tuple[str, ...] = ()


def _check_cameo(row: Row) -> str | None:
    if not row["code"].isdigit() or not 2 <= len(row["code"]) <= 4:
        return f"code {row['code']!r} is not a 2-4 digit CAMEO code"
    try:
        float(row["goldstein"])
        quad = int(row["quad_class"])
        int(row["level"])
    except ValueError:
        return "goldstein, level and quad_class must be numbers"
    return None if 1 <= quad <= 4 else f"quad_class {quad} is not 1-4"


# An intent row for threatened acts only (intent.v1.tsv, column "when").
_THREAT = "threat"


def _when(row: Row) -> str | None:
    when = row.get("when")
    return None if when in ("", _THREAT) else f"unknown when {when!r} (empty or {_THREAT!r})"


@dataclass(frozen=True)
class Ontology:
    """CAMEO codes by code, their PLOVER mapping and their intended-action codes."""

    codes: dict[str, CameoCode]
    plover: dict[str, PloverMapping]
    intended: dict[str, str]
    # intention codes only for a threatened act ("threatened to impose tariffs": 1312)
    threatened: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | None = None) -> Ontology:
        """The packaged tables, or those of ``directory`` (same file names)."""

        def source(name: str) -> str | Path:
            return directory / Path(name).name if directory else name

        cameo_rows = read_tsv(
            source(CAMEO),
            ("code", "name", "root", "level", "goldstein", "quad_class"),
            required=("code", "name", "root", "level", "goldstein", "quad_class"),
            check=_check_cameo,
        )
        codes = {
            r["code"]: CameoCode(
                r["code"],
                r["name"],
                r["root"],
                int(r["level"]),
                float(r["goldstein"]),
                int(r["quad_class"]),
            )
            for r in cameo_rows
        }

        def known(column: str) -> Callable[[Row], str | None]:
            return lambda row: (
                None if row[column] in codes else f"unknown CAMEO code {row[column]!r}"
            )

        plover_rows = read_tsv(
            source(PLOVER),
            ("cameo", "plover_type", "plover_mode", "plover_context"),
            required=("cameo", "plover_type"),
            check=known("cameo"),
        )
        plover = {
            r["cameo"]: PloverMapping(
                "" if r["plover_type"] == "-" else r["plover_type"],
                r.get("plover_mode"),
                tuple(c for c in r.get("plover_context").split(";") if c),
            )
            for r in plover_rows
        }
        intent_rows = read_tsv(
            source(INTENT),
            ("code", "intended", "when", "note"),
            required=("code", "intended"),
            check=lambda row: known("code")(row) or known("intended")(row) or _when(row),
        )
        ontology = cls(
            codes,
            plover,
            {r["code"]: r["intended"] for r in intent_rows if not r.get("when")},
            {r["code"]: r["intended"] for r in intent_rows if r.get("when") == _THREAT},
        )
        missing = [c for c in ontology.event_codes() if c not in plover]
        if missing:
            raise DictionaryError([f"{PLOVER}: no PLOVER mapping for CAMEO {c}" for c in missing])
        return ontology

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def event_codes(self) -> list[str]:
        """The codable CAMEO codes (3 and 4 digits; the 2-digit roots are headings)."""
        return [c.code for c in self.codes.values() if c.level > 0]

    def root_name(self, code: str) -> str:
        return self.codes[code[:2]].name

    def intended_code(self, code: str, threatened: bool = False) -> str:
        """The CAMEO code for the intention to do ``code``: 040 -> 036, 0871 -> 0356; for
        a ``threatened`` act also the threats of ``when`` = threat rows (163 -> 1312).
        Codes without an intention code (statements, demands, threats, visits, announced
        sanctions) stay as they are."""
        tables = (self.intended, self.threatened) if threatened else (self.intended,)
        for key in (code, code[:3], code[:2]):
            for table in tables:
                if key in table:
                    return table[key]
        return code

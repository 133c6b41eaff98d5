"""Derive chronik's ontology tables (``src/chronik/data/ontology/``) from the shared sources.

Run from the repository root::

    python training/build_ontology.py [--shared ../shared/data/ontology]

Reads
  * ``cameo/cameo_event_codes.csv`` (CAMEO 1.1b3 codebook via andybega/icews, MIT):
    code, name, root, level, Goldstein score, quad class;
  * ``plover/cameo_root_to_plover.tsv`` (the PLOVER v2 manual's root table): the PLOVER v2
    event type of each CAMEO root, with root 08 split into CONCEDE (081-083) and RETREAT
    (084-087), roots 01/02 "dropped" and root 20 read as ASSAULT (the manual's "FIGHT" is no
    v2 type);
  * ``plover/CAMEO2PLOVER-2021.txt`` (Schrodt's code-level crosswalk, PLOVER draft 0.8): the
    mode and context of each code;
  * ``plover/PLOVER_MANUAL.tex`` (PLOVER v2 draft): the valid modes of each event type and the
    valid contexts. A crosswalk mode or context that v2 does not define for that type is
    dropped, so every shipped value is a v2 value; ``MODE_OVERRIDES`` fills the few codes whose
    v2 mode the manual's prose names but the 2021 crosswalk lacks.

Writes
  * ``cameo.v1.tsv``: code, name, root, level, goldstein, quad_class;
  * ``plover.v1.tsv``: cameo, plover_type ("-" where PLOVER dropped the root), plover_mode,
    plover_context.

The hand-curated ``intent.v1.tsv`` (action code -> CAMEO 03x/13x code used when the action is
only intended) is not derived; see docs/patterns.md.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from chronik.datafiles import CAMEO, PLOVER, source_path
from chronik.dictionaries import write_tsv

ROOT = Path(__file__).resolve().parents[1]

# Codes whose v2 mode the manual's prose fixes though the 2021 crosswalk has none (or a v0.8
# one): sanctions are SANCTION 'discontinue'; killings are ASSAULT 'targeted'; WMD use is
# ASSAULT 'unconventional' (manual, CAMEO translation note 1).
MODE_OVERRIDES = {
    "163": "discontinue",
    "1621": "discontinue",
    "1622": "discontinue",
    "1623": "discontinue",
    "162": "discontinue",
    "161": "withdraw",
    "1712": "destroy",
    "185": "targeted",
    "186": "targeted",
    "1823": "targeted",
    "202": "targeted",
    "200": "unconventional",
    "204": "unconventional",
    "2041": "unconventional",
    "2042": "unconventional",
    "0813": "",
    "0814": "",
    "085": "",
    "0872": "withdraw",
    "087": "disarm",
    "143": "strike",
}


def v2_type(code: str, root_types: dict[str, str]) -> str:
    root = code[:2]
    if root == "08":
        return "CONCEDE" if code[:3] in {"080", "081", "082", "083"} else "RETREAT"
    value = root_types[root]
    if value.startswith("dropped"):
        return "-"
    if root == "20":
        return "ASSAULT"
    return value.split()[0]


def read_root_types(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return {
            r["cameo_root"]: r["plover_v2_manual_2021plus"]
            for r in csv.DictReader(handle, delimiter="\t")
        }


def read_crosswalk(path: Path) -> dict[str, tuple[str, list[str]]]:
    """code -> (mode, contexts) from ``code: EVENT, mode, context # description`` lines."""
    entries: dict[str, tuple[str, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([^#]*)", line)
        if not match:
            continue
        parts = [p.strip() for p in match.group(2).split(",")]
        mode = parts[1] if len(parts) > 1 else ""
        contexts = [c.strip() for c in parts[2].split(";")] if len(parts) > 2 else []
        entries.setdefault(match.group(1), (mode, [c for c in contexts if c]))
    return entries


def read_manual(path: Path) -> tuple[dict[str, set[str]], set[str]]:
    """The v2 modes of each event type (its "X modes" table) and the general contexts."""
    tex = path.read_text(encoding="utf-8")
    modes: dict[str, set[str]] = {}
    for match in re.finditer(
        r"\\caption\{(?:\\plcat\{)?([A-Z]+)\}? modes.*?\\end\{tabular\}", tex, re.S
    ):
        names = re.findall(r"^([a-z][a-z-]*)\s*&", match.group(0), re.M)
        modes[match.group(1)] = {n for n in names if n != "name"}
    modes["REJECT"] = modes["REJECT"] | modes.get("REQUEST", set())
    contexts_table = tex[tex.index("START CONTEXTS TABLE") : tex.index("END CONTEXTS TABLE")]
    contexts = {
        c.replace("\\_", "_") for c in re.findall(r"\\hyperref\[[^]]*\]\{([^}]*)\}", contexts_table)
    }
    return modes, contexts


def build(shared: Path) -> tuple[list[list[str]], list[list[str]]]:
    with (shared / "cameo" / "cameo_event_codes.csv").open(encoding="utf-8") as handle:
        codes = list(csv.DictReader(handle))
    root_types = read_root_types(shared / "plover" / "cameo_root_to_plover.tsv")
    crosswalk = read_crosswalk(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    modes, contexts = read_manual(shared / "plover" / "PLOVER_MANUAL.tex")
    cameo_rows, plover_rows = [], []
    for row in codes:
        code = row["code"]
        cameo_rows.append(
            [
                code,
                row["name"].strip(),
                row["root_code"],
                row["level"],
                row["goldstein"],
                row["quad_class"],
            ]
        )
        if row["level"] == "0":
            continue
        event_type = v2_type(code, root_types)
        mode, code_contexts = crosswalk.get(code, ("", []))
        mode = MODE_OVERRIDES.get(code, mode)
        if mode not in modes.get(event_type, set()):
            mode = ""
        context = ";".join(c for c in code_contexts if c in contexts)
        plover_rows.append([code, event_type, mode, context])
    return cameo_rows, plover_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data/ontology"))
    args = parser.parse_args()
    cameo_rows, plover_rows = build(args.shared)
    write_tsv(
        source_path(CAMEO, ROOT),
        ["code", "name", "root", "level", "goldstein", "quad_class"],
        cameo_rows,
        "CAMEO 1.1b3 event codes (Schrodt et al. 2012, via andybega/icews, MIT). "
        "Built by training/build_ontology.py",
    )
    write_tsv(
        source_path(PLOVER, ROOT),
        ["cameo", "plover_type", "plover_mode", "plover_context"],
        plover_rows,
        "CAMEO -> PLOVER v2 (openeventdata/PLOVER, CC BY-SA 4.0; '-' = dropped). "
        "Built by training/build_ontology.py",
    )
    print(f"cameo codes: {len(cameo_rows)}\nplover mappings: {len(plover_rows)}")


if __name__ == "__main__":
    main()

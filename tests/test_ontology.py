"""The CAMEO table, the PLOVER v2 mapping and the intended-action codes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from chronik.errors import DictionaryError
from chronik.ontology import Ontology

PLOVER_V2_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
SHARED = Path(__file__).parents[2] / "shared" / "data" / "ontology"


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def test_all_cameo_codes_and_roots_are_loaded(ontology: Ontology) -> None:
    assert len(ontology.event_codes()) >= 290
    assert {ontology.codes[c].root for c in ontology.event_codes()} == {
        f"{r:02d}" for r in range(1, 21)
    }
    assert ontology.codes["036"].name == "Express intent to meet or negotiate"
    assert ontology.root_name("0356") == "EXPRESS INTENT TO COOPERATE"


def test_every_cameo_code_has_a_plover_v2_mapping(ontology: Ontology) -> None:
    for code in ontology.event_codes():
        mapping = ontology.plover[code]
        dropped = code[:2] in {"01", "02"}
        assert (mapping.event_type == "") == dropped, code
        assert dropped or mapping.event_type in PLOVER_V2_TYPES, code


@pytest.mark.parametrize(
    ("code", "event_type", "mode"),
    [
        ("036", "AGREE", ""),
        ("041", "CONSULT", "phone"),
        ("0841", "RETREAT", "release"),
        ("081", "CONCEDE", ""),
        ("163", "SANCTION", "discontinue"),
        ("2041", "ASSAULT", "unconventional"),
        ("173", "COERCE", "arrest"),
    ],
)
def test_plover_type_and_mode(ontology: Ontology, code: str, event_type: str, mode: str) -> None:
    assert (ontology.plover[code].event_type, ontology.plover[code].mode) == (event_type, mode)


def test_goldstein_and_quad_class(ontology: Ontology) -> None:
    assert (ontology.codes["057"].goldstein, ontology.codes["057"].quad_class) == (8.0, 1)
    assert ontology.codes["190"].quad_class == 4


@pytest.mark.parametrize(
    ("action", "intended"),
    [
        # a planned visit stays the visit (docs/annotation.md: visits are one event)
        ("042", "042"),
        ("043", "043"),
        ("040", "036"),
        ("046", "036"),
        ("045", "039"),
        ("057", "030"),
        ("0871", "0356"),
        ("072", "0332"),
        # announced sanctions keep their code, intended (a threat is what the text threatens)
        ("163", "163"),
        ("161", "161"),
        ("190", "1384"),
        ("111", "111"),
        ("036", "036"),
    ],
)
def test_intended_codes(ontology: Ontology, action: str, intended: str) -> None:
    assert ontology.intended_code(action) == intended


@pytest.mark.parametrize(
    ("action", "threat"), [("163", "1312"), ("161", "1313"), ("16", "131"), ("040", "036")]
)
def test_a_threatened_act_takes_its_threat_code(
    ontology: Ontology, action: str, threat: str
) -> None:
    # announced sanctions keep their code; threatened ones are the threat
    assert ontology.intended_code(action, threatened=True) == threat


def test_an_unknown_when_of_an_intent_row_is_reported(tmp_path: Path) -> None:
    packaged = Path(__file__).parents[1] / "src" / "chronik" / "data" / "ontology"
    for name in ("cameo.v1.tsv", "plover.v1.tsv"):
        (tmp_path / name).write_text((packaged / name).read_text(encoding="utf-8"), "utf-8")
    (tmp_path / "intent.v1.tsv").write_text(
        "code\tintended\twhen\tnote\n163\t1312\tsometimes\t\n", encoding="utf-8"
    )
    with pytest.raises(DictionaryError, match=r"intent\.v1\.tsv:2: unknown when 'sometimes'"):
        Ontology.load(tmp_path)


def test_broken_table_is_reported_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "cameo.v1.tsv").write_text(
        "code\tname\troot\tlevel\tgoldstein\tquad_class\n040\tConsult\t04\t1\tone\t1\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match=r"cameo\.v1\.tsv:2"):
        Ontology.load(tmp_path)


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared/data/ontology")
def test_build_script_reproduces_the_packaged_tables(tmp_path: Path) -> None:
    script = Path(__file__).parents[1] / "training" / "build_ontology.py"
    spec = importlib.util.spec_from_file_location("build_ontology", script)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    cameo_rows, plover_rows = build.build(SHARED)
    packaged = Ontology.load()
    assert {r[0] for r in cameo_rows} == set(packaged.codes)
    assert {r[0]: (r[1], r[2]) for r in plover_rows} == {
        code: (m.event_type or "-", m.mode) for code, m in packaged.plover.items()
    }

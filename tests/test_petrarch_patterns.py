"""The English patterns converted from PETRARCH-2 (verbs/en.petrarch.v1.tsv,
training/build_en_patterns.py): one sentence of our own per kind of converted row, coded by
the real pipeline, and the converter on a tiny dictionary."""

from __future__ import annotations

import importlib.util
import sys
from functools import partial
from pathlib import Path

import pytest

from chronik.patterns import Patterns

from .coding import DYAD
from .coding import coded as shared_coded

ROOT = Path(__file__).resolve().parent.parent

# (source, target, code, file of the rule) of the events of one English sentence
coded = partial(shared_coded, fields=(*DYAD, "rule_file"))


PETRARCH = "verbs/en.petrarch.v1.tsv"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare verb, the block's code (ATTACK block)
        ("Germany bombarded France.", {("DEU", "FRA", "190", PETRARCH)}),
        # - * AID: an object head
        ("Germany rushed aid to Ukraine.", {("DEU", "UKR", "070", PETRARCH)}),
        # - * &FOOD: a synonym set as a head list
        ("France rushed food to Ukraine.", {("FRA", "UKR", "073", PETRARCH)}),
        # - * (TO): a bare preposition, which holds the target
        ("Germany rushed to Ukraine.", {("DEU", "UKR", "042", PETRARCH)}),
        # - &MILITARY *: a subject head
        ("Russian troops rushed to Ukraine.", {("RUSMIL", "UKR", "154", PETRARCH)}),
        # - * OFF TALK: a particle joins the lemma ("put off")
        ("Russia put off the talks with Ukraine.", {("RUS", "UKR", "164", PETRARCH)}),
        # - * {PASSENGER CARS} (TO +): a phrase head and the target marker
        ("Germany exported passenger cars to China.", {("DEU", "CHN", "061", PETRARCH)}),
        # +SIDE_WITH: a verb with its preposition, which holds the target
        ("Hungary sided with Russia.", {("HUN", "RUS", "050", PETRARCH)}),
        # - * PROTESTS (FROM $): the source marker; the subject is the target
        ("Germany triggered protests from France.", {("FRA", "DEU", "110", PETRARCH)}),
        # - * PEACE under MAKE, a lemma of the hand file: a fallback where no hand row applies
        ("Israel made peace with Egypt.", {("ISR", "EGY", "050", PETRARCH)}),
        # a verb spelled like a document noun of the hand file ("bill") keeps its block
        ("Russia billed Ukraine for the gas.", {("RUS", "UKR", "170", PETRARCH)}),
        # - * CONDOLENCE under PAY, whose bare row codes no event in news: a head keeps its code
        ("Germany paid condolences to France.", {("DEU", "FRA", "017", PETRARCH)}),
        # - * SUPPORT (FROM) [:051]: only the target's reaction, source and target swapped
        ("Ukraine got support from Poland.", {("POL", "UKR", "051", PETRARCH)}),
        # - * TALKS [046:046]: the same code both ways, reciprocal
        (
            "Germany continued talks with France.",
            {("DEU", "FRA", "046", PETRARCH), ("FRA", "DEU", "046", PETRARCH)},
        ),
    ],
)
def test_converted_row_codes_its_sentence(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany averted an attack on France.",  # - * ATTACK [---]: no-event sense
        "Germany improved Indonesia's roads.",  # head-target: Indonesia only modifies roads
        # bare rows that code no event in news (training/curated/en_petrarch_alone_no_event.tsv)
        "Republicans control the Senate.",
        "Russia interfered in the American election.",
        "Pompeo notified the Iraqi government of the strikes.",
        "The French government recommended trade sanctions against Japan.",
    ],
)
def test_converted_row_codes_no_event(pipeline, text) -> None:
    assert coded(pipeline, text) == set()


def test_hand_rows_win_and_derived_rows_follow() -> None:
    patterns = Patterns.load("en")
    files = [p.where.split(":")[0] for p in patterns.rows]
    assert PETRARCH in files
    assert files.index(PETRARCH) > max(i for i, f in enumerate(files) if f == "verbs/en.v1.tsv")
    hand = {
        p.lemma for p in patterns.rows if p.kind == "verb" and p.where.startswith("verbs/en.v1")
    }
    derived = {p.lemma for p in patterns.rows if p.where.startswith(PETRARCH)}
    fallbacks = {p.lemma for p in patterns.rows if p.where.startswith(PETRARCH) and p.fallback}
    assert hand & derived == fallbacks
    assert all(
        any(c.heads for c in p.conditions)
        for p in patterns.rows
        if p.where.startswith(PETRARCH) and p.lemma in hand
    )
    assert all(p.head_target for p in patterns.rows if p.where.startswith(PETRARCH))


def _converter():
    path = ROOT / "training" / "build_en_patterns.py"
    spec = importlib.util.spec_from_file_location("build_en_patterns", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_en_patterns"] = module
    spec.loader.exec_module(module)
    return module


DICTIONARY = """\
&FRUIT
+APPLE
+PEAR_

####### VERB PATTERNS #######

---  SHIP   [---]  ---
SHIP
+SEND_OFF [042]
+HAND_OVER_TO
WIRE_+TAP
+TAKE_PART_IN [042]
+SHIP_AND
- * &FRUIT (TO +)                    [061]   # SHIP
- $ * (FROM {SMALL TOWN})            [:043]  # SHIP
- * {FRESH &FRUIT}                   [061:061]
- + * (BY $)                          [0841]
- * ENVOY                             [043:042]
- * (TO)                              [042:043]
- * PEARS                             [999]
"""


def test_converter_on_a_tiny_dictionary(tmp_path: Path) -> None:
    build = _converter()
    source = tmp_path / "CAMEO.2.0.txt"
    source.write_text(DICTIONARY, encoding="latin-1")
    synsets, blocks, transformations = build.read_dictionary(source)
    assert synsets == {"&FRUIT": ["APPLE", "PEAR_"]} and transformations == []
    converter = build.Converter(synsets, {"042", "043", "061", "0841"})
    report: list[tuple[int, str, str]] = []
    keys = {
        (r.lemma, r.when, r.source, r.target, r.code, r.flags)
        for r in build.convert_block(blocks[0], converter, report)
    }
    bare = ("ship", (), "subj", "obj|iobj|pp:to|pp:with|pp:against|pp:on", "-", "head-target")
    assert bare in keys
    assert ("ship", ("obj=apple|pear", "pp:to"), "subj", "pp:to", "061", "head-target") in keys
    assert any(k[:2] == ("send off", ()) and k[4] == "042" for k in keys)
    assert any(k[:2] == ("hand over", ("pp:to",)) and k[3].startswith("pp:to|") for k in keys)
    assert any(k[1] == ("obj=fresh_apple|fresh_pear",) and "reciprocal" in k[5] for k in keys)
    assert any(k[1] == ("pp:by",) and k[2:5] == ("pp:by", "subj", "0841") for k in keys)
    # [:043]: only the target's reaction, source and target swapped; who reacts is read
    # behind "by" first (the from-phrase holds the pattern's noun here), then the object
    reaction = [k for k in keys if k[1] == ("pp:from=small_town",)]
    assert [(k[2].split("|")[:2], k[3], k[4]) for k in reaction] == [
        (["pp:by", "obj"], "subj", "043")
    ]
    # [043:042]: the host's act and the guest's visit the same words state; [042:043]: the
    # visit alone, as PETRARCH-2 codes it
    assert any(k[1] == ("obj=envoy",) and k[4:] == ("043", "head-target paired=042") for k in keys)
    assert any(k[1] == ("pp:to",) and k[4:] == ("042", "head-target") for k in keys)
    # +TAKE_PART_IN: the verb with its own object and preposition; it takes no line of
    # the block that names no verb (a second object condition)
    assert ("take", ("obj=part", "pp:in"), "042") in {(k[0], k[1], k[4]) for k in keys}
    assert not any(k[0] == "take" and k[1] != ("obj=part", "pp:in") for k in keys)
    problems = [problem for _, _, problem in report]
    assert len(problems) == 3
    assert any("not in the ontology" in p for p in problems)  # [999]
    assert any("words before the verb" in p for p in problems)  # WIRE_+TAP
    assert any("coordinated verbs" in p for p in problems)  # +SHIP_AND

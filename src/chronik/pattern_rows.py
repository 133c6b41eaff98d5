"""The pattern files' row format (docs/patterns.md): their columns, row kinds and flags,
and the named word sets ("&LOCKDOWN") a row's conditions may use; reading and checking the
rows. :mod:`chronik.patterns` makes them a language's pattern dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from .dictionaries import Row, read_tsv
from .errors import DictionaryError

PATTERN_COLUMNS = ("lemma", "kind", "when", "source", "target", "code", "flags", "note")
# Lemma-only kinds: words that set modality, not events (or, `document`, mark a content).
MARKER_KINDS = frozenset(
    {"intent", "hypothetical", "negating", "requesting", "alleging", "intent-marker", "document"}
)
# A named word set ("&LOCKDOWN", as PETRARCH's synonym sets): its words stand wherever
# a later row's condition names it ("obj=&LOCKDOWN|Schließung").
SET_KIND = "set"
KINDS = frozenset({"verb", "noun", SET_KIND}) | MARKER_KINDS
# The flags that name the authority a passive without agent implies, by its sector.
IMPLIED_SOURCES = {"police-source": "COP", "government-source": "GOV", "court-source": "JUD"}
FLAGS = frozenset(
    {"reciprocal", "optional-target", "head-target", "fallback", "own-population", "place-host"}
) | frozenset(IMPLIED_SOURCES)
_SLOT = re.compile(r"^(subj|obj|iobj|agent|comp|inf|mod|pred|pp:[^\s|=]+)$")
# A row with this code marks a sense of the predicate that is no event ("Entscheidung treffen").
NO_EVENT = "-"
# Conditions on the frame itself rather than a slot: reflexive or not, negated, one object,
# no object.
NEGATED = "neg"
ONE_OBJECT = "oneobj"
NO_OBJECT = "noobj"
FRAME_CONDITIONS = frozenset({"refl", "norefl", NEGATED, ONE_OBJECT, NO_OBJECT})


def read_rows(names: Sequence[str | Path]) -> tuple[list[Row], dict[str, tuple[str, ...]]]:
    """The rows of the pattern files ``names``, in order, and the word sets they define.
    Raises DictionaryError naming every bad line."""
    rows = [
        row
        for name in names
        for row in read_tsv(name, PATTERN_COLUMNS, required=("lemma", "kind"), check=_check_row)
    ]
    return rows, _word_sets(rows)


def implied_source(flags: str) -> str:
    """The sector of the implied source a row's flags name ("COP"), or ""."""
    return next((IMPLIED_SOURCES[f] for f in flags.split() if f in IMPLIED_SOURCES), "")


def flag_value(flags: str, name: str) -> str:
    """The code of a ``name=CODE`` flag ("paired=042", "verbal=111"), or ""."""
    return next((f.partition("=")[2] for f in flags.split() if f.startswith(f"{name}=")), "")


def heads(text: str, sets: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The words of a condition or set: "|"-separated, a "&NAME" standing for its set's
    words. Multi-word heads are written with "_" ("human_rights"): conditions are
    space-separated."""
    words: list[str] = []
    for head in text.split("|"):
        if head.startswith("&"):
            words.extend(sets[head])
        elif head:
            words.append(head.replace("_", " "))
    return tuple(words)


def _unknown_set(text: str, sets: Mapping[str, tuple[str, ...]]) -> str | None:
    """The first "&NAME" in ``text`` that no earlier set row defines, or None."""
    return next((w for w in re.findall(r"&[^\s|=]*", text) if w not in sets), None)


def _word_sets(rows: list[Row]) -> dict[str, tuple[str, ...]]:
    """The word sets the rows define, each usable from its row on; a set or condition
    naming an undefined one raises DictionaryError naming the line."""
    sets: dict[str, tuple[str, ...]] = {}
    problems = []
    for row in rows:
        unknown = _unknown_set(row.get("when"), sets)
        if unknown:
            problems.append(f"{row.where}: no word set {unknown} defined before this row")
        elif row["kind"] == SET_KIND:
            sets[row["lemma"]] = heads(row.get("when"), sets)
    if problems:
        raise DictionaryError(problems)
    return sets


def _check_row(row: Row) -> str | None:
    """What is wrong with a row on its own, or None."""
    kind = row["kind"]
    if kind not in KINDS:
        return f"kind {kind!r} must be one of {', '.join(sorted(KINDS))}"
    if kind in MARKER_KINDS:
        return None
    if kind == SET_KIND:
        name_ok = re.fullmatch(r"&[A-Z][A-Z_]*", row["lemma"])
        return None if name_ok and row.get("when") else "a set row needs a &NAME and its words"
    if not row.get("source") or not row.get("code"):
        return "a verb or noun row needs source and code"
    code = row["code"]
    if code != NO_EVENT and (not code.isdigit() or len(code) not in (3, 4)):
        return f"code {code!r} is not a 3- or 4-digit CAMEO code (or '-' for no event)"
    slots = row["source"].split("|") + (
        [] if row.get("target", "-") == "-" else row["target"].split("|")
    )
    bad = [s for s in slots if not _SLOT.match(s)]
    if bad:
        return f"unknown role {bad[0]!r} (use subj, obj, iobj, agent, comp or pp:<prep>)"
    for slot in (item.partition("=")[0] for item in row.get("when").split()):
        if slot not in FRAME_CONDITIONS and not _SLOT.match(slot):
            return f"unknown condition {slot!r} in 'when'"
    flags = row.get("flags").split()
    valued = [f for f in flags if f.startswith(("paired=", "verbal=", "official="))]
    for flag in valued:
        name, _, code = flag.partition("=")
        if not (code.isdigit() and len(code) in (3, 4)):
            return f"flag {name}={code!r} needs a 3- or 4-digit CAMEO code"
    unknown = set(flags) - set(valued) - FLAGS
    if unknown:
        return f"unknown flag {sorted(unknown)[0]!r} (use {', '.join(sorted(FLAGS))})"
    return None

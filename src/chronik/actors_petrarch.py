"""Reading PETRARCH/TABARI actor and agent dictionaries and converting them to chronik's format.

PETRARCH dictionaries (``Phoenix.Countries.actors.txt``, ``Phoenix.agents.txt``) are
line-based: a phrase line (words joined by ``_``), ``+`` synonym lines, and code lines such
as ``[USAGOV >090120]`` or ``[USAELI 780101-000101]``, either on the phrase line or on the
indented lines after it. Phrases without codes take the codes of the next code lines. Dates
are ``YYMMDD`` or ``YYYYMMDD``; ``>d`` means "from d on", ``<d`` "until d", ``d1-d2`` a range
whose end day is included. chronik stores end dates exclusive, so one day is added.

:func:`petrarch_to_tsv` writes a user's PETRARCH dictionary as chronik entity and name files,
which :meth:`chronik.actors.ActorDictionary.load` then reads like the packaged ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .errors import DictionaryError

_CODE_GROUP = re.compile(r"\[([^\]]*)\]")
_AGENT_LINE = re.compile(r"^([^\[#]+?)\s*(?:\{[^}]*\}\s*)?\[~?([A-Z]*)\]")
_MACRO_LINE = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_CAMEO = re.compile(r"^(?:[A-Z]{3}){1,5}$")
# Two-digit years: the Phoenix files were frozen in 2015, so 00-29 are 20xx.
_CENTURY_PIVOT = 30


@dataclass(frozen=True)
class PetrarchRole:
    """One code of an entry, valid from ``start`` (inclusive) to ``end`` (exclusive)."""

    code: str
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class PetrarchEntry:
    """A primary phrase with its synonyms and coded roles; ``line`` is the primary's line."""

    phrases: tuple[str, ...]
    roles: tuple[PetrarchRole, ...]
    line: int
    comment: str = ""


def phrase_text(raw: str) -> str:
    """``"BARACK_H._OBAMA_"`` → ``"Barack H. Obama"``; a lone acronym (``"UN_"``) and the
    common ones inside phrases (``"US"``, ``"U.N."``) stay upper case."""
    words = [w for w in re.split(r"[_\s]+", raw.strip().strip("{}")) if w]
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0]
    return " ".join(_title_word(w) for w in words)


def _title_word(word: str) -> str:
    if word.upper() in _ACRONYMS:
        return word.upper()
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


_ACRONYMS = frozenset(
    [
        "US",
        "U.S.",
        "UN",
        "U.N.",
        "EU",
        "UK",
        "U.K.",
        "USA",
        "UAE",
        "NATO",
        "CIA",
        "FBI",
        "NSA",
        "IMF",
        "WHO",
        "WTO",
        "AU",
        "OSCE",
        "ASEAN",
    ]
)


def parse_petrarch_date(text: str) -> date:
    """``"090120"`` → 2009-01-20, ``"19060101"`` → 1906-01-01. Raises ValueError."""
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < _CENTURY_PIVOT else 1900 + yy
        return date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")


def parse_petrarch_code(group: str) -> PetrarchRole | None:
    """One bracket's content (``"USAGOV >090120"``) as a role; None for ``---``/empty."""
    parts = group.split()
    if not parts or parts[0].startswith("-"):
        return None
    code = parts[0].lstrip("~")
    if len(parts) == 1:
        return PetrarchRole(code)
    span = "".join(parts[1:])
    if span.startswith(">"):
        return PetrarchRole(code, start=parse_petrarch_date(span[1:]))
    if span.startswith("<"):
        return PetrarchRole(code, end=parse_petrarch_date(span[1:]) + timedelta(days=1))
    first, _, last = span.partition("-")
    return PetrarchRole(
        code, start=parse_petrarch_date(first), end=parse_petrarch_date(last) + timedelta(days=1)
    )


def read_petrarch_actors(
    text: str, *, label: str = "<petrarch>", strict: bool = True
) -> list[PetrarchEntry]:
    """All coded entries of a PETRARCH actor dictionary, in file order.

    A phrase line starts an entry, ``+`` lines add synonyms, code lines (inline or indented)
    give the codes; consecutive entries without codes share the next code lines. With
    ``strict`` an unreadable code raises :class:`DictionaryError` listing every one as
    ``label:line``; otherwise it is skipped."""
    entries: list[PetrarchEntry] = []
    problems: list[str] = []
    block: list[_Pending] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        body, _, note = raw.partition("#")
        stripped = body.strip()
        if not stripped:
            continue
        phrase = stripped.split("[", 1)[0].strip()
        if phrase.startswith("+") and block:
            block[-1].phrases += [p for p in re.split(r"\s*\+", phrase) if p]
        elif phrase:
            if block and all(item.roles for item in block):
                entries += [item.entry() for item in block]
                block = []
            block.append(_Pending([phrase.lstrip("+")], [], number, note.strip()))
        for group in _CODE_GROUP.findall(body):
            try:
                role = parse_petrarch_code(group)
            except ValueError as error:
                problems.append(f"{label}:{number}: {error}")
                continue
            for item in block:
                if role is not None:
                    item.roles.append(role)
    entries += [item.entry() for item in block if item.roles]
    if problems and strict:
        raise DictionaryError(problems)
    return [entry for entry in entries if entry.roles]


@dataclass
class _Pending:
    """An entry while its lines are read."""

    phrases: list[str]
    roles: list[PetrarchRole]
    line: int
    comment: str

    def entry(self) -> PetrarchEntry:
        phrases = tuple(dict.fromkeys(phrase_text(p) for p in self.phrases if p.strip("_ ")))
        return PetrarchEntry(phrases, tuple(self.roles), self.line, self.comment)


def read_petrarch_agents(text: str) -> list[tuple[str, str, int]]:
    """(phrase, role code without ``~``, line) for each agent line; ``!MACRO!`` words are
    expanded (``DEFENSE_MINIST`` → minister, ministers, ministry, ministries)."""
    macros: dict[str, list[str]] = {}
    agents: list[tuple[str, str, int]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        macro = _MACRO_LINE.match(line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        found = _AGENT_LINE.match(line)
        if not found or not found.group(2):
            continue
        phrase, code = found.group(1).strip(), found.group(2)
        for expanded in _expand_macros(phrase, macros):
            agents.append((phrase_text(expanded), code, number))
    return agents


def _expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    found = re.search(r"!(\w+)!", phrase)
    if found and found.group(1) in macros:
        head, tail = phrase[: found.start()], phrase[found.end() :]
        return [
            variant
            for word in macros[found.group(1)]
            for variant in _expand_macros(head + word + tail, macros)
        ]
    if phrase.endswith("MINIST"):
        return [phrase + ending for ending in ("ER", "ERS", "RY", "RIES")]
    return [phrase]


def petrarch_to_tsv(source: Path, directory: Path, *, lang: str = "en") -> tuple[Path, Path]:
    """Convert a PETRARCH actor dictionary into chronik ``entities`` and ``names`` TSV files
    in ``directory`` (named after ``source``); returns their paths. Every entry becomes one
    entity, identified by its primary phrase; entries with dated roles become people."""
    entries = read_petrarch_actors(
        source.read_text(encoding="utf-8", errors="replace"), label=str(source)
    )
    stem = source.name.split(".txt")[0]
    entity_path = directory / f"{stem}.entities.tsv"
    name_path = directory / f"{stem}.names.tsv"
    entity_lines = ["id\tkind\tcode\tstart\tend\tsource"]
    name_lines = ["name\tlang\tid\tform\tsource"]
    seen: set[str] = set()
    problems: list[str] = []
    for entry in entries:
        entity_id = entry.phrases[0]
        if entity_id in seen:
            continue
        seen.add(entity_id)
        where = f"{source.name}:{entry.line}"
        kind = petrarch_kind(entry)
        for role in entry.roles:
            if kind == "person" and role.start is None and role.end is None:
                continue  # a bare "[ELI]" after the offices: chronik derives <ISO3>ELI itself
            if not _CAMEO.match(role.code):
                problems.append(f"{source}:{entry.line}: {role.code!r} is no CAMEO code")
                continue
            entity_lines.append(
                "\t".join((entity_id, kind, role.code, _iso(role.start), _iso(role.end), where))
            )
        for phrase in dict.fromkeys(entry.phrases):
            name_lines.append("\t".join((phrase, lang, entity_id, "name", where)))
    if problems:
        raise DictionaryError(problems)
    directory.mkdir(parents=True, exist_ok=True)
    entity_path.write_text("\n".join(entity_lines) + "\n", encoding="utf-8")
    name_path.write_text("\n".join(name_lines) + "\n", encoding="utf-8")
    return entity_path, name_path


def petrarch_kind(entry: PetrarchEntry) -> str:
    """chronik's entity kind for an entry: dated roles mean a person, a bare three-letter
    code a country, an ``IGO``/``NGO`` code an organisation, anything else a body."""
    if any(role.start or role.end for role in entry.roles):
        return "person"
    code = entry.roles[0].code
    if len(code) == 3 and code not in ("IGO", "NGO", "MNC", "ELI"):
        return "country"
    if code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        return code[:3].lower()
    return "body"


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""

"""Readers that turn files into :class:`Article` records.

Supported: ``.txt`` (one article), ``.jsonl`` (one article per line), ``.html``/``.htm``
(main text via trafilatura), any of these gzip-compressed (``.gz``), directories (read in
name order), and ``-`` for standard input (JSONL when it starts with ``{``, else one text).

A reader never stops a batch for one bad record: it yields an :class:`InputError` in the
record's place, naming file and line, and goes on.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from .errors import InputError
from .records import Article

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d")


def parse_date(value: str) -> date:
    """A date given as YYYY-MM-DD or YYYYMMDD; ValueError otherwise."""
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD or YYYYMMDD)")


def read_articles(
    paths: Iterable[str], *, lang: str | None = None, on: date | None = None
) -> Iterator[Article | InputError]:
    """Articles from files, directories or ``-``; ``lang`` and ``on`` fill in what a
    record does not say itself."""
    for name in paths:
        if name == "-":
            yield from _read_stdin(lang=lang, on=on)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in SUFFIXES)
            if not files:
                yield InputError(f"{path}: no .txt, .jsonl or .html files in this directory")
            for file in files:
                yield from _read_file(file, lang=lang, on=on)
        elif path.is_file():
            yield from _read_file(path, lang=lang, on=on)
        else:
            yield InputError(f"{path}: no such file or directory")


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _read_text(path: Path) -> str:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return handle.read()


def _read_file(path: Path, *, lang: str | None, on: date | None) -> Iterator[Article | InputError]:
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        yield InputError(
            f"{path}: unsupported file type {suffix or '(none)'!r}; use {', '.join(SUFFIXES)}"
        )
        return
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError, EOFError) as error:
        yield InputError(f"{path}: cannot read ({error}); is it UTF-8 text?")
        return
    doc_id = _stem(path)
    if suffix == ".jsonl":
        yield from _read_jsonl(text.splitlines(), str(path), lang=lang, on=on)
    elif suffix == ".txt":
        yield _text_article(doc_id, text, origin=str(path), lang=lang, on=on)
    else:
        yield _html_article(doc_id, text, origin=str(path), lang=lang, on=on)


def _stem(path: Path) -> str:
    name = path.name
    while "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def _read_stdin(*, lang: str | None, on: date | None) -> Iterator[Article | InputError]:
    text = sys.stdin.read()
    if text.lstrip().startswith("{"):
        yield from _read_jsonl(text.splitlines(), "<stdin>", lang=lang, on=on)
    else:
        yield _text_article("stdin", text, origin="<stdin>", lang=lang, on=on)


def _text_article(
    doc_id: str, text: str, *, origin: str, lang: str | None, on: date | None
) -> Article | InputError:
    if not text.strip():
        return InputError(f"{origin}: the file is empty")
    return Article(id=doc_id, text=text, lang=lang, date=on, origin=origin)


def _html_article(
    doc_id: str, html: str, *, origin: str, lang: str | None, on: date | None
) -> Article | InputError:
    # imported here: trafilatura is slow to import and only HTML needs it
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    extracted = bare_extraction(html, with_metadata=True)
    if not isinstance(extracted, Document) or not extracted.text:
        return InputError(f"{origin}: no article text found in this HTML page")
    found_date = _html_date(extracted.date)
    return Article(
        id=doc_id,
        text=extracted.text,
        lang=lang or extracted.language,
        date=on or found_date,
        title=extracted.title,
        url=extracted.url,
        source=extracted.sitename,
        origin=origin,
    )


def _html_date(value: str | None) -> date | None:
    try:
        return parse_date(value) if value else None
    except ValueError:
        return None


_JSONL_FIELDS = {"id", "text", "lang", "date", "title", "url", "source"}


def _read_jsonl(
    lines: Iterable[str], label: str, *, lang: str | None, on: date | None
) -> Iterator[Article | InputError]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _jsonl_article(line, f"{label}:{number}", lang=lang, on=on)


def _jsonl_article(
    line: str, where: str, *, lang: str | None, on: date | None
) -> Article | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(f"{where}: not valid JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return InputError(f"{where}: expected a JSON object with 'id' and 'text'")
    text, doc_id = record.get("text"), record.get("id")
    if not isinstance(text, str) or not text.strip():
        return InputError(f"{where}: missing or empty 'text'")
    if doc_id is None or not str(doc_id).strip():
        return InputError(f"{where}: missing 'id'")
    strings = {k: record[k] for k in _JSONL_FIELDS - {"text", "id"} if record.get(k) is not None}
    for key, value in strings.items():
        if not isinstance(value, str):
            return InputError(f"{where}: field '{key}' must be a string")
    try:
        found_date = parse_date(strings["date"]) if "date" in strings else on
    except ValueError as error:
        return InputError(f"{where}: field 'date': {error}")
    record_lang = strings.get("lang", lang)
    if record_lang is not None and not re.fullmatch(r"[a-z]{2}", record_lang):
        return InputError(f"{where}: field 'lang' must be a two-letter code like 'de'")
    return Article(
        id=str(doc_id),
        text=text,
        lang=record_lang,
        date=found_date,
        title=strings.get("title"),
        url=strings.get("url"),
        source=strings.get("source"),
        origin=where,
    )

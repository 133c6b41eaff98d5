"""Readers that turn files into :class:`Article` records.

Supported: ``.txt`` (one article), ``.jsonl`` (one article per line), ``.html``/``.htm``
(main text via trafilatura), any of these gzip-compressed (``.gz``), directories (read in
name order), and ``-`` for standard input (JSONL when it starts with ``{``, else one text).

A reader never stops a batch for one bad record: it yields an :class:`InputError` in the
record's place, naming file and line, and goes on. Files are read as streams: ``.jsonl``
line by line, ``.gz`` incrementally, so a damaged file keeps the records before the damage.
:class:`Limits` bound what one file may decompress to and how long one article may be;
longer articles are split into parts at paragraph or sentence ends.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .article_dates import ArticleDate, parse_article_date, parse_date, with_date
from .errors import InputError
from .records import Article

__all__ = ["SUFFIXES", "Limits", "parse_date", "read_articles", "split_article"]

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
MB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """``max_bytes``: what one input file (or stdin) may decompress to; reading stops there
    with an error, keeping what was read. ``max_record``: the most bytes one record (a
    JSONL line, a .txt or .html file) may hold; a longer one is skipped with an error, so
    memory stays bounded. ``max_chars``: the longest article coded as one; a longer one
    is coded in parts of at most this many characters."""

    max_bytes: int = 1024 * MB
    max_record: int = 64 * MB
    max_chars: int = 100_000
    # a directory walk reads no symbolic link that leads out of the directory given
    follow_links: bool = False


# what a damaged or truncated (gzip) stream raises while it is read
_READ_ERRORS = (OSError, EOFError, zlib.error)


def read_articles(
    paths: Iterable[str],
    *,
    lang: str | None = None,
    on: date | None = None,
    limits: Limits = Limits(),
) -> Iterator[Article | InputError]:
    """Articles from files, directories or ``-``; ``lang`` and ``on`` fill in what a
    record does not say itself."""
    for name in paths:
        if name == "-":
            found = _read_stdin(lang=lang, on=on, limits=limits)
        else:
            found = _read_path(Path(name), lang=lang, on=on, limits=limits)
        for item in found:
            yield from split_article(item, limits) if isinstance(item, Article) else [item]


def _read_path(
    path: Path, *, lang: str | None, on: date | None, limits: Limits
) -> Iterator[Article | InputError]:
    if path.is_dir():
        found = sorted(_walk(path, limits.follow_links), key=lambda x: str(x[0]))
        if not any(error is None for _, error in found):
            yield InputError(f"{path}: no .txt, .jsonl or .html files in this directory")
        for file, error in found:
            if error is not None:
                yield error
            else:
                yield from _read_file(file, lang=lang, on=on, limits=limits)
    elif path.is_file():
        yield from _read_file(path, lang=lang, on=on, limits=limits)
    else:
        yield InputError(f"{path}: no such file or directory")


def _walk(top: Path, follow_links: bool) -> Iterator[tuple[Path, InputError | None]]:
    """Input files under ``top`` (by suffix), and an error for each thing skipped: a link
    leading out of ``top`` (unless ``follow_links``), a directory that cannot be read."""
    root = top.resolve()
    seen = {root}
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            yield folder, InputError(f"{folder}: skipped: cannot read this directory "
                                     f"({error.strerror or error})")  # fmt: skip
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink():
                target = path.resolve()
                if not follow_links and not target.is_relative_to(root):
                    yield path, InputError(f"{path}: skipped: a link to {target}, outside "
                                           f"{top} (--follow-links reads it)")  # fmt: skip
                    continue
            if entry.is_dir():
                if path.resolve() not in seen:  # a link back up must not loop
                    seen.add(path.resolve())
                    stack.append(path)
            elif entry.is_file() and _suffix(path) in SUFFIXES:
                yield path, None


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _open(path: Path) -> BinaryIO:
    if path.suffix.lower() == ".gz":
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]  # read as it decompresses
    return path.open("rb")


def _read_file(
    path: Path, *, lang: str | None, on: date | None, limits: Limits
) -> Iterator[Article | InputError]:
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        yield InputError(
            f"{path}: unsupported file type {suffix or '(none)'!r}; use {', '.join(SUFFIXES)}"
        )
        return
    try:
        with _open(path) as stream:
            if suffix == ".jsonl":
                yield from _read_jsonl(stream, str(path), lang=lang, on=on, limits=limits)
            else:
                yield _whole_file(stream, path, suffix, lang=lang, on=on, limits=limits)
    except _READ_ERRORS as error:
        yield InputError(f"{path}: cannot read ({_reason(error)})")


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _whole_file(
    stream: BinaryIO, path: Path, suffix: str, *, lang: str | None, on: date | None,
    limits: Limits,
) -> Article | InputError:  # fmt: skip
    data = stream.read(limits.max_record + 1)
    if len(data) > limits.max_record:
        return InputError(f"{path}: {_too_long(limits)}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputError(f"{path}: not UTF-8 text ({_decode_reason(data, error)})")
    if suffix == ".txt":
        return _text_article(_stem(path), text, origin=str(path), lang=lang, on=on)
    return _html_article(_stem(path), text, origin=str(path), lang=lang, on=on)


def _decode_reason(data: bytes, error: UnicodeDecodeError) -> str:
    line = data.count(b"\n", 0, error.start) + 1
    column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
    return f"invalid byte 0x{data[error.start]:02x} at line {line}, column {column}"


def _stem(path: Path) -> str:
    name = path.name
    while "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def _stdin_stream() -> BinaryIO:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    # a text stream without bytes beneath it (tests, embedding): read it as UTF-8
    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogatepass"))


def _read_stdin(
    *, lang: str | None, on: date | None, limits: Limits
) -> Iterator[Article | InputError]:
    stream = _stdin_stream()
    head, skipped_lines = stream.read(1), 0
    while head.isspace():
        skipped_lines += head == b"\n"
        head = stream.read(1)
    rest = io.BufferedReader(_Prefixed(head, stream))
    try:
        if head == b"{":
            yield from _read_jsonl(rest, "<stdin>", lang=lang, on=on, limits=limits,
                                   first=skipped_lines + 1)  # fmt: skip
            return
        data = rest.read(limits.max_record + 1)
    except _READ_ERRORS as error:
        yield InputError(f"<stdin>: cannot read ({_reason(error)})")
        return
    if len(data) > limits.max_record:
        yield InputError(f"<stdin>: {_too_long(limits)}")
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        yield InputError(f"<stdin>: not UTF-8 text ({_decode_reason(data, error)})")
        return
    yield _text_article("stdin", text, origin="<stdin>", lang=lang, on=on)


class _Prefixed(io.RawIOBase):
    """A byte stream with a few bytes already taken from it put back in front."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size], self.head = self.head[:size], self.head[size:]
            return size
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


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

    try:
        extracted = bare_extraction(html, with_metadata=True)
    except Exception as error:  # a third-party parser on hostile HTML: one error, not a crash
        return InputError(f"{origin}: cannot extract text from this HTML ({_reason(error)})")
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
    stream: BinaryIO, label: str, *, lang: str | None, on: date | None, limits: Limits,
    first: int = 1,
) -> Iterator[Article | InputError]:  # fmt: skip
    """One record a line (the first is line ``first``); a line that cannot be decoded or
    parsed is one error naming it. A stream that breaks off (truncated gzip) ends with one
    error after what was read."""
    number, read, seen = first - 1, 0, False
    while True:
        try:
            line = stream.readline(min(limits.max_record, limits.max_bytes - read) + 1)
            long = len(line) > limits.max_record and not line.endswith(b"\n")
            rest = _skip_line(stream, limits.max_bytes - read) if long else 0
        except _READ_ERRORS as error:
            yield InputError(f"{label}:{number + 1}: cannot read on from here ({_reason(error)})")
            return
        if not line:
            break
        number, read = number + 1, read + len(line) + rest
        if long and read <= limits.max_bytes:
            yield InputError(f"{label}:{number}: {_too_long(limits)}")
            continue
        if read > limits.max_bytes:
            yield InputError(f"{label}:{number}: stopped reading: the input is larger than "
                             f"{limits.max_bytes} bytes (raise --max-bytes)")  # fmt: skip
            return
        if line.strip():
            seen = True
            yield _jsonl_line(line, f"{label}:{number}", lang=lang, on=on)
    if not seen:
        yield InputError(f"{label}: no records (the file is empty)")


def _skip_line(stream: BinaryIO, budget: int) -> int:
    """Read past the end of the current line, in small pieces; the bytes read."""
    skipped = 0
    while skipped <= budget:
        piece = stream.readline(MB)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            break
    return skipped


def _too_long(limits: Limits) -> str:
    return f"record longer than {limits.max_record} bytes, skipped (raise --max-record)"


def _jsonl_line(
    line: bytes, where: str, *, lang: str | None, on: date | None
) -> Article | InputError:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputError(f"{where}: not UTF-8 (invalid byte 0x{line[error.start]:02x} at "
                          f"column {error.start + 1})")  # fmt: skip
    return _jsonl_article(text, where, lang=lang, on=on)


def _jsonl_article(
    line: str, where: str, *, lang: str | None, on: date | None
) -> Article | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(f"{where}: not valid JSON ({error.msg} at column {error.colno})")
    except RecursionError:
        return InputError(f"{where}: not valid JSON (nested too deeply)")
    if not isinstance(record, dict):
        return InputError(f"{where}: expected a JSON object with 'id' and 'text'")
    text, doc_id = record.get("text"), record.get("id")
    if not isinstance(text, str) or not text.strip():
        return InputError(f"{where}: missing or empty 'text'")
    if doc_id is None or isinstance(doc_id, (dict, list)) or not str(doc_id).strip():
        return InputError(f"{where}: missing 'id'")
    strings = {k: record[k] for k in _JSONL_FIELDS - {"text", "id"} if record.get(k) is not None}
    for key, value in strings.items():
        if not isinstance(value, str):
            return InputError(f"{where}: field '{key}' must be a string")
    for key, value in {"text": text, "id": str(doc_id), **strings}.items():
        lone = _SURROGATE.search(value)
        if lone:
            return InputError(f"{where}: field '{key}' holds a lone surrogate "
                              f"(\\u{ord(lone.group()):04x} at character {lone.start()}), which "
                              "is not text; fix the encoder that wrote it")  # fmt: skip
    record_lang = strings.get("lang", lang)
    if record_lang is not None and not re.fullmatch(r"[a-z]{2}", record_lang):
        return InputError(f"{where}: field 'lang' must be a two-letter code like 'de'")
    article = Article(
        id=str(doc_id), text=text, lang=record_lang, date=on, title=strings.get("title"),
        url=strings.get("url"), source=strings.get("source"), origin=where,
    )  # fmt: skip
    return _dated(article, strings.get("date"), where)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _dated(article: Article, value: str | None, where: str) -> Article:
    """``article`` with the date ``value`` names; a bad date is a warning, not a loss."""
    if value is None:
        return article
    try:
        found: ArticleDate = parse_article_date(value)
    except ValueError as error:
        warning = f"{where}: field 'date': {error}; coded without a date"
        return replace(article, date=None, warnings=(warning,))
    return with_date(article, found)


def split_article(article: Article, limits: Limits) -> Iterator[Article]:
    """``article`` itself, or parts of at most ``max_chars`` characters, cut at the last
    paragraph, else sentence, else word end before the limit; ids ``<id>#2``, ``#3``…"""
    text, max_chars = article.text, limits.max_chars
    if len(text) <= max_chars:
        yield article
        return
    start = part = 0
    while start < len(text):
        end = _cut(text, start, max_chars)
        part += 1
        name = article.id if part == 1 else f"{article.id}#{part}"
        yield replace(article, id=name, text=text[start:end],
                      origin=f"{article.origin} (part {part}, from character {start})")  # fmt: skip
        start = end


def _cut(text: str, start: int, max_chars: int) -> int:
    limit = start + max_chars
    if limit >= len(text):
        return len(text)
    floor = start + max_chars // 2  # never cut a part to less than half the limit
    for mark in ("\n\n", "\n", ". ", " "):
        found = text.rfind(mark, floor, limit)
        if found != -1:
            return found + len(mark)
    return limit

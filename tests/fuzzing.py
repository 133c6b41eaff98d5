"""Generated inputs and the properties chronik must keep on them: no input, however
broken, raises anything but a reported error. Shared by tests/test_fuzz.py (a few hundred
examples in ``make test``) and benchmarks/fuzz.py (the large run).
"""

from __future__ import annotations

import gzip
import io
import json
import string
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from chronik.article_dates import parse_article_date
from chronik.batch import Tally, code_batch
from chronik.errors import ChronikError, InputError
from chronik.ingest import Limits, read_articles
from chronik.records import Article

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    json.loads(line) for line in (ROOT / "examples" / "samples.jsonl").read_text().splitlines()
]

# characters that have broken text pipelines: surrogates, combining marks, zero-width and
# bidi controls, full-width and other scripts, line and paragraph separators, NUL
ADVERSARIAL = (
    "\ud800\udfff\u0308\u0301\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u2028\u2029\x00\x85"
    "ＵＳＡＢｅｒｌｉｎ中国Ελλάδαمصر\U0001f600\ufffd\r\n\t "
)
unicode_text = st.text(alphabet=st.characters(codec=None) | st.sampled_from(ADVERSARIAL))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | unicode_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(unicode_text, children, max_size=4)
    ),
    max_leaves=12,
)
date_strings = st.one_of(
    unicode_text,
    st.from_regex(r"\A[0-9]{1,5}(-?[0-9W]{1,3}){0,2}([T ][0-9:.+Z-]{0,14})?(/[0-9-]{0,10})?\Z"),
    st.dates().map(date.isoformat),
)


@st.composite
def records(draw: st.DrawFn) -> Any:
    """A JSON record near the input format: real fields with odd values, or any JSON."""
    if draw(st.booleans()):
        return draw(json_values)
    record: dict[str, Any] = {"id": draw(st.one_of(unicode_text, json_values)),
                              "text": draw(st.one_of(unicode_text, json_values))}  # fmt: skip
    for key in ("lang", "date", "title", "url", "source"):
        if draw(st.booleans()):
            value = date_strings if key == "date" else st.sampled_from(["de", "en", "fr", ""])
            record[key] = draw(st.one_of(value, unicode_text, json_values))
    return record


@st.composite
def mutated_articles(draw: st.DrawFn) -> Article:
    """A real example article, cut, with adversarial text spliced in and a random date."""
    sample = draw(st.sampled_from(SAMPLES))
    text = sample["text"][: draw(st.integers(200, 3000))]
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(unicode_text.filter(lambda t: len(t) < 20)) + text[at:]
    on = draw(st.one_of(st.none(), st.dates()))
    return Article(id=sample["id"], text=text, lang=draw(st.sampled_from(["de", "en", None])),
                   date=on, origin="fuzz:1")  # fmt: skip


def file_bytes(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(records(), max_size=5))
    data = b"".join(json.dumps(r).encode("utf-8", "surrogatepass") + b"\n" for r in lines) + draw(
        st.binary(max_size=64)
    )
    if draw(st.booleans()):  # mutate bytes in place
        data = bytearray(data)
        for _ in range(draw(st.integers(0, 4))):
            if data:
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        data = bytes(data)
    return data


@st.composite
def input_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name and bytes: JSONL-ish, random, gzip (whole, truncated or damaged)."""
    suffix = draw(st.sampled_from([".jsonl", ".txt", ".html", ".jsonl.gz", ".txt.gz"]))
    data = file_bytes(draw) if draw(st.booleans()) else draw(st.binary(max_size=256))
    if suffix.endswith(".gz") and draw(st.booleans()):
        data = gzip.compress(data)
        if draw(st.booleans()):
            data = data[: draw(st.integers(0, len(data)))]
    return suffix, data


def check_reader(suffix: str, data: bytes, folder: Path) -> int:
    """Reading ``data`` as a file yields articles and one-line errors, never raises."""
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    found = list(read_articles([str(path)], limits=Limits(max_bytes=1 << 16, max_chars=1000)))
    for item in found:
        assert isinstance(item, Article | InputError)
        if isinstance(item, InputError):
            assert "\n" not in str(item) and str(item).startswith(str(path))
        else:
            assert item.text.strip() and len(item.text) <= 1000
            item.text.encode("utf-8")  # valid text: no lone surrogates got through
    return len(found)


def check_stdin(data: bytes, monkeypatch_stdin: Callable[[Any], None]) -> None:
    monkeypatch_stdin(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    for item in read_articles(["-"]):
        assert isinstance(item, Article | InputError)


def check_date(value: str) -> None:
    """A date string parses, or is a ValueError saying what is wrong."""
    try:
        found = parse_article_date(value)
    except ValueError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert found.end is None or found.end >= found.start


def check_pipeline(article: Article, pipeline: Any) -> None:
    """Coding an article reports bad input as errors, never as a crash, and every span of
    every event indexes the article's text."""
    tally, problems = Tally(), []
    coded = list(code_batch([article], pipeline, tally, report=problems.append, warn=print))
    assert "failed (bug)" not in tally.skipped, problems
    for _, doc in coded:
        for event in doc.events:
            for actor in (event.source, event.target):
                if actor is not None:
                    span = actor.span
                    assert article.text[span.start : span.end] == span.text
            assert article.text[event.trigger.start : event.trigger.end] == event.trigger.text


def check_api(value: Any) -> None:
    """``chronik.code``'s date argument: events, or a TypeError/ValueError."""
    import chronik

    try:
        chronik.code("Die USA und Nordkorea verhandeln.", lang="de", date=value)
    except (TypeError, ValueError) as error:
        assert str(error)
    except ChronikError:  # pragma: no cover - a date never makes a ChronikError
        raise


printable = st.text(alphabet=string.printable, max_size=30)
api_dates = st.one_of(st.none(), st.integers(), st.floats(), printable, date_strings,
                      st.dates(), st.datetimes(), st.lists(st.integers(), max_size=2))  # fmt: skip

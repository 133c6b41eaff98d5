"""Gold files for ``chronik eval``: sentences with the events annotators found in them.

One JSON object per line, in one of two forms. **Inline**, the whole text is the sentence::

    {"id": "de-001", "lang": "de", "date": "2019-02-06", "text": "...",
     "events": [{"source": "USAGOV", "target": "PRKGOV", "cameo": "036"}]}

**Stand-off**, for news whose licence forbids copying it (docs/annotation.md): the record
names the corpus folder, the article and the sentence's character offsets in the article's
``text``; the reader fills the text in from the corpus (``shared/data/corpus``) and checks
it against ``sha1``. The coder reads the sentence with up to three sentences before it
(from ``context_start``), so references and dates resolve as in the whole article::

    {"id": "ntrex-x-en#4", "lang": "en", "corpus": "parallel_ntrex_en_de",
     "article_id": "ntrex-x-en", "start": 410, "end": 520, "context_start": 150,
     "sha1": "…", "date": null, "stratum": "random", "events": [...]}

An event needs ``source`` (or null), ``target`` (or null) and ``cameo``; the annotation
fields ``plover_type``, ``modality`` (default ``asserted``) and ``negated`` (default false)
are scored too, the others (mention texts, trigger, date, place) are kept for reading.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from .errors import InputError
from .ingest import parse_date
from .records import Article, Modality, Span

# Where ``chronik eval`` looks for the corpora when not told: beside the project, as laid out
# for development (shared/ next to the repository).
DEFAULT_CORPUS = Path("..") / "shared" / "data" / "corpus"
MODALITIES = ("asserted", "intended", "hypothetical", "reported")


@dataclass(frozen=True)
class GoldEvent:
    source: str | None
    target: str | None
    cameo: str
    plover_type: str = ""
    modality: Modality = "asserted"
    negated: bool = False
    source_text: str | None = None  # the annotator's words for the actors, where given
    target_text: str | None = None


@dataclass(frozen=True)
class GoldRecord:
    """One gold sentence. ``article`` is what the coder reads (the sentence, after its
    context for stand-off records); ``sentence`` marks the gold sentence in it."""

    id: str
    article: Article
    sentence: Span
    events: tuple[GoldEvent, ...]
    stratum: str = ""

    @property
    def lang(self) -> str:
        return self.article.lang or "?"


def gold_article_ids(folder: Path) -> set[str]:
    """The ids of the articles the news gold files in ``folder`` annotate: samples of
    unlabelled news leave them out, so that no rule is read or derived on gold articles."""
    ids = set()
    for path in folder.glob("news.*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(str(json.loads(line)["article_id"]))
    return ids


def read_gold(path: Path, *, corpus: Path | None = None) -> list[GoldRecord]:
    """The records of a gold file; stand-off ones take their text from ``corpus`` (default
    ``../shared/data/corpus``). A bad line or a missing corpus raises InputError naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the gold file ({error})") from error
    raw = [
        (f"{path}:{n}", _json(line, f"{path}:{n}"))
        for n, line in enumerate(lines, 1)
        if line.strip()
    ]
    texts = _corpus_texts(raw, corpus or DEFAULT_CORPUS)
    return [_gold_record(record, where, texts) for where, record in raw]


def _json(line: str, where: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not JSON ({error})") from error
    if not isinstance(record, dict):
        raise InputError(f"{where}: not a gold record (a JSON object is expected)")
    return record


def _corpus_texts(
    raw: list[tuple[str, dict[str, Any]]], corpus: Path
) -> dict[tuple[str, str], str]:
    """Article texts of the stand-off records, read from each corpus folder once."""
    wanted: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for where, record in raw:
        if "corpus" in record:
            name = str(record["corpus"])
            wanted.setdefault(name, set()).add(str(record.get("article_id")))
            first.setdefault(name, where)
    texts: dict[tuple[str, str], str] = {}
    for name, ids in wanted.items():
        path = corpus / name / "articles.jsonl.gz"
        if not path.is_file():
            raise InputError(
                f"{first[name]}: the gold text comes from the corpus {name!r}, but {path} is "
                "missing (point --corpus at shared/data/corpus)"
            )
        texts.update(((name, i), t) for i, t in _articles(path, ids))
    return texts


def _articles(path: Path, ids: set[str]) -> Iterator[tuple[str, str]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("id") in ids:
                    yield record["id"], record["text"]
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError, KeyError) as error:
        raise InputError(
            f"{path}: cannot read the corpus ({type(error).__name__}: {error})"
        ) from error


def _gold_record(
    record: dict[str, Any], where: str, texts: dict[tuple[str, str], str]
) -> GoldRecord:
    try:
        doc_id, lang = str(record["id"]), str(record["lang"])
        on = parse_date(record["date"]) if record.get("date") else None
        events = tuple(gold_event(e) for e in record.get("events", []))
        if "corpus" in record:
            text, sentence = _stand_off_text(record, where, texts)
        else:
            text = str(record["text"])
            sentence = Span(0, len(text), text)
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise InputError(
            f"{where}: not a gold record ({type(error).__name__}: {error}); expected "
            '{"id", "lang", "date", "text" or "corpus"/"article_id"/"start"/"end", '
            '"events": [{"source", "target", "cameo"}]}'
        ) from error
    article = Article(id=doc_id, text=text, lang=lang, date=on, origin=where)
    return GoldRecord(doc_id, article, sentence, events, str(record.get("stratum", "")))


def gold_event(event: dict[str, Any]) -> GoldEvent:
    modality = event.get("modality") or "asserted"
    if modality not in MODALITIES:
        raise ValueError(f"modality {modality!r} is not one of {', '.join(MODALITIES)}")
    return GoldEvent(
        source=event.get("source"),
        target=event.get("target"),
        cameo=str(event["cameo"]),
        plover_type=event.get("plover_type") or "",
        modality=cast(Modality, modality),
        negated=bool(event.get("negated", False)),
        source_text=event.get("source_text"),
        target_text=event.get("target_text"),
    )


def _stand_off_text(
    record: dict[str, Any], where: str, texts: dict[tuple[str, str], str]
) -> tuple[str, Span]:
    """The coder's text (context + sentence) and the sentence's span in it."""
    corpus, article_id = str(record["corpus"]), str(record["article_id"])
    start, end = int(record["start"]), int(record["end"])
    context = int(record.get("context_start", start))
    if (corpus, article_id) not in texts:
        raise InputError(f"{where}: article {article_id!r} is not in the corpus {corpus!r}")
    article_text = texts[corpus, article_id]
    sentence_text = article_text[start:end]
    if "sha1" in record and hashlib.sha1(sentence_text.encode()).hexdigest()[:12] != record["sha1"]:
        raise InputError(
            f"{where}: the text at {start}-{end} of {article_id!r} differs from the annotated "
            f"sentence (is {corpus!r} another version of the corpus?)"
        )
    return article_text[context:end], Span(start - context, end - context, sentence_text)

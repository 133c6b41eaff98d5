"""Coding articles in worker processes, results in input order.

The pipeline is built once, in the parent; the workers are forked from it, so they share its
loaded dictionaries and models instead of loading their own. The parent codes the first
article before the fork, so that a model loaded for it (the English one) is shared too; one
loaded later (the other language's, in a mixed input) loads once per worker. At most ``IN_FLIGHT``
chunks per worker are out at a time, so a long input is read only as fast as it is coded,
and results come back in the order the articles came in. One bad article fails alone: its
worker returns a :class:`Failure` for it and goes on.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from itertools import chain, islice
from typing import TYPE_CHECKING

from .cache import collector_paused
from .errors import ChronikError, InputError, UnsupportedLanguage

if TYPE_CHECKING:
    from .document import Document
    from .pipeline import Pipeline
    from .records import Article

CHUNK = 4  # articles per task: fewer round trips, still an even spread
IN_FLIGHT = 4  # chunks per worker queued ahead


@dataclass(frozen=True)
class Failure:
    """Why one article was not coded: the reason it is counted under and a one-line
    message naming it."""

    reason: str
    message: str


def all_cores() -> int:
    """The cores this process may run on (the default number of workers)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def code_one(article: Article, pipeline: Pipeline) -> Document | Failure:
    """``article`` coded, or the :class:`Failure` that kept it from being coded."""
    try:
        return pipeline(article)
    except UnsupportedLanguage as error:
        return Failure("in unsupported language(s)", str(error))
    except InputError as error:
        return Failure("unreadable record(s)", str(error))
    except ChronikError as error:
        return Failure("not coded", str(error))
    except Exception as error:  # one broken article must not end a batch of millions
        return Failure(
            "failed (bug)",
            f"{article.origin}: article {article.id!r} could not be coded "
            f"({type(error).__name__}: {error}); please report this as a bug",
        )


def code_all(
    articles: Iterable[Article], pipeline: Pipeline, workers: int = 1
) -> Iterator[tuple[Article, Document | Failure]]:
    """Each article with its outcome, in input order. With ``workers`` > 1 the first
    article is coded here, so that a model it loads (the English one) is loaded once and
    shared, and the rest in that many forked processes, whose documents come back with
    their events and actors only. Without fork, everything is coded here."""
    remaining = iter(articles)
    forking = workers > 1 and "fork" in multiprocessing.get_all_start_methods()
    first = list(islice(remaining, 1))
    # The first article loads its language's model. What is loaded by then lives as long as
    # the run: the cycle collector need not walk it again and again (German: 8 % of the CPU
    # time), and before a fork it leaves its pages shared with the workers.
    with collector_paused(freeze=True):
        outcomes = [code_one(article, pipeline) for article in first]
    try:
        for article, outcome in zip(first, outcomes, strict=True):
            yield article, _travelling(outcome) if forking else outcome
        second = list(islice(remaining, 1))
        if not forking or not second:  # one article needs no pool (a cold start pays for it)
            for article in chain(second, remaining):
                yield article, code_one(article, pipeline)
            return
        yield from _code_in_workers(chain(second, remaining), pipeline, workers)
    finally:
        gc.unfreeze()  # a longer-lived caller (tests, the API) collects it again


# The pipeline the forked workers run: set in the parent just before the fork.
_pipeline: Pipeline | None = None


def _code_chunk(chunk: list[Article]) -> list[Document | Failure]:
    assert _pipeline is not None, "workers are forked after the pipeline is set"
    return [_travelling(code_one(article, _pipeline)) for article in chunk]


def _travelling(outcome: Document | Failure) -> Document | Failure:
    """What comes back from a worker: the events and actor mentions (what ``code``,
    ``ingest`` and ``recode`` read), not the tokens, a seventh of the pickle."""
    if isinstance(outcome, Failure):
        return outcome
    return replace(outcome, sentences=(), frames=(), times=(), places=())


def _code_in_workers(
    articles: Iterator[Article], pipeline: Pipeline, workers: int
) -> Iterator[tuple[Article, Document | Failure]]:
    global _pipeline
    _pipeline = pipeline
    context = multiprocessing.get_context("fork")
    pending: deque[tuple[list[Article], Future[list[Document | Failure]]]] = deque()
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        while True:
            while len(pending) < workers * IN_FLIGHT and (chunk := list(islice(articles, CHUNK))):
                pending.append((chunk, pool.submit(_code_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            yield from zip(chunk, _results(chunk, future), strict=True)


def _results(
    chunk: list[Article], future: Future[list[Document | Failure]]
) -> list[Document | Failure]:
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise ChronikError(
            "a worker process died (out of memory?); run again with --workers 1 to find the "
            "article that kills it"
        ) from error
    except Exception as error:  # a result that did not travel back: its chunk fails alone
        return [Failure("failed (bug)", f"{article.origin}: article {article.id!r} could not "
                        f"be passed back from its worker ({type(error).__name__}: {error}); "
                        "please report this as a bug") for article in chunk]  # fmt: skip

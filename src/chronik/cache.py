"""Built resources kept between runs, so that a short run does not pay for building them.

Building the actor automaton and the gazetteer from their files is most of what a run of
``chronik code`` on one sentence costs; unpickling the built objects takes half as long.
Each is kept in ``$CHRONIK_CACHE_DIR`` (default ``$XDG_CACHE_HOME/chronik`` or
``~/.cache/chronik``) under a key that changes with chronik's files (code and data), the
Python version and the libraries the objects come from; ``CHRONIK_CACHE_DIR=off`` turns
it off. A cache that cannot be read or written is rebuilt or skipped, never an error.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar, cast

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
_SKIPPED = {"models", "web", "__pycache__"}  # no part of what is cached


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    chosen = os.environ.get("CHRONIK_CACHE_DIR")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "chronik"


def cached(name: str, build: Callable[[], T], libraries: Iterable[str] = ()) -> T:
    """``build()``, or what an earlier run built, kept under ``name`` and a key over
    chronik's files and the ``libraries`` (module names) it was built with."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{_key(libraries)}.pickle"
    try:
        return cast(T, _read(path))
    except Exception:  # absent, damaged or from another version: build it again
        pass
    value = build()
    _write(path, value)
    return value


def _read(path: Path) -> object:
    """The pickle at ``path``, read with the cycle collector paused: the millions of objects
    it makes would set off collections that find nothing (half of the read's time)."""
    with collector_paused(), path.open("rb") as handle:
        return pickle.load(handle)


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """The cycle collector off while a block makes objects that live as long as the run
    (dictionaries, models): collections would walk them again and again and find nothing.
    With ``freeze``, what exists afterwards is kept out of every later collection too (a
    process's own choice: a library's caller may want its objects collected)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if collecting:
            gc.enable()


def _key(libraries: Iterable[str]) -> str:
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(_files(PACKAGE)) + [_module_file(m) for m in libraries]:
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def _files(folder: Path) -> Iterable[Path]:
    for entry in os.scandir(folder):
        if entry.is_dir() and entry.name not in _SKIPPED:
            yield from _files(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _module_file(module: str) -> Path:
    __import__(module)
    return Path(str(sys.modules[module].__file__))


def _write(path: Path, value: object) -> None:
    """Written whole or not at all (another run may read it at the same time), in place
    of the copies an older version left; a folder that takes no file is left alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(name, path)
        for old in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        Path(name).unlink(missing_ok=True)

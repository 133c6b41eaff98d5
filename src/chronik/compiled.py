"""HanTa's searches (``analysis/de_hanta.py``) compiled with mypyc, where a build exists.

The morpheme lattices and the sentence Viterbi of ``analysis/de_hanta.py`` are a fifth to a
quarter of the German CPU time, pure Python near its floor. Compiled by mypyc from the same
source they take 1.5–1.9 × less (C doubles are Python's floats, dicts keep their order, so
the answers are the same, types included: ``tests/analysis/test_de_hanta.py`` passes on
either). The build is optional and kept in the cache folder (:mod:`chronik.cache`) under a
key over Python's version and the sources it is compiled from, so an edited source is never
shadowed by an old build: without a build that matches, the pure-Python module runs.

    python -m chronik.compiled     # build it: needs mypy (chronik's dev tools) and a C compiler
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import MutableSequence
from pathlib import Path

from .cache import PACKAGE, cache_dir
from .errors import ChronikError

MODULE = "de_hanta"  # in chronik.analysis
# the compiled module's source and what it imports from chronik, whose types it assumes
SOURCES = ("analysis/de_hanta.py", "analysis/de_hanta_lexicon.py", "errors.py")
_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
# mypyc's two files: the module, and the library of its compiled functions
FILES = (f"{MODULE}{_SUFFIX}", f"{MODULE}__mypyc{_SUFFIX}")


def build_folder(package: Path = PACKAGE) -> Path | None:
    """Where the build for ``package``'s sources lives (it may not exist); None when
    caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(sys.version.encode())
    for name in SOURCES:
        digest.update(name.encode() + b"\0" + (package / name).read_bytes())
    return folder / "compiled" / digest.hexdigest()[:16]


def use_compiled(package_path: MutableSequence[str], package: Path = PACKAGE) -> bool:
    """Put the build that matches the sources first on ``package_path`` (the search path
    of ``chronik.analysis``), so that importing the module finds it; whether there was one."""
    try:
        folder = build_folder(package)
    except OSError:  # sources not readable as files (a zipped install): run them as they are
        return False
    if folder is None or not all((folder / name).is_file() for name in FILES):
        return False
    if str(folder) not in package_path:
        package_path.insert(0, str(folder))
    return True


def build(package: Path = PACKAGE) -> Path:
    """Compile the module with mypyc into its build folder; the folder."""
    folder = build_folder(package)
    if folder is None:
        raise ChronikError("caching is off (CHRONIK_CACHE_DIR=off): no folder for the build")
    with tempfile.TemporaryDirectory() as work:
        # mypyc type-checks what the module imports: the package's sources, without its data
        shutil.copytree(package, Path(work) / "chronik", ignore=_not_source)
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypyc",
                "--ignore-missing-imports",
                f"chronik/analysis/{MODULE}.py",
            ],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            said = (done.stdout + done.stderr).strip().splitlines() or ["no output"]
            raise ChronikError(f"mypyc failed on analysis/{MODULE}.py: {said[-1]}")
        part = folder.with_name(folder.name + ".part")
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir(parents=True)
        for name in FILES:
            shutil.copy2(Path(work) / "chronik" / "analysis" / name, part / name)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(part, folder)  # whole or not at all
    return folder


def _not_source(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in ("data", "models", "web", "__pycache__") or n.endswith(".so")}


def main() -> int:
    try:
        print(f"compiled into {build()}")
    except ChronikError as error:  # one line, no traceback: the pure-Python module still runs
        print(f"chronik.compiled: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

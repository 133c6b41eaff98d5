"""The analyses' hot modules compiled with mypyc, where a build exists.

HanTa's searches (``analysis/de_hanta.py``: morpheme lattices, the sentence Viterbi), the
German clause, phrase, role and frame passes over its tags, and the English parse repairs
and frames are pure Python near its floor. Compiled by mypyc from the same sources, as one
group (calls and attribute reads between them are C), German articles take ≈ 1.3 × and
English ≈ 1.07 × less CPU end to end (C doubles are Python's floats, dicts keep their order,
so the answers are the same, types included: the tests pass on either). The build is
optional (``make install`` tries it) and kept in the cache folder (:mod:`chronik.cache`)
under a key over Python's version and every source of the package (mypyc assumes the types
of whatever the modules import), so an edited source is never shadowed by an old build:
without a build that matches, the pure-Python modules run.

    python -m chronik.compiled               # build: needs mypy (dev tools) and a C compiler
    python -m chronik.compiled --if-missing  # the same, unless a build for the sources exists
"""

from __future__ import annotations

import argparse
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

# in chronik.analysis: where the analyses spend their Python time (docs/speed.md). Not the
# analyzers' entry modules (de.py, en.py: with de.py compiled German was no faster) nor
# de_words.py (its Word is made without __init__, records.filled, which mypyc's refuses).
MODULES = (
    "de_clauses",
    "de_complements",
    "de_coordination",
    "de_frames",
    "de_hanta",
    "de_morph",
    "de_phrases",
    "de_roles",
    "de_segments",
    "de_speakers",
    "en_attach",
    "en_clauses",
    "en_frames",
    "en_labels",
    "en_lexicon",
    "en_modifiers",
    "en_partners",
    "en_repair",
    "en_subjects",
    "en_tokens",
    "en_voice",
)
GROUP = "compiled"  # the name of the library that holds the group's compiled functions
_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
# one extension per module, and the group's library
FILES = tuple(f"{name}{_SUFFIX}" for name in (*MODULES, f"{GROUP}__mypyc"))
_SETUP = f"""
from setuptools import setup
from mypyc.build import mypycify

modules = [f"chronik/analysis/{{name}}.py" for name in {MODULES!r}]
options = ["--ignore-missing-imports"]
setup(ext_modules=mypycify(options + modules, group_name="chronik.analysis.{GROUP}"))
"""


def build_folder(package: Path = PACKAGE) -> Path | None:
    """Where the build for ``package``'s sources lives (it may not exist); None when
    caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(sys.version.encode())
    # what mypyc type-checks: the package's modules (web/ and the data are not copied)
    for path in sorted([*package.glob("*.py"), *package.glob("analysis/*.py")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
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
    """Compile the modules with mypyc into their build folder; the folder."""
    folder = build_folder(package)
    if folder is None:
        raise ChronikError("caching is off (CHRONIK_CACHE_DIR=off): no folder for the build")
    with tempfile.TemporaryDirectory() as work:
        # mypyc type-checks what the module imports: the package's sources, without its data
        shutil.copytree(package, Path(work) / "chronik", ignore=_not_source)
        (Path(work) / "setup.py").write_text(_SETUP, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            said = (done.stdout + done.stderr).strip().splitlines() or ["no output"]
            raise ChronikError(f"mypyc failed: {said[-1]}")
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


def main(argv: list[str] | None = None) -> int:
    """Build, or with ``--if-missing`` keep a build that matches the sources (so that
    ``make demo`` costs the build once). A failure is one line: pure Python still runs."""
    parser = argparse.ArgumentParser(
        prog="python -m chronik.compiled", description="Compile the analyses with mypyc."
    )
    parser.add_argument(
        "--if-missing", action="store_true", help="keep a build that matches the sources"
    )
    args = parser.parse_args(argv)
    try:
        folder = build_folder()
        if args.if_missing and folder and all((folder / n).is_file() for n in FILES):
            print(f"chronik.compiled: the build for these sources is in {folder}")
            return 0
        print("chronik.compiled: compiling the analyses (a few minutes) …", flush=True)
        print(f"chronik.compiled: compiled into {build()}")
    except ChronikError as error:  # one line, no traceback
        print(f"chronik.compiled: {error}; the analyses run as Python", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""HanTa's own answers for the word forms of German news, computed once.

HanTa analyses a word form it has not seen in the run with a morpheme lattice in pure
Python, and a lemma with a second one; in a short run most forms are new. This lexicon
holds, for the forms of held-out German news (``training/build_de_hanta_lexicon.py``),
what plain HanTa answers: the tag probabilities of ``analyze_forward`` (for forms outside
HanTa's own cache) and the morpheme paths of ``analyze_viterbi`` for the tags a form
plausibly takes. A form or tag it does not hold is analysed as before, so the answers are
HanTa's either way. It is used only with the HanTa release and model file it was built
from (their version and checksum head the file).

File format (gzip, one line per form, tab-separated, sorted by form)::

    # hanta <version> <sha256 of the model file>
    <form> <TAB> <tag probabilities> <TAB> <morpheme paths>

tag probabilities: ``tag:value`` separated by spaces, the value ``f`` (float), ``n``
(numpy float64) or ``i`` (int) then its repr; empty where HanTa's cache holds the form.
morpheme paths: ``target=tag,end,tag,end…`` separated by spaces.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path

from numpy import float64

MODEL_FILE = "morphmodel_ger.pgz"
LEXICON = ("models", "hanta_de", "lexicon.tsv.gz")  # inside the chronik package

Probabilities = list[tuple[int, float]]
Path_ = list[tuple[int, int]]


def signature() -> str:
    """The HanTa release and model file the answers hold for."""
    with resources.as_file(resources.files("HanTa").joinpath(MODEL_FILE)) as model:
        digest = hashlib.sha256(model.read_bytes()).hexdigest()
    return f"# hanta {metadata.version('HanTa')} {digest}"


class HantaLexicon:
    """Form → HanTa's answers, decoded when asked (each form is asked once per run)."""

    def __init__(self, entries: dict[str, str]) -> None:
        self._entries = entries  # form → "probabilities<TAB>paths", as in the file

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def load(cls, path: Path | None = None) -> HantaLexicon:
        """The packaged lexicon (or ``path``); empty where it is missing or was built
        for another HanTa."""
        if path is None:
            with resources.as_file(resources.files("chronik").joinpath(*LEXICON)) as packaged:
                return cls.load(packaged) if packaged.is_file() else cls({})
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            if handle.readline().rstrip("\n") != signature():
                return cls({})
            entries = dict(line.rstrip("\n").split("\t", 1) for line in handle)
        return cls(entries)

    def probabilities(self, form: str) -> Probabilities | None:
        """``analyze_forward(form)`` as HanTa answered it, or None."""
        entry = self._entries.get(form)
        if entry is None or entry.startswith("\t"):
            return None
        return [_probability(item) for item in entry.split("\t", 1)[0].split(" ")]

    def morphemes(self, form: str, target: int) -> Path_ | None:
        """``analyze_viterbi(form, target)`` as HanTa answered it, or None."""
        entry = self._entries.get(form)
        if entry is None:
            return None
        key = f"{target}="
        for item in entry.split("\t", 1)[1].split(" "):
            if item.startswith(key):
                numbers = [int(n) for n in item[len(key) :].split(",")]
                return list(zip(numbers[::2], numbers[1::2], strict=True))
        return None


def _probability(item: str) -> tuple[int, float]:
    tag, value = item.split(":", 1)
    kind, number = value[0], value[1:]
    if kind == "n":
        return int(tag), float64(number)
    return int(tag), (int(number) if kind == "i" else float(number))


def encode(form: str, probabilities: Probabilities | None, paths: dict[int, Path_]) -> str:
    """One line of the file (without its newline)."""
    if "\t" in form or "\n" in form or " " in form:
        raise ValueError(f"a form with a tab, space or newline: {form!r}")
    forward = " ".join(
        f"{tag}:{_kind(value)}{float(value)!r}"
        if not isinstance(value, int)
        else f"{tag}:i{value!r}"
        for tag, value in probabilities or []
    )
    morphemes = " ".join(
        f"{target}=" + ",".join(f"{tag},{end}" for tag, end in path)
        for target, path in paths.items()
    )
    return f"{form}\t{forward}\t{morphemes}"


def _kind(value: float) -> str:
    return "n" if isinstance(value, float64) else "f"


def write(path: Path, lines: Iterable[str]) -> None:
    """The lexicon file: the signature, then the lines sorted."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(signature() + "\n")
        for line in sorted(lines):
            handle.write(line + "\n")

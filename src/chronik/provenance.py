"""What a run of chronik was made with: its version and the versions of its dictionaries,
recorded in the store's ``runs`` table so that any stored event can be traced to them."""

from __future__ import annotations

import hashlib
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from typing import Any


def chronik_version() -> str:
    try:
        return metadata.version("chronik")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "unknown"


def dictionary_versions() -> dict[str, str]:
    """Each shipped data file (``verbs/de.v1.tsv``) with the first 12 hex digits of the
    SHA-256 of its content: the versioned name says which format, the hash which edit."""
    root = resources.files("chronik") / "data"
    return {name: hashlib.sha256(item.read_bytes()).hexdigest()[:12]
            for name, item in sorted(_files(root, ""))}  # fmt: skip


def _files(folder: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for item in folder.iterdir():
        name = f"{prefix}{item.name}"
        if item.is_dir():
            found += _files(item, f"{name}/")
        elif item.name.endswith((".tsv", ".yaml", ".yml", ".json")):
            found.append((name, item))
    return found


def provenance() -> dict[str, Any]:
    """The keyword arguments of :meth:`Store.start_run`."""
    return {"version": chronik_version(), "dictionaries": dictionary_versions()}

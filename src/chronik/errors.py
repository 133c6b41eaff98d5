"""Errors chronik raises on purpose. The CLI turns each into one line and a non-zero exit.

ChronikError
 ├── InputError        a file or record cannot be read (names file:line)
 ├── DictionaryError   a dictionary file has invalid rows (lists every problem)
 ├── ModelError        a shipped model is missing or cannot be loaded
 ├── StoreError        the database cannot be opened or written
 └── UnsupportedLanguage  an article in a language chronik does not code (skipped)
"""

from __future__ import annotations


class ChronikError(Exception):
    """Base of every error chronik raises for a user to read."""


class InputError(ChronikError):
    pass


class DictionaryError(ChronikError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"{len(problems)} invalid dictionary row(s): {shown}{more}")


class ModelError(ChronikError):
    pass


class StoreError(ChronikError):
    pass


class UnsupportedLanguage(ChronikError):
    pass

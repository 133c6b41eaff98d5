"""Newspapers named after a seat of government: "The Washington Post", "the Washington
Examiner", "the Jerusalem Post", "The Moscow Times". The seat inside the name is no
government ("the Washington Post reported" coded USAGOV saying something, 32 events in the
2000 English articles of the unlabelled sample); the paper itself stays uncoded, as news
outlets do (docs/actors.md: mostly sources of quotes).
"""

from __future__ import annotations

from .actors_words import Written

# Words that end a paper's name after its city, capitalised ("Washington Free Beacon").
_PAPER_WORDS = frozenset(
    {"post", "times", "examiner", "journal", "herald", "tribune", "chronicle", "gazette",
     "free", "monthly"}
)  # fmt: skip


def newspaper_name(kind: str, following: Written | None) -> bool:
    """Whether a seat (``kind``) followed by ``following`` begins a newspaper's name."""
    return (
        kind == "seat"
        and following is not None
        and following.text[:1].isupper()
        and following.norm in _PAPER_WORDS
    )

"""Newspapers named after a seat of government: "The Washington Post", "the Washington
Examiner", "the Jerusalem Post", "The Moscow Times". The seat inside the name is no
government ("the Washington Post reported" coded USAGOV saying something, 32 events in the
2000 English articles of the unlabelled sample); the paper itself stays uncoded, as news
outlets do (docs/actors.md: mostly sources of quotes). Nor is the seat the government in
the name of a market, festival or university ("the Tokyo Stock Exchange", "the Berlin Film
Festival", "Tokyo University"): a market is its country's business, a university its
education sector, a festival uncoded; a company listing "on the Tokyo Stock Exchange"
deals with no government.
"""

from __future__ import annotations

from .actors_words import Written

# Words that end a paper's name after its city, capitalised ("Washington Free Beacon").
_PAPER_WORDS = frozenset(
    {"post", "times", "examiner", "journal", "herald", "tribune", "chronicle", "gazette",
     "free", "monthly"}
)  # fmt: skip
# Words that begin a market's, festival's or university's name after its city, with the
# sector of that institution ("" for none we code).
_INSTITUTION_SECTORS = {
    **dict.fromkeys(
        ("stock", "metal", "mercantile", "commodity", "futures", "cotton", "interbank"), "BUS"
    ),
    "university": "EDU",
    "film": "",
    "fashion": "",
}


def seat_institution(kind: str, following: Written | None) -> str | None:
    """The sector of the newspaper, market, festival or university whose name a seat
    (``kind``) followed by ``following`` begins: "" for an uncoded one (papers, festivals),
    else BUS or EDU; None when the seat begins no such name."""
    if kind != "seat" or following is None or not following.text[:1].isupper():
        return None
    return "" if following.norm in _PAPER_WORDS else _INSTITUTION_SECTORS.get(following.norm)

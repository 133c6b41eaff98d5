"""Bodies and members of the US Congress as English news names them. "Congress", "Republican
senators", "Democratic lawmakers", "GOP leaders", "Congresswoman": English news means the
American ones whatever country the sentence is about ("North Korea warned Congress", a
congresswoman at the Vatican), so such a group is American, not of its sentence's or
article's country.
A country's own congress is qualified, and the dictionary composes it first ("Brazil's
Congress", "the Congress of Peru"); "National Congress", "the Congress party" and an article
on India's Congress party are not the US Congress.

So are the US armed services written with a capital and no country ("The Army
court-martialed him", "the Navy said", "the Marines are helping"): American style
capitalises only its own ("the Syrian army"), so in an article that names the US they are
American wherever the story is (a soldier's case in Qatar, a ship off Syria). British news
writes its own forces so too ("a reorganisation of the Army"): not where the article is
mainly about Britain.
"""

from __future__ import annotations

import re

from .records import Span

# Group nouns that name the US Congress or its members by themselves.
_CONGRESS_WORDS = frozenset(
    {"congress", "congressman", "congresswoman", "congressmen", "congresswomen"}
)
# A US party word right before a legislator noun: "Republican senators", "GOP lawmakers",
# "the Republican-led Senate".
_US_PARTY = re.compile(r"\b(?:Republican|Democratic|Democrat|GOP)(?:-(?:led|controlled))?\s+$")
# A legislator noun that begins with it: "Republican leaders", "the GOP leadership".
_US_PARTY_FIRST = re.compile(r"(?:Republican|Democratic|GOP)\s")
# "the Senate" alone: the US Senate in an article that names the US (other countries'
# senates are named with their country: "Italy's Senate", "the Philippine Senate").
_SENATE = "senate"
# Words that make the party word another country's: "Social Democratic", "Christian
# Democratic", "Liberal Democrat".
_FOREIGN_PARTY = re.compile(
    r"\b(?:Social|Christian|Liberal|Free|New|Progressive)\s+(?:\w+\s+)?$", re.I
)
# Words before or after "Congress" that name another congress: "National Congress",
# "People's Congress", "Party Congress", "Congress party", "Congress of Peru".
_OTHER_CONGRESS_BEFORE = re.compile(
    r"\b(?:National|People['’]s|Party|party|Youth|World|Indian|Democratic|Peoples)\s+$"
)
_OTHER_CONGRESS_AFTER = re.compile(r"^\s+(?:[Pp]arty|of|leader|leaders|president|chief)\b")
# An article on India's Congress party.
_INDIAN_CONGRESS = re.compile(r"\bCongress(?:-led| [Pp]arty)\b|\bIndian National Congress\b")
_LEGISLATORS = "LEG"
_MILITARY = "MIL"
# The US services by their own names, after "the".
_SERVICES = frozenset(
    {"Army", "Navy", "Air Force", "Marines", "Marine Corps", "Coast Guard", "National Guard"}
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_BRITAIN = "GBR"


def american(
    role: str,
    span: Span,
    text: str,
    lang: str | None,
    us_named: bool = False,
    main: str | None = None,
) -> bool:
    """Whether the English group ``role`` mention at ``span`` of ``text`` names the US
    Congress or its members, or a US armed service, by its own words (``us_named``: the
    article names the US; ``main``: the article's main country)."""
    if lang != "en":
        return False
    before = text[max(0, span.start - 40) : span.start]
    if role == _MILITARY:
        return (
            us_named
            and main != _BRITAIN
            and span.text in _SERVICES
            and _THE_BEFORE.search(before) is not None
        )
    if role != _LEGISLATORS:
        return False
    head = span.text.split()[0].lower() if span.text else ""
    if head in _CONGRESS_WORDS:
        return span.text[:1].isupper() and _us_congress(span, text, before)
    if (
        head == _SENATE
        and us_named
        and span.text[:1].isupper()
        and _us_congress(span, text, before)
    ):
        return True
    party = _US_PARTY.search(before) is not None or _US_PARTY_FIRST.match(span.text) is not None
    return party and _FOREIGN_PARTY.search(before) is None


def _us_congress(span: Span, text: str, before: str) -> bool:
    return (
        _OTHER_CONGRESS_BEFORE.search(before) is None
        and _OTHER_CONGRESS_AFTER.match(text[span.end : span.end + 20]) is None
        and _INDIAN_CONGRESS.search(text) is None
    )

"""A party's legislators (part of the ActorCoder stage, references.py, English only): a
party's name right before a group of its legislators ("GOP lawmakers", "Labour MPs", "Hamas
lawmakers") and a chamber's word right before a party's name ("House Republicans", "Senate
Democrats", "congressional Republicans") or its phrase after it ("Republicans in Congress")
are one actor, the legislators with the party's country (``…LEG``), as the annotation codes
them. Coded apart, the party and the group gave the clause two sources for the same people
(USAPTY and USALEG), and "House Republicans" were the party.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .actors import Mention
from .records import Span

# The roles of groups that a party's name owns: its legislators ("lawmakers", "MPs",
# "senators"). "GOP leaders", "Labour supporters" may be the party's people outside the
# legislature: they stay as they are.
_PARTY_GROUP_ROLES = frozenset({"LEG"})
_PARTY_KINDS = frozenset({"group"})
# Codes of organisations without a country, which cannot give one to the group.
_NO_COUNTRY = frozenset({"IGO", "NGO", "IMG", "MNC"})
# A chamber's word right before a party's name: "House Republicans", "Senate GOP".
_CHAMBER_BEFORE = re.compile(r"(?<!White )\b(?:House|Senate|[Cc]ongressional|[Pp]arliamentary) $")
# ... or its phrase right after it: "Republicans in Congress", "Democrats in the Senate".
_CHAMBER_AFTER = re.compile(r" in (?:the )?(?:Congress|House|Senate|Parliament)\b")
_LEGISLATORS = "LEG"


def party_groups(
    mentions: Sequence[tuple[Mention, Span]], text: str, lang: str | None
) -> list[tuple[Mention, Span]]:
    """The mentions with each party name and the legislators right after it as one."""
    if lang != "en":
        return list(mentions)
    ordered = _chamber_parties(
        sorted(mentions, key=lambda pair: (pair[1].start, pair[1].end)), text
    )
    merged: list[tuple[Mention, Span]] = []
    index = 0
    while index < len(ordered):
        party, party_span = ordered[index]
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        if following is not None and _owns(party, party_span, *following, text):
            group, group_span = following
            span = Span(party_span.start, group_span.end, text[party_span.start : group_span.end])
            code = party.code[:3] + group.code
            merged.append((replace(group, first=party.first, code=code, kind="composed"), span))
            index += 2
            continue
        merged.append((party, party_span))
        index += 1
    return merged


def _chamber_parties(
    ordered: Sequence[tuple[Mention, Span]], text: str
) -> list[tuple[Mention, Span]]:
    """The mentions with each party after a chamber's word or before its phrase as its
    legislators, spanning the word or phrase; a mention of the chamber itself ("Senate") is
    taken in."""
    chambers: list[Span] = []
    found: list[tuple[Mention, Span]] = []
    for mention, span in ordered:
        before = _CHAMBER_BEFORE.search(text, max(0, span.start - 20), span.start)
        after = _CHAMBER_AFTER.match(text, span.end)
        party = mention.kind in _PARTY_KINDS and mention.code[:3] not in _NO_COUNTRY
        if not party or (before is None and after is None):
            found.append((mention, span))
            continue
        start, end = before.start() if before else span.start, after.end() if after else span.end
        chamber = Span(start, end, text[start:end])
        chambers.append(chamber)
        code = mention.code[:3] + _LEGISLATORS
        found.append((replace(mention, code=code, kind="composed"), chamber))
    return [(m, s) for m, s in found if not any(c.contains(s) and c != s for c in chambers)]


def _owns(party: Mention, party_span: Span, group: Mention, group_span: Span, text: str) -> bool:
    """Whether ``party`` is a party (or other group of a country) written right before a
    group of legislators, one space between."""
    return (
        party.kind in _PARTY_KINDS
        and party.code[:3] not in _NO_COUNTRY
        and group.kind == "unnamed"
        and group.code in _PARTY_GROUP_ROLES
        and text[party_span.end : group_span.start] == " "
    )

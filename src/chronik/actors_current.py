"""A title before a name says the person holds that office now: "President Joko Widodo",
"Senator X" of a Phoenix row that the build closed at Phoenix's freeze. Where the
dictionary would make such a person a former office holder (``…ELI``) only because its rows
stop in February 2015, the title wins and the person keeps the code of their latest office;
later mentions of the person in the article ("Mr Blair", "Blair") follow the titled one. A
person whose dated rows say the office ended ("President Barack Obama" in a 2018 article, a
curated row) stays an elite, and so does anyone after "former". (Without a date every
person keeps their newest office: ``Entity.role_on``.)
(Read by :class:`chronik.actors.ActorDictionary`, which marks such a mention ``titled``,
and by :class:`chronik.references.ActorCoder`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from .actors_load import Entity, Name, Role
from .actors_words import FORMER, normalize_word
from .records import Span

if TYPE_CHECKING:  # actors.py imports this module
    from .actors import Mention

# Phoenix's people were last edited in February 2015 (the last manual addition + 1 day); the
# build (training/build_actors.py) closes their open roles on this day, so such an end says
# nothing about the office.
PHOENIX_FROZEN = date(2015, 2, 18)


@dataclass(frozen=True)
class PersonRole:
    """The code a person mention gets, the row it comes from, the person's id and whether
    a title made an office current that the dictionary's dates would have ended."""

    code: str
    where: str
    entity: str
    current: bool = False


def person_role(
    entities: Mapping[str, Entity],
    names: Iterable[Name],
    on: date | None,
    *,
    former: bool,
    title: Name | None = None,
) -> PersonRole | None:
    """The role of the first person among ``names`` on the date (None: no person, or before
    their first office); ``former``: an elite whatever the date; ``title``: the title
    before the name, so an office the dictionary cannot date is taken as current."""
    for name in names:
        entity = entities.get(name.target)
        if entity is None or entity.kind != "person":
            continue
        role = entity.role_on(on)
        if role is None:
            return None
        office = None
        if title is not None and not former:
            office = _undated_office(entity, role, on) or _earlier_office(entity, role, on, title)
        if office is not None:
            return PersonRole(office.code, office.where, entity.id, current=True)
        role = entity.elite_after(role) if former else role
        return PersonRole(role.code, role.where, entity.id)
    return None


def _undated_office(entity: Entity, role: Role, on: date | None) -> Role | None:
    """The person's latest office when the dictionary makes them an elite (``role``)
    without knowing it: that office's end is only Phoenix's freeze."""
    if not role.code.endswith("ELI"):
        return None
    latest = max(entity.roles, key=lambda r: r.start or date.min)
    if latest.end is None or latest.code.endswith("ELI"):
        return None  # in office, or the latest row is itself an elite's
    if on is None:
        return None  # undated: role_on kept the office already
    started = latest.start is None or latest.start <= on
    return latest if started and latest.end == PHOENIX_FROZEN else None


def _earlier_office(entity: Entity, role: Role, on: date | None, title: Name) -> Role | None:
    """The office a title names for a person the dictionary knows only from a later office
    ("Sen. Marco Rubio" in 2018, "Senator Barack Obama" in 2007: an elite before their first
    office by the dates), or a minister's title for one it makes an elite on that date: the
    title's role in the country of that office. Only the titles of an elected office
    (``_OFFICE_TITLES``) or of a minister: "businessman Donald Trump",
    "presidential candidate …", "spokesman Sean Spicer" in 2012 (the party's) name no office
    of the state, "President Donald Trump" before 2017 a president-elect."""
    if on is None or not role.code.endswith("ELI"):
        return None
    key = _title_key(title.text)
    minister = key.endswith(_MINISTER_TITLES) and title.target == "GOV"
    if key not in _OFFICE_TITLES and not minister:
        return None
    if not minister and any(r.start is None or r.start <= on for r in entity.roles):
        return None  # "Senator Barack Obama" in 2018: news names the later office
    return replace(role, code=role.code[:3] + title.target, where=title.where)


# US news abbreviates the titles of Congress and of governors ("Sen. Kamala Harris"); the
# dictionary's agent nouns are the full words ("Senator").
_ABBREVIATION = re.compile(r"\b(Sen|Rep|Gov)\.\s+$")
# The titles of elected offices that the dictionary may lack for a person it knows from a
# later office (lower case, no full stop).
_OFFICE_TITLES = frozenset(
    {"sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
     "governor", "mp", "abgeordneter", "abgeordnete"}
)  # fmt: skip
# A minister's title names an office held on the article's date, whatever offices the
# dictionary knows before or after it ("French Foreign Minister Michel Barnier" in 2005,
# "Treasury Secretary James Baker" in 1987, between the offices it knows).
_MINISTER_TITLES = ("minister", "ministerin", "secretary")
_ABBREVIATED: Mapping[str, Name] = {
    short: Name(f"{short}.", "en", role, "agent-person", "actors_current.py:_ABBREVIATED")
    for short, role in (("Sen", "LEG"), ("Rep", "LEG"), ("Gov", "GOV"))
}


def _title_key(text: str) -> str:
    return text.lower().rstrip(".")


def abbreviated_titles(
    mentions: Sequence[tuple[Mention, Span]],
    text: str,
    entities: Mapping[str, Entity],
    on: date | None,
) -> list[tuple[Mention, Span]]:
    """A person after "Sen.", "Rep." or "Gov." whom the dictionary knows only from a later
    office holds the title's office (``_earlier_office``), and later mentions follow
    (``carry_titles``): "Sen. Kamala Harris" in 2018 is ``USALEG``."""
    out = []
    for mention, span in mentions:
        found = _ABBREVIATION.search(text, max(0, span.start - 6), span.start)
        entity = entities.get(mention.entity or "")
        if found is not None and entity is not None and mention.kind == "person":
            role = Role(mention.code, None, None, mention.entry)
            office = _earlier_office(entity, role, on, _ABBREVIATED[found.group(1)])
            if office is not None:
                mention = replace(mention, code=office.code, entry=office.where, titled=True)
        out.append((mention, span))
    return out


def former_throughout(
    mentions: Sequence[tuple[Mention, Span]], text: str, on: date | None
) -> list[tuple[Mention, Span]]:
    """In an undated article, a person it calls former once ("former President Omar
    al-Bashir") is an elite in all its mentions: the newest office (``Entity.role_on``) is
    over by the article's own word. Not a titled mention, and not after "former" before a
    lone family name ("the former Blair aide" is someone else)."""
    if on is not None:
        return list(mentions)
    former = {
        m.entity: m.code
        for m, s in mentions
        if m.kind == "person" and m.code.endswith("ELI") and " " in s.text and _former(text, s)
    }
    return [
        (replace(m, code=former[m.entity]), s)
        if m.entity in former and m.kind == "person" and not m.titled
        else (m, s)
        for m, s in mentions
    ]


def carry_titles(mentions: Sequence[tuple[Mention, Span]], text: str) -> list[tuple[Mention, Span]]:
    """Later elite mentions of a person whose title made them current ("Mr Blair", "Blair"
    after "Prime Minister Tony Blair") take that code; not after "former"."""
    current: dict[str, str] = {}
    out = []
    for mention, span in mentions:
        if mention.kind == "person" and mention.entity is not None:
            if mention.titled:
                current[mention.entity] = mention.code
            elif (
                mention.entity in current
                and mention.code.endswith("ELI")
                and not _after_former(text, span)
            ):
                mention = replace(mention, code=current[mention.entity])
        out.append((mention, span))
    return out


def _former(text: str, span: Span) -> bool:
    """Whether "former" stands first in the mention or right before it."""
    first = _WORD.match(span.text)
    said = first is not None and normalize_word(first.group()) in FORMER
    return said or _after_former(text, span)


def _after_former(text: str, span: Span) -> bool:
    before = _WORD.findall(text[max(0, span.start - 20) : span.start])
    return bool(before) and normalize_word(before[-1]) in FORMER


_WORD = re.compile(r"\w+")

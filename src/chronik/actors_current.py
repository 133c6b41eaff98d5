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
    titled: bool,
) -> PersonRole | None:
    """The role of the first person among ``names`` on the date (None: no person, or before
    their first office); ``former``: an elite whatever the date; ``titled``: a title stands
    before the name, so an office the dictionary cannot date is taken as current."""
    for name in names:
        entity = entities.get(name.target)
        if entity is None or entity.kind != "person":
            continue
        role = entity.role_on(on)
        if role is None:
            return None
        office = _undated_office(entity, role, on) if titled and not former else None
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


def _after_former(text: str, span: Span) -> bool:
    before = _WORD.findall(text[max(0, span.start - 20) : span.start])
    return bool(before) and normalize_word(before[-1]) in FORMER


_WORD = re.compile(r"\w+")

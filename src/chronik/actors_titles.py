"""An honorific and a family name ("Mr Brown", "Ms. Haley", "Frau Merkel") name a person the
article may never have named in full: the one person of the dictionary with that family
name who holds an office on the article's date, or of several the one whose office is in
a country the article names ("Mr Howard" in 2005 British news). With no date, the one
person of that family name whose newest office is in the country the article's people
belong to most ("Mr Straw" in undated BBC news of British politics), else in a country the
article names ("The UK's proposal … Mr Brown said"). With two such people nobody, and
nobody where a person named earlier in the article bears the word in their name: "Mr. Pena"
after "Enrique Pena Nieto" is Peña Nieto, not another Pena in office (the reference stage
links the two). (Read by :class:`chronik.actors.ActorDictionary`.)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Protocol

from .actors_context import named_countries
from .actors_load import Entity, Name
from .actors_words import HONORIFICS, Written

# Without a date a person of the name leads another when in office this many times as long;
# an office still held counts as a term of this many years.
_LEAD = 1.5
_TERM_YEARS = 4.0


class _Span(Protocol):
    @property
    def first(self) -> int: ...

    @property
    def last(self) -> int: ...

    @property
    def names(self) -> Sequence[Name]: ...


def surname_index(
    entities: Mapping[str, Entity], names: Iterable[Name], surnames: Mapping[str, str]
) -> dict[str, list[tuple[Entity, Name]]]:
    """Normalised family name → the people (with one of their names) it may stand for.
    ``surnames`` maps a person's id to their normalised family name."""
    first_name: dict[str, Name] = {}
    for name in names:
        # people only: "Mrs May" is no "Fighting Guerillas Of May"
        if (
            name.form == "name"
            and name.target in surnames
            and entities[name.target].kind == "person"
        ):
            first_name.setdefault(name.target, name)
    index: dict[str, list[tuple[Entity, Name]]] = defaultdict(list)
    for person, name in first_name.items():
        index[surnames[person]].append((entities[person], name))
    return dict(index)


def titled_names(
    tokens: Sequence[Written],
    hits: Sequence[_Span],
    index: Mapping[str, list[tuple[Entity, Name]]],
    on: date | None,
    entities: Mapping[str, Entity],
) -> list[tuple[int, Name]]:
    """(token, name) for each family name after an honorific that names one office holder;
    ``entities``: the dictionary's, for the country an undated article's people belong to."""
    # without a date: the country of the article's people, else any country it names
    home = _named_most(hits, entities) if on is None else None
    named = named_countries((n for h in hits for n in h.names), entities) if on is None else set()
    if on is None and home is None and not named:
        return []
    covered = {t for h in hits for t in range(h.first, h.last + 1)}
    found = []
    for i, token in enumerate(tokens):
        if token.norm not in HONORIFICS:
            continue
        j = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." else i + 1
        if j >= len(tokens) or j in covered or not tokens[j].text[:1].isupper():
            continue
        if on is not None:
            people = _in_office(index.get(tokens[j].norm, ()), on, hits, entities)
        else:
            bearers = index.get(tokens[j].norm, ())
            people = (_best_known(bearers, {home}) if home else []) or _best_known(bearers, named)
        if len(people) == 1 and not _named_before(tokens, hits, j, people[0].target):
            found.append((j, people[0]))
    return found


def _in_office(
    people: Sequence[tuple[Entity, Name]],
    on: date,
    hits: Sequence[_Span],
    entities: Mapping[str, Entity],
) -> list[Name]:
    """The people of the name in office on the date; of several, those whose office is in a
    country the article names ("Mr Howard" in 2005 British news is Michael Howard, not
    Australia's John Howard), if that leaves one."""
    found = [(entity, name) for entity, name in people if any(r.valid_on(on) for r in entity.roles)]
    if len(found) > 1:
        countries = named_countries((n for h in hits for n in h.names), entities)
        home = [
            name
            for entity, name in found
            if any(r.valid_on(on) and r.code[:3] in countries for r in entity.roles)
        ]
        if len(home) == 1:
            return home
    return [name for _, name in found]


def _named_before(tokens: Sequence[Written], hits: Sequence[_Span], at: int, person: str) -> bool:
    """Whether an earlier mention of someone other than ``person`` has the word at ``at``
    in its name."""
    word = tokens[at].norm
    return any(
        h.last < at
        and h.first < h.last
        and all(n.target != person for n in h.names)
        and any(tokens[t].norm == word for t in range(h.first, h.last + 1))
        for h in hits
    )


def _named_most(hits: Sequence[_Span], entities: Mapping[str, Entity]) -> str | None:
    """The country the article's people named in the dictionary belong to most often, if
    one leads."""
    counts = Counter(
        role.code[:3]
        for h in hits
        for name in h.names[:1]
        if (entity := entities.get(name.target)) is not None
        and entity.kind == "person"
        and (role := entity.role_on(None)) is not None
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _best_known(people: Sequence[tuple[Entity, Name]], countries: set[str]) -> list[Name]:
    """Of the people whose newest office is in one of ``countries``, the one in office far
    longest ("Mr Brown" in British news is Gordon Brown, not a junior minister of that
    name), else all of them."""
    found = [
        (_years_in_office(entity), name)
        for entity, name in people
        if (role := entity.role_on(None)) is not None and role.code[:3] in countries
    ]
    found.sort(key=lambda pair: -pair[0])
    if len(found) > 1 and found[0][0] >= _LEAD * found[1][0]:
        return [found[0][1]]
    return [name for _, name in found]


def _years_in_office(entity: Entity) -> float:
    """Years of an entity's dated roles (an open one counts as one term)."""
    return sum(
        ((role.end - role.start).days / 365.25 if role.end else _TERM_YEARS)
        for role in entity.roles
        if role.start is not None and not role.code.endswith("ELI")
    )

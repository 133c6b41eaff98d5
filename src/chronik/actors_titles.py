"""An honorific and a family name ("Mr Brown", "Ms. Haley", "Frau Merkel") name a person the
article may never have named in full: the one person of the dictionary with that family
name who holds an office on the article's date. With no date, or with two such people,
nobody, and nobody where a person named earlier in the article bears the word in their
name: "Mr. Pena" after "Enrique Pena Nieto" is Peña Nieto, not another Pena in office
(the reference stage links the two). (Read by :class:`chronik.actors.ActorDictionary`.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Protocol

from .actors_load import Entity, Name
from .actors_words import Written

HONORIFICS = frozenset({"mr", "mrs", "ms", "herr", "frau"})


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
) -> list[tuple[int, Name]]:
    """(token, name) for each family name after an honorific that names one office holder."""
    if on is None:
        return []
    covered = {t for h in hits for t in range(h.first, h.last + 1)}
    found = []
    for i, token in enumerate(tokens):
        if token.norm not in HONORIFICS:
            continue
        j = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." else i + 1
        if j >= len(tokens) or j in covered or not tokens[j].text[:1].isupper():
            continue
        people = [
            name
            for entity, name in index.get(tokens[j].norm, ())
            if any(role.valid_on(on) for role in entity.roles)
        ]
        if len(people) == 1 and not _named_before(tokens, hits, j, people[0].target):
            found.append((j, people[0]))
    return found


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

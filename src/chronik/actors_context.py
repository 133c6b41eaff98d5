"""Family names that name a leader only in an article about their country: "Kim" is Kim
Jong Un where the article names North Korea, "Moon" Moon Jae-in where it names South
Korea. Common words or shared surnames otherwise (people.tsv leaves them out of the short
names), news about the country uses them alone from the headline on, often without the
full name anywhere ("the Trump-Kim summit … Trump said Kim has a chance").

Of the people whose family name it is and whose country the article names, the one in
office on the article's date (in an undated article, the one still in office); none where
that leaves two ("Kim" in 2000 news about both Koreas: Kim Jong Il and Kim Dae-jung)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from .actors_load import IN_COUNTRY, Entity, Name
from .actors_words import normalize_word


def in_country_names(names: Iterable[Name]) -> dict[str, tuple[Name, ...]]:
    """The short-in-country names by their normalised word."""
    found: dict[str, list[Name]] = {}
    for name in names:
        if name.form == IN_COUNTRY:
            found.setdefault(normalize_word(name.text), []).append(name)
    return {word: tuple(names) for word, names in found.items()}


def named_countries(names: Iterable[Name], entities: Mapping[str, Entity]) -> set[str]:
    """The countries (ISO3) that an article's dictionary names belong to: a country, its
    capital, an adjective, a person of it."""
    countries: set[str] = set()
    for name in names:
        entity = entities.get(name.target) if not name.is_agent else None
        if entity is not None:
            countries.update(role.code[:3] for role in entity.roles)
    return countries


def in_country_aliases(
    shorts: Mapping[str, Sequence[Name]],
    named: Iterable[Name],
    entities: Mapping[str, Entity],
    on: date | None,
) -> dict[str, Name]:
    """word → the name it stands for in an article whose dictionary names are ``named``
    (see the module's docstring)."""
    if not shorts:
        return {}
    countries = named_countries(named, entities)
    aliases = {}
    for word, names in shorts.items():
        chosen = {
            name.target: name for name in names if _in_office(entities[name.target], countries, on)
        }
        if len(chosen) == 1:
            aliases[word] = next(iter(chosen.values()))
    return aliases


def _in_office(person: Entity, countries: set[str], on: date | None) -> bool:
    return any(
        role.code[:3] in countries and (role.valid_on(on) if on else role.end is None)
        for role in person.roles
    )

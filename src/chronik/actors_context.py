"""Family names that name a leader only in an article about their country: "Kim" is Kim
Jong Un where the article names North Korea, "Moon" Moon Jae-in where it names South
Korea. Common words or shared surnames otherwise (people.tsv leaves them out of the short
names), news about the country uses them alone from the headline on, often without the
full name anywhere ("the Trump-Kim summit … Trump said Kim has a chance").

Of the people whose family name it is and whose country the article names, the one in
office on the article's date (in an undated article, the one still in office); none where
that leaves two ("Kim" in 2000 news about both Koreas: Kim Jong Il and Kim Dae-jung). Where
none is in office, a family name training/build_actors.py derived (``family-in-country``:
distinct, no common word as "Moon") still names its people out of office if the date gives
them all one code: "Clinton" in 2016 news, Bill or Hillary, is an elite of the USA
(``USAELI``).

A family name counts only where it stands alone (:func:`name_alone`): not next to
another name, whose family or given name it then is ("Bill Gates", "Clinton Foundation")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from .actors_load import FAMILY_IN_COUNTRY, IN_COUNTRY_FORMS, Entity, Name
from .actors_tokens import Token
from .actors_words import DEFINITE, HONORIFICS, SENTENCE_ENDS, normalize_word


def names_anywhere(names: Iterable[Name]) -> list[Name]:
    """The names that name someone wherever they occur: all but the in-country ones."""
    return [name for name in names if name.form not in IN_COUNTRY_FORMS]


def in_country_names(names: Iterable[Name]) -> dict[str, tuple[Name, ...]]:
    """The short-in-country names by their normalised word."""
    found: dict[str, list[Name]] = {}
    for name in names:
        if name.form in IN_COUNTRY_FORMS:
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
        elif not chosen:
            named_people = [
                n
                for n in names
                if n.form == FAMILY_IN_COUNTRY and _of(entities[n.target], countries)
            ]
            codes = {_code_on(entities[n.target], on) for n in named_people}
            if len(codes) == 1 and None not in codes:
                aliases[word] = named_people[0]
    return aliases


def name_alone(tokens: Sequence[Token], index: int, covered: set[int]) -> bool:
    """Whether the family name at ``index`` stands alone: no capitalised word after it, and
    before it none that is not a title or determiner ("Senator Warren", "Mrs. Clinton",
    "Die Queen") or the first word of a sentence; ``covered`` are the tokens of names
    already found."""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if after[:1].isupper():
        return False
    if index == 0:
        return True
    before = tokens[index - 1]
    return (
        not before.text[:1].isupper()
        or index == 1
        or tokens[index - 2].text in SENTENCE_ENDS
        or index - 1 in covered
        or before.norm in HONORIFICS
        or before.norm in DEFINITE
    )


def _of(person: Entity, countries: set[str]) -> bool:
    return any(role.code[:3] in countries for role in person.roles)


def _code_on(person: Entity, on: date | None) -> str | None:
    role = person.role_on(on)
    return role.code if role else None


def _in_office(person: Entity, countries: set[str], on: date | None) -> bool:
    return any(
        role.code[:3] in countries and (role.valid_on(on) if on else role.end is None)
        for role in person.roles
    )

"""The actor dictionary's files (docs/actors.md): the packaged ones and the user's, told apart
by their header, validated with every bad row reported at once, and expanded into the
entities (date-bounded roles) and the surface names (inflected forms) the matcher reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .actors_words import GERMAN_ADJ_ENDINGS
from .datafiles import ACTOR_FILES, data_text
from .dictionaries import Row, read_tsv
from .errors import DictionaryError

ENTITY_COLUMNS = ("id", "kind", "code", "start", "end", "source")
NAME_COLUMNS = ("name", "lang", "id", "form", "source")
AGENT_COLUMNS = ("name", "lang", "code", "kind", "source")
ENTITY_KINDS = frozenset(
    {"country", "seat", "person", "igo", "ngo", "img", "mnc", "body", "group", "party", "region"}
)
# A family name that names a leader only in an article naming their country ("Kim"):
# actors_context.py.
IN_COUNTRY = "short-in-country"
# The family names training/build_actors.py derives for chronik's curated people, in an
# article naming their country too: distinct enough to name them out of office ("Clinton"
# in 2016), where a curated short-in-country name, a common word ("Moon"), names only the
# one in office.
FAMILY_IN_COUNTRY = "family-in-country"
IN_COUNTRY_FORMS = frozenset({IN_COUNTRY, FAMILY_IN_COUNTRY})
NAME_FORMS = frozenset({"name", "adj", "demonym", "short", *IN_COUNTRY_FORMS})
AGENT_KINDS = frozenset({"leader", "person", "group", "body"})
LANGS = frozenset({"de", "en", "*"})
# Countries of German-language news: the genitive of their seats names the city
GERMAN_HOMES = ("DEU", "AUT", "CHE")
_CODE = re.compile(r"^(?:[A-Z]{3}){1,5}$")
_ROLE = re.compile(r"^(?:[A-Z]{3}){1,3}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Role:
    """One code of an entity, valid from ``start`` (inclusive) to ``end`` (exclusive)."""

    code: str
    start: date | None
    end: date | None
    where: str

    def valid_on(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str
    roles: tuple[Role, ...]

    def role_on(self, on: date | None) -> Role | None:
        """The role valid ``on`` that date (the newest when ``on`` is None). A person whose
        office ended is an elite (``<ISO3>ELI``) afterwards, and so is one named before their
        first office (of that office's country). Without a date a person keeps their newest
        office even when it has ended: undated news names people mostly while in office
        ("Mr Brown" the chancellor in BBC news of 2005, Feinstein the senator in 2018);
        "former" makes them an elite."""
        if not self.roles:
            return None
        if on is None:
            current = [r for r in self.roles if r.end is None]
            if self.kind == "seat":  # "Bonn": a former seat is a city now; Moscow is Russia's
                return max(current, key=lambda r: r.start or date.min) if current else None
            return max(self.roles, key=lambda r: r.start or date.min)
        valid = [r for r in self.roles if r.valid_on(on)]
        if valid:
            return max(valid, key=lambda r: r.start or date.min)
        if self.kind in ("country", "igo"):
            # a historical state named later ("the Soviet Union collapsed") is still itself
            return max(self.roles, key=lambda r: r.start or date.min)
        if self.kind != "person":
            return None
        ended = [r for r in self.roles if r.end is not None and r.end <= on]
        if ended:
            return self.elite_after(max(ended, key=lambda r: r.end or date.min))
        # before the first office: already one of that country's elite ("Donald Trump" in
        # 2016, a candidate), not nobody
        return self.elite_after(min(self.roles, key=lambda r: r.start or date.min))

    def elite_after(self, role: Role) -> Role:
        """The elite code after ``role``: its country's ELI; after an office in an
        organisation, the ELI of the person's latest country office, if any."""
        if role.code.endswith("ELI"):
            return role
        country = role.code[:3]
        if country in ("IGO", "NGO"):
            national = [r for r in self.roles if r.code[:3] not in ("IGO", "NGO")]
            if national:
                country = max(national, key=lambda r: r.start or date.min).code[:3]
        return replace(role, code=country + "ELI")


@dataclass(frozen=True)
class Name:
    """A surface form: ``target`` is an entity id, or the role code of an agent."""

    text: str
    lang: str
    target: str
    # name, adj, demonym, genitive, short, short-in-country; agent-leader, agent-person,
    # agent-group, agent-body
    form: str
    where: str
    exact_case: bool = False  # an acronym ("US", "IS"): only as written
    # a one-word proper name ("Kurz") or a German agent noun: only with a capital
    capitalized: bool = False

    @property
    def is_agent(self) -> bool:
        return self.form.startswith("agent")


def load_entries(
    paths: Iterable[Path] | None,
) -> tuple[dict[str, Entity], list[Name], list[Name]]:
    """Entities, names and agents of the packaged files and the user's (see
    :meth:`ActorDictionary.load`), every bad row of every file reported at once."""
    sources: list[str | Path] = [*ACTOR_FILES, *(paths or ())]
    problems: list[str] = []
    entity_rows: list[Row] = []
    name_rows: list[Row] = []
    agent_rows: list[Row] = []
    for source in sources:
        try:
            columns = _columns_of(source)
        except OSError as error:
            problems.append(f"{source}:0: cannot read the file ({error.strerror})")
            continue
        try:
            if columns == ENTITY_COLUMNS:
                entity_rows += read_tsv(
                    source, ENTITY_COLUMNS, required=("id", "kind", "code"), check=_check_entity
                )
            elif columns == NAME_COLUMNS:
                name_rows += read_tsv(
                    source,
                    NAME_COLUMNS,
                    required=("name", "lang", "id", "form"),
                    check=_check_name,
                )
            elif columns == AGENT_COLUMNS:
                agent_rows += read_tsv(
                    source,
                    AGENT_COLUMNS,
                    required=("name", "lang", "code", "kind"),
                    check=_check_agent,
                )
            else:
                problems.append(
                    f"{source}:1: header must be the entity, name or agent columns: "
                    + " | ".join(" ".join(c) for c in (ENTITY_COLUMNS, NAME_COLUMNS, AGENT_COLUMNS))
                )
        except DictionaryError as error:
            problems += error.problems
    if problems:  # names of an entity from a bad file would only repeat its problems
        raise DictionaryError(problems)
    entities = _entities_from(entity_rows)
    problems += [
        f"{row.where}: unknown entity id {row['id']!r}"
        for row in name_rows
        if row["id"] not in entities
    ]
    if problems:
        raise DictionaryError(problems)
    names = [name for row in name_rows for name in _expand_name(row, entities[row["id"]])]
    agents = [name for row in agent_rows for name in _expand_agent(row)]
    return entities, names, agents


def _columns_of(source: str | Path) -> tuple[str, ...]:
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else data_text(source)
    header = next(
        (line for line in text.splitlines() if line.strip() and not line.startswith("#")), ""
    )
    return tuple(header.rstrip("\n").split("\t"))


def _check_dates(row: Row) -> str | None:
    for column in ("start", "end"):
        value = row.get(column)
        if value and not _ISO_DATE.match(value):
            return f"{column} {value!r} is not a YYYY-MM-DD date"
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                return f"{column} {value!r} is not a valid date"
    if row.get("start") and row.get("end") and row["start"] >= row["end"]:
        return f"start {row['start']} is not before end {row['end']} (end dates are exclusive)"
    return None


def _check_entity(row: Row) -> str | None:
    if row["kind"] not in ENTITY_KINDS:
        return f"kind {row['kind']!r} is not one of {', '.join(sorted(ENTITY_KINDS))}"
    if not _CODE.match(row["code"]):
        return f"code {row['code']!r} is not a CAMEO code (3 to 15 capital letters in groups of 3)"
    return _check_dates(row)


def _check_name(row: Row) -> str | None:
    if row["lang"] not in LANGS:
        return f"lang {row['lang']!r} is not de, en or *"
    if row["form"] not in NAME_FORMS:
        return f"form {row['form']!r} is not one of {', '.join(sorted(NAME_FORMS))}"
    return None


def _check_agent(row: Row) -> str | None:
    if row["lang"] not in LANGS:
        return f"lang {row['lang']!r} is not de, en or *"
    if not _ROLE.match(row["code"]):
        return f"code {row['code']!r} is not a role code such as GOV, MIL or GOVMIL"
    if row["kind"] not in AGENT_KINDS:
        return f"kind {row['kind']!r} is not one of {', '.join(sorted(AGENT_KINDS))}"
    return None


def _entities_from(rows: Sequence[Row]) -> dict[str, Entity]:
    """Group role rows by id; a later file's rows for an id replace an earlier file's."""
    grouped: dict[str, tuple[str, str, list[Row]]] = {}
    for row in rows:
        file = row.where.rsplit(":", 1)[0]
        current = grouped.get(row["id"])
        if current is None or current[1] != file:
            grouped[row["id"]] = (row["kind"], file, [row])
        else:
            current[2].append(row)
    return {
        entity_id: Entity(entity_id, kind, tuple(_role(r) for r in group))
        for entity_id, (kind, _, group) in grouped.items()
    }


def _role(row: Row) -> Role:
    start, end = row.get("start"), row.get("end")
    return Role(
        row["code"],
        date.fromisoformat(start) if start else None,
        date.fromisoformat(end) if end else None,
        row.where,
    )


def _expand_name(row: Row, entity: Entity) -> list[Name]:
    """A name row's surface forms: German adjective endings, German genitive -s, demonym
    plurals, English plural demonyms."""
    kind, names = entity.kind, []
    for text in row["name"].split("|"):
        text = text.strip()
        for surface, form in _inflections(text, row["lang"], row["form"], kind):
            acronym = _is_acronym(surface)
            # a capitalised one-word name, or group name, only with its capital: "a red
            # line" is no "Red Line" (a Greek armed group); "the foreign ministry" still is one
            one_word_or_group = " " not in surface or kind == "group"
            proper = not acronym and one_word_or_group and surface[:1].isupper()
            names.append(Name(surface, row["lang"], row["id"], form, row.where, acronym, proper))
        if row["lang"] == "en" and kind == "country" and _people_adjective(text, row["id"]):
            # "Syrians", "Iraqis": the country's people (adjectives also come as names)
            plural, one_word = text + "s", " " not in text
            names.append(Name(plural, "en", row["id"], "demonym", row.where, False, one_word))
        if kind == "seat" and row["lang"] == "*" and _foreign_genitive(entity, text):
            # "die Vorwürfe Londons": the German genitive of a seat named alike in both
            # languages (German-only seats get it from _inflections)
            names.append(Name(text + "s", "de", row["id"], "genitive", row.where, False, True))
        if kind == "person" and row["lang"] in ("de", "*") and has_genitive(text):
            # "Putins Sprecher", "Wladimir Putins Besuch": German only ("the Trumps" differ)
            names.append(Name(text + "s", "de", row["id"], row["form"], row.where, False, True))
    return names


def _people_adjective(text: str, country: str) -> bool:
    """An English country adjective whose plural names the people ("Syrian", "Iraqi")."""
    return text != country and text.endswith(("an", "i"))


def _foreign_genitive(seat: Entity, name: str) -> bool:
    """A one-word name ending in a consonant ("die Duma" takes no -s, and "Dumas" or
    "Champs-Élysées" are other words) of a seat abroad: in German-language news "Berlins"
    is mostly the city ("Berlins CDU-Chef", "das Herz Berlins")."""
    one_word = " " not in name and "-" not in name and not _is_acronym(name)
    home = any(role.code.startswith(GERMAN_HOMES) for role in seat.roles)
    consonant = name[-1:].lower() not in "aeiouyéáí"
    return one_word and consonant and not home and has_genitive(name)


def has_genitive(name: str) -> bool:
    """Whether a German genitive adds -s to the name (not to "Abbas", "Xi", "Macron's")."""
    last = name.rsplit(" ", 1)[-1]
    return last[-1:].isalpha() and last[-1:] not in "sßxzSXZ" and not _is_acronym(last)


def _inflections(text: str, lang: str, form: str, kind: str) -> list[tuple[str, str]]:
    """(surface form, form) pairs; a German genitive ("Nordkoreas") gets the form
    ``genitive``: like an adjective it can qualify a noun ("Chinas Präsident")."""
    if lang == "de" and form == "adj":
        return [(text + ending, form) for ending in GERMAN_ADJ_ENDINGS]
    if lang == "de" and form == "demonym":
        endings: tuple[str, ...] = ("",)
        if text.endswith("er"):
            endings = ("", "n", "s", "in", "innen")
        elif text.endswith("e"):
            endings = ("", "n")
        return [(text + ending, form) for ending in endings]
    one_word = " " not in text
    if lang == "de" and form == "name" and kind != "person" and one_word and not _is_acronym(text):
        return [(text, form)] if text[-1:] in "sßxz" else [(text, form), (text + "s", "genitive")]
    if lang == "en" and form == "demonym" and not text.endswith(("s", "sh", "ch", "ese")):
        return [(text, form), (text + "s", form)]
    return [(text, form)]


def _expand_agent(row: Row) -> list[Name]:
    kind = "agent-" + row["kind"]
    forms: list[str] = []
    for text in row["name"].split("|"):
        text = text.strip()
        forms.append(text)
        if row["lang"] == "en" and row["kind"] != "body" and text[-1:].isalpha():
            forms.append(_english_plural(text))
    # a German noun only with its capital: "beschuldigte" is a verb, "Beschuldigte" the accused
    german = row["lang"] == "de"
    return [
        Name(f, row["lang"], row["code"], kind, row.where, capitalized=german)
        for f in dict.fromkeys(forms)
    ]


def _english_plural(text: str) -> str:
    if text.endswith(("s", "sh", "ch", "x")):
        return text + "es"
    if text.endswith("y") and text[-2:-1] not in "aeiou":
        return text[:-1] + "ies"
    if text.endswith("man"):
        return text[:-3] + "men"
    return text + "s"


def _is_acronym(text: str) -> bool:
    return text.isalpha() and text.isupper() and len(text) <= 4

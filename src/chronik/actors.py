"""Actor coding: find the political actors an article names and give each mention the
CAMEO code it had on the article's date.

    names ──automaton──▶ hits ──compose──▶ mentions ──resolve──▶ Actor records
    ("nordkoreanischer" "Machthaber" "Kim Jong-un")  →  one PRKGOV mention, name "Kim Jong-un"

The dictionary (:class:`ActorDictionary`) has three kinds of TSV files, described in
``docs/actors.md``: *entities* (an id, its kind and its date-bounded codes; people carry
one row per office), *names* (surface forms per language pointing at an entity id) and
*agents* (role nouns such as "Außenminister" → ``GOV``). All names go into one
Aho-Corasick automaton over a normalised token stream, so matching is one pass over the
text, on token boundaries, longest match first.

:class:`ActorCoder` is the pipeline stage. Beyond dictionary matches it composes
country + agent ("the Israeli army" → ``ISRMIL``), title + name, capitals as metonyms, and
resolves references inside the article: repeated or shortened names ("Kim"), titles that
stand for a person named before ("der US-Präsident"), "er"/"he", and "beide Seiten"/
"both leaders" (one Actor per antecedent on the same span).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from .dictionaries import Row, data_text, read_tsv
from .document import Document
from .errors import DictionaryError
from .records import Actor, Span, Token

PACKAGED_FILES = (
    "actors/entities.v1.tsv",
    "actors/people.v1.tsv",
    "actors/names.v1.tsv",
    "actors/agents.v1.tsv",
)
ENTITY_COLUMNS = ("id", "kind", "code", "start", "end", "source")
NAME_COLUMNS = ("name", "lang", "id", "form", "source")
AGENT_COLUMNS = ("name", "lang", "code", "kind", "source")

ENTITY_KINDS = frozenset({"country", "seat", "person", "igo", "ngo", "img", "mnc", "body", "group"})
NAME_FORMS = frozenset({"name", "adj", "demonym", "short"})
AGENT_KINDS = frozenset({"leader", "person", "group", "body"})
LANGS = frozenset({"de", "en", "*"})
_CODE = re.compile(r"^(?:[A-Z]{3}){1,5}$")
_ROLE = re.compile(r"^(?:[A-Z]{3}){1,3}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_HYPHENS = frozenset("-‐‑–")

# Grammar words the resolver reads; they are closed classes, so they live here, not in data.
_FORMER = frozenset(
    [
        "former",
        "ex",
        "ehemalige",
        "ehemaliger",
        "ehemaligen",
        "ehemaliges",
        "ehemaligem",
        "fruhere",
        "fruherer",
        "fruheren",
        "fruheres",
        "fruherem",
    ]  # tokens are compared accent-free
)
_BOTH = frozenset({"beide", "beiden", "both"})
_SIDES = frozenset({"seiten", "sides", "parteien", "parties"})
_PAIR_NOUNS = _SIDES | frozenset({"staaten", "lander", "landern", "countries", "nations"})
_OF_CONNECTORS = (("of",), ("of", "the"), ("des",), ("der",), ("von",), ("in",), ("aus",))
_LOCATIVE = frozenset(
    [
        "in",
        "im",
        "nach",
        "aus",
        "bei",
        "nahe",
        "um",
        "durch",
        "zwischen",
        "to",
        "at",
        "from",
        "near",
        "outside",
        "around",
        "across",
    ]
)
_HE = frozenset({"er", "he"})
_THEY = frozenset({"sie", "they"})
_AND = frozenset({"und", "and", "sowie"})
_REFERENCES = _HE | _BOTH
# Agents a locative phrase does not qualify: "Truppen in Polen" are troops stationed in
# Poland, "Flüchtlinge in Deutschland" no Germans. Refugees "aus Syrien" come from there;
# troops "aus Syrien" mostly leave it ("der Abzug der Truppen aus Syrien"), so they are
# Syria's only when the clause says they come from there ("Soldaten aus Nordkorea, die
# nach Russland geschickt wurden").
_PLACED_ROLES = frozenset({"MIL", "REF"})
_IN = frozenset({"in", "im"})
_FROM = frozenset({"aus"})
_ORIGIN = frozenset(
    [
        "stammen",
        "stammt",
        "stammten",
        "stammende",
        "stammenden",
        "stammender",
        "entsandt",
        "entsandte",
        "entsandten",
        "geschickt",
        "geschickte",
        "geschickten",
    ]
)
# Bare government nouns after a definite article ("die Regierung", "the government") stand
# for the government of the country the article coded last, if it did so recently.
_GOVERNMENT_NOUNS = frozenset({"regierung", "staatsfuhrung", "regime", "government"})
_DEFINITE = frozenset({"die", "der", "den", "das", "the"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_GOVERNMENT_REACH = 2  # sentences back
_GOVERNMENT_REACH_CHARS = 400  # when the document has no sentences
# Words that are never a person's short name, even after the full name: "Theresa May",
# but "im Mai", "in May".
_NOT_ALIASES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "januar",
        "februar",
        "marz",
        "mai",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ]
)
# Hyphen compounds whose country part is only a colour code or metaphor.
_NOT_HEADS = frozenset({"koalition", "koalitionen", "bundnis", "coalition"})
# Name particles are no surname on their own ("Van" of "Alexander Van der Bellen").
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "zu",
        "ten",
        "ter",
    ]
)
# The bare stem ("deutsch") is predicative or the language name, not an actor.
_GERMAN_ADJ_ENDINGS = ("e", "en", "er", "es", "em")


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
        office ended is an elite (``<ISO3>ELI``) afterwards; before any office, nothing."""
        if not self.roles:
            return None
        if on is None:
            newest = max(self.roles, key=lambda r: r.start or date.min)
            return self.elite_after(newest) if self.kind == "person" and newest.end else newest
        valid = [r for r in self.roles if r.valid_on(on)]
        if valid:
            return max(valid, key=lambda r: r.start or date.min)
        if self.kind != "person":
            return None
        ended = [r for r in self.roles if r.end is not None and r.end <= on]
        return self.elite_after(max(ended, key=lambda r: r.end or date.min)) if ended else None

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
    # name, adj, demonym, genitive, short; agent-leader, agent-person, agent-group, agent-body
    form: str
    where: str
    exact_case: bool = False  # an acronym ("US", "IS"): only as written
    capitalized: bool = False  # a one-word proper name ("Kurz"): only with a capital

    @property
    def is_agent(self) -> bool:
        return self.form.startswith("agent")


@dataclass(frozen=True)
class ActorMatch:
    """A coded mention found by :meth:`ActorDictionary.mentions`/:meth:`~ActorDictionary.lookup`."""

    code: str
    entry: str
    name: str
    text: str
    start: int
    end: int
    kind: str


class _Token(NamedTuple):
    """A word or punctuation mark (a tuple: there are many, and they are made fast)."""

    norm: str
    text: str
    start: int
    end: int
    hyphen_before: bool


@dataclass(frozen=True)
class _Hit:
    """Dictionary names matching tokens ``first``..``last`` (inclusive)."""

    first: int
    last: int
    names: tuple[Name, ...]


@dataclass(frozen=True)
class _Mention:
    """A composed mention before reference resolution."""

    first: int
    last: int
    code: str
    entry: str
    name: str
    kind: str  # entity kind, "composed" (country + agent) or "both" ("beide Seiten")
    entity: str | None = None
    # A leader title with a country and no name ("der US-Präsident"); for "both" mentions:
    # people preferred as the two sides.
    titled: bool = False


def lookup_json(match: ActorMatch | None) -> dict[str, object]:
    """The JSON shape of ``chronik actors lookup --json``; ``code`` is null without a match."""
    if match is None:
        return {"code": None, "entry": None, "name": None, "text": None}
    return {
        "code": match.code,
        "entry": match.entry,
        "name": match.name,
        "text": match.text,
        "start": match.start,
        "end": match.end,
        "kind": match.kind,
    }


class ActorDictionary:
    """Entities, names and agents, compiled into one automaton. Build with :meth:`load`."""

    def __init__(
        self, entities: dict[str, Entity], names: Sequence[Name], agents: Sequence[Name]
    ) -> None:
        self.entities = entities
        self.names = tuple(names)
        self.agents = tuple(agents)
        self._automaton = _build_automaton([*self.names, *self.agents])
        # ISO3 → country entity id: the name of a government a reference stands for.
        self.country_ids = {
            role.code: entity.id
            for entity in entities.values()
            if entity.kind == "country"
            for role in entity.roles
        }
        # Family names stand for a person once the article named them in full ("Kim").
        self._family_names = frozenset(
            _normalize(word)
            for person, spelling in (
                *((e.id, e.id) for e in entities.values() if e.kind == "person"),
                *((n.target, n.text) for n in self.names if n.form == "name"),
            )
            if entities[person].kind == "person"
            for word in _surnames(spelling)
        )

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> ActorDictionary:
        """The packaged dictionary plus the user's files (entity, name or agent TSV files,
        told apart by their header). A user entity with a packaged id replaces its codes.
        Raises :class:`DictionaryError` listing every bad row of every file."""
        sources: list[str | Path] = [*PACKAGED_FILES, *(paths or ())]
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
                        + " | ".join(
                            " ".join(c) for c in (ENTITY_COLUMNS, NAME_COLUMNS, AGENT_COLUMNS)
                        )
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
        names = [name for row in name_rows for name in _expand_name(row, entities[row["id"]].kind)]
        agents = [name for row in agent_rows for name in _expand_agent(row)]
        return cls(entities, names, agents)

    def mentions_any(self, text: str, lang: str | None = None) -> bool:
        """Whether ``text`` (a sentence) may mention an actor: a dictionary name (not an
        agent noun alone), the family name of a known person ("Kim", named in full earlier
        in the article, also in the genitive), or a reference ("er", "beide Seiten", a
        government noun, a sentence-initial "Sie"/"They"). A cheap prefilter: a few false
        positives; the only false negative is a plural "sie"/"they" inside a sentence that
        names nothing else."""
        tokens = _tokenize(text)
        if any(
            t.norm in _REFERENCES
            or (t.text[:1].isupper() and {t.norm, _stem(t.norm)} & self._family_names)
            for t in tokens
        ):
            return True
        if tokens and tokens[0].norm in _THEY:  # "Sie trafen sich …" after "Trump und Kim"
            return True
        # An agent noun alone ("Menschen", "Armee") codes nothing without a country name,
        # except a government noun, which may stand for the country named before.
        return any(
            not all(n.is_agent for n in hit.names) or tokens[hit.first].norm in _GOVERNMENT_NOUNS
            for hit in self._hits(tokens, lang)
        )

    def mentions(
        self, text: str, *, on: date | None = None, lang: str | None = None
    ) -> list[ActorMatch]:
        """Every composed actor mention of ``text`` with its code on that date, in text
        order. References (pronouns, "both sides") need a document: see :class:`ActorCoder`."""
        tokens = _tokenize(text)
        return [
            ActorMatch(
                m.code,
                m.entry,
                m.name,
                text[tokens[m.first].start : tokens[m.last].end],
                tokens[m.first].start,
                tokens[m.last].end,
                m.kind,
            )
            for m in self._compose(tokens, on, lang)
            if m.code
        ]

    def lookup(
        self, text: str, *, on: date | None = None, lang: str | None = None
    ) -> ActorMatch | None:
        """The longest actor mention in ``text`` (the first of equals), or None."""
        found = self.mentions(text, on=on, lang=lang)
        return max(found, key=lambda m: m.end - m.start, default=None)

    # --- matching -------------------------------------------------------------------

    def _hits(self, tokens: Sequence[_Token], lang: str | None) -> Iterable[_Hit]:
        """Every (overlapping) dictionary hit, unfiltered by length."""
        stream, token_at = _stream(tokens)
        for end, (key_length, names) in self._automaton.iter(stream):
            first = token_at[end - key_length + 2]
            last = first + _key_tokens(stream, end, key_length) - 1
            usable = tuple(
                n
                for n in names
                if (lang is None or n.lang in (lang, "*"))
                and (not n.exact_case or _same_case(n, tokens, first, last))
                and (not n.capitalized or tokens[first].text[:1].isupper())
            )
            if usable:
                yield _Hit(first, last, usable)

    def _longest_hits(self, tokens: Sequence[_Token], lang: str | None) -> list[_Hit]:
        chosen: list[_Hit] = []
        taken = -1
        for hit in sorted(self._hits(tokens, lang), key=lambda h: (h.first, h.first - h.last)):
            if hit.first > taken:
                chosen.append(hit)
                taken = hit.last
        return chosen

    def _compose(
        self, tokens: Sequence[_Token], on: date | None, lang: str | None
    ) -> list[_Mention]:
        """Longest hits → mentions: country + agent (+ name), agent + name, agent of country."""
        hits = self._longest_hits(tokens, lang)
        hits = self._with_aliases(hits, tokens, lang)
        mentions: list[_Mention] = []
        i = 0
        while i < len(hits):
            used, mention = self._compose_at(hits, i, tokens, on, lang)
            if mention is not None:
                mentions.append(mention)
            i += used
        mentions += _pair_mentions(tokens, hits)
        return sorted(mentions, key=lambda m: m.first)

    def _with_aliases(
        self, hits: list[_Hit], tokens: Sequence[_Token], lang: str | None
    ) -> list[_Hit]:
        """Add later single-word mentions ("Kim", German also "Lawrows" after "Sergej
        Lawrow") of a person named in full earlier."""
        aliases: dict[str, tuple[int, Name]] = {}  # word → (where it may first be used, name)
        for hit in hits:
            for name in hit.names:
                entity = self.entities.get(name.target)
                if entity is not None and entity.kind == "person" and not name.is_agent:
                    for word in (*_surnames(entity.id), *_surnames(name.text)):
                        alias = (hit.last + 1, replace(name, form="short"))
                        aliases.setdefault(_normalize(word), alias)
                        if lang in (None, "de") and _has_genitive(word):
                            aliases.setdefault(_normalize(word) + "s", alias)
        if not aliases:
            return hits
        covered = {t for h in hits for t in range(h.first, h.last + 1)}
        out = list(hits)
        for index, token in enumerate(tokens):
            found = aliases.get(token.norm)
            if (
                found
                and index >= found[0]
                and token.norm not in _NOT_ALIASES
                and index not in covered
                and token.text[:1].isupper()
            ):
                out.append(_Hit(index, index, (found[1],)))
        return sorted(out, key=lambda h: h.first)

    def _compose_at(
        self,
        hits: Sequence[_Hit],
        i: int,
        tokens: Sequence[_Token],
        on: date | None,
        lang: str | None,
    ) -> tuple[int, _Mention | None]:
        """The mention starting at hit ``i`` and how many hits it uses."""
        hit = hits[i]
        after = hits[i + 1] if i + 1 < len(hits) else None
        after2 = hits[i + 2] if i + 2 < len(hits) else None
        former = hit.first > 0 and tokens[hit.first - 1].norm in _FORMER
        country = self._country_of(hit)
        agent = _agent_of(hit)
        next_agent = _agent_of(after) if after is not None else None
        if (
            country is not None
            and after is not None
            and next_agent is not None
            and _modifies(hit, after, tokens, lang)
        ):
            # "US-Präsident Donald Trump": the person; else "nordkoreanischer Außenminister"
            if after2 is not None and _adjacent(after, after2):
                elite = former or next_agent.target == "ELI"
                person = self._person_mention(after2, hit.first, on, elite)
                if person is not None:
                    return 3, person
            return 2, _composed(hit.first, after.last, country, next_agent, former)
        if agent is not None:
            if after is not None and _adjacent(hit, after):
                elite = former or agent.target == "ELI"  # "former President Obama"
                person = self._person_mention(after, hit.first, on, elite)
                if person is not None:
                    return 2, person
            found = self._country_of(after) if after is not None else None
            if after is not None and found is not None and _connected(hit, after, tokens, agent):
                return 2, _composed(hit.first, after.last, found, agent, former)
            if hit.first > 0 and tokens[hit.first - 1].norm in _BOTH and agent.target == "GOV":
                # "beide Staatschefs", "beide Regierungen"; not "die beiden Geiseln"
                people = agent.form in ("agent-leader", "agent-person")
                return 1, _Mention(
                    hit.first - 1, hit.last, "", agent.where, "", "both", titled=people
                )
            if (
                hit.first == hit.last
                and tokens[hit.first].norm in _GOVERNMENT_NOUNS
                and hit.first > 0
                and tokens[hit.first - 1].norm in _DEFINITE
            ):
                return 1, _Mention(hit.first, hit.last, "", agent.where, "", "government")
            return 1, None
        person = self._person_mention(hit, hit.first, on, former)
        if person is not None:
            return 1, person
        if after is not None and _modifies(hit, after, tokens, lang):
            # "U.S. Secretary of State John Kerry", "US Secretary of State John Kerry": a
            # person's title or country before the name is part of the person's mention
            person = self._person_mention(after, hit.first, on, former)
            if person is not None:
                return 2, person
        entity = next((e for n in hit.names if (e := self.entities.get(n.target))), None)
        if entity is None or entity.kind == "person":
            return 1, None
        if entity.kind == "seat" and hit.first > 0 and tokens[hit.first - 1].norm in _LOCATIVE:
            return 1, None  # "in Pjöngjang" is a place, not an actor
        following = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
        if following is not None and following.hyphen_before and following.norm in _NOT_HEADS:
            return 1, None  # "Jamaika-Koalition" names a German coalition, not Jamaica
        role = entity.role_on(on)
        if role is None:
            return 1, None
        return 1, _Mention(
            hit.first, hit.last, role.code, role.where, entity.id, entity.kind, entity.id
        )

    def _person_mention(
        self, hit: _Hit | None, first: int, on: date | None, former: bool
    ) -> _Mention | None:
        if hit is None:
            return None
        for name in hit.names:
            entity = self.entities.get(name.target)
            if entity is None or entity.kind != "person":
                continue
            role = entity.role_on(on)
            if role is None:
                return None
            code = entity.elite_after(role).code if former else role.code
            return _Mention(first, hit.last, code, role.where, entity.id, "person", entity.id)
        return None

    def _country_of(self, hit: _Hit) -> tuple[str, str, str, Name] | None:
        """(code, entry, entity id, name) when the hit names a country, a seat of government
        or an organisation that can head an agent noun ("nordkoreanischer", "Kreml-", "EU-")
        or complete one ("die Regierung in Pjöngjang")."""
        for name in hit.names:
            entity = self.entities.get(name.target)
            if entity is not None and entity.kind in ("country", "seat", "igo", "ngo"):
                role = entity.role_on(None)
                if role is not None:
                    return role.code, role.where, entity.id, name
        return None


class ActorCoder:
    """Pipeline stage: fills ``doc.actors`` with coded, reference-resolved mentions."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def __call__(self, doc: Document) -> Document:
        text = doc.article.text
        tokens = _tokenize(text)
        on = doc.article.date
        mentions = self.dictionary._compose(tokens, on, doc.lang)
        actors = _resolve(mentions, tokens, text, doc, self.dictionary.country_ids)
        return replace(doc, actors=tuple(sorted(actors, key=_actor_order)))


def _actor_order(actor: Actor) -> tuple[int, int, int]:
    return actor.span.start, actor.span.end, actor.antecedent.start if actor.antecedent else -1


def _resolve(
    mentions: Sequence[_Mention],
    tokens: Sequence[_Token],
    text: str,
    doc: Document,
    countries: Mapping[str, str],
) -> list[Actor]:
    """Turn mentions into Actors, resolving references to earlier named mentions."""
    actors: list[Actor] = []
    named: list[tuple[_Mention, Span]] = []  # mentions that name an entity, in text order
    first_span: dict[str, Span] = {}
    for mention in mentions:
        span = _span(tokens, mention.first, mention.last, text)
        if mention.kind == "government":
            # "die Regierung", "the government": of the country coded last, if recently.
            found = _latest_country(named, span, doc, countries)
            if found is not None:
                coded, coded_span = found
                code, country = coded.code[:3] + "GOV", countries[coded.code[:3]]
                actors.append(Actor(code, span, mention.entry, country, coded_span))
                government = replace(mention, code=code, name=country, kind="composed")
                named.append((replace(government, entity=country), span))
            continue
        if mention.kind == "both":
            actors += [
                Actor(m.code, span, m.entry, m.name, s)
                for m, s in _two_sides(named, people_first=mention.titled)
            ]
            continue
        if mention.titled and mention.entity is None:
            # "der US-Präsident" after "Donald Trump": the person holding that office.
            earlier = next(
                (m for m, _ in reversed(named) if m.kind == "person" and m.code == mention.code),
                None,
            )
            if earlier is not None and earlier.entity is not None:
                antecedent = _latest_span(named, earlier.entity)
                actors.append(Actor(mention.code, span, mention.entry, earlier.name, antecedent))
                named.append((replace(earlier, first=mention.first, last=mention.last), span))
                continue
        if not mention.code:
            continue
        antecedent = first_span.get(mention.entity or "") if mention.kind == "person" else None
        actors.append(Actor(mention.code, span, mention.entry, mention.name, antecedent))
        if mention.entity is not None:
            first_span.setdefault(mention.entity, span)
        named.append((mention, span))
    if any(sent.tokens for sent in doc.sentences):
        actors += _resolve_pronouns(doc, named)
    return actors


def _latest_country(
    named: Sequence[tuple[_Mention, Span]],
    span: Span,
    doc: Document,
    countries: Mapping[str, str],
) -> tuple[_Mention, Span] | None:
    """The latest mention with a country code (no organisation, no former office holder) at most
    ``_GOVERNMENT_REACH`` sentences before ``span`` (``_GOVERNMENT_REACH_CHARS`` characters
    when the document has no sentences)."""
    starts = [sent.start for sent in doc.sentences]
    for mention, earlier in reversed(named):
        if starts:
            if bisect_right(starts, span.start) - bisect_right(starts, earlier.start) > (
                _GOVERNMENT_REACH
            ):
                return None
        elif span.start - earlier.start > _GOVERNMENT_REACH_CHARS:
            return None
        if mention.code[:3] in countries and not mention.code.endswith("ELI"):
            return mention, earlier  # a former office holder's country is not in question
    return None


def _two_sides(
    named: Sequence[tuple[_Mention, Span]], *, people_first: bool
) -> list[tuple[_Mention, Span]]:
    """The latest mentions of the two most recently named countries, oldest first. With
    ``people_first`` ("beide Staatschefs", "both sides"), two people of different countries
    are looked for first, so a meeting place named in between does not count as a side."""
    pools = (
        [[p for p in named if p[0].kind == "person"], list(named)]
        if people_first
        else [list(named)]
    )
    for pool in pools:
        sides: dict[str, tuple[_Mention, Span]] = {}
        for mention, span in reversed(pool):
            sides.setdefault(mention.code[:3], (mention, span))
            if len(sides) == 2:
                return sorted(sides.values(), key=lambda pair: pair[1].start)
    return []


def _pair_mentions(tokens: Sequence[_Token], hits: Sequence[_Hit]) -> list[_Mention]:
    """ "beide Seiten", "both sides": a pair noun that is no agent, after "beide"/"both"."""
    covered = {t for h in hits for t in range(h.first, h.last + 1)}
    return [
        _Mention(i, i + 1, "", "", "", "both", titled=tokens[i + 1].norm in _SIDES)
        for i in range(len(tokens) - 1)
        if tokens[i].norm in _BOTH and tokens[i + 1].norm in _PAIR_NOUNS and i + 1 not in covered
    ]


def _latest_span(named: Sequence[tuple[_Mention, Span]], entity: str) -> Span | None:
    return next((s for m, s in reversed(named) if m.entity == entity), None)


def _resolve_pronouns(doc: Document, named: Sequence[tuple[_Mention, Span]]) -> list[Actor]:
    """ "er"/"he" → the person of the nearest earlier sentence with one (its subject or its
    sentence-initial person preferred), or an earlier person of the same sentence."""
    subjects = [
        member
        for frame in doc.frames
        for argument in frame.arguments
        if argument.role == "subj"
        for member in argument.members
    ]
    people = [(m, s) for m, s in named if m.kind == "person"]
    actors = []
    for number, sent in enumerate(doc.sentences):
        for index, token in enumerate(sent.tokens):
            if token.pos != "PRON":
                continue
            if token.text.lower() in _THEY and _plural_subject(sent.tokens, index):
                previous = doc.sentences[number - 1].start if number else sent.start
                pronoun = Span(token.start, token.end, token.text)
                actors += [
                    Actor(m.code, pronoun, m.entry, m.name, s)
                    for m, s in _coordinated_pair(doc.article.text, named, previous, token.start)
                ]
            if token.text.lower() not in _HE:
                continue
            chosen = _pronoun_antecedent(token.start, doc, people, subjects)
            if chosen is not None:
                mention, span = chosen
                pronoun = Span(token.start, token.end, token.text)
                actors.append(Actor(mention.code, pronoun, mention.entry, mention.name, span))
    return actors


def _plural_subject(tokens: Sequence[Token], index: int) -> bool:
    """Whether "sie"/"they" at ``index`` is a plural subject: "they" always; German "sie"
    (also "she" and "her") only next to a plural finite verb ("Sie unterzeichneten", "am
    Montag trafen sie sich"), read from the tagger's features."""
    if tokens[index].text.lower() == "they":
        return True
    near = [*tokens[index + 1 : index + 4], *tokens[max(0, index - 1) : index]]
    verb = next((t for t in near if "VerbForm=Fin" in t.morph), None)
    return verb is not None and "Number=Plur" in verb.morph


def _coordinated_pair(
    text: str, named: Sequence[tuple[_Mention, Span]], start: int, position: int
) -> list[tuple[_Mention, Span]]:
    """The two mentions of "Trump und Kim", "Trump and Kim" between ``start`` and
    ``position`` when they are the last named ones before ``position``; else none."""
    before = [(m, s) for m, s in named if start <= s.start and s.end <= position]
    if len(before) < 2:
        return []
    (left, left_span), (right, right_span) = before[-2:]
    joined = text[left_span.end : right_span.start].strip().lower() in _AND
    return [before[-2], before[-1]] if joined and left.name != right.name else []


def _pronoun_antecedent(
    position: int, doc: Document, people: Sequence[tuple[_Mention, Span]], subjects: Sequence[Span]
) -> tuple[_Mention, Span] | None:
    sentences = [s for s in doc.sentences if s.start <= position] or list(doc.sentences)
    current = sentences[-1]
    same = [(m, s) for m, s in people if current.start <= s.start and s.end <= position]
    if same:
        return same[-1]
    for sent in reversed(sentences[-3:-1]):
        inside = [(m, s) for m, s in people if sent.start <= s.start < sent.end]
        if not inside:
            continue
        for mention, span in inside:
            if any(sub.start <= span.start and span.end <= sub.end for sub in subjects):
                return mention, span
        for mention, span in inside:
            if len(doc.article.text[sent.start : span.start].split()) <= 1:
                return mention, span
        return inside[-1]
    return None


def _surnames(person: str) -> list[str]:
    """The word of a name that stands for the person later in an article: the family
    name ("Trump", "Assad" of "Bashar al-Assad"), which comes first where the given name
    is hyphenated in the Korean way ("Kim" of "Kim Jong-un")."""
    words = [w for w in person.split() if w.lower() not in _PARTICLES]
    if len(words) < 2:
        return []
    given = words[-1].split("-")
    if len(given) == 2 and given[1][:1].islower():
        return [words[0]]
    return [given[-1]] if len(given[-1]) >= 3 else []


def _stem(word: str) -> str:
    """A German genitive's name ("trumps" → "trump"); other words as they are."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _span(tokens: Sequence[_Token], first: int, last: int, text: str) -> Span:
    start, end = tokens[first].start, tokens[last].end
    return Span(start, end, text[start:end])


def _adjacent(left: _Hit, right: _Hit) -> bool:
    return right.first == left.last + 1


def _modifies(country: _Hit, agent: _Hit, tokens: Sequence[_Token], lang: str | None) -> bool:
    """Whether a country word directly qualifies the agent noun after it: an adjective
    ("nordkoreanische Armee"), a genitive ("Chinas Präsident"), a hyphen compound
    ("US-Präsident"), an English noun modifier ("US president") or possessive ("Israel's
    army"). A bare German name does not ("in Nordkorea Soldaten …" is two phrases)."""
    between = tuple(t.norm for t in tokens[country.last + 1 : agent.first])
    if between == ("'", "s"):
        return True
    if between:
        return False
    if tokens[agent.first].hyphen_before or lang == "en":
        return True
    return any(
        n.form in ("adj", "demonym", "genitive") or (lang is None and n.lang == "en")
        for n in country.names
    )


def _composed(
    first: int, last: int, country: tuple[str, str, str, Name], agent: Name, former: bool
) -> _Mention:
    """Country (or organisation) + agent: the country's code with the agent's role; an
    organisation keeps its own code ("UN-Generalsekretär" → IGOUNO)."""
    code, _, entity_id, _ = country
    if code.startswith(("IGO", "NGO")):
        role_code = code
    else:
        role_code = code[:3] + ("ELI" if former else agent.target)
    return _Mention(
        first,
        last,
        role_code,
        agent.where,
        entity_id,
        "composed",
        titled=agent.form == "agent-leader" and not role_code.endswith("ELI"),
    )


def _connected(agent: _Hit, country: _Hit, tokens: Sequence[_Token], noun: Name) -> bool:
    """ "Präsident Nordkoreas", "president of North Korea", "Regierung in Pjöngjang",
    "Flüchtlinge aus Syrien"; but troops and refugees "in Polen" are only there, and troops
    "aus Syrien" are Syria's only when the clause says they come from there."""
    between = tuple(t.norm for t in tokens[agent.last + 1 : country.first])
    if not between:
        return True
    if between not in _OF_CONNECTORS:
        return False
    if noun.target in _PLACED_ROLES and between[0] in _IN:
        return False
    if noun.target == "MIL" and between[0] in _FROM:
        return _says_origin(tokens, agent.first, country.last)
    return True


def _says_origin(tokens: Sequence[_Token], first: int, last: int) -> bool:
    """Whether a word of origin stands near tokens ``first``..``last`` in their sentence
    ("Soldaten aus Nordkorea, die nach Russland geschickt wurden")."""
    start = first
    while start > max(0, first - 8) and tokens[start - 1].norm not in _SENTENCE_ENDS:
        start -= 1
    end = last
    while end < min(len(tokens) - 1, last + 12) and tokens[end + 1].norm not in _SENTENCE_ENDS:
        end += 1
    return any(t.norm in _ORIGIN for t in tokens[start : end + 1])


def _agent_of(hit: _Hit) -> Name | None:
    return next((n for n in hit.names if n.is_agent), None)


# --- text normalisation and the automaton ----------------------------------------------


def _normalize(word: str) -> str:
    """Lower case without accents; ß → ss; typographic apostrophes → '."""
    if word.isascii():
        return word.lower()
    folded = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss").replace("’", "'"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _tokenize(text: str) -> list[_Token]:
    """Words and single punctuation marks; hyphens join words and are dropped, so
    "Kim Jong-un" and "Kim Jong Un" read the same and "US-Präsident" is "us präsident"."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lengthen in lower case ("İ")
        lowered = ""
    tokens: list[_Token] = []
    hyphen = False
    for found in _TOKEN.finditer(text):
        start, end = found.span()
        word = found.group()
        if word in _HYPHENS and start > 0 and not text[start - 1].isspace():
            hyphen = True
            continue
        norm = lowered[start:end] if lowered else word.lower()
        if not norm.isascii():
            norm = _normalize(norm)
        tokens.append(_Token(norm, word, start, end, hyphen))
        hyphen = False
    return tokens


def _stream(tokens: Sequence[_Token]) -> tuple[str, dict[int, int]]:
    """ " tok tok … " and the token index at each token's first character."""
    norms = [token.norm for token in tokens]
    offsets = accumulate((len(norm) + 1 for norm in norms), initial=1)
    return " " + " ".join(norms) + " ", dict(zip(offsets, range(len(norms)), strict=False))


def _key_tokens(stream: str, end: int, key_length: int) -> int:
    return stream.count(" ", end - key_length + 1, end + 1) - 1


def name_key(text: str) -> str:
    """The automaton key of a name: its normalised tokens between spaces. Two names with
    the same key are the same to the matcher ("Kim Jong-un", "kim jong un")."""
    return " " + " ".join(t.norm for t in _tokenize(text)) + " "


def _same_case(name: Name, tokens: Sequence[_Token], first: int, last: int) -> bool:
    written = "".join(t.text for t in tokens[first : last + 1])
    return written == name.text.replace(" ", "").replace("-", "")


def _build_automaton(names: Iterable[Name]) -> ahocorasick.Automaton:
    by_key: dict[str, list[Name]] = {}
    for name in names:
        key = name_key(name.text)
        if key.strip():
            by_key.setdefault(key, []).append(name)
    automaton = ahocorasick.Automaton()
    for key, group in by_key.items():
        automaton.add_word(key, (len(key), tuple(group)))
    automaton.make_automaton()
    return automaton


# --- loading ---------------------------------------------------------------------------


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


def _expand_name(row: Row, kind: str) -> list[Name]:
    """A name row's surface forms: German adjective endings, German genitive -s, demonym
    plurals, English plural demonyms."""
    names = []
    for text in row["name"].split("|"):
        text = text.strip()
        for surface, form in _inflections(text, row["lang"], row["form"], kind):
            acronym = _is_acronym(surface)
            proper = not acronym and " " not in surface and surface[:1].isupper()
            names.append(Name(surface, row["lang"], row["id"], form, row.where, acronym, proper))
        if kind == "person" and row["lang"] in ("de", "*") and _has_genitive(text):
            # "Putins Sprecher", "Wladimir Putins Besuch": German only ("the Trumps" differ)
            names.append(Name(text + "s", "de", row["id"], row["form"], row.where, False, True))
    return names


def _has_genitive(name: str) -> bool:
    """Whether a German genitive adds -s to the name (not to "Abbas", "Xi", "Macron's")."""
    last = name.rsplit(" ", 1)[-1]
    return last[-1:].isalpha() and last[-1:] not in "sßxzSXZ" and not _is_acronym(last)


def _inflections(text: str, lang: str, form: str, kind: str) -> list[tuple[str, str]]:
    """(surface form, form) pairs; a German genitive ("Nordkoreas") gets the form
    ``genitive``: like an adjective it can qualify a noun ("Chinas Präsident")."""
    if lang == "de" and form == "adj":
        return [(text + ending, form) for ending in _GERMAN_ADJ_ENDINGS]
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
    return [Name(f, row["lang"], row["code"], kind, row.where) for f in dict.fromkeys(forms)]


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

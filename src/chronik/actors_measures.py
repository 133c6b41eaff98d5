"""Measures that stand for the government imposing them (German news): what people act
"gegen" ("gegen die Corona-Maßnahmen demonstrieren", "gegen das Demonstrationsverbot
klagen") is the state behind the measure, which the annotation codes as its government
(``DEUGOV``). Such a measure is a German office of the story's country
(``references._offices``): the country of a place in its sentence, else the article's main
location; with no country known it stays uncoded. Only after "gegen", where the measure is
what an actor turns against: as a subject ("Die Maskenpflicht gilt ab Montag") it does
nothing, and after a second "gegen" of its clause it is in a noun's phrase (below). Not a
measure with an owner after it ("gegen die Maßnahmen der Regierung": the owner is the
actor), nor a bare "Regeln" or "Politik" (a game's rules, anyone's politics): their
compounds are ("Corona-Regeln", "Flüchtlingspolitik").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import Mention
from .records import Span

_ENTRY = "actors_measures.py"
_GOVERNMENT = "GOV"
# "gegen" (an article or demonstrative, up to two lower-case adjectives) and a noun.
_AGAINST = re.compile(
    r"\bgegen\s+(?:(?:die|den|das|dem|diese|diesen|dieses)\s+)?"
    r"(?:[a-zäöü][\wäöüß]*\s+){0,2}"
    r"((?:[A-ZÄÖÜ][\wäöüß]*-)*[A-ZÄÖÜ][\wäöüß]*)"
)
# How a measure's noun ends, alone or as a compound's head ("Maßnahmen",
# "Corona-Schutzmaßnahmen", "Demonstrationsverbot", "Infektionsschutzgesetz").
_MEASURES = (
    "maßnahmen", "maßnahme", "verbot", "verbote", "pflicht", "auflagen", "beschränkungen",
    "einschränkungen", "verordnung", "verordnungen", "gesetz", "gesetze", "gesetzes",
    "ausgangssperre", "sperrstunde", "lockdown", "regeln", "regelungen", "politik",
)  # fmt: skip
# Heads that are a measure only in a compound: "gegen die Regeln" of a game, "gegen die
# Politik" of anyone.
_COMPOUND_ONLY = frozenset({"regeln", "politik"})
# Words after the measure that name its owner ("der Regierung", "des Senats", "von Trump").
_OWNER = re.compile(r"\s+(?:der|des|von)\b")
# An earlier "gegen" of the same clause: the measure is then in a noun's phrase ("die Polizei
# ging gegen Verstöße gegen die Maskenpflicht vor"), which the clause's verb takes as its own
# ("vorgehen" would code the police against the government).
_NESTED = re.compile(r"\bgegen\b[^,.;:!?\n]*$")
_NESTED_REACH = 60  # characters back


def measure_targets(
    text: str, mentions: Sequence[tuple[Mention, Span]], lang: str | None
) -> list[tuple[Mention, Span]]:
    """An office mention (role GOV, no country yet) for each measure after "gegen" that no
    dictionary mention covers."""
    if lang != "de":
        return []
    found = []
    for match in _AGAINST.finditer(text):
        word = match.group(1)
        start, end = match.span(1)
        if not _is_measure(word) or _OWNER.match(text, end):
            continue
        if _NESTED.search(text, max(0, match.start() - _NESTED_REACH), match.start()):
            continue
        span = Span(start, end, word)
        if any(s.overlaps(span) for _, s in mentions):
            continue
        found.append((Mention(-1, -1, _GOVERNMENT, _ENTRY, "", "office"), span))
    return found


def _is_measure(word: str) -> bool:
    head = word.rsplit("-", 1)[-1].lower()
    if head in _COMPOUND_ONLY:
        return "-" in word
    return head.endswith(_MEASURES)

"""Unnamed and group actors ("protesters", "Zehntausende", "die Opposition", "police") get
their country the CAMEO way: from their own sentence, where a place says where they are
("in Caracas", "in Syrien"), else from the article's main location, the country its actors
name most often (the first of equals). Without either they stay uncoded. A country the
group's own phrase names ("syrische Rebellen", "protesters in Caracas") is composed before,
by the dictionary.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence

from .actors import Mention
from .actors_american import american
from .actors_home import federal_home, sentence_home
from .document import Document
from .records import Actor, Span

# A locative preposition (and article) right before a country: "in Syria", "im Irak".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|im|nach|across|throughout|durch|inside)\s+(?:(?:the|der|dem|den)\s+)?$", re.I
)
# A possessor before the group ("London's most senior police officer"): the possessor is
# the actor already, the group no second one.
_POSSESSED = re.compile(r"^['’]s(?:\s+[a-z]+){0,3}\s+$")
# A company's people ("LSE's chief executive", "the firm's chief executive", "Apple chief
# executive"): of the company, whose country an unknown possessor or name does not tell.
_COMPANY_OWNED = re.compile(
    r"(?:\w['’]s|\b(?!(?:The|A|An|Its|Their|His|Her|Our|Former|Then|New)\b)[A-Z][\w&.-]*)\s+$"
)
_BUSINESS = "BUS"
_PROPER_NOUN_TAGS = frozenset({"NE", "NNP", "NNPS"})  # STTS, Penn
_MILITARY = "MIL"
_FORCE_REACH = 2  # sentences back a bare force looks for the force it takes up
_OPPOSITION = "OPP"
# A country alone ("Cuba") or its state's bodies: what an opposition group opposes.
_STATE_ROLES = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD"})
# How far around the group a sentence reaches when the document has no sentences.
_REACH_CHARS = 200
# A country German news names as a border ("nahe der Grenze zur Elfenbeinküste", "an der
# Grenze zu Syrien") is the neighbour of the story's place, not that place.
_BORDER_BEFORE = re.compile(r"\bGrenze\s+(?:zu[rm]?|mit)\s+(?:de[mnr]\s+)?$")


def resolve_groups(
    groups: Sequence[tuple[Mention, Span]],
    places: Sequence[tuple[Mention, Span]],
    named: Sequence[tuple[Mention, Span]],
    doc: Document,
    countries: Mapping[str, str],
    found: Sequence[tuple[str, Span]] = (),
) -> list[Actor]:
    """One Actor per group mention whose country the sentence or the article tells
    (``found``: more places, from the gazetteer)."""
    if not groups:
        return []
    text = doc.article.text
    located = _located(places, named, text, countries) + [p for p in found if p[0] in countries]
    main = _main_country(_not_borders(named, text, doc.lang), located, countries)
    us_named = any(m.code.startswith("USA") for m, _ in named)
    actors = []
    for mention, span in groups:
        if any(_POSSESSED.match(text[s.end : span.start]) for _, s in named):
            continue
        if company_owned(mention.code, text, span.start, doc.lang):
            continue
        if american(mention.code, span, text, doc.lang, us_named, main):
            actors.append(Actor("USA" + mention.code, span, mention.entry, countries["USA"]))
            continue
        start, end = _sentence_of(span, doc)
        here = [(c, s) for c, s in located if start <= s.start and s.end <= end]
        several = {*(c for c, _ in here), *_named_in(named, start, end)} & countries.keys()
        if len(several) > 1 and company_named(mention.code, span, doc):
            continue
        force = _named_force(mention.code, span, named, doc, countries)
        state = _state_before(mention.code, span, named, start, countries, doc.lang)
        federal = federal_home(span.text, main, (m.code for m, _ in named), doc.lang)
        if federal is not None:
            country = federal
        elif force is not None:
            country = force
        elif here:
            country = min(here, key=lambda pair: abs(pair[1].start - span.start))[0]
        elif state is not None:
            country = state
        elif main is not None:
            country = sentence_home(main, _named_in(named, start, end), doc.lang)
        else:
            continue
        code = country + mention.code
        actors.append(Actor(code, span, mention.entry, countries[country]))
    return actors


def _named_force(
    role: str,
    span: Span,
    named: Sequence[tuple[Mention, Span]],
    doc: Document,
    countries: Mapping[str, str],
) -> str | None:
    """The country of the armed force a bare one ("die Armee", "Soldaten") takes up: the
    latest force named with its country shortly before ("eine israelische Soldatin … im
    Westjordanland von der Armee erschossen" is Israel's army, not the place's)."""
    if role != _MILITARY or doc.lang != "de":  # checked on German news only
        return None
    starts = [sent.start for sent in doc.sentences]
    here = bisect_right(starts, span.start)
    for mention, earlier in reversed(named):
        if earlier.start >= span.start or mention.code[3:] != _MILITARY:
            continue
        if starts and here - bisect_right(starts, earlier.start) > _FORCE_REACH:
            return None
        if mention.code[:3] in countries:
            return mention.code[:3]
    return None


def _state_before(
    role: str,
    span: Span,
    named: Sequence[tuple[Mention, Span]],
    start: int,
    countries: Mapping[str, str],
    lang: str | None,
) -> str | None:
    """The country of the state an opposition group stands against, or in German news of
    the state that rules companies (closes, supports, allows or appeals to them: "Conte
    verkündete, dass sämtliche Unternehmen schließen müssen", "Putin muss Unternehmen
    unterstützen"): the latest country or state body named before it in its sentence ("the
    Saudi crown prince, who cracked down on dissidents", "Cuba could bar dissidents"), not
    the article's main country."""
    if not role.startswith(_OPPOSITION) and not (lang == "de" and role == _BUSINESS):
        return None
    before = [
        (s.start, m.code[:3])
        for m, s in named
        if start <= s.start
        and s.end <= span.start
        and m.code[:3] in countries
        and m.code[3:6] in _STATE_ROLES
    ]
    return max(before)[1] if before else None


def company_owned(role: str, text: str, start: int, lang: str | None) -> bool:
    """Whether the business role at ``start`` of ``text`` belongs to a possessor ("LSE's
    chief executive", "Apple chief executive"): a company, not the sentence's country.
    English only: German capitalises every noun and the article ("Der Einzelhandel")."""
    return (
        lang == "en"
        and role == _BUSINESS
        and _COMPANY_OWNED.search(text, max(0, start - 30), start) is not None
    )


def company_named(role: str, span: Span, doc: Document) -> bool:
    """Whether a business role names the company right after it ("mit dem Hersteller
    AstraZeneca", "the firm Halliburton"): that company, which of the sentence's countries
    is its own the nearest one does not tell ("Deutschland, Frankreich, Italien und die
    Niederlande … mit dem Hersteller AstraZeneca" made it Dutch)."""
    if role != _BUSINESS:
        return False
    after = next((t for s in doc.sentences for t in s.tokens if t.start >= span.end), None)
    return (
        after is not None
        and after.tag in _PROPER_NOUN_TAGS
        and not doc.article.text[span.end : after.start].strip()
    )


def main_country(
    places: Sequence[tuple[Mention, Span]],
    named: Sequence[tuple[Mention, Span]],
    doc: Document,
    countries: Mapping[str, str],
    found: Sequence[tuple[str, Span]] = (),
) -> str | None:
    """The article's main location: the country its actors and places name most often."""
    text = doc.article.text
    located = _located(places, named, text, countries) + [p for p in found if p[0] in countries]
    return _main_country(_not_borders(named, text, doc.lang), located, countries)


def _not_borders(
    named: Sequence[tuple[Mention, Span]], text: str, lang: str | None
) -> list[tuple[Mention, Span]]:
    """The named mentions less the countries a German article names as a border."""
    if lang != "de":
        return list(named)
    return [
        (m, s)
        for m, s in named
        if m.kind != "country" or not _BORDER_BEFORE.search(text, max(0, s.start - 30), s.start)
    ]


def _located(
    places: Sequence[tuple[Mention, Span]],
    named: Sequence[tuple[Mention, Span]],
    text: str,
    countries: Mapping[str, str],
) -> list[tuple[str, Span]]:
    """Countries where something is: places ("in Caracas") and countries after a locative
    preposition ("in Syria")."""
    located = [(m.code[:3], s) for m, s in places if m.code[:3] in countries]
    located += [
        (m.code[:3], s)
        for m, s in named
        if m.kind == "country" and _LOCATIVE_BEFORE.search(text[max(0, s.start - 20) : s.start])
    ]
    return located


def _main_country(
    named: Sequence[tuple[Mention, Span]],
    located: Sequence[tuple[str, Span]],
    countries: Mapping[str, str],
) -> str | None:
    """The country the article's actors and places name most often (the first of equals)."""
    found = [(s.start, m.code[:3]) for m, s in named if m.code[:3] in countries]
    found += [(s.start, c) for c, s in located]
    counts = Counter(c for _, c in sorted(found))
    return counts.most_common(1)[0][0] if counts else None


def _named_in(named: Sequence[tuple[Mention, Span]], start: int, end: int) -> list[str]:
    """The countries of the mentions named between ``start`` and ``end``."""
    return [m.code[:3] for m, s in named if start <= s.start and s.end <= end]


def _sentence_of(span: Span, doc: Document) -> tuple[int, int]:
    for sent in doc.sentences:
        if sent.start <= span.start < sent.end:
            return sent.start, sent.end
    return span.start - _REACH_CHARS, span.end + _REACH_CHARS

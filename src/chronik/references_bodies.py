"""English bodies named again by their kind (part of the ActorCoder stage, references.py):
"the department" after "the Justice Department", "the agency" after "the Environmental
Protection Agency", "the ministry" after "the Foreign Ministry", "the coalition" after "the
U.S.-led coalition", "the Commission" after "the European Commission" are the body named so
before, wherever in the article. Only where the latest earlier word of that kind lies in a
coded mention: "the police department … the department" names a body the dictionary does
not code, and then the description stays uncoded too ("Netanyahu's coalition … the
coalition"). "The Commission" with its capital and no commission named before is the EU's,
where the article named the EU (or the EC) before ("The EC imposed duties … The Commission
said").

The Actor's span is the description, its ``antecedent`` the mention it stands for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from .document import Document
from .records import Actor, Span
from .references_officers import resolve_officers

_EUROPEAN = "IGOEUREEC"
BODY_NOUNS = ("department", "agency", "ministry", "coalition", "commission")
# "the department" alone: no name after it ("the Department of Energy", "the department
# of health", "the Commission for Racial Equality", "the Commission President"); British
# news writes the short name with its capital ("the Commission" after "the European
# Commission").
_DESCRIPTION = re.compile(
    rf"\b[Tt]he ((?i:{'|'.join(BODY_NOUNS)}))\b(?!\s+(?:of|for|on|to)\b)(?!\s+[A-Z])"
)


def resolve_bodies(doc: Document, coded: Sequence[Actor]) -> list[Actor]:
    """An Actor per "the department", "the agency", "the ministry", "the coalition" whose
    latest earlier word of its kind is inside a coded mention (that mention's actor), and
    per "officers" after a police force (references_officers.py)."""
    if doc.lang != "en":
        return []
    text = doc.article.text
    found = []
    for match in _DESCRIPTION.finditer(text):
        span = Span(match.start(), match.end(), match.group(0))
        if any(a.span.overlaps(span) for a in coded):
            continue
        earlier = _latest_named(text, match.group(1), span.start)
        actor = next((a for a in coded if earlier is not None and a.span.contains(earlier)), None)
        if actor is None and earlier is None and match.group(1) == "Commission":
            actor = _european_before(coded, span)
        if actor is not None:
            antecedent = actor.antecedent if actor.antecedent is not None else actor.span
            found.append(Actor(actor.code, span, actor.entry, actor.name, antecedent))
    return found + resolve_officers(doc, coded)


def _european_before(coded: Sequence[Actor], span: Span) -> Actor | None:
    """The latest European Union (or Community) actor before ``span``: "the Commission"
    with its capital and no commission named before is the EU's ("The EC imposed duties …
    The Commission said")."""
    return next(
        (a for a in reversed(coded) if a.code == _EUROPEAN and a.span.end <= span.start), None
    )


# "the House" alone is a legislature's lower chamber ("the House passed the bill"): not
# "the House of Lords", "the House Speaker", "the White House", nor "the house".
_HOUSE = re.compile(r"\b[Tt]he House\b(?!\s+(?:of\b|[A-Z]))")
HOUSE_ENTRY = "references_bodies.py:_HOUSE"
# Countries whose legislature or its lower chamber English news calls "the House".
HOUSE_COUNTRIES = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL", "JPN", "IND", "PHL"})


def resolve_house(
    doc: Document, coded: Sequence[Actor], main: str | None, countries: Mapping[str, str]
) -> list[Actor]:
    """An Actor per "the House": the legislature (``…LEG``) of the story's main country (the
    House of Representatives in an American story, the Commons in a British one); in a
    story about a country without a House ("the House approved sanctions against North
    Korea"), of the country with one the article names most, else the United States'."""
    if doc.lang != "en" or main is None:
        return []
    country = _house_country(main, coded)
    found = []
    for match in _HOUSE.finditer(doc.article.text):
        span = Span(match.start(), match.end(), match.group(0))
        if not any(a.span.overlaps(span) for a in coded):
            found.append(Actor(country + "LEG", span, HOUSE_ENTRY, countries[country]))
    return found


def _house_country(main: str, coded: Sequence[Actor]) -> str:
    if main in HOUSE_COUNTRIES:
        return main
    named = Counter(a.code[:3] for a in coded if a.code[:3] in HOUSE_COUNTRIES)
    # the House of Representatives is the House English news reports on most
    return max(named, key=named.__getitem__) if named else "USA"


def _latest_named(text: str, noun: str, before: int) -> Span | None:
    """The latest word ``noun`` (any case) before ``before`` that is not itself a bare
    description "the department"."""
    latest = None
    for match in re.finditer(rf"\b{noun}\b", text[:before], re.IGNORECASE):
        bare = _DESCRIPTION.match(text, max(0, match.start() - 4))
        if bare is None or bare.start(1) != match.start():
            latest = Span(match.start(), match.end(), match.group(0))
    return latest

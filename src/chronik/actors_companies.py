"""German companies named with their legal form ("Volkswagen AG", "Nordlicht Brauerei
GmbH"): the legal form is a business agent noun (``training/curated/agents_de.tsv``) and the
capitalised words before it are the company's name, one mention with it. A country among
those words or right before them is the company's ("die chinesische Huatai Hafenbau AG" →
CHNBUS); otherwise the company takes the country of its sentence or story, as other groups
do (``actors_groups.py``). A legal form with no name before it ("die AG") or in a compound
("Corona-AG" is a working group) is no actor. Not English ("Inc", "Corp", "Ltd"): there the
companies so named are Reuters' business news, deals and market talk the annotation leaves
out (the news dev set lost an event pair, KLM talking marketing with "Air Atlanta Inc").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .actors_tokens import Token

if TYPE_CHECKING:
    from .actors import Mention

# The legal forms as written after a company's name.
LEGAL_FORMS = frozenset({"AG", "GmbH"})
_FORM_WORDS = frozenset(form.lower() for form in LEGAL_FORMS)
# Words inside a company's name that are not capitalised ("Bank of America Corp",
# "Procter & Gamble Co", "Sainsbury's").
_JOINERS = frozenset({"of", "and", "&", "'", "’", "s", "."})
# Words a company's name does not begin with: articles and determiners.
_NOT_FIRST = frozenset(
    {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
     "eines", "einem", "einen"}
)  # fmt: skip
# The most words a name runs back from its legal form.
_LONGEST = 6
# The most words between a country and the company it describes.
_DESCRIBING = 3


def with_company_names(mentions: Sequence[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """``mentions`` with each legal form extended over the company's name before it (the
    mentions inside that name dropped), and the legal forms with no name before them
    dropped."""
    result = list(mentions)
    for form in [m for m in mentions if _is_legal_form(m, tokens)]:
        first = _name_start(tokens, form.first)
        result.remove(form)
        if first == form.first or tokens[form.first].text not in LEGAL_FORMS:
            continue
        inside = [m for m in result if first <= m.first and m.last < form.first]
        countries = [m for m in inside if m.kind == "country" and len(m.code) == 3]
        countries = countries or _country_before(result, tokens, first)
        for mention in inside:
            result.remove(mention)
        result.append(_company(form, first, countries))
    return sorted(result, key=lambda m: m.first)


def _country_before(
    mentions: Sequence[Mention], tokens: Sequence[Token], first: int
) -> list[Mention]:
    """A country that describes the company before its name ("U.S. regional carrier Air
    Atlanta Inc"): at most three lower-case words between."""
    for mention in mentions:
        between = tokens[mention.last + 1 : first]
        if (
            mention.kind == "country"
            and len(mention.code) == 3
            and len(between) <= _DESCRIBING
            and all(token.text.islower() for token in between)
        ):
            return [mention]
    return []


def _is_legal_form(mention: Mention, tokens: Sequence[Token]) -> bool:
    return (
        mention.kind == "unnamed"
        and mention.first == mention.last
        and tokens[mention.first].norm in _FORM_WORDS
    )


def _company(form: Mention, first: int, countries: Sequence[Mention]) -> Mention:
    if len(countries) == 1:
        country = countries[0]
        return replace(form, first=first, code=country.code + form.code, name=country.name,
                       kind="composed")  # fmt: skip
    return replace(form, first=first)


def _name_start(tokens: Sequence[Token], form: int) -> int:
    """The first token of the company name that ends before the legal form at ``form``
    (``form`` itself when there is none)."""
    first = form
    i = form - 1
    while i >= 0 and form - i <= _LONGEST and _in_name(tokens[i]):
        if tokens[i].text[:1].isupper() or tokens[i].text[:1].isdigit():
            first = i
        i -= 1
    while first < form and tokens[first].norm in _NOT_FIRST:
        first += 1
    return first


def _in_name(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit() or token.norm in _JOINERS

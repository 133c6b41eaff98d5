"""A role word or a titled person right after a mention that names its country is of that
country ("a senior Iranian military commander", "Russian Foreign Ministry spokesman
Alexander Lukashevich"): the two words are one phrase, one actor. Coded alone, the role word
and the person the dictionary lacks take the story's country (actors_groups.py,
actors_local.py), which in a foreign passage is another's: an Iranian commander became
North Korea's military, a Russian spokesman Ukraine's government."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from .actors import Mention
from .document import Document
from .records import Actor, Span

# The kinds of mention whose words name a country: the country ("Russia") and a country word
# composed with a role ("Russian Foreign Ministry", "Iranian military").
_COUNTRY_KINDS = frozenset({"country", "composed"})


def with_country_before(
    actors: Sequence[Actor],
    movable: Collection[Actor],
    named: Sequence[tuple[Mention, Span]],
    doc: Document,
    countries: Mapping[str, str],
) -> list[Actor]:
    """``actors``, those of ``movable`` (role words and titled people coded with the story's
    country) of the country named right before them where one is, and so the mentions that
    refer back to them ("… Lukashevich said", "he")."""
    moved: dict[Span, str] = {}
    for actor in sorted(actors, key=lambda a: a.span.start):  # a reference after its mention
        country = _country_before(actor.span, named, doc.article.text, countries)
        if actor in movable and country is not None and country != actor.country:
            moved[actor.span] = country
        elif actor.antecedent is not None:
            # the antecedent may be the whole titled phrase of a moved title ("student Otto
            # Warmbier" of "student")
            followed = (c for s, c in moved.items() if actor.antecedent.contains(s))
            country = next(followed, None)
            if country is not None:
                moved[actor.span] = country
    return [_of_country(a, moved[a.span], countries) if a.span in moved else a for a in actors]


def _country_before(
    span: Span, named: Sequence[tuple[Mention, Span]], text: str, countries: Mapping[str, str]
) -> str | None:
    """The country of a mention that ends right before ``span``, only spaces between."""
    for mention, before in named:
        if (
            mention.kind in _COUNTRY_KINDS
            and mention.code[:3] in countries
            and before.end <= span.start
            and before.end > span.start - 3
            and not text[before.end : span.start].strip()
        ):
            return mention.code[:3]
    return None


def _of_country(actor: Actor, country: str, countries: Mapping[str, str]) -> Actor:
    # a role word's name is its country's; a titled person keeps their own
    named_country = actor.name in countries.values()
    name = countries[country] if named_country else actor.name
    return replace(actor, code=country + actor.code[3:], name=name)

"""Country words that share or lead the agent noun after them, composed after the matcher
(read by :meth:`chronik.actors.ActorDictionary._compose`):

- coordinated country (or region) adjectives share one head ("American and Iraqi officials",
  "Russian, Ukrainian and Belarusian troops", "französische und deutsche Soldaten"): each
  country has the agent the last one composes with (USAGOV and IRQGOV), not the first
  alone as the bare country;
- the countries listed after an agent of a country share that agent ("the foreign
  ministers of Germany and France", "Ministers from Japan, Australia and Malaysia": FRAGOV,
  AUSGOV and MYSGOV, not the bare countries);
- a country that leads an armed alliance ("the U.S.-led coalition", "Saudi-led forces")
  is the country's military acting through it (USAMIL), as the gold codes a coalition's
  strikes.

A country noun before "and" is no adjective and stays itself: "between Israel and
Palestinian militants" are Israel and the militants.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from .actors_load import Entity
from .actors_words import OF_CONNECTORS, Written

if TYPE_CHECKING:
    from .actors import Mention

# English demonyms end so ("Iraqi", "Czech", "British", "Chinese", "Swiss", "Greek"), German
# ones (capitalised at a sentence's start) in "-sch" and its endings; abbreviations ("U.S.",
# "UK") modify as nouns do.
_DEMONYM = re.compile(r"(?:an|ese|sh|ch|i|ic|ss|ek)$|sch(?:e[nmrs]?)?$")
_ABBREVIATION = re.compile(r"[A-Z](?:\.?[A-Z])+\.?")
_CONJUNCTIONS = frozenset({"and", "or", "und", "oder", ","})
# The words that join an agent to the country after it.
_OF_WORDS = frozenset(words[0] for words in OF_CONNECTORS)
_ARTICLES = frozenset({"the", "der", "die", "das", "dem", "den", "des"})
LED_HEADS = frozenset({"coalition", "alliance", "forces", "military", "troops"})
# The roles a world region's adjective composes with ("Western diplomats", "European courts").
STATE_ROLES = frozenset({"GOV", "LEG", "MIL", "JUD", "SPY", "COP"})
# An organisation keeps its own code before an agent ("EU and NATO officials").
_OWN_CODES = ("IGO", "NGO")


class _Token(Written, Protocol):
    @property
    def hyphen_before(self) -> bool: ...


def shared_heads(
    mentions: list[Mention], tokens: Sequence[_Token], entities: Mapping[str, Entity]
) -> list[Mention]:
    """``mentions`` (in text order) with led alliances and shared heads composed, and a
    world region composed only with a state's agents."""
    led = [_led(mention, tokens) for mention in mentions]
    spans = [(m.first, m.last) for m, old in zip(led, mentions, strict=True) if m is not old]
    # the head a led alliance took in is no mention of its own ("U.S.-led troops")
    out = [m for m in led if not any(f < m.first <= last for f, last in spans)]
    for i in range(len(out) - 2, -1, -1):  # right to left: a list shares the last head
        out[i] = _sharing(out[i], out[i + 1], tokens)
    head = None  # left to right: a list after "ministers of" shares the first agent
    for i, mention in enumerate(out):
        if head is not None and mention.kind == "country" and _listed(out[i - 1], mention, tokens):
            out[i] = replace(mention, code=mention.code[:3] + head.code[3:], kind="composed")
        else:
            head = mention if _agent_of_country(mention, tokens) else None
    return [_of_region(m, entities) for m in out]


def _agent_of_country(mention: Mention, tokens: Sequence[_Token]) -> bool:
    """An agent with the country after it ("foreign ministers of Germany", "officials from
    Japan", "Flüchtlinge aus Syrien"), of a state, not an organisation."""
    inside = {t.norm for t in tokens[mention.first + 1 : mention.last]}
    return (
        mention.kind == "composed"
        and len(mention.code) > 3
        and not mention.code.startswith(_OWN_CODES)
        and bool(inside & _OF_WORDS)
    )


def _listed(previous: Mention, mention: Mention, tokens: Sequence[_Token]) -> bool:
    """Whether only a comma or a conjunction, and an article, stands between two mentions
    of a list ("Syrien und dem Irak", "Germany and the Netherlands")."""
    between = {t.norm for t in tokens[previous.last + 1 : mention.first]}
    return bool(between & _CONJUNCTIONS) and between <= _CONJUNCTIONS | _ARTICLES


def _of_region(mention: Mention, entities: Mapping[str, Entity]) -> Mention:
    """A region composes with a state's agents only ("European leaders" EURGOV): its people
    and firms ("African migrants", "Asian banks") are too loose a group to code."""
    entity = entities.get(mention.name) if mention.kind == "composed" else None
    if entity is None or entity.kind != "region" or mention.code[3:6] in STATE_ROLES:
        return mention
    return replace(mention, kind="region")


def _led(mention: Mention, tokens: Sequence[_Token]) -> Mention:
    """ "the U.S.-led coalition": the country's military, the mention up to the head."""
    led, head = mention.last + 1, mention.last + 2
    if (
        mention.kind != "country"
        or head >= len(tokens)
        or tokens[led].norm != "led"
        or not tokens[led].hyphen_before
        or tokens[head].norm not in LED_HEADS
    ):
        return mention
    return replace(mention, last=head, code=mention.code[:3] + "MIL", kind="composed")


def _sharing(mention: Mention, following: Mention, tokens: Sequence[_Token]) -> Mention:
    """A bare country adjective before a conjunction and a composed adjective + agent."""
    between = {t.norm for t in tokens[mention.last + 1 : following.first]}
    if (
        mention.kind not in ("country", "region")
        or following.kind != "composed"
        or not between
        or not between <= _CONJUNCTIONS
        or len(following.code) <= 3
        or following.code.startswith(_OWN_CODES)
        or not _adjective(tokens[mention.first : mention.last + 1], mention.entity)
        or not _adjective(tokens[following.first : max(following.last, following.first + 1)], None)
    ):
        return mention
    return replace(mention, code=mention.code[:3] + following.code[3:], kind="composed")


def _adjective(words: Sequence[_Token], entity: str | None) -> bool:
    """Country words that modify: a German adjective is lower case ("französische"), an
    English one a demonym or an abbreviation; never the country's own name ("Iran")."""
    text = " ".join(t.text for t in words).replace(" .", ".").replace(". ", ".")
    if not words or text == entity:
        return False
    if words[0].text[:1].islower():
        return True
    return bool(_ABBREVIATION.fullmatch(text) or any(_DEMONYM.search(t.text) for t in words))

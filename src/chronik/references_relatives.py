"""Relative pronouns (part of the ActorCoder stage, references.py): German "Griechenland,
das den Beitritt blockiert hatte", "die Rebellen, die das Dorf angriffen", "Russland, dem
die EU Sanktionen auferlegt hat", "die Türkei, mit der die EU verhandelt"; English "who"
or "whom" after a comma or dash and a coded mention ("Lindsey Graham, who said …",
"Yanukovych — who has accused …", "Clinton, whom he called a bigot").

The frame keeps the pronoun as its argument (as the UD treebanks do); here the pronoun gets
an Actor per actor of its antecedent, the coded mention that ends right before the comma
that opens the clause or before the verbs in front of it (a preposition may stand between
comma and pronoun). Its span is the
pronoun, its ``antecedent`` the mention. Possessive "deren"/"dessen" (tag PRELAT) stand for
no actor of their own. The English parse puts the antecedent in the slot of a restrictive
clause ("the senator who said"), not of one after a comma: there the pronoun is the subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from .datafiles import ACTOR_AGENTS
from .document import Document
from .records import Actor, Span, Token

RELATIVE_TAG = "PRELS"  # STTS: substituting relative pronoun ("der", "die", "welche")
_VERBAL = frozenset({"VERB", "AUX"})
_PARTICLES = frozenset({"PTKVZ", "PTKZU"})  # separated verb particle, infinitive "zu"
# The English relative pronouns that stand for a person ("Clinton, whom he called a bigot").
_WHO = frozenset({"who", "whom"})
# What opens a non-restrictive English relative clause before "who".
_OPENERS = frozenset({",", "—", "–", "--", "("})
# Roles of agent nouns written capitalised as an institution ("Congress", "the Senate", "Police").
_INSTITUTION_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY"})


def resolve_relatives(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """An Actor per actor of each relative pronoun's antecedent."""
    if doc.lang == "en":
        return _english_who(doc, actors)
    if doc.lang != "de":
        return []
    by_end: dict[int, list[Actor]] = {}
    for actor in actors:
        by_end.setdefault(actor.span.end, []).append(actor)
    found: list[Actor] = []
    for sent in doc.sentences:
        for index, token in enumerate(sent.tokens):
            if token.tag != RELATIVE_TAG:
                continue
            before = antecedent_end(sent.tokens, index)
            pronoun = Span(token.start, token.end, token.text)
            for actor in by_end.get(before, []) if before is not None else []:
                antecedent = actor.antecedent if actor.antecedent is not None else actor.span
                found.append(Actor(actor.code, pronoun, actor.entry, actor.name, antecedent))
    return found


def antecedent_end(tokens: Sequence[Token], index: int) -> int | None:
    """The end offset of the word before the clause's comma ("Russland, dem"; "der Türkei,
    mit der"), past the verbs of an extraposed clause ("mit Griechenland beilegen, das";
    "von Deutschland erhalten, das"), or None where no comma opens the clause."""
    comma = index - 2 if index >= 1 and tokens[index - 1].pos == "ADP" else index - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    before = comma - 1
    while before > 0 and (tokens[before].pos in _VERBAL or tokens[before].tag in _PARTICLES):
        before -= 1
    return tokens[before].end


def _english_who(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """ "who" or "whom" right after a comma or dash that closes a coded mention ("Graham, who"): the
    mention's actors. Not after a mention behind "of" ("the son of Assad, who": the son),
    nor "which" (as often the whole clause before it)."""
    by_end: dict[int, list[Actor]] = {}
    for actor in actors:
        by_end.setdefault(actor.span.end, []).append(actor)
    found: list[Actor] = []
    for sent in doc.sentences:
        tokens = sent.tokens
        for index, token in enumerate(tokens):
            if (
                token.text.lower() not in _WHO
                or index < 2
                or tokens[index - 1].text not in _OPENERS
            ):
                continue
            pronoun = Span(token.start, token.end, token.text)
            for actor in by_end.get(tokens[index - 2].end, []):
                if _after_of(tokens, actor.span.start) or _name_like(tokens, actor):
                    continue
                antecedent = actor.antecedent if actor.antecedent is not None else actor.span
                found.append(Actor(actor.code, pronoun, actor.entry, actor.name, antecedent))
    return found


def _name_like(tokens: Sequence[Token], actor: Actor) -> bool:
    """Whether the antecedent is an agent noun written as a person's name: one capitalised
    word after a comma or a proper name ("Biden's son, Hunter, who", "Duncan Hunter, who"),
    not the group the dictionary reads ("hunter" → civilians; "the Senate, who" keeps it)."""
    if actor.antecedent is not None:  # a person named before ("Yovanovitch" the ambassador)
        return False
    if not actor.entry.startswith(ACTOR_AGENTS) or actor.code[3:6] in _INSTITUTION_ROLES:
        return False
    if " " in actor.span.text or not actor.span.text[:1].isupper():
        return False
    before = [t for t in tokens if t.end <= actor.span.start]
    if not before:  # first in its sentence: capitalised anyway
        return False
    return before[-1].text == "," or (before[-1].pos == "PROPN" and before[-1].text[:1].isupper())


def _after_of(tokens: Sequence[Token], start: int) -> bool:
    """Whether "of" stands right before the token starting at ``start``."""
    before = [t for t in tokens if t.end <= start]
    return bool(before) and before[-1].text.lower() == "of"

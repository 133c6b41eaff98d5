"""English people the dictionaries lack whom the text introduces with a role in an
apposition (part of the ActorCoder stage, references_people.py):

- "Ahmad Karimi, an Iranian lawmaker, said", "said Jane Doe, a senior State Department
  official": the apposition is a coded role ("Iranian lawmaker" = IRNLEG);
- "Jan Novak, a member of the Czech parliament", "an official at the Iranian foreign
  ministry", also without an article ("Jan Novak, director of Amnesty International,",
  "legal director of the human rights group Redress"): a person noun whose institution the
  dictionary codes;
- "Viktor Petrov, who heads Russia's central bank": the institution the person leads.

The person takes that code, and their family name later in the article with it
(references_people.py keeps the chain). Only codes with a role (longer than a country's
three letters): "Jan Novak, a student in Prague" says nothing of whom Novak speaks for.
"""

from __future__ import annotations

from collections.abc import Sequence

from .actors_words import FORMER, normalize_word
from .records import Actor, Token

_ARTICLES = frozenset({"a", "an", "the"})
# Nouns for a person who works for an institution named after "for", "of", "at" or "in"
# ("an aide to" is someone else's: "to" is no such preposition here).
_MEMBER_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officer", "member", "adviser",
     "advisor", "aide", "lawmaker", "legislator", "deputy", "head", "chief", "chairman",
     "chairwoman", "director", "commander", "minister", "diplomat", "representative",
     "secretary", "leader", "judge", "prosecutor", "general", "colonel", "lieutenant"}
)  # fmt: skip
_MEMBER_OF = frozenset({"for", "of", "at", "in"})
_LEAD_VERBS = frozenset({"head", "lead", "chair", "run", "direct", "command"})
# What may end the apposition after its role: the clause goes on with its verb or a comma.
_CLOSERS = frozenset({",", ".", ";", ")", ":", "--", "—", "–"})
_LONGEST_MODIFIERS = 3  # adjectives between the article and the role ("a senior")
_LONGEST_OWN_NAME = 3  # words of a group's name after its noun ("the rights group Redress")
# A role may end in a place or body it serves in or is sent to: "a former Canadian ambassador
# to China,", "an Iranian lawmaker from Tabriz,"; only a short proper name, so that "an
# Iranian lawmaker to whom …" or "… in charge of" stays no apposition of one role.
_ROLE_PLACE_PREPOSITIONS = frozenset({"to", "in", "at", "from"})
_LONGEST_PLACE = 4
_AGENTS = "actors/agents"  # the entries of agent nouns (roles), not of named organisations


def apposition_role(tokens: Sequence[Token], index: int, coded: Sequence[Actor]) -> Actor | None:
    """The coded role of an apposition that starts at ``index`` (its comma), if it names
    one: the role itself, the institution of a member noun, or the institution led."""
    if index + 2 >= len(tokens) or tokens[index].text != ",":
        return None
    by_start = {a.span.start: a for a in coded if len(a.code) > 3 and a.antecedent is None}
    if tokens[index + 1].text.lower() == "who":
        return _led(tokens, index + 2, by_start)
    start = index + 1
    if tokens[start].text.lower() not in _ARTICLES:
        return _bare_member(tokens, start, by_start)
    return _role_from(tokens, start + 1, by_start)


def _bare_member(tokens: Sequence[Token], start: int, by_start: dict[int, Actor]) -> Actor | None:
    """The institution of a member noun without an article, after at most one lower-case
    word: "director of Amnesty International", "legal director of the human rights group
    Redress". A coded role without an article is left alone: "Jan Novak, Iranian officials
    and …" is a list."""
    for position in range(start, min(len(tokens), start + 2)):
        token = tokens[position]
        if token.text.lower() in _MEMBER_NOUNS:
            return _institution(tokens, position + 1, by_start)
        if not token.text.islower() or normalize_word(token.text) in FORMER:
            return None
    return None


def _role_from(tokens: Sequence[Token], start: int, by_start: dict[int, Actor]) -> Actor | None:
    """The role an article introduces at ``start``: a coded role after up to three lower-case
    adjectives ("senior"), or a member noun with its coded institution; a former one's is
    the country's elite ("a former homicide detective" = …ELI, as titled people's)."""
    former = False
    for position in range(start, min(len(tokens), start + _LONGEST_MODIFIERS + 1)):
        token = tokens[position]
        actor = by_start.get(token.start)
        if actor is not None:  # a person's role ends in a common noun, no institution's name
            ends = _closed(tokens, actor.span.end) or _closed_after_place(tokens, actor.span.end)
            found = actor if ends and _common(actor) else None
            return _as_former(found) if former else found
        if token.text.lower() in _MEMBER_NOUNS:
            found = _institution(tokens, position + 1, by_start)
            return _as_former(found) if former else found
        if token.pos != "ADJ" or not token.text.islower():  # "senior", "longtime"
            return None
        former = former or normalize_word(token.text) in FORMER
    return None


def _common(actor: Actor) -> bool:
    """Whether the mention ends in a lower-case noun: "Iranian lawmaker", "White House chief
    of staff", not "the International Monetary Fund" in a list of organisations; or in an
    agent noun written as an acronym: "a Labour MP"."""
    last = actor.span.text.split()[-1]
    return last.islower() or (last.isupper() and actor.entry.startswith(_AGENTS))


def _as_former(actor: Actor | None) -> Actor | None:
    if actor is None:
        return None
    return Actor(actor.code[:3] + "ELI", actor.span, actor.entry, actor.name, actor.antecedent)


def _institution(tokens: Sequence[Token], index: int, by_start: dict[int, Actor]) -> Actor | None:
    """The coded institution after a member noun: "for the Foreign Ministry", "of the human
    rights group Redress" (the group's own name after it)."""
    if index >= len(tokens) or tokens[index].text.lower() not in _MEMBER_OF:
        return None
    index += 1
    if index < len(tokens) and tokens[index].text.lower() == "the":
        index += 1
    actor = by_start.get(tokens[index].start) if index < len(tokens) else None
    if actor is None:
        return None
    end = actor.span.end
    if actor.span.text.split()[-1].islower():  # a group noun may have its name after it
        after = next((i for i in range(index, len(tokens)) if tokens[i].start >= end), None)
        for token in tokens[after : after + _LONGEST_OWN_NAME] if after is not None else ():
            if token.pos != "PROPN":
                break
            end = token.end
    return actor if _closed(tokens, end) else None


def _led(tokens: Sequence[Token], index: int, by_start: dict[int, Actor]) -> Actor | None:
    """The coded institution of "who heads Russia's central bank", "who leads the army"."""
    if index >= len(tokens) or tokens[index].lemma.lower() not in _LEAD_VERBS:
        return None
    for position in range(index + 1, min(len(tokens), index + 3)):
        actor = by_start.get(tokens[position].start)
        if actor is not None:
            return actor if _closed(tokens, actor.span.end) else None
        if tokens[position].text.lower() != "the":
            return None
    return None


def _closed(tokens: Sequence[Token], end: int) -> bool:
    """Whether the apposition ends where the coded mention does: "an Iranian lawmaker,"
    but not "an Iranian lawmaker's son"."""
    following = next((t for t in tokens if t.start >= end), None)
    return following is None or following.text in _CLOSERS


def _closed_after_place(tokens: Sequence[Token], end: int) -> bool:
    """Whether the apposition ends after a short proper name the role is tied to by a
    preposition: "ambassador to China,", "lawmaker from the Tabriz region" is no such name."""
    after = next((i for i, t in enumerate(tokens) if t.start >= end), None)
    if after is None or tokens[after].text.lower() not in _ROLE_PLACE_PREPOSITIONS:
        return False
    position = after + 1
    if position < len(tokens) and tokens[position].text.lower() == "the":
        position += 1
    names = 0
    while position < len(tokens) and tokens[position].pos == "PROPN" and names < _LONGEST_PLACE:
        position, names = position + 1, names + 1
    return names > 0 and (position == len(tokens) or tokens[position].text in _CLOSERS)

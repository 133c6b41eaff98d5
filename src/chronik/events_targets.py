"""Which coded mentions can stand in an event's slots: a common noun that only says how its
group relates to someone ("his community", "her students", "the international community")
is no one in particular, and a possessor is not the one who acts when the phrase names
another actor ("a member of Netanyahu's cabinet, Naftali Bennett")."""

from __future__ import annotations

from collections.abc import Sequence

from .datafiles import ACTOR_AGENTS
from .records import Actor, Sentence, Token

# Words before a group noun that make it relative to someone rather than a group of its
# own: "his community", "their voters", "the international community".
RELATIVE_DETERMINERS = frozenset(
    {"his", "her", "their", "its", "our", "my", "your", "international"}
)
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def bare_agent(actor: Actor) -> bool:
    """A mention coded by a role word alone, its country taken from the context: an
    English common noun ("women", "community"), not "Iranian officials" or "Mexico's
    minister" (German nouns are capitalised and never count)."""
    return actor.entry.startswith(ACTOR_AGENTS) and actor.span.text.islower()


def _tokens_before(actor: Actor, sent: Sentence) -> list[Token]:
    return [t for t in sent.tokens if t.end <= actor.span.start]


def relative_group(actor: Actor, sent: Sentence | None) -> bool:
    """A bare role word behind a possessive determiner or "international" ("call for
    change in his community", "defied the international community"): who is meant is
    nobody the text names, so it is no target."""
    if sent is None or not bare_agent(actor):
        return False
    before = _tokens_before(actor, sent)
    return bool(before) and before[-1].text.casefold() in RELATIVE_DETERMINERS


def possessor(actor: Actor, sent: Sentence) -> bool:
    """Whether the mention owns the noun after it ("Netanyahu's cabinet")."""
    after = [t for t in sent.tokens if t.start >= actor.span.end][:1]
    return bool(after) and after[0].text in POSSESSIVE_MARKS


def without_possessors(inside: Sequence[Actor], sent: Sentence) -> list[Actor]:
    """The actors of one phrase that are not only the owner of another of its words, when
    any is: "a member of Netanyahu's security cabinet, Naftali Bennett" is Bennett."""
    owned = [a for a in inside if not possessor(a, sent)]
    return owned or list(inside)

"""Actor mentions that only modify a word they are glued to, so no slot reads them.

English glues a name to a following word with a hyphen to make an adjective
("a Netherlands-based company", "Spanish-language broadcasters"): the phrase names the
company or the broadcasters, never the country. Kept: a name glued to another name
("US-China talks" are both sides') and the leader of "a U.S.-led coalition", who acts
through it. A bare name behind "pro-" or "anti-" ("anti-Iran protesters") is likewise an
attitude, not the actor.
"""

from __future__ import annotations

from .document import Document
from .records import Actor, Sentence

ATTITUDE_PREFIXES = ("pro-", "anti-")
LEADER_SUFFIX = "-led"


def slot_pool(doc: Document, sent: Sentence) -> tuple[Actor, ...]:
    """The actors of ``sent`` that a clause's slots may read."""
    actors = doc.actors_in(sent)
    if doc.lang != "en":
        return actors
    starts = {a.span.start for a in actors}
    return tuple(a for a in actors if not _glued_modifier(a, sent, starts))


def _glued_modifier(actor: Actor, sent: Sentence, starts: set[int]) -> bool:
    start = actor.span.start - sent.start
    end = actor.span.end - sent.start
    after = sent.text[end : end + 5].casefold()
    if after.startswith("-") and after[1:2].isalpha():
        return actor.span.end + 1 not in starts and not _led(after)
    before = sent.text[max(0, start - 5) : start].casefold()
    bare_name = " " not in actor.span.text
    return bare_name and before.endswith(ATTITUDE_PREFIXES)


def _led(after: str) -> bool:
    return after.startswith(LEADER_SUFFIX) and not after[4:5].isalpha()

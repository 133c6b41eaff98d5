"""English "officers" after a police force (part of the ActorCoder stage, references.py):
"Avon and Somerset Police said … Officers have appealed for witnesses", "police sealed off
the street; two officers were injured". English crime reports name the force once and its
people "officers" after it; the word alone is no dictionary row, as "officers" may be an
army's, a company's or a customs service's.

So it codes only as the police: a bare plural "officers" (after nothing, a determiner or a
number: not "army officers", "customs officers", "chief financial officers", "officers of
the regiment") whose latest coded mention of a police, military or intelligence body, in
its sentence or the two before, is a police one. The Actor's span is the word, its
``antecedent`` the police mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from .document import Document
from .records import Actor, Span, Token

_REACH = 2  # sentences back
_OFFICERS = "officers"
_POLICE = "COP"
# Bodies whose people are called officers too: the latest of these decides whose they are.
_FORCES = frozenset({"COP", "MIL", "SPY"})
# What may stand before a bare "officers": a determiner ("the", "two", "some"), a number.
_BEFORE_POS = frozenset({"DET", "NUM", "PUNCT"})


def resolve_officers(doc: Document, coded: Sequence[Actor]) -> list[Actor]:
    """An Actor per bare "officers" whose latest force mention nearby is the police."""
    if doc.lang != "en":
        return []
    forces = sorted((a for a in coded if a.code[3:6] in _FORCES), key=lambda a: a.span.start)
    found = []
    for number, sent in enumerate(doc.sentences):
        tokens = sent.tokens
        for index, token in enumerate(tokens):
            if token.text.casefold() != _OFFICERS or not _bare(tokens, index):
                continue
            span = Span(token.start, token.end, token.text)
            if any(a.span.overlaps(span) for a in coded):
                continue
            reach = doc.sentences[max(0, number - _REACH)].start
            force = next((a for a in reversed(forces) if reach <= a.span.start < span.start), None)
            if force is not None and force.code[3:6] == _POLICE:
                antecedent = force.antecedent or force.span
                found.append(Actor(force.code, span, force.entry, force.name, antecedent))
    return found


def _bare(tokens: Sequence[Token], index: int) -> bool:
    """Whether "officers" at ``index`` has no modifier before it and no "of" after it."""
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.text.casefold() == "of":
        return False
    return before is None or before.pos in _BEFORE_POS

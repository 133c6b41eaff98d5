"""Attacks in words: where a verb of attack ("angreifen", "attackieren") has political
actors of one country on both sides, the attack is criticism ("Die Grünen griffen die
Bundesregierung scharf an", "Trump attackierte Biden"), not an assault. A row says so with
the flag ``verbal=CODE`` (docs/patterns.md); armed, police and rebel actors, and actors of
two countries, keep the row's own code ("Russland griff die Ukraine an")."""

from __future__ import annotations

from .records import Actor

# Sectors of actors who attack each other in words: governments, office holders, parties,
# the opposition, parliaments and the press (CAMEO actor codes, letters 4-6).
POLITICAL_SECTORS = frozenset({"GOV", "ELI", "PTY", "OPP", "LEG", "MED"})


def verbal_code(verbal: str, source: Actor, target: Actor | None) -> str:
    """The row's ``verbal`` code where source and target are political actors of one
    country, else ""."""
    if not verbal or target is None or source.code[:3] != target.code[:3]:
        return ""
    political = {source.code[3:6], target.code[3:6]} <= POLITICAL_SECTORS
    return verbal if political else ""

"""The role of an oblique phrase of an English clause, with prepositional passives.

A prepositional verb's passive strands its preposition before the agent: "the convoy was
fired on by troops", "protesters were shot at by police". The parser hangs both words on the
agent noun ("on by"), so the phrase is the agent, and the stranded preposition stays on it:
its object is the passive subject, which ``patterns.role_arguments`` reads for that slot
("fire pp:on" codes troops → convoy, as the active "troops fired on the convoy" does).
"""

from __future__ import annotations

from ..records import ArgumentRole

AGENT_PREPOSITION = "by"
# Prepositions a passive strands; not the particles of phrasal verbs ("was sworn in by",
# "was taken over by": those belong to the verb's own lemma, swear in, take over).
STRANDED_PREPOSITIONS = frozenset(
    {"at", "on", "upon", "to", "for", "with", "about", "into", "against", "from", "of"}
)


def oblique_role(dep: str, prep: str | None, *, passive: bool) -> tuple[ArgumentRole, str | None]:
    """The role of an oblique (``dep`` obl…) and the preposition it keeps: an agent keeps
    only a stranded preposition ("on" of "fired on by"), a pp its own."""
    stranded, _, last = (prep or "").partition(" ")
    kept = stranded if last == AGENT_PREPOSITION and stranded in STRANDED_PREPOSITIONS else None
    if dep == "obl:agent" or (passive and (prep == AGENT_PREPOSITION or kept)):
        return "agent", kept
    return "pp", prep

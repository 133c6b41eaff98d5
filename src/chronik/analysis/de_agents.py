"""The agent of a German passive clause that the phrase chunker gave to a noun.

A "von" phrase right after a common noun modifies it ("der Abbau von Waffen"), so in
"Zwei Demonstranten sind im Zentrum der Hauptstadt von der Polizei festgenommen worden" the
police became part of "im Zentrum der Hauptstadt …" and the arrest had no source. In a
passive clause without an agent, a "von" phrase with a definite article ("von der Polizei",
"vom Militär") that ends the phrase it hangs in, right before the participle (adverbs and
other prepositional phrases may stand between), is the agent: the right bracket follows,
and a noun's "von" complement rarely has the article ("Fotos von Extremisten").
"""

from __future__ import annotations

from .de_phrases import Phrase
from .de_words import Word

_DEFINITE = frozenset({"der", "dem", "den"})
# Words that may stand between the agent and the participle ("von der Polizei kurz darauf
# festgenommen").
_BETWEEN = frozenset({"ADV", "ADJD", "PTKNEG"})


def detach_passive_agent(words: list[Word], phrases: list[Phrase]) -> None:
    """Move, in place, a noun's trailing "von der …" phrase into ``phrases`` as a phrase of
    its own when it stands before the participle of a passive clause that has no agent."""
    if any(ph.prep in ("von", "durch", "seitens") for ph in phrases):
        return
    for host in phrases:
        path = _trailing_von(host, words)
        if path is None or not _before_participle(words, phrases, host.end):
            continue
        agent = path[-1]
        for phrase in path[:-1]:
            phrase.end = agent.start - 1
        path[-2].modifiers.remove(agent)
        phrases.append(agent)
        return


def _trailing_von(host: Phrase, words: list[Word]) -> list[Phrase] | None:
    """The phrases from ``host`` down to a "von der …" modifier that ends it, if any."""
    if not host.modifiers:
        return None
    last = host.modifiers[-1]
    if last.end != host.end or last.apposition:
        return None
    if last.prep == "von" and _definite(words, last.start):
        return [host, last]
    deeper = _trailing_von(last, words)
    return [host, *deeper] if deeper else None


def _definite(words: list[Word], start: int) -> bool:
    preposition = words[start].text.lower()
    if preposition == "vom":
        return True
    return start + 1 < len(words) and words[start + 1].text.lower() in _DEFINITE


def _before_participle(words: list[Word], phrases: list[Phrase], end: int) -> bool:
    """Is the next word after ``end``, past adverbs and PPs of the clause, a participle?"""
    pps = {ph.start: ph for ph in phrases if ph.is_pp}
    k = end + 1
    while k < len(words):
        if words[k].tag == "VVPP":
            return True
        if k in pps:
            k = pps[k].end + 1
        elif words[k].tag in _BETWEEN:
            k += 1
        else:
            return False
    return False

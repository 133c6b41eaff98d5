"""Frames for attributive past participles with an agent: "eine von der Türkei und Russland
ausgehandelte Waffenruhe", "die von Russland annektierte Krim". Such a participle is a
reduced passive relative clause ("die Waffenruhe, die von … ausgehandelt wurde"), so its
frame is a passive relative frame: the von/durch phrase is the agent, the noun it modifies
the passive subject.
"""

from __future__ import annotations

from ..records import Argument, Frame
from .de_lexicon import AGENT_PREPOSITIONS
from .de_phrases import Phrase
from .de_roles import phrase_argument, word_span
from .de_words import Word

_NOUN_TAGS = frozenset({"NN", "NE"})


def participle_frames(
    words: list[Word], flat: list[Phrase], text: str, sentence: int
) -> list[Frame]:
    """One frame per participle (``Word.participle_of``) right after an agent phrase."""
    frames = []
    for p, word in enumerate(words):
        if word.participle_of is None:
            continue
        agent = _agent_before(words, flat, p)
        noun = _modified_noun(words, p)
        if agent is None or noun is None:
            continue
        patient = Argument(
            role="subj", span=word_span(words, p + 1, noun, text), head=words[noun].lemma
        )
        frames.append(
            Frame(
                sentence=sentence,
                predicate=word.participle_of,
                trigger=word_span(words, p, p, text),
                arguments=(phrase_argument("agent", agent, words, text), patient),
                voice="passive",
                tense="past",
                clause="relative",
            )
        )
    return frames


def _agent_before(words: list[Word], flat: list[Phrase], p: int) -> Phrase | None:
    """The von/durch phrase ending right before position p: the chunker's own one, or (when
    it took the participle and noun into the phrase) the words from the preposition on,
    cut at "und"/"oder" into conjuncts."""
    for ph in flat:
        if ph.end == p - 1 and ph.is_pp and ph.prep in AGENT_PREPOSITIONS:
            return ph
    q = next((q for q in range(p - 1, -1, -1) if words[q].tag.startswith("APPR")), None)
    if q is None or words[q].lemma.lower() not in AGENT_PREPOSITIONS:
        return None
    nouns = [k for k in range(q + 1, p) if words[k].tag in _NOUN_TAGS]
    if not nouns:
        return None
    cuts = [k for k in range(q + 1, p) if words[k].tag == "KON"]
    bounds = [q + 1, *[c + 1 for c in cuts]]
    ends = [*[c - 1 for c in cuts], p - 1]
    conjuncts = [(s, e) for s, e in zip(bounds, ends, strict=True) if s <= e]
    prep = words[q].lemma.lower()
    return Phrase(q, p - 1, nouns[-1], prep=prep, conjuncts=conjuncts if len(cuts) else [])


def _modified_noun(words: list[Word], p: int) -> int | None:
    """The noun the participle modifies: the next word after further adjectives."""
    q = p + 1
    while q < len(words) and words[q].tag in ("ADJA", "ADJD", "KON", "$,"):
        q += 1
    return q if q < len(words) and words[q].tag in _NOUN_TAGS else None

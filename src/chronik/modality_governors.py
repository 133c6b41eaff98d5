"""Words that govern an infinitive and give it its modality (modality.py): readiness
("willing to meet", "ist bereit, ... zu"), expectation ("likely to discuss", "is set to
visit"), ability ("ist in der Lage, ... zu")."""

from __future__ import annotations

from .analysis import de_lexicon, en_lexicon
from .records import Frame, Modality, Sentence


def _word_before_to(frame: Frame, sent: Sentence | None) -> str | None:
    """The word right before the "to" that governs the frame ("willing to work with
    France", "likely to discuss", "committed to meeting Kim"), past the frame's
    auxiliaries ("likely to have met") and an adjective's "for" phrase that names the
    infinitive's subject ("hard for Trump to meet Putin": "hard")."""
    if sent is None or frame.clause not in ("infinitive", "subordinate", "main"):
        return None
    before = [t for t in sent.tokens if t.end <= frame.trigger.start]
    while before and before[-1].pos == "AUX":
        before.pop()
    before = before[-9:]
    if len(before) < 2 or before[-1].text.casefold() != "to":
        return None
    fors = [i for i, t in enumerate(before[1:-2], 1) if t.text.casefold() == "for"]
    if fors and before[fors[-1] - 1].pos == "ADJ":
        return before[fors[-1] - 1].text
    return before[-2].text


def _perfect_infinitive(frame: Frame, sent: Sentence | None) -> bool:
    """ "to have met": a "have" among the auxiliaries right before the frame's verb."""
    if sent is None:
        return False
    before = [t for t in sent.tokens if t.end <= frame.trigger.start][-3:]
    perfect = en_lexicon.PERFECT_AUXILIARIES
    return any(t.pos == "AUX" and t.text.casefold() in perfect for t in before)


def readiness_word(frame: Frame, sent: Sentence | None) -> str | None:
    """The adjective of readiness right before the "to" that governs the frame ("willing
    to work with France", "committed to meeting Kim")."""
    if frame.clause == "main":
        return None
    word = _word_before_to(frame, sent)
    return word if word and word.casefold() in en_lexicon.READINESS_ADJECTIVES else None


def offers_readiness(frame: Frame) -> bool:
    """An English adjective of readiness with its copula ("would be happy to meet"): its
    conditional offers the act, it makes no condition of it."""
    return en_lexicon.copular_adjective(frame.predicate) in en_lexicon.READINESS_ADJECTIVES


def expectation(frame: Frame, sent: Sentence | None) -> tuple[Modality, str] | None:
    """The modality a word of expectation right before "to" gives the frame: "are likely
    to discuss", "is set to visit", "is due to meet" announce an action (intended, and
    "likely to have met" a guess, hypothetical); "unlikely to meet" leaves it possible."""
    word = _word_before_to(frame, sent)
    folded = (word or "").casefold()
    if folded in en_lexicon.UNLIKELY_WORDS:
        return "hypothetical", f"governed by {word!r} to"
    if folded not in en_lexicon.EXPECTATION_WORDS:
        return None
    if _perfect_infinitive(frame, sent):  # "was scheduled to visit" is still to come
        return "hypothetical", f"governed by {word!r} to, of a past act"
    return "intended", f"governed by {word!r} to"


def ready_predicative(frame: Frame, parent: Frame | None) -> str | None:
    """The German adjective of readiness the infinitive depends on ("ist bereit, mit Kiew
    zu verhandeln", "erklärte sich bereit, ... zu"), read from its clause's ``pred`` or
    fused with its verb."""
    if frame.clause != "infinitive" or parent is None:
        return None
    if parent.predicate.casefold() in de_lexicon.READINESS_VERBS:
        return parent.predicate
    return next((a.head for a in parent.args("pred") if _of_readiness(a.head)), None)


def ability_predicative(frame: Frame, parent: Frame | None) -> str | None:
    """The German predicative of ability the infinitive depends on ("ist in der Lage,
    Kiew anzugreifen", "ist imstande, ... zu")."""
    if frame.clause != "infinitive" or parent is None:
        return None
    held = parent.args("pred") + parent.args("pp", "in")
    words = (a.head for a in held if a.head.casefold() in de_lexicon.ABILITY_PREDICATIVES)
    return next(words, None)


def _of_readiness(adjective: str) -> bool:
    word = adjective.casefold()
    return word in de_lexicon.READINESS_ADJECTIVES or word.endswith("bereit")

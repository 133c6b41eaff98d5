"""The speaker a German verb-first clause names when it closes a sentence after what was
said: "…, kritisierte die Opposition", "…, argumentiert etwa die FDP" (de_clauses.py). A
verb that reports has no object alone after it there, so the one phrase after it is its
subject, not a second object of the clause before ("Die Regierung hat versagt, kritisierte
die Opposition": the opposition criticised)."""

from __future__ import annotations

from collections.abc import Sequence

from .de_words import Word

# Tags of the words between the verb and the speaker ("argumentiert etwa die FDP").
_BETWEEN_TAGS = frozenset({"ADV", "PTKNEG"})
# Tags that open a noun phrase, and the prepositions of a phrase inside or after it
# ("beklagt der Verband der Schausteller", "kritisierte die Opposition im Landtag").
_DETERMINER_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT"})
_PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})
_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})


def speaker_closes(words: Sequence[Word], positions: Sequence[int]) -> bool:
    """Whether one noun phrase opened by a determiner, and nothing but its own phrases,
    follows the clause's finite verb."""
    finite = next((n for n, p in enumerate(positions) if words[p].finite), None)
    if finite is None:
        return False
    rest = [words[p] for p in positions[finite + 1 :] if words[p].tag not in _BETWEEN_TAGS]
    if not rest or rest[0].tag not in _DETERMINER_TAGS:
        return False
    inside_phrase = False
    for word in rest[1:]:
        if word.is_verb:
            return False
        if word.tag in _PREPOSITION_TAGS:
            inside_phrase = True
        elif (
            word.tag in _DETERMINER_TAGS
            and not inside_phrase
            and word.text.lower() not in _GENITIVE_ARTICLES
        ):
            # a genitive goes on with the phrase ("der Verband der Schausteller"); another
            # determiner opens an object ("kritisierte die Opposition die Regierung")
            return False
    return True


def names_speaker(words: Sequence[Word], positions: Sequence[int]) -> bool:
    """A verb-first clause with a name or "er"/"sie" after its verb, not in the first person."""
    if first_person_form(words, positions):
        return False
    return any(words[p].tag == "NE" or words[p].text in ("er", "sie") for p in positions[1:])


def first_person_form(words: Sequence[Word], positions: Sequence[int]) -> bool:
    """ "Habe …", "Bin …": a review's dropped "ich", not a condition."""
    verb = next(words[p] for p in positions if words[p].finite)
    return verb.text.lower() in ("bin", "hab") or bool(verb.verb and verb.verb.ki_or_first)

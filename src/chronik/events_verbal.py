"""Attacks in words: where a verb of attack ("angreifen", "attackieren") has political
actors of one country on both sides, the attack is criticism ("Die Grünen griffen die
Bundesregierung scharf an", "Trump attackierte Biden"), not an assault. A row says so with
the flag ``verbal=CODE`` (docs/patterns.md); armed, police and rebel actors, and actors of
two countries, keep the row's own code ("Russland griff die Ukraine an"). A charge or a
reason right after the object makes any such attack one in words: "attacked the World Health
Organization as controlled by Beijing", "attacked Biden for his vote", "battled the president
over the budget".

Protests in words: a state, an office or an institution that protests complains officially
(CAMEO 114: "China protested against the arms sales", "Schweden protestierte gegen den
Plan"), where civilians, students or unions protesting demonstrate (141). A row says so with
the flag ``official=CODE``."""

from __future__ import annotations

from .analysis import de_lexicon
from .patterns import is_time_phrase
from .records import Actor, Frame, Sentence, Token

# Sectors of actors who attack each other in words: governments, office holders, parties,
# the opposition, parliaments and the press (CAMEO actor codes, letters 4-6).
POLITICAL_SECTORS = frozenset({"GOV", "ELI", "PTY", "OPP", "LEG", "MED"})


# Actors whose protest is an official complaint, not a demonstration: governments, office
# holders, parliaments, parties, courts, services and the press (CAMEO actor codes, letters
# 4-6), and a state or an international organisation named alone ("China", "the EU").
OFFICIAL_SECTORS = frozenset({"GOV", "ELI", "LEG", "PTY", "JUD", "SPY", "MED"})


# Words that open a charge or a reason after the attacked ("as weak", "for his vote").
CHARGE_WORDS = frozenset({"as", "for", "over"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your", "what", "how"})
# What "over" places rather than charges ("fired over the border").
PLACES_OVER = frozenset({"border", "city", "area", "region", "skies", "sky", "territory"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "as part of an offensive", "as well as", "as soon as": no charge.
AS_PHRASES = frozenset({"part", "well", "soon", "long", "much", "many", "recently", "early"})


def verbal_code(
    verbal: str,
    source: Actor,
    target: Actor | None,
    frame: Frame | None = None,
    sent: Sentence | None = None,
) -> str:
    """The row's ``verbal`` code where source and target are political actors of one
    country, or where a charge follows the object (:func:`charged`), else ""."""
    if not verbal or target is None:
        return ""
    if frame is not None and sent is not None and charged(frame, sent):
        return verbal
    if source.code[:3] != target.code[:3]:
        return ""
    political = {source.code[3:6], target.code[3:6]} <= POLITICAL_SECTORS
    return verbal if political else ""


def charged(frame: Frame, sent: Sentence) -> bool:
    """Whether a charge or a reason follows the frame's object: "as" with no clause of its
    own ("as controlled by Beijing", not "as the convoy passed"), "for" with a gerund or a
    possessive ("for failing", "for his vote", not "for hours"), "over" with what is no time
    or place ("over the budget", not "over the weekend" or "over the border"); or a German
    adverb of words or a reason says so ("griff Russland scharf an", "wegen der Sanktionen")."""
    if any(a.head.casefold() in de_lexicon.VERBAL_ATTACK_ADVERBS for a in frame.args("pred")):
        return True
    if any((a.prep or "").casefold() in de_lexicon.REASON_PREPOSITIONS for a in frame.args("pp")):
        return True
    for argument in frame.args("obj"):
        after = [t for t in sent.tokens if t.start >= argument.span.end][:6]
        word = after[0].text.casefold() if after else ""
        if len(after) > 1 and word in CHARGE_WORDS and _charge(word, after[1:]):
            return True
    return False


def _charge(word: str, rest: list[Token]) -> bool:
    first = rest[0]
    if word == "as":
        own_clause = any(t.tag in FINITE_TAGS for t in rest)
        return not own_clause and first.text.casefold() not in AS_PHRASES
    if word == "for":
        return first.tag == "VBG" or first.text.casefold() in POSSESSIVES
    words = {t.text.casefold() for t in rest}
    return not is_time_phrase(" ".join(t.text for t in rest)) and not words & PLACES_OVER


def official_code(official: str, source: Actor) -> str:
    """The row's ``official`` code where the source is a state, an office or an institution
    (:data:`OFFICIAL_SECTORS`, a country or an IGO alone), else ""."""
    if not official:
        return ""
    code = source.code
    alone = len(code) == 3 or code.startswith("IGO")
    return official if alone or code[3:6] in OFFICIAL_SECTORS else ""

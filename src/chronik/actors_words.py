"""Closed-class German and English words the actor matcher and the reference resolver read
(tokens are compared lower case and accent-free). They are grammar, not data, so they live
in code, in this one place.
"""

from __future__ import annotations

# Words before a title that make its holder a former one ("former President Obama").
FORMER = frozenset(
    [
        "former",
        "ex",
        "ehemalige",
        "ehemaliger",
        "ehemaligen",
        "ehemaliges",
        "ehemaligem",
        "fruhere",
        "fruherer",
        "fruheren",
        "fruheres",
        "fruherem",
    ]  # tokens are compared accent-free
)
BOTH = frozenset({"beide", "beiden", "both"})
SIDES = frozenset({"seiten", "sides", "parteien", "parties"})
PAIR_NOUNS = SIDES | frozenset({"staaten", "lander", "landern", "countries", "nations"})
OF_CONNECTORS = (("of",), ("of", "the"), ("des",), ("der",), ("von",), ("in",), ("aus",))
LOCATIVE = frozenset(
    [
        "in",
        "im",
        "nach",
        "aus",
        "bei",
        "nahe",
        "um",
        "durch",
        "zwischen",
        "to",
        "at",
        "from",
        "near",
        "outside",
        "around",
        "across",
    ]
)
HE_WORDS = frozenset({"er", "he"})
THEY_WORDS = frozenset({"sie", "they"})
AND_WORDS = frozenset({"und", "and", "sowie"})
REFERENCES = HE_WORDS | BOTH
# Agents a locative phrase does not qualify: "Truppen in Polen" are troops stationed in
# Poland, "Flüchtlinge in Deutschland" no Germans. Refugees "aus Syrien" come from there;
# troops "aus Syrien" mostly leave it ("der Abzug der Truppen aus Syrien"), so they are
# Syria's only when the clause says they come from there ("Soldaten aus Nordkorea, die
# nach Russland geschickt wurden").
PLACED_ROLES = frozenset({"MIL", "REF"})
IN_WORDS = frozenset({"in", "im"})
FROM_WORDS = frozenset({"aus"})
ORIGIN = frozenset(
    [
        "stammen",
        "stammt",
        "stammten",
        "stammende",
        "stammenden",
        "stammender",
        "entsandt",
        "entsandte",
        "entsandten",
        "geschickt",
        "geschickte",
        "geschickten",
    ]
)
# Bare government nouns after a definite article ("die Regierung", "the government") stand
# for the government of the country the article coded last, if it did so recently.
GOVERNMENT_NOUNS = frozenset({"regierung", "staatsfuhrung", "regime", "government"})
DEFINITE = frozenset({"die", "der", "den", "das", "the"})
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
# Words that are never a person's short name, even after the full name: "Theresa May",
# but "im Mai", "in May".
NOT_ALIASES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "januar",
        "februar",
        "marz",
        "mai",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ]
)
# Hyphen compounds whose country part is only a colour code or metaphor.
NOT_HEADS = frozenset({"koalition", "koalitionen", "bundnis", "coalition"})
# Name particles are no surname on their own ("Van" of "Alexander Van der Bellen").
PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "zu",
        "ten",
        "ter",
    ]
)
# The bare stem ("deutsch") is predicative or the language name, not an actor.
GERMAN_ADJ_ENDINGS = ("e", "en", "er", "es", "em")

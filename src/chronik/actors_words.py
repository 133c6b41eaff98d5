"""Closed-class German and English words the actor matcher and the reference resolver read
(tokens are compared lower case and accent-free). They are grammar, not data, so they live
in code, in this one place.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Protocol

from .analysis import de_lexicon, en_lexicon


def normalize_word(word: str) -> str:
    """Lower case without accents; ß → ss; typographic apostrophes → '."""
    if word.isascii():
        return word.lower()
    folded = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss").replace("’", "'"))
    return "".join(c for c in folded if not unicodedata.combining(c))


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
# Agent nouns of those who represent their country at an organisation ("Israel's UN
# ambassador" is Israel's).
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary"})
# Ranks before a title, no role of their own: "Iran's deputy foreign minister" is IRNGOV.
RANKS = frozenset({"deputy", "acting", "interim"})
PAIR_NOUNS = SIDES | frozenset({"staaten", "lander", "landern", "countries", "nations"})
OF_CONNECTORS = (
    ("of",), ("of", "the"), ("from",), ("from", "the"), ("des",), ("der",), ("von",), ("in",),
    ("aus",),
)  # fmt: skip
# Prepositions before a capital that make it the place, not its government ("in Pjöngjang").
LOCATIVE = de_lexicon.SEAT_AS_PLACE_PREPOSITIONS | en_lexicon.SEAT_AS_PLACE_PREPOSITIONS
# Roles of unnamed groups and institutions that take their country from the sentence or the
# article ("Demonstranten", "police", "tens of thousands", "die Armee", "Congress", "the
# court"); not the most general words for people, nor hostages and victims, whose country is
# seldom the place's, nor clergy (often the Vatican's or another country's).
GROUP_ROLES = frozenset(
    {"PPL", "CVL", "OPP", "REB", "INS", "SEP", "COP", "REF", "LAB", "MIL", "LEG", "JUD", "BUS",
     "EDU", "MED", "HLH", "PTY"}
)  # fmt: skip
# Human rights groups and activists with no country of their own are CAMEO's NGOHRI (as
# "Amnesty International" is NGOHRIAMN), not a group of the story's country.
HUMAN_RIGHTS = "HRI"
# German aid and non-governmental organisations with no country of their own
# ("Hilfsorganisationen", "Nichtregierungsorganisationen", "Hilfswerke") are CAMEO's NGO,
# as "NGOs" are; not their helpers ("Helfer", "Hilfskräfte"), often the story's own.
_NGO_BODIES = (
    "organisation",
    "organisationen",
    "hilfswerk",
    "hilfswerks",
    "hilfswerke",
    "hilfswerken",
)
NGO_ROLE = "NGO"


# English "advocates" are campaigners, coded as annotators code them: NGOs, wherever they
# work ("immigration advocates", "advocates say"; curated/agents.tsv).
_ENGLISH_NGO_GROUPS = frozenset({"advocates"})


def ngo_body(role: str, word: str, lang: str | None) -> bool:
    """Whether an agent noun with ``role`` names NGOs by itself: a German NGO body
    ("Hilfsorganisationen"), English "advocates"."""
    if role != NGO_ROLE:
        return False
    if lang == "de":
        return word.endswith(_NGO_BODIES)
    return lang == "en" and word in _ENGLISH_NGO_GROUPS


# Government words that are a group by themselves ("authorities detained him"): their
# country comes the same way.
GOVERNMENT_GROUPS = frozenset({"authorities"})
# English news writes its own country's government as bare "Ministers" ("Ministers have
# rejected the demands"); with a title word they are as often a meeting's ("foreign
# ministers of the G8"). Not German: "des Ministers" is one minister.
BARE_GOVERNMENT_GROUPS = frozenset({"ministers"})


# German news names armed groups by what they do ("mutmaßliche Kämpfer", "mehrere
# Dschihadisten", "Milizen") and leaves their country to the story: the fighters of a clash in
# Mali are Mali's. (English "militants", "gunmen" are left as they were.) So are its
# criminals ("In Messina wurden sechs mutmaßliche Schlepper festgenommen": Italy's; English
# "smugglers", "kidnappers" given the place's country lowered dev precision).
GERMAN_GROUP_ROLES = GROUP_ROLES | frozenset({"UAF", "UAFMUS", "CRM"})
# Islamists are a political current, in Berlin as in Paris: no armed group of the story's
# country ("70 junge Islamisten" demonstrating in Berlin against an attack in Paris).
_NOT_FIGHTERS = frozenset({"islamist", "islamisten", "islamistin", "islamistinnen"})


def group_roles(lang: str | None, word: str = "") -> frozenset[str]:
    """The roles whose unnamed groups take a country from their context, per language
    (``word``: the group's noun)."""
    return GERMAN_GROUP_ROLES if lang == "de" and word not in _NOT_FIGHTERS else GROUP_ROLES


def is_group(role: str, word: str, lang: str | None = None, alone: bool = False) -> bool:
    """Whether an agent noun with ``role`` is a group that takes a country from its context;
    ``alone``: the noun is the whole agent name."""
    return (
        role in group_roles(lang, word)
        or word in GOVERNMENT_GROUPS
        or (alone and lang == "en" and word in BARE_GOVERNMENT_GROUPS)
    )


# Agent nouns that name an actor only with a country or body of their own ("the Israeli
# forces", "U.S. drones"), never one of the story's country: "market forces", "a drone".
GENERIC_GROUPS = frozenset(
    {"people", "public", "population", "menschen", "volk", "volkes", "volks", "landsleute",
     "landsleuten", "opfer", "opfers", "opfern", "geiseln", "hostage", "hostages", "forces",
     "jet", "jets", "airstrike", "airstrikes", "drone", "drones", "warship", "warships",
     "bomber", "bombers", "gunship", "gunships"}
)  # fmt: skip
SOURCES = frozenset({"source", "sources", "quelle", "quellen", "kreise", "kreisen"})
# The generic words for people that a count before makes a crowd (uncounted_generic), and
# the words of a count ("1,100" ends in the digits "100").
COUNTED_PEOPLE = frozenset({"people", "menschen"})
COUNTS = frozenset(
    {"hundreds", "dozens", "scores", "hunderte", "hunderten", "dutzende", "dutzenden"}
)  # fmt: skip
QUANTITIES = frozenset(
    {"thousands", "zehntausende", "zehntausenden", "hunderttausende", "hunderttausenden",
     "tausende", "tausenden", "crowd", "crowds"}
)  # fmt: skip
# Mention kinds that are no actor by themselves: a group or a German office before its
# country is known, a seat used as a place ("in Caracas"), a world region's adjective
# without an agent noun ("European markets"; "European leaders" are composed).
UNCODED_KINDS = frozenset({"unnamed", "place", "office", "region"})
# Entity kinds that head or complete an agent noun ("nordkoreanischer", "Kreml-", "EU-",
# "AfD-", "European", "die Regierung in Pjöngjang").
COMPOSING_KINDS = frozenset({"country", "seat", "igo", "ngo", "party", "region"})
HE_WORDS = frozenset({"er", "he"})


class _Normed(Protocol):
    @property
    def norm(self) -> str: ...


def seat_as_place(tokens: Sequence[_Normed], first: int) -> bool:
    """Whether the seat of government starting at ``first`` is named as a place: after a
    locative preposition ("in Pjöngjang") or as a company's seat set off by a comma
    ("Nomura Securities Co Ltd, of Tokyo, would sponsor")."""
    before = [t.norm for t in tokens[max(0, first - 2) : first]]
    return bool(before) and (before[-1] in LOCATIVE or before == [",", "of"])


def both_at(tokens: Sequence[_Normed], i: int) -> bool:
    """ "beide", "both" or "the two" ("the two leaders", "the two sides") ending at ``i``."""
    if i < 0:
        return False
    if tokens[i].norm in BOTH:
        return True
    return tokens[i].norm == "two" and i > 0 and tokens[i - 1].norm in DEFINITE


# English pairs that are no two actors: a country's two parties ("lawmakers from both parties",
# "presidents of both parties": 472 such phrases in the allsides articles, nearly all about
# Democrats and Republicans) and the two sides of a question ("both sides of the aisle").
_PARTY_PREPOSITIONS = frozenset({"of", "in", "from", "across"})
_PARTIES = frozenset({"parties"})
_QUESTIONS = frozenset({"aisle", "spectrum", "debate", "argument", "issue", "divide"})


def no_pair(tokens: Sequence[_Normed], both: int) -> bool:
    """Whether the English pair noun after the "both"/"the two" ending at ``both`` names a
    country's parties or a question's sides, not two actors."""
    noun = both + 1
    first = both - 1 if tokens[both].norm == "two" else both
    if tokens[noun].norm in _PARTIES and first > 0:
        return tokens[first - 1].norm in _PARTY_PREPOSITIONS
    after = [t.norm for t in tokens[noun + 1 : noun + 5]]
    return after[:2] == ["of", "the"] and any(word in _QUESTIONS for word in after[2:4])


# Politicians are a country's leaders when two of them are meant: "die beiden Politiker",
# "both politicians" (a party role alone, "Politiker", is PTY).
BOTH_POLITICIANS = frozenset({"politiker", "politikerinnen", "politicians"})
THEY_WORDS = frozenset({"sie", "they"})
AND_WORDS = frozenset({"und", "and", "sowie"})
# German words that refer to an actor named before (references_pronouns.py,
# references_descriptions.py), normalised as the matcher reads them ("57-Jährige" → "57",
# "jahrige"): a sentence with one is analysed even when it names nobody.
GERMAN_REFERENCES = frozenset(
    {"ihn", "ihm", "ihnen", "seine", "seinen", "seinem", "seiner", "seines", "jahrige",
     "jahrigen", "prasident", "prasidentin", "kanzler", "kanzlerin", "demokrat", "demokratin",
     "republikaner", "republikanerin", "machthaber", "staatschef", "regierungschef",
     "regierungschefin"}
)  # fmt: skip
REFERENCES = HE_WORDS | BOTH | GERMAN_REFERENCES
# Agents a locative phrase does not qualify: "Truppen in Polen" are troops stationed in
# Poland, "Flüchtlinge in Deutschland" no Germans. Refugees "aus Syrien" come from there;
# troops "aus Syrien" mostly leave it ("der Abzug der Truppen aus Syrien"), so they are
# Syria's only when the clause says they come from there ("Soldaten aus Nordkorea, die
# nach Russland geschickt wurden") or take part in something ("an der Soldaten aus Südkorea
# teilnehmen").
PLACED_ROLES = frozenset({"MIL", "REF"})
IN_WORDS = frozenset({"in", "im"})
FROM_WORDS = frozenset({"aus", "from"})
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
        # taking part comes from there too ("an der 300.000 Soldaten aus Südkorea teilnehmen")
        "teilnehmen",
        "teilnahmen",
        "teilnehmenden",
        "teilgenommen",
        "beteiligen",
        "beteiligt",
        "beteiligten",
    ]
)
# Bare government nouns after a definite article ("die Regierung", "the government") stand
# for the government of the country the article coded last, if it did so recently.
GOVERNMENT_NOUNS = frozenset({"regierung", "staatsfuhrung", "regime", "government"})
DEFINITE = frozenset({"die", "der", "den", "das", "the"})
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "herr", "frau"})
# Months and weekdays: no person's short name even after the full name, except a month
# where no date is written (:func:`alias_in_place`: "Theresa May … May said", "in May").
_MONTHS = frozenset(
    normalize_word(word)
    for lexicon in (de_lexicon, en_lexicon)
    for word in set(lexicon.MONTHS) - lexicon.MONTH_ABBREVIATIONS
)
# Weekdays name no one, though a tagger may call them proper nouns ("world leaders Tuesday").
WEEKDAY_WORDS = frozenset(
    normalize_word(word) for lexicon in (de_lexicon, en_lexicon) for word in lexicon.WEEKDAYS
)
NOT_ALIASES = _MONTHS | WEEKDAY_WORDS
# Words before a month that make it a date: "in May", "since May", "early May", "Anfang Mai".
_DATE_LEADS = frozenset(
    {"in", "on", "since", "until", "till", "by", "from", "through", "during", "before",
     "last", "next", "this", "early", "mid", "late", "of", "end", "im", "am", "seit", "bis",
     "vom", "ab", "anfang", "mitte", "ende", "letzten", "nachsten", "diesen"}
)  # fmt: skip


def alias_in_place(tokens: Sequence[_Glued], index: int) -> bool:
    """Whether the word at ``index`` may be a person's short name: not a weekday, and a
    month ("Theresa May … May has said", "advice to May") only where no date is written:
    no date word before it ("in May", "Anfang Mai"), no number beside it ("May 5", "5 May",
    "May 2019")."""
    word = tokens[index].norm
    if word not in NOT_ALIASES:
        return True
    if word not in _MONTHS:
        return False
    before = tokens[index - 1].norm if index else ""
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return before not in _DATE_LEADS and not before.isdigit() and not after[:1].isdigit()


# Hyphen compounds whose country part is only a colour code or metaphor.
NOT_HEADS = frozenset({"koalition", "koalitionen", "bundnis", "coalition"})


class _Glued(Protocol):
    @property
    def norm(self) -> str: ...

    @property
    def hyphen_before(self) -> bool: ...


def colour_code(agent: Sequence[_Glued]) -> bool:
    """ "Jamaika-Koalition": an agent noun glued to a country is its colours, not its
    government (the coalition is an agent noun of its own: "die große Koalition")."""
    return agent[0].hyphen_before and agent[-1].norm in NOT_HEADS


# Heads a country name only says what they are about ("Nordkorea-Gipfel", "Iran-Experte"):
# no actor ("Nato-Gipfel" still names NATO).
ABOUT_HEADS = frozenset(
    {"gipfel", "gipfels", "gipfeltreffen", "krise", "konflikt", "konflikts", "politik", "frage",
     "streit", "streits", "abkommen", "deal", "experte", "experten", "expertin", "kenner",
     "summit", "crisis", "expert"}
)  # fmt: skip
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


class Written(Protocol):
    """A token as the actor matcher reads it: its folded form and its text."""

    @property
    def norm(self) -> str: ...

    @property
    def text(self) -> str: ...


class _Form(Protocol):
    @property
    def form(self) -> str: ...


def agent_refers(tokens: Sequence[Written], last: int, names: Sequence[_Form]) -> bool:
    """Whether an agent noun ending at ``last`` may code without a country name: a government
    noun ("die Regierung": the country named before), or a person's title before a capitalised
    word ("Finanzminister Hans Jörg Schelling": the article's country, references_people.py)
    or a minister's title after a definite article ("der Innenminister")."""
    if tokens[last].norm in GOVERNMENT_NOUNS:
        return True
    titled = any(n.form in ("agent-person", "agent-leader") for n in names)
    word = tokens[last].norm
    # "der Innenminister": an office of the article's country (references_descriptions)
    office = word.endswith(("minister", "ministerin")) and word != "minister"
    if titled and office and last > 0 and tokens[last - 1].norm in DEFINITE:
        return True
    return titled and last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper()


def placed_from(tokens: Sequence[_Normed], agent: int, role: str) -> bool:
    """Whether "from"/"aus" a country after the agent at ``agent`` may say where it is, not
    whose it is: troops ("withdrew its troops from Syria") and envoys ("recalled its
    ambassador from Saudi Arabia"); not others ("seinen Amtskollegen aus Bayern", "officials
    from Japan")."""
    return role == "MIL" or tokens[agent].norm in ENVOY_NOUNS


def says_origin(tokens: Sequence[_Normed], first: int, last: int) -> bool:
    """Whether a word of origin stands near tokens ``first``..``last`` in their sentence
    ("Soldaten aus Nordkorea, die nach Russland geschickt wurden")."""
    start = first
    while start > max(0, first - 8) and not _ends_sentence(tokens, start - 1):
        start -= 1
    end = last
    while end < min(len(tokens) - 1, last + 12) and not _ends_sentence(tokens, end + 1):
        end += 1
    return any(t.norm in ORIGIN for t in tokens[start : end + 1])


def _ends_sentence(tokens: Sequence[_Normed], k: int) -> bool:
    """A stop, but not the one inside a number ("17.000 aus den USA")."""
    if tokens[k].norm not in SENTENCE_ENDS:
        return False
    inside_number = 0 < k < len(tokens) - 1 and tokens[k - 1].norm.isdigit()
    return not (inside_number and tokens[k + 1].norm.isdigit())


class AgentOrName(Protocol):
    """A dictionary name as these checks read it: its words, an agent noun or not, and what
    it codes."""

    @property
    def text(self) -> str: ...

    @property
    def is_agent(self) -> bool: ...

    @property
    def target(self) -> str: ...


def may_be_group(
    tokens: Sequence[_Normed], first: int, names: Sequence[AgentOrName], lang: str | None = None
) -> bool:
    """Whether an agent hit starting at ``first`` may become an unnamed group
    (actors._unnamed), whose country its sentence or article gives (actors_groups.py)."""
    if uncounted_generic(tokens, first):
        return False
    norm = tokens[first].norm
    return any(n.is_agent and n.target in group_roles(lang, norm) for n in names)


def uncounted_generic(tokens: Sequence[_Normed], first: int) -> bool:
    """A word of GENERIC_GROUPS with no count before it: "the people" is no actor, but
    "rund 1100 Menschen", "about 1,100 people", "hundreds of people" are a crowd of the
    story's country, as "Tausende Menschen" is (QUANTITIES)."""
    norm = tokens[first].norm
    if norm not in GENERIC_GROUPS:
        return False
    if norm not in COUNTED_PEOPLE or first == 0:
        return True
    before = tokens[first - 1].norm
    if before == "of" and first > 1:
        before = tokens[first - 2].norm
    return not (before.isdigit() or before in COUNTS)


def surnames(person: str) -> list[str]:
    """The word of a name that stands for the person later in an article: the family
    name ("Trump", "Assad" of "Bashar al-Assad"), which comes first where the given name
    is hyphenated in the Korean way ("Kim" of "Kim Jong-un")."""
    words = [w for w in person.split() if w.lower() not in PARTICLES]
    if len(words) < 2:
        return []
    given = words[-1].split("-")
    if len(given) == 2 and given[1][:1].islower():
        return [words[0]]
    return [given[-1]] if len(given[-1]) >= 3 else []

"""The government behind a measure: where an appeal, demand, criticism, rejection or protest
is aimed at a measure and at no actor ("Tausende demonstrierten gegen die Corona-Maßnahmen",
"die FDP kritisierte die Ausgangssperre", "fordert eine Lockerung der
Kontaktbeschränkungen"), its target is the government of the source's own country, the one
that decides (docs/annotation.md, *Addressees*). German only; a government source has no
such target (its own measure), nor has an actor of no state."""

from __future__ import annotations

from .analysis import en_lexicon
from .analysis.de_lexicon import (
    ADVOCATING,
    APPEAL_ADDRESSEES,
    DEMAND_LEMMAS,
    EXPERT_ADVICE,
    FOREIGN_MEASURE_PARTS,
    MEASURE_NOUNS,
    REJECTION_LEMMAS,
)
from .events_merge import PETITIONED_GOVERNMENT
from .patterns import Pattern, actors_in, matches_word, role_arguments
from .records import Actor, Frame, Sentence, Span, Token

# Roots aimed at whoever decides: appeals, demands, disapproval, rejection, protest.
_AIMED_ROOTS = frozenset({"02", "10", "11", "12", "14"})
_ASKING_ROOTS = frozenset({"02", "10"})  # appeals and demands
STATELESS = ("IGO", "NGO", "IMG", "MNC", "UAF")
# Domestic political actors whose demands, addressed to no one named, go to their own
# government ("Die Grünen fordern ein Forschungsprogramm", "der DGB forderte zusätzliche
# Investitionen", "fordern die Aktivisten eine bessere Fahrradinfrastruktur",
# "Wirtschaftsvertreter fordern Lohnsubventionen", "Der Öffentliche Gesundheitsdienst fordert
# Verstärkung"): parties, the opposition, members of parliament, unions, citizens and
# activists, business, health services and doctors' bodies, schools and universities (in
# German also elites out of office: "schlug Merz die Nutzung der Hotels vor").
_PETITIONING_ROLES = frozenset({"PTY", "OPP", "LEG", "LAB", "CVL", "BUS", "HLH", "EDU"})
# German news writes the federal states' and ministers' demands of the government the same
# way ("Haseloff fordert eine Schnelltest-Pflicht an den Grenzen"): the gold codes them to the
# own government too; English "Trump demanded a wall" names what he will do himself.
_GOVERNMENT = "GOV"
_HEALTH = "HLH"
_PETITIONING = {"de": _PETITIONING_ROLES | {_GOVERNMENT, "ELI"}, "en": _PETITIONING_ROLES}
_APPEAL_ROOT = "02"
_REJECT_ROOT = "12"  # German: "Lazar lehnt eine Priorisierung der Athleten ab"
_PETITION_ROOTS = {
    "de": frozenset({_APPEAL_ROOT, "10", _REJECT_ROOT}),
    "en": frozenset({_APPEAL_ROOT, "10"}),
}
APPEALED_PEOPLE = "implied: the people a government appeals to"
_PETITION_LEMMAS = {
    "de": DEMAND_LEMMAS | set(APPEAL_ADDRESSEES) | REJECTION_LEMMAS,
    "en": en_lexicon.PETITION_LEMMAS,
}


def measure_governments(
    frame: Frame,
    slots: tuple[str, ...],
    code: str,
    sources: list[Actor],
    sent: Sentence | None,
    lang: str,
) -> list[Actor]:
    """The governments of the sources' countries where a target slot names a measure."""
    if sent is None or lang != "de" or code[:2] not in _AIMED_ROOTS:
        return []
    measure = _measure_in(frame, slots, sent)
    if measure is None:
        return []
    countries = dict.fromkeys(
        s.country
        for s in sources
        if not s.code.startswith(STATELESS) and s.code[3:6] != _GOVERNMENT
    )
    return [
        Actor(
            country + _GOVERNMENT,
            Span(measure.start, measure.end, measure.text),
            "implied: the government of a measure",
        )
        for country in countries
    ]


def asked_for(pattern: Pattern) -> tuple[str, ...]:
    """The slots an appeal or demand row reads what is asked for from ("setzt sich für eine
    Lockerung der Ausgangsbeschränkungen ein", "plädierte für eine Verlängerung des
    Lockdowns"): a measure there is the government's to grant, as in its target slots."""
    if pattern.code[:2] not in _ASKING_ROOTS:
        return ()
    return tuple(c.slot for c in pattern.conditions if c.slot.startswith("pp:"))


def petitioned_governments(
    code: str,
    sources: list[Actor],
    frame: Frame,
    frames: tuple[Frame, ...],
    actors: tuple[Actor, ...],
    lang: str,
) -> list[Actor]:
    """The own government of parties, the opposition, members of parliament, unions,
    citizens, business, health and education bodies (in German also of government people:
    a premier's, a minister's) as the addressee of an appeal or demand (roots 02 and 10;
    German :data:`DEMAND_LEMMAS` and :data:`APPEAL_ADDRESSEES`: "Lindner ruft zu
    Verhältnismäßigkeit auf", English ``en_lexicon.PETITION_LEMMAS``: "the Lib Dems called
    for a delay") that names none, nor asks an actor of its own clause to act ("fordert,
    dass Deutschland mehr Flüchtlinge aufnimmt"), nor is made by the governments of several
    countries together (a joint letter of heads of government goes to someone else). A
    German government's appeal or proposal goes to its people ("Spahn empfahl,
    Großveranstaltungen abzusagen"), its advocacy to no one at home; a German rejection of
    what no one owns by others than the government is of what the government would do
    ("Lazar lehnt eine Priorisierung der Athleten ab")."""
    if code[:2] not in _PETITION_ROOTS.get(lang, ()):
        return []
    lemma = frame.predicate.lower()
    if lemma not in _PETITION_LEMMAS[lang]:
        return []
    petitioning = [s for s in sources if _petitions(s, code, lemma, lang)]
    countries = dict.fromkeys(s.country for s in petitioning)
    if _addressed(frame, lang) or _asks_an_actor(frame, frames, actors, set(countries)):
        return []
    if len({s.country for s in sources if s.code[3:6] == _GOVERNMENT}) > 1:
        return []
    governing = {s.country for s in petitioning if s.code[3:6] == _GOVERNMENT}
    if code[:2] == _APPEAL_ROOT and lang == "de" and governing:
        # "Spahn empfahl, Veranstaltungen abzusagen": a government appeals to its people
        return [Actor(c + "CVL", frame.trigger, APPEALED_PEOPLE) for c in governing]
    return [Actor(c + _GOVERNMENT, frame.trigger, PETITIONED_GOVERNMENT) for c in countries]


def _petitions(source: Actor, code: str, lemma: str, lang: str) -> bool:
    """Whether the source's appeal or demand addressed to no one goes to its government."""
    return (
        source.code[3:6] in _PETITIONING[lang]
        and not source.code.startswith(STATELESS)
        and (source.code[3:6] != _GOVERNMENT or _government_petitions(code, lemma))
        and not (lemma in EXPERT_ADVICE and _HEALTH in source.code[3:])
    )


def _government_petitions(code: str, lemma: str) -> bool:
    """Whether a government's act of this kind, addressed to no one, is aimed at its own
    country: not a rejection (a government rejects what others ask of it) nor advocacy
    ("wirbt für das Vereinigte Königreich": aimed at others)."""
    return code[:2] != _REJECT_ROOT and lemma not in ADVOCATING


def _addressed(frame: Frame, lang: str) -> bool:
    """Whether the demand names its addressee, coded or not ("verlangte von der LAT",
    "Forderungen an den Verein", "called on the UN")."""
    if lang == "en":
        preps = en_lexicon.PETITIONED_PREPOSITIONS
        if frame.predicate.lower() in en_lexicon.ASKING_LEMMAS:
            # "asked the judge to order" names whom; "asked about", "asked then" ask no one
            # for anything
            return bool(frame.args("obj")) or not frame.args("pp", "for")
    else:
        addressees = APPEAL_ADDRESSEES.get(frame.predicate.lower(), frozenset())
        if any(role_arguments(frame, slot) for slot in addressees):
            return True
        preps = frozenset({"an" if frame.clause == "nominal" else "von"})
    return bool(frame.args("iobj")) or any(
        (a.prep or "").casefold() in preps
        and a.span.text.split()[-1].casefold() not in en_lexicon.TIME_NOUNS  # "on Monday"
        for a in frame.args("pp")
    )


def _asks_an_actor(
    frame: Frame, frames: tuple[Frame, ...], actors: tuple[Actor, ...], own: set[str]
) -> bool:
    """Whether a clause under the frame has an actor as subject - not the speakers' own
    country by its name, which stands for its government ("forderte, Deutschland müsse
    mehr tun")."""
    position = next((i for i, f in enumerate(frames) if f is frame), None)
    return position is not None and any(
        a.code not in own
        for f in frames
        if f.parent == position and f.clause != "nominal"
        for a in actors_in([m for s in f.args("subj") for m in s.members], actors)
    )


def _measure_in(frame: Frame, slots: tuple[str, ...], sent: Sentence) -> Token | None:
    """The first measure noun in the slots' fillers, none in one that names a penalty on
    others ("die Strafmaßnahmen", "eine Lockerung der Sanktionen")."""
    for slot in slots:
        for argument in role_arguments(frame, slot):
            folded = argument.span.text.lower()
            if any(part in folded for part in FOREIGN_MEASURE_PARTS):
                continue
            for token in sent.tokens:
                if argument.span.start <= token.start and token.end <= argument.span.end:
                    word = token.text.lower()
                    if token.pos in {"NOUN", "PROPN"} and any(
                        matches_word(word, head) for head in MEASURE_NOUNS
                    ):
                        return token
    return None

"""The German lexicon: the closed word lists the analysis reads (abbreviations, verb classes,
prepositions, ...; ``de/*.tsv``) and the valency counts that tell transitive from intransitive
verbs and those that take a dative (``de/valency.v1.tsv``, training/build_de_valency.py);
and the German words the language-neutral stages read (months, weekdays, the prepositions
of places: times_words.py, places.py, dates.py, actors_words.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..datafiles import ACTOR_NAMES, DE_LEXICON, DE_VALENCY, data_text
from ..dictionaries import Row, read_tsv

# Month names with the spellings and abbreviations news uses; an abbreviation counts only
# next to a day number ("am 3. Okt.", not "im Jun").
MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "febr", "mär", "mrz", "apr", "jun", "jul", "aug", "sept", "sep", "okt",
     "nov", "dez"}
)  # fmt: skip
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
            "samstag": 5, "sonnabend": 5, "sonntag": 6}  # fmt: skip
# The names of months and weekdays as the tagger lemmatises them: time nouns, like the
# lexicon's "time_noun" rows ("am Montag", "im Mai" are adverbials, not objects).
CALENDAR_NOUNS = frozenset(
    word.capitalize() for word in (*(set(MONTHS) - MONTH_ABBREVIATIONS), *WEEKDAYS)
)
# Prepositions that put an event at a place ("in Hanoi", "bei Moskau", "vor dem Kanzleramt"),
# and those that send it towards one ("nach Peking").
# Modal verbs of obligation: "Russland müsse abziehen" is a demand on Russia (speech.py).
OBLIGATION_MODALS = frozenset({"müssen", "sollen"})
FIRM_OBLIGATION_MODALS = frozenset({"müssen"})  # demand, not advice ("sollen")
# Conjunctions that make a clause a condition: "wenn Iran ..." is no fact (modality.py).
CONDITIONAL_CONJUNCTIONS = frozenset({"wenn", "falls", "sofern", "ob"})
# Verbs of ruling out: a clause under them is denied, under their negation possible
# ("schloss nicht aus, X zu verklagen" is hypothetical; modality.py).
RULING_OUT_VERBS = frozenset({"ausschließen"})
# Prepositions of a time after: an event noun behind them took place before its clause
# ("Nach dem Treffen mit Merkel will der Senat beraten": met; modality.py).
AFTER_PREPOSITIONS = frozenset({"nach", "seit"})
# The word of an inserted speech tag: "Die Lage, so Merkel, sei ernst" (events_fillers.py).
SPEECH_TAG_WORDS = frozenset({"so"})
# Verbs of considering: what they take, an infinitive or (erwägen, FEARING_VERBS) an event
# noun as object, is a possible act of their subject, hypothetical ("erwägt Sanktionen gegen
# Moskau", "überlegt, Klage einzureichen"); their own 014 yields to it (events_considered.py).
CONSIDERING_VERBS = frozenset({"erwägen", "überlegen", "nachdenken"})
# Nouns of intention or refusal whose zu-infinitive their author carries out ("die Weigerung
# der Türkei, ihn auszuliefern", "Irans Angebot, zu vermitteln"; de_complements.py; not a
# "Forderung" or an "Appell", whose addressee would act: DEMAND_NOUNS), lowercased.
INFINITIVE_NOUNS = frozenset(
    {"weigerung", "plan", "absicht", "angebot", "entscheidung", "beschluss", "bereitschaft",
     "zusage", "versprechen", "drohung", "vorhaben", "ankündigung", "interesse"}
)  # fmt: skip
# ... and nouns of demand, whose zu-infinitive is only asked of another ("die Forderung
# Frankreichs, Truppen abzuziehen": `requesting` rows, events_infinitives.only_asked_for).
DEMAND_NOUNS = frozenset({"forderung", "aufforderung", "appell", "aufruf", "bitte"})
# Verbs and nouns that refuse the act of their infinitive ("weigerte sich, ihn
# auszuliefern", "lehnte es ab, Kim zu treffen", "die Weigerung, ... zu"): its rejection,
# 12x (events_refusals.py; lowercased, as frames are compared).
REFUSING_VERBS = frozenset({"weigern", "ablehnen", "verweigern", "weigerung"})
# Verbs of belief whose negation denies what they govern ("glaube nicht, dass Russland
# angreift", modality.clause_modality).
NEG_RAISING_VERBS = frozenset({"glauben", "denken", "erwarten", "meinen"})
# Verbs whose object names an event that is only feared, warned of, demanded or considered,
# with the slots ("obj" or a preposition) that hold it: "befürchtet die Festnahme von
# Abgeordneten", "fordert die Freilassung der Journalisten" are hypothetical (modality.py).
FEARING_VERBS: dict[str, frozenset[str]] = {
    "erwägen": frozenset({"obj"}),
    "befürchten": frozenset({"obj"}),
    "fürchten": frozenset({"obj", "vor"}),
    "warnen": frozenset({"vor"}),
    "fordern": frozenset({"obj"}),
    "verlangen": frozenset({"obj"}),
    "drängen": frozenset({"auf"}),
    "pochen": frozenset({"auf"}),
    "aufrufen": frozenset({"zu"}),
}
# Measures a government imposes: named where an appeal, demand, criticism, rejection or
# protest is aimed ("demonstrierten gegen die Corona-Maßnahmen", "kritisierte die
# Ausgangssperre"), they stand for the government of the source's country (events_measures.py;
# docs/annotation.md, *Addressees*: "usually the government that decides"). Compounds count
# ("Kontaktbeschränkungen", "Versammlungsverbot"); a penalty on others is no own measure.
MEASURE_NOUNS = frozenset(
    {"maßnahme", "maßnahmenpaket", "pflicht", "ausgangssperre", "beschränkung", "lockdown",
     "shutdown", "verordnung", "verbot", "lockerung", "schließung", "corona-regel",
     "corona-politik", "quarantäne", "auflage", "notbremse", "sperrstunde", "regelung",
     "allgemeinverfügung"}
)  # fmt: skip
# Acts judged without their owner ("zerpflückt den Entwurf des neuen Eisenbahngesetzes",
# "Kritik am Gesetzentwurf", "lobte das Urteil"): a government's laws, bills and policies, and
# a court's rulings; compounds count (events_acts.py; docs/annotation.md, *Concern*).
GOVERNMENT_ACT_NOUNS = frozenset(
    {"gesetz", "gesetzentwurf", "gesetzesentwurf", "gesetzesvorhaben", "gesetzespaket",
     "referentenentwurf", "novelle", "reform", "haushalt", "haushaltsentwurf", "erlass",
     "dekret", "politik"}
)  # fmt: skip
COURT_ACT_NOUNS = frozenset(
    {"urteil", "richterspruch", "gerichtsentscheid", "gerichtsentscheidung", "gerichtsbeschluss"}
)
# Protests judged by their name ("Die Proteste nannte Prayut illegal", "verurteilte die
# Corona-Demos"): the protesters' act; compounds count.
PROTEST_NOUNS = frozenset(
    {"protest", "proteste", "demonstration", "demo", "kundgebung", "protestmarsch",
     "sitzblockade", "krawall", "krawalle"}
)  # fmt: skip
# Definite determiners and prepositions merged with one: an act after them is a known one.
DEFINITE_DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "diese", "dieser", "diesen", "dieses", "diesem"}
)
DEFINITE_CONTRACTIONS = frozenset({"am", "im", "zum", "zur", "vom", "beim", "ins", "ans", "aufs"})
# Verbs and nouns of demanding: one by a party, the opposition, members of parliament or a
# union that names no addressee goes to their own government (events_measures.py); not
# "brauchen", whose 100 (PETRARCH NEED) is a demand only towards someone named.
DEMAND_LEMMAS = frozenset(
    {"fordern", "verlangen", "einfordern", "forderung", "drängen", "dringen", "pochen"}
)
# ... of rejecting ("Die Linke lehnt das ab", "CDU und FDP waren dagegen": the copula with a
# stance adverb, de.v1.tsv codes it 120)
REJECTION_LEMMAS = frozenset({"ablehnen", "zurückweisen", "sein"})
# ... and of appealing and proposing (020): "Lindner ruft zu Verhältnismäßigkeit auf", "schlug
# Merz die Nutzung der Hotels vor", "plädierte für eine Lockerung"; with the slots that name
# whom they appeal to ("rief die Bürger auf", "appellierte an", "warb bei", "empfahl Y").
APPEAL_ADDRESSEES: dict[str, frozenset[str]] = {
    "aufrufen": frozenset({"obj", "iobj"}),
    "appellieren": frozenset({"pp:an"}),
    "vorschlagen": frozenset({"iobj"}),
    "anregen": frozenset({"iobj"}),
    "empfehlen": frozenset({"iobj"}),
    "einsetzen": frozenset({"pp:bei"}),
    "starkmachen": frozenset({"pp:bei", "pp:gegenüber"}),
    "plädieren": frozenset({"pp:bei"}),
    "werben": frozenset({"pp:bei"}),
    "mahnen": frozenset({"obj"}),
    "anmahnen": frozenset({"pp:bei"}),
    "ermahnen": frozenset({"obj"}),
}
# Of those, the advocacy a government aims at others than its own country ("Johnson wirbt
# für das Vereinigte Königreich", "wolle sich für eine Einigung auf den EU-Haushalt
# einsetzen"), not at its people as its other appeals and proposals.
ADVOCATING = frozenset({"werben", "einsetzen", "starkmachen", "plädieren"})
# ... and the advice health bodies give as experts ("Das RKI empfiehlt das Tragen einer
# Maske", "Die Impfkommission empfiehlt, das Mittel nicht an Ältere zu verabreichen"): no
# appeal to their government nor from it to its people (on the train sets 1 in 7 of those
# addressees was right).
EXPERT_ADVICE = frozenset({"empfehlen"})
FOREIGN_MEASURE_PARTS = ("straf", "vergeltung", "gegenmaßnahme", "militär", "sanktion")
# Verbs that deny the event noun they take as object ("schließt Gespräche aus", "verhinderte
# einen Anschlag", "verbot die Kundgebung", "sagte das Treffen ab"); a negated verb of ruling
# out leaves it possible (modality.py).
NOUN_DENYING_VERBS: dict[str, frozenset[str]] = {
    "ausschließen": frozenset({"obj"}),
    "verhindern": frozenset({"obj"}),
    "vereiteln": frozenset({"obj"}),
    "abwenden": frozenset({"obj"}),
    "verbieten": frozenset({"obj"}),
    "untersagen": frozenset({"obj"}),
    "absagen": frozenset({"obj"}),
    # "blockierte die Beitrittsgespräche", "blockiert EU-Sanktionen": not held, not imposed
    "blockieren": frozenset({"obj"}),
    "torpedieren": frozenset({"obj"}),
}
# Nouns that deny the event noun they govern in the genitive or behind "von" ("das Verbot
# der Demonstration", "die Absage des Gipfels", "Verbot von Kundgebungen"; modality.py).
NOUN_DENYING_NOUNS: dict[str, frozenset[str]] = {
    "verbot": frozenset({"subj", "von"}),
    "absage": frozenset({"subj", "von"}),
}
# Predicative adjectives of readiness: an infinitive under them is intended, not done ("ist
# bereit, mit Kiew zu verhandeln", as English "ready to"; modality.py). Compounds of
# "bereit" count too ("verhandlungsbereit").
READINESS_ADJECTIVES = frozenset({"bereit", "willens", "gewillt", "entschlossen"})
# The same fused with its verb ("erklärte sich bereit, ... zu"): the verb keeps its own row.
READINESS_VERBS = frozenset({"bereiterklären", "bereitzeigen"})
# Predicatives of ability: an infinitive under them is possible, not done ("ist in der Lage,
# Kiew anzugreifen", "ist imstande, ..."; as "could", hypothetical; modality.py). "Lage"
# counts behind "in" ("in der Lage").
ABILITY_PREDICATIVES = frozenset({"fähig", "imstande", "außerstande", "lage"})
# Konjunktiv II forms that open a condition without "wenn" wherever it stands ("Sollte
# Russland angreifen, …", "…, sollte Moskau angreifen"; modality.py, de_clauses.py).
CONDITION_OPENING_VERBS = frozenset(
    {"sollte", "sollten", "hätte", "hätten", "wäre", "wären", "würde", "würden"}
)
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "im", "bei", "beim", "auf", "an", "am", "nahe", "außerhalb", "innerhalb", "vor"}
)
DIRECTIONAL_PREPOSITIONS = frozenset({"nach", "ins"})
# Every preposition a place name follows: also where from and which way ("aus Syrien",
# "über Wien"); those after which a word that is usually something else is a place ("in
# Essen"; "am Ende" and "im Mai" are none).
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | DIRECTIONAL_PREPOSITIONS | {"aus", "von", "über"}
STRONG_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus"})
# Prepositions before a capital that make it the place, not its government ("in Pjöngjang";
# "von Moskau" is the government), written accent-free as the actor matcher compares. Not
# "zwischen": "Gespräche zwischen Moskau und Kiew" are the two governments', as English
# "between" is, and the second capital there was coded anyway.
SEAT_AS_PLACE_PREPOSITIONS = frozenset({"in", "im", "nach", "aus", "bei", "nahe", "um", "durch"})
# Prepositions of a passive clause's agent ("von der EU kritisiert", "durch die Polizei
# festgenommen", "seitens der Regierung abgelehnt").
AGENT_PREPOSITIONS = frozenset({"von", "durch", "seitens"})
# Pronominal adverbs that close a copular clause as its predicative: a stance ("CDU und FDP
# waren dagegen"); inside the clause "dagegen" is "in contrast" ("ist dagegen skeptisch").
STANCE_ADVERBS = frozenset({"dagegen"})
# The clause that names an attack's victims: a passive of force or a verb of dying, the
# attack in a phrase of its cause ("Bei einem Anschlag der PKK wurden zwei Soldaten
# getötet", "Zwölf Menschen starben durch den Angriff").
VICTIM_CAUSE_PREPOSITIONS = frozenset({"bei", "durch"})
DYING_VERBS = frozenset({"sterben", "umkommen"})
# Verbs of taking part: a relative clause with one names the participants of the noun it
# hangs on ("die Militärübung, an der Soldaten aus Südkorea teilnehmen").
PARTICIPATION_VERBS = frozenset({"teilnehmen", "beteiligen", "mitwirken", "mitmachen"})
# Support verbs: their object names the act and their subject does it ("führte Gespräche
# mit", "verübte einen Anschlag auf", "übte Kritik an", "nahm Festnahmen vor"; planning and
# announcing ones make it intended: "plant Sanktionen gegen", considering ones hypothetical:
# "erwägt Sanktionen gegen"), so an event noun they take as object has their subject as its
# own. Not verbs whose subject asks for, answers or judges the act ("fordert Sanktionen",
# "lehnte die Gespräche ab", "verurteilte den Angriff").
SUPPORT_VERBS = frozenset(
    {
        "abhalten", "absolvieren", "abstatten", "ankündigen", "anordnen", "aufnehmen",
        "ausführen", "aussprechen", "ausweiten", "beginnen", "durchführen", "einleiten",
        "eröffnen", "erheben", "erwägen", "fliegen", "fortsetzen", "führen",
        "intensivieren", "lancieren", "leisten", "organisieren", "planen", "richten", "starten",
        "unternehmen", "veranstalten", "verhängen", "verschärfen", "verstärken", "verüben",
        "vorbereiten", "vornehmen", "wiederaufnehmen", "äußern", "üben",
    }
)  # fmt: skip
# Verbs of a response whose "mit" phrase names what their subject did in answer ("Der Iran
# antwortete mit Raketenangriffen auf US-Stützpunkte", "Die EU reagierte mit Sanktionen").
PARTICIPANT_VERBS: dict[str, str] = {
    "reagieren": "mit", "antworten": "mit", "kontern": "mit", "zurückschlagen": "mit",
    "vergelten": "mit",
}  # fmt: skip
# Verbs answering what another actor said, and the slot that holds it: the act the noun
# there names was addressed to the subject ("Die Regierung wies die Forderungen der
# Opposition zurück", "antwortete auf eine Anfrage der Grünen"; as en_lexicon's).
RESPONSE_VERBS: dict[str, frozenset[str]] = {
    "ablehnen": frozenset({"obj"}), "zurückweisen": frozenset({"obj"}),
    "verwerfen": frozenset({"obj"}), "akzeptieren": frozenset({"obj"}),
    "annehmen": frozenset({"obj"}), "beantworten": frozenset({"obj"}),
    "erfüllen": frozenset({"obj"}), "ignorieren": frozenset({"obj"}),
    "begrüßen": frozenset({"obj"}), "antworten": frozenset({"auf"}),
    "reagieren": frozenset({"auf"}), "eingehen": frozenset({"auf"}),
    "nachkommen": frozenset({"iobj"}), "folgen": frozenset({"iobj"}),
    "zustimmen": frozenset({"iobj"}),
}  # fmt: skip
# Nouns of a meeting, compounds included ("Krisentreffen", "Telefonkonferenz"), whose
# partner a "mit" phrase names, and the prepositions of time and setting that make the
# subject of any clause a party to it ("Nach Beratungen mit Söder entschied Reiter", "In
# einer Besprechung mit den Bürgermeistern wies der Landrat darauf hin"); "vor" is left out:
# the meeting has not taken place yet.
MEETING_NOUN_ENDINGS = (
    "treffen", "gespräch", "gespräche", "beratung", "besprechung", "konferenz", "telefonat",
    "verhandlung", "unterredung", "begegnung", "konsultation", "gipfel", "verhandlungsrunde",
    "gesprächsrunde", "verhandlungsmarathon", "absprache", "diskussion",
)  # fmt: skip
MEETING_TIME_PREPOSITIONS = frozenset({"nach", "bei", "während", "in", "auf", "seit"})
# Verbs whose event-noun object is still to come ("schlug ein Treffen vor", "vereinbarten
# Gespräche"), as en_lexicon.PROPOSING_VERBS.
PROPOSING_VERBS = frozenset({"vorschlagen", "anregen", "vereinbaren"})


# A meeting noun after "nach" or "während" is a frame even with no partner named ("nach
# neunstündigen Verhandlungen"): its parties are the clause's subject (events_nouns.meets_then:
# "Merkel und die Länderchefs einigten sich nach ..."); not "ins Gespräch bringen", "bei
# einem Pressegespräch" (a briefing of the press).
_MEETING_TIME_ALONE = frozenset({"nach", "während"})
_BRIEFINGS = ("presse", "medien")


def meeting_in_time(prep: str | None, noun: str) -> bool:
    """A meeting noun heading a phrase of time, partner or not (:data:`_MEETING_TIME_ALONE`)."""
    lemma = noun.lower()
    return (
        prep in _MEETING_TIME_ALONE
        and lemma.endswith(MEETING_NOUN_ENDINGS)
        and not lemma.startswith(_BRIEFINGS)
    )


# Words no sentence or headline ends with: a line that ends with one was wrapped inside a
# sentence ("Der Einsatz ist Teil des Kampfes im\nIrak"), as a third of FANG-COVID's articles are.
LINE_CONTINUING_WORDS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
    | {"eines", "und", "oder", "sowie", "aber", "sondern", "denn", "dass", "ob", "als", "wie"}
    | {"in", "im", "ins", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von"}
    | {"vom", "vor", "zu", "zum", "zur", "für", "gegen", "um", "über", "unter", "durch"}
    | {"zwischen", "seit", "ohne", "wegen", "trotz", "bis", "hinter", "neben", "gegenüber"}
)

_LEXICON_CLASSES = (
    "abbreviation",
    "speech_verb",
    "content_verb",
    "time_noun",
    "predicate_particle",
    "sein_perfect",
    "measure_verb",
)
# A verb that in news seldom had an object, and whose objects (found this often) hardly
# ever had an accusative-only form, takes none (see training/build_de_valency.py): most
# clauses of a transitive verb have an object, some of them masculine ("den …", "einen
# …") or pronouns ("ihn"); the "objects" of an intransitive verb are misread subjects,
# datives and adverbials.
_OBJECT_EVIDENCE = 15
_OBJECT_SHARE = 0.35
_INTRANSITIVE_SHARE = 0.03
_DATIVE_EVIDENCE = 20
_DATIVE_SHARE = 0.08


@dataclass(frozen=True)
class GermanLexicon:
    """The closed word lists the analysis needs, with the file they came from."""

    abbreviations: frozenset[str]
    speech_verbs: frozenset[str]
    time_nouns: frozenset[str]
    predicate_particles: frozenset[str]
    sein_perfect: frozenset[str]
    measure_verbs: frozenset[str] = frozenset()
    valency: dict[str, Valency] = field(default_factory=dict)
    # verbs whose complement clause says what they judge or demand ("kritisierte, dass …",
    # "forderte, Y müsse …"): a "comp" argument as speech verbs have (de_clauses.clauses)
    content_verbs: frozenset[str] = frozenset()

    def intransitive(self, lemma: str) -> bool:
        """Seldom found with an object in news, and hardly ever with one whose form is
        accusative only."""
        found = self.valency.get(lemma)
        return (
            found is not None
            and found.obj >= _OBJECT_EVIDENCE
            and found.obj <= _OBJECT_SHARE * found.clauses
            and found.acc <= _INTRANSITIVE_SHARE * found.obj
        )

    def takes_dative(self, lemma: str) -> bool:
        """Seen with an unambiguous dative object in a good share of its clauses."""
        found = self.valency.get(lemma)
        return (
            found is not None
            and found.clauses >= _DATIVE_EVIDENCE
            and found.dat >= _DATIVE_SHARE * found.clauses
        )

    def perfect_with_sein(self, lemma: str) -> bool:
        """ "ist gekommen", "ist zurückgetreten" (past) — not "ist geschlossen" (a state)."""
        return any(lemma.endswith(verb) for verb in self.sein_perfect)

    @classmethod
    def load(
        cls,
        name: str | Path = DE_LEXICON,
        valency: str | Path | None = DE_VALENCY,
    ) -> GermanLexicon:
        def check(row: Row) -> str | None:
            return None if row["class"] in _LEXICON_CLASSES else f"unknown class {row['class']!r}"

        rows = read_tsv(name, ("word", "class", "note"), required=("word", "class"), check=check)

        def words(kind: str) -> frozenset[str]:
            return frozenset(row["word"] for row in rows if row["class"] == kind)

        return cls(
            words("abbreviation"),
            words("speech_verb"),
            words("time_noun") | CALENDAR_NOUNS,
            words("predicate_particle"),
            words("sein_perfect"),
            words("measure_verb"),
            _load_valency(valency) if valency is not None else {},
            words("content_verb"),
        )


@cache
def speech_verbs() -> frozenset[str]:
    """The packaged lexicon's speech verbs, for the language-neutral stages (dates)."""
    return GermanLexicon.load(valency=None).speech_verbs


@cache
def nationality_adjectives() -> frozenset[str]:
    """The German adjectives of countries and peoples the actor dictionary knows
    ("amerikanisch", "US-amerikanisch", "türkisch"), casefolded: before an event noun one
    names who acts ("die amerikanischen Sanktionen"). The file's 29,000 rows are checked
    when the actors load; picking out its 182 German adjectives by their fields costs a
    fifth of checking them again at every German start (25 against 135 ms)."""
    picked = (line.split("\t") for line in data_text(ACTOR_NAMES).splitlines() if "\tadj\t" in line)
    return frozenset(f[0].casefold() for f in picked if f[1] == "de" and f[3] == "adj")


@cache
def time_nouns() -> frozenset[str]:
    """The packaged lexicon's time nouns with months and weekdays, casefolded, for the
    language-neutral stages (a target slot holding "am Montag" names no target)."""
    return frozenset(w.casefold() for w in GermanLexicon.load(valency=None).time_nouns)


@dataclass(frozen=True)
class Valency:
    """Counts of one verb's active clauses in German news: all, with an object found, with
    an object of accusative-only form, with an object of dative-only form."""

    clauses: int
    obj: int
    acc: int
    dat: int


def _load_valency(name: str | Path) -> dict[str, Valency]:
    columns = ("lemma", "clauses", "obj", "acc", "dat")

    def check(row: Row) -> str | None:
        bad = [c for c in columns[1:] if not row[c].isdigit()]
        return f"not a count: {', '.join(bad)}" if bad else None

    rows = read_tsv(name, columns, required=columns, check=check)
    return {row["lemma"]: Valency(*(int(row[column]) for column in columns[1:])) for row in rows}


# A preposition (with the word before it) that places an event noun after the clause it is
# in: "im Vorfeld des Gipfels", "in Vorbereitung auf das Treffen" (modality.py: intended,
# unless the clause is past).
INTENT_PREPOSITIONS = frozenset({("im", "vorfeld"), ("vorbereitung", "auf")})
# Words that deny the judging word of what was said right after them ("sei kein Lügner",
# "sei nicht inakzeptabel", "nie ein Fehler"): speech.denied_judgement.
JUDGEMENT_DENIALS = frozenset(
    {"nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines"}
)
# Adverbs and the preposition of a reason that make an attack one in words ("griff die
# Regierung scharf an", "attackierte Biden wegen seiner Abstimmung"): events_verbal.charged.
VERBAL_ATTACK_ADVERBS = frozenset({"scharf", "verbal", "harsch", "scharfzüngig"})
REASON_PREPOSITIONS = frozenset({"wegen"})
# The protest noun and the preposition that make it the manner of a clause whose subject
# protests ("trat aus Protest gegen die Regierung zurück": events_nouns.protests_by).
PROTEST_MANNER = ("protest", "aus")

"""German word-level grammar over HanTa's output: STTS and UPOS tags, the case and number a
determiner, adjective or pronoun allows, and tense, mood and number of finite verbs.

HanTa gives a coarse tag ("VV(FIN)") and the word's morphemes ("kam" VV_VAR, "te" SUF_FIN)
but no case; case comes from the closed-class forms around the noun, as a reader sees it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

Number = Literal["Sing", "Plur"]
CaseNumber = frozenset[tuple[str, str]]

ALL_CASES: CaseNumber = frozenset(
    (c, n) for c in ("Nom", "Acc", "Dat", "Gen") for n in ("Sing", "Plur")
)
SINGULAR_CASES: CaseNumber = frozenset((c, n) for c, n in ALL_CASES if n == "Sing")

_UPOS = {
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "ADV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "CARD": "NUM",
    "FM": "X",
    "ITJ": "INTJ",
    "KOUI": "SCONJ",
    "KOUS": "SCONJ",
    "KON": "CCONJ",
    "KOKOM": "CCONJ",
    "NN": "NOUN",
    "NE": "PROPN",
    "PDS": "PRON",
    "PDAT": "DET",
    "PIS": "PRON",
    "PIAT": "DET",
    "PIDAT": "DET",
    "PPER": "PRON",
    "PPOSS": "PRON",
    "PPOSAT": "DET",
    "PRELS": "PRON",
    "PRELAT": "DET",
    "PRF": "PRON",
    "PWS": "PRON",
    "PWAT": "DET",
    "PWAV": "ADV",
    "PROAV": "ADV",
    "PAV": "ADV",
    "PTKZU": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKANT": "PART",
    "PTKA": "PART",
    "TRUNC": "X",
    "XY": "X",
    "$,": "PUNCT",
    "$.": "PUNCT",
    "$(": "PUNCT",
}

_ARTICLE: dict[str, set[tuple[str, str]]] = {
    "der": {("Nom", "Sing"), ("Dat", "Sing"), ("Gen", "Sing"), ("Gen", "Plur")},
    "die": {("Nom", "Sing"), ("Acc", "Sing"), ("Nom", "Plur"), ("Acc", "Plur")},
    "das": {("Nom", "Sing"), ("Acc", "Sing")},
    "den": {("Acc", "Sing"), ("Dat", "Plur")},
    "dem": {("Dat", "Sing")},
    "des": {("Gen", "Sing")},
    "denen": {("Dat", "Plur")},
    "dessen": {("Gen", "Sing")},
    "deren": {("Gen", "Sing"), ("Gen", "Plur")},
}
# The relative pronoun has no genitive "der" and no dative plural "den" (those are
# "deren"/"derer" and "denen"): "Macron, der Russland kritisierte" is the subject.
_RELATIVE = {**_ARTICLE, "der": {("Nom", "Sing"), ("Dat", "Sing")}, "den": {("Acc", "Sing")}}
# Endings of "dieser", "kein", "sein" … and of adjectives standing without a determiner.
_ENDING: dict[str, set[tuple[str, str]]] = {
    "er": {("Nom", "Sing"), ("Dat", "Sing"), ("Gen", "Sing"), ("Gen", "Plur")},
    "e": {("Nom", "Sing"), ("Acc", "Sing"), ("Nom", "Plur"), ("Acc", "Plur")},
    "es": {("Nom", "Sing"), ("Acc", "Sing"), ("Gen", "Sing")},
    "en": {("Acc", "Sing"), ("Dat", "Plur"), ("Gen", "Sing")},
    "em": {("Dat", "Sing")},
}
# Determiners ("diesen", "meinen") lack the adjectives' genitive "-en".
_DETERMINER_ENDING = {**_ENDING, "en": {("Acc", "Sing"), ("Dat", "Plur")}}
_EIN_WORDS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")
_PRONOUN: dict[str, tuple[set[tuple[str, str]], int]] = {
    "ich": ({("Nom", "Sing")}, 1),
    "mich": ({("Acc", "Sing")}, 1),
    "mir": ({("Dat", "Sing")}, 1),
    "du": ({("Nom", "Sing")}, 2),
    "dich": ({("Acc", "Sing")}, 2),
    "dir": ({("Dat", "Sing")}, 2),
    "er": ({("Nom", "Sing")}, 3),
    "ihn": ({("Acc", "Sing")}, 3),
    "ihm": ({("Dat", "Sing")}, 3),
    "sie": ({("Nom", "Sing"), ("Acc", "Sing"), ("Nom", "Plur"), ("Acc", "Plur")}, 3),
    "es": ({("Nom", "Sing"), ("Acc", "Sing")}, 3),
    "wir": ({("Nom", "Plur")}, 1),
    "uns": ({("Acc", "Plur"), ("Dat", "Plur")}, 1),
    "ihr": ({("Nom", "Plur"), ("Dat", "Sing")}, 2),
    "euch": ({("Acc", "Plur"), ("Dat", "Plur")}, 2),
    "ihnen": ({("Dat", "Plur")}, 3),
    "man": ({("Nom", "Sing")}, 3),
    "wer": ({("Nom", "Sing")}, 3),
    "wen": ({("Acc", "Sing")}, 3),
    "wem": ({("Dat", "Sing")}, 3),
    "was": ({("Nom", "Sing"), ("Acc", "Sing")}, 3),
    "nichts": ({("Nom", "Sing"), ("Acc", "Sing")}, 3),
    "etwas": ({("Nom", "Sing"), ("Acc", "Sing")}, 3),
    # mostly subjects; taking them as such beats leaving them open
    "niemand": ({("Nom", "Sing")}, 3),
    "jemand": ({("Nom", "Sing")}, 3),
}


@functools.cache  # a few dozen tags, asked for every word
def stts(hanta_tag: str) -> str:
    """HanTa's "VV(FIN)" → STTS "VVFIN"; HanTa's PAV is STTS's PROAV."""
    if hanta_tag.startswith("$"):
        return hanta_tag  # "$(" is STTS already: other punctuation
    tag = hanta_tag.replace("(", "").replace(")", "")
    # HanTa marks nominalised adjectives (NNA) and infinitives (NNI); STTS calls both NN.
    return {"PAV": "PROAV", "NNA": "NN", "NNI": "NN"}.get(tag, tag)


def upos(tag: str, lemma: str) -> str:
    if tag.startswith("VA"):
        return "AUX"
    if tag.startswith("VM"):
        return "AUX"
    if tag.startswith("VV"):
        return "VERB"
    if tag.startswith("NN"):
        return "NOUN"
    return _UPOS.get(tag, "X")


def determiner_cases(word: str, tag: str) -> CaseNumber | None:
    """Case/number pairs a determiner or determiner-like pronoun allows; None when the
    form says nothing (e.g. "beiden" after an article is an adjective)."""
    w = word.lower()
    if w in _RELATIVE and tag == "PRELS":
        return frozenset(_RELATIVE[w])
    if w in _ARTICLE and tag in ("ART", "PDS", "PDAT", "PRELAT"):
        return frozenset(_ARTICLE[w])
    for stem in _EIN_WORDS:
        ending = w[len(stem) :]
        if not w.startswith(stem) or tag not in ("ART", "PPOSAT", "PIAT", "PPOSS", "PIS"):
            continue
        pronoun = tag in ("PIS", "PPOSS")
        if ending == "":
            # "ein Mann" (Nom) / "ein Haus" (Nom, Acc)
            return frozenset({("Nom", "Sing"), ("Acc", "Sing")})
        if stem == "ein" and tag == "ART" and ending in _DETERMINER_ENDING:
            # the indefinite article has no plural: "einen" is accusative singular
            return frozenset(cn for cn in _DETERMINER_ENDING[ending] if cn[1] == "Sing")
        if ending == "er" and not pronoun:
            return frozenset(_ENDING["er"] - {("Nom", "Sing")})
        if ending == "es" and not pronoun:
            return frozenset({("Gen", "Sing")})
        if ending in _DETERMINER_ENDING:
            return frozenset(_DETERMINER_ENDING[ending])
    if tag == "ADJA":
        return adjective_cases(w)
    if tag in ("PDAT", "PIAT", "PIDAT", "PWAT", "PDS", "PIS", "PRELS", "PWS"):
        for ending in ("em", "er", "es", "en", "e"):
            if w.endswith(ending):
                return frozenset(_DETERMINER_ENDING[ending])
    return None


def adjective_cases(word: str) -> CaseNumber | None:
    """Strong endings: what "konkrete" or "dieses" allows on its own."""
    for ending in ("em", "er", "es", "en", "e"):
        if word.endswith(ending):
            return frozenset(_ENDING[ending])
    return None


def pronoun_cases(word: str) -> tuple[CaseNumber, int] | None:
    found = _PRONOUN.get(word.lower())
    return (frozenset(found[0]), found[1]) if found else None


_WEAK_NOUN_ENDINGS = ("ist", "ent", "ant", "at", "ot", "soph", "nom", "graf", "graph", "mensch")


def noun_number(word: str, lemma: str) -> Number | None:
    """A noun form longer than its lemma by a plural ending is plural ("Zusagen");
    the bare lemma is usually singular. None where the form is ambiguous."""
    if word == lemma:
        # "Artikel", "Lehrer", "Wagen" are the same in both numbers
        return None if word.endswith(("er", "el", "en", "chen", "lein")) else "Sing"
    if (lemma.endswith("e") and word == lemma + "n") or (
        lemma.endswith(_WEAK_NOUN_ENDINGS) and word == lemma + "en"
    ):
        # weak nouns end in -(e)n in both numbers: "den Verdächtigen", "einen Journalisten"
        return None
    if lemma.endswith("log") and word == lemma + "e":
        return None  # "Virologe" (HanTa: Virolog) is one, "Dialoge" several
    if word.startswith(lemma) and word[len(lemma) :] in ("n", "en", "e", "er", "nen", "ern"):
        return "Plur"
    if word.lower() != lemma.lower() and not word.endswith("s"):
        return "Plur"
    return None


def is_genitive_name(word: str, lemma: str, tag: str) -> bool:
    """ "Nordkoreas", "Trumps": a name with the genitive -s its lemma lacks. HanTa writes
    a hyphenated name's later parts in lower case ("Sachsen-Anhalts": "Sachsen-anhalt")."""
    return tag == "NE" and word.endswith("s") and word[:-1].casefold() == lemma.casefold()


@dataclass(frozen=True)
class VerbInfo:
    """What a verb form says about its clause. ``ki_or_first`` marks an "-e" form that is
    Konjunktiv I unless its subject is "ich" ("gebe", "habe")."""

    finite: bool
    tense: Literal["present", "past"] | None = None
    mood: Literal["indicative", "subjunctive", "conditional"] | None = None
    number: Number | None = None
    ki_or_first: bool = False


_SEIN: dict[
    str,
    tuple[
        Literal["present", "past"],
        Literal["indicative", "subjunctive", "conditional"],
        Number,
    ],
] = {
    "bin": ("present", "indicative", "Sing"),
    "bist": ("present", "indicative", "Sing"),
    "ist": ("present", "indicative", "Sing"),
    "sind": ("present", "indicative", "Plur"),
    "seid": ("present", "indicative", "Plur"),
    "war": ("past", "indicative", "Sing"),
    "warst": ("past", "indicative", "Sing"),
    "waren": ("past", "indicative", "Plur"),
    "wart": ("past", "indicative", "Plur"),
    "sei": ("present", "subjunctive", "Sing"),
    "seiest": ("present", "subjunctive", "Sing"),
    "seien": ("present", "subjunctive", "Plur"),
    "wäre": ("past", "conditional", "Sing"),
    "wären": ("past", "conditional", "Plur"),
    "wärst": ("past", "conditional", "Sing"),
}
_MODAL_KII = frozenset({"könnt", "müsst", "dürft", "möcht"})


def finite_verb(word: str, morphemes: list[tuple[str, str]], lemma_stem: str = "") -> VerbInfo:
    """Tense, mood and number of a finite verb from HanTa's morphemes: weak past "-te",
    strong past stems ("kam"), Konjunktiv II umlaut stems ("käme", "würde", "hätte"),
    Konjunktiv I "-e" ("gebe", "sei")."""
    w = word.lower()
    if w in _SEIN:
        return VerbInfo(True, *_SEIN[w])
    stem_parts = [m for m, t in morphemes if not t.startswith(("SUF", "PREF", "PTK"))]
    suffixes = [m for m, t in morphemes if t.startswith("SUF")]
    stem = stem_parts[-1] if stem_parts else w
    suffix = suffixes[-1] if suffixes else ""
    varied = any(t.endswith(("_VAR", "_IRR")) for m, t in morphemes if m == stem)
    number: Number = "Plur" if suffix.endswith("n") else "Sing"
    # an umlaut the lemma lacks ("käm" of "komm"), not one it has ("überwies")
    umlaut = _umlauts(stem) > _umlauts(lemma_stem)
    if suffix.startswith(("te", "ete")) or suffix in ("tet", "test"):
        # "könnte" is Konjunktiv II; "sagte", "arbeitete" are past.
        if stem + "t" in _MODAL_KII or stem in _MODAL_KII:
            return VerbInfo(True, "past", "conditional", number)
        return VerbInfo(True, "past", "indicative", number)
    if varied:
        if suffix in ("t", "st"):
            return VerbInfo(True, "present", "indicative", number)
        if suffix in ("e", "en", "est", "et"):
            if stem in _MODAL_KII or umlaut:
                return VerbInfo(True, "past", "conditional", number)
            # "kamen", "wurde", "hatte" are past; only a singular "-e" on a strong past
            # stem ("ginge") is Konjunktiv II.
            if suffix == "en" or stem.endswith(("t", "d")):
                return VerbInfo(True, "past", "indicative", number)
            return VerbInfo(True, "past", "conditional", number)
        if umlaut or stem in ("wird", "will", "kann", "muss", "soll", "darf", "mag", "weiß"):
            return VerbInfo(True, "present", "indicative", number)
        return VerbInfo(True, "past", "indicative", number)
    if suffix == "e":
        return VerbInfo(True, "present", "subjunctive", "Sing", ki_or_first=True)
    return VerbInfo(True, "present", "indicative", number)


def _umlauts(text: str) -> int:
    return sum(text.count(u) for u in "äöü")


def morph_features(
    cases: CaseNumber | None, person: int | None, verb: VerbInfo | None, tag: str
) -> str:
    """UD-style FEATS string for what could be derived."""
    feats: list[str] = []
    if cases and cases != ALL_CASES:
        feats.append("Case=" + ",".join(sorted({c for c, _ in cases})))
        numbers = sorted({n for _, n in cases})
        feats.append("Number=" + ",".join(numbers))
    if verb and verb.finite:
        mood = {"indicative": "Ind", "subjunctive": "Sub", "conditional": "Sub"}[
            verb.mood or "indicative"
        ]
        feats.append(f"Mood={mood}")
        if verb.number:
            feats.append(f"Number={verb.number}")
        feats.append("Tense=" + ("Past" if verb.tense == "past" else "Pres"))
        feats.append("VerbForm=Fin")
    elif tag.endswith("INF") or tag == "VVIZU":
        feats.append("VerbForm=Inf")
    elif tag.endswith("PP"):
        feats.append("VerbForm=Part")
    if person:
        feats.append(f"Person={person}")
    return "|".join(sorted(feats))

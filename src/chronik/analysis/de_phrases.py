"""Noun and prepositional phrases of a German clause, with the case and number that their
determiners, adjectives and pronouns allow.

A phrase is a stretch of words: determiners and adjectives, a noun core ("US-Präsident
Donald Trump", "Kim Jong-un"), then post-modifiers: a genitive ("der USA", "Nordkoreas")
and prepositional phrases that usually modify nouns ("die Verhandlungen mit Nordkorea").
Coordinated phrases ("Er und Kim") are one phrase with several conjuncts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .de_coordination import coordination_cases
from .de_morph import (
    ALL_CASES,
    SINGULAR_CASES,
    CaseNumber,
    adjective_cases,
    determiner_cases,
    is_genitive_name,
    noun_number,
    pronoun_cases,
)
from .de_segments import runs
from .de_words import Word

_DETERMINERS = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "PWAT", "PRELAT"})
_NOUNS = frozenset({"NN", "NE", "FM", "NNA", "NNI"})
_PRONOUNS = frozenset({"PPER", "PDS", "PIS", "PRELS", "PWS", "PPOSS"})
_PREPOSITIONS = frozenset({"APPR", "APPRART"})
_NOUNS_OR_ADJA = _NOUNS | {"ADJA"}
# what a participial attribute's PPs hold ("der [seit Jahren in Bonn] lebende Makler")
_INSIDE_ATTRIBUTE = (
    frozenset({"ART", "ADJA", "ADJD", "ADV", "CARD", "PPOSAT"}) | _NOUNS | _PREPOSITIONS
)
# "ganz Österreich", "halb Europa": a place as a whole, or half of it
_WHOLE = frozenset({"ganz", "halb"})
_COORDINATORS = frozenset(
    {"und", "oder", "sowie", "bzw.", "noch", "beziehungsweise", "als", "sondern"}
)
_LIST_SEPARATORS = _COORDINATORS | {","}
# Prepositions whose phrase, right after a common noun, modifies that noun ("der Abbau von
# Waffen", "Hilfe für die Flüchtlinge"). Others ("mit", "an", "um", "nach", "aus", "in")
# stay with the verb: event verbs govern them ("verhandelt mit", "liefert … an", "bittet
# um", "schickte … nach"); the nominal frames still see a PP right after their noun.
NOUN_PREPOSITIONS = frozenset({"von", "zwischen", "für"})
_CONTRACTIONS = {
    "am": "an",
    "ans": "an",
    "beim": "bei",
    "im": "in",
    "ins": "in",
    "vom": "von",
    "zum": "zu",
    "ums": "um",
    "zur": "zu",
    "aufs": "auf",
    "durchs": "durch",
    "fürs": "für",
    "übers": "über",
    "unterm": "unter",
    "vorm": "vor",
    "hinterm": "hinter",
    "überm": "über",
}


@dataclass
class Phrase:
    """``start``/``end`` are inclusive word positions in the sentence; ``head`` is the
    position of the head word (first noun of the core, as UD does for names and titles)."""

    start: int
    end: int
    head: int
    cases: CaseNumber = ALL_CASES
    plural: bool | None = None
    person: int = 3
    prep: str | None = None
    conjuncts: list[tuple[int, int]] = field(default_factory=list)
    modifiers: list[Phrase] = field(default_factory=list)
    members: list[Phrase] = field(default_factory=list)
    genitive: bool = False
    # The cases before a singular was read off a noun that looks like its lemma: the
    # lemma may be a plural HanTa does not know ("die Taliban"), so agreement reads these.
    loose_cases: CaseNumber | None = None
    apposition: bool = False

    @property
    def is_pp(self) -> bool:
        return self.prep is not None


def preposition_lemma(word: Word) -> str:
    lower = word.text.lower()
    return _CONTRACTIONS.get(lower, word.lemma.lower())


_GOVERNS: dict[str, frozenset[str]] = {
    **{
        p: frozenset({"Dat"})
        for p in ("mit", "zu", "von", "bei", "aus", "nach", "seit", "gegenüber")
    },
    **{p: frozenset({"Acc"}) for p in ("für", "durch", "gegen", "ohne", "um", "bis")},
    **{
        p: frozenset({"Acc", "Dat"})
        for p in ("in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen")
    },
    **{p: frozenset({"Gen", "Dat"}) for p in ("wegen", "während", "trotz", "statt", "laut")},
}


def chunk(
    words: list[Word],
    positions: list[int],
    *,
    adverbial_nouns: frozenset[str] = frozenset(),
    attach_all: bool = False,
) -> list[Phrase]:
    """Phrases over ``positions`` (sorted word positions of one clause's argument material).
    A gap between positions ends any phrase. PPs headed by ``adverbial_nouns`` ("am
    Dienstag") never modify a noun. ``attach_all`` makes every following phrase a modifier
    of the first (the Vorfeld holds one constituent)."""
    phrases: list[Phrase] = []
    for run in runs(words, positions):
        chunker = _Chunker(words, run, adverbial_nouns)
        k = 0
        while k < len(run):
            phrase, k_next = chunker.phrase(k)
            if phrase is None:
                k += 1
                continue
            apposition_end = chunker.apposition(phrases, k, phrase, k_next)
            if apposition_end is not None:
                # "verlangte Günter Brakelmann, Sozialethiker an der Universität Bochum"
                phrase.apposition = True
                phrases[-1].modifiers.append(phrase)
                phrases[-1].end = phrase.end
                k_next = apposition_end
            else:
                phrases.append(phrase)
            k = k_next
    if attach_all and len(phrases) > 1:
        # "Vor allem SPD und Grüne beharken sich": the Vorfeld's one constituent follows
        lead = phrases[:1] if _fixed_adverbial(words, phrases[0]) else []
        first, *others = phrases[len(lead) :]
        for other in others:
            first.modifiers.append(other)
            first.end = max(first.end, other.end)
        return [*lead, first]
    return phrases


# Fixed PPs used as focus or time adverbs, of which the phrase after them is no modifier
_FIXED_ADVERBIALS = frozenset(
    {("vor", "allem"), ("unter", "anderem"), ("unter", "anderen"), ("vor", "kurzem")}
)


def _fixed_adverbial(words: list[Word], phrase: Phrase) -> bool:
    pair = tuple(w.text.lower() for w in words[phrase.start : phrase.end + 1])
    return phrase.is_pp and not phrase.modifiers and pair in _FIXED_ADVERBIALS


class _Chunker:
    """Recursive descent over one contiguous run of word positions."""

    def __init__(self, words: list[Word], run: list[int], adverbial_nouns: frozenset[str]):
        self.words = words
        self.run = run
        self.run_words = [words[p] for p in run]
        self.adverbial_nouns = adverbial_nouns

    def word(self, k: int) -> Word | None:
        return self.run_words[k] if 0 <= k < len(self.run_words) else None

    def phrase(self, k: int) -> tuple[Phrase | None, int]:
        word = self.words[self.run[k]]
        if self.approximator(k):
            # "bis zu sechs Millionen Bürger": "bis zu" modifies the number, no PP
            phrase, k_next = self.coordinated_np(k + 2, None)
            if phrase is not None:
                phrase.start = self.run[k]
            return phrase, k_next
        if word.tag in _PREPOSITIONS or (word.tag == "KOKOM" and word.text.lower() == "als"):
            prep = "als" if word.tag == "KOKOM" else preposition_lemma(word)
            pronoun = self.word(k + 1)
            if pronoun is not None and (prep, pronoun.text.lower()) in _FIXED_ADVERBIALS:
                # "unter anderen der frühere Vizeparteichef": the phrase after it is its own
                start, end = self.run[k], self.run[k + 1]
                return Phrase(start=start, end=end, head=end, prep=prep), k + 2
            inner, k_next = self.coordinated_np(k + 1, _GOVERNS.get(prep))
            if inner is None:
                return None, k + 1
            inner.start = self.run[k]
            inner.prep = prep
            return inner, k_next
        phrase, k_next = self.coordinated_np(k, None)
        after = self.word(k_next)
        if phrase is not None and after is not None and after.tag == "APPO":
            # "den Ergebnissen zufolge", "den Hunden gegenüber": a postposition
            phrase.prep, phrase.end = after.lemma.lower(), self.run[k_next]
            return phrase, k_next + 1
        return phrase, k_next

    def apposition(self, phrases: list[Phrase], k: int, phrase: Phrase, k_next: int) -> int | None:
        """Is ``phrase`` (at run index ``k``) a noun phrase set off by a comma right after the
        noun phrase before it, closing the run or followed by a comma (with its PPs: "Günter
        Brakelmann, Sozialethiker an der Universität Bochum")? Returns where it ends."""
        if not phrases or phrase.is_pp or phrase.members or k < 2:
            return None
        before, comma = phrases[-1], self.word(k - 1)
        if before.is_pp or comma is None or comma.text != "," or before.end != self.run[k - 2]:
            return None
        nouns = ("NN", "NE")
        if self.words[phrase.head].tag not in nouns or self.words[before.head].tag not in nouns:
            return None
        if not any(c in {c for c, _ in before.cases} for c, _ in phrase.cases):
            return None
        end, attached = k_next, []
        while (after := self.word(end)) is not None and after.tag in _PREPOSITIONS:
            pp, end = self.phrase(end)
            if pp is None:
                return None
            attached.append(pp)
        after = self.word(end)
        if after is not None and after.text != ",":
            return None
        for pp in attached:
            phrase.modifiers.append(pp)
            phrase.end = pp.end
        return end

    def coordinated_np(self, k: int, governed: frozenset[str] | None) -> tuple[Phrase | None, int]:
        """ "Er und Kim", "A, B und C", "weder A noch B"; a member whose determiner rules
        out the case the preposition governs is no conjunct ("mit Nordkorea und die …")."""
        opener = self.word(k)
        if opener is not None and opener.text.lower() in ("weder", "sowohl", "entweder"):
            k += 1
        first, k = self.modified_np(k)
        if first is None:
            return None, k
        first, k = self.listed_pp(k, first)
        members = [first]
        closed_at = k  # end of the members that a coordinator closes
        closed_members = 1
        while (separator := self.word(k)) is not None:
            following = self.word(k + 1)
            if separator.text == "," and following is not None and following.text == "sondern":
                k, separator = k + 1, following  # "nicht nur A, sondern auch B"
            is_comma = separator.text == ","
            if not is_comma and separator.text.lower() not in _COORDINATORS:
                break
            j = k + 1
            after = self.word(j)
            also = after is not None and after.text.lower() == "auch"
            if separator.text.lower() == "als" and not also:
                break  # "als" coordinates only in "sowohl … als auch …"
            if also:
                j += 1
            member, j_next = self.modified_np(j)
            if member is None or not _case_fits(member, governed):
                break
            member, j_next = self.listed_pp(j_next, member)
            members.append(member)
            k = j_next
            if not is_comma:
                closed_at, closed_members = k, len(members)
        members = members[:closed_members]
        k = closed_at
        if len(members) == 1:
            return first, k
        cases, plural = coordination_cases(self.words, members)
        return (
            Phrase(
                start=first.start,
                end=members[-1].end,
                head=first.head,
                cases=cases,
                plural=plural,
                person=min(m.person for m in members),
                conjuncts=[(m.start, m.end) for m in members],
                members=members,
            ),
            k,
        )

    def listed_pp(self, k: int, member: Phrase) -> tuple[Phrase, int]:
        """In a list, a PP between two members belongs to the one before it: "die
        Gestaltung des Rahmens, die Begegnung mit den Teilnehmern, die Person …"."""
        word = self.word(k)
        if word is None or word.tag not in _PREPOSITIONS:
            return member, k
        pp, k_next = self.phrase(k)
        after = self.word(k_next)
        if pp is None or after is None or after.text.lower() not in _LIST_SEPARATORS:
            return member, k
        member.modifiers.append(pp)
        member.end = pp.end
        return member, k_next

    def modified_np(self, k: int) -> tuple[Phrase | None, int]:
        phrase, k = self.np(k)
        if phrase is None:
            return None, k
        return self.postmodify(k, phrase)

    def np(self, k: int) -> tuple[Phrase | None, int]:
        words, run = self.words, self.run
        if k >= len(run):
            return None, k
        start = k
        word = words[run[k]]
        after = self.word(k + 1)
        possessive = word.text.lower() in ("dessen", "deren") and (
            after is not None and after.tag in ("ADJA", "NN", "NE")
        )
        if word.tag in _PRONOUNS and not possessive:
            return self.pronoun(k)
        cases, k = self.determiners(k, possessive=possessive)
        determined = k > start
        if determined:
            k = self.extended_attribute(k)
        last_modifier = None
        while k < len(run) and self.premodifier(k, determined):
            if words[run[k]].tag == "ADJA" and not determined and cases is None:
                cases = adjective_cases(words[run[k]].text.lower())
            if words[run[k]].tag in ("ADJA", "CARD"):
                last_modifier = k
            k += 1
        core_start = k
        while self.truncated_pair(k):
            k += 2  # "Rohstoff- und Energiekosten", "Staats- und Parteichef"
        while k < len(run) and words[run[k]].tag in _NOUNS:
            if k > core_start and is_genitive_name(words[run[k]].text, words[run[k]].lemma, "NE"):
                break
            if k > core_start and self.new_core(core_start, k, determined):
                break
            k += 1
        if k == core_start:
            if last_modifier is None and determined and k == start + 1:
                # "Das mit dem …", "die unserer Freunde": a determiner standing alone
                head = run[start]
                return Phrase(head, head, head, cases or ALL_CASES, None), k
            if last_modifier is None:
                return None, start + 1
            k = last_modifier + 1  # nominalised "die beiden", "acht"
            head = run[last_modifier]
        else:
            head = _core_head(words, run[core_start:k])
        head_word = words[head]
        cases = cases or ALL_CASES
        if is_genitive_name(head_word.text, head_word.lemma, head_word.tag) and not determined:
            # a genitive that owns a noun is read before ("Trumps Politik", "die Politik
            # Trumps"); a name standing alone with an -s HanTa cut off is mostly the name
            # itself: "Tsipras kritisierte die EU", "Andriukaitis wird … kommen"
            cases = SINGULAR_CASES
        last = words[run[k - 1]]
        # names say nothing of their number: "die USA", "die Vereinten Nationen", nor do
        # name parts HanTa tags as nouns ("Shinzo Abe")
        name = words[run[core_start]].tag == "NE" if k > core_start else False
        number = noun_number(last.text, last.lemma) if last.tag == "NN" and not name else None
        loose = None
        if number is not None:
            narrowed = frozenset(cn for cn in cases if cn[1] == number)
            if narrowed and number == "Sing" and last.text == last.lemma:
                loose = cases
            cases = narrowed or cases
        plural = all(n == "Plur" for _, n in cases)
        phrase = Phrase(run[start], run[k - 1], head, cases, plural, loose_cases=loose)
        return phrase, k

    def pronoun(self, k: int) -> tuple[Phrase, int]:
        """The pronoun at ``k`` as a phrase, with a partitive genitive after it."""
        word = self.words[self.run[k]]
        pronoun = pronoun_cases(word.text)
        own, person = (
            pronoun if pronoun else (determiner_cases(word.text, word.tag) or ALL_CASES, 3)
        )
        plural = all(n == "Plur" for _, n in own)
        position = self.run[k]
        phrase = Phrase(position, position, position, own, plural, person)
        if word.tag == "PIS" and self.partitive_start(k + 1):
            # "einen der Angreifer", "viele dieser Flüchtlinge": a partitive genitive
            genitive, k_next = self.np(k + 1)
            if genitive is not None:
                genitive.genitive = True
                phrase.modifiers.append(genitive)
                phrase.end = genitive.end
                return phrase, k_next
        return phrase, k + 1

    def determiners(self, k: int, *, possessive: bool) -> tuple[CaseNumber | None, int]:
        """The case the determiners (and prenominal genitives) from ``k`` show, and where
        the words after them start."""
        words, run = self.words, self.run
        start = k
        cases: CaseNumber | None = None
        while k < len(run) and (
            words[run[k]].tag in _DETERMINERS
            or self.prenominal_genitive(k)
            or (possessive and k == start)
        ):
            # a possessive "dessen"/"deren" or a genitive name says nothing of the case
            word = words[run[k]]
            owner = word.text.lower() in ("dessen", "deren") or word.tag == "NE"
            nxt = self.word(k + 1)
            # "ein paar Leute" is plural: the "ein" says nothing of the case
            few = word.text.lower() == "ein" and nxt is not None and nxt.text == "paar"
            found = None if owner or few else determiner_cases(word.text, word.tag)
            if found is not None and cases is None:
                cases = found
            k += 1
        return cases, k

    def extended_attribute(self, k: int) -> int:
        """Skip the PPs inside a participial attribute: "die [im Anschluss] geführten
        Verhandlungen", "der [seit Jahren in Bonn] lebende Makler". Returns where the
        adjectives start (``k`` when there is none)."""
        word = self.word(k)
        if word is None or word.tag not in _PREPOSITIONS:
            return k
        j = k + 1
        while (inner := self.word(j)) is not None and j < k + 12:
            if inner.tag == "ADJA" and j > k + 1:
                after = self.word(j + 1)
                if after is not None and after.tag in _NOUNS_OR_ADJA:
                    return j
            if inner.tag not in _INSIDE_ATTRIBUTE:
                return k
            j += 1
        return k

    def noun_after_name(self, first: int, p: int, determined: bool) -> bool:
        """Does the common noun at ``p`` start a new phrase after the name at ``first``?
        "liefert der Ukraine Panzer", "sicherte Mali Waffenlieferungen zu" — but "Kim
        Jong-un", "Shinzo Abe" (HanTa tags name parts NN) are one name."""
        name, noun = self.words[first], self.words[p]
        if noun.tag != "NN" or "-" in noun.text[1:]:
            return False
        if name.tag == "NN":
            # German writes compounds as one word: "dem Dissidenten Asyl" is two phrases;
            # not so titles ("Herr Dr. Sieben") and measures ("drei Milliarden Dollar")
            return name.lemma.rstrip(".") not in _HONORIFICS | _MEASURES
        if name.tag != "NE":
            return False
        suffix = noun.text[len(noun.lemma) :] if noun.text.startswith(noun.lemma) else ""
        return determined or suffix in ("n", "en", "er", "nen", "ern") or len(noun.text) >= 6

    def new_core(self, core_start: int, k: int, determined: bool) -> bool:
        """Does the noun at run index ``k`` start a new phrase after the noun core that
        began at ``core_start``?"""
        run = self.run
        return self.noun_after_name(run[core_start], run[k], determined) or self.noun_after_time(
            run[k - 1], run[k]
        )

    def noun_after_time(self, time: int, p: int) -> bool:
        """Does the noun at ``p`` start a new phrase after the time noun at ``time``?
        "besucht nächste Woche Frankreich", "trifft am Dienstag Macron": a time adverbial
        names no one; but "Anfang März", "im Monat Mai" are one time."""
        nouns = self.adverbial_nouns
        return self.words[time].lemma in nouns and self.words[p].lemma not in nouns

    def prenominal_genitive(self, k: int) -> bool:
        """ "Nordkoreas nuklearer Abrüstung": a genitive name before the noun it owns."""
        word, nxt = self.word(k), self.word(k + 1)
        return (
            word is not None
            and nxt is not None
            and is_genitive_name(word.text, word.lemma, word.tag)
            and nxt.tag in ("ADJA", "NN", "NE")
        )

    def truncated_pair(self, k: int) -> bool:
        word = self.word(k)
        if word is None or not word.text.endswith("-"):  # most words
            return False
        conjunction, after = self.word(k + 1), self.word(k + 2)
        return (
            conjunction is not None
            and after is not None
            and conjunction.tag == "KON"
            and after.tag in _NOUNS_OR_ADJA
        )

    def premodifier(self, k: int, determined: bool = False) -> bool:
        word, nxt, before = self.word(k), self.word(k + 1), self.word(k - 1)
        assert word is not None
        if determined and word.tag in ("ADV", "PTKA", "ADJD"):
            # "der zuvor äußerst freundliche Ton": adverbs before an attributive adjective
            j = k + 1
            while (inner := self.word(j)) is not None and inner.tag in ("ADV", "PTKA", "ADJD"):
                j += 1
            if inner is not None and inner.tag in ("ADJA", "CARD"):
                return True
        adjective = self.word(k + 2)
        if self.truncated_pair(k) and adjective is not None and adjective.tag == "ADJA":
            return True  # "mittel- und langfristige"
        if word.tag == "KON" and before is not None and before.text.endswith("-"):
            return True
        next_tag = nxt.tag if nxt is not None else ""
        if word.tag in ("ADJA", "CARD"):
            return True
        if word.tag in ("ADV", "PTKA", "ADJD"):
            if word.text.lower() in _WHOLE and next_tag == "NE":
                return True  # "aus ganz Österreich", "halb Europa"
            return next_tag in ("ADJA", "CARD") or (word.tag == "ADJD" and next_tag == "NN")
        if word.tag in ("KON", "$,") and before is not None and before.tag in ("ADJA", "CARD"):
            # "konkrete und wesentliche", "ein rauher, unhöflicher Ton"
            return next_tag in ("ADJA", "CARD")
        return False

    def postmodify(self, k: int, phrase: Phrase) -> tuple[Phrase, int]:
        """Attach genitives and noun-modifying PPs to a phrase headed by a common noun."""
        head = self.words[phrase.head]
        if head.lemma in self.adverbial_nouns:
            return phrase, k  # "am Dienstag mit Erdogan": the PP is the verb's
        while (word := self.word(k)) is not None and head.tag == "NN":
            if self.genitive_start(k):
                # A genitive takes no conjuncts: in "A des B und C" the list is A … und C.
                modifier, k_next = self.modified_np(k)
            elif word.tag in _PREPOSITIONS and preposition_lemma(word) in NOUN_PREPOSITIONS:
                modifier, k_next = self.phrase(k)
                if modifier is not None and self.words[modifier.head].lemma in self.adverbial_nouns:
                    break
            else:
                break
            if modifier is None:
                break
            modifier.genitive = not modifier.is_pp
            phrase.modifiers.append(modifier)
            phrase.end = modifier.end
            k = k_next
        return phrase, k

    def approximator(self, k: int) -> bool:
        first, second, number = self.word(k), self.word(k + 1), self.word(k + 2)
        return (
            first is not None
            and second is not None
            and number is not None
            and (first.text.lower(), second.text.lower()) == ("bis", "zu")
            and number.tag == "CARD"
        )

    def partitive_start(self, k: int) -> bool:
        """A plural genitive determiner: "der", "dieser", "ihrer" …"""
        word = self.word(k)
        if word is None or word.tag not in ("ART", "PDAT", "PPOSAT"):
            return False
        return ("Gen", "Plur") in (determiner_cases(word.text, word.tag) or frozenset())

    def genitive_start(self, k: int) -> bool:
        word = self.word(k)
        assert word is not None
        if is_genitive_name(word.text, word.lemma, word.tag):
            return True
        if word.tag in ("ADJA", "ADJD") and word.text.endswith("er"):
            # "Wiederaufnahme innerkoreanischer Touren", "ein System umfassender sozialer
            # Sicherung": after a noun, a bare "-er" adjective opens a genitive (HanTa
            # tags some of them ADJD)
            j = k + 1
            while (after := self.word(j)) is not None and after.tag == "ADJA":
                j += 1
            return after is not None and after.tag == "NN"
        if word.tag not in ("ART", "PPOSAT", "PDAT", "PIAT"):
            return False
        cases = determiner_cases(word.text, word.tag) or frozenset()
        return any(c == "Gen" for c, _ in cases) and word.text.lower() not in ("die", "das", "ein")


_HONORIFICS = frozenset({"Herr", "Frau", "Dr", "Prof", "Fräulein"})
_MEASURES = frozenset({"Million", "Milliarde", "Billion", "Tausend", "Dutzend", "Mio", "Mrd"})


def _core_head(words: list[Word], core: list[int]) -> int:
    """The head of a noun core, as UD German does it: a title before a name heads it
    ("US-Präsident Donald Trump"), a name's first word heads the name ("Kim Jong-un"),
    "Herr"/"Dr." do not head ("Herr Dr. Sieben"), of "drei Milliarden Dollar" the last."""
    while len(core) > 1 and words[core[0]].lemma.rstrip(".") in _HONORIFICS:
        core = core[1:]
    nouns = [k for k, p in enumerate(core) if words[p].tag == "NN"]
    if not nouns or words[core[0]].tag == "NE":
        return core[0]  # a common noun still in a name's core is a name part: "Kim Jong-un"
    k = nouns[0]
    while k + 1 < len(core) and words[core[k + 1]].tag == "NN":
        k += 1
    return core[k]


def _case_fits(member: Phrase, governed: frozenset[str] | None) -> bool:
    return governed is None or any(c in governed for c, _ in member.cases)

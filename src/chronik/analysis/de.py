"""German analysis: sentences, tokens and clause frames, on top of the HanTa tagger.

No German parser runs offline, so the clause structure is read the way a grammar book
describes it: HanTa gives STTS tags, lemmas and morphemes; the topological field model
(Vorfeld, left bracket, Mittelfeld, right bracket, Nachfeld) finds the verbal complex and
the clause boundaries; case forms and subject–verb agreement sort subjects from objects.
See docs/analysis-de.md for the conventions and the measured accuracy.

    >>> from chronik.records import Article
    >>> analyze = GermanAnalyzer()
    >>> doc = analyze(Document(article=Article(id="a", text="Kim traf Trump."), lang="de"))
    >>> [(a.role, a.span.text) for a in doc.frames[0].arguments]
    [('subj', 'Kim'), ('obj', 'Trump')]
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

from ..document import Document
from ..errors import ModelError
from ..records import Frame, Sentence, Token, filled
from .de_clauses import clauses, promote_finite
from .de_complements import hang_on_nouns
from .de_frames import sentence_frames
from .de_hanta import FastLattices
from .de_hanta_lexicon import HantaLexicon
from .de_lexicon import GermanLexicon
from .de_morph import (
    VerbInfo,
    determiner_cases,
    finite_verb,
    is_genitive_name,
    morph_features,
    pronoun_cases,
    stts,
    upos,
)
from .de_segments import DASHES
from .de_tokens import split_sentences, tokenize
from .de_words import Word

__all__ = ["GermanAnalyzer", "GermanLexicon"]

_HANTA_MODEL = "morphmodel_ger.pgz"


class GermanAnalyzer:
    """Pipeline stage filling ``doc.sentences`` and ``doc.frames`` for German articles.

    ``prefilter(sentence_text)`` returning False skips the tagging and clause analysis of a
    sentence (it still becomes a :class:`Sentence`, without tokens), because HanTa is slow
    and most sentences of a news article code no event.
    """

    def __init__(
        self,
        *,
        prefilter: Callable[[str], bool] | None = None,
        lexicon: GermanLexicon | None = None,
        given_names: frozenset[str] = frozenset(),
        family_name: Callable[[str], bool] = lambda _: False,
    ) -> None:
        try:
            from HanTa import HanoverTagger
        except ImportError as error:  # pragma: no cover - HanTa is a dependency
            raise ModelError("the HanTa tagger is not installed: pip install hanta") from error
        try:
            self._tagger = HanoverTagger.HanoverTagger(_HANTA_MODEL)
        except (OSError, ValueError) as error:  # pragma: no cover
            raise ModelError(f"cannot load HanTa's {_HANTA_MODEL}: {error}") from error
        FastLattices(self._tagger, HantaLexicon.load()).install()
        self._lexicon = lexicon or GermanLexicon.load()
        # the speech verbs, and those with the content verbs (de_clauses.clauses)
        self._verbs = (
            self._lexicon.speech_verbs,
            self._lexicon.speech_verbs | self._lexicon.content_verbs,
        )
        self._prefilter = prefilter
        self._given_names = given_names
        self._family_name = family_name
        # Headlines, datelines and boilerplate repeat across articles; verb forms repeat a lot.
        self._tag = functools.lru_cache(maxsize=4096)(self._tag_uncached)
        self._verb_morphemes = functools.lru_cache(maxsize=65536)(self._verb_morphemes_uncached)
        self._lemma = functools.lru_cache(maxsize=65536)(self._lemma_uncached)
        self._unknown_name = functools.lru_cache(maxsize=65536)(self._unknown_name_uncached)

    def __call__(self, doc: Document) -> Document:
        text = doc.article.text
        spans = tokenize(text, self._lexicon.abbreviations)
        sentences: list[Sentence] = []
        frames: list[Frame] = []
        token_index = 0
        continues_report = False
        family: set[str] = set()  # "Tomiak" after "June Tomiak": a person the text named
        for index, sentence_spans in enumerate(split_sentences(text, spans)):
            start, end = sentence_spans[0][0], sentence_spans[-1][1]
            sentence_text = text[start:end]
            if (
                self._prefilter is not None
                and not self._prefilter(sentence_text)
                and not _names_any(text, sentence_spans, family)
            ):
                sentences.append(Sentence(index, start, end, sentence_text))
                token_index += len(sentence_spans)
                continues_report = False
                continue
            words = self.words(text, sentence_spans)
            family |= _family_names(words)
            found, leftover = clauses(words, self._verbs)
            sentence_frames_ = sentence_frames(
                words,
                found,
                leftover,
                self._lexicon,
                text,
                index,
                continues_report=continues_report,
            )
            continues_report = any(f.reported and f.clause != "nominal" for f in sentence_frames_)
            tokens = tuple(_token(token_index + k, word) for k, word in enumerate(words))
            token_index += len(words)
            sentences.append(Sentence(index, start, end, sentence_text, tokens))
            frames += hang_on_nouns(sentence_frames_, text)
        return replace(doc, sentences=tuple(sentences), frames=tuple(frames))

    def words(self, text: str, spans: list[tuple[int, int]]) -> list[Word]:
        """Tagged words of one sentence, with plural finite verbs HanTa took for
        infinitives corrected."""
        forms = tuple(text[s:e] for s, e in spans)
        tagged = self._tag(forms)
        if cut := _dateline_end(forms):
            # HanTa may read the words after "Rabat – " as foreign material (FM), and "In
            # Marokko" is then no PP: the sentence after a dateline is tagged on its own
            # (the dateline alone it reads worse: "Bozen –" a noun)
            tagged = tagged[:cut] + self._tag(forms[cut:])
        words: list[Word] = []
        for (start, end), (form, lemma, tag) in zip(spans, tagged, strict=True):
            verb = self._finite(form, tag) if tag.endswith("FIN") else None
            if tag == "ADJA" and _person_compound(form):
                # "Grünen-Abgeordnete", "SPD-Vorsitzende": a noun of a person after the hyphen,
                # however adjectival its inflection (HanTa: ADJA)
                tag, lemma = "NN", form
            elif tag == "NN" and words and self._name_part(words[-1], form):
                # "Xi Jinping", "Christian Drosten", "Sabine Oberhauser": HanTa tagged
                # "Jinping" NN, and "Oberhauser" too, with the lemma "Oberhaus"
                tag, lemma = "NE", form
            elif tag == "NN" and words and words[-1].tag == "NN" and self._titled_name(form):
                # "Außenminister Maas": a known person's name after a title (HanTa: "Maa")
                tag, lemma = "NE", form
            if tag in ("NN", "NE") and lemma.lower() == form.lower():
                lemma = form  # HanTa writes "Usa", "Us-präsident"
            words.append(_word(form, start, end, lemma, tag, verb))
        words = _articles_in_lists(_while_as_preposition(words))
        words = promote_finite(self._past_taken_for_adjective(_lowercase_nouns(words)))
        words = _second_parts(words)
        return self._attributive_participles(words)

    def _name_part(self, before: Word, form: str) -> bool:
        """Whether a word HanTa tagged a common noun continues the name before it: right
        after a proper noun that is no genitive, a form its model never saw, which it
        reads as one unknown stem and may take for a proper noun ("Xi Jinping", "Armin
        Laschet"; not "Chinas Führung", "gab Trump Recht", "lieferte Mali Waffen", whose
        nouns it knows, nor "sagte Italien Coronahilfen zu", a compound with a plural), or
        any noun right after a given name: a family name ("Sabine Oberhauser", "Thomas
        Richter")."""
        return (
            before.tag == "NE"
            and not is_genitive_name(before.text, before.lemma, before.tag)
            and "-" not in form
            and (before.text in self._given_names or self._unknown_name(form))
        )

    def _titled_name(self, form: str) -> bool:
        """Whether ``form`` is a known person's family name, not the genitive of one ("vor
        der Angelobung Kerns" is Kern's)."""
        genitive = form.endswith("s") and self._family_name(form[:-1])
        return self._family_name(form) and not genitive

    def _unknown_name_uncached(self, form: str) -> bool:
        tagger = self._tagger
        if tagger.normalize(form) in tagger.cache:  # the words HanTa learnt
            return False
        if not any(tag == "NE" for tag, _ in tagger.tag_word(form)):
            return False
        _, morphemes, _ = tagger.analyze(form, pos="NN", taglevel=3)
        return len(morphemes) == 1

    def _attributive_participles(self, words: list[Word]) -> list[Word]:
        """The verb of an attributive participle with an agent before it ("die von Russland
        annektierte Krim"): HanTa reads the participle as a participle once the adjective
        ending is off; "-iert" verbs it does not know are regular."""
        out = list(words)
        for p, word in enumerate(words):
            if word.tag != "ADJA" or not _after_agent(words, p):
                continue
            stem = word.lemma.lower()
            if not stem.endswith(("t", "en")) or not word.text.lower().startswith(stem):
                continue
            verb = self._lemma(stem, "VV(PP)")
            if not verb.endswith("n") or verb == stem:
                verb = stem[:-1] + "en" if stem.endswith("iert") else ""
            if verb:
                out[p] = replace(word, participle_of=verb)
        return out

    def _past_taken_for_adjective(self, words: list[Word]) -> list[Word]:
        """HanTa reads "Israel verstärkte die …" as an adjective "verstärkt". An attributive
        adjective never follows its noun, so a participle-like ADJA right after a noun or
        pronoun, in a stretch without a finite verb, is the verb in the past."""
        fixed = list(words)
        for p, word in enumerate(words):
            if not (p > 0 and word.tag == "ADJA" and words[p - 1].tag in ("NN", "NE", "PPER")):
                continue
            if not word.lemma.endswith("t") or word.text.lower() not in (
                word.lemma.lower() + "e",
                word.lemma.lower() + "en",
            ):
                continue
            if any(w.finite for w in _stretch(fixed, p)):
                continue
            lemma = self._lemma(word.text, "VV(FIN)")
            fixed[p] = Word(
                word.text, word.start, word.end, lemma, "VVFIN", self._finite(word.text, "VVFIN")
            )
        return fixed

    def _tag_uncached(self, forms: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
        # Tags come from the whole sentence; a lemma only from its form and tag, so it is
        # cached across sentences (lemmatizing is half of HanTa's time).
        tags = self._tagger.tag_sent([_TAGGED_AS.get(form, form) for form in forms], taglevel=0)
        return tuple(
            (form, self._lemma(form, tag), stts(tag)) for form, tag in zip(forms, tags, strict=True)
        )

    def _lemma_uncached(self, form: str, tag: str) -> str:
        lemma, _ = self._tagger.analyze(form, pos=tag, taglevel=1)
        return str(lemma)

    def _finite(self, form: str, tag: str) -> VerbInfo:
        stem, morphemes = self._verb_morphemes(form, tag)
        return finite_verb(form, morphemes, stem)

    def _verb_morphemes_uncached(self, form: str, tag: str) -> tuple[str, list[tuple[str, str]]]:
        hanta_tag = f"{tag[:2]}(FIN)"
        stem, morphemes, _ = self._tagger.analyze(form, pos=hanta_tag, taglevel=3)
        return str(stem), morphemes


def _dateline_end(forms: tuple[str, ...]) -> int:
    """Where a dateline ends ("Rabat –", "Jerusalem/Ramallah –", "Buenos Aires –"): after
    a dash among the first four words, all before it names (capitalised or "/"); else 0."""
    for position, form in enumerate(forms[:4]):
        if form in DASHES:
            names = forms[:position]
            ok = names and all(f == "/" or f[:1].isupper() for f in names)
            return position + 1 if ok and position + 1 < len(forms) else 0
    return 0


# HanTa's model saw dashes only as "-": it tags an en or em dash as foreign material, so
# "lehnt den Plan ab – die Grünen …" lost its particle ("ab" read as a preposition). It
# tags "infrage" a finite verb ("infragen"): tagged in the place of a particle it knows, it
# joins its verb as one ("stellte den Plan infrage" → infragestellen).
_TAGGED_AS = {"–": "-", "—": "-", "infrage": "zurück"}


def _family_names(words: list[Word]) -> set[str]:
    """The last word of each name of two or more proper nouns ("June Tomiak"): the person's
    family name, which later sentences may name alone."""
    return {
        word.text
        for p, word in enumerate(words)
        if p > 0
        and word.tag == "NE"
        and words[p - 1].tag == "NE"
        and (p + 1 == len(words) or words[p + 1].tag != "NE")
        and len(word.text) > 2
    }


def _names_any(text: str, spans: list[tuple[int, int]], family: set[str]) -> bool:
    """Whether a sentence names one of ``family`` (also in the genitive: "Tomiaks")."""
    return bool(family) and any(
        text[s:e] in family or (text[e - 1 : e] == "s" and text[s : e - 1] in family)
        for s, e in spans
    )


def _after_agent(words: list[Word], p: int) -> bool:
    """Does a "von"/"durch" stand a few words before position p, in the same stretch?"""
    for q in range(p - 1, max(p - 9, -1), -1):
        if words[q].tag.startswith("$") or words[q].is_verb:
            return False
        if words[q].lemma.lower() in ("von", "durch") and words[q].tag.startswith("APPR"):
            return True
    return False


def _lowercase_nouns(words: list[Word]) -> list[Word]:
    """German capitalises every noun: a lowercase word HanTa tagged NN before a noun or
    an adjective is an adjective ("das leckere Knoblauchbrot", "der lecker gefüllten …")."""
    fixed = list(words)
    for p, word in enumerate(words[:-1]):
        if word.tag != "NN" or not word.text[:1].islower():
            continue
        following = words[p + 1].tag
        if following == "NN" and word.text.endswith(("e", "en", "er", "es", "em")):
            fixed[p] = Word(word.text, word.start, word.end, word.text, "ADJA")
        elif following == "ADJA":
            fixed[p] = Word(word.text, word.start, word.end, word.text, "ADJD")
    return fixed


_NOUN_PHRASE_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "ADJA", "CARD", "NN", "NE"})
_ENDS_CLAUSE = frozenset({"$,", "$.", "$(", "KON"})


def _while_as_preposition(words: list[Word]) -> list[Word]:
    """HanTa tags every "während" a conjunction. Followed by a noun phrase and then a
    finite verb that more words follow, it is the preposition of the main clause's Vorfeld
    ("Während dieser Krise hat Trump die WHO kritisiert"), not a clause of its own, whose
    finite verb would end it ("während der Präsident sprach, …")."""
    fixed = list(words)
    for p, word in enumerate(words):
        if word.tag != "KOUS" or word.text.lower() != "während":
            continue
        k = p + 1
        while k < len(words) and words[k].tag in _NOUN_PHRASE_TAGS:
            k += 1
        nouns = k > p + 1 and words[k - 1].tag in ("NN", "NE")
        rest = k + 1 < len(words) and words[k + 1].tag not in _ENDS_CLAUSE
        if nouns and k < len(words) and words[k].finite and rest:
            fixed[p] = replace(word, tag="APPR", lemma="während")
    return fixed


# Nouns of persons inflected as adjectives, after a hyphen ("Grünen-Abgeordnete")
_ADJECTIVAL_PERSONS = (
    "abgeordnet", "vorsitzend", "beauftragt", "bevollmächtigt", "delegiert", "gesandt",
    "sachverständig", "verantwortlich", "angeklagt", "beschuldigt", "bedienstet", "angestellt",
)  # fmt: skip


def _person_compound(form: str) -> bool:
    """ "Grünen-Abgeordnete", "SPD-Vorsitzenden": a capitalised compound whose part after the
    hyphen is a noun of a person inflected as an adjective."""
    first, _, last = form.rpartition("-")
    if not first or not last[:1].isupper():
        return False
    stem = last.lower()
    return any(
        stem.startswith(person) and stem[len(person) :] in ("e", "en", "er", "em")
        for person in _ADJECTIVAL_PERSONS
    )


def _articles_in_lists(words: list[Word]) -> list[Word]:
    """HanTa tags an article after a comma a relative pronoun ("Schweden, Dänemark, die/PRELS
    Niederlande und Österreich protestierten gegen den Plan"). Before a noun, in a clause
    that no verb ends (a relative clause's verb ends it: ", die Merkel vorgelegt hat,"), it
    is the article of the list's next member."""
    fixed = list(words)
    for p, word in enumerate(words[1:-1], start=1):
        if word.tag != "PRELS" or words[p - 1].tag != "$," or words[p + 1].tag not in ("NN", "NE"):
            continue
        verb = next((k for k in range(p + 1, len(words)) if words[k].finite), None)
        ends = verb is not None and (verb + 1 == len(words) or words[verb + 1].tag in _ENDS_CLAUSE)
        # ", das Großbritannien aus der EU importiert." (HanTa: VVPP) ends in a verb too
        end = next(
            (k for k in range(p + 1, len(words)) if words[k].tag in ("$,", "$.")), len(words)
        )
        if not ends and not words[end - 1].tag.startswith("V"):
            fixed[p] = replace(word, tag="ART")
    return fixed


def _second_parts(words: list[Word]) -> list[Word]:
    """ "Pflegeeinrichtungen und -verbände": the part after the hyphen shares the first
    noun's stem, so it is a noun too, a conjunct of that noun (HanTa reads "-städte" as an
    adjective)."""
    fixed = list(words)
    for p in range(2, len(words)):
        word = words[p]
        if word.text[:1] == "-" and words[p - 1].tag == "KON" and words[p - 2].tag == "NN":
            fixed[p] = Word(word.text, word.start, word.end, word.lemma, "NN")
    return fixed


def _stretch(words: list[Word], p: int) -> list[Word]:
    """The words between the commas around position ``p``."""
    start, end = p, p
    while start > 0 and words[start - 1].text != ",":
        start -= 1
    while end + 1 < len(words) and words[end + 1].text != ",":
        end += 1
    return words[start : end + 1]


def _token(i: int, word: Word) -> Token:
    pos, morph = _token_features(word.text, word.tag, word.lemma, word.verb)
    return filled(
        Token,
        i=i,
        text=word.text,
        start=word.start,
        end=word.end,
        lemma=word.lemma,
        pos=pos,
        tag=word.tag,
        morph=morph,
    )


def _word(text: str, start: int, end: int, lemma: str, tag: str, verb: VerbInfo | None) -> Word:
    return filled(
        Word, text=text, start=start, end=end, lemma=lemma, tag=tag, verb=verb, participle_of=None
    )


@functools.lru_cache(maxsize=1 << 16)
def _token_features(text: str, tag: str, lemma: str, verb: VerbInfo | None) -> tuple[str, str]:
    """A token's UPOS and FEATS, which depend on its form, tag, lemma and verb reading only
    (kept: most tokens of news are frequent words)."""
    pronoun = pronoun_cases(text) if tag in ("PPER", "PRF", "PWS") else None
    cases = pronoun[0] if pronoun else determiner_cases(text, tag)
    return upos(tag, lemma), morph_features(cases, pronoun[1] if pronoun else None, verb, tag)

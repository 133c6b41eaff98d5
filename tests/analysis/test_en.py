"""English analysis with the shipped pipeline: sentences, tokens and clause frames."""

from __future__ import annotations

import socket
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from chronik.analysis.en import (
    BARE_TOKENIZER,
    MODEL,
    EnglishAnalyzer,
    keep_prefixed_words,
    load_english,
    sentence_limits,
    split_contractions,
)
from chronik.analysis.en_frames import ParsedSentence, sentence_frames
from chronik.analysis.en_labels import repair_labels
from chronik.analysis.en_repair import load_verb_lemmas, repair_parse, verb_lemma_candidates
from chronik.analysis.en_tokens import ParsedToken, read_parse
from chronik.document import Document
from chronik.errors import ModelError
from chronik.records import Article, Frame, Span


@pytest.fixture(scope="module")
def analyzer() -> EnglishAnalyzer:
    return EnglishAnalyzer()


def analyze(analyzer: EnglishAnalyzer, text: str) -> Document:
    article = Article(id="t", text=text, lang="en", date=date(2019, 2, 6))
    return analyzer(Document(article=article, lang="en"))


def frame_of(doc: Document, predicate: str) -> Frame:
    found = [f for f in doc.frames if f.predicate == predicate]
    assert found, f"no frame {predicate!r} in {[f.predicate for f in doc.frames]}"
    return found[0]


def texts(spans: tuple[Span, ...]) -> list[str]:
    return [span.text for span in spans]


def frames_of_parse(analyzer: EnglishAnalyzer, parse: str, glued: str = "") -> list[Frame]:
    """Frames read off a hand-made parse, one "word lemma POS TAG head dep" per line (head:
    index of the head word), so a rule is tested on a parse the shipped model may not give.
    Words are written apart, but not before a comma or full stop nor around ``glued``."""
    rows = [line.split() for line in parse.strip().splitlines()]
    words = [r[0] for r in rows]
    doc = Doc(
        analyzer.nlp.vocab,
        words=words,
        spaces=[
            after not in {",", ".", glued} and word != glued
            for word, after in zip(words, [*words[1:], "."], strict=True)
        ],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        heads=[int(r[4]) for r in rows],
        deps=[r[5] for r in rows],
    )
    tokens = read_parse(doc, doc.text).tokens
    repair_labels(tokens)
    repair_parse(tokens)
    return sentence_frames(0, ParsedSentence(tokens, 0))


def test_load_english_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the English model tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    nlp = load_english()
    assert {"tagger", "morphologizer", "trainable_lemmatizer", "parser"} <= set(nlp.pipe_names)
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    assert nlp.vocab.vectors.shape[1] == 64  # chronik's news vectors (build_vectors.py)
    assert nlp.vocab.has_vector("Pyongyang")


def test_the_bare_tokenizer_loads_what_spacys_own_would(analyzer: EnglishAnalyzer) -> None:
    # chronik builds the tokenizer from the model's file alone; spaCy's default tokenizer,
    # then the file, then the contraction rules must give the very same tokenizer
    model = resources.files("chronik").joinpath("models", MODEL)
    with resources.as_file(model) as path:
        spacys = spacy.load(path)
    split_contractions(spacys)
    keep_prefixed_words(spacys)
    assert analyzer.nlp.config["nlp"]["tokenizer"]["@tokenizers"] == BARE_TOKENIZER
    assert analyzer.nlp.tokenizer.to_bytes() == spacys.tokenizer.to_bytes()


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Russia agreed to co-operate with Britain.", "co-operate", "cooperate"),
        ("The US re-imposed sanctions on Iran.", "re-imposed", "reimpose"),
        ("Hamas rejected the cease-fire.", "cease-fire", "ceasefire"),
    ],
)
def test_hyphenated_prefixes_stay_on_their_word(
    analyzer: EnglishAnalyzer, text: str, word: str, lemma: str
) -> None:
    # split at the hyphen, "co" or "re" was read as the verb and "operate" hung on it
    tokens = analyze(analyzer, text).sentences[0].tokens
    token = next(t for t in tokens if t.text == word)
    assert token.lemma == lemma


def test_a_prefixed_verb_is_the_predicate(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Russia agreed to co-operate with Britain.")
    frame = next(f for f in doc.frames if f.predicate == "cooperate")
    assert [(a.role, a.prep, a.span.text) for a in frame.arguments] == [
        ("subj", None, "Russia"),
        ("pp", "with", "Britain"),
    ]


def test_load_english_missing_model_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="make models"):
        load_english(tmp_path / "en_chronik")


def test_analyzer_fills_sentences_and_tokens(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Trump met Kim in Hanoi. The talks ended without a deal.")
    assert [s.text for s in doc.sentences] == [
        "Trump met Kim in Hanoi.",
        "The talks ended without a deal.",
    ]
    met = doc.sentences[0].tokens[1]
    assert (met.i, met.text, met.lemma, met.pos, met.tag) == (1, "met", "meet", "VERB", "VBD")
    assert "Tense=Past" in met.morph
    assert {f.sentence for f in doc.frames} == {0, 1}


def test_analyzer_offsets_index_the_article(analyzer: EnglishAnalyzer) -> None:
    text = (
        "Summit in Hanoi\n\n  North Korea's leader Kim Jong-un and U.S. President Donald Trump"
        " will meet on 27-28 February, the White House said.\nTrump told reporters that he"
        " didn't want to rush Kim, who wants sanctions to be lifted."
    )
    doc = analyze(analyzer, text)
    assert doc.sentences[0].text == "Summit in Hanoi"
    spans = [*doc.sentences, *(t for s in doc.sentences for t in s.tokens)]
    for frame in doc.frames:
        spans.append(frame.trigger)
        for arg in frame.arguments:
            spans.extend([arg.span, *arg.conjuncts])
    for span in spans:
        assert text[span.start : span.end] == span.text
    assert len(doc.frames) >= 5


def test_tokenizer_keeps_news_units(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "The U.S. envoy met Kim Jong-un on 27-28 February.")
    words = [t.text for t in doc.sentences[0].tokens]
    assert words[:2] == ["The", "U.S."]
    assert words[4:6] == ["Kim", "Jong-un"]
    assert words[7:11] == ["27", "-", "28", "February"]


def test_tokenizer_news_abbreviations_and_amounts(analyzer: EnglishAnalyzer) -> None:
    words = [t.text for t in analyzer.nlp.tokenizer("Lt. Col. Smith spent $2.5bn.")]
    assert words == ["Lt.", "Col.", "Smith", "spent", "$", "2.5", "bn", "."]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Trump'll go.", ["Trump", "'ll", "go", "."]),
        ("Putin’ll go.", ["Putin", "’ll", "go", "."]),
        ("Democrats've won.", ["Democrats", "'ve", "won", "."]),
        ("NATO’LL ACT", ["NATO", "’LL", "ACT"]),
        ("He'll go.", ["He", "'ll", "go", "."]),  # spaCy's own exception, as before
        # "'d" stays: a transliterated name ends in it as often as a word contracts
        ("Sa'd bin Ali spoke.", ["Sa'd", "bin", "Ali", "spoke", "."]),
    ],
)
def test_tokenizer_splits_will_and_have_off_any_word(
    analyzer: EnglishAnalyzer, text: str, words: list[str]
) -> None:
    assert [t.text for t in analyzer.nlp.tokenizer(text)] == words


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Trump and Kim met in Hanoi.", "meet"),
        ("Russia withdrew its ambassador.", "withdraw"),
        ("The rebels fought the army.", "fight"),
        ("The Supreme Court upheld the ruling.", "uphold"),
    ],
)
def test_frame_predicate_irregular_verb_lemma(
    analyzer: EnglishAnalyzer, text: str, predicate: str
) -> None:
    assert [f.predicate for f in analyze(analyzer, text).frames][:1] == [predicate]


@pytest.mark.parametrize(
    ("text", "predicate", "prep", "head"),
    [
        ("North Korea pulled out of the talks.", "pull out", "of", "talks"),
        ("The senators called for new sanctions against Iran.", "call", "for", "sanctions"),
    ],
)
def test_frame_predicate_particle_and_prepositional_verbs(
    analyzer: EnglishAnalyzer, text: str, predicate: str, prep: str, head: str
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert [a.head for a in frame.args("pp", prep)] == [head]


def test_frame_passive_with_agent(analyzer: EnglishAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Kim was invited to Washington by Trump."), "invite")
    assert frame.voice == "passive"
    assert frame.tense == "past"
    assert texts(tuple(a.span for a in frame.args("subj"))) == ["Kim"]
    assert texts(tuple(a.span for a in frame.args("agent"))) == ["Trump"]
    assert frame.args("pp", "by") == ()


@pytest.mark.parametrize(
    ("text", "predicate", "prep", "target", "agent"),
    [
        ("The patrol was fired on by rebel fighters.", "fire", "on", "The patrol", ["fighters"]),
        ("The ship was fired upon by pirates.", "fire", "upon", "The ship", ["pirates"]),
        ("The minister was shouted at by farmers.", "shout", "at", "The minister", ["farmers"]),
        ("The senators were lied to by Petraeus.", "lie", "to", "The senators", ["Petraeus"]),
        ("The ambassador was yelled at by the crowd.", "yell", "at", "The ambassador", ["crowd"]),
        ("The patrol was fired on.", "fire", "on", "The patrol", []),
    ],
)
def test_frame_prepositional_passive(
    analyzer: EnglishAnalyzer, text: str, predicate: str, prep: str, target: str, agent: list[str]
) -> None:
    """ "was fired on by rebels" reads as "rebels fired on the patrol": the passive subject
    fills the preposition the verb left behind, the "by" phrase is the agent."""
    frame = frame_of(analyze(analyzer, text), predicate)
    assert frame.voice == "passive"
    assert frame.args("subj") == ()
    assert [a.span.text for a in frame.args("pp", prep)] == [target]
    assert [a.head for a in frame.args("agent")] == agent


@pytest.mark.parametrize(
    ("text", "prep", "phrase"),
    [
        ("Rome welcomed the offer from President Macron.", "from", "President Macron"),
        ("The envoy carried a message from Foreign Minister Lavrov.", "from",
         "Foreign Minister Lavrov"),
        ("She wrote a letter to President Erdogan.", "to", "President Erdogan"),
        ("The envoy met with Turkish President Recep Tayyip Erdogan at the White House.",
         "with", "Turkish President Recep Tayyip Erdogan"),
    ],
)  # fmt: skip
def test_frame_preposition_hung_on_a_title_marks_the_phrase(
    analyzer: EnglishAnalyzer, text: str, prep: str, phrase: str
) -> None:
    """The parser hangs "from" of "from President Macron" on the title; the phrase keeps it,
    on the noun or the verb it belongs to (a letter written to someone: parsers differ)."""
    doc = analyze(analyzer, text)
    assert phrase in [a.span.text for f in doc.frames for a in f.args("pp", prep)]


def test_frame_passive_keeps_a_preposition_with_its_own_noun(analyzer: EnglishAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "The patrol was fired on Tuesday by rebels."), "fire")
    assert [a.span.text for a in frame.args("subj")] == ["The patrol"]
    assert [a.head for a in frame.args("pp", "on")] == ["Tuesday"]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("Trump met Kim in Singapore.", "past"),
        ("Trump has met Kim twice.", "past"),
        ("Trump meets Kim in Hanoi.", "present"),
        ("Trump will meet Kim in Hanoi.", "future"),
        ("Trump is going to meet Kim in Hanoi.", "future"),
    ],
)
def test_frame_tense(analyzer: EnglishAnalyzer, text: str, tense: str) -> None:
    doc = analyze(analyzer, text)
    frame = frame_of(doc, "meet")
    assert (frame.tense, frame.modal, frame.clause) == (tense, None, "main")
    assert [a.head for a in frame.args("subj")] == ["Trump"]
    assert "go" not in [f.predicate for f in doc.frames]


@pytest.mark.parametrize(
    ("text", "modal", "mood"),
    [
        ("Trump could meet Kim again.", "could", "conditional"),
        ("Trump would meet Kim again.", "would", "conditional"),
        ("Trump may meet Kim again.", "may", "indicative"),
        ("Trump must meet Kim again.", "must", "indicative"),
    ],
)
def test_frame_modal_and_mood(analyzer: EnglishAnalyzer, text: str, modal: str, mood: str) -> None:
    frame = frame_of(analyze(analyzer, text), "meet")
    assert (frame.modal, frame.mood) == (modal, mood)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Trump did not meet Kim.", True),
        ("Trump didn't meet Kim.", True),
        ("Trump never met Kim.", True),
        ("Trump signed no agreement with Kim.", True),
        ("Trump met Kim.", False),
    ],
)
def test_frame_negation(analyzer: EnglishAnalyzer, text: str, negated: bool) -> None:
    doc = analyze(analyzer, text)
    verb = next(f for f in doc.frames if f.clause != "nominal")
    assert verb.negated is negated


def test_frame_negation_reaches_infinitive(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Trump does not want to meet Kim.")
    assert frame_of(doc, "want").negated
    assert frame_of(doc, "meet").negated


def test_frame_coordinated_subject_has_conjuncts(analyzer: EnglishAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Trump and Kim signed an agreement."), "sign")
    (subject,) = frame.args("subj")
    assert subject.span.text == "Trump and Kim"
    assert texts(subject.members) == ["Trump", "Kim"]


def test_frame_coordinated_verb_shares_subject(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Trump met Kim and signed an agreement.")
    sign = frame_of(doc, "sign")
    assert [a.head for a in sign.args("subj")] == ["Trump"]
    assert [a.head for a in sign.args("obj")] == ["agreement"]
    assert sign.tense == "past"


def test_frame_prepositional_phrases(analyzer: EnglishAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Trump met Kim in Hanoi on Wednesday."), "meet")
    assert [a.head for a in frame.args("obj")] == ["Kim"]
    assert [(a.prep, a.span.text) for a in frame.args("pp")] == [
        ("in", "Hanoi"),
        ("on", "Wednesday"),
    ]


def test_frame_reported_speech(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Trump said that he will meet Kim in Hanoi.")
    say, meet = frame_of(doc, "say"), frame_of(doc, "meet")
    assert (say.reported, say.parent) == (False, None)
    assert meet.reported and meet.parent == doc.frames.index(say)
    assert meet.tense == "future"
    (comp,) = say.args("comp")
    assert comp.span.text.endswith("he will meet Kim in Hanoi")


@pytest.mark.parametrize(
    ("text", "speech", "content"),
    [
        ("Trump said in a statement that China had attacked Taiwan.", "say", "attack"),
        ("Ryan warned in an interview that Iran would attack Israel.", "warn", "attack"),
    ],
)
def test_frame_content_after_the_medium_is_reported(
    analyzer: EnglishAnalyzer, text: str, speech: str, content: str
) -> None:
    # the that-clause after "in a statement" is what is said, not a relative clause
    doc = analyze(analyzer, text)
    said, reported = frame_of(doc, speech), frame_of(doc, content)
    assert reported.clause == "subordinate"
    assert reported.reported and reported.parent == doc.frames.index(said)
    assert [a.span.text for a in said.args("comp")] == [text[text.index("that ") : -1]]


def test_frame_relative_clause_of_the_medium_stays(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Trump said in a statement that was issued on Monday.")
    assert frame_of(doc, "issue").clause == "relative"
    assert frame_of(doc, "say").args("comp") == ()


def test_frame_told_reporters(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Pompeo told reporters the talks would continue.")
    tell, resume = frame_of(doc, "tell"), frame_of(doc, "continue")
    assert "reporters" in [a.head for a in tell.arguments]
    assert resume.reported and resume.parent == doc.frames.index(tell)
    assert resume.mood == "conditional"


def test_frame_reported_by_parenthetical_speech_verb(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, '"We will meet again," Trump said.')
    assert len(doc.sentences) == 1
    say, meet = frame_of(doc, "say"), frame_of(doc, "meet")
    assert meet.reported and meet.parent == doc.frames.index(say)
    assert [a.span.text for a in say.args("comp")] == ["We will meet again"]
    assert [a.head for a in say.args("subj")] == ["Trump"]


def test_frame_not_reported_without_speech_verb(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Trump hopes that Kim will give up his weapons.")
    assert not frame_of(doc, "give up").reported


@pytest.mark.parametrize(
    ("text", "matrix"),
    [
        ("Trump intends to meet Kim in Vietnam.", "intend"),
        ("Trump wants to meet Kim in Vietnam.", "want"),
        ("He plans to meet Kim in Vietnam.", "plan"),
    ],
)
def test_frame_infinitive_complement(analyzer: EnglishAnalyzer, text: str, matrix: str) -> None:
    doc = analyze(analyzer, text)
    governing, meet = frame_of(doc, matrix), frame_of(doc, "meet")
    assert governing.clause == "main"
    assert (meet.clause, meet.parent) == ("infinitive", doc.frames.index(governing))
    assert [a.span.text for a in meet.args("subj")] == [text.split()[0]]
    assert [a.head for a in meet.args("obj")] == ["Kim"]


@pytest.mark.parametrize(
    ("text", "infinitive", "subject"),
    [
        ("Merkel urged Putin to release the sailors.", "release", "Putin"),
        ("The Security Council called on North Korea to return to talks.", "return", "North Korea"),
        ("Trump visited Hanoi to meet Kim.", "meet", "Trump"),
    ],
)
def test_frame_infinitive_controller_is_subject(
    analyzer: EnglishAnalyzer, text: str, infinitive: str, subject: str
) -> None:
    frame = frame_of(analyze(analyzer, text), infinitive)
    assert [a.span.text for a in frame.args("subj")] == [subject]


def test_frame_relative_clause_subject_is_the_noun(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "The diplomat who met Kim returned to Seoul.")
    meet = frame_of(doc, "meet")
    assert meet.clause == "relative"
    assert [a.head for a in meet.args("subj")] == ["diplomat"]


@pytest.mark.parametrize(
    ("text", "noun", "subject", "pps"),
    [
        (
            "The talks between Trump and Kim ended early.",
            "talk",
            [],
            [("between", ["Trump", "Kim"])],
        ),
        ("Moon praised Iran's talks with the EU.", "talk", ["Iran"], [("with", ["the EU"])]),
        # "praised the summit in Hanoi" is ambiguous (praised it in Hanoi); a subject is not
        ("The summit in Hanoi ended without a deal.", "summit", [], [("in", ["Hanoi"])]),
    ],
)
def test_frame_nominal_event(
    analyzer: EnglishAnalyzer,
    text: str,
    noun: str,
    subject: list[str],
    pps: list[tuple[str, list[str]]],
) -> None:
    frame = frame_of(analyze(analyzer, text), noun)
    assert frame.clause == "nominal"
    assert [a.span.text for a in frame.args("subj")] == subject
    assert [(a.prep, texts(a.members)) for a in frame.args("pp")] == pps


@pytest.mark.parametrize(
    ("text", "predicate", "subject", "obj", "tense"),
    [
        # meets/NNS with Putin as its compound
        ("Putin meets Erdogan in Ankara on March 12.", "meet", "Putin", "Erdogan", "present"),
        # imposed/VBN and delivered/VBN read as adjectives of the object noun
        ("The EU imposed sanctions on Russia.", "impose", "The EU", "sanctions", "past"),
        ("Germany delivered tanks to Ukraine.", "deliver", "Germany", "tanks", "past"),
        ("The US delivered weapons to Ukraine.", "deliver", "The US", "weapons", "past"),
        # boycotted/VBD as an adjective of Qatar, with a subject of its own
        ("Saudi Arabia boycotted Qatar.", "boycott", "Saudi Arabia", "Qatar", "past"),
    ],
)
def test_frame_finite_verb_misread_as_noun_or_modifier(
    analyzer: EnglishAnalyzer, text: str, predicate: str, subject: str, obj: str, tense: str
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert (frame.clause, frame.tense) == ("main", tense)
    assert [a.span.text for a in frame.args("subj")] == [subject]
    assert [a.head for a in frame.args("obj")] == [obj]


def test_frame_misread_verb_keeps_its_obliques(analyzer: EnglishAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Putin meets Erdogan in Ankara on March 12."), "meet")
    assert [(a.prep, a.span.text) for a in frame.args("pp")] == [
        ("in", "Ankara"),
        ("on", "March 12"),
    ]


def test_frame_participle_with_subject_is_past(analyzer: EnglishAnalyzer) -> None:
    # met/VBN without auxiliary
    frame = frame_of(analyze(analyzer, "Kim Jong-un and Moon Jae-in met in Panmunjom."), "meet")
    assert frame.tense == "past"


def test_headline_participle_stays_a_modifier(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Envoy envoy NOUN NN 0 ROOT
        sent send VERB VBN 0 acl
        to to ADP IN 3 case
        Hanoi Hanoi PROPN NNP 1 obl
        """,
    )
    assert [(f.predicate, f.clause) for f in frames] == [("send", "relative")]


def test_past_verb_with_object_hung_on_the_root_noun_is_the_main_verb(
    analyzer: EnglishAnalyzer,
) -> None:
    # "Iran's ambassador called/acl the remarks baseless/advcl": the noun is the subject
    # and the adjective after the object what the object is called
    frames = frames_of_parse(
        analyzer,
        """
        Iran Iran PROPN NNP 2 nmod:poss
        's 's PART POS 0 case
        ambassador ambassador NOUN NN 2 ROOT
        called call VERB VBD 2 acl
        the the DET DT 5 det
        remarks remark NOUN NNS 3 obj
        baseless baseless ADJ JJ 3 advcl
        . . PUNCT . 2 punct
        """,
    )
    call = next(f for f in frames if f.predicate == "call")
    assert call.clause == "main"
    assert texts(tuple(a.span for a in call.args("subj"))) == ["Iran 's ambassador"]
    assert texts(tuple(a.span for a in call.args("pp", "as"))) == ["baseless"]


def test_past_verb_hung_on_the_last_conjunct_of_a_root_noun_is_the_main_verb(
    analyzer: EnglishAnalyzer,
) -> None:
    # "Labour/ROOT and the Tories/conj clashed/acl over the budget": the coordination is the
    # subject of the sentence's one verb
    frames = frames_of_parse(
        analyzer,
        """
        Labour Labour PROPN NNP 0 ROOT
        and and CCONJ CC 3 cc
        the the DET DT 3 det
        Tories Tory NOUN NNS 0 conj
        clashed clash VERB VBD 3 acl
        over over ADP IN 7 case
        the the DET DT 7 det
        budget budget NOUN NN 4 obl
        . . PUNCT . 0 punct
        """,
    )
    clash = next(f for f in frames if f.predicate == "clash")
    assert clash.clause == "main"
    assert texts(tuple(a.span for a in clash.args("subj"))) == ["Labour and the Tories"]


@pytest.mark.parametrize(
    ("rebuffed", "warning"),
    [
        ("4 ccomp", "4 ROOT"),  # the participle read as the root, the clause its complement
        ("1 ROOT", "1 parataxis"),  # ... or as a parenthetical speech verb ("…, Trump said")
    ],
)
def test_participle_after_its_clause_is_an_adverbial_clause(
    analyzer: EnglishAnalyzer, rebuffed: str, warning: str
) -> None:
    frames = frames_of_parse(
        analyzer,
        f"""
        Egypt Egypt PROPN NNP 1 nsubj
        rebuffed rebuff VERB VBD {rebuffed}
        Washington Washington PROPN NNP 1 obj
        , , PUNCT , 1 punct
        warning warn VERB VBG {warning}
        Moscow Moscow PROPN NNP 4 obj
        . . PUNCT . 4 punct
        """,
    )
    rebuff, warn = (next(f for f in frames if f.predicate == p) for p in ("rebuff", "warn"))
    assert (rebuff.clause, rebuff.reported, rebuff.parent) == ("main", False, None)
    assert warn.clause == "subordinate" and frames[warn.parent or 0] is rebuff
    assert not warn.args("comp")


def test_participle_after_a_speech_clause_is_the_speakers(analyzer: EnglishAnalyzer) -> None:
    # "Migrants died, the group said, demanding aid": the group demands
    frames = frames_of_parse(
        analyzer,
        """
        Migrants migrant NOUN NNS 1 nsubj
        died die VERB VBD 1 ROOT
        , , PUNCT , 5 punct
        the the DET DT 4 det
        group group NOUN NN 5 nsubj
        said say VERB VBD 1 parataxis
        , , PUNCT , 7 punct
        demanding demand VERB VBG 1 advcl
        aid aid NOUN NN 7 obj
        . . PUNCT . 1 punct
        """,
    )
    say, demand = (next(f for f in frames if f.predicate == p) for p in ("say", "demand"))
    assert frames[demand.parent or 0] is say


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Kim Jong-un and Moon Jae-in met in Panmunjom.", ["Kim Jong-un", "Moon Jae-in"]),
        (
            "Kim Jong-un and Moon Jae-in are planning another summit.",
            ["Kim Jong-un", "Moon Jae-in"],
        ),
    ],
)
def test_frame_conjuncts_keep_whole_names(
    analyzer: EnglishAnalyzer, text: str, members: list[str]
) -> None:
    frame = next(f for f in analyze(analyzer, text).frames if f.clause == "main")
    (subject,) = frame.args("subj")
    assert texts(subject.members) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # Egypt/nsubj: a second subject of "signed"
        ("Israel, Egypt and Jordan signed the deal.", ["Israel", "Egypt", "Jordan"]),
        # Germany/appos of France
        ("France, Germany and Italy condemned the attack.", ["France", "Germany", "Italy"]),
    ],
)
def test_frame_list_of_names_is_one_coordination(
    analyzer: EnglishAnalyzer, text: str, members: list[str]
) -> None:
    frame = next(f for f in analyze(analyzer, text).frames if f.clause == "main")
    (subject,) = frame.args("subj")
    assert texts(subject.members) == members


@pytest.mark.parametrize("noun", ["talks", "meeting"])
def test_frame_between_keeps_both_members(analyzer: EnglishAnalyzer, noun: str) -> None:
    doc = analyze(analyzer, f"The {noun} between Trump and Kim Jong-un ended early.")
    frame = frame_of(doc, noun.removesuffix("s"))
    (between,) = frame.args("pp", "between")
    assert texts(between.members) == ["Trump", "Kim Jong-un"]


def test_frame_prepositional_object_of_verb(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "The UN warned of a humanitarian catastrophe in Yemen.")
    assert [a.head for a in frame_of(doc, "warn").args("pp", "of")] == ["catastrophe"]


def test_frame_ask_object_for_help(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(analyzer, "Jordan asked the United Nations for help with the refugees.")
    ask = frame_of(doc, "ask")
    assert [a.span.text for a in ask.args("obj")] == ["the United Nations"]
    assert [a.head for a in ask.args("pp", "for")] == ["help"]


def test_frame_negator_on_auxiliary(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Turkey Turkey PROPN NNP 3 nsubj
        did do AUX VBD 3 aux
        n't not PART RB 1 advmod
        offer offer VERB VB 3 ROOT
        mediation mediation NOUN NN 3 obj
        . . PUNCT . 3 punct
        """,
    )
    assert [(f.predicate, f.negated) for f in frames] == [("offer", True)]


def test_frame_do_misread_as_main_verb(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Turkey Turkey PROPN NNP 1 nsubj
        did do VERB VBD 1 ROOT
        not not PART RB 1 advmod
        offer offer VERB VB 1 ccomp
        mediation mediation NOUN NN 3 obj
        . . PUNCT . 1 punct
        """,
    )
    (offer,) = frames
    assert (offer.predicate, offer.negated, offer.tense, offer.clause) == (
        "offer",
        True,
        "past",
        "main",
    )
    assert [a.head for a in offer.args("subj")] == ["Turkey"]


APPOSITION_ON_VERB = """
Tomoo Tomoo PROPN NNP 9 nsubj
Hozumi Hozumi PROPN NNP 0 flat
, , PUNCT , 5 punct
the the DET DT 5 det
UNICEF UNICEF PROPN NNP 5 compound
representative representative NOUN NN 9 dep
of of ADP IN 7 case
Myanmar Myanmar PROPN NNP 5 nmod
, , PUNCT , 5 punct
said say VERB VBD 9 ROOT
. . PUNCT . 9 punct
"""


def test_frame_subject_spans_apposition_hung_on_verb(analyzer: EnglishAnalyzer) -> None:
    (say,) = [f for f in frames_of_parse(analyzer, APPOSITION_ON_VERB) if f.predicate == "say"]
    (subject,) = say.args("subj")
    assert subject.span.text == "Tomoo Hozumi, the UNICEF representative of Myanmar"
    assert subject.head == "Tomoo"


def test_frame_subject_spans_apposition(analyzer: EnglishAnalyzer) -> None:
    doc = analyze(
        analyzer, "Tomoo Hozumi, the special representative of UNICEF, said aid was needed."
    )
    (subject,) = frame_of(doc, "say").args("subj")
    assert subject.span.text == "Tomoo Hozumi, the special representative of UNICEF"


@pytest.mark.parametrize(
    ("form", "tag", "lemma"),
    [("welcomed", "VBD", "welcome"), ("investigated", "VBN", "investigate"),
     ("stressed", "VBD", "stress"), ("committed", "VBN", "commit"), ("expelled", "VBD", "expel"),
     ("tried", "VBD", "try"), ("dying", "VBG", "die"), ("denies", "VBZ", "deny"),
     ("violates", "VBZ", "violate"), ("meets", "VBZ", "meet"),
     ("precluded", "VBD", "preclude")],  # a verb that only negates what it governs
)  # fmt: skip
def test_verb_lemma_candidates_find_the_known_lemma(form, tag, lemma):
    verbs = load_verb_lemmas()
    assert next(c for c in verb_lemma_candidates(form, tag) if c in verbs) == lemma


def test_analyzer_repairs_regular_verb_lemmas(analyzer):
    text = "Germany welcomed the deal. Police investigated the attack. Iran expelled two envoys."
    doc = analyzer(Document(Article("t", text, "en", date(2019, 2, 6)), "en"))
    assert [f.predicate for f in doc.frames if f.clause != "nominal"] == [
        "welcome", "investigate", "expel",
    ]  # fmt: skip


def test_analyzer_lemmatizes_an_irregular_past_form_tagged_present(analyzer):
    """The tagger calls "tore" a present form (VBP), which the model's irregular-verb table
    skips; the lemma repair reads the table for a form whose lemma is no verb."""
    doc = analyze(analyzer, "Protesters tore down the flag.")
    assert [f.predicate for f in doc.frames] == ["tear down"]


REPORTED_CLAUSE_AS_CONJUNCT = """
    Officials official NOUN NNS 1 nsubj
    said say VERB VBD 1 ROOT
    the the DET DT 3 det
    rebels rebel NOUN NNS 1 obj
    , , PUNCT , 5 punct
    backed back VERB VBN 3 acl
    by by ADP IN 7 case
    Iran Iran PROPN NNP 5 obl:agent
    , , PUNCT , 9 punct
    attacked attack VERB VBD 1 conj
    the the DET DT 11 det
    base base NOUN NN 9 obj
    . . PUNCT . 1 punct
"""


def test_repair_reported_clause_read_as_object_and_conjunct(analyzer: EnglishAnalyzer) -> None:
    """ "Officials said the rebels, backed by Iran, attacked the base" with rebels/obj of
    said and attacked/conj of said: no "and" joins the verbs, so the rebels attacked."""
    frames = frames_of_parse(analyzer, REPORTED_CLAUSE_AS_CONJUNCT)
    say, attack = (next(f for f in frames if f.predicate == p) for p in ("say", "attack"))
    assert [a.span.text for a in attack.args("subj")] == ["the rebels"]
    assert [a.span.text for a in say.args("comp")] == [
        "the rebels, backed by Iran, attacked the base"
    ]
    assert say.args("obj") == ()
    assert attack.reported


def test_repair_keeps_the_verbs_of_a_relative_speaker(analyzer: EnglishAnalyzer) -> None:
    """ "The FBI - which has added a letter to the file - had done all": the speech verb is
    a relative clause's, the verb after it the main clause's (here hung on it as conj)."""
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 1 det
        FBI FBI PROPN NNP 1 ROOT
        - - PUNCT : 5 punct
        which which PRON WDT 5 nsubj
        has have AUX VBZ 5 aux
        added add VERB VBN 1 parataxis
        a a DET DT 7 det
        letter letter NOUN NN 5 obj
        to to ADP IN 10 case
        the the DET DT 10 det
        file file NOUN NN 7 nmod
        - - PUNCT : 10 punct
        had have AUX VBD 14 aux
        already already ADV RB 14 advmod
        done do VERB VBN 5 conj
        all all PRON DT 14 obj
        . . PUNCT . 1 punct
        """,
    )
    do = next(f for f in frames if f.predicate == "do")
    assert [a.head for a in do.args("subj")] == ["which"]


def test_repair_name_cut_into_two_subjects(analyzer: EnglishAnalyzer) -> None:
    """ "Menzies Campbell said" with Menzies/nsubj and Campbell/nsubj: one name, one subject."""
    frames = frames_of_parse(
        analyzer,
        """
        Menzies Menzies PROPN NNP 2 nsubj
        Campbell Campbell PROPN NNP 2 nsubj
        said say VERB VBD 2 ROOT
        . . PUNCT . 2 punct
        """,
    )
    assert [a.span.text for a in frames[0].args("subj")] == ["Menzies Campbell"]


def test_repair_keeps_a_time_after_a_name(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Rebels rebel NOUN NNS 1 nsubj
        met meet VERB VBD 1 ROOT
        President President PROPN NNP 3 nmod:desc
        Salva Salva PROPN NNP 1 obj
        Kiir Kiir PROPN NNP 3 flat
        Monday Monday PROPN NNP 1 obl:unmarked
        . . PUNCT . 1 punct
        """,
    )
    assert [a.span.text for a in frames[0].args("obj")] == ["President Salva Kiir"]
    assert [a.span.text for a in frames[0].args("pp")] == ["Monday"]


def test_repair_needs_a_closed_parenthesis(analyzer: EnglishAnalyzer) -> None:
    """One comma between object and verb ends the object's own clause, not a parenthesis."""
    parse = REPORTED_CLAUSE_AS_CONJUNCT.replace(
        ", , PUNCT , 5 punct", "there there ADV RB 3 advmod", 1
    )
    frames = frames_of_parse(analyzer, parse)
    attack = next(f for f in frames if f.predicate == "attack")
    assert [a.span.text for a in attack.args("subj")] == ["Officials"]


def test_repair_keeps_verbs_joined_by_and(analyzer: EnglishAnalyzer) -> None:
    parse = REPORTED_CLAUSE_AS_CONJUNCT.replace(", , PUNCT , 9 punct", "and and CCONJ CC 9 cc")
    frames = frames_of_parse(analyzer, parse)
    attack = next(f for f in frames if f.predicate == "attack")
    assert [a.span.text for a in attack.args("subj")] == ["Officials"]


def test_repair_conjunct_on_the_last_part_of_a_name(analyzer: EnglishAnalyzer) -> None:
    # Moon/conj of Jong-un, as a longer-trained parser gave it
    frames = frames_of_parse(
        analyzer,
        """
        Kim Kim PROPN NNP 5 nsubj
        Jong-un Jong-un PROPN NNP 0 flat
        and and CCONJ CC 3 cc
        Moon Moon PROPN NNP 1 conj
        Jae-in Jae-in PROPN NNP 3 flat
        met meet VERB VBD 5 ROOT
        . . PUNCT . 5 punct
        """,
    )
    (subject,) = frames[0].args("subj")
    assert texts(subject.members) == ["Kim Jong-un", "Moon Jae-in"]


def test_repair_plural_noun_with_subject_and_infinitive_is_a_verb(
    analyzer: EnglishAnalyzer,
) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        He he PRON PRP 1 nsubj
        plans plan NOUN NNS 1 ROOT
        to to PART TO 3 mark
        meet meet VERB VB 1 acl
        Kim Kim PROPN NNP 3 obj
        . . PUNCT . 1 punct
        """,
    )
    assert [(f.predicate, f.clause) for f in frames] == [("plan", "main"), ("meet", "infinitive")]
    assert texts(tuple(a.span for a in frames[1].args("subj"))) == ["He"]


@pytest.mark.parametrize(
    ("verb", "controller"),
    [("visited", "Trump"), ("urged", "Hanoi")],  # purpose clause / object control
)
def test_infinitive_after_an_object_takes_the_controller_by_verb(
    analyzer: EnglishAnalyzer, verb: str, controller: str
) -> None:
    lemma = {"visited": "visit", "urged": "urge"}[verb]
    frames = frames_of_parse(
        analyzer,
        f"""
        Trump Trump PROPN NNP 1 nsubj
        {verb} {lemma} VERB VBD 1 ROOT
        Hanoi Hanoi PROPN NNP 1 obj
        to to PART TO 4 mark
        meet meet VERB VB 1 xcomp
        Kim Kim PROPN NNP 4 obj
        . . PUNCT . 1 punct
        """,
    )
    meet = next(f for f in frames if f.predicate == "meet")
    assert [a.span.text for a in meet.args("subj")] == [controller]


def test_sentence_limits_leave_starts_only_after_sentence_final_words(
    analyzer: EnglishAnalyzer,
) -> None:
    doc = analyzer.nlp.make_doc(
        'Mr. Smith met U.S. envoys. "We agree," he said (in Paris). Then J. Doe left! Why?'
    )
    sentence_limits(doc)
    # not after "Mr." or the initial "J.", nor between a quote and its word; after "U.S."
    # a sentence may start (the parser decides)
    assert [t.text for t in doc if t.is_sent_start is not False] == [
        "Mr.",
        "envoys",
        '"',
        "Then",
        "Why",
    ]
    # and after a full stop, question or exclamation mark of its own one does start
    assert [t.text for t in doc if t.is_sent_start] == ["Mr.", '"', "Then", "Why"]


def test_model_ships_no_entity_recognizer(analyzer: EnglishAnalyzer) -> None:
    # Actors come from the dictionaries; an entity recognizer would cost parse time for nothing.
    assert not {"ner", "entity_ruler"} & set(analyzer.nlp.pipe_names)
    assert "ner" not in analyzer.nlp.meta["labels"]
    assert not analyzer.nlp("Trump met Kim Jong-un in Hanoi.").ents


def test_repair_list_conjunct_hung_on_a_conjunct(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        France France PROPN NNP 5 nsubj
        , , PUNCT , 2 punct
        Germany Germany PROPN NNP 0 conj
        and and CCONJ CC 4 cc
        Italy Italy PROPN NNP 2 conj
        condemned condemn VERB VBD 5 ROOT
        it it PRON PRP 5 obj
        . . PUNCT . 5 punct
        """,
    )
    (subject,) = frames[0].args("subj")
    assert texts(subject.members) == ["France", "Germany", "Italy"]


def test_repair_apposition_read_as_second_subject(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Tomoo Tomoo PROPN NNP 1 compound
        Hozumi Hozumi PROPN NNP 6 nsubj
        , , PUNCT , 1 punct
        the the DET DT 4 det
        representative representative NOUN NN 6 nsubj
        , , PUNCT , 4 punct
        said say VERB VBD 6 ROOT
        . . PUNCT . 6 punct
        """,
    )
    (subject,) = frames[0].args("subj")
    assert subject.span.text == "Tomoo Hozumi, the representative"


def test_repair_last_part_of_a_name_read_as_adverb(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Trump Trump PROPN NNP 4 nsubj
        and and CCONJ CC 2 cc
        Kim Kim PROPN NNP 0 conj
        Jong-un Jong-un PROPN NNP 4 advmod
        met meet VERB VBD 4 ROOT
        . . PUNCT . 4 punct
        """,
    )
    (subject,) = frames[0].args("subj")
    assert texts(subject.members) == ["Trump", "Kim Jong-un"]


def test_repair_participle_of_a_subject_noun_keeps_its_modifiers(
    analyzer: EnglishAnalyzer,
) -> None:
    # ended/acl of summit: the verb gets the subject, "in Hanoi" stays with the summit
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 1 det
        summit summit NOUN NN 1 ROOT
        in in ADP IN 3 case
        Hanoi Hanoi PROPN NNP 1 nmod
        ended end VERB VBD 1 acl
        early early ADV RB 4 advmod
        . . PUNCT . 1 punct
        """,
    )
    assert [(f.predicate, f.clause) for f in frames] == [("summit", "nominal"), ("end", "main")]
    assert [(a.prep, a.span.text) for a in frames[0].args("pp")] == [("in", "Hanoi")]


def test_repair_particle_read_as_case(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        Korea Korea PROPN NNP 1 nsubj
        pulled pull VERB VBD 1 ROOT
        out out ADP RP 5 case
        of of ADP IN 5 case
        the the DET DT 5 det
        talks talk NOUN NNS 1 obj
        . . PUNCT . 1 punct
        """,
    )
    assert frames[0].predicate == "pull out"
    assert [(a.role, a.prep, a.span.text) for a in frames[0].args("pp")] == [
        ("pp", "of", "the talks")
    ]


@pytest.mark.parametrize(
    ("noun", "dep", "role"),
    [
        ("comment", "xcomp", "obj"),  # "refused comment"
        ("summit", "obl:unmarked", "obj"),  # "planning another summit"
        ("week", "obl:unmarked", "pp"),  # "met Kim last week": a time stays an oblique
    ],
)
def test_repair_bare_noun_after_a_verb_is_its_object(
    analyzer: EnglishAnalyzer, noun: str, dep: str, role: str
) -> None:
    frames = frames_of_parse(
        analyzer,
        f"""
        Russia Russia PROPN NNP 1 nsubj
        refused refuse VERB VBD 1 ROOT
        another another DET DT 3 det
        {noun} {noun} NOUN NN 1 {dep}
        . . PUNCT . 1 punct
        """,
    )
    assert [a.role for a in frames[0].arguments if a.head == noun] == [role]


def test_repair_subject_read_as_compound_of_the_verb(analyzer: EnglishAnalyzer) -> None:
    frames = frames_of_parse(
        analyzer,
        """
        The the DET DT 2 det
        EU EU PROPN NNP 2 compound
        trades trade VERB NNS 2 ROOT
        with with ADP IN 4 case
        Japan Japan PROPN NNP 2 nmod
        . . PUNCT . 2 punct
        """,
    )
    assert [a.span.text for a in frames[0].args("subj")] == ["The EU"]
    assert [(a.prep, a.span.text) for a in frames[0].args("pp")] == [("with", "Japan")]


def _reaches_root(token: ParsedToken) -> bool:
    for _ in range(len(token.doc.tokens)):
        if token.head.i == token.i:
            return True
        token = token.head
    return False


def test_repairs_never_leave_a_cycle(analyzer: EnglishAnalyzer) -> None:
    # "Leader" read as an adverb after "Republican", which hangs on it: the name rule hung
    # Leader on Republican, a circle in which frame reading looped for ever
    words = ["Republican", "Leader", "McConnell", "voted", "against", "it"]
    doc = Doc(
        analyzer.nlp.vocab,
        words=words,
        pos=["PROPN", "PROPN", "PROPN", "VERB", "ADP", "PRON"],
        tags=["NNP", "NNP", "NNP", "VBD", "IN", "PRP"],
        heads=[1, 3, 3, 3, 5, 3],
        deps=["amod", "advmod", "nsubj", "ROOT", "case", "obl"],
    )
    tokens = read_parse(doc, doc.text).tokens
    repair_parse(tokens)
    assert all(_reaches_root(token) for token in tokens)


def test_repairs_break_a_cycle_they_are_given(analyzer: EnglishAnalyzer) -> None:
    # the safety net under every repair: a circle of heads is hung on the sentence's root
    doc = Doc(
        analyzer.nlp.vocab,
        words=["Senate", "Leader", "spoke"],
        heads=[2, 2, 2],
        deps=["compound", "nsubj", "ROOT"],
    )
    doc[0].head, doc[1].head = doc[1], doc[0]
    tokens = read_parse(doc, doc.text).tokens
    assert not _reaches_root(tokens[0])
    repair_parse(tokens)
    assert all(_reaches_root(token) for token in tokens) and tokens[2].head.i == 2

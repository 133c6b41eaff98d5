"""German analysis: tokens, sentences and clause frames over HanTa, by construction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chronik.analysis.de import GermanAnalyzer, GermanLexicon
from chronik.analysis.de_segments import opens_list, typed_segment
from chronik.analysis.de_tokens import split_sentences, tokenize
from chronik.analysis.de_words import Word
from chronik.document import Document
from chronik.errors import DictionaryError
from chronik.records import Argument, Article, Frame

from ..conftest import SEED


@pytest.fixture(scope="module")
def analyzer() -> GermanAnalyzer:
    return GermanAnalyzer()


def analyze(analyzer: GermanAnalyzer, text: str) -> Document:
    article = Article(id="t", text=text, lang="de", date=date(2019, 2, 6))
    return analyzer(Document(article=article, lang="de"))


def frame_of(doc: Document, predicate: str, clause: str | None = None) -> Frame:
    found = [
        f for f in doc.frames if f.predicate == predicate and (clause is None or f.clause == clause)
    ]
    assert found, f"no frame {predicate!r} in {[f.predicate for f in doc.frames]}"
    return found[0]


def one(frame: Frame, role: str, prep: str | None = None) -> Argument:
    found = frame.args(role, prep)  # type: ignore[arg-type]
    assert len(found) == 1, f"{role}/{prep} of {frame.predicate}: {found}"
    return found[0]


# --- tokens and sentences -------------------------------------------------------------


def test_tokenize_keeps_abbreviations_ordinals_and_hyphenated_names() -> None:
    text = "US-Präsident Trump traf Kim Jong-un am 27. Februar, z. B. in Nr. 5."
    abbreviations = GermanLexicon.load().abbreviations
    words = [text[s:e] for s, e in tokenize(text, abbreviations)]
    assert "US-Präsident" in words
    assert "Jong-un" in words
    assert "27." in words
    assert words[words.index("z.") : words.index("z.") + 2] == ["z.", "B."]
    assert "Nr." in words
    assert words[-1] == "."


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Er kam am 27. Februar. Sie ging am 28. und 29. März.", 2),
        ("Das war z. B. im Jahr 2019. Dann kam Kim.", 2),
        ("Die Nr. 5 fehlt. Der Dr. Kim kommt.", 2),
        ("Gipfel in Hanoi\n\nTrump und Kim treffen sich.", 2),
        ("Sagte er: «Wir kommen.» Dann ging er.", 2),
        ("Wirklich!!! Was ist los?! Er kam.", 3),
        # a newsletter's bullet on one line ends its item
        ("Die Schule bleibt zu • Der Verein verlor gegen Kiel • Die CDU lobt Paris", 3),
        ("• Der Verein verlor gegen Kiel.", 1),
        # a sentence wrapped at a fixed width is one sentence ...
        ("Der Landtag hat das Gesetz um\nzwei Jahre verlängert. Dann ging er.", 2),
        ("Die Stadt ist Teil des Netzes im\nNorden des Landes.", 1),
        # ... while a headline, a colon or a blank line still ends one
        ("Kanzler plant neue Regeln\nDer Bund will die Läden schließen.", 2),
        ("Offen ist, ob die Länder das mittragen\nDer Bund will es.", 2),
        ("Er sagte:\nwir kommen bald.", 2),
        ("Die Stadt im\n\nNorden.", 2),
        # an article that breaks most lines inside sentences wraps before capitals too ...
        (
            "Die Kanzlerin lud am Montag die rheinland-pfälzische Ministerpräsidentin Malu\n"
            "Dreyer nach Berlin ein. Der Bund will dort mit den Vertretern aller\nLänder über"
            " die geschlossenen Schulen und Kitas reden. Die Gespräche über die\nRegeln für"
            " die Schulen dauern nach Angaben der Teilnehmer noch immer an.\nEnde offen.",
            4,
        ),
        # ... but not in one whose lines end with stops, nor in a digest of long paragraphs
        # that end in a link: there a headline or a link ends a sentence
        (
            "Der Bund will mit den Ländern über die Schulen reden, sagte die Kanzlerin am"
            " Montag in Berlin nach einem langen Treffen mit den Vertretern aller Länder."
            " Mehr dazu\nDie Länder zögern noch immer und wollen erst die Zahlen der nächsten"
            " Woche abwarten, heißt es aus den Staatskanzleien in Mainz und Kiel. Mehr dazu\n"
            "Die Schulen bleiben bis auf Weiteres geschlossen, wie das Ministerium in einer"
            " Mitteilung an die Eltern und Lehrer am Dienstag schreibt. Mehr dazu\nEltern"
            " protestieren gegen die Entscheidung der Regierung vor dem Rathaus der Stadt am"
            " Abend, die Polizei zählt zweihundert Teilnehmer. Mehr dazu\nEnde.",
            9,
        ),
        (
            "Neue Regeln für Schulen\nDer Bund will reden.\nDie Länder zögern.\nEs eilt.\nJa.",
            5,
        ),
    ],
)
def test_split_sentences_at_stops_and_paragraphs_only(text: str, count: int) -> None:
    abbreviations = GermanLexicon.load().abbreviations
    assert len(split_sentences(text, tokenize(text, abbreviations))) == count


def test_tokens_carry_stts_upos_and_morphology(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Trump sagte, Kim sei ein guter Partner.")
    tokens = {t.text: t for t in doc.sentences[0].tokens}
    assert (tokens["sagte"].tag, tokens["sagte"].pos) == ("VVFIN", "VERB")
    assert (tokens["sei"].pos, tokens["Kim"].pos) == ("AUX", "PROPN")
    assert "Mood=Sub" in tokens["sei"].morph
    assert "Tense=Past" in tokens["sagte"].morph
    assert tokens["sei"].lemma == "sein"
    quoted = analyze(analyzer, 'Er sprach von "Frieden".').sentences[0].tokens
    assert [t.tag for t in quoted if t.text == '"'] == ["$(", "$("]


# --- predicates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Trump kündigte den Besuch an.", "ankündigen"),
        (
            "Nach dem historischen Gipfel in Singapur kommen US-Präsident Donald Trump und "
            "der nordkoreanische Machthaber Kim Jong-un ein zweites Mal zusammen.",
            "zusammenkommen",
        ),
        ("Die Regierung hat den Besuch angekündigt.", "ankündigen"),
    ],
)
def test_separable_particle_is_reattached(
    analyzer: GermanAnalyzer, text: str, predicate: str
) -> None:
    assert frame_of(analyze(analyzer, text), predicate).clause == "main"


def test_reflexive_with_fused_adjective(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Nordkorea erklärte sich zur kompletten nuklearen Abrüstung bereit."),
        "bereiterklären",
    )
    assert frame.reflexive and frame.tense == "past"
    assert one(frame, "subj").span.text == "Nordkorea"
    assert one(frame, "pp", "zu").span.text == "zur kompletten nuklearen Abrüstung"


def test_passive_with_von_agent(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Der Vertrag wurde von Trump unterzeichnet."), "unterzeichnen"
    )
    assert frame.voice == "passive" and frame.tense == "past"
    assert one(frame, "subj").head == "Vertrag"
    assert one(frame, "agent", "von").span.text == "von Trump"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Die Staats- und Regierungschefs der EU trafen sich in Brüssel.",
         "Die Staats- und Regierungschefs der EU"),
        ("Berlins Kliniken und -verbände kritisierten den Senat.",
         "Berlins Kliniken und -verbände"),
        ("In Bayern kritisierten die Landkreise und -städte den Senat.",
         "die Landkreise und -städte"),
    ],
)  # fmt: skip
def test_truncated_compounds_stay_inside_their_noun_phrase(
    analyzer: GermanAnalyzer, text: str, subject: str
) -> None:
    frame = next(f for f in analyze(analyzer, text).frames if f.clause == "main")
    assert one(frame, "subj").span.text == subject


@pytest.mark.parametrize(
    ("text", "verb", "agents", "patient"),
    [
        ("Das von Kenia und Uganda unterzeichnete Abkommen gilt.", "unterzeichnen",
         ("Kenia", "Uganda"), "Abkommen"),
        ("Die vom Regime annektierte Provinz bleibt umkämpft.", "annektieren",
         ("Regime",), "Provinz"),
        ("Er sprach über die durch Milizen vertriebenen Bauern.", "vertreiben",
         ("Milizen",), "Bauer"),
    ],
)  # fmt: skip
def test_attributive_participle_with_agent_is_a_passive_frame(
    analyzer: GermanAnalyzer, text: str, verb: str, agents: tuple[str, ...], patient: str
) -> None:
    frame = frame_of(analyze(analyzer, text), verb)
    assert (frame.voice, frame.tense, frame.clause) == ("passive", "past", "relative")
    agent = one(frame, "agent")
    assert tuple(m.text.split()[-1] for m in agent.members) == agents
    assert one(frame, "subj").head == patient


def test_attributive_participle_without_agent_has_no_frame(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Das unterzeichnete Abkommen gilt seit Montag.")
    assert "unterzeichnen" not in [f.predicate for f in doc.frames]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Die Opposition machte die Regierung für die Krise verantwortlich.",
         "verantwortlichmachen"),
        ("Der Minister macht sich über die Kritiker lustig.", "lustigmachen"),
    ],
)  # fmt: skip
def test_adjective_fused_with_machen(analyzer: GermanAnalyzer, text: str, predicate: str) -> None:
    frame_of(analyze(analyzer, text), predicate)


def test_dateline_before_a_dash_stays_out_of_the_clause(analyzer: GermanAnalyzer) -> None:
    text = (
        "Nairobi – Bei Gefechten von Soldaten und Polizisten gegen Milizen starben viele Menschen."
    )
    doc = analyze(analyzer, text)
    assert one(frame_of(doc, "Gefecht", "nominal"), "pp", "gegen").span.text == "gegen Milizen"
    assert one(frame_of(doc, "sterben"), "subj").span.text == "viele Menschen"


@pytest.mark.parametrize(
    ("text", "subject", "objects"),
    [
        ("Ein Sprecher sagte, die Polizei habe Messer, Pistolen und Gewehre beschlagnahmt.",
         "die Polizei", "Messer, Pistolen und Gewehre"),
        # before the reporting clause the rest with the verb was taken for the Vorfeld of
        # "teilten … mit"
        ("Die Polizei habe Pistolen, Messer und Munition beschlagnahmt, teilten die Behörden "
         "mit.", "Die Polizei", "Pistolen, Messer und Munition"),
    ],
)  # fmt: skip
def test_list_comma_does_not_cut_a_reported_clause_from_its_verb(
    analyzer: GermanAnalyzer, text: str, subject: str, objects: str
) -> None:
    frame = frame_of(analyze(analyzer, text), "beschlagnahmen")
    assert one(frame, "subj").span.text == subject
    assert one(frame, "obj").span.text == objects


def test_speech_verb_in_a_narrated_list_keeps_the_subject(analyzer: GermanAnalyzer) -> None:
    text = "Die Ministerin lobte die Helfer, betonte ihre Rolle und bot den Ländern Geld an."
    doc = analyze(analyzer, text)
    for predicate in ("loben", "betonen", "anbieten"):
        frame = frame_of(doc, predicate)
        assert frame.clause == "main" and not frame.reported
        assert one(frame, "subj").span.text == "Die Ministerin"


def test_speech_verb_after_its_quotation_still_reports_it(analyzer: GermanAnalyzer) -> None:
    text = "Die Lage sei ernst, sagte die Ministerin und fügte hinzu, man werde helfen."
    doc = analyze(analyzer, text)
    assert one(frame_of(doc, "sagen"), "subj").span.text == "die Ministerin"
    assert frame_of(doc, "sein").reported


def test_seed_passive_negated_past(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Konkrete Zusagen wurden jedoch zu dem Zeitpunkt nicht gemacht."),
        "machen",
    )
    assert (frame.voice, frame.tense, frame.negated) == ("passive", "past", True)
    assert one(frame, "subj").span.text == "Konkrete Zusagen"
    assert not frame.args("obj")


@pytest.mark.parametrize(
    ("text", "predicate", "tense", "modal"),
    [
        ("Kim hat den Vertrag unterzeichnet.", "unterzeichnen", "past", None),
        (
            "Bei ihrem ersten Gipfel in Singapur hatten beide Seiten eine gemeinsame Erklärung "
            "angenommen.",
            "annehmen",
            "past",
            None,
        ),
        ("Kim unterzeichnete den Vertrag.", "unterzeichnen", "past", None),
        ("Kim unterzeichnet den Vertrag.", "unterzeichnen", "present", None),
        (
            "Beide Staatschefs werden in Vietnam die Frage erörtern.",
            "erörtern",
            "future",
            None,
        ),
        ("Nordkorea will die Sanktionen beenden.", "beenden", "present", "wollen"),
        ("Die USA müssen die Sanktionen aufheben.", "aufheben", "present", "müssen"),
        ("Kim soll den Vertrag unterzeichnen.", "unterzeichnen", "present", "sollen"),
        ("Kim konnte den Vertrag nicht unterzeichnen.", "unterzeichnen", "past", "können"),
    ],
)
def test_tense_and_modal(
    analyzer: GermanAnalyzer, text: str, predicate: str, tense: str, modal: str | None
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert (frame.tense, frame.modal) == (tense, modal)


@pytest.mark.parametrize(
    ("text", "predicate", "voice", "tense"),
    [
        ("Trump ist nach Hanoi gereist.", "reisen", "active", "past"),
        ("Der Minister ist zurückgetreten.", "zurücktreten", "active", "past"),
        ("Die Grenze ist geschlossen.", "schließen", "passive", "present"),
        ("Der Vertrag ist unterzeichnet worden.", "unterzeichnen", "passive", "past"),
        ("Der Vertrag wird unterzeichnet.", "unterzeichnen", "passive", "present"),
        ("Der Vertrag wird unterzeichnet werden.", "unterzeichnen", "passive", "future"),
        ("Bald werden wir den Befehl erhalten.", "erhalten", "active", "future"),
    ],
)
def test_voice_and_tense_from_the_verb_cluster(
    analyzer: GermanAnalyzer, text: str, predicate: str, voice: str, tense: str
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert (frame.voice, frame.tense) == (voice, tense)


def test_plusquamperfekt_roles(analyzer: GermanAnalyzer) -> None:
    doc = analyze(
        analyzer,
        "Bei ihrem ersten Gipfel in Singapur hatten beide Seiten eine gemeinsame Erklärung "
        "angenommen, in der sie sich dazu verpflichten, für den Frieden auf der koreanischen "
        "Halbinsel zusammenzuarbeiten.",
    )
    accept = frame_of(doc, "annehmen")
    assert one(accept, "subj").span.text == "beide Seiten"
    assert one(accept, "obj").span.text == "eine gemeinsame Erklärung"
    relative = frame_of(doc, "verpflichten")
    assert relative.clause == "relative" and relative.reflexive
    assert one(relative, "pp", "in").span.text == "in der"
    assert one(relative, "subj").span.text == "sie"
    assert doc.frames[relative.parent] == accept  # type: ignore[index]
    infinitive = frame_of(doc, "zusammenarbeiten")
    assert infinitive.clause == "infinitive"
    assert doc.frames[infinitive.parent] == relative  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "predicate", "mood", "tense"),
    [
        ("Kim käme nach Hanoi.", "kommen", "conditional", "present"),
        ("Kim hätte den Vertrag unterzeichnet.", "unterzeichnen", "conditional", "past"),
        ("Trump würde Kim gerne treffen.", "treffen", "conditional", "present"),
        ("Kim sei bereit.", "sein", "subjunctive", "present"),
        ("Kim habe den Vertrag unterzeichnet.", "unterzeichnen", "subjunctive", "past"),
        ("Kim kam nach Hanoi.", "kommen", "indicative", "past"),
    ],
)
def test_mood_from_konjunktiv_forms(
    analyzer: GermanAnalyzer, text: str, predicate: str, mood: str, tense: str
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert (frame.mood, frame.tense) == (mood, tense)


def test_konjunktiv_i_main_clause_is_reported(analyzer: GermanAnalyzer) -> None:
    assert frame_of(analyze(analyzer, "Kim sei bereit."), "sein").reported
    assert not frame_of(analyze(analyzer, "Kim ist bereit."), "sein").reported
    assert not frame_of(analyze(analyzer, "Trump würde Kim gerne treffen."), "treffen").reported


# --- negation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "negated"),
    [
        ("Kim kann nicht kommen.", "kommen", True),
        ("Trump und Kim unterzeichneten kein Abkommen.", "unterzeichnen", True),
        ("Kim war nie in Washington.", "sein", True),
        ("Weder Trump noch Kim unterzeichneten das Abkommen.", "unterzeichnen", True),
        ("Nicht nur Trump unterzeichnete das Abkommen.", "unterzeichnen", False),
        ("Trump und Kim unterzeichneten ein Abkommen.", "unterzeichnen", False),
    ],
)
def test_negation_forms(analyzer: GermanAnalyzer, text: str, predicate: str, negated: bool) -> None:
    assert frame_of(analyze(analyzer, text), predicate).negated is negated


def test_weder_noch_coordinates_the_subject(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Weder Trump noch Kim unterzeichneten das Abkommen."), "unterzeichnen"
    )
    assert [c.text for c in one(frame, "subj").conjuncts] == ["Trump", "Kim"]


# --- roles --------------------------------------------------------------------------------


def test_case_separates_subject_from_fronted_object(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Den Vertrag unterzeichnete der Präsident."), "unterzeichnen"
    )
    assert one(frame, "subj").span.text == "der Präsident"
    assert one(frame, "obj").span.text == "Den Vertrag"


def test_dative_and_accusative_objects(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Trump überreichte dem Machthaber einen Brief."), "überreichen"
    )
    assert one(frame, "subj").span.text == "Trump"
    assert one(frame, "iobj").span.text == "dem Machthaber"
    assert one(frame, "obj").span.text == "einen Brief"


def test_pronoun_case_and_agreement(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Ihn trafen die Minister in Hanoi."), "treffen")
    assert one(frame, "subj").span.text == "die Minister"
    assert one(frame, "obj").span.text == "Ihn"


def test_prepositional_phrases_carry_their_preposition(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Die Minister trafen sich am Montag in Hanoi mit Vertretern Chinas."),
        "treffen",
    )
    assert frame.reflexive
    assert one(frame, "pp", "an").span.text == "am Montag"
    assert one(frame, "pp", "in").span.text == "in Hanoi"
    assert one(frame, "pp", "mit").head == "Vertreter"


@pytest.mark.parametrize(
    ("text", "predicate", "subject"),
    [
        ("Vor allem SPD und Grüne beharken sich.", "beharken", "SPD und Grüne"),
        ("Unter anderem Frankreich kritisierte die USA.", "kritisieren", "Frankreich"),
    ],
)
def test_a_fixed_adverbial_phrase_is_no_prepositional_phrase(
    analyzer: GermanAnalyzer, text: str, predicate: str, subject: str
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert one(frame, "subj").span.text == subject
    assert [a.span.text.split()[1] for a in frame.args("pp")] in (["allem"], ["anderem"])


def test_ganz_before_a_place_stays_in_its_prepositional_phrase(analyzer: GermanAnalyzer) -> None:
    text = "Die Gewerkschaft holt Tausende Streikende aus ganz Bayern nach München."
    frame = frame_of(analyze(analyzer, text), "holen")
    assert one(frame, "pp", "aus").span.text == "aus ganz Bayern"
    assert one(frame, "obj").span.text == "Tausende Streikende"


@pytest.mark.parametrize(
    ("text", "predicate", "subject"),
    [
        # one person's titles under one determiner agree with a singular verb
        (
            "Der Präsident und Regierungschef Emmanuel Macron hat Russland kritisiert.",
            "kritisieren",
            "Der Präsident und Regierungschef Emmanuel Macron",
        ),
        # a weak noun in -loge, which HanTa lemmatises as -log ("Virolog"), is singular
        (
            "Der Virologe und Berater Anthony Fauci hat vor einem Anstieg gewarnt.",
            "warnen",
            "Der Virologe und Berater Anthony Fauci",
        ),
    ],
)
def test_titles_of_one_person_coordinated_are_a_singular_subject(
    analyzer: GermanAnalyzer, text: str, predicate: str, subject: str
) -> None:
    assert one(frame_of(analyze(analyzer, text), predicate), "subj").span.text == subject


def test_a_participle_clause_before_the_verb_is_no_clause_of_its_own(
    analyzer: GermanAnalyzer,
) -> None:
    # "konfrontiert" is also a 3rd singular: taken for the finite verb, it made the main
    # clause verb-first and its subject an object
    doc = analyze(
        analyzer,
        "Mit den Vorwürfen konfrontiert, bestritt die türkische Regierung eine Beteiligung.",
    )
    frame = frame_of(doc, "bestreiten")
    assert one(frame, "subj").span.text == "die türkische Regierung"
    assert one(frame, "obj").span.text == "eine Beteiligung"


def test_unter_anderen_takes_no_phrase_after_it(analyzer: GermanAnalyzer) -> None:
    # "unter anderen" (among others) is a fixed adverbial: the noun phrase after it is the
    # subject, no genitive of "anderen"
    doc = analyze(analyzer, "Geklagt hatten unter anderen der frühere Minister Peter Gauweiler.")
    frame = frame_of(doc, "klagen")
    assert one(frame, "subj").span.text == "der frühere Minister Peter Gauweiler"
    assert one(frame, "pp", "unter").span.text == "unter anderen"


def test_coordinated_subjects_have_one_span_per_member(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(
            analyzer,
            "Die USA und Nordkorea verhandeln derzeit bei Arbeitsgesprächen über konkrete "
            "Schritte Nordkoreas.",
        ),
        "verhandeln",
    )
    subject = one(frame, "subj")
    assert [c.text for c in subject.conjuncts] == ["Die USA", "Nordkorea"]
    assert one(frame, "pp", "bei").span.text == "bei Arbeitsgesprächen"
    assert one(frame, "pp", "über").head == "Schritt"


@pytest.mark.parametrize(
    ("text", "predicate", "role", "expected"),
    [
        # the indefinite article has no plural: "einen Journalisten" is accusative singular
        (
            "Die Polizei nahm einen deutschen Journalisten fest.",
            "festnehmen",
            "obj",
            "einen deutschen Journalisten",
        ),
        # compounds are written as one word: "dem Dissidenten Asyl" is two phrases
        (
            "Deutschland gewährte dem russischen Dissidenten Asyl.",
            "gewähren",
            "iobj",
            "dem russischen Dissidenten",
        ),
        ("Deutschland gewährte dem russischen Dissidenten Asyl.", "gewähren", "obj", "Asyl"),
        ("Erdogan warf Israel Kriegsverbrechen vor.", "vorwerfen", "obj", "Kriegsverbrechen"),
        # a dative name stays the indirect object without an accusative beside it
        ("Russland drohte der Ukraine mit einer Besetzung.", "drohen", "iobj", "der Ukraine"),
        # names say nothing of their number: "Die USA" agrees with the plural verb
        ("Die USA lieferten Waffen an Saudi-Arabien.", "liefern", "subj", "Die USA"),
        (
            "Saudi-Arabien überwies Pakistan drei Milliarden Dollar.",
            "überweisen",
            "obj",
            "drei Milliarden Dollar",
        ),
        ("Die Wirtschaft wuchs um 1,5 Prozent.", "wachsen", "pp", "um 1,5 Prozent"),
    ],
)
def test_phrase_boundaries_and_cases(
    analyzer: GermanAnalyzer, text: str, predicate: str, role: str, expected: str
) -> None:
    assert one(frame_of(analyze(analyzer, text), predicate), role).span.text == expected


def test_past_verb_that_hanta_took_for_an_adjective(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Die Vereinten Nationen entsandten Blauhelme nach Mali."), "entsenden"
    )
    assert frame.tense == "past"
    assert one(frame, "subj").span.text == "Die Vereinten Nationen"
    assert one(frame, "pp", "nach").span.text == "nach Mali"


@pytest.mark.parametrize(
    ("text", "predicate", "members"),
    [
        (
            "Er meinte sowohl den Bahnhof als auch den Standort.",
            "meinen",
            ["den Bahnhof", "den Standort"],
        ),
        (
            "Die EU kritisierte die Rohstoff- und Energiepolitik Chinas.",
            "kritisieren",
            ["die Rohstoff- und Energiepolitik Chinas"],
        ),
        (
            "Russland kritisierte die Gestaltung des Vertrags, die Gespräche mit Kiew und die "
            "Sanktionen.",
            "kritisieren",
            ["die Gestaltung des Vertrags", "die Gespräche mit Kiew", "die Sanktionen"],
        ),
    ],
)
def test_object_coordination(
    analyzer: GermanAnalyzer, text: str, predicate: str, members: list[str]
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert [m.text for m in one(frame, "obj").members] == members


def test_bracketed_aside_is_no_argument(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Das Bundesarbeitsgericht (BAG) entschied den Fall."), "entscheiden"
    )
    assert one(frame, "obj").span.text == "den Fall"


def test_verb_final_clause_interrupted_by_relative_clause(analyzer: GermanAnalyzer) -> None:
    doc = analyze(
        analyzer,
        "Die Studie zeigt, dass Tiere, deren Futter reduziert wurde, länger lebten.",
    )
    live = frame_of(doc, "leben")
    assert live.clause == "subordinate"
    assert one(live, "subj").span.text == "Tiere"


def test_a_conjunct_of_a_verb_final_clause_ends_in_its_finite_verb(
    analyzer: GermanAnalyzer,
) -> None:
    doc = analyze(analyzer, "Weil in Paris oder in Wien Parks gesperrt werden, bleibt er daheim.")
    frame = frame_of(doc, "sperren")
    assert frame.voice == "passive"
    assert one(frame, "subj").span.text == "Parks"


def test_coordinated_verbs_share_auxiliary_and_subject(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Trump hat Kim getroffen und die Erklärung unterzeichnet.")
    meet, sign = frame_of(doc, "treffen"), frame_of(doc, "unterzeichnen")
    assert one(meet, "obj").span.text == "Kim"
    assert one(sign, "obj").span.text == "die Erklärung"
    assert one(sign, "subj").span.text == "Trump"
    assert sign.tense == "past"


def test_split_coordination_keeps_relative_clauses_on_their_antecedent(
    analyzer: GermanAnalyzer,
) -> None:
    doc = analyze(
        analyzer,
        "Trump hat Kim getroffen, der lachte, und die Erklärung unterzeichnet, die lang war.",
    )
    meet, sign = frame_of(doc, "treffen"), frame_of(doc, "unterzeichnen")
    assert doc.frames[frame_of(doc, "lachen").parent] == meet  # type: ignore[index]
    assert doc.frames[frame_of(doc, "sein").parent] == sign  # type: ignore[index]
    assert one(sign, "subj").span.text == "Trump" and sign.tense == "past"


@pytest.mark.parametrize(
    ("text", "predicate", "role", "expected"),
    [
        ("Es besteht die Gefahr eines Krieges.", "bestehen", "subj", "die Gefahr eines Krieges"),
        ("Es hat auch eine gute Logistik.", "haben", "subj", "Es"),
        ("Ihr findet hier das Studio.", "finden", "subj", "Ihr"),
        ("Portugals Meister muss drei Spieler ersetzen.", "ersetzen", "subj", "Portugals Meister"),
        (
            "Dessen neue Version wird im Juni präsentiert.",
            "präsentieren",
            "subj",
            "Dessen neue Version",
        ),
        (
            "Den Angaben zufolge kamen zehn Menschen ums Leben.",
            "kommen",
            "pp",
            "Den Angaben zufolge",
        ),
    ],
)
def test_placeholders_possessors_and_postpositions(
    analyzer: GermanAnalyzer, text: str, predicate: str, role: str, expected: str
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert expected in [a.span.text for a in frame.args(role)]  # type: ignore[arg-type]


def test_contracted_prepositions_are_resolved(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Zehn Menschen kamen ums Leben."), "kommen")
    assert one(frame, "pp", "um").span.text == "ums Leben"


# --- clauses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "condition", "main"),
    [
        ("Sinkt das Angebot, steigt der Preis.", "sinken", "steigen"),
        ("Als die Änderung eingeführt wurde, gab es Proteste.", "einführen", "geben"),
    ],
)
def test_clause_in_the_vorfeld_depends_on_the_main_clause(
    analyzer: GermanAnalyzer, text: str, condition: str, main: str
) -> None:
    doc = analyze(analyzer, text)
    first, second = frame_of(doc, condition), frame_of(doc, main)
    assert first.clause == "subordinate" and doc.frames[first.parent] == second  # type: ignore[index]
    assert second.clause == "main" and second.args("subj")


def test_zu_infinitive_without_comma_takes_its_object(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Die Firma verspricht die Ware in sieben Tagen zu liefern.")
    promise, deliver = frame_of(doc, "versprechen"), frame_of(doc, "liefern")
    assert one(promise, "subj").span.text == "Die Firma" and not promise.args("obj")
    assert one(deliver, "obj").span.text == "die Ware"
    assert deliver.clause == "infinitive" and doc.frames[deliver.parent] == promise  # type: ignore[index]


def test_adverbial_subordinate_clause_is_not_reported(analyzer: GermanAnalyzer) -> None:
    doc = analyze(
        analyzer, "Die Gespräche scheiterten, weil Nordkorea keine Zugeständnisse machte."
    )
    reason = frame_of(doc, "machen")
    assert reason.clause == "subordinate" and not reason.reported and reason.negated
    assert doc.frames[reason.parent] == frame_of(doc, "scheitern")  # type: ignore[index]


def test_dass_clause_after_speech_verb_is_reported(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Trump erklärte, dass die Gespräche fortgesetzt werden.")
    said, content = frame_of(doc, "erklären"), frame_of(doc, "fortsetzen")
    assert content.reported and content.voice == "passive"
    assert doc.frames[content.parent] == said  # type: ignore[index]
    assert one(said, "comp").span.text == "dass die Gespräche fortgesetzt werden"


def test_infinitive_clause_depends_on_bereit_erklaeren(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Nordkorea erklärte sich bereit, das Atomprogramm aufzugeben.")
    infinitive = frame_of(doc, "aufgeben")
    assert infinitive.clause == "infinitive"
    assert one(infinitive, "obj").span.text == "das Atomprogramm"
    assert doc.frames[infinitive.parent] == frame_of(doc, "bereiterklären")  # type: ignore[index]


def test_seed_reported_speech_and_its_continuation(analyzer: GermanAnalyzer) -> None:
    doc = analyze(
        analyzer,
        "Trump sagte während seiner Rede zur Lage der Nation am Dienstag, es gebe noch viel "
        "Arbeit zu tun, aber sein Verhältnis zu Kim Jong-un sei gut. Er und Kim würden sich am "
        "27. und 28. Februar in Vietnam erneut treffen.",
    )
    said = frame_of(doc, "sagen")
    assert not said.reported
    assert [a.span.text for a in said.args("comp")] == [
        "es gebe noch viel Arbeit zu tun",
        "sein Verhältnis zu Kim Jong-un sei gut",
    ]
    for predicate in ("geben", "sein"):
        frame = frame_of(doc, predicate)
        assert frame.reported and frame.mood == "subjunctive"
        assert doc.frames_of(0)[frame.parent] == said  # type: ignore[index]
    meet = frame_of(doc, "treffen")
    assert meet.sentence == 1 and meet.reported and meet.reflexive
    assert (meet.tense, meet.mood) == ("future", "conditional")
    assert [c.text for c in one(meet, "subj").conjuncts] == ["Er", "Kim"]
    assert one(meet, "pp", "in").span.text == "in Vietnam"


def test_speech_verb_after_the_quotation(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Die Gespräche seien konstruktiv, sagte ein Sprecher.")
    said, content = frame_of(doc, "sagen"), frame_of(doc, "sein")
    assert content.reported and doc.frames[content.parent] == said  # type: ignore[index]
    assert one(said, "subj").span.text == "ein Sprecher"


def test_any_verb_after_a_quotation_introduces_it(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "«Unser Geschäft ist ein politisches», resümiert Farnung.")
    speaker, quoted = frame_of(doc, "resümieren"), frame_of(doc, "sein")
    assert one(speaker, "subj").span.text == "Farnung"
    assert quoted.reported and doc.frames[quoted.parent] == speaker  # type: ignore[index]
    assert one(speaker, "comp").span.text == "Unser Geschäft ist ein politisches"


def test_closing_verb_first_clause_with_a_name_reports(analyzer: GermanAnalyzer) -> None:
    doc = analyze(
        analyzer,
        "Die Reform sei ein Fehler, kritisierte Wirtschaftskammer-Präsident Christoph Leitl.",
    )
    speaker, quoted = frame_of(doc, "kritisieren"), frame_of(doc, "sein")
    assert one(speaker, "subj").span.text == "Wirtschaftskammer-Präsident Christoph Leitl"
    assert quoted.reported and doc.frames[quoted.parent] == speaker  # type: ignore[index]


def test_free_relative_in_the_vorfeld_leaves_the_object_alone(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Wer Reformen will, riskiert Streit."), "riskieren")
    assert not frame.args("subj") and one(frame, "obj").span.text == "Streit"


def test_teilte_mit_is_a_speech_verb(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Das Außenministerium teilte mit, die Gespräche würden fortgesetzt.")
    assert frame_of(doc, "fortsetzen").reported
    assert frame_of(doc, "mitteilen").args("comp")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Der Sprecher gab an, Russland zahle nicht.", "angeben"),
        ("Der Minister führte aus, Russland zahle nicht.", "ausführen"),
        ("Der Minister vertrat die Ansicht, dass Russland nicht zahle.", "vertreten"),
    ],
)
def test_statement_verbs_take_their_clause_as_reported_complement(
    analyzer: GermanAnalyzer, text: str, verb: str
) -> None:
    doc = analyze(analyzer, text)
    assert frame_of(doc, verb).args("comp")
    assert frame_of(doc, "zahlen").reported


# --- nominal frames ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun", "prep", "members"),
    [
        (
            "Das Treffen zwischen Trump und Kim fand in Hanoi statt.",
            "Treffen",
            "zwischen",
            ["Trump", "Kim"],
        ),
        ("Der Gipfel in Hanoi endete ohne Ergebnis.", "Gipfel", "in", ["in Hanoi"]),
        (
            "Die Verhandlungen mit Nordkorea wurden abgebrochen.",
            "Verhandlung",
            "mit",
            ["mit Nordkorea"],
        ),
    ],
)
def test_nominal_frames_for_nouns_with_pps(
    analyzer: GermanAnalyzer, text: str, noun: str, prep: str, members: list[str]
) -> None:
    doc = analyze(analyzer, text)
    frame = frame_of(doc, noun, "nominal")
    assert frame.trigger.text.startswith(noun[:6])
    assert [m.text for m in one(frame, "pp", prep).members] == members
    assert frame.parent is not None and doc.frames[frame.parent].clause == "main"


@pytest.mark.parametrize(
    ("text", "noun", "owner"),
    [
        ("Der Besuch des französischen Präsidenten in Peking dauerte zwei Tage.", "Besuch",
         "des französischen Präsidenten"),
        ("Die Kritik der Opposition an der Regierung wächst.", "Kritik", "der Opposition"),
    ],
)  # fmt: skip
def test_common_noun_genitive_is_the_subject_of_an_event_noun(
    analyzer: GermanAnalyzer, text: str, noun: str, owner: str
) -> None:
    frame = frame_of(analyze(analyzer, text), noun, "nominal")
    assert one(frame, "subj").span.text == owner


# --- the stage -----------------------------------------------------------------------------


def test_prefilter_skips_tagging_but_keeps_sentences(analyzer: GermanAnalyzer) -> None:
    filtered = GermanAnalyzer(prefilter=lambda text: "Kim" in text)
    doc = analyze(filtered, "Das Wetter war schön. Kim traf Trump.")
    assert [s.text for s in doc.sentences] == ["Das Wetter war schön.", "Kim traf Trump."]
    assert doc.sentences[0].tokens == ()
    assert {f.sentence for f in doc.frames} == {1}


def test_lexicon_problems_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "lexicon.tsv"
    bad.write_text("word\tclass\tnote\nsagen\tverb_of_speech\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"lexicon\.tsv:2"):
        GermanLexicon.load(bad)


def test_seed_article_offsets_are_exact(analyzer: GermanAnalyzer) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = analyze(analyzer, text)
    assert len(doc.sentences) == 14
    spans = [(s.start, s.end, s.text) for s in doc.sentences]
    spans += [(t.start, t.end, t.text) for s in doc.sentences for t in s.tokens]
    for frame in doc.frames:
        spans.append((frame.trigger.start, frame.trigger.end, frame.trigger.text))
        for argument in frame.arguments:
            spans += [(m.start, m.end, m.text) for m in (argument.span, *argument.conjuncts)]
    assert all(text[start:end] == part for start, end, part in spans)
    predicates = {f.predicate for f in doc.frames if f.clause != "nominal"}
    assert {
        "zusammenkommen",
        "sagen",
        "treffen",
        "erörtern",
        "verhandeln",
        "annehmen",
        "bereiterklären",
        "machen",
        "fortsetzen",
    } <= predicates


# --- sentences the event coder reported ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Die USA sagten der Ukraine weitere Hilfe zu.",
            "zusagen",
            {"subj": "Die USA", "iobj": "der Ukraine", "obj": "weitere Hilfe"},
        ),
        (
            "Russland drohte der Ukraine mit Konsequenzen.",
            "drohen",
            {"subj": "Russland", "iobj": "der Ukraine", "pp": "mit Konsequenzen"},
        ),
        (
            "Die USA lieferten Waffen an die Ukraine.",
            "liefern",
            {"subj": "Die USA", "obj": "Waffen", "pp": "an die Ukraine"},
        ),
        # "Taliban" looks like its own lemma, which is no evidence of a singular
        (
            "Die Taliban entführten zwei Entwicklungshelfer.",
            "entführen",
            {"subj": "Die Taliban", "obj": "zwei Entwicklungshelfer"},
        ),
        # "Abe" is a name part (HanTa: a plural of "Ab"), not a plural noun
        (
            "Shinzo Abe äußerte die Hoffnung, dass die Gespräche bald beginnen.",
            "äußern",
            {"subj": "Shinzo Abe", "obj": "die Hoffnung"},
        ),
        (
            "Die USA verhängten neue Strafzölle gegen China.",
            "verhängen",
            {"subj": "Die USA", "obj": "neue Strafzölle", "pp": "gegen China"},
        ),
        (
            "Die UN entsandten Blauhelme in den Südsudan.",
            "entsenden",
            {"subj": "Die UN", "obj": "Blauhelme", "pp": "in den Südsudan"},
        ),
        (
            "In Polen sind US-Truppen stationiert.",
            "stationieren",
            {"subj": "US-Truppen", "pp": "In Polen"},
        ),
        # a time phrase is no object, and the PP after it is the verb's
        (
            "Der Außenminister reist kommenden Dienstag nach Kiew.",
            "reisen",
            {"subj": "Der Außenminister", "pp": "nach Kiew"},
        ),
    ],
)
def test_event_coder_sentences(
    analyzer: GermanAnalyzer, text: str, predicate: str, expected: dict[str, str]
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    roles = {a.role: a.span.text for a in frame.arguments if a.role != "comp"}
    assert roles == expected


def test_apposition_after_a_comma_is_part_of_the_phrase(analyzer: GermanAnalyzer) -> None:
    doc = analyze(
        analyzer, "«Wir brauchen Hilfe», sagte Günter Brakelmann, Sozialethiker an der Universität."
    )
    frame = frame_of(doc, "sagen")
    subject = one(frame, "subj")
    assert subject.span.text == "Günter Brakelmann, Sozialethiker an der Universität"
    assert subject.head == "Günter"
    assert not frame.args("obj") and not frame.args("pp")


def test_participial_attribute_with_several_pps(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "«Wir kommen wieder», sagt der seit Jahren in Bonn lebende Makler.")
    frame = frame_of(doc, "sagen")
    assert one(frame, "subj").span.text == "der seit Jahren in Bonn lebende Makler"
    assert not frame.args("pp")


def test_pronoun_of_the_subjects_person_is_reflexive(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Wir freuen uns auf den Besuch.")
    frame = frame_of(doc, "freuen")
    assert frame.reflexive
    assert not frame.args("obj")
    assert [t.tag for t in doc.sentences[0].tokens if t.text == "uns"] == ["PRF"]
    # a dative "mir" stays an indirect object; another person's pronoun stays an object
    assert one(frame_of(analyze(analyzer, "Ich kaufe mir ein Auto."), "kaufen"), "iobj").head
    assert one(frame_of(analyze(analyzer, "Er sah uns."), "sehen"), "obj").span.text == "uns"


def test_measure_verb_takes_a_time_phrase_as_object(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Die Sitzung dauerte zwei Stunden."), "dauern")
    assert one(frame, "obj").span.text == "zwei Stunden"
    frame = frame_of(analyze(analyzer, "Die Sitzung begann zwei Stunden später."), "beginnen")
    assert not frame.args("obj")


def test_verb_first_clause_after_konjunktiv_i_is_the_speech_clause(
    analyzer: GermanAnalyzer,
) -> None:
    doc = analyze(
        analyzer, "Die Zusage beinhalte auch den Umzug, entschied das Bundesarbeitsgericht."
    )
    speech = frame_of(doc, "entscheiden")
    assert one(speech, "subj").span.text == "das Bundesarbeitsgericht"
    assert not speech.args("obj")
    reported = frame_of(doc, "beinhalten")
    assert reported.reported and reported.clause == "subordinate"


@pytest.mark.parametrize(
    ("text", "predicate", "subject"),
    [
        # adverbs before an attributive adjective stay in the phrase
        (
            "Dann wechselte der zuvor äußerst freundliche Ton.",
            "wechseln",
            "der zuvor äußerst freundliche Ton",
        ),
        # adjectives listed with a comma
        ("Es herrscht ein rauer, unhöflicher Ton.", "herrschen", "ein rauer, unhöflicher Ton"),
        # HanTa tags some genitive adjectives ADJD
        (
            "Es fehlt ein System umfassender sozialer Sicherung.",
            "fehlen",
            "ein System umfassender sozialer Sicherung",
        ),
    ],
)
def test_phrase_with_adverbs_and_genitive_adjectives(
    analyzer: GermanAnalyzer, text: str, predicate: str, subject: str
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert one(frame, "subj").span.text == subject
    assert not frame.args("obj")


# --- valency ---------------------------------------------------------------------------


def valency_file(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "valency.tsv"
    path.write_text("lemma\tclauses\tobj\tacc\tdat\n" + rows, encoding="utf-8")
    return path


def test_valency_counts_decide_transitivity(tmp_path: Path) -> None:
    rows = "kommen\t700\t40\t0\t15\ntreffen\t150\t60\t9\t0\nsiegen\t30\t3\t0\t0\n"
    lexicon = GermanLexicon.load(valency=valency_file(tmp_path, rows))
    assert lexicon.intransitive("kommen")
    assert not lexicon.intransitive("treffen")
    assert not lexicon.intransitive("siegen")  # too few objects seen to tell
    assert not lexicon.intransitive("unbekannt")
    assert lexicon.takes_dative("kommen") is False  # 15 of 700: no dative verb
    assert GermanLexicon.load(
        valency=valency_file(tmp_path, "drohen\t60\t5\t0\t12\n")
    ).takes_dative("drohen")


def test_valency_problems_name_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r"valency\.tsv:2: not a count: acc"):
        GermanLexicon.load(valency=valency_file(tmp_path, "kommen\t7\t4\tviele\t1\n"))


def test_intransitive_verb_takes_no_ambiguous_object(tmp_path: Path) -> None:
    rows = "drohen\t60\t20\t0\t12\nliegen\t270\t40\t1\t6\n"
    analyzer = GermanAnalyzer(lexicon=GermanLexicon.load(valency=valency_file(tmp_path, rows)))
    # a dative verb: the name is its indirect object
    frame = frame_of(analyze(analyzer, "Trump drohte China mit neuen Strafzöllen."), "drohen")
    assert one(frame, "iobj").span.text == "China"
    assert not frame.args("obj")
    # no dative verb: the measure is no argument at all
    text = "Der Dax lag damit 20 Zähler über seinem Endstand."
    frame = frame_of(analyze(analyzer, text), "liegen")
    assert not frame.args("obj") and not frame.args("iobj")
    # without the counts both are read as accusative objects
    plain = GermanAnalyzer(lexicon=GermanLexicon.load(valency=None))
    frame = frame_of(analyze(plain, "Trump drohte China mit neuen Strafzöllen."), "drohen")
    assert one(frame, "obj").span.text == "China"
    assert one(frame_of(analyze(plain, text), "liegen"), "obj").span.text == "20 Zähler"


@pytest.mark.parametrize(
    ("text", "predicate", "role", "expected"),
    [
        # "ein paar" is plural: "ein" says nothing of the case
        ("Hier wollen ein paar Leute die Fähre nutzen.", "nutzen", "subj", "ein paar Leute"),
        # "bis zu" modifies the number: no PP
        (
            "Bis zu sechs Millionen Bürger haben eine Police abgeschlossen.",
            "abschließen",
            "subj",
            "Bis zu sechs Millionen Bürger",
        ),
        # a partitive genitive stays with its pronoun
        ("Die Polizei nahm einen der Angreifer fest.", "festnehmen", "obj", "einen der Angreifer"),
        # a lowercase word HanTa took for a noun is an adjective
        (
            "Es gibt die bekannte Kartoffel und das leckere Knoblauchbrot.",
            "geben",
            "obj",
            "die bekannte Kartoffel und das leckere Knoblauchbrot",
        ),
    ],
)
def test_quantifiers_partitives_and_tagging_repairs(
    analyzer: GermanAnalyzer, text: str, predicate: str, role: str, expected: str
) -> None:
    assert one(frame_of(analyze(analyzer, text), predicate), role).span.text == expected


def test_uns_beside_a_singular_verb_is_no_reflexive(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "France Telecom hat uns ein Angebot unterbreitet."), "unterbreiten"
    )
    assert one(frame, "iobj").span.text == "uns"
    assert one(frame, "obj").span.text == "ein Angebot"
    assert not frame.reflexive


def test_passive_clause_keeps_its_dative(analyzer: GermanAnalyzer) -> None:
    doc = analyze(analyzer, "Der Plan wurde uns von unserem Anwalt empfohlen.")
    frame = frame_of(doc, "empfehlen")
    assert one(frame, "iobj").span.text == "uns"
    assert one(frame, "subj").span.text == "Der Plan"


def test_one_accusative_object_unless_the_forms_show_two(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(
        analyze(analyzer, "Man bekommt dort die größten Burger Varianten."), "bekommen"
    )
    assert one(frame, "obj").span.text == "die größten Burger"
    # a verb of naming keeps both: what it names (read as iobj, the party the patterns
    # read) and the name, also where the first might be a nominative
    for text, named in [
        ("Er nannte ihn einen Lügner.", "ihn"),
        ("Er nannte das Vorgehen einen Skandal.", "das Vorgehen"),
    ]:
        frame = frame_of(analyze(analyzer, text), "nennen")
        assert [a.span.text for a in frame.args("iobj")] == [named]
        assert len(frame.args("obj")) == 1


def test_packaged_valency_reads_datives_of_intransitive_verbs(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Der Verkäufer sagte uns, wir sollten kommen."), "sagen")
    assert one(frame, "iobj").span.text == "uns"
    frame = frame_of(analyze(analyzer, "Trump drohte China mit neuen Strafzöllen."), "drohen")
    assert one(frame, "iobj").span.text == "China"


@pytest.mark.parametrize(
    ("text", "predicate", "members"),
    [
        (
            "Russland, China und der Iran kritisierten die Sanktionen.",
            "kritisieren",
            ["Russland", "China", "der Iran"],
        ),
        # HanTa's relative "die" before a noun, with the verb in second place, is an article
        (
            "Die EU-Staaten, die USA und Polen hatten den Präsidenten aufgefordert.",
            "auffordern",
            ["Die EU-Staaten", "die USA", "Polen"],
        ),
        # "nicht nur A, sondern auch B": "sondern" closes the list as "und" does
        (
            "Nicht nur Kanada, sondern auch Mexiko verurteilten die Zölle.",
            "verurteilen",
            ["Kanada", "Mexiko"],
        ),
        (
            "Nicht nur die Türkei, sondern auch Katar haben den Plan abgelehnt.",
            "ablehnen",
            ["die Türkei", "Katar"],
        ),
    ],
)
def test_list_split_by_the_segmentation_is_one_subject(
    analyzer: GermanAnalyzer, text: str, predicate: str, members: list[str]
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert [c.text for c in one(frame, "subj").conjuncts] == members
    assert frame.clause == "main"


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Trump lobte Xi Jinping am Montag.", "obj", "Xi Jinping"),
        ("Am Montag empfing Xi Jinping den Präsidenten.", "subj", "Xi Jinping"),
        ("Merkel lobte Armin Laschet.", "obj", "Armin Laschet"),
    ],
)
def test_an_unknown_name_part_after_a_name_is_part_of_it(
    analyzer: GermanAnalyzer, text: str, role: str, name: str
) -> None:
    # HanTa tags "Jinping" NN; a form its model never saw, one unknown stem that may be a
    # proper noun, continues the name: one argument, not "Xi" and "Jinping"
    doc = analyze(analyzer, text)
    last = name.split()[-1]
    assert [t.tag for t in doc.sentences[0].tokens if t.text == last] == ["NE"]
    assert [a.span.text for a in doc.frames[0].arguments if a.role == role] == [name]


@pytest.mark.parametrize(
    ("text", "predicate", "role", "filler"),
    [
        # a party in brackets parts no coordination, in the Vorfeld nor in a by-phrase
        ("Spahn (CDU) und Laschet unterstützen die Pläne.", "unterstützen", "subj",
         "Spahn (CDU) und Laschet"),
        ("Die Pläne werden von Spahn (CDU) und Laschet unterstützt.", "unterstützen", "agent",
         "von Spahn (CDU) und Laschet"),
        # nor does it part a clause: "bekannt" stays with "gab", the speaker is Laschet
        ("Dies gab Ministerpräsident Armin Laschet (CDU) bekannt und begründete es.",
         "bekanntgeben", "subj", "Ministerpräsident Armin Laschet"),
        # a focus particle before a Vorfeld list
        ("Auch die Behörden in Frankreich, Belgien und Italien haben Verbote ausgesprochen.",
         "aussprechen", "subj", "die Behörden in Frankreich, Belgien und Italien"),
        # a list that continues the noun of a phrase of time or place: one Vorfeld
        ("Nach Gesprächen mit Frankreich, Italien und Spanien hat Deutschland Sanktionen "
         "verhängt.", "verhängen", "pp", "Nach Gesprächen mit Frankreich, Italien und Spanien"),
        # "während" before a noun phrase and a finite verb with more after it: a preposition
        ("Während dieser Krise hat Donald Trump die WHO kritisiert.", "kritisieren", "subj",
         "Donald Trump"),
        ("Während der Präsident sprach, protestierten die Studenten.", "sprechen", "subj",
         "der Präsident"),
        # a demonstrative before a verb of saying is what was said, the name after it the
        # speaker; before another verb it stays the subject
        ("Dies verkündete Gesundheitsminister Jens Spahn vergangene Woche.", "verkünden",
         "subj", "Gesundheitsminister Jens Spahn"),
        ("Das überraschte Merkel.", "überraschen", "subj", "Das"),
        # what a verb of receiving gets is never who gets it
        ("Kritik erhielt Scholz von der FDP.", "erhalten", "subj", "Scholz"),
        # an article with an extended attribute opening a sentence or following a dateline
        # opens a main clause, no relative one ("Die" was read as the pronoun, and Russia
        # as the attacker of Crimea)
        ("Der in der Kritik stehende Minister Peter Altmaier hat Hilfen versprochen.",
         "versprechen", "subj", "Der in der Kritik stehende Minister Peter Altmaier"),
        ("Moskau – Die von Russland annektierte Krim wurde angegriffen.", "angreifen", "subj",
         "Die von Russland annektierte Krim"),
        # an apposition between dashes is no dateline (this sentence raised StopIteration)
        ("Die dritte Ausgangssperre – die, bei der ich am meisten Angst hatte – erlebte ich "
         "in Cizre.", "erleben", "subj", "ich"),
    ],
)  # fmt: skip
def test_asides_lists_and_prepositions_in_the_vorfeld(
    analyzer: GermanAnalyzer, text: str, predicate: str, role: str, filler: str
) -> None:
    frame = frame_of(analyze(analyzer, text), predicate)
    assert [a.span.text for a in frame.arguments if a.role == role] == [filler]


def _tagged(*pairs: tuple[str, str]) -> list[Word]:
    words, start = [], 0
    for text, tag in pairs:
        words.append(Word(text, start, start + len(text), text, tag))
        start += len(text) + 1
    return words


def test_a_verbless_segment_opening_a_sentence_is_no_main_clause() -> None:
    # a pronoun HanTa tagged opens the sentence: an article, and without a finite verb a
    # fragment (a main clause without one raised StopIteration further on)
    words = _tagged(("Die", "PRELS"), ("Männer", "NN"))
    assert typed_segment(words, [0, 1]).kind == "frag"
    assert words[0].tag == "ART"


def test_a_focus_particle_ending_a_fragment_opens_no_list() -> None:
    # "nicht nur auch": the particle has no list member after it (it raised IndexError)
    words = _tagged(("nicht", "PTKNEG"), ("nur", "ADV"), ("auch", "ADV"), ("und", "KON"),
                    ("Russland", "NE"), ("kritisierte", "VVFIN"))  # fmt: skip
    assert not opens_list(words, [0, 1, 2], [3, 4, 5])


def test_a_noun_after_a_given_name_is_the_family_name() -> None:
    # HanTa knows "Oberhaus" and reads "Oberhauser" as a noun of it: after a given name
    # it is the family name, and "Gespräche" stays the object
    named = GermanAnalyzer(given_names=frozenset({"Sabine"}))
    text = "Der Kommissar führte Gespräche mit Ministerin Sabine Oberhauser."
    frame = frame_of(analyze(named, text), "führen")
    assert one(frame, "pp", "mit").span.text == "mit Ministerin Sabine Oberhauser"
    assert one(frame, "obj").span.text == "Gespräche"


def test_a_known_family_name_after_a_title_is_a_name(analyzer: GermanAnalyzer) -> None:
    # HanTa reads "Maas" as a noun ("Maa"): after a title a known family name is a name,
    # not the genitive of one ("vor der Angelobung Kerns" stays Kern's)
    named = GermanAnalyzer(family_name=lambda word: word in {"Maas", "Kern", "Kerns"})
    frame = frame_of(
        analyze(named, "Gestern kritisierte Außenminister Maas die Türkei."), "kritisieren"
    )
    assert one(frame, "subj").span.text == "Außenminister Maas"
    assert one(frame, "obj").span.text == "die Türkei"
    text = "Er kritisierte den Minister vor der Angelobung Kerns."
    tags = [t.tag for t in analyze(named, text).sentences[0].tokens]
    assert tags == [t.tag for t in analyze(analyzer, text).sentences[0].tokens]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Tsipras kritisierte die EU.", "Tsipras"),
        ("Andriukaitis wird am Mittwoch nach Wien kommen.", "Andriukaitis"),
    ],
)
def test_a_name_ending_in_s_standing_alone_may_be_the_subject(
    analyzer: GermanAnalyzer, text: str, subject: str
) -> None:
    # HanTa lemmatises "Tsipras" as "Tsipra": a genitive "-s" by its form, but a name
    # standing alone is the name itself (an owning genitive is read with its noun)
    frame = analyze(analyzer, text).frames[0]
    assert one(frame, "subj").span.text == subject


def test_an_owning_genitive_name_stays_with_its_noun(analyzer: GermanAnalyzer) -> None:
    frame = frame_of(analyze(analyzer, "Die Politik Trumps verärgerte die EU."), "verärgern")
    assert one(frame, "subj").span.text == "Die Politik Trumps"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Trump warf Merkel Rassismus vor.", "Rassismus"),  # a noun HanTa knows
        ("Russland lieferte Mali Waffen.", "Waffen"),
        ("Chinas Führung kritisierte die USA.", "Führung"),  # after a genitive name
    ],
)
def test_a_known_noun_after_a_name_stays_a_noun(
    analyzer: GermanAnalyzer, text: str, noun: str
) -> None:
    doc = analyze(analyzer, text)
    assert [t.tag for t in doc.sentences[0].tokens if t.text == noun] == ["NN"]


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # HanTa reads the article after a comma as a relative pronoun
        ("Schweden, Dänemark, die Niederlande und Österreich protestierten gegen den Plan.",
         "protestieren", "Schweden, Dänemark, die Niederlande und Österreich"),
        ("Damals protestierten Schweden, Dänemark, die Niederlande und Österreich.",
         "protestieren", "Schweden, Dänemark, die Niederlande und Österreich"),
    ],
)  # fmt: skip
def test_an_article_after_a_list_comma_opens_the_next_member(
    analyzer: GermanAnalyzer, text: str, verb: str, subject: str
) -> None:
    assert one(frame_of(analyze(analyzer, text), verb), "subj").span.text == subject


def test_a_relative_pronoun_before_a_name_stays_one(analyzer: GermanAnalyzer) -> None:
    # the relative clause ends with its finite verb
    doc = analyze(analyzer, "Der Plan, die Merkel und Macron vorgelegt haben, scheiterte.")
    assert one(frame_of(doc, "scheitern"), "subj").span.text == "Der Plan"
    assert [t.tag for t in doc.sentences[0].tokens if t.text == "die"] == ["PRELS"]


def test_a_relative_clause_ending_in_a_participle_keeps_its_pronoun(
    analyzer: GermanAnalyzer,
) -> None:
    # HanTa reads "importiert" as a participle: the clause still ends in a verb
    doc = analyze(analyzer, "Es fehlt Obst, das Großbritannien aus der EU importiert.")
    assert [t.tag for t in doc.sentences[0].tokens if t.text == "das"] == ["PRELS"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Grünen-Abgeordnete Kühn kritisierte die Regierung.",
        "Der SPD-Vorsitzende Kühn kritisierte die Regierung.",
    ],
)
def test_a_person_noun_after_a_hyphen_is_a_noun(analyzer: GermanAnalyzer, text: str) -> None:
    # HanTa tags "Grünen-Abgeordnete" an adjective, and the name after it a common noun
    frame = frame_of(analyze(analyzer, text), "kritisieren")
    assert one(frame, "subj").span.text == text.split(" kritisierte")[0]
    assert one(frame, "obj").span.text == "die Regierung"

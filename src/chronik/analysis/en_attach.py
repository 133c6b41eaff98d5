"""Repairs to where the English parse hangs a word: a preposition hung on a title inside
its phrase (:func:`rehang_case_on_phrase_head`), a name cut in two
(:func:`is_name_part_read_apart`), what a speech verb reports read as its object and a
second verb (:func:`subject_of_content_read_as_conjunct`), a meeting's partner hung away from
its meeting noun (en_partners.py); and the second object of "met Italian Prime Minister
Silvio Berlusconi and German Chancellor Gerhard Schroeder", which the parser coordinates with
the verb after a long first object, so that the meeting lost its second partner
(:func:`_object_of_conjunct_on_verb`); and the main verb of "Democrats who have opposed Mr.
Trump's agenda praised the airstrikes", read as a reduced relative clause on the relative
clause's last noun, so that the sentence had no verb of its own and "agenda" praised
(:func:`_subject_of_main_verb_read_as_relative`), or as a modifier of the root noun before
it ("Iran's ambassador called/acl the remarks baseless",
:func:`_subject_of_main_verb_read_as_modifier`); and a participle after its clause's comma
read as a parenthetical speech verb or as the root ("Egypt rebuffed the US, warning
Washington against interference"), so that the participle had no subject to share
(:func:`_clause_of_participle`); and a fronted adverbial hung on the subject's title ("After
that interview, then-FBI Director James Comey called …"), so that the subject phrase began
with it (:func:`_verb_of_fronted_phrase_in_subject`)."""

from __future__ import annotations

from .en_clauses import FINITE_TAGS, repair_clauses
from .en_lexicon import SPEECH_VERBS, TIME_NOUNS
from .en_partners import rehang_partners
from .en_subjects import own_subject, rehang_demanded_infinitives
from .en_tokens import ParsedToken
from .en_voice import has_to_marker

# Modifiers in front of a noun that UD never gives a preposition: titles ("President" of
# "President Trump"), compounds ("ABC" of "ABC News"), adjectives, the first part of a name.
_PREMODIFIER_DEPS = frozenset({"nmod:desc", "compound", "amod", "flat"})
# How a fronted adverbial hangs on its predicate; on a noun, only by the parser's mistake.
_ADVERBIAL_DEPS = frozenset({"obl", "obl:unmarked", "obl:tmod", "obl:npmod", "advcl"})
_OBJECT_DEPS = frozenset({"obj", "iobj", "xcomp", "obl:unmarked"})
# Roles no word fills twice with adjacent names: two of them are one name cut in two.
_NAME_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "nmod", "obl", "obl:unmarked"})
# The roles of a verb's noun phrase that a name coordinated after it shares.
_SHARED_ROLES = frozenset({"obj", "iobj", "obl"})
# How the parser hangs a second object behind "and" on the verb: coordinated with it, or as
# an oblique without a preposition (which UD never gives).
_CONJUNCT_READINGS = frozenset({"conj", "obl"})
# How the parser hangs a clause after a comma on the clause before it ("…, the group said,
# demanding …").
_CLAUSE_READINGS = frozenset({"parataxis", "advcl", "conj"})
# What only a clause has: a name with one of these coordinated with a verb is no object.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark", "obj"})


def repair_attachments(sent: list[ParsedToken]) -> None:
    """Make an absolute "with" clause a clause; move each meeting's partner phrase to its
    meeting noun, a second object to the first, and a main verb read as a relative clause to
    the top, in place; then the clause repairs of en_clauses.py."""
    for token in sent:
        if (participle := _absolute_participle(token)) is not None:
            _make_absolute_clause(token, participle)
        elif (first := _first_name_of_possessor_read_apart(token)) is not None:
            _join_possessor(first, token)
    _rehang_fronted_phrases(sent)
    rehang_demanded_infinitives(sent)
    rehang_partners(sent)
    for token in sent:
        phrase = _object_of_conjunct_on_verb(token)
        if phrase is not None:
            token.head, token.dep_ = phrase, "conj"
        elif (
            subject := _subject_of_main_verb_read_as_relative(token)
            or _subject_of_main_verb_read_as_modifier(token)
            or _subject_of_main_verb_read_as_complement(token)
        ) is not None:
            _make_main_verb(token, subject)
        elif (name := _name_read_as_root_of_verb(token)) is not None:
            _make_name_an_argument(token, name)
        elif (relative := _relative_clause_missing_its_object(token)) is not None:
            token.head, token.dep_ = relative, "obj"
        elif (subject := _first_of_two_subjects(token)) is not None:
            relative = token.head
            _make_main_verb(token, subject)
            relative.head, relative.dep_ = subject, "acl:relcl"
        elif (clause := _clause_of_participle(token)) is not None:
            if token.dep_ == "ROOT":
                clause.head, clause.dep_ = clause, "ROOT"
            token.head, token.dep_ = clause, "advcl"
    repair_clauses(sent)


def _rehang_fronted_phrases(sent: list[ParsedToken]) -> None:
    for token in sent:
        if (verb := _verb_of_fronted_phrase_in_subject(token)) is not None:
            token.head = verb


def _verb_of_fronted_phrase_in_subject(phrase: ParsedToken) -> ParsedToken | None:
    """The verb of a sentence whose fronted adverbial the parser hung on its subject's title
    or name ("After that interview, then-FBI Director James Comey called …": interview/obl
    of Director; "In January 2009, Defense Secretary Robert Gates"), so that the subject
    phrase began with it and named the actors in it ("At the time the appeals court ruled,
    … Jay Carney") as speakers too. UD hangs an oblique or adverbial clause on a predicate,
    never on a noun; the comma after it closes the adverbial."""
    if phrase.dep_ not in _ADVERBIAL_DEPS or phrase.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    subject = phrase.head
    while subject.dep_ in _PREMODIFIER_DEPS and subject.head.i > subject.i:
        subject = subject.head
    verb = subject.head
    tokens = phrase.doc.tokens
    last = phrase.r_edge  # the comma itself, or the word before it
    comma = tokens[last].text == "," or (last + 1 < len(tokens) and tokens[last + 1].text == ",")
    return (
        verb
        if comma
        and subject.dep_ in {"nsubj", "nsubj:pass"}
        and phrase.i < subject.i < verb.i
        and subject.left_edge.i == phrase.left_edge.i
        else None
    )


def _first_name_of_possessor_read_apart(possessor: ParsedToken) -> ParsedToken | None:
    """The first name of a possessor that the parser cut off and hung, with the preposition
    before it, on the verb ("came to Susan/obl Rice's/nmod:poss defense"): the proper noun
    right before the possessor with no words of its own but that preposition."""
    if possessor.dep_ != "nmod:poss" or possessor.pos_ != "PROPN" or possessor.i == 0:
        return None
    first = possessor.nbor(-1)
    if first.pos_ != "PROPN" or first.dep_ not in {"obl", "nmod", "obj"} or first.head is possessor:
        return None
    children = list(first.children)
    if not children or any(c.dep_ != "case" or c.i > first.i for c in children):
        return None
    possessed = possessor.head
    return first if possessed.i > possessor.i and first.head is not possessed else None


def _join_possessor(first: ParsedToken, possessor: ParsedToken) -> None:
    """The possessor's name whole, under the possessed noun, which takes over the first
    name's place and preposition."""
    possessed = possessor.head
    for case in first.children:
        case.head = possessed
    possessed.head, possessed.dep_ = first.head, first.dep_
    first.head, first.dep_ = possessed, "nmod:poss"
    for mark in [c for c in possessor.children if c.dep_ == "case"]:
        mark.head = first
    possessor.head, possessor.dep_ = first, "flat"


def _absolute_participle(noun: ParsedToken) -> ParsedToken | None:
    """The present participle of an absolute "with" clause that the parser hung on its
    subject ("discuss trade, with the French president/obl facing/acl protests"): UD makes
    the participle the clause, the noun its subject, "with" its mark."""
    if noun.dep_ not in {"obl", "nmod"} or not any(
        c.dep_ == "case" and c.lower_ == "with" for c in noun.children
    ):
        return None
    return next(
        (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > noun.i), None
    )


def _make_absolute_clause(noun: ParsedToken, participle: ParsedToken) -> None:
    """ "with X facing protests": X faces them, no partner of the verb."""
    case = next(c for c in noun.children if c.dep_ == "case")
    participle.head, participle.dep_ = noun.head, "advcl"
    noun.head, noun.dep_ = participle, "nsubj"
    case.head, case.dep_ = participle, "mark"


def _object_of_conjunct_on_verb(conjunct: ParsedToken) -> ParsedToken | None:
    """The noun phrase a name coordinated with a verb really joins: the verb's object (or
    oblique) that ends right before its "and" ("met Italian Prime Minister Silvio Berlusconi
    and German Chancellor Gerhard Schroeder": Gerhard/conj of met, or an oblique without a
    preposition). None when the conjunct has words only a clause has ("and Germany will
    follow")."""
    verb = conjunct.head
    if conjunct.dep_ not in _CONJUNCT_READINGS or verb.pos_ != "VERB":
        return None
    if conjunct.pos_ not in {"PROPN", "NOUN"}:
        return None
    if any(c.dep_ in _CLAUSE_DEPS or c.dep_ == "case" for c in conjunct.children):
        return None
    tokens = conjunct.doc.tokens
    after = conjunct.r_edge + 1
    if after < len(tokens) and tokens[after].pos_ in {"AUX", "VERB"}:
        return None  # "and Germany will host": the subject of a clause the parser broke
    conjunction = conjunct.left_edge
    if conjunction.dep_ != "cc" or conjunction.lower_ not in {"and", "or"}:
        return None
    phrases = [c for c in verb.children if c.dep_ in _SHARED_ROLES and c.i < conjunct.i]
    first = phrases[-1] if phrases else None
    if first is None or first.r_edge + 1 != conjunction.i:
        return None
    return first if first.pos_ in {"PROPN", "NOUN", "PRON"} else None


def _subject_of_main_verb_read_as_relative(verb: ParsedToken) -> ParsedToken | None:
    """The subject of a finite verb the parser hung, without a subject, on the last noun of
    a relative clause of a verbless root ("Democrats who have opposed Mr. Trump's agenda
    praised/acl the airstrikes"): that root noun. A past form needs an object, which a
    reduced passive relative ("the airstrikes ordered by Trump") never has."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS:
        return None
    children = list(verb.children)
    if any(c.dep_ in _CLAUSE_DEPS - {"obj"} for c in children):
        return None
    if verb.tag_ == "VBD" and not any(c.dep_ == "obj" for c in children):
        return None
    if any(c.i < verb.i and c.dep_ != "advmod" for c in children):
        return None  # "also praised", not "agenda, which he praised"
    clause = noun.head
    root = clause.head
    if clause.dep_ != "acl:relcl" or root.dep_ != "ROOT" or root.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ == "cop" for c in root.children):
        return None
    return root


def _subject_of_main_verb_read_as_modifier(verb: ParsedToken) -> ParsedToken | None:
    """The subject of a past verb with an object that the parser hung, without a subject,
    as a modifier on the verbless root noun before it ("Iran's ambassador called/acl
    Netanyahu's remarks baseless"): that noun. A reduced relative is passive ("the remarks
    made by Netanyahu") and has no object."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"}:
        return None
    if noun.dep_ == "conj" and noun.head.dep_ == "ROOT" and noun.head.i < noun.i:
        # "Labour and the Tories clashed/acl over the budget": the verb right after the
        # last conjunct of a verbless root has the whole coordination as its subject
        first = noun.head
        nominal = first.pos_ in {"NOUN", "PROPN"}
        return (
            first
            if nominal and verb.tag_ == "VBD" and verb.i == noun.i + 1 and _only_verb(verb)
            else None
        )
    if noun.i > verb.i or noun.dep_ != "ROOT" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    children = list(verb.children)
    if any(c.dep_ in _CLAUSE_DEPS - {"obj"} for c in children):
        return None
    if any(c.dep_ == "cop" for c in noun.children):
        return None
    if verb.tag_ == "VBD" and any(c.dep_ == "obj" for c in children):
        return noun
    # "The Lib Dems called/VBN on the UN to act.": right after the noun, in a statement
    # that has no other verb, a past form with a to-infinitive (a passive fragment, "Two
    # soldiers killed in an ambush.", has none) is the sentence's verb
    infinitive = any(c.dep_ == "xcomp" and has_to_marker(c) for c in children)
    return noun if infinitive and verb.i == noun.i + 1 and _only_verb(verb) else None


def _only_verb(verb: ParsedToken) -> bool:
    """Whether ``verb`` ends in a full stop with no verb outside its own clause."""
    tokens = verb.doc.tokens
    start = end = verb.sentence_start()
    while end + 1 < len(tokens) and tokens[end + 1].sent_start != 1:
        end += 1
    sentence = [t for t in tokens[start : end + 1] if not t.is_space]
    if not sentence or sentence[-1].text != ".":
        return False
    return not any(t.pos_ == "VERB" and not verb.l_edge <= t.i <= verb.r_edge for t in sentence)


def _clause_of_participle(participle: ParsedToken) -> ParsedToken | None:
    """The clause a participle without a subject right behind the clause's comma belongs to
    as an adverbial clause ("Egypt rebuffed the US, warning Washington against ..."), where the
    parser made it a parenthetical speech verb (parataxis, as "…, Trump said") or the root
    with the clause as its complement; after a parenthetical speech clause, that clause ("…,
    the group said, demanding"). "…, he warned" has a subject and "is warning" an auxiliary:
    kept."""
    if participle.tag_ != "VBG" or participle.i == 0 or participle.nbor(-1).text != ",":
        return None
    if own_subject(participle) is not None or any(
        c.dep_ in {"aux", "aux:pass", "cop", "mark"} for c in participle.children
    ):
        return None
    head = participle.head
    if participle.dep_ in _CLAUSE_READINGS and head.i < participle.i:
        # "…, the group said, demanding": the speaker's participle, not the reported clause's
        speaker = next(
            (
                c
                for c in head.children
                if c.dep_ in _CLAUSE_READINGS
                and head.i < c.i < participle.i
                and c.lemma_.lower() in SPEECH_VERBS
                and own_subject(c) is not None
            ),
            None,
        )
        return speaker or (head if participle.dep_ == "parataxis" else None)
    if participle.dep_ != "ROOT":
        return None
    comma = participle.i - 1
    return next(
        (
            c
            for c in participle.children
            if c.dep_ in {"ccomp", "parataxis"}
            and c.right_edge.i <= comma
            and c.pos_ in {"VERB", "AUX"}
            and own_subject(c) is not None
        ),
        None,
    )


def _subject_of_main_verb_read_as_complement(verb: ParsedToken) -> ParsedToken | None:
    """The subject of a verb with an object that the parser hung as a complement on a
    relative clause without object of a verbless root ("The diplomats that Germany expelled
    left/xcomp Berlin", "The missiles Mr. Putin launched hit/xcomp Syria"): that root noun.
    A complement of its own ("the deal Trump wants to sign", "the aid he helped deliver")
    has "to" or follows a verb of its kind with an object."""
    relative = verb.head
    if verb.dep_ != "xcomp" or verb.pos_ != "VERB" or verb.tag_ not in {"VB", "VBD", "VBN"}:
        return None
    verb_children = list(verb.children)
    if not any(c.dep_ == "obj" for c in verb_children) or any(
        c.dep_ in {"aux", "aux:pass", "mark", "nsubj"} for c in verb_children
    ):
        return None
    if relative.dep_ != "acl:relcl" or relative.i > verb.i:
        return None
    relative_children = list(relative.children)
    if not any(c.dep_ == "nsubj" for c in relative_children) or any(
        c.dep_ == "obj" for c in relative_children
    ):
        return None
    noun = relative.head
    if noun.dep_ != "ROOT" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return None if any(c.dep_ == "cop" for c in noun.children) else noun


def _name_read_as_root_of_verb(verb: ParsedToken) -> ParsedToken | None:
    """The name the parser made the root, with the verb's subject as its subject and the verb
    a modifier of that subject ("The envoy/nsubj met/acl with President Recep/ROOT Tayyip
    Erdogan"): a finite past verb without object between its subject and the name."""
    subject = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or subject.dep_ != "nsubj":
        return None
    name = subject.head
    if name.dep_ != "ROOT" or name.pos_ != "PROPN" or not subject.i < verb.i < name.i:
        return None
    return None if any(c.dep_ in {"obj", "nsubj"} for c in verb.children) else name


def _make_name_an_argument(verb: ParsedToken, name: ParsedToken) -> None:
    """The verb becomes the root with the subject; the name its oblique (after a preposition)
    or object, and the name's adverbials and final full stop the verb's."""
    subject = verb.head
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    moved = [c for c in name.children if c.dep_ in {"obl", "punct", "advmod"} and c.i > name.i]
    first = name.doc.tokens[name.l_edge]
    name.head, name.dep_ = verb, "obl" if first.dep_ == "case" else "obj"
    for child in moved:
        child.head = verb
    rehang_case_on_phrase_head(first)  # "with" hung on the title "President"


def _relative_clause_missing_its_object(noun: ParsedToken) -> ParsedToken | None:
    """The relative clause whose object the parser made a second subject of the main verb
    ("Republicans who had opposed the deal/nsubj praised the king", with Republicans/nsubj
    of praised too): the clause between the two subjects, when its verb has no object."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i < noun.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[1] is not noun:
        return None
    relative = next((c for c in subjects[0].children if c.dep_ == "acl:relcl"), None)
    if relative is None or not subjects[0].i < relative.i < noun.i or relative.pos_ != "VERB":
        return None
    return None if any(c.dep_ in {"obj", "ccomp", "xcomp"} for c in relative.children) else relative


def _first_of_two_subjects(verb: ParsedToken) -> ParsedToken | None:
    """The subject of a verb with an object that the parser hung as a complement on the
    root of a reduced relative clause, the root then holding both subjects ("The missiles
    Mr. Putin/nsubj launched hit/xcomp Syria", missiles/nsubj of launched as well): the first
    of the two, whose relative clause the root is."""
    clause = verb.head
    if verb.dep_ != "xcomp" or clause.dep_ != "ROOT" or clause.i > verb.i:
        return None
    if not any(c.dep_ == "obj" for c in verb.children) or any(
        c.dep_ in {"aux", "aux:pass", "mark", "nsubj"} for c in verb.children
    ):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or any(c.dep_ == "obj" for c in clause.children):
        return None
    return subjects[0] if subjects[1].i < clause.i else None


def _make_main_verb(verb: ParsedToken, subject: ParsedToken) -> None:
    """``verb`` becomes the root with ``subject``, the old root, as its subject; the final
    full stop moves with it."""
    verb.head, verb.dep_ = verb, "ROOT"
    punctuation = [c for c in subject.children if c.dep_ == "punct" and c.i > verb.i]
    subject.head, subject.dep_ = verb, "nsubj"
    for mark in punctuation:
        mark.head = verb


def rehang_case_on_phrase_head(case: ParsedToken) -> None:
    """ "from President Trump", "with North Korean leader Kim Jong-un", "from ABC News":
    the preposition hung on the title or first word, a modifier that takes no preposition
    in UD, so the phrase lost it; it moves to the head of the phrase (when that head has
    none of its own)."""
    if case.dep_ != "case" or case.pos_ != "ADP":
        return
    head = case.head
    for _ in case.doc.tokens:  # bounded: the walk goes up a chain of modifiers
        if head.dep_ not in _PREMODIFIER_DEPS or head.head.i <= head.i:
            break
        head = head.head
    if head.i == case.head.i or case.i > head.l_edge:
        return
    if any(c.dep_ == "case" for c in head.children):
        return
    case.head = head
    # "offered support to Mr. Biden", "met with President Erdogan" (Erdogan/xcomp): with a
    # preposition the phrase is no object or complement ("regarded as" keeps its xcomp)
    if head.dep_ in _OBJECT_DEPS and head.head.pos_ == "VERB" and case.lower_ != "as":
        head.dep_ = "obl"


def is_name_part_read_apart(token: ParsedToken) -> bool:
    """A proper noun right after another that the parser cut off its name: as an adverb
    ("Kim Jong-un": Jong-un/advmod), as a second subject or object of the same word
    ("Mitt/nsubj Romney/nsubj wants"), or, without words of its own and not a subject,
    after a name's last part ("Rep. Paul Ryan" with Ryan/obl:unmarked of the verb). Not a
    time ("Monday")."""
    if token.pos_ != "PROPN" or token.i == 0 or token.lower_ in TIME_NOUNS:
        return False
    before = name_part_before(token)
    if before.pos_ != "PROPN" or token.head.i == before.i or before.head.i == token.i:
        return False
    if token.dep_ == "advmod":
        return True
    if any(c.dep_ == "case" for c in token.children):
        return False
    name = before.head if before.dep_ == "flat" else before
    if token.dep_ == name.dep_ and token.head.i == name.head.i:
        return token.dep_ in _NAME_ROLES
    # a subject stays: the parser more often ends a name too early than starts the clause
    # inside one ("Facebook Twitter Pinterest Barack Obama/nsubj speaks")
    bare = not any(True for _ in token.children) and not token.dep_.startswith("nsubj")
    return before.dep_ == "flat" and bare


def name_part_before(token: ParsedToken) -> ParsedToken:
    """The word before ``token``, or before the hyphen written between them ("Abu Bakr
    al-Baghdadi")."""
    before = token.nbor(-1)
    if before.text != "-" or token.i < 2 or before.idx + 1 != token.idx:
        return before
    first = token.nbor(-2)
    return first if first.idx + len(first.text) == before.idx else before


def subject_of_content_read_as_conjunct(verb: ParsedToken) -> ParsedToken | None:
    """ "Authorities say Abdeslam fled to Brussels", "a communique said an Iranian brigade,
    backed by tanks, launched the attack": what a speech verb reports without "that", read
    as its object ("Abdeslam") and a second verb coordinated with it, though no "and"
    joins them. Returns that object, the subject of the reported clause; only when the
    verb is finite, has no subject of its own and follows the object right after it or
    after a parenthesis set off by commas."""
    speech = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or own_subject(verb) is not None:
        return None
    if speech.pos_ != "VERB" or speech.lemma_.lower() not in SPEECH_VERBS:
        return None
    if _in_relative_clause(speech):  # "Jessome, who said ..., expects": the main verb
        return None
    children = list(verb.children)
    finite = verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "aux:pass"} for c in children)
    if not finite or any(c.dep_ == "cc" for c in children):
        return None
    if any(c.dep_ == "ccomp" for c in speech.children):
        return None
    obj = next((c for c in speech.children if c.dep_ == "obj" and c.i < verb.i), None)
    if obj is None or obj.l_edge != speech.i + 1:
        return None
    # commas between the object and the verb come in pairs around a parenthesis; one alone
    # ends the object's own clause ("his wife planned to vote for Trump, expects")
    tokens = verb.doc.tokens
    commas = sum(t.text == "," for t in tokens[obj.i + 1 : verb.i])
    gap = tokens[obj.r_edge + 1 : verb.l_edge]
    return obj if commas % 2 == 0 and (not gap or gap[0].text == ",") else None


def _in_relative_clause(verb: ParsedToken) -> bool:
    """A relative clause, also one the parser did not label so ("- which has added ... -")."""
    return verb.dep_ == "acl:relcl" or any(
        c.tag_ in {"WDT", "WP"} or "Rel" in c.feature("PronType")
        for c in verb.children
        if c.dep_.startswith("nsubj")
    )

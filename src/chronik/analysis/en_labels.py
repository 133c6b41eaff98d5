"""Dependency labels no UD parse gives, set right before the parse repairs (en_repair.py).

A smaller parser (model 1.3.0) attaches most words where the larger one did but now and then
picks a label UD never gives that structure: a copular clause as a verb's object ("said Kim
was a great leader"), an adjective as an adverb ("called the plan absurd"), a plural noun
as a verb form ("ignored EU calls for restraint"), the second object of "call" as a bare
oblique ("called Putin a liar", also after a first object read as the only one), a
preposition as a clause's mark ("asked the UN for help"), a verb with a modal as an
adjective ("will lower/JJR its tariffs"), an object or a noun's prepositional phrase as a
parataxis (an of-phrase also as a conjunct or clause), a modal perfect's "have" as the verb
("would have/VB involved/JJ members"), the outer subject of "is to" as a plain subject, the
named subject of "plans/NNS to" as a compound, a subordinate gerund as the modifier of the
name it takes as object ("after meeting/nmod:desc Kim/obl Jong-un"), a gerund with an
object as an oblique noun ("After meeting/NOUN/obl Putin, Trump flew"), a prepositional phrase
as a clausal complement ("said Gaymard, after a meeting/ccomp with Eichel").
Each repair needs such a label, so a right parse is kept.
"""

from __future__ import annotations

from .en_tokens import ParsedToken
from .en_voice import has_to_marker

# The slots of a noun phrase: a finite verb form in one with a noun's dependents is a noun.
_NOUN_SLOTS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod"})
_NOUN_DEPENDENTS = frozenset({"det", "compound", "amod", "nmod:poss"})
_INDEFINITE = frozenset({"a", "an"})
# Verbs that name their object something ("called Pence a dummy", "branded him a traitor").
_NAMING_VERBS = frozenset({"call", "brand", "dub", "label", "name"})
# Labels of a word the parser hung on a name as its modifier ("meeting/nmod:desc Kim").
_NAME_MODIFIER_DEPS = frozenset({"nmod:desc", "amod", "compound"})
# Labels of a noun's phrase the parser cut off from it as a clause of the verb.
_CUT_OFF_DEPS = frozenset({"parataxis", "conj", "ccomp", "advcl", "appos", "dep", "xcomp"})


def repair_labels(sent: list[ParsedToken]) -> None:
    """Relabel, in place, the structures above."""
    _unfold_gerunds(sent)
    _open_gerund_clauses(sent)
    for token in sent:
        if (have := _perfect_auxiliary_read_as_verb(token)) is not None:
            _make_perfect(token, have)
        elif _is_clause_read_as_object(token):
            token.dep_ = "ccomp"
        elif _is_predicative_read_as_adverb(token):
            token.dep_ = "xcomp"
        elif _is_noun_read_as_verb_form(token):
            token.pos_, token.tag_ = "NOUN", "NNS" if token.tag_ == "VBZ" else "NN"
        elif _is_second_object_read_as_oblique(token):
            token.dep_ = "obj"
        elif (first := _first_object_of_naming(token)) is not None:
            first.dep_, token.dep_ = "iobj", "obj"
        elif _is_verb_read_as_adjective(token):
            token.pos_, token.tag_ = "VERB", "VB"
        elif (verb := _verb_of_object_read_as_parataxis(token)) is not None:
            token.head, token.dep_ = verb, "obj"
        elif (noun := _noun_of_phrase_read_as_parataxis(token)) is not None:
            token.head, token.dep_ = noun, "nmod"
        elif _is_outer_subject_read_as_subject(token):
            token.dep_ = "nsubj:outer"
        elif _is_subject_read_as_compound_of_plans(token):
            token.dep_ = "nsubj"
        elif _is_phrase_read_as_clause(token):
            token.dep_ = "obl"
        elif _is_case_read_as_mark(token):
            token.dep_ = "case"
            if token.head.dep_ == "advcl":
                token.head.dep_ = "obl"


def _unfold_gerunds(sent: list[ParsedToken]) -> None:
    for token in sent:
        if (name := _name_after_gerund(token)) is not None:
            # the gerund heads a clause where the name stood, the name its object
            top = name.dep_ == "ROOT"
            token.head, token.dep_ = (token, "ROOT") if top else (name.head, "advcl")
            token.pos_ = "VERB"
            name.head, name.dep_ = token, "obj"


def _open_gerund_clauses(sent: list[ParsedToken]) -> None:
    for token in sent:
        if _is_gerund_read_as_noun(token):
            token.pos_, token.dep_ = "VERB", "advcl"
            for child in token.children:
                if child.dep_ == "case":
                    child.dep_ = "mark"


def _name_after_gerund(gerund: ParsedToken) -> ParsedToken | None:
    """The name a subordinate gerund was hung on as a modifier ("after meeting/nmod:desc
    Kim/obl Jong-un": "meeting Kim" read as a name), or None: a gerund with a conjunction
    of its own ("after", "before", "while") right before the name's phrase."""
    name = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ not in _NAME_MODIFIER_DEPS or name.pos_ != "PROPN":
        return None
    opened = any(c.dep_ == "mark" for c in gerund.children)
    return name if opened and gerund.i < name.i else None


def _is_clause_read_as_object(token: ParsedToken) -> bool:
    """A nominal predicate with its own subject and copula is a clause, not an object:
    "said Kim was/cop a great leader/obj"."""
    if token.dep_ not in {"obj", "iobj"}:
        return False
    labels = {c.dep_ for c in token.children}
    return "cop" in labels and ("nsubj" in labels or "nsubj:pass" in labels)


def _is_predicative_read_as_adverb(token: ParsedToken) -> bool:
    """An adjective after a verb's object says what the object is: "called the plan
    absurd/advmod"."""
    if token.tag_ != "JJ" or token.dep_ != "advmod" or token.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "obj" and c.i < token.i for c in token.head.children)


def _is_noun_read_as_verb_form(token: ParsedToken) -> bool:
    """A finite verb form in a noun's slot, with a noun's dependents and no subject of its
    own: "ignored EU/compound calls/VBZ/obj for restraint"."""
    if token.tag_ not in {"VBZ", "VBP"} or token.dep_ not in _NOUN_SLOTS:
        return False
    labels = {c.dep_ for c in token.children}
    return bool(labels & _NOUN_DEPENDENTS) and not labels & {"nsubj", "nsubj:pass", "aux"}


def _is_second_object_read_as_oblique(token: ParsedToken) -> bool:
    """An indefinite noun phrase after an indirect object, without a preposition, is the
    second object: "called Putin/iobj a liar/obl:unmarked"."""
    return _indefinite_bare_oblique(token) and any(
        c.dep_ == "iobj" and c.i < token.i for c in token.head.children
    )


def _first_object_of_naming(token: ParsedToken) -> ParsedToken | None:
    """The object before an indefinite noun phrase a verb of naming takes without a
    preposition, which is the second object: "called Vice President/obj Mike Pence a
    dummy/obl:unmarked" names Pence a dummy, no phone call to him."""
    if not _indefinite_bare_oblique(token) or token.head.lemma_ not in _NAMING_VERBS:
        return None
    return next((c for c in token.head.children if c.dep_ == "obj" and c.i < token.i), None)


def _indefinite_bare_oblique(token: ParsedToken) -> bool:
    """A noun with "a" / "an" the parser hung on its verb without a preposition."""
    return (
        token.dep_ == "obl:unmarked"
        and token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children)
    )


def _is_case_read_as_mark(token: ParsedToken) -> bool:
    """A preposition before a noun that heads no clause (no copula, no subject) is its case
    marker: "asked the UN for/mark help"."""
    head = token.head
    if token.dep_ != "mark" or token.tag_ != "IN" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(c.dep_ in {"cop", "nsubj", "nsubj:pass", "aux"} for c in head.children)


def _is_gerund_read_as_noun(token: ParsedToken) -> bool:
    """A gerund with a direct object, hung on a verb as a noun behind a preposition (or the
    conjunction the parser saw), heads a subordinate clause: "After meeting/NOUN/obl
    Putin/obj in Helsinki, Trump flew home"."""
    if token.tag_ != "VBG" or token.pos_ != "NOUN" or token.dep_ != "obl":
        return False
    labels = {c.dep_ for c in token.children}
    return token.head.pos_ == "VERB" and "obj" in labels and bool(labels & {"case", "mark"})


def _is_phrase_read_as_clause(token: ParsedToken) -> bool:
    """A noun that opens with its preposition and heads no clause (no copula, subject or
    auxiliary) is an oblique, not a complement clause: "said Gaymard, after a meeting/ccomp
    with Eichel"."""
    if token.dep_ != "ccomp" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    children = list(token.children)
    if any(c.dep_ in {"cop", "nsubj", "nsubj:pass", "aux"} for c in children):
        return False
    # not "that/case": a complementizer the parser took for a preposition
    return any(c.dep_ == "case" and c.pos_ == "ADP" and c.i < token.i for c in children)


def _is_verb_read_as_adjective(token: ParsedToken) -> bool:
    """An adjective with a modal auxiliary and an object is a verb: "China will lower/JJR its
    tariffs"."""
    if not token.tag_.startswith("JJ"):
        return False
    labels = {c.dep_ for c in token.children}
    return "obj" in labels and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


def _verb_of_object_read_as_parataxis(token: ParsedToken) -> ParsedToken | None:
    """The verb right before a noun phrase that the parser cut off as a parataxis, when the
    verb has no object: "set to meet North Korean leader Kim/parataxis Jong Un"."""
    if token.dep_ != "parataxis" or token.pos_ not in {"PROPN", "NOUN"}:
        return None
    if any(c.dep_ in {"nsubj", "cop", "aux", "case"} for c in token.children):
        return None
    first = token.doc.tokens[token.l_edge] if token.l_edge > 0 else None
    verb = token.doc.tokens[token.l_edge - 1] if first is not None else None
    if verb is None or verb.pos_ != "VERB" or verb.i < token.head.i:
        return None
    return None if any(c.dep_ in {"obj", "ccomp"} for c in verb.children) else verb


def _noun_of_phrase_read_as_parataxis(token: ParsedToken) -> ParsedToken | None:
    """The noun right before a prepositional phrase that the parser cut off as a parataxis
    ("an invitation from leader Kim/parataxis Jong Un"), or an of-phrase cut off as any
    clause ("the arrest of opposition leader Alexei/conj Navalny", "the death of journalist
    Jamal/ccomp Khashoggi"): a phrase with a preposition and no clause of its own modifies
    the noun it follows."""
    if token.dep_ not in _CUT_OFF_DEPS or token.pos_ not in {"PROPN", "NOUN"}:
        return None
    if any(c.dep_ in {"nsubj", "cop", "aux"} for c in token.children) or token.l_edge == 0:
        return None
    tokens = token.doc.tokens
    case = tokens[token.l_edge]
    if case.dep_ != "case" or (token.dep_ != "parataxis" and case.lower_ != "of"):
        return None
    noun = tokens[token.l_edge - 1]
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _perfect_auxiliary_read_as_verb(participle: ParsedToken) -> ParsedToken | None:
    """The "have" of a modal perfect that the parser made the verb, with the participle an
    adjective below it ("an order that would have/VB involved/JJ/xcomp four members")."""
    have = participle.head
    if participle.dep_ != "xcomp" or not participle.tag_.startswith(("JJ", "VBN")):
        return None
    if have.lemma_ != "have" or have.i + 1 != participle.i:
        return None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in have.children)
    return have if modal and any(c.dep_ == "obj" for c in participle.children) else None


def _make_perfect(participle: ParsedToken, have: ParsedToken) -> None:
    """The participle takes the place of "have", its subject and auxiliaries."""
    participle.pos_, participle.tag_ = "VERB", "VBN"
    participle.head, participle.dep_ = (
        (participle, "ROOT")
        if have.dep_ == "ROOT"
        else (
            have.head,
            have.dep_,
        )
    )
    for child in [c for c in have.children if c is not participle]:
        child.head = participle
    have.head, have.dep_ = participle, "aux"


def _is_outer_subject_read_as_subject(subject: ParsedToken) -> bool:
    """The subject of a copula before a to-infinitive is the outer subject of that clausal
    predicate, as UD has it ("The chancellor's challenge/nsubj is to appeal to voters"): the
    parse repairs then tell "is to" that announces from "is to" that defines."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB" or subject.i > verb.i:
        return False
    return any(c.dep_ == "cop" for c in verb.children) and has_to_marker(verb)


def _is_subject_read_as_compound_of_plans(name: ParsedToken) -> bool:
    """A name right before a plural noun with a to-infinitive and no determiner is that
    verb's subject ("South Korea/compound plans/NNS to send an envoy"), which the parse
    repairs then make a verb; "the EU plans to …" stays a noun phrase."""
    noun = name.head
    if name.dep_ != "compound" or name.pos_ != "PROPN" or noun.i != name.i + 1:
        return False
    if noun.tag_ not in {"NNS", "VBZ"}:
        return False
    children = list(noun.children)
    if any(c.dep_ in {"det", "nmod:poss", "nsubj"} for c in children):
        return False
    return any(c.dep_ in {"acl", "xcomp"} and has_to_marker(c) for c in children)

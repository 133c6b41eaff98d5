"""Dependency labels no UD parse gives, set right before the parse repairs (en_repair.py).

A smaller parser (model 1.3.0) attaches most words where the larger one did but now and then
picks a label UD never gives that structure: a copular clause as a verb's object ("said Kim
was a great leader"), an adjective as an adverb ("called the plan absurd"), a plural noun
as a verb form ("ignored EU calls for restraint"), the second object of "call" as a bare
oblique ("called Putin a liar"). Each repair needs such a label, so a right parse is kept.
"""

from __future__ import annotations

from .en_tokens import ParsedToken

# The slots of a noun phrase: a finite verb form in one with a noun's dependents is a noun.
_NOUN_SLOTS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod"})
_NOUN_DEPENDENTS = frozenset({"det", "compound", "amod", "nmod:poss"})
_INDEFINITE = frozenset({"a", "an"})


def repair_labels(sent: list[ParsedToken]) -> None:
    """Relabel, in place, the structures above."""
    for token in sent:
        if _is_clause_read_as_object(token):
            token.dep_ = "ccomp"
        elif _is_predicative_read_as_adverb(token):
            token.dep_ = "xcomp"
        elif _is_noun_read_as_verb_form(token):
            token.pos_, token.tag_ = "NOUN", "NNS" if token.tag_ == "VBZ" else "NN"
        elif _is_second_object_read_as_oblique(token):
            token.dep_ = "obj"


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
    if token.dep_ != "obl:unmarked" or token.pos_ != "NOUN":
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in children):
        return False
    return any(c.dep_ == "iobj" and c.i < token.i for c in token.head.children)

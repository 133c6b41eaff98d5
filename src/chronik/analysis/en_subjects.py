"""Who does what an English clause says: its own subject, or the one it leaves understood
(a later conjunct's, an infinitive's, a participle's), read from the parse for
:mod:`chronik.analysis.en_frames` and the parse repairs; and the one repair that reading
implies: an infinitive whose subject a noun of demand's "for" phrase names hangs on that
noun (:func:`rehang_demanded_infinitives`, called from en_attach)."""

from __future__ import annotations

from .en_lexicon import DEMAND_NOUNS, OBJECT_CONTROL_VERBS
from .en_modifiers import of_time_or_unmarked
from .en_tokens import ParsedToken
from .en_voice import has_to_marker, preposition

_AUXILIARY_DEPS = frozenset({"aux", "aux:pass"})


def own_subject(verb: ParsedToken) -> ParsedToken | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubj:pass"}:
            return resolve_relative(child)
    return None


def resolve_relative(token: ParsedToken) -> ParsedToken:
    """A relative pronoun ("who", "which", "that") stands for the noun its clause modifies."""
    clause = token.head
    if "Rel" in token.feature("PronType") and clause.dep_ == "acl:relcl":
        return clause.head
    return token


def first_conjunct(token: ParsedToken) -> ParsedToken:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def inherited_subject(verb: ParsedToken, first: ParsedToken) -> ParsedToken | None:
    """The understood subject: of the first conjunct ("Trump met Kim and signed"), of the
    controlling verb ("Trump plans to meet"; its object in "urged Kim to meet"), or the noun
    a participle modifies ("the envoy sent to Hanoi"), or of what an adverbial participle
    of time or without conjunction hangs on ("were skeptical, saying", "after
    meeting"); or the subject the parser hung on the clause's auxiliary
    ("Pyongyang has/nsubj← either denied or ignored")."""
    if first is not verb:
        subject = own_subject(first)
        if subject is not None:
            return subject
        verb = first
    on_auxiliary = next(
        (s for c in verb.children if c.dep_ in _AUXILIARY_DEPS and (s := own_subject(c))), None
    )
    if on_auxiliary is not None:
        return on_auxiliary
    if has_to_marker(verb) and (named := _for_subject(verb)) is not None:
        return named
    # A to-infinitive: its controller's object ("urged Putin to release") or subject.
    # Purpose clauses skip a direct object: "visited Hanoi to meet Kim".
    purpose = verb.dep_ == "advcl" and has_to_marker(verb)
    if verb.dep_ == "xcomp" or purpose:
        controller = verb.head
        direct = not purpose and controller.lemma_.lower() in OBJECT_CONTROL_VERBS
        obj = _object_controller(controller, direct=direct)
        if obj is not None:
            return obj
        return own_subject(controller) or inherited_subject(controller, first_conjunct(controller))
    if verb.dep_ == "acl" and not has_to_marker(verb):
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and of_time_or_unmarked(verb):
        head = verb.head  # not "alone in backing", "accused Obama of emboldening Iran"
        return own_subject(head) or inherited_subject(head, first_conjunct(head))
    return None


def _object_controller(verb: ParsedToken, *, direct: bool) -> ParsedToken | None:
    """The object that is the understood subject of the verb's infinitive: "urged Putin to
    release", "called on North Korea to return"."""
    for child in verb.children:
        if child.dep_ == "iobj" or (direct and child.dep_ == "obj"):
            return child
    for child in verb.children:
        if child.dep_ == "obl" and preposition(child) in {"on", "upon"}:
            return child
    return None


def rehang_demanded_infinitives(sent: list[ParsedToken]) -> None:
    """Hang a to-infinitive right after the "for" phrase of a noun of demand on that noun
    ("backed France's call for Mali to withdraw": withdraw/advcl of backed): it is what the
    call asks for (events_infinitives.only_asked_for), no act of the clause's subject."""
    for verb in sent:
        if verb.pos_ != "VERB" or not has_to_marker(verb):
            continue
        named = _for_subject(verb)
        if named is not None and verb.head.i != named.head.i:
            verb.head, verb.dep_ = named.head, "acl"


def _for_subject(verb: ParsedToken) -> ParsedToken | None:
    """The subject a "for" phrase right before a to-infinitive names, where the phrase hangs
    on a noun of demand: "France's call for Mali to withdraw" (Mali is to withdraw, not
    whoever backed the call)."""
    marker = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "to")
    if marker.i == 0:  # "To …" opening the text: nothing before it
        return None
    token = verb.doc.tokens[marker.i - 1]
    for _ in range(8):  # up through a name's parts ("for Kim Jong Un")
        if preposition(token) == "for":
            head = token.head
            demand = head.pos_ == "NOUN" and head.lemma_.casefold() in DEMAND_NOUNS
            return token if demand else None
        if token.head.i == token.i or token.head.r_edge != token.r_edge:
            return None
        token = token.head
    return None

"""The voice of an English clause from its parse: the to-infinitive marker, the passive
(also a bare participle: "the attack launched by Russia"), and the preposition a
prepositional passive leaves behind ("the patrol was fired on by rebels"), and the preposition
in front of a phrase."""

from __future__ import annotations

from ..records import ArgumentRole
from .en_lexicon import STRANDED_PREPOSITIONS
from .en_tokens import ParsedToken


def has_to_marker(verb: ParsedToken) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)


def is_passive(verb: ParsedToken) -> bool:
    """A passive auxiliary or subject, or a bare past participle on a noun ("220 men killed",
    "the attack launched by Russia") or an object ("left them wounded"): done to the noun."""
    if any(c.dep_ in {"nsubj:pass", "aux:pass", "csubj:pass"} for c in verb.children):
        return True
    participle = verb.dep_ in {"xcomp", "acl"} and verb.tag_ == "VBN"
    return participle and not has_to_marker(verb)


def stranded_preposition(verb: ParsedToken) -> ParsedToken | None:
    """The preposition a passive prepositional verb leaves right behind it ("was fired on
    by troops", "were lied to by Petraeus", "was shot at."): the parser makes it a second
    case word of the agent or a bare modifier of the verb. None when it governs a noun of
    its own ("was fired on Tuesday") or the verb is active."""
    tokens = verb.doc.tokens
    if verb.i + 1 >= len(tokens) or tokens[verb.i + 1].lower_ not in STRANDED_PREPOSITIONS:
        return None
    if not is_passive(verb):
        return None
    word = tokens[verb.i + 1]
    after = tokens[word.i + 1] if word.i + 1 < len(tokens) else None
    if after is not None and after.lower_ == "by" and after.dep_ == "case":
        return word if word.head.i in {after.head.i, verb.i} else None
    bare = word.head.i == verb.i and not any(True for _ in word.children)
    return word if bare and (after is None or after.is_punct) else None


def subject_slot(verb: ParsedToken) -> tuple[ArgumentRole, str | None]:
    """Role and preposition of the verb's subject: ``subj``, or in a prepositional passive
    the preposition left behind: "the patrol was fired on by rebels" reads as "rebels fired
    on the patrol", so the patrol fills ``pp:on`` (the "by" phrase stays ``agent``)."""
    stranded = stranded_preposition(verb)
    return ("subj", None) if stranded is None else ("pp", stranded.lower_)


def preposition(phrase: ParsedToken) -> str | None:
    """The (possibly multiword: "because of") preposition marking a phrase, lowercased."""
    return " ".join(t.lower_ for t in case_markers(phrase)) or None


def case_markers(phrase: ParsedToken) -> list[ParsedToken]:
    """The words of the preposition in front of a phrase ("out of" may be one case word
    with a fixed second word, or two case words)."""
    words = []
    for child in phrase.children:
        if child.dep_ == "case" and child.i < phrase.i:
            words += [child, *(f for f in child.children if f.dep_ == "fixed")]
    return sorted(words, key=lambda t: t.i)

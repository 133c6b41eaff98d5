"""Definite descriptions that refer back (part of the ActorCoder stage, references.py):

- "the isolated state", "das abgeschottete Land", "the country", "der Staat" (a definite
  article, adjectives, a state noun) → the country named last, at most two sentences back;
- "der Machthaber", "the leader", "the envoy", "der Sondergesandte", "der Präsident" (a
  definite article, adjectives, a title with no country or name) → the person named last,
  at most two sentences back, who holds a government office (``…GOV``);
- "der Demokrat", "the Republican", "der 57-Jährige" → the person named last, at most two
  sentences back.

The Actor's span is the description, its ``antecedent`` the mention it stands for. Only
with tokens (the analyzers' sentences), and never where the dictionary already coded a
mention ("der US-Präsident", "the Syrian government").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from .actors import Mention
from .document import Document
from .records import Actor, Span, Token

STATE_NOUNS = frozenset({"state", "country", "staat", "land", "landes", "staates"})
LEADER_NOUNS = frozenset(
    {"machthaber", "machthabers", "leader", "dictator", "strongman", "ruler", "staatschef",
     "staatschefs", "diktator", "diktators", "herrscher", "herrschers", "envoy", "gesandte",
     "gesandten", "sondergesandte", "sondergesandten", "emissary", "spokesman", "spokeswoman",
     "sprecher", "sprecherin"}
)  # fmt: skip
# Heads of state and government: "der Präsident", "the president" (not "der US-Präsident",
# which the dictionary codes).
HEAD_NOUNS = frozenset(
    {"präsident", "präsidenten", "präsidentin", "president", "kanzler", "kanzlers",
     "kanzlerin", "chancellor", "premier", "premiers", "regierungschef", "regierungschefs",
     "regierungschefin"}
)  # fmt: skip
# Nouns that stand for any person named last: party members and ages ("der Demokrat",
# "the Republican", "der 57-Jährige").
PERSON_NOUNS = frozenset(
    {"demokrat", "demokraten", "demokratin", "republikaner", "republikanerin", "democrat",
     "republican", "konservative", "konservativen", "sozialdemokrat", "sozialdemokraten"}
)  # fmt: skip
DEFINITE_ARTICLES = frozenset({"the", "der", "die", "das", "des", "dem", "den"})
_REACH = 2  # sentences back


def resolve_descriptions(
    doc: Document, named: Sequence[tuple[Mention, Span]], coded: Sequence[Actor]
) -> list[Actor]:
    """An Actor per definite description that refers to a recently named country or person."""
    starts = [sent.start for sent in doc.sentences]
    taken = [a.span for a in coded]
    actors = []
    for sent in doc.sentences:
        for index, token in enumerate(sent.tokens):
            word = token.text.casefold()
            accept = _accepts(word)
            if accept is None:
                continue
            first = _definite_start(sent.tokens, index)
            if first is None:
                continue
            span = Span(first.start, token.end, doc.article.text[first.start : token.end])
            if any(s.start < span.end and span.start < s.end for s in taken):
                continue
            found = _latest(named, span, starts, accept)
            if found is not None:
                mention, earlier = found
                actors.append(Actor(mention.code, span, mention.entry, mention.name, earlier))
    return actors


def _accepts(word: str) -> Callable[[Mention], bool] | None:
    if word in STATE_NOUNS:
        return lambda m: m.kind == "country"
    if word in LEADER_NOUNS or word in HEAD_NOUNS:
        return lambda m: m.kind == "person" and m.code.endswith("GOV")
    if word in PERSON_NOUNS or word.endswith(("-jährige", "-jährigen")):
        return lambda m: m.kind == "person"
    return None


def _definite_start(tokens: Sequence[Token], index: int) -> Token | None:
    """The definite article before the noun at ``index``, past adjectives ("the isolated")."""
    position = index - 1
    while position >= 0 and (tokens[position].pos == "ADJ" or tokens[position].tag == "VBN"):
        position -= 1
    if position >= 0 and tokens[position].text.casefold() in DEFINITE_ARTICLES:
        return tokens[position]
    return None


def _latest(
    named: Sequence[tuple[Mention, Span]],
    span: Span,
    starts: Sequence[int],
    accept: Callable[[Mention], bool],
) -> tuple[Mention, Span] | None:
    here = bisect_right(starts, span.start)
    for mention, earlier in reversed(named):
        if earlier.start >= span.start:
            continue
        if here - bisect_right(starts, earlier.start) > _REACH:
            return None
        if accept(mention):
            return mention, earlier
    return None

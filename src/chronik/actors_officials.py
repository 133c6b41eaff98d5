"""A government's people and offices named by an institution word and no country (part of
the ActorCoder stage, references.py, English only): "Defense officials", "federal
officials", "a Foreign Ministry spokesman", "the federal government" are the government
(``…GOV``: PETRARCH's GOVERNMENT_OFFICIAL, STATE_OFFICIAL, ADMINISTRATION) of the
article's main country, and "the spokesman" after such a spokesperson is theirs; "the
administration", "administration officials" and "state officials" are the American ones,
in an article whose main country is the US or that names no country at all (English news
writes them of a US president's government and of the states'; other governments are "the
government"; the real-news gold codes every "the administration" USAGOV), and so is a
sitting "the president" that nothing before resolved (references_descriptions.py: the
office holder named just before, or titled so anywhere earlier). The bare "officials" and
"the government" stay with the rules that read their sentence (a country named there or
just before): they are as often another country's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .document import Document
from .records import Actor, Span, Token

_ADMINISTRATION = "administration"
# Words before "officials"/"official" that make them a government's: "top Defense
# officials", "federal officials" ("administration officials" are American; "state
# officials" as often of a "member state" as of a US state).
_INSTITUTIONS = frozenset(
    {"government", "federal", "department", "defense", "defence", "pentagon", "treasury",
     "cabinet", "ministry"}
)  # fmt: skip
# In American news the states' and cities' governments are the country's ("state
# officials", "a New York state political official", "city officials"), as annotators code
# them; elsewhere "state officials" are as often a member state's.
_AMERICAN_INSTITUTIONS = frozenset({_ADMINISTRATION, "state", "city", "county"})
# Words between the institution and "officials": "state political officials".
_QUALIFIERS = frozenset({"political", "senior", "top", "elected"})
# A government's people: its officials and its spokespeople ("a Foreign Ministry spokesman
# said", "a government spokeswoman").
_OFFICIALS = frozenset(
    {"officials", "official", "spokesman", "spokeswoman", "spokesperson", "spokesmen"}
)
_DETERMINERS = frozenset({"the", "this", "that"})
_GOVERNMENT = "government"
_FEDERAL = "federal"
# "the administration of justice", "the administration of the vaccine", "the Administration
# for Children and Families": no government, unless the "of" is a verb's charge ("accused
# the administration of sabotage") or "for" gives a reason ("blamed the administration for
# the delays": a lower-case word after it).
_OF, _FOR = "of", "for"
_CHARGE_VERBS = frozenset({"accuse", "suspect", "convict"})
_PRESIDENT = "president"
# American states' and cities' executives as a group, the country's government as
# annotators code "Democratic Mayors back Obama's plan" (one of them is a titled person).
_OFFICE_HOLDERS = frozenset({"governors", "mayors"})
_NOT_BEFORE_OFFICE_HOLDERS = frozenset({"bank", "central", "of", "board", "school"})
_GENERAL, _ATTORNEYS = "general", "attorneys"  # "state attorneys general"
_PHRASE_ENDS = _OFFICIALS | _OFFICE_HOLDERS | {_ADMINISTRATION, _GOVERNMENT, _PRESIDENT, _GENERAL}
_AMERICA = "USA"
# "the former president", "the next president": not the one in office.
_NOT_SITTING = frozenset(
    {"former", "late", "past", "previous", "next", "future", "incoming", "prospective", "vice"}
)
# "the president of the university", "the president-elect", "the president Emmanuel Macron"
_NOT_AFTER_PRESIDENT = frozenset({"of", "for", "-", "elect"})
_ENTRY = "actors_officials.py"
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Words ending a phrase of people in an office ("city officials", "Democratic mayors"), not
# of one who speaks for someone.
_HOLDER_WORDS = frozenset({"officials", "official", _GENERAL}) | _OFFICE_HOLDERS
# The word right after a mention that makes it a spokesperson's ("a Japanese Foreign
# Ministry spokesman", coded as the ministry).
_SPOKESPERSON_AFTER = re.compile(r"\s+(?:spokesman|spokeswoman|spokesperson)\b")
_REACH = 2  # sentences back "the spokesman" looks


def office_holders(actor: Actor) -> bool:
    """Whether ``actor`` is a phrase of this module naming people who hold an office ("city
    officials", "Democratic mayors", "a senior official"): other people than a person the
    text names, not the institution ("the administration"), its head ("the president") or
    its voice ("the spokesman")."""
    if actor.entry != _ENTRY or actor.antecedent is not None or not actor.span.text.strip():
        return False
    last = actor.span.text.rsplit(None, 1)[-1].casefold()
    return last in _HOLDER_WORDS


def resolve_officials(
    doc: Document, coded: Sequence[Actor], main: str | None, countries: Mapping[str, str]
) -> list[Actor]:
    """An Actor (the main country's government) for each such phrase no actor covers."""
    main = main or _AMERICA  # no country named: English news's administration is American
    if doc.lang != "en" or main not in countries:
        return []
    taken = [a.span for a in coded]
    found: list[Actor] = []
    for number, sent in enumerate(doc.sentences):
        for index, token in enumerate(sent.tokens):
            first = _phrase_start(sent.tokens, index, main)
            if first is None:
                back = _spokesperson_before(doc, number, index, [*coded, *found])
                if back is not None and not any(s.overlaps(back.span) for s in taken):
                    found.append(back)
                    taken.append(back.span)
                continue
            start = sent.tokens[first].start
            span = Span(start, token.end, doc.article.text[start : token.end])
            if not any(s.overlaps(span) for s in taken):
                found.append(Actor(main + "GOV", span, _ENTRY, countries[main]))
                taken.append(span)
    return found


def _spokesperson_before(
    doc: Document, number: int, index: int, actors: Sequence[Actor]
) -> Actor | None:
    """ "the spokesman" at token ``index`` of sentence ``number`` (no name after it) as the
    government spokesperson coded last, at most ``_REACH`` sentences back ("a Foreign
    Ministry spokesman said … the spokesman told Reuters"), or None."""
    tokens = doc.sentences[number].tokens
    if tokens[index].text.casefold() not in _SPOKESPEOPLE or index == 0:
        return None
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if tokens[index - 1].text.casefold() != "the" or after[:1].isupper():
        return None
    since = doc.sentences[max(0, number - _REACH)].start
    text = doc.article.text
    spokespeople = [
        a
        for a in actors
        if since <= a.span.start < tokens[index].start
        and a.code.endswith("GOV")
        and _is_spokesperson(a.span, text)
    ]
    if not spokespeople:
        return None
    latest = max(spokespeople, key=lambda a: a.span.start)
    start = tokens[index - 1].start
    span = Span(start, tokens[index].end, text[start : tokens[index].end])
    return Actor(latest.code, span, _ENTRY, latest.name, latest.span)


def _is_spokesperson(span: Span, text: str) -> bool:
    """Whether the mention at ``span`` names a spokesperson: it ends with the word, or the
    word follows it."""
    last = span.text.rsplit(None, 1)[-1].casefold() if span.text.strip() else ""
    return last in _SPOKESPEOPLE or _SPOKESPERSON_AFTER.match(text, span.end) is not None


def _phrase_start(tokens: Sequence[Token], index: int, main: str) -> int | None:
    """The first token of a government phrase ending at ``index``, or None."""
    word = tokens[index].text.casefold()
    if word not in _PHRASE_ENDS:
        return None  # most words: the test asked of every token of the article
    before = tokens[index - 1].text.casefold() if index > 0 else ""
    after = tokens[index + 1].text.casefold() if index + 1 < len(tokens) else ""
    if word in _OFFICIALS:
        owner = index - 2 if before in _QUALIFIERS else index - 1  # "state political officials"
        institution = tokens[owner].text.casefold() if owner >= 0 else ""
        if institution in _INSTITUTIONS or (
            main == _AMERICA and institution in _AMERICAN_INSTITUTIONS
        ):
            return owner
    if main == _AMERICA and _american_office_holders(word, before):
        return index - 1 if word == _GENERAL else index  # "attorneys general", "governors"
    if word == _GOVERNMENT and before == _FEDERAL and _definite(tokens, index - 2):
        return index - 2  # "the federal government"
    if word == _ADMINISTRATION and main == _AMERICA and _governs(tokens, index, after):
        return _definite_before(tokens, index)
    if word == _PRESIDENT and main == _AMERICA and _sitting_president(tokens, index):
        return _definite_before(tokens, index)
    return None


def _governs(tokens: Sequence[Token], index: int, after: str) -> bool:
    """Whether "administration" at ``index`` (``after`` the word after it) is a government by
    what follows it: no "of" or "for" phrase, or one that belongs to the verb."""
    if after == _FOR:
        reason = tokens[index + 2].text if index + 2 < len(tokens) else ""
        return reason[:1].islower()
    if after == _OF:
        start = _definite_before(tokens, index)
        verb = tokens[start - 1].lemma.casefold() if start is not None and start > 0 else ""
        return verb in _CHARGE_VERBS
    return True


def _american_office_holders(word: str, before: str) -> bool:
    """Whether ``word`` (after ``before``) ends the name of a group of American state or city
    executives: "Republican governors", "Democratic mayors", "state attorneys general" (not
    "central bank governors", "the Board of Governors")."""
    if word == _GENERAL:
        return before == _ATTORNEYS
    return word in _OFFICE_HOLDERS and before not in _NOT_BEFORE_OFFICE_HOLDERS


def _definite_before(tokens: Sequence[Token], index: int) -> int | None:
    """The determiner before the noun at ``index``, past adjectives ("the new
    administration"), or None."""
    position = index - 1
    while position >= 0 and tokens[position].pos == "ADJ":
        position -= 1
    return position if _definite(tokens, position) else None


def _sitting_president(tokens: Sequence[Token], index: int) -> bool:
    """Whether "president" at ``index`` is a bare one in office: no "former"/"vice" before
    it, no name, "of" or "-elect" after it ("the president Emmanuel Macron" is his)."""
    before = {t.text.casefold() for t in tokens[max(0, index - 3) : index]}
    if before & _NOT_SITTING:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None:
        return True
    return after.text.casefold() not in _NOT_AFTER_PRESIDENT and not after.text[:1].isupper()


def _definite(tokens: Sequence[Token], index: int) -> bool:
    return index >= 0 and tokens[index].text.casefold() in _DETERMINERS

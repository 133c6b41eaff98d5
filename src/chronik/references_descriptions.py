"""Definite descriptions that refer back (part of the ActorCoder stage, references.py):

- "the isolated state", "das abgeschottete Land", "the country", "der Staat" (a definite
  article, adjectives, a state noun) → the country named last, at most two sentences back;
- "der Machthaber", "the leader", "the envoy", "der Sondergesandte", "der Präsident" (a
  definite article, adjectives, a title with no country or name) → the person named last,
  at most two sentences back, who holds a government office (``…GOV``);
- "der Demokrat", "the Republican", "der 57-Jährige" → the person named last, at most two
  sentences back;
- "the group", "die Organisation" → the group, movement, party or organisation named
  last, at most two sentences back ("Islamic State seized the town. Later the group
  attacked a convoy").

The Actor's span is the description, its ``antecedent`` the mention it stands for. Only
with tokens (the analyzers' sentences), and never where the dictionary already coded a
mention ("der US-Präsident", "the Syrian government").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence

from .actors import Mention
from .actors_home import federal_home
from .document import Document
from .records import Actor, Span, Token
from .references_gender import name_gender, title_gender
from .references_people import Titles, head_office

STATE_NOUNS = frozenset({"state", "country", "staat", "land", "landes", "staates"})
# English "the state" alone is as often a US state or the state in general ("the will of
# the state"): only with an adjective ("the isolated state") does it refer back.
BARE_VAGUE = frozenset({"state"})
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
# Nouns for a group or organisation named last, with the kinds of mention each stands for
# ("the group" after "Islamic State", "die Organisation" after "Amnesty International" or
# the WHO; an intergovernmental body is no "group").
_GROUPS = frozenset({"group", "ngo", "party"})
GROUP_NOUNS = {
    **dict.fromkeys(("group", "movement", "gruppe", "bewegung"), _GROUPS),
    **dict.fromkeys(("organisation", "organization"), _GROUPS | {"igo"}),
}
_OF_WORDS = frozenset({"of", "der", "des", "von"})
DEFINITE_ARTICLES = frozenset({"the", "der", "die", "das", "des", "dem", "den"})
# Titles whose -s form is a genitive singular after "des" and else a plural: "die
# Regierungschefs", "den Staatschefs" are several, no one person named before.
_S_FORMS = frozenset(
    {"regierungschefs", "staatschefs", "premiers", "kanzlers", "machthabers", "diktators",
     "herrschers"}
)  # fmt: skip
_REACH = 2  # sentences back


def resolve_descriptions(
    doc: Document, named: Sequence[tuple[Mention, Span]], coded: Sequence[Actor], titles: Titles
) -> list[Actor]:
    """An Actor per definite description that refers to a recently named country or person;
    a head of state or government only to a person whose names do not show another such
    office ("the president" is not a prime minister named last)."""
    starts = [sent.start for sent in doc.sentences]
    taken = [a.span for a in coded]
    actors = []
    for sent in doc.sentences:
        for index, token in enumerate(sent.tokens):
            word = token.text.casefold()
            accept = _accepts(word, titles)
            if accept is None:
                continue
            first = _definite_start(sent.tokens, index)
            if first is None or (word in BARE_VAGUE and first is sent.tokens[index - 1]):
                continue
            if word in _S_FORMS and first.text.casefold() != "des":
                continue  # a plural
            if _modifier(sent.tokens, index):
                continue  # "the Republican goal", "the country music": no person, no state
            if word in GROUP_NOUNS and _named_after(sent.tokens, index):
                continue  # "the group of activists", "die Gruppe der Sparsamen Vier"
            span = Span(first.start, token.end, doc.article.text[first.start : token.end])
            if any(s.overlaps(span) for s in taken):
                continue
            found = _latest(named, span, starts, _agreeing(accept, word, doc.lang))
            if found is None and word in HEAD_NOUNS:
                found = _titled_head(coded, span, word)
            if found is not None:
                mention, earlier = found
                actors.append(Actor(mention.code, span, mention.entry, mention.name, earlier))
    return actors


def _agreeing(
    accept: Callable[[Mention], bool], word: str, lang: str | None
) -> Callable[[Mention], bool]:
    """``accept`` for a person only where the title's gender fits theirs: "die Kanzlerin"
    is no man named before (references_gender.py)."""
    gender = title_gender(word, lang)
    if gender is None:
        return accept
    return lambda m: accept(m) and name_gender(m.name) in (None, gender)


def _titled_head(coded: Sequence[Actor], span: Span, word: str) -> tuple[Mention, Span] | None:
    """The office holder the article titled so before, however far back: "the president"
    after "President Donald Trump" (not "Vice President Mike Pence"), "die Kanzlerin" after
    "Kanzlerin Angela Merkel"."""
    title = re.compile(rf"(?<![\w-])(?<!vice ){re.escape(word)}\s+\w", re.I)
    for actor in reversed(coded):
        if (
            actor.span.end <= span.start
            and actor.antecedent is None
            and actor.code.endswith("GOV")
            and title.search(actor.span.text) is not None
        ):
            mention = Mention(0, 0, actor.code, actor.entry, actor.name, "person", actor.name)
            return mention, actor.span
    return None


def _accepts(word: str, titles: Titles) -> Callable[[Mention], bool] | None:
    if word in STATE_NOUNS:
        return lambda m: m.kind == "country"
    if word in HEAD_NOUNS:
        office = head_office(word)
        return lambda m: (
            m.kind == "person"
            and m.code.endswith("GOV")
            and office in titles.heads.get(m.entity or "", {office})
        )
    if word in LEADER_NOUNS:
        return lambda m: m.kind == "person" and m.code.endswith("GOV")
    if word in PERSON_NOUNS or word.endswith(("-jährige", "-jährigen")):
        return lambda m: m.kind == "person"
    if word in GROUP_NOUNS:
        return lambda m: m.kind in GROUP_NOUNS[word]
    return None


def _modifier(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` modifies an English noun after it ("the Republican
    goal"); German compounds are one word."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.tag in ("NN", "NNS", "NNP", "NNPS")


def _named_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether a phrase after the noun at ``index`` says whose or which it is ("of", "der")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.text.casefold() in _OF_WORDS


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


def resolve_offices(
    doc: Document,
    titles: Titles,
    coded: Sequence[Actor],
    main: str | None,
    countries: Mapping[str, str],
) -> list[Actor]:
    """ "the home secretary", "der Innenminister": a minister's title with a definite article
    and no name or country → whoever the article named with that title before ("Foreign
    Minister Lavrov … the foreign minister"; a head of government also by a name the
    dictionary titles so), else the government of the article's main country (that
    office's holder, ``…GOV``), or of Germany or Austria for an office only they have ("der
    Bundesinnenminister": actors_home.federal_home)."""
    actors = []
    for sent in doc.sentences:
        tokens = sent.tokens
        for index, token in enumerate(tokens):
            if token.text.casefold() not in DEFINITE_ARTICLES:
                continue
            found = _office_after(tokens, index + 1, titles, doc.lang)
            if found is None:
                continue
            last, title, entry = found
            span = Span(
                token.start, tokens[last].end, doc.article.text[token.start : tokens[last].end]
            )
            if any(a.span.overlaps(span) for a in coded):
                continue
            earlier = next(
                (
                    a
                    for a in reversed(coded)
                    if a.span.end <= span.start
                    and (_holds(a.span.text, title) or _heads(a, title, titles))
                ),
                None,
            )
            if earlier is not None:
                actors.append(Actor(earlier.code, span, earlier.entry, earlier.name, earlier.span))
                continue
            home = federal_home(span.text, main, (a.code for a in coded), doc.lang)
            country = home or main
            if country is not None:
                actors.append(Actor(country + "GOV", span, entry, countries[country]))
    return actors


def _heads(actor: Actor, title: str, titles: Titles) -> bool:
    """Whether ``actor`` is a government's head whose names carry ``title``'s office ("the
    prime minister" after "Mr Blair": the dictionary names him "Prime Minister Tony Blair")."""
    office = head_office(title)
    return (
        office is not None
        and actor.code.endswith("GOV")
        and office in titles.heads.get(actor.name or "", ())
    )


def _holds(text: str, title: str) -> bool:
    """Whether a mention's ``text`` names the holder of ``title`` itself, not a deputy's
    ("Deputy Prime Minister Numan Kurtulmus" holds no "prime minister")."""
    deputy = r"(?<!deputy )(?<!vice )(?<!vize-)(?<!stellvertretende )(?<!stellvertretender )"
    return re.search(rf"{deputy}{re.escape(title)}", text.casefold()) is not None


def _office_after(
    tokens: Sequence[Token], first: int, titles: Titles, lang: str
) -> tuple[int, str, str] | None:
    """(last token, title, entry) of a minister's title from ``first`` on that no name,
    country or "of" follows."""
    for last in (first + 1, first):
        if last >= len(tokens):
            continue
        words = " ".join(t.text.casefold() for t in tokens[first : last + 1])
        found = titles.by_lang.get(lang, {}).get(words)
        if found is None or found[0] != "GOV" or not _is_office(words, lang):
            continue
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if following is not None and (
            following.text[:1].isupper() or following.text in ("of", "von", "des")
        ):
            return None
        return last, words, found[1]
    return None


def _is_office(words: str, lang: str) -> bool:
    """A minister of a portfolio: "home secretary", "foreign minister", "Innenministerin";
    not "the minister" or "the secretary" alone, which say too little."""
    if lang == "de":
        return words.endswith(_DE_MINISTER) and words not in _DE_MINISTER
    return " " in words and words.endswith(("minister", "secretary"))


_DE_MINISTER = ("minister", "ministerin", "ministers")

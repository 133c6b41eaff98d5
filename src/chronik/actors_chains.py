"""Names of institutions that only qualify a person's title (part of the ActorCoder stage,
references.py): "Senate Judiciary Committee Chairman Chuck Grassley", "Department of
Homeland Security (DHS) acting Secretary Kevin McAleenan", "Boy Scouts of America President
Robert Gates". The institution words before the title are the person's office, not actors
of their own: coded apart they gave the clause two or three sources ("Senate" USALEG and
"Judiciary" USAJUD for one senator). Also "Lt." before "Gov.", which is no military rank
but the lieutenant governor's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from .actors import Mention
from .actors_heads import STATE_ROLES
from .records import Actor, Span

# Words that head an institution's office before a name ("Committee Chairman", "Agency
# Director"): the institution's person, not a title of their own in the dictionary.
CHAIN_HEADS = frozenset(
    {"chairman", "chairwoman", "chair", "director", "head", "chief", "administrator",
     "commissioner", "president", "secretary general", "secretary-general"}
)  # fmt: skip
# Lower-case words inside a title chain: "acting Secretary", "press secretary".
_INNER = frozenset({"of", "for", "on", "acting", "deputy", "press", "senior"})
_PUNCTUATION = frozenset(",;:\"“”'’!?")
_WORD_BEFORE = re.compile(r"(\(?[\w.&'’-]+\)?)\s+$")
_LONGEST_CHAIN = 10  # words
_LONGEST_BETWEEN = 40  # characters between a title's owner and the titled person
# Words before such a title: "Trump's personal lawyer", "Obama's longtime adviser".
_MODIFIERS = frozenset({"former", "personal", "longtime", "top", "senior", "chief", "then"})
# "Lt. Gov.", "Lieutenant Governor": the rank word names no soldier.
_RANK_BEFORE_GOVERNOR = re.compile(r"\s*(?:Gov\b|Governor\b)")
_RANKS = frozenset({"lt.", "lt", "lieutenant"})
# What lies between a party or office and the person it qualifies: a space ("Landrat Stefan
# Frey"), or the rest of a compound title and a space ("FDP|-Chef Christian Lindner").
_QUALIFIER_GAP = re.compile(r"(?:-\w+)?\s+")
# Or a German office's genitive and a comma, with the person's name closed by a comma, their
# party in brackets before it ("Der Landrat des Kreises Gütersloh, Sven-Georg Adenauer (CDU),
# hatte"); not a list ("die Bundesregierung, Kanzlerin Merkel und die Länder"), nor an
# English apposition, whose clause reads the office alone ("lunch with his South Korean
# counterpart, Moon Jae-in, and …").
_APPOSITION_GAP = re.compile(r"\s+(?:des|der)(?:\s+[\w-]+){1,3},\s+")
# … or the office's genitive is (in) the qualifier ("Der Tourismusbeauftragte der
# Bundesregierung, Thomas Bareiß (CDU), rief"): the comma alone between.
_GENITIVE = re.compile(r"\s(?:des|der)\s")
_COMMA = re.compile(r",\s+")
_APPOSITION_END = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,")


def drop_ranks(mentions: Sequence[tuple[Mention, Span]], text: str) -> list[tuple[Mention, Span]]:
    """The mentions less a rank word right before "Gov."/"Governor" ("Lt. Gov. Dan
    Patrick"): the lieutenant governor is a title the titled-people stage reads whole."""
    return [
        (m, s)
        for m, s in mentions
        if s.text.casefold() not in _RANKS or not _RANK_BEFORE_GOVERNOR.match(text, s.end)
    ]


def drop_title_chains(
    actors: Sequence[Actor], people: Collection[Span], text: str, titles: Collection[str]
) -> list[Actor]:
    """The actors less those that only name the office in a title chain right before a
    person of their country (``people``: the spans of person mentions; ``titles``: the
    language's title words, lower case, dots dropped). An institution of another country
    stays: it may be all that codes the person right ("UN envoy …")."""
    persons = [a for a in actors if a.span in people]
    chains = [(p.code[:3], c) for p in persons if (c := _chain_before(p.span, text, titles))]
    chains += [(p.code[:3], p.span) for p in persons]  # "House … Committee Chairman … Royce"
    owners = {
        p.span
        for p in persons
        if any(_owns_title(p.span, q, text, titles) for q in persons if q.code[:3] == p.code[:3])
    }
    return [
        a for a in actors if a.span not in owners and (a.span in people or not _in_chain(a, chains))
    ]


def one_titled_person(actors: Sequence[Actor], people: Collection[Span], text: str) -> list[Actor]:
    """The actors with a party or office right before a person of its country made one with
    them ("FDP-Chef Christian Lindner", "Landrat Stefan Frey (CSU)", "Republican Sen. Rand
    Paul"): coded apart they gave the clause two sources for one person. The person keeps an
    office of the state they hold ("CSU-Chef Markus Söder" is Bavaria's premier); otherwise
    the qualifier's code is theirs ("Landrat" over his party, the FDP over an elite out of
    office), and the references to them take it too."""
    persons = [a for a in actors if a.span in people]
    recoded: dict[Span, tuple[str, str]] = {}  # span → (code, entry)
    dropped: set[Span] = set()
    for person in persons:
        qualifier = next((a for a in actors if _qualifies(a, person, people, text)), None)
        if qualifier is None:
            continue
        dropped.add(qualifier.span)
        if person.code[3:6] not in STATE_ROLES:
            recoded[person.span] = (qualifier.code, qualifier.entry)
    for actor in sorted(actors, key=lambda a: a.span.start):  # references after their names
        if actor.antecedent in recoded and actor.span not in recoded:
            recoded[actor.span] = recoded[actor.antecedent]
    return [
        replace(a, code=recoded[a.span][0], entry=recoded[a.span][1]) if a.span in recoded else a
        for a in actors
        if a.span not in dropped
    ]


def _qualifies(actor: Actor, person: Actor, people: Collection[Span], text: str) -> bool:
    return (
        actor.span not in people
        and len(actor.code) > 3
        and actor.country == person.country
        and actor.antecedent is None
        and actor.span.end <= person.span.start
        and _gap(actor.span, person.span, text)
    )


def _gap(qualifier: Span, person: Span, text: str) -> bool:
    if _QUALIFIER_GAP.fullmatch(text, qualifier.end, person.start):
        return True
    genitive = _APPOSITION_GAP.fullmatch(text, qualifier.end, person.start) or (
        _COMMA.fullmatch(text, qualifier.end, person.start)
        and _GENITIVE.search(text, max(0, qualifier.start - 5), qualifier.end)
    )
    return bool(genitive and _APPOSITION_END.match(text, person.end))


def _owns_title(owner: Span, person: Actor, text: str, titles: Collection[str]) -> bool:
    """Whether ``owner`` only qualifies the title of ``person`` right after it: "Trump
    campaign chairman Paul Manafort", "Trump's personal lawyer Rudy Giuliani", "Obama adviser
    David Axelrod" (a title, after modifiers, between the two or starting the person's own
    mention; nothing else)."""
    between = text[owner.end : person.span.start]
    if person.span.start <= owner.end or len(between) > _LONGEST_BETWEEN:
        return False
    words = re.sub(r"^['’]s\b", "", between).split()
    words += [w for w in person.span.text.split() if w.islower()]
    while words and words[0] in _MODIFIERS:
        words = words[1:]
    return bool(words) and all(w.isalpha() for w in words) and _title(" ".join(words), titles)


def _in_chain(actor: Actor, chains: Sequence[tuple[str, Span]]) -> bool:
    return any(
        country == actor.code[:3] and chain.start <= actor.span.start < actor.span.end <= chain.end
        for country, chain in chains
    )


def _chain_before(person: Span, text: str, titles: Collection[str]) -> Span | None:
    """The stretch of institution and title words right before ``person`` when it ends in
    a title ("… Committee Chairman"), or the person's own span starts with one ("press
    secretary Angela Morabito")."""
    words: list[tuple[str, int]] = []
    end = person.start
    while len(words) < _LONGEST_CHAIN:
        found = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if found is None or not _chain_word(found.group(1), titles):
            break
        words.append((found.group(1), found.start(1)))
        end = found.start(1)
    if not words:
        return None
    last = [w for w, _ in reversed(words[:3])]  # "Secretary General", "Majority Leader"
    titled = any(_title(" ".join(last[i:]), titles) for i in range(len(last)))
    titled = titled or _title(person.text.split()[0], titles)
    if not titled or not any(w[:1].isupper() and not _title(w, titles) for w, _ in words):
        return None
    return Span(words[-1][1], person.start, text[words[-1][1] : person.start])


def _chain_word(word: str, titles: Collection[str]) -> bool:
    """A capitalised word, an acronym in brackets ("(DHS)"), an abbreviation ("U.S.", "Lt.";
    a longer word with a full stop ends the sentence before), a title or a word inside one."""
    if word.endswith(".") and len(word) > 4 and "." not in word[:-1]:
        return False
    if word[-1:] in _PUNCTUATION:
        return False
    return word[:1].isupper() or word.startswith("(") or word in _INNER or _title(word, titles)


def _title(word: str, titles: Collection[str]) -> bool:
    key = word.casefold().replace(".", "")
    return key in titles or key in CHAIN_HEADS

"""People the dictionary does not know, named once with their title (part of the ActorCoder
stage, references.py): "Special counsel Robert Mueller", "Democratic Rep. Jerrold Nadler",
"Finanzminister Hans Jörg Schelling".

The title gives the role (an agent noun of the dictionary, or one of ``EXTRA_TITLES``), the
country comes from a country word before the title ("U.S. Treasury Secretary Steven
Mnuchin": the composed mention already coded) or else from the article's main country
(American for the titles of the US Congress: "Sen.", "Rep."). The person is an Actor over
title and name (replacing the title's, where it was coded: "die Abgeordnete Anna Berger" is
one person, not a group), and their family name alone later in
the article ("Mueller", "Mr. Nadler", "Schellings") is an Actor with the same code whose
``antecedent`` is the full mention. A name that no dictionary knows, alone or with only a
courtesy title ("Mr Brown"), stays uncoded: guessing the article's country for it coded
athletes, businessmen and fictional characters on general news. Only with tokens.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .actors import ActorDictionary, Mention
from .actors_chains import CHAIN_HEADS
from .actors_groups import company_owned
from .actors_local import StoryCountries
from .actors_words import FORMER, HONORIFICS, NOT_ALIASES, WEEKDAY_WORDS, normalize_word
from .document import Document
from .records import Actor, Span, Token
from .references_appositions import apposition_role
from .references_employers import works_for_uncoded
from .references_gender import given_names as known_given_names

# Titles the agents file lacks (its nouns are the country-less roles of PETRARCH's files).
EXTRA_TITLES: Mapping[str, str] = {
    "rep": "LEG",
    "representative": "LEG",
    "sen": "LEG",
    # Britain's finance minister ("Chancellor of the Exchequer Nigel Lawson")
    "chancellor of the exchequer": "GOV",
    "congresswoman": "LEG",
    "speaker": "LEG",
    "special counsel": "JUD",
    "justice": "JUD",
    "secretary": "GOV",
    "press secretary": "GOV",
    # PETRARCH's GOVERNOR [~GOV] as US news abbreviates it: "Gov. Jay Inslee", "Lt. Gov."
    "gov": "GOV",
    "lt gov": "GOV",
    "lieutenant governor": "GOV",
    # a campaign's staff: no office, CAMEO's elites ("Trump campaign chairman Paul Manafort")
    "campaign chairman": "ELI",
    "campaign chair": "ELI",
    "campaign manager": "ELI",
    "campaign adviser": "ELI",
    "campaign advisor": "ELI",
    "campaign aide": "ELI",
    # PETRARCH's CLERGY [~REL]: "the Rev. Franklin Graham"
    "rev": "REL",
    "reverend": "REL",
    "sonderermittler": "JUD",
    "landeshauptmann": "GOV",
}
# English titles of the US Congress: their bearer is American whatever country the article
# is about ("Sen. Roy Blunt" in a story on North Korea).
_US_TITLES = frozenset({"rep", "sen", "congresswoman", "congressman"})
# Heads of German compound titles that are no title alone: "FPÖ-Chef", "SPD-Vorsitzende".
_COMPOUND_HEADS: Mapping[str, tuple[str, str]] = {
    word: (code, "references_people.py:_COMPOUND_HEADS")
    for words, code in (("chef chefin", "GOV"), ("vorsitzende vorsitzender", "PTY"))
    for word in words.split()
}
# Endings of German compound titles that name a party's politician only after the party:
# "Grünen-Bildungssprecher", "SPD-Gesundheitsexperte", "AfD-Vize" (the party gives the code).
_PARTY_TITLE_ENDINGS = ("sprecher", "sprecherin", "experte", "expertin", "vize")
# A bracket opened right after a word: "Söder (" before the party.
_APPOSITION_OPENS = re.compile(r"\w \($")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words between a name and its party other than a bracket: "Eckhardt Rehberg von der CDU".
_PARTY_OF = frozenset({("von", "der"), ("von", "den")})
# German and Austrian presidents are in the dictionary: an unknown "Präsident" of a German
# or Austrian story presides over an association, a club, a court or an agency, no state.
_HOMES = frozenset({"DEU", "AUT"})
_PRESIDENTS = frozenset(
    {"präsident", "präsidentin", "präsidenten", "vizepräsident", "vizepräsidentin",
     "vizepräsidenten"}
)  # fmt: skip
# A capitalised word of letters (and inner hyphens or apostrophes): "Scheuer", "Mikl-Leitner".
_FAMILY = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñ]+(?:[-'’][A-ZÄÖÜa-zäöüß]+)*")
_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine"})
_PERSON_FORMS = frozenset({"agent-person", "agent-leader"})
_LONGEST_TITLE = 4  # tokens
_LONGEST_NAME = 5  # tokens ("Ursula von der Leyen", "Luiz Inácio Lula da Silva")
# Lower-case particles inside English names of people ("Richard von Weizsaecker").
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "dos",
                        "das", "al", "bin", "ibn", "ter", "zu", "le", "la"})  # fmt: skip
_SHADOW = "shadow"
_OPPOSITION = "OPP"
_WESTMINSTER = "GBR"  # the shadow cabinet's country where the story names none


@dataclass(frozen=True)
class Titles:
    """Lower-case title words (dots dropped) → (role code, dictionary entry), per language;
    ``given``: the given names of the dictionary's people ("Andreas", "Hubertus");
    ``heads``: entity → the head-of-state or -government offices its names carry
    (:data:`HEAD_OFFICES`: "President Barack Obama", "Prime Minister Benjamin Netanyahu")."""

    by_lang: Mapping[str, Mapping[str, tuple[str, str]]]
    given: frozenset[str] = frozenset()
    heads: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, dictionary: ActorDictionary) -> Titles:
        by_lang: dict[str, dict[str, tuple[str, str]]] = {"de": {}, "en": {}}
        for name in dictionary.agents:
            if name.form in _PERSON_FORMS:
                for lang in ("de", "en") if name.lang == "*" else (name.lang,):
                    table = by_lang.setdefault(lang, {})
                    table.setdefault(_key(name.text), (name.target, name.where))
        for words, code in EXTRA_TITLES.items():
            for table in by_lang.values():
                table.setdefault(words, (code, "references_people.py:EXTRA_TITLES"))
        return cls(by_lang, _given_names(dictionary), _head_offices(dictionary))

    def before(self, tokens: Sequence[Token], index: int, lang: str) -> tuple[int, str, str] | None:
        """(first token, role, entry) of the longest title ending right before ``index``."""
        table = self.by_lang.get(lang, {})
        start = index  # the words (no punctuation) right before ``index``: a title's
        while start > max(0, index - _LONGEST_TITLE) and _is_word(tokens[start - 1]):
            start -= 1
        keys = [_key(t.text) for t in tokens[start:index]]  # a run's key: its words' joined
        for first in range(start, index):
            found = table.get(" ".join(keys[first - start :]))
            if found is None and lang == "de" and first == index - 1 and "-" in tokens[first].text:
                # a German compound title is one token: "Grünen-Politikerin", "SPD-Chefin"
                head = _key(tokens[first].text.rsplit("-", 1)[-1])
                found = table.get(head) or _COMPOUND_HEADS.get(head) or _party_title(head)
            if found is not None:
                return first, *found
        return None

    def after(self, tokens: Sequence[Token], index: int, lang: str) -> tuple[str, str] | None:
        """(role, entry) of an apposition from ``index`` on: ", the special counsel", ", a
        Republican", ", Finanzminister"."""
        if index >= len(tokens) or tokens[index].text != ",":
            return None
        start = index + 1
        if start < len(tokens) and tokens[start].text.lower() in _ARTICLES:
            start += 1
        table = self.by_lang.get(lang, {})
        for last in range(min(len(tokens), start + _LONGEST_TITLE), start, -1):
            if not _words(tokens[start:last]):
                continue
            found = table.get(_key(" ".join(t.text for t in tokens[start:last])))
            if found is not None:
                return found
        return None


def _party_title(head: str) -> tuple[str, str] | None:
    """A compound head that titles a person when a coded party precedes it (a first part
    the dictionary lacks codes no one: "ÖBB-Sprecher")."""
    if head.endswith(_PARTY_TITLE_ENDINGS):
        return "PTY", "references_people.py:_PARTY_TITLE_ENDINGS"
    return None


# A name's head office ("Präsident", not "Vizepräsident" nor "Ministerpräsident", a state's
# premier; a monarch is neither), in the dictionary's name forms and the definite
# descriptions that refer to one.
HEAD_OFFICES = {
    "president": re.compile(
        r"(?<!vice )(?<!vize)(?<!vize-)(?<!minister)(?:president|präsident)", re.I
    ),
    "government": re.compile(
        r"prime minister|premier|chancellor|kanzler|regierungschef|ministerpräsident", re.I
    ),
    "monarch": re.compile(r"\b(?:king|queen|emir|sultan|emperor|könig|königin|kaiser)\b", re.I),
}


def head_office(text: str) -> str | None:
    """The head office a title or name names ("president", "government"), or None."""
    return next((office for office, words in HEAD_OFFICES.items() if words.search(text)), None)


def _head_offices(dictionary: ActorDictionary) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for name in dictionary.names:
        entity = dictionary.entities.get(name.target)
        office = head_office(name.text)
        if office is not None and entity is not None and entity.kind == "person":
            found.setdefault(name.target, set()).add(office)
    return {entity: frozenset(offices) for entity, offices in found.items()}


def _given_names(dictionary: ActorDictionary) -> frozenset[str]:
    """The first words of the dictionary's people's names of two words or more."""
    people = {e.id for e in dictionary.entities.values() if e.kind == "person"}
    spellings = [*people, *(n.text for n in dictionary.names if n.target in people)]
    return frozenset(words[0] for text in spellings if len(words := text.split()) > 1)


def _words(tokens: Sequence[Token]) -> bool:
    """Whether every token is a word ("Rep." is, a full stop is not)."""
    return all(_is_word(t) for t in tokens)


def _is_word(token: Token) -> bool:
    return any(c.isalnum() for c in token.text)


def _key(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").split())


def resolve_titled_people(
    doc: Document,
    titles: Titles,
    coded: Sequence[Actor],
    story: StoryCountries,
    appositions: Sequence[tuple[Mention, Span]] = (),
) -> list[Actor]:
    """Actors for titled people the dictionary lacks and for their family names later;
    ``story``: the country of a person with none of their own, from their sentence or the
    article; ``appositions``: the parties in brackets after names, which give a person the
    party's code ("Markus Söder (CSU)")."""
    taken = [a.span for a in coded]
    parties = [Actor(m.code, s, m.entry, m.name) for m, s in appositions]
    people: list[Actor] = []
    family: dict[str, Actor] = {}  # family name → the titled mention
    # one token list: a title may end up in the sentence before its name ("Special counsel")
    tokens = [t for sent in doc.sentences for t in sent.tokens]
    known = [*coded, *parties]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.text[:1].isupper():  # neither a family name nor a name's start
            index += 1
            continue
        earlier = family.get(_family_key(token.text))
        if earlier is not None and not _overlaps(token, taken):
            span = Span(token.start, token.end, token.text)
            people.append(Actor(earlier.code, span, earlier.entry, earlier.name, earlier.span))
            index += 1
            continue
        found = _titled_at(doc, tokens, index, titles, known, story)
        if found is None or any(_overlaps(t, taken) for t in found[1]):
            index += 1
            continue
        actor, name_tokens = found
        people.append(actor)
        surname = _family_name(name_tokens)
        if surname is not None:
            family[_family_key(surname)] = actor
        index += len(name_tokens)
    return people


def _titled_at(
    doc: Document,
    tokens: Sequence[Token],
    index: int,
    titles: Titles,
    coded: Sequence[Actor],
    story: StoryCountries,
) -> tuple[Actor, list[Token]] | None:
    """The titled person whose name starts at ``index``: (the Actor, the name's tokens)."""
    lang = doc.lang or "en"
    name = _name_at(tokens, index, lang)
    if not name or (len(name) > 1 and _key(name[0].text) in titles.by_lang.get(lang, {})):
        return None  # "Gov. Dan Patrick" after "Lt.": the name starts after the title
    main = story.at(Span(tokens[index].start, tokens[index].end, tokens[index].text))
    title = titles.before(tokens, index, lang)
    if title is not None and lang == "de" and name[0].text in titles.given:
        name = _with_family_name(tokens, index, name)
    party = _party_after(tokens, index + len(name), coded)  # "Markus Söder (CSU)"
    if party is not None:
        main = party.country  # the party says whose politician it is
    if title is None:
        span = Span(name[0].start, name[-1].end, " ".join(t.text for t in name))
        office = _office_before(tokens, index, coded) if lang == "en" else None
        if office is not None and len(name) > 1:  # "… Committee Chairman Edward R. Royce"
            start = office.span.start
            whole = Span(start, span.end, doc.article.text[start : span.end])
            return Actor(office.code, whole, office.entry, span.text), name
        if party is not None:
            return Actor(party.code, span, party.entry, span.text), name
        held = apposition_role(tokens, index + len(name), coded) if lang == "en" else None
        if held is not None and len(name) > 1:  # "Ahmad Karimi, an Iranian lawmaker,"
            return Actor(held.code, span, held.entry, span.text), name
        apposition = titles.after(tokens, index + len(name), lang)
        if apposition is None or main is None or len(name) < 2 or index == 0:
            return None
        if lang == "de" and works_for_uncoded(tokens, index + len(name), coded):
            return None  # "…, Berater des Französischen Instituts": not the government's
        return Actor(main + apposition[0], span, apposition[1], span.text), name
    first, role, entry = title
    text = doc.article.text
    start, end = tokens[first].start, name[-1].end
    full = " ".join(t.text for t in name)
    title_token = tokens[index - 1]
    # the title coded with its country, whole or up to its first word ("British Chancellor|
    # of the Exchequer")
    ends = (title_token.end, tokens[first].end)
    coded_title = next(
        (
            a
            for a in coded
            if len(a.code) > 3 and (a.span.end in ends or _prefix_of(a.span, title_token))
        ),
        None,
    )
    if coded_title is not None:
        # the person the coded title names ("die Abgeordnete Anna Berger", "British
        # Ambassador John Smith"): the Actor over both replaces the title's (references.py)
        span = Span(coded_title.span.start, end, text[coded_title.span.start : end])
        return Actor(coded_title.code, span, coded_title.entry, full), name
    if lang == "en" and _key(title_token.text) in _US_TITLES:
        main = "USA"
    if lang == "en" and _shadow(tokens, first):  # "Shadow Constitutional Affairs Secretary"
        role, main = _OPPOSITION, main or _WESTMINSTER
    if company_owned(role, text, start, lang):
        return None  # "LSE's chief executive Clara Furse": the company's, of no known country
    if main is None or (lang == "de" and "-" in title_token.text and party is None):
        return None  # "RKI-Chef", "KfW-Sprecher": an organisation the dictionary lacks
    if lang == "de" and main in _HOMES and _key(title_token.text) in _PRESIDENTS:
        return None  # "Präsident Bernd Schultz" of a German football association
    if _former(tokens, first, lang):
        # "die frühere thüringische Ministerpräsidentin Christine Lieberknecht", "former New
        # Mexico Gov. Gary Johnson"
        role = "ELI"
    return Actor(main + role, Span(start, end, text[start:end]), entry, full), name


def _shadow(tokens: Sequence[Token], first: int) -> bool:
    """Whether the title at ``first`` is a British opposition spokesperson's: "Shadow" begins
    it or the portfolio's words right before it (the agents name only the usual shadow
    offices, "Shadow Home Secretary"; the portfolios are many: "Shadow Constitutional
    Affairs Secretary")."""
    start = first
    while start > max(0, first - _LONGEST_TITLE) and _is_word(tokens[start - 1]):
        start -= 1
    return any(t.text.lower() == _SHADOW for t in tokens[start : first + 1])


def _office_before(tokens: Sequence[Token], index: int, coded: Sequence[Actor]) -> Actor | None:
    """The institution whose chair, director or head the name at ``index`` is: a coded
    institution (a code with a role) right before one of ``CHAIN_HEADS`` ("House Foreign
    Affairs Committee Chairman", "NAACP President"); its code is the person's."""
    if index < 2 or _key(tokens[index - 1].text) not in CHAIN_HEADS:
        return None
    before = tokens[index - 2]
    return next((a for a in coded if a.span.end == before.end and len(a.code) > 3), None)


def party_appositions(
    mentions: Sequence[tuple[Mention, Span]], text: str
) -> list[tuple[Mention, Span]]:
    """The parties in brackets after a name ("Angela Merkel (CDU)"): they say who the
    person is, and are no actor of their own."""
    return [
        (m, s)
        for m, s in mentions
        if m.code.endswith("PTY")
        and text[s.end : s.end + 1] == ")"
        and _APPOSITION_OPENS.search(text, max(0, s.start - 3), s.start) is not None
    ]


def _prefix_of(span: Span, token: Token) -> bool:
    """Whether ``span`` is the first part of a German compound title: "FPÖ" of "FPÖ-Chef"."""
    return (
        span.start == token.start
        and token.text[span.end - span.start : span.end - span.start + 1] == "-"
    )


def _party_after(tokens: Sequence[Token], index: int, coded: Sequence[Actor]) -> Actor | None:
    """The party in brackets right after a name, as German news writes a politician's:
    "Markus Söder (CSU)", "Franz Voves (SPÖ)", or behind "von der" ("Eckhardt Rehberg von
    der CDU", "Katharina Fegebank von den Grünen")."""
    words = tuple(t.text for t in tokens[index : index + 3])
    if words[:2] in _PARTY_OF and len(words) == 3:
        word = tokens[index + 2]
    elif words[:1] == ("(",) and words[2:] == (")",):
        word = tokens[index + 1]
    else:
        return None
    return next(
        (
            a
            for a in coded
            if (a.span.start, a.span.end) == (word.start, word.end) and a.code.endswith("PTY")
        ),
        None,
    )


def _name_at(tokens: Sequence[Token], index: int, lang: str) -> list[Token]:
    """The proper-name tokens from ``index`` ("Robert Mueller", "Edward R. Royce"; in
    English with the particles inside it, each before a name in reach: "Richard von
    Weizsaecker", "Jan de Vries")."""
    name: list[Token] = []
    window = tokens[index : index + _LONGEST_NAME]
    for k, token in enumerate(window):
        suffix = bool(name) and token.text.lower().rstrip(".") in _SUFFIXES
        inside = bool(name) and lang == "en" and _particle_before_name(window[k:])
        if not (_is_name(token) or suffix or inside):
            break
        name.append(token)
    return name


def _particle_before_name(rest: Sequence[Token]) -> bool:
    """Whether ``rest`` opens with name particles and then a name ("von der Leyen")."""
    k = 0
    while k < len(rest) and rest[k].text in _PARTICLES:
        k += 1
    return 0 < k < len(rest) and _is_name(rest[k])


def _former(tokens: Sequence[Token], first: int, lang: str) -> bool:
    """Whether "ehemalige"/"frühere" stands at most two words before the title at ``first``
    (an adjective may come between: "die frühere thüringische Ministerpräsidentin"); in
    English "former" with at most two capitalised words between ("former New Mexico Gov.",
    not "a former aide to Sen.")."""
    for back in range(1, 3 if lang == "de" else 4):
        if first - back < 0:
            return False
        if normalize_word(tokens[first - back].text) in FORMER:
            return True
        if lang != "de" and not tokens[first - back].text[:1].isupper():
            return False
    return False


def _with_family_name(tokens: Sequence[Token], index: int, name: list[Token]) -> list[Token]:
    """A titled German given name with the capitalised word after it: German taggers read
    many family names as common nouns or verbs ("Arbeitsminister Hubertus Heil",
    "Verkehrsminister Andreas Scheuer"), so the name stopped at the given name. (Only after
    a given name the dictionary knows: after a family name the next word is a noun, "dass
    Bürgermeister Müller Anzeige erstattete".)"""
    following = tokens[index + 1] if len(name) == 1 and index + 1 < len(tokens) else None
    if following is None or following.pos == "PROPN" or not _FAMILY.fullmatch(following.text):
        return name
    return [*name, following]


def _is_name(token: Token) -> bool:
    return (
        token.pos == "PROPN"
        and token.text[:1].isupper()
        and normalize_word(token.text) not in WEEKDAY_WORDS
    )


def _family_name(name: Sequence[Token]) -> str | None:
    """The last word of a name that is no suffix ("Mueller" of "Robert S. Mueller III")."""
    words = [t.text for t in name if t.text.lower().rstrip(".") not in _SUFFIXES]
    return words[-1] if words and len(words[-1]) >= 3 else None


def _family_key(word: str) -> str:
    """A family name as later mentions match it: German genitive "Schellings" too."""
    word = word.casefold()
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _overlaps(token: Token, spans: Sequence[Span]) -> bool:
    return any(s.start < token.end and token.start < s.end for s in spans)


def given_names(doc: Document, mentions: Sequence[tuple[Mention, Span]]) -> set[Span]:
    """Country names that are a person's given name ("Chad Pergram", "Jordan Smith"): one
    word followed by one capitalised name (no weekday or month) and no further name."""
    after: dict[int, tuple[Token, Token | None]] = {}
    for sent in doc.sentences:
        for index, token in enumerate(sent.tokens[:-1]):
            following = sent.tokens[index + 2] if index + 2 < len(sent.tokens) else None
            if _is_name(token):  # not an adjective ("Mexican Secretariat")
                after[token.end] = (sent.tokens[index + 1], following)
    found = set()
    for mention, span in mentions:
        if mention.kind != "country" or " " in span.text or span.end not in after:
            continue
        name, following = after[span.end]
        if (
            _is_name(name)
            and name.text.lower() not in NOT_ALIASES
            and (following is None or not _is_name(following))
        ):
            found.add(span)
    return found


def family_names(
    doc: Document, mentions: Sequence[tuple[Mention, Span]], titles: Titles
) -> set[Span]:
    """Country and group words that are a person's family name ("Rep. Jim Jordan", "David
    French", "Michael Jordan", "Sabine Richter" - no judge, "Sen. Patty Murray"): one word
    right after a known given name (news's, or the first word of a dictionary person's name
    that is no title) or after any name behind a title, that is a proper noun and no actor
    of its own ("Will Israel attack?" asks about Israel: "Will" is no proper noun); and
    that word alone later in the article ("Jordan said")."""
    before: dict[int, Token] = {}
    for sent in doc.sentences:
        for token, following in zip(sent.tokens, sent.tokens[1:], strict=False):
            before[following.start] = token
    ends = {span.end for _, span in mentions}
    title_words = titles.by_lang.get(doc.lang or "", {})
    found = {
        span
        for mention, span in mentions
        if mention.kind in ("country", "unnamed")
        and " " not in span.text
        and span.start in before
        and _is_name(given := before[span.start])
        and (
            given.text in known_given_names()
            or (given.text in titles.given and _key(given.text) not in title_words)
            or (given.start in before and _key(before[given.start].text) in title_words)
        )
        and given.end not in ends
    }
    first: dict[str, int] = {}  # each family name's first such mention
    for span in sorted(found, key=lambda s: s.start):
        first.setdefault(span.text, span.start)
    return found | {
        span
        for mention, span in mentions
        if mention.kind in ("country", "unnamed") and first.get(span.text, span.end) < span.start
    }


def other_relatives(
    doc: Document, mentions: Sequence[tuple[Mention, Span]], titles: Titles
) -> set[Span]:
    """A family name alone that stands for one known person, right after another given name,
    is someone else of that family ("Hunter Biden", "Melania Trump", "Track Palin"): no
    actor. Not after a title or a courtesy title ("Senator Schumer", "Mr Blair"). Where a
    title stands before the given name, the family name alone later in the article is that
    person too, unless the known person is named in full there ("Finance Minister Gerhard
    Stoltenberg … Stoltenberg said" is no Jens Stoltenberg; "Hunter Biden … Biden" may be
    his father)."""
    place = {t.start: (sent, i) for sent in doc.sentences for i, t in enumerate(sent.tokens)}
    ends = {span.end for _, span in mentions}
    found, titled = set(), set()
    for mention, span in mentions:
        if mention.kind != "person" or " " in span.text or " " not in (mention.entity or ""):
            continue
        sent, index = place.get(span.start, (None, 0))
        if sent is None or index == 0:
            continue
        before = sent.tokens[index - 1]
        if (
            _is_name(before)
            and before.text.isalpha()
            and before.text.lower() not in HONORIFICS
            and before.end not in ends
            and titles.before(sent.tokens, index, doc.lang) is None
        ):
            found.add(span)
            if titles.before(sent.tokens, index - 1, doc.lang) is not None:
                titled.add(span)
    return found | _later_relatives(mentions, titled)


def _later_relatives(mentions: Sequence[tuple[Mention, Span]], relatives: set[Span]) -> set[Span]:
    """Family names alone after a relative's first mention, of people never named in full."""
    first: dict[str | None, int] = {}
    for mention, span in mentions:
        if span in relatives:
            first.setdefault(mention.entity, span.start)
    in_full = {mention.entity for mention, span in mentions if " " in span.text}
    return {
        span
        for mention, span in mentions
        if mention.entity in first
        and mention.entity not in in_full
        and " " not in span.text
        and span.start > first[mention.entity]
    }

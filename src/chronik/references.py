"""Actor coding in an article: the pipeline stage :class:`ActorCoder` takes the dictionary's
mentions (:meth:`chronik.actors.ActorDictionary.unresolved`) and resolves the references
among them to mentions named before: titles that stand for a person ("der US-Präsident"),
"die Regierung"/"the government", pronouns (references_pronouns.py) and
"beide Seiten"/"both leaders" (one Actor per antecedent on the same span) and German
relative pronouns (references_relatives.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .actors import ActorDictionary, Mention
from .actors_chains import drop_ranks, drop_title_chains, one_titled_person
from .actors_current import abbreviated_titles, carry_titles, former_throughout
from .actors_groups import main_country, resolve_groups
from .actors_home import home_senates, rehome
from .actors_local import story_countries
from .actors_ministries import generic_ministries
from .actors_neighbours import with_country_before
from .actors_offices import owned_by, owner_country, owners
from .actors_officials import resolve_officials
from .actors_parties import party_groups
from .actors_places import gazetteer_places
from .actors_regions import regions
from .actors_states import acting_states
from .actors_undated import ended_before_written
from .actors_words import UNCODED_KINDS
from .analysis.en_lexicon import ADVERSARY_NOUNS, PHOTO_CREDITS
from .document import Document
from .places import Gazetteer
from .records import Actor, Span
from .references_bodies import resolve_bodies, resolve_house
from .references_descriptions import resolve_descriptions, resolve_offices
from .references_people import (
    Titles,
    family_names,
    given_names,
    other_relatives,
    party_appositions,
    resolve_titled_people,
)
from .references_pronouns import candidates, resolve_pronouns
from .references_quotes import add_quoted_speakers
from .references_relatives import resolve_relatives
from .references_titles import resolve_bare_titles

# Mentions that take the country of their sentence or article: groups, German offices.
_TAKE_COUNTRY = frozenset({"unnamed", "office"})
# How far back "die Regierung" looks for its country.
_GOVERNMENT_REACH = 2  # sentences back
_GOVERNMENT_REACH_CHARS = 400  # when the document has no sentences


class ActorCoder:
    """Pipeline stage: fills ``doc.actors`` with coded, reference-resolved mentions."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        gazetteer: Gazetteer | None = None,
        titles: Titles | None = None,
    ) -> None:
        """``gazetteer``: groups take the country of a place it knows; ``titles``: the
        dictionary's :class:`Titles`, when built already (reading every name takes a tenth
        of a second of a cold start)."""
        self.dictionary = dictionary
        self.titles = titles if titles is not None else Titles.of(dictionary)
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> Document:
        text = doc.article.text
        datelines = [m.span(1) for m in _DATELINE.finditer(text)]
        mentions = [
            (m, s)
            for m, s in self.dictionary.unresolved(text, on=doc.article.date, lang=doc.lang)
            if not _credited(text, s)
            and not _opposed(text, s)
            and not _in_dateline(datelines, s)
            and not _posted_to(text, s)
        ]
        mentions = party_groups(drop_ranks(regions(mentions, text), text), text, doc.lang)
        mentions = acting_states(mentions, doc)  # "Sachsen verlängert den Lockdown"
        located: list[tuple[str, Span]] = []
        if self.gazetteer is not None and _reads_places(doc.lang, mentions, self.dictionary):
            groups = [s for m, s in mentions if m.kind in _TAKE_COUNTRY]
            # a federal state alone ("in Sachsen") is no actor: the gazetteer may place it
            actor_spans = [s for m, s in mentions if m.kind != "region"]
            located = gazetteer_places(doc, self.gazetteer, groups, actor_spans)
        # the places count for the home country too: "Leoben", "in Graz" name no country
        mentions = rehome(mentions, doc.lang, text, located)
        entities = self.dictionary.entities
        mentions = abbreviated_titles(mentions, text, entities, doc.article.date)
        mentions = former_throughout(mentions, text, doc.article.date)
        mentions = ended_before_written(mentions, text, doc.article.date, entities, doc.lang)
        mentions = carry_titles(mentions, text)
        actors = _resolve(mentions, doc, self.dictionary.country_ids, self.titles, located)
        actors = home_senates(actors, text, doc.lang)  # "der Senat" of Berlin governs
        return replace(doc, actors=tuple(sorted(actors, key=_actor_order)))


def _reads_places(
    lang: str | None, mentions: Sequence[tuple[Mention, Span]], dictionary: ActorDictionary
) -> bool:
    """Whether the gazetteer's places tell the groups their country: always in German; in
    English only where no mention names a country ("Officers have appealed …" after "in
    Birkenhead"), as English place names are as often another country's towns ("Kent",
    "Phoenix Park", "Guantanamo Bay") that would outvote the countries the article names."""
    if lang == "de":
        return True
    return lang == "en" and not any(m.code[:3] in dictionary.country_ids for m, _ in mentions)


def _credited(text: str, span: Span) -> bool:
    """Whether the mention is a picture's credit ("Image copyright EPA"), no actor."""
    return text[max(0, span.start - 12) : span.start].rstrip().lower().endswith(PHOTO_CREDITS)


def _posted_to(text: str, span: Span) -> bool:
    """Whether the mention is where a diplomat serves ("the U.S. ambassador to Ukraine",
    "Russia's envoy to the United Nations"): part of the diplomat's title, no actor of its
    own. Not after "an" ("will send an ambassador to Cuba": Cuba receives one)."""
    return _POSTED_TO.search(text, max(0, span.start - 60), span.start) is not None


# Ends right before the mention; the title word not after an indefinite article.
_POSTED_TO = re.compile(
    r"(?<!\ban )(?<!\ba )(?<!\bnew )"
    r"\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Ee]missar(?:y|ies)|[Cc]onsul|[Pp]ermanent [Rr]epresentative)"
    r" to (?:the )?$"
)


def _in_dateline(ranges: Sequence[tuple[int, int]], span: Span) -> bool:
    """Whether the mention lies in a dateline: the place the story was filed from
    ("JERUSALEM — Netanyahu said …") is never an actor."""
    return any(start <= span.start and span.end <= end for start, end in ranges)


# A paragraph's opening place, with its region or agency, before a dash: in capitals
# ("JERUSALEM —", "BEIRUT, Lebanon —", "WASHINGTON (Reuters) -"), or as a name when an
# agency follows ("Washington (CNN) –"; not "Speaker John Boehner (R-Ohio) -").
_REGION = r"(?:,[ \t]*[A-Z][\w.’']*(?:[ \t][A-Z][\w.]*)*)?"  # ", Lebanon"
_DATELINE = re.compile(
    r"^[ \t]*("
    rf"[A-Z][A-Z.'’]{{2,}}(?:[ -][A-Z][A-Z.'’]*)*{_REGION}"  # "NEW YORK"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"  # "(Reuters)"
    rf"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)*{_REGION}"  # "Kiev, Ukraine"
    r"[ \t]*\([A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)*\))"  # "(CNN)"
    r"(?:[ \t]*[—–][ \t]*|[ \t]+--?[ \t]+)",
    re.MULTILINE,
)


def _opposed(text: str, span: Span) -> bool:
    """Whether the mention only owns its adversaries ("Obama's critics"): they, not it, act."""
    return _ADVERSARIES.match(text, span.end) is not None


_ADVERSARIES = re.compile(rf"['’]s\s+(?:{'|'.join(ADVERSARY_NOUNS)})\b")


def _actor_order(actor: Actor) -> tuple[int, int, int]:
    return actor.span.start, actor.span.end, actor.antecedent.start if actor.antecedent else -1


def _resolve(
    mentions: Sequence[tuple[Mention, Span]],
    doc: Document,
    countries: Mapping[str, str],
    titles: Titles,
    located: Sequence[tuple[str, Span]] = (),
) -> list[Actor]:
    """Turn mentions into Actors, resolving references to earlier named mentions;
    ``located``: countries of places the gazetteer found."""
    actors: list[Actor] = []
    pairs: list[tuple[Mention, Span]] = []  # "beide Seiten", "both leaders"
    named: list[tuple[Mention, Span]] = []  # mentions that name an entity, in text order
    first_span: dict[str, Span] = {}
    dropped = given_names(doc, mentions) | family_names(doc, mentions, titles)
    dropped |= other_relatives(doc, mentions, titles)
    appositions = party_appositions(mentions, doc.article.text)  # "Söder (CSU)"
    located = [*located, *((m.code[:3], s) for m, s in appositions)]  # where the party is
    dropped |= {s for _, s in appositions}
    mentions = [(m, s) for m, s in mentions if s not in dropped]
    groups = [(m, s) for m, s in mentions if m.kind == "unnamed"]
    offices = [(m, s) for m, s in mentions if m.kind == "office"]  # "die Behörden"
    owning = owners(mentions, located, countries)  # "die Regierung von Premier Boris Johnson"
    places = [(m, s) for m, s in mentions if m.kind == "place"]
    for mention, span in mentions:
        if mention.kind in UNCODED_KINDS:
            continue
        if mention.kind == "government":
            offices += _government(mention, span, doc, countries, actors, named, owning)
            continue
        if mention.kind == "both":
            pairs.append((mention, span))
            continue
        if mention.titled and mention.entity is None:
            # "der US-Präsident" after "Donald Trump": the person holding that office.
            earlier = next(
                (m for m, _ in reversed(named) if m.kind == "person" and m.code == mention.code),
                None,
            )
            if earlier is not None and earlier.entity is not None:
                antecedent = _latest_span(named, earlier.entity)
                actors.append(Actor(mention.code, span, mention.entry, earlier.name, antecedent))
                named.append((replace(earlier, first=mention.first, last=mention.last), span))
                continue
        if not mention.code:
            continue
        antecedent = first_span.get(mention.entity or "") if mention.kind == "person" else None
        actors.append(Actor(mention.code, span, mention.entry, mention.name, antecedent))
        if mention.entity is not None:
            first_span.setdefault(mention.entity, span)
        named.append((mention, span))
    sides = [  # one Actor per side
        Actor(m.code, span, m.entry, m.name, s)
        for mention, span in pairs
        for m, s in _sides_of(named, span, doc, people_first=mention.titled)
    ]
    grouped = resolve_groups(groups, places, named, doc, countries, located)
    actors += sides + grouped
    if any(sent.tokens for sent in doc.sentences):
        # the story's main country; a lower-case "health department" is its own, not the US one
        main = main_country(places, named, doc, countries, located)
        actors = generic_ministries(actors, doc.article.text, main, countries)
        # an unknown titled person of the article's main country, or of a foreign passage's
        people = resolve_titled_people(
            doc, titles, actors, story_countries(main, named, doc, countries), appositions
        )
        # a coded title naming an unknown person is that person: "die Abgeordnete Anna Berger"
        actors = [a for a in actors if not any(_titles(a, p) for p in people)] + people
        # descriptions, pronouns ("The home secretary said he …"), then a quotation's "I"
        described = resolve_descriptions(doc, named, actors, titles)
        described += resolve_offices(doc, titles, actors + described, main, countries)
        pool = candidates(doc, named, grouped, people, described)
        actors = add_quoted_speakers(doc, actors + resolve_pronouns(doc, named, pool) + described)
        # "Defense officials"; "the Justice Department … the department"
        actors += resolve_officials(doc, actors, main, countries) + resolve_bodies(doc, actors)
        actors += resolve_house(doc, actors, main, countries)  # "the House" passed the bill
        actors += resolve_bare_titles(doc, titles, actors)  # "die Ministerin"
        actors += resolve_relatives(doc, actors)
        actors += _offices(offices, actors, (places, named, located), doc, countries, owning)
        return _finished(actors, (named, grouped, people), doc, countries, titles)
    return actors


def _finished(
    actors: list[Actor],
    found: tuple[Sequence[tuple[Mention, Span]], Sequence[Actor], Sequence[Actor]],
    doc: Document,
    countries: Mapping[str, str],
    titles: Titles,
) -> list[Actor]:
    """The last steps (``found``: the named mentions, the groups, the titled people): a role
    right after a mention of a country is of that country ("Iranian military commander",
    actors_neighbours.py), and a chain of titles names one person (drop_title_chains), as
    a party or office right before a person does (one_titled_person)."""
    named, grouped, people = found
    persons = {s for m, s in named if m.kind == "person"} | {a.span for a in people}
    owned = with_country_before(actors, {*grouped, *people}, named, doc, countries)
    known_titles = titles.by_lang.get(doc.lang or "en", {}).keys()
    chained = drop_title_chains(owned, persons, doc.article.text, known_titles)
    return one_titled_person(chained, persons, doc.article.text)


def _government(
    mention: Mention,
    span: Span,
    doc: Document,
    countries: Mapping[str, str],
    actors: list[Actor],
    named: list[tuple[Mention, Span]],
    owning: Mapping[int, str],
) -> list[tuple[Mention, Span]]:
    """ "die Regierung", "the government": of the person or place named after "von"/"unter"
    (``owning``), else of the country coded last, if recently (added to ``actors`` and
    ``named``); else, in German, an office of the story's country, returned to be resolved
    last (actors_offices.py)."""
    owner = owner_country(span, doc.article.text, owning) if doc.lang == "de" else None
    found = _latest_country(named, span, doc, countries) if owner is None else None
    if owner is None and found is None:
        return [(replace(mention, code="GOV"), span)] if doc.lang == "de" else []
    coded_span = found[1] if found is not None else None
    iso = owner or (found[0].code[:3] if found is not None else "")
    code, country = iso + "GOV", countries[iso]
    actors.append(Actor(code, span, mention.entry, country, coded_span))
    government = replace(mention, code=code, name=country, kind="composed")
    named.append((replace(government, entity=country), span))
    return []


def _offices(
    offices: Sequence[tuple[Mention, Span]],
    actors: Sequence[Actor],
    story: tuple[
        Sequence[tuple[Mention, Span]], Sequence[tuple[Mention, Span]], Sequence[tuple[str, Span]]
    ],
    doc: Document,
    countries: Mapping[str, str],
    owning: Mapping[int, str],
) -> list[Actor]:
    """German offices nothing else coded (actors_offices.py): of the person or place named after
    "von"/"unter", else (with no such word after them) of the story's country. ``story``: the
    places, named mentions and gazetteer places that tell it."""
    text = doc.article.text
    uncoded = [(m, s) for m, s in offices if not any(a.span.overlaps(s) for a in actors)]
    found = []
    for mention, span in uncoded:
        owner = owner_country(span, text, owning)
        if owner is not None:
            found.append(Actor(owner + mention.code, span, mention.entry, countries[owner]))
    bare = [(m, s) for m, s in uncoded if owned_by(s, text) is None]
    places, named, located = story
    return found + resolve_groups(bare, places, named, doc, countries, located)


def _latest_country(
    named: Sequence[tuple[Mention, Span]],
    span: Span,
    doc: Document,
    countries: Mapping[str, str],
) -> tuple[Mention, Span] | None:
    """The latest mention with a country code (no organisation, no former office holder) at most
    ``_GOVERNMENT_REACH`` sentences before ``span`` (``_GOVERNMENT_REACH_CHARS`` characters
    when the document has no sentences)."""
    starts = [sent.start for sent in doc.sentences]
    for mention, earlier in reversed(named):
        if starts:
            if bisect_right(starts, span.start) - bisect_right(starts, earlier.start) > (
                _GOVERNMENT_REACH
            ):
                return None
        elif span.start - earlier.start > _GOVERNMENT_REACH_CHARS:
            return None
        if mention.code[:3] in countries and not mention.code.endswith("ELI"):
            return mention, earlier  # a former office holder's country is not in question
    return None


def _sides_of(
    named: Sequence[tuple[Mention, Span]], span: Span, doc: Document, *, people_first: bool
) -> list[tuple[Mention, Span]]:
    """The two sides "both sides", "the two leaders" at ``span`` stand for: named before it
    (:func:`_two_sides`), else one named before and the other later in its sentence ("The
    two leaders will discuss …, with the embattled Mexican president facing protests")."""
    before = [p for p in named if p[1].start < span.start]
    sides = _two_sides(before, people_first=people_first)
    if sides:
        return sides
    end = next((s.end for s in doc.sentences if s.start <= span.start < s.end), span.end)
    later = [p for p in named if span.end <= p[1].start < end]
    # latest first before it, then the first after it (_two_sides reads the pool backwards);
    # leaders first: "the Mexican president" is a side, "the U.S." named in between is not
    pool = [*reversed(later), *before]
    leaders = [p for p in pool if p[0].kind == "person" or p[0].code.endswith("GOV")]
    sides = _two_sides(leaders, people_first=False) if people_first else []
    return sides or _two_sides(pool, people_first=people_first)


def _two_sides(
    named: Sequence[tuple[Mention, Span]], *, people_first: bool
) -> list[tuple[Mention, Span]]:
    """The latest mentions of the two most recently named countries, oldest first. With
    ``people_first`` ("beide Staatschefs", "both sides"), two people of different countries
    are looked for first, so a meeting place named in between does not count as a side."""
    pools = (
        [[p for p in named if p[0].kind == "person"], list(named)]
        if people_first
        else [list(named)]
    )
    for pool in pools:
        sides: dict[str, tuple[Mention, Span]] = {}
        for mention, span in reversed(pool):
            sides.setdefault(mention.code[:3], (mention, span))
            if len(sides) == 2:
                return sorted(sides.values(), key=lambda pair: pair[1].start)
    return []


def _latest_span(named: Sequence[tuple[Mention, Span]], entity: str) -> Span | None:
    return next((s for m, s in reversed(named) if m.entity == entity), None)


def _titles(actor: Actor, person: Actor) -> bool:
    """Whether ``actor`` is the coded title at the start of ``person``'s mention."""
    return (
        actor.code == person.code
        and actor.span.start == person.span.start
        and actor.span.end < person.span.end
    )

"""One event per fact: the last pipeline stage (:class:`EventMerger`).

- The same fact coded more than once in an article (same source and target code, CAMEO
  code, modality, negation, date and predicate), from several sentences or twice in one, is
  **one** event: the first, with ``mentions`` (how often the article reports it) and
  ``spans`` (the trigger of every report, the first included). A fact without a date merges
  only with undated reports of itself. The predicate (the frame's lemma: "traf" and
  "trafen" are one) keeps apart what an article adds about an agreed meeting ("sich in
  Vietnam treffen", later "dort … erörtern", as the README's seed article shows).
- An event between a country and its own government or itself (``USA``↔``USAGOV``,
  ``PRK``→``PRK``) is dropped: such a dyad comes from one actor named twice ("the U.S. …
  Washington"), not from a domestic event. Events between two sectors of one country
  (``USALEG``→``USAGOV``) are kept, and so are events between two different people named
  in the text ("Vice President Pence criticized Secretary of State Tillerson", USAGOV→USAGOV),
  between two institutions named ("Downing Street ... with the Scottish Government"), and
  between a person named and the holders of an office ("Merkel beriet mit den
  Ministerpräsidenten", DEUGOV→DEUGOV). Such a pair is one fact per direction: a meeting
  of two actors of one code is two events, as between two codes.
- An event the text dates a year or more before the article ("who last year threatened
  to …", "in 2001 …") keeps that date and is flagged ``background``: not today's news.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .actors_officials import office_holders
from .datafiles import ACTOR_AGENTS, ACTOR_ENTITIES, ACTOR_PEOPLE
from .document import Document
from .records import Actor, Event
from .references_gender import name_gender

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
BACKGROUND_DAYS = 365

Fact = tuple[str | None, str | None, str, str, bool, str | None, str, tuple[str, str]]


def fact_of(event: Event) -> Fact:
    """What makes two events the same fact."""
    return (
        event.source.code if event.source else None,
        event.target.code if event.target else None,
        event.cameo,
        event.modality,
        event.negated,
        event.date.value if event.date else None,
        event.frame.predicate if event.frame else event.trigger.text.casefold(),
        same_code_sides(event.source, event.target),
    )


def named_person(actor: Actor) -> bool:
    """The mention names a person: its words hold the surname of the name it was coded as
    ("President Donald Trump", "Trump"); a pronoun, title or country word does not."""
    return _holds_name(actor.span.text, actor.name)


def _holds_name(text: str, name: str) -> bool:
    surname = name.split()[-1].casefold() if name else ""
    return bool(surname) and surname in text.casefold()


def identity(actor: Actor) -> str:
    """Which entity the mention stands for, or "" when the text does not tell: the name it
    names ("Trump", "Downing Street"), also through a reference to a mention that named it
    ("Downing Street said it ..."), or an institution named by a capitalised title of its own
    ("the Scottish Government"), or an institution the dictionary names, whatever its words
    ("die Kommunen", "die Ministerpräsidenten" as the Conference of Minister-Presidents). A
    bare country, a reference to a person, and a common noun ("the administration") could be
    any actor of their code."""
    if len(actor.code) <= 3:
        return ""
    if named_person(actor):
        return actor.name
    if _names_institution_before(actor):
        return actor.name
    if actor.antecedent is None and _proper_title(actor):
        return actor.span.text
    if actor.antecedent is None and actor.entry.startswith(ACTOR_ENTITIES):
        return actor.name
    return ""


def _names_institution_before(actor: Actor) -> bool:
    """A reference to an institution named before it ("Downing Street said it ..."). A
    reference to a person ("him", "the president") is less sure: one of several men."""
    before = actor.antecedent
    person = actor.entry.startswith(ACTOR_PEOPLE)
    return before is not None and not person and _holds_name(before.text, actor.name)


def _proper_title(actor: Actor) -> bool:
    """A role word named in capitals, with a word of its own before it ("Scottish
    Government", "Justice Department"), not "the government" or a single German noun."""
    words = actor.span.text.split()
    return (
        actor.entry.startswith(ACTOR_AGENTS)
        and len(words) > 1
        and all(w[:1].isupper() for w in words)
    )


def two_named(source: Actor, target: Actor) -> bool:
    """Two different entities, each named: a dyad even when both share a code (two
    officials of one government, "Downing Street" and "the Scottish Government"), unlike
    one named twice or a reference standing for it ("Trump said he ...")."""
    first, second = identity(source), identity(target)
    return bool(first) and bool(second) and first != second


def same_code_sides(source: Actor | None, target: Actor | None) -> tuple[str, str]:
    """What keeps two dyads of one code pair apart: the entities on both sides when they
    share a code ("Sainsbury's and Boots met": both directions), nothing otherwise."""
    if source is None or target is None or source.code != target.code:
        return ("", "")
    return (identity(source) or source.span.text, identity(target) or target.span.text)


def office_word(actor: Actor) -> bool:
    """The mention is an agent noun of its own, not a reference back to someone ("die
    Ministerpräsidenten", "den Länderchefs"): other people than a person the text names."""
    return (actor.entry.startswith(ACTOR_AGENTS) and actor.antecedent is None) or office_holders(
        actor
    )


# The entry of the government a demand that names no addressee goes to (events_measures.py).
PETITIONED_GOVERNMENT = "implied: the government a demand goes to"


def two_actors(source: Actor, target: Actor) -> bool:
    """Two different actors of one code: two people named, or a person or institution named
    and the holders of an office named by its title ("Merkel beriet mit den
    Ministerpräsidenten", "die Bundesregierung mit den Länderchefs"), or a person and the
    government their demand goes to ("Haseloff fordert eine Testpflicht", "Landrat Christoph
    Göbel fordert einen Lockdown": a county's head the dictionary lacks, named in full)."""
    if two_named(source, target):
        return True
    if target.entry == PETITIONED_GOVERNMENT and (
        source.entry.startswith(ACTOR_PEOPLE) or name_gender(source.name) is not None
    ):
        return True
    return (_person(source) and office_word(target)) or (_person(target) and office_word(source))


def _person(actor: Actor) -> bool:
    """A person or institution with its role, named or referred to by a title ("Merkel",
    "die Bundesregierung", "die Kanzlerin" for Merkel; not a pronoun, whose reading is less
    sure, nor a bare country, "the United States", which its government's agent would pair)."""
    titled = actor.antecedent is not None and " " in actor.span.text
    named = named_person(actor) or titled
    return len(actor.code) > 3 and named and not office_word(actor)


def self_dyad(source: Actor | None, target: Actor | None) -> bool:
    """A country paired with itself or with its own government ("USA"↔"USAGOV"), not two
    different people named ("Pompeo"→"Trump"). ("Beide Seiten unterzeichneten": two actors
    on one span are two sides, no self-dyad.)"""
    if source is None or target is None or two_actors(source, target):
        return False
    codes = {source.code, target.code}
    country = source.code[:3]
    return target.code[:3] == country and codes <= {country, country + "GOV"}


def merge_events(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The events with every fact once (the first report, counting all) and no self-dyads."""
    merged: dict[Fact, Event] = {}
    for event in events:
        if self_dyad(event.source, event.target):
            continue
        fact = fact_of(event)
        first = merged.get(fact)
        if first is None:
            merged[fact] = replace(event, mentions=1, spans=(event.trigger,))
        elif event.trigger not in first.spans:
            merged[fact] = replace(
                first, mentions=first.mentions + 1, spans=(*first.spans, event.trigger)
            )
    return tuple(merged.values())


def background(event: Event, published: date | None) -> bool:
    """Whether the event's own date (its first day) lies a year or more before ``published``."""
    if published is None or event.date is None or event.date.precision == "story":
        return False
    found = _ISO.match(event.date.value)
    if found is None:
        return False
    year, month, day = (int(part) if part else 1 for part in found.groups())
    try:
        start = date(year, month, day)
    except ValueError:
        return False
    return (published - start).days >= BACKGROUND_DAYS


class EventMerger:
    """Pipeline stage: :func:`merge_events` on the document's events, background flagged."""

    def __call__(self, doc: Document) -> Document:
        published = doc.article.date
        events = tuple(
            replace(e, background=True) if background(e, published) else e for e in doc.events
        )
        return replace(doc, events=merge_events(events))

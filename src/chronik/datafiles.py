"""Every data file chronik ships, named once.

A name is a path relative to ``chronik/data`` (``"verbs/de.v1.tsv"``): the loaders pass it to
:func:`chronik.dictionaries.read_tsv`, the training scripts write to :func:`source_path`, and
``tests/test_datafiles.py`` checks that this list and the folder agree.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

# The actor dictionary (training/build_actors.py), loaded in this order.
ACTOR_ENTITIES = "actors/entities.v1.tsv"
ACTOR_PEOPLE = "actors/people.v1.tsv"
ACTOR_NAMES = "actors/names.v1.tsv"
ACTOR_AGENTS = "actors/agents.v1.tsv"
ACTOR_FILES = (ACTOR_ENTITIES, ACTOR_PEOPLE, ACTOR_NAMES, ACTOR_AGENTS)
# Given names with the gender news gives them (training/build_given_names.py).
GIVEN_NAMES = "actors/given_names.v1.tsv"

# The pattern dictionaries: a language's hand-written rows first, derived rows after
# (verbs/en.petrarch.v1.tsv from PETRARCH-2, training/build_en_patterns.py).
PATTERNS_DE = "verbs/de.v1.tsv"
PATTERNS_EN = "verbs/en.v1.tsv"
PATTERNS_EN_PETRARCH = "verbs/en.petrarch.v1.tsv"
PATTERN_FILES = {"de": (PATTERNS_DE,), "en": (PATTERNS_EN, PATTERNS_EN_PETRARCH)}

# The ontology (training/build_ontology.py; intent.v1.tsv is hand-curated).
CAMEO = "ontology/cameo.v1.tsv"
PLOVER = "ontology/plover.v1.tsv"
INTENT = "ontology/intent.v1.tsv"

# The gazetteer's own files (names and ambiguous from training/build_places.py).
PLACE_NAMES = "places/names.v1.tsv"
PLACE_EXONYMS = "places/exonyms.v1.tsv"
PLACE_SUPPLEMENT = "places/supplement.v1.tsv"
PLACE_AMBIGUOUS = "places/ambiguous.v1.tsv"
NOT_PLACES = "places/not_places.v1.tsv"

# Language words: the German lexicon (hand-written) and valency counts
# (training/build_de_valency.py); the English verb lemmas (training/build_en_verbs.py).
DE_LEXICON = "de/lexicon.v1.tsv"
DE_VALENCY = "de/valency.v1.tsv"
EN_VERBS = "en/verbs.v1.tsv"

# The learned-event model of a language (training/train_event_model.py). Not a TSV:
# weights, gzipped JSON.
EVENT_MODEL = "models/events.{lang}.json.gz"

ALL = (
    *ACTOR_FILES,
    GIVEN_NAMES,
    *(name for names in PATTERN_FILES.values() for name in names),
    CAMEO,
    PLOVER,
    INTENT,
    PLACE_NAMES,
    PLACE_EXONYMS,
    PLACE_SUPPLEMENT,
    PLACE_AMBIGUOUS,
    NOT_PLACES,
    DE_LEXICON,
    DE_VALENCY,
    EN_VERBS,
)


def data_file(name: str) -> Traversable:
    """A packaged data file, to test for or open (the binary ones: models)."""
    return resources.files("chronik").joinpath("data", name)


def data_text(name: str) -> str:
    """The text of a packaged data file."""
    return data_file(name).read_text(encoding="utf-8")


def source_path(name: str, repo: Path) -> Path:
    """Where a packaged file lies in a source checkout at ``repo`` (the training scripts
    write there)."""
    return repo / "src" / "chronik" / "data" / name

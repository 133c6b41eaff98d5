"""spaCy callbacks for training chronik's English pipeline (loaded with ``spacy train --code``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline import EditTreeLemmatizer
from spacy.util import registry


@registry.callbacks("chronik.restore_tree_labels.v1")
def restore_tree_labels() -> Callable[[Language], Language]:
    """Rebuild the edit-tree → label map of sourced lemmatizers before training goes on.

    spaCy 3.8's ``EditTreeLemmatizer.from_disk`` restores the labels but not this map, so a
    lemmatizer trained on from a checkpoint sees every gold tree as label 0 and unlearns
    (dev lemma accuracy fell from 0.94 to 0.76 in 200 steps)."""

    def restore(nlp: Language) -> Language:
        # nlp.components: spaCy disables sourced components while it initializes the rest.
        for _, pipe in nlp.components:
            if isinstance(pipe, EditTreeLemmatizer):
                pipe.tree2label = {tree: label for label, tree in enumerate(pipe.labels)}
        return nlp

    return restore

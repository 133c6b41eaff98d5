"""The analyzers: sentences, tokens, tags, lemmas and clause frames, per language."""

from ..compiled import use_compiled

use_compiled(__path__)  # HanTa's searches compiled, where a build matches them

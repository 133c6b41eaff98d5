"""The German analysis's view of one word: text, offsets, HanTa's lemma and STTS tag, and
for finite verbs what the form says about tense, mood and number."""

from __future__ import annotations

from dataclasses import dataclass, field

from .de_morph import VerbInfo

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
VERB_TAGS = frozenset(
    {
        "VVFIN",
        "VAFIN",
        "VMFIN",
        "VVINF",
        "VAINF",
        "VMINF",
        "VVPP",
        "VAPP",
        "VMPP",
        "VVIZU",
        "VVIMP",
        "VAIMP",
    }
)


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    lemma: str
    tag: str
    verb: VerbInfo | None = field(default=None, compare=False)
    # the verb of an attributive past participle ("die ausgehandelte Waffenruhe": aushandeln)
    participle_of: str | None = field(default=None, compare=False)

    @property
    def finite(self) -> bool:
        return self.tag in FINITE_TAGS

    @property
    def is_verb(self) -> bool:
        return self.tag in VERB_TAGS

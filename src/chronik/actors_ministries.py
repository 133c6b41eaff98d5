"""English ministries named by their field in lower case: "agriculture department Defra",
"the health department". The dictionary knows the capitalised US names ("Agriculture
Department", "the Justice Department") and codes them ``USAGOV…`` even when a British story
writes its own ministry so; a lower-case ministry phrase with no US word before it is the
story's own (its main location, actors_groups.main_country), not Washington's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .datafiles import ACTOR_ENTITIES, ACTOR_NAMES
from .records import Actor

_US_GOVERNMENT = "USAGOV"
_MINISTRY_WORDS = re.compile(r"\b(?:department|ministry)\b")
# "the US agriculture department", "America's justice department", "federal": the US one.
_US_BEFORE = re.compile(
    r"(?:\bU\.?S\.?|\bUS|\bUnited States|\bAmerica(?:n|['’]s)?|\bfederal|\bWashington['’]s)\s+$"
)


def generic_ministries(
    actors: Sequence[Actor], text: str, main: str | None, countries: Mapping[str, str]
) -> list[Actor]:
    """The actors, with each lower-case US ministry phrase given the story's country ``main``
    (unchanged where the story is American or has no main country)."""
    if main is None or main == _US_GOVERNMENT[:3] or main not in countries:
        return list(actors)
    return [
        replace(a, code=main + a.code[3:], name=countries[main]) if _generic(a, text) else a
        for a in actors
    ]


def _generic(actor: Actor, text: str) -> bool:
    words = actor.span.text
    return (
        actor.antecedent is None
        and actor.entry.startswith((ACTOR_ENTITIES, ACTOR_NAMES))
        and actor.code.startswith(_US_GOVERNMENT)
        and words == words.lower()
        and _MINISTRY_WORDS.search(words) is not None
        and _US_BEFORE.search(text, max(0, actor.span.start - 30), actor.span.start) is None
    )

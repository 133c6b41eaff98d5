"""The author of a document a clause hangs on: "issued a statement praising Japan",
"sent a letter urging Obama to veto", "the Kremlin's statement accusing Ukraine": our own
sentences through the real pipeline."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from .coding import DYAD, coded

# (source, target, code) of the events of one English sentence, in 2015
_events = partial(coded, fields=DYAD, on=date(2015, 6, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the verb that put the document out
        ("Germany released a statement condemning Russia's airstrikes in Syria.",
         ("DEU", "RUSMIL", "111")),
        ("Republican senators sent a letter urging President Obama to veto the bill.",
         ("USALEG", "USAGOV", "020")),
        ("Iran's foreign ministry posted a tweet accusing Washington of lying.",
         ("IRNGOV", "USAGOV", "112")),
        # the parse hangs the participle on "issued" behind a phrase of time
        ("The White House issued a statement on Tuesday praising Japan for its support.",
         ("USAGOV", "JPN", "051")),
        # the document's own owner or sender
        ("A letter from 47 Republican senators urging Iran to reject the deal was published.",
         ("USALEG", "IRN", "020")),
        ("The Kremlin's statement accusing Ukraine of provocations surprised no one.",
         ("RUSGOV", "UKR", "1123")),
    ],
    ids=["released", "sent", "posted", "issued-then", "letter-from", "owner"],
)  # fmt: skip
def test_document_author_is_the_source(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)


def test_a_document_someone_else_found_has_no_author(pipeline) -> None:
    # the police found the letter; they did not write it
    assert _events(pipeline, "The police found a letter threatening the mayor of Paris.") == set()

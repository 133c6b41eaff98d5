"""Two names in a row in a German clause are two phrases when the dictionary coded them as
two actors: "Am Freitag beschuldigte Barnier London, …", "besuchte Merkel Paris". The
phrase chunker sees only tags and makes "Barnier London" one subject (two NE in a row, as in
"Kim Jong Un"); the actor coder has told them apart, so this stage, between actors and
events, gives the second name the object slot the clause leaves free.
"""

from __future__ import annotations

from dataclasses import replace

from .document import Document
from .records import Actor, Argument, ArgumentRole, Frame, Span

_PEOPLE_ENTRY = "actors/people."  # the dictionary file of named people
_FREE_SLOTS: tuple[ArgumentRole, ...] = ("obj", "iobj")


class AdjacentNames:
    """Pipeline stage (German only): splits a subject of two adjacent actor names."""

    def __call__(self, doc: Document) -> Document:
        if doc.lang != "de" or not doc.actors:
            return doc
        text = doc.article.text
        frames = tuple(_split(frame, doc.actors, text) for frame in doc.frames)
        return doc if frames == doc.frames else replace(doc, frames=frames)


def _split(frame: Frame, actors: tuple[Actor, ...], text: str) -> Frame:
    """The frame with its subject parted into subject and object (or indirect object),
    where the subject is a named person followed directly by another actor."""
    if frame.voice != "active" or frame.clause == "nominal":
        return frame
    free = next((r for r in _FREE_SLOTS if not frame.args(r)), None)
    subjects = frame.args("subj")
    if free is None or len(subjects) != 1 or subjects[0].conjuncts:
        return frame
    subject = subjects[0]
    inside = [a for a in actors if subject.span.contains(a.span)]
    if len(inside) != 2:
        return frame
    person, other = sorted(inside, key=lambda a: a.span.start)
    if not _two_names(person, other, subject.span, text):
        return frame
    head = Span(subject.span.start, person.span.end, text[subject.span.start : person.span.end])
    split = (
        replace(subject, span=head),
        Argument(free, other.span, other.span.text.split()[-1]),
    )
    arguments = tuple(a for a in frame.arguments if a is not subject) + split
    return replace(frame, arguments=arguments)


def _two_names(person: Actor, other: Actor, phrase: Span, text: str) -> bool:
    """A person named by their name as the dictionary has it, right before another actor
    that ends the phrase: not a possessive that refers back ("seine Beraterin Kellyanne
    Conway" is one phrase) nor a genitive ("Putins Russland")."""
    last = person.span.text.split()[-1]
    return (
        person.entry.startswith(_PEOPLE_ENTRY)
        and last in person.name.split()
        and person.name != other.name
        and other.span.end == phrase.end
        and text[person.span.end : other.span.start].isspace()
    )

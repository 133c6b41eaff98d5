"""The first step of German clause analysis (:mod:`.de_clauses`): a sentence cut into
segments at commas, colons, dashes and brackets, and at "und", "oder", "aber" … where both
sides hold a finite verb, each segment typed by its first word and its verbs; and the lists
such a cut parts, which the clauses join again ("Russland, China und der Iran kritisierten",
:func:`opens_list`, :func:`bridged`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .de_words import Word

_BREAKS = frozenset({",", ";", ":", "(", ")", "[", "]", "-", "–", "—"})
QUOTES = frozenset({'"', "„", "“", "”", "«", "»", "‹", "›", "'", "‚", "‘", "’", "`", "´"})
CLAUSE_COORDINATORS = frozenset({"und", "oder", "aber", "sondern", "denn", "doch", "sowie"})
_NONFINITE_VERB_TAGS = frozenset({"VVPP", "VVINF", "VAPP", "VAINF", "VMINF", "VMPP", "VVIZU"})
_INFINITIVE_CONJUNCTIONS = frozenset({"um", "ohne", "statt", "anstatt"})
_RELATIVE_FORMS = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "denen",
        "dessen",
        "deren",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "welchem",
    }
)


@dataclass
class Segment:
    positions: list[int]
    kind: str  # "sub", "rel", "inf", "v2", "frag"
    coordinated: bool
    verb_first: bool
    has_finite: bool


def cut_at_breaks(words: list[Word]) -> list[list[int]]:
    """Positions between breaking punctuation, quotes dropped, and short verbless asides in
    brackets too: "Dies gab Laschet (CDU) bekannt und …" is one clause around its aside."""
    segments: list[list[int]] = [[]]
    asides = _aside_positions(words)
    for p, word in enumerate(words):
        if p in asides or word.text in QUOTES or (word.tag == "$(" and word.text not in _BREAKS):
            continue
        if word.text in _BREAKS or word.tag == "$.":
            if segments[-1]:
                segments.append([])
            continue
        if segments[-1] and _opens_clause(words, p):
            # "gefallen hat uns dass es …": a clause boundary without its comma
            segments.append([])
        segments[-1].append(p)
    return [s for s in segments if s]


def _aside_positions(words: list[Word]) -> set[int]:
    """The positions of the short verbless asides in brackets after a word of the sentence
    ("(CDU)", "(r.)", "(Die Linke)"), brackets included."""
    found: set[int] = set()
    for start, word in enumerate(words):
        if word.text != "(" or start == 0:
            continue
        end = next((q for q in range(start + 1, len(words)) if words[q].text in ("(", ")")), None)
        if end is not None and _short_aside(words, start, end):
            found.update(range(start, end + 1))
    return found


def bracketed_positions(words: list[Word]) -> set[int]:
    inside: set[int] = set()
    depth = 0
    for p, word in enumerate(words):
        if word.text in ("(", "["):
            depth += 1
        elif word.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth:
            inside.add(p)
    return inside


def _opens_clause(words: list[Word], p: int) -> bool:
    word = words[p]
    if word.tag == "KOUS" and word.text.lower() not in ("als", "wie"):
        return True
    if word.tag == "KOKOM" and word.text.lower() in ("als", "wie"):
        return _comparative_clause(words, p)
    nxt = words[p + 1] if p + 1 < len(words) else None
    before = words[p - 1] if p > 0 else None
    # a relative pronoun, or a preposition before one ("… Erklärung, in der sie …")
    if word.tag == "PRELS":
        return before is None or before.tag not in ("APPR", "APPRART")
    return word.tag == "APPR" and nxt is not None and nxt.tag in ("PRELS", "PRELAT")


def _comparative_clause(words: list[Word], p: int) -> bool:
    """ "größer als man erwartet": "als"/"wie" before a verb-final stretch with a subject."""
    end = p + 1
    while end < len(words) and not (words[end].text in _BREAKS or words[end].tag in ("$.", "KON")):
        end += 1
    stretch = words[p + 1 : end]
    return (
        len(stretch) >= 2
        and stretch[-1].tag in ("VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF")
        and any(w.tag in ("PPER", "PIS", "NN", "NE") for w in stretch)
        and not any(w.is_verb for w in stretch[:-1] if w.finite)
    )


def relative_start(words: list[Word], positions: list[int]) -> bool:
    first = words[positions[0]]
    if first.tag in ("PRELS", "PRELAT"):
        return True
    k = 1 if first.tag in ("APPR", "APPRART") and len(positions) > 1 else 0
    word = words[positions[k]]
    if word.tag in ("PRELS", "PRELAT"):
        return True
    if word.text.lower() not in _RELATIVE_FORMS or (k == 0 and first.tag == "APPRART"):
        return False
    nxt = words[positions[k + 1]] if k + 1 < len(positions) else None
    # "…, die sie …", "…, in der sie …": the form is no article when no noun follows
    # (a truncated compound starts one: "die Staats- und Regierungschefs").
    if nxt is not None and nxt.tag not in ("NN", "NE", "ADJA", "CARD", "PIAT", "ADV", "TRUNC"):
        return True
    closed = _closed_by_verb_cluster(words, positions, after_preposition=k == 1)
    return nxt is not None and nxt.tag in ("NE", "NN") and closed


def _closed_by_verb_cluster(
    words: list[Word], positions: list[int], *, after_preposition: bool = False
) -> bool:
    """ "Macron, der Putin getroffen hatte": after a noun and a comma, a finite verb after
    a participle or infinitive closes the segment, which no verb-second clause does - the
    form before the name is the relative pronoun, not its article. After a preposition the
    only finite verb closing it says so ("die Übung, an der Soldaten teilnehmen")."""
    start = positions[0]
    if start < 2 or words[start - 1].text != "," or words[start - 2].tag not in ("NN", "NE"):
        return False  # a relative clause follows the noun it hangs on, after a comma
    last, before = words[positions[-1]], words[positions[-2]] if len(positions) > 1 else None
    if after_preposition:
        closed = last.finite and not any(words[p].finite for p in positions[:-1])
    else:
        closed = last.finite and before is not None and before.tag in _NONFINITE_VERB_TAGS
    return closed and not _interrupted_clause(words, start - 1)


def _interrupted_clause(words: list[Word], comma: int) -> bool:
    """Does a dependent clause still wait for its verb at the comma ("daß die SPD aus den
    Folgen des Wandels, der Globalisierung … gezogen hat": the segment goes on with it)?
    A subordinator before the comma with no finite verb after it says so."""
    for word in reversed(words[:comma]):
        if word.finite:
            return False
        if word.tag in ("KOUS", "PWAV", "PRELS", "KOKOM"):
            return True
    return False


def coordination_split(words: list[Word], positions: list[int]) -> list[list[int]]:
    """Split at a clause-level "und"/"aber" … with a finite verb on both sides."""
    parts = [positions]
    while True:
        current = parts[-1]
        cut = None
        for k, p in enumerate(current[1:], start=1):
            if words[p].tag != "KON" or words[p].text.lower() not in CLAUSE_COORDINATORS:
                continue
            if any(words[q].finite for q in current[:k]) and any(
                words[q].finite for q in current[k + 1 :]
            ):
                cut = k
                break
        if cut is None:
            return parts
        parts[-1:] = [current[:cut], current[cut:]]


def typed_segment(words: list[Word], positions: list[int]) -> Segment:
    coordinated = words[positions[0]].tag == "KON" and len(positions) > 1
    body = positions[1:] if coordinated else positions
    first = words[body[0]]
    has_finite = any(words[p].finite for p in body)
    tags = {words[p].tag for p in body}
    if first.tag == "KOUS" or (
        (first.tag in ("PWAV", "PWS", "KOKOM") or first.text.lower() in ("als", "wie"))
        and is_verb_final(words, body)
    ):
        kind = "sub"
    elif (
        relative_start(words, body)
        and not _article_of_main_clause(words, body, has_finite)
        and not _opens_sentence(words, body[0])
    ):
        kind = "rel"
        _retag_pronoun(words, body)
    elif first.tag == "PRELS":  # an article: see _article_of_main_clause, _opens_sentence
        words[body[0]] = replace(first, tag="ART")
        kind = "v2" if has_finite else "frag"
    elif first.tag == "KOUI" or (
        first.text.lower() in _INFINITIVE_CONJUNCTIONS and ("PTKZU" in tags or "VVIZU" in tags)
    ):
        kind = "inf"
    elif has_finite:
        kind = "v2"
    elif "VVIZU" in tags or ("PTKZU" in tags and tags & {"VVINF", "VAINF"}):
        kind = "inf"
    else:
        kind = "frag"
    return Segment(positions, kind, coordinated, first.finite, has_finite)


def _opens_sentence(words: list[Word], start: int) -> bool:
    """Whether nothing but quotation marks, or a dateline, comes before ``start``: a
    relative clause needs the noun it follows ("Der in der Kritik stehende Minister hat …",
    "Moskau – Die von Russland annektierte Krim …" open main clauses)."""
    before = words[:start]
    if all(w.text in QUOTES or w.tag == "$(" for w in before):
        return True
    # a dateline: names before a dash ("Moskau –", "Washington (AP) –")
    names = [w for w in before[:-1] if w.tag != "$("]
    return before[-1].text in DASHES and all(w.tag == "NE" for w in names)


def _retag_pronoun(words: list[Word], body: list[int]) -> None:
    """The form that opens a relative clause before a name is its pronoun ("…, der Putin
    getroffen hatte"), not the article HanTa takes it for."""
    k = 1 if words[body[0]].tag in ("APPR", "APPRART") and len(body) > 1 else 0
    word = words[body[k]]
    if word.tag == "ART" and word.text.lower() in _RELATIVE_FORMS:
        words[body[k]] = replace(word, tag="PRELS")


def _article_of_main_clause(words: list[Word], body: list[int], has_finite: bool) -> bool:
    """ "Die EU-Staaten, die USA und Polen hatten … aufgefordert": HanTa's relative "die"
    before a noun is an article (and retagged ART) when the finite verb does not close the
    segment."""
    first = words[body[0]]
    after = words[body[1]] if len(body) > 1 else None
    return (
        first.tag == "PRELS"
        and after is not None
        and after.tag in ("NN", "NE", "ADJA")
        and has_finite
        and not is_verb_final(words, body)
    )


def is_verb_final(words: list[Word], positions: list[int]) -> bool:
    verbs = [p for p in positions if words[p].is_verb]
    return bool(verbs) and words[verbs[-1]].finite and verbs[-1] == positions[-1]


# Focus particles before a Vorfeld list: "Auch die Behörden in Frankreich, Belgien und …"
_FOCUS_WORDS = frozenset({"auch", "selbst", "sogar", "nur", "gerade"})
# Dashes that close a dateline ("Bamako – Bei Kämpfen …"; de.py tags what follows apart)
DASHES = frozenset({"–", "—"})


def opens_list(words: list[Word], fragment: list[int], positions: list[int]) -> bool:
    """Is the verbless ``fragment`` a first list member whose list ends with "und"/"oder"
    in the Vorfeld of the verb-second clause at ``positions``? "Nicht nur A, sondern auch B
    kritisierten …" is such a list, closed by "sondern"."""
    not_only = opens_with_not_only(words, fragment)
    first = fragment[2] if not_only else fragment[0]
    k = fragment.index(first)
    if words[first].text.lower() in _FOCUS_WORDS and k + 1 < len(fragment):
        first = fragment[k + 1]  # "Auch die Behörden in Frankreich, …"
    # also a phrase of time or place whose noun the list continues: "Nach Gesprächen mit
    # Frankreich, Italien und Spanien hat Deutschland …"
    opening = ("NN", "NE", "ART", "ADJA", "PDAT", "PPOSAT", "PIAT", "APPR", "APPRART")
    if words[first].tag not in opening or words[fragment[-1]].tag not in ("NN", "NE"):
        return False
    if any(words[p].is_verb or words[p].tag == "KON" for p in fragment):
        return False
    # a dash after the sentence's first words closes a dateline ("Bamako – Bei Kämpfen …")
    if fragment[0] == 0 and any(
        words[p].text in DASHES for p in range(fragment[-1] + 1, positions[0])
    ):
        return False
    vorfeld = []
    for p in positions:
        if words[p].finite:
            break
        vorfeld.append(words[p])
    closers = ("sondern",) if not_only else ("und", "oder", "sowie")
    return any(w.tag == "KON" and w.text.lower() in closers for w in vorfeld)


def opens_with_not_only(words: list[Word], fragment: list[int]) -> bool:
    """Does the fragment open with "nicht nur" before its first list member?"""
    return len(fragment) > 2 and [words[p].text.lower() for p in fragment[:2]] == ["nicht", "nur"]


def bridged(words: list[Word], before: list[int], after: list[int]) -> list[int]:
    """``after`` with the commas between it and ``before``: a list ("A, B und C") split
    by the segmentation is whole again in the clause it joins."""
    if not before:
        return list(after)
    commas = [p for p in range(before[-1] + 1, after[0]) if words[p].text == ","]
    return commas + list(after)


def runs(words: list[Word], positions: list[int]) -> list[list[int]]:
    """Stretches of adjacent positions; quotation marks between two positions do not part
    them ("über meine »alten« Ansichten"), nor does an aside in brackets ("Spahn (CDU) und
    Laschet": one coordination)."""
    stretches: list[list[int]] = []
    for p in positions:
        gap = range(stretches[-1][-1] + 1, p) if stretches else range(0)
        quotes = all(words[q].tag == "$(" and words[q].text in QUOTES for q in gap)
        aside = bool(gap) and _short_aside(words, gap[0], gap[-1])
        if stretches and (quotes or aside):
            stretches[-1].append(p)
        else:
            stretches.append([p])
    return stretches


_ASIDE_WORDS = 4  # "(CDU)", "(SPD-Fraktion)", "(Die Linke)"


def _short_aside(words: list[Word], first: int, last: int) -> bool:
    """Whether ``words[first..last]`` is one short verbless aside in brackets: "(CDU)",
    "(r.)", "(Die Linke)"."""
    inside = words[first + 1 : last]
    return (
        words[first].text == "("
        and words[last].text == ")"
        and 0 < len(inside) <= _ASIDE_WORDS
        and not any(w.is_verb or w.text in ("(", ")") for w in inside)
    )

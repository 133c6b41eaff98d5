"""Build src/chronik/data/verbs/en.petrarch.v1.tsv: the PETRARCH-2 CAMEO verb dictionary
converted into chronik's English pattern format (docs/patterns.md).

    python training/build_en_patterns.py [--shared ../shared/data/ontology]

Source: ``dictionaries/petrarch_phoenix/CAMEO.2.0.txt`` (Open Event Data Alliance, MIT),
397 verb blocks. Per block, every verb becomes a lemma (``+ASK_FOR`` → lemma ``ask`` with
condition ``pp:for``, ``+BEEF_UP`` → ``beef up``, ``+TAKE_PART_IN`` → ``take`` with
``obj=part pp:in``), with a bare row carrying the verb's or the block's code (``[---]`` →
``-``, a sense that is no event). Every pattern line becomes a row for the verb its comment
names (all verbs of the block without words of their own when it names none of them):

* ``NOUN``, ``{FINANCIAL AID}``, ``&CURRENCY`` after ``*`` → ``obj=noun`` (synonym sets
  expand to head lists, phrases join with ``_``); before ``*`` → ``subj=noun``;
* ``(PREP NOUN)`` → ``pp:prep=noun``; ``(PREP)`` → ``pp:prep``;
* a particle right after ``*`` (``SET * OUT VIEWS``) joins the lemma (``set out``);
* ``$`` / ``+`` mark the slot of the source / target (``(TO +)`` → target ``pp:to``);
* ``[x:x]`` → ``reciprocal``; ``[:y]`` swaps source and target; ``[x:y]`` keeps ``x``
  (PETRARCH-2 reads ``y``, the "passive meaning", only where ``x`` is empty) and adds
  ``paired=y`` where the same words state ``y`` of the target (``STATED_PAIRS``);
* no row has ``optional-target``: PETRARCH codes only dyads, and so do its rows here;
* a row of the unspecific use of force (``190``: hammer, battle, pound, ...) has
  ``verbal=111`` (``VERBAL_FORCE``): between political actors of one country ("Obama will
  hammer House Republicans on immigration") it is criticism, as the hand rows of attack.

Ours win: for a lemma chronik's hand-written file (data/verbs/en.v1.tsv) has verb rows
for, only converted rows with a head condition are written, flagged ``fallback`` (they
apply only where no hand row does); lemmas it lists only as modality verbs get none.
What cannot be expressed (pre-verb compounds, coordinated verbs, a copula with its
complement, auxiliaries, codes the
ontology lacks, repeated conditions, transformations) is listed with the reason
in training/reports/en_petrarch_unconverted.tsv.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from chronik.datafiles import CAMEO as CAMEO_CODES
from chronik.datafiles import PATTERNS_EN, PATTERNS_EN_PETRARCH, source_path
from chronik.dictionaries import write_tsv
from chronik.pattern_rows import PATTERN_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
OUT = source_path(PATTERNS_EN_PETRARCH, ROOT)
HAND = source_path(PATTERNS_EN, ROOT)
CAMEO = source_path(CAMEO_CODES, ROOT)
REPORT = ROOT / "training" / "reports" / "en_petrarch_unconverted.tsv"
ALONE_NO_EVENT = ROOT / "training" / "curated" / "en_petrarch_alone_no_event.tsv"
SOURCE = "CAMEO.2.0.txt"
# The unspecific use of force and what it is between political actors of one country:
# criticism in words (events_verbal.py, the hand rows' ``verbal=111`` on attack).
VERBAL_FORCE = {"190": "111"}

# Second words of a multi-word verb that the English analysis attaches to the lemma
# (``compound:prt``); any other second word is a preposition: a ``pp:`` condition.
PARTICLES = frozenset(
    {"up", "out", "off", "away", "back", "down", "over", "forward", "aside", "together", "forth"}
)
PREPOSITIONS = frozenset(
    {"for", "with", "to", "against", "into", "from", "of", "at", "about", "upon", "on", "in"}
    | {"by", "after", "toward", "towards", "across", "through", "under", "behind", "before"}
    | {"around", "along", "as", "over", "onto", "within", "without", "off", "out", "up"}
)
# Verbs whose complement is an adjective, no object ("+IS_DETERMINED", "+SEEM_CONFIDENT").
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "seem", "appear", "become"})
# Words before the verb that belong to its verb group, not to the subject ("WILL NOT *").
AUXILIARIES = frozenset({"will", "would", "not", "can", "could", "must", "to", "has", "have"})
# Where to look for the target when the pattern marks none.
TARGETS_OBJ_FREE = ("obj", "iobj", "pp:to", "pp:with", "pp:against", "pp:on")
TARGETS_OBJ_TAKEN = ("iobj", "pp:to", "pp:with", "pp:against", "pp:on", "pp:from", "obj")
# [x:y] pairs whose y the same words state of the target towards the source, coded beside x
# as ``paired=y`` (docs/annotation.md, *Reciprocity*): "received the envoy" is also the
# envoy's visit (043:042), and protesters who clash with the police meet its repression
# (145:175). Every other pair keeps x alone, as PETRARCH-2 does: a visit does not state that
# the host received the guest (042:043), nor dispersing a protest that it was violent
# (175:145).
STATED_PAIRS = frozenset({("043", "042"), ("145", "175")})
# Where the actor of a ``[:y]`` reaction stands first ("faced criticism from", "received
# threats from", "was put on trial by").
REACTORS = ("pp:from", "pp:by")
# A synonym set inside a phrase expands to at most this many heads.
MAX_EXPANSION = 150


class Unconvertible(Exception):
    """A dictionary line chronik's pattern language cannot express."""


@dataclass
class Verb:
    lemma: str
    code: str | None
    line: int
    pp: str = ""  # "+ASK_FOR": the preposition the verb takes
    word: str = ""  # the entry as a pattern comment names it ("wage_war")
    phrase: dict[str, list[str]] = field(default_factory=dict)  # "+WAGE_WAR": obj=war
    problem: str = ""  # why the entry is no lemma of ours


@dataclass
class Block:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Code:
    """A pattern's CAMEO code: both ways (``[x:x]``), the target's reaction alone (``[:y]``),
    or with the target's act the same words state (``paired``)."""

    code: str
    reciprocal: bool = False
    reverse: bool = False
    paired: str = ""


@dataclass(frozen=True)
class Converted:
    lemma: str
    when: tuple[str, ...]
    source: str
    target: str
    code: str
    flags: str
    note: str


def strip_comment(line: str) -> tuple[str, str]:
    text, _, comment = line.partition("#")
    return text.strip(), comment.strip()


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[Block], list[int]]:
    """Synonym sets, verb blocks and the line numbers of transformations (``~``)."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    transformations: list[int] = []
    current_set: list[str] | None = None
    for number, raw in enumerate(path.read_text(encoding="latin-1").splitlines(), start=1):
        if raw.startswith("---"):
            match = re.match(r"---\s+(.*?)\s+\[(.*?)\]\s+---", raw)
            if match:
                blocks.append(Block(match[1], match[2], number))
                current_set = None
            continue
        text = strip_comment(raw)[0]
        if not text:
            continue
        if text.startswith("~"):
            transformations.append(number)
        elif text.startswith("&"):
            current_set = synsets.setdefault(text.upper(), [])
        elif not blocks and current_set is not None and text.startswith("+"):
            current_set.append(text[1:])
        elif blocks and text.startswith("-"):
            blocks[-1].patterns.append((number, raw))
        elif blocks:
            blocks[-1].verbs.append(parse_verb(text, number))
    return synsets, blocks, transformations


def parse_verb(text: str, number: int) -> Verb:
    """``ASK [020]``, ``HURRY {HURRIES ...}``, ``+ASK_FOR {...} [020]``, ``WIRE_+TAP``,
    ``+WAGE_WAR`` (the verb with its object: ``wage`` and ``obj=war``), ``+SET_IN_MOTION``
    (``set`` and ``pp:in=motion``)."""
    code_match = re.search(r"\[([^\]]*)\]", text)
    code = code_match[1].strip() if code_match else None
    word = re.sub(r"\{.*?\}|\[.*?\]", "", text).split()[0]
    parts = [p for p in word.split("_") if p]
    if len(parts) > 1 and not parts[0].startswith("+"):
        return Verb("", code, number, problem="multi-word verb with words before the verb")
    parts = [p.lstrip("+").lower() for p in parts]
    verb = Verb(parts[0], code, number, word="_".join(parts))
    rest = parts[1:]
    if rest and rest[0] in PARTICLES:
        verb.lemma += " " + rest.pop(0)
    if {"and", "or"} & set(rest):
        return replace(verb, lemma="", problem="coordinated verbs (ARREST_AND)")
    if verb.lemma in COPULAS and rest:
        return replace(verb, lemma="", problem="a copula with its complement (IS_DETERMINED)")
    noun = list(itertools.takewhile(lambda w: w not in PREPOSITIONS, rest))
    rest = rest[len(noun) :]
    if noun:
        verb.phrase["obj"] = ["_".join(noun)]
    if rest:
        verb.pp = rest[0]
        verb.phrase[f"pp:{rest[0]}"] = ["_".join(rest[1:])] if rest[1:] else []
    return verb


def tokens(text: str) -> list[str]:
    """Pattern tokens: words, ``{...}``, ``(...)``, ``*``, ``$``, ``+``, ``%``, ``^``."""
    return re.findall(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+", text)


def group_prepositions(items: list[str]) -> list[str]:
    """A bare preposition takes the next item as its phrase: ``TO &DEFENSE`` is
    ``(TO &DEFENSE)``, ``OF +`` is ``(OF +)``."""
    grouped: list[str] = []
    index = 0
    while index < len(items):
        item = items[index]
        if item.lower() in PREPOSITIONS and index + 1 < len(items):
            following = items[index + 1]
            following = following[1:-1] if following.startswith("(") else following
            grouped.append(f"({item} {following})")
            index += 2
        else:
            grouped.append(item)
            index += 1
    return grouped


class Converter:
    def __init__(self, synsets: dict[str, list[str]], codes: set[str]) -> None:
        self.synsets = synsets
        self.codes = codes

    def heads(self, token: str) -> list[str]:
        """Head alternatives of a word, ``{PHRASE}`` or ``&SET`` (``_``-joined)."""
        words = token.strip("{}").split()
        options: list[list[str]] = [[]]
        for word in words:
            if word.startswith("&"):
                members = self.synsets.get(word.upper())
                if members is None:
                    raise Unconvertible(f"unknown synonym set {word}")
            else:
                members = [word]
            options = [[*o, m.strip("_").replace("_", " ")] for o in options for m in members]
            if len(options) > MAX_EXPANSION and len(words) > 1:
                raise Unconvertible(f"phrase {token} expands to over {MAX_EXPANSION} heads")
        # Members with characters a condition cannot hold ("F/A-18") are left out.
        heads = ["_".join(" ".join(o).lower().split()) for o in options]
        heads = [h for h in heads if re.fullmatch(r"[\w'.-]+", h)]
        if not heads:
            raise Unconvertible(f"head {token} has characters a condition cannot hold")
        return heads

    def code(self, text: str) -> Code:
        """The code of ``[x]``, ``[x:x]``, ``[x:y]`` and ``[:y]`` (only the target's reaction:
        the target does ``y`` to the source); ``---`` → ``-``."""
        first, colon, second = text.partition(":")
        first, second = first.strip(), second.strip()
        reverse = not first and bool(second)
        if reverse:
            first = second
        if first == "---":
            return Code("-")
        if first not in self.codes:
            raise Unconvertible(f"CAMEO code {first} not in the ontology")
        reciprocal = bool(colon) and first == second and not reverse
        paired = second if (first, second) in STATED_PAIRS else ""
        return Code(first, reciprocal, reverse, paired)

    def pattern(self, text: str) -> tuple[str, dict[str, list[str]], str, str]:
        """(particle, conditions slot → heads, source slot, target slot) of a pattern body."""
        before, star, after = text.partition("*")
        if not star:
            raise Unconvertible("no verb position '*'")
        if AUXILIARIES & set(before.lower().split()):
            raise Unconvertible("auxiliary or negation before the verb")
        conditions: dict[str, list[str]] = {}
        marks = {"$": "", "+": ""}
        self._side(tokens(before), "subj", conditions, marks)
        after_tokens = tokens(after)
        particle = ""
        if after_tokens and after_tokens[0].lower() in PARTICLES:
            particle = after_tokens.pop(0).lower()
        self._side(after_tokens, "obj", conditions, marks)
        return particle, conditions, marks["$"], marks["+"]

    def _side(
        self,
        items: list[str],
        noun_slot: str,
        conditions: dict[str, list[str]],
        marks: dict[str, str],
    ) -> None:
        phrase: list[str] = []  # consecutive bare words: one phrase ("FIRST MOVE")
        for item in [*group_prepositions(items), "^"]:
            if phrase and (item in {"^", "%", "$", "+"} or item.startswith("(")):
                self._add(conditions, noun_slot, self.heads(" ".join(phrase)))
                phrase = []
            if item in {"^", "%"}:
                continue
            if item in marks:
                self._mark(marks, item, noun_slot)
            elif item.startswith("("):
                self._prepositional(item[1:-1].split(), conditions, marks)
            else:
                phrase.append(item.strip("{}"))

    def _prepositional(
        self, words: list[str], conditions: dict[str, list[str]], marks: dict[str, str]
    ) -> None:
        if not words:
            raise Unconvertible("empty prepositional phrase")
        slot = "pp:" + words[0].lower()
        rest = " ".join(words[1:])
        rest_items = tokens(rest)
        nouns = [i for i in rest_items if i not in {"$", "+", "^", "%"}]
        for marker in {"$", "+"} & set(rest_items):
            self._mark(marks, marker, slot)
        words_only = [n for n in nouns if n.lower() not in {"a", "an", "the"}]
        if len(nouns) > 1 and all(re.fullmatch(r"[A-Z'-]+", n) for n in words_only):
            nouns = ["{" + " ".join(words_only) + "}"]  # (TO A VOTE): the phrase "vote"
        if len(nouns) > 1:
            raise Unconvertible(f"prepositional phrase ({' '.join(words)}) with several nouns")
        self._add(conditions, slot, self.heads(nouns[0]) if nouns else [])

    @staticmethod
    def _mark(marks: dict[str, str], marker: str, slot: str) -> None:
        if marks[marker]:
            raise Unconvertible(f"marker {marker} twice")
        marks[marker] = slot

    @staticmethod
    def _add(conditions: dict[str, list[str]], slot: str, heads: list[str]) -> None:
        if slot in conditions and (heads or conditions[slot]):
            raise Unconvertible(f"two conditions on {slot}")
        conditions[slot] = heads


def when_text(conditions: dict[str, list[str]]) -> tuple[str, ...]:
    return tuple(
        f"{slot}={'|'.join(dict.fromkeys(heads))}" if heads else slot
        for slot, heads in conditions.items()
    )


def row_for(
    verb: Verb,
    particle: str,
    conditions: dict[str, list[str]],
    marks: tuple[str, str],
    code: Code,
    note: str,
) -> Converted:
    source, target = marks
    conditions = dict(conditions)
    own = dict(verb.phrase)  # the verb's own words first: "+ASK_FOR", "+WAGE_WAR"
    for slot, heads in conditions.items():
        if own.get(slot) and heads and own[slot] != heads:
            raise Unconvertible(f"two conditions on {slot}")
        own[slot] = own.get(slot) or heads
    conditions = own
    if particle and " " in verb.lemma:
        raise Unconvertible(f"particle {particle} after a phrasal verb {verb.lemma}")
    lemma = f"{verb.lemma} {particle}".strip()
    if not target and source and source != "subj":
        target = "subj"  # "* PROTESTS (FROM $)": the source is elsewhere, the subject is hit
    if not target:
        # A bare preposition of the pattern ("RUSH * (TO)") holds the target first.
        taken = {s for s, heads in conditions.items() if heads}
        bare = [s for s, heads in conditions.items() if s.startswith("pp:") and not heads]
        pool = TARGETS_OBJ_TAKEN if "obj" in taken else TARGETS_OBJ_FREE
        # [:y]: who reacts stands behind "from" or "by" ("came under fire from the opposition")
        pool = (*REACTORS, *pool) if code.reverse else pool
        slots = [*bare, *(s for s in pool if s not in taken or s == "obj")]
        target = "|".join(dict.fromkeys(s for s in slots if s != source))
    if target == (source or "subj"):
        raise Unconvertible("source and target in the same slot")
    source = source or "subj"
    if code.reverse:  # [:y]: the target reacts; head-target then checks the subject
        source, target = target, source
    flags = ["reciprocal"] * code.reciprocal + ["head-target"]
    flags += [f"paired={code.paired}"] * bool(code.paired)
    if code.code in VERBAL_FORCE:
        flags.append(f"verbal={VERBAL_FORCE[code.code]}")
    return Converted(lemma, when_text(conditions), source, target, code.code, " ".join(flags), note)


def alone_no_event() -> frozenset[str]:
    """Verbs whose bare row codes no event in news (training/curated/, with examples)."""
    with ALONE_NO_EVENT.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return frozenset(r["lemma"] for r in csv.DictReader(lines, delimiter="\t"))


def convert_block(
    block: Block,
    converter: Converter,
    report: list[tuple[int, str, str]],
    alone: frozenset[str] = frozenset(),
) -> Iterator[Converted]:
    verbs = []
    for verb in block.verbs:
        if not verb.lemma:
            report.append((verb.line, block.name, verb.problem))
            continue
        try:
            code = converter.code(verb.code or block.code)
        except Unconvertible as problem:
            report.append((verb.line, block.name, str(problem)))
            continue
        verbs.append(verb)
        note = f"PETRARCH {SOURCE}:{verb.line} block {block.name}: {verb.lemma}"
        if verb.lemma in alone and not verb.phrase:  # "Republicans control Congress"
            code, note = Code("-"), f"{note} (alone no event in news: {ALONE_NO_EVENT.name})"
        yield row_for(verb, "", {}, ("", ""), code, note)
    for number, raw in block.patterns:
        text, comment = strip_comment(raw)
        named = comment.split()[0].lower() if comment else ""
        body, _, code_text = text[1:].rpartition("[")
        try:
            code = converter.code(code_text.rstrip("] "))
            particle, conditions, source, target = converter.pattern(body)
            # a verb with words of its own ("+WAGE_WAR") takes only the lines naming it
            own = [v for v in verbs if _names(named, v)] or [
                v for v in verbs if not any(v.phrase.values())
            ]
            for verb in own:
                note = f"PETRARCH {SOURCE}:{number} block {block.name}: {' '.join(body.split())}"
                yield row_for(verb, particle, conditions, (source, target), code, note)
        except Unconvertible as problem:
            report.append((number, block.name, f"{problem}: {text}"))


def _names(named: str, verb: Verb) -> bool:
    """Whether a pattern's comment names ``verb`` (its first word, or its whole entry when
    the entry holds words of its own: ``# WAGE_WAR``)."""
    return named == (verb.word if any(verb.phrase.values()) else verb.lemma.split()[0])


def hand_lemmas() -> set[str]:
    """The verb lemmas of the hand file, of any kind but nouns: a lemma listed only as
    ``requesting`` or ``intent`` ("invite", "plan") is ours too and codes no event itself;
    a ``document`` noun ("deal", "bill") leaves the verb of the same spelling to PETRARCH."""
    with HAND.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {
        r["lemma"].casefold()
        for r in rows
        if r["kind"] not in {"noun", "intent-marker", "document"}
    }


def hand_verb_lemmas() -> set[str]:
    """The lemmas with verb rows in the hand file: converted rows for them are fallbacks."""
    with HAND.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {r["lemma"].casefold() for r in rows if r["kind"] == "verb"}


def cameo_codes() -> set[str]:
    with CAMEO.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return {r["code"] for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def merge(
    converted: list[Converted], report: list[tuple[int, str, str]]
) -> tuple[list[Converted], int]:
    """Drop rows for lemmas the hand file has (ours win) and repeated condition sets
    (the first block wins). Returns the rows kept and how many the hand file overrode."""
    ours = hand_lemmas()
    verbs = hand_verb_lemmas()
    seen: dict[tuple[str, tuple[str, ...]], Converted] = {}
    overridden = 0
    for row in converted:
        if row.lemma in verbs and any("=" in c for c in row.when):
            row = replace(row, flags=f"{row.flags} fallback".strip())
        elif row.lemma in ours:
            overridden += 1
            continue
        key = (row.lemma, row.when)
        if key in seen:
            if seen[key].code != row.code:
                line = int(row.note.split(":")[1].split()[0])
                block, _, body = row.note.partition(" block ")[2].partition(": ")
                problem = f"{row.lemma}: same conditions as a row coded {seen[key].code}: {body}"
                report.append((line, block, problem))
            continue
        seen[key] = row
    return list(seen.values()), overridden


def write(rows: list[Converted], overridden: int, report: list[tuple[int, str, str]]) -> None:
    write_tsv(
        OUT,
        PATTERN_COLUMNS,
        (
            (r.lemma, "verb", " ".join(r.when), r.source, r.target, r.code, r.flags, r.note)
            for r in rows
        ),
        "derived by training/build_en_patterns.py from PETRARCH-2 CAMEO.2.0.txt\n"
        "(c) Open Event Data Alliance, MIT licence. Do not edit: edit en.v1.tsv (whose rows\n"
        "win over these for the same lemma) or the converter. Format: docs/patterns.md.",
    )
    write_tsv(
        REPORT,
        ("line", "block", "problem"),
        sorted(set(report)),
        "lines of CAMEO.2.0.txt that build_en_patterns.py cannot express, with the reason",
    )
    print(
        f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}; {overridden} rows for lemmas of "
        f"the hand file left out; {len(report)} lines reported in {REPORT.relative_to(ROOT)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data/ontology"))
    args = parser.parse_args()
    source = args.shared / "dictionaries" / "petrarch_phoenix" / SOURCE
    synsets, blocks, transformations = read_dictionary(source)
    converter = Converter(synsets, cameo_codes())
    report = [(n, "-", "verb-verb transformation (~): not a pattern") for n in transformations]
    alone = alone_no_event()
    converted = [r for block in blocks for r in convert_block(block, converter, report, alone)]
    rows, overridden = merge(converted, report)
    write(rows, overridden, report)


if __name__ == "__main__":
    main()

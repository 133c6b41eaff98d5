"""Accuracy and speed of the German clause analysis against UD German-GSD.

    python benchmarks/de_frames.py [--conllu PATH] [--limit N]

PATH defaults to ../shared/data/nlp/UD_German-GSD/de_gsd-ud-dev.conllu.gz (gzip or plain).

The raw sentence texts of the treebank (one per line) are analysed as one article. Frames are
compared with the gold dependencies as (predicate word, role, argument head word) triples:

    subject  Frame role "subj"        ↔ UD nsubj, nsubj:pass
    object   Frame roles "obj", "iobj" ↔ UD obj, iobj, and obl:arg without a preposition
             (GSD has no iobj: it labels dative objects obl:arg)
    pp       Frame roles "pp", "agent" ↔ UD obl, obl:arg, obl:agent with a preposition, and
             nmod with a preposition on a copular predicate ("ist für mich Ausgangspunkt")
    reflexive Frame.reflexive ↔ UD obj/expl:pv filled by a reflexive pronoun (Reflex=Yes);
             such objects are scored here, not as objects

Our words are aligned to gold words by character offsets. A frame's trigger is the lexical
verb; where gold makes a copula or auxiliary the dependent of a predicate ("ist … groß"),
the trigger is mapped to that predicate, as UD does. An argument's head word is the word in
its (first) conjunct whose lemma is ``Argument.head``. Prints ``name: value`` lines.
"""

from __future__ import annotations

import argparse
import gzip
import time
from dataclasses import dataclass
from pathlib import Path

from chronik.actors import ActorDictionary
from chronik.analysis.de import GermanAnalyzer
from chronik.document import Document
from chronik.records import Argument, Article, Frame, Sentence
from chronik.references_gender import given_names

DEFAULT = Path("../shared/data/nlp/UD_German-GSD/de_gsd-ud-dev.conllu.gz")
ROLE_CLASS = {"subj": "subject", "obj": "object", "iobj": "object", "pp": "pp", "agent": "pp"}
GOLD_CLASS = {
    "nsubj": "subject",
    "nsubj:pass": "subject",
    "obj": "object",
    "iobj": "object",
    "obl": "pp",
    "obl:arg": "pp",
    "obl:agent": "pp",
    "expl:pv": "object",
}


@dataclass(frozen=True)
class GoldWord:
    id: int
    form: str
    head: int
    deprel: str
    start: int
    end: int
    reflexive: bool = False


def read_conllu(path: Path) -> list[tuple[str, list[GoldWord]]]:
    """(text, words with character offsets into text) per sentence."""
    opener = gzip.open if path.suffix == ".gz" else open
    sentences: list[tuple[str, list[GoldWord]]] = []
    text, rows = "", []
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in [*lines, "\n"]:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = ") :]
            elif line and not line.startswith("#"):
                rows.append(line.split("\t"))
            elif not line and rows:
                sentences.append((text, _align(text, rows)))
                text, rows = "", []
    return sentences


def _align(text: str, rows: list[list[str]]) -> list[GoldWord]:
    words: list[GoldWord] = []
    offset = 0
    multiword: tuple[int, int, int] = (0, 0, 0)  # last word id, start, end
    for row in rows:
        if "." in row[0]:
            continue
        if "-" in row[0]:  # "zum" = zu + dem: the words share the surface token's span
            start = _find(text, row[1], offset)
            offset = start + len(row[1])
            multiword = (int(row[0].split("-")[1]), start, offset)
            continue
        number = int(row[0])
        if number <= multiword[0]:
            start, end = multiword[1], multiword[2]
        else:
            start = _find(text, row[1], offset)
            end = offset = start + len(row[1])
        reflexive = "Reflex=Yes" in row[5] or row[7] == "expl:pv"
        words.append(GoldWord(number, row[1], int(row[6]), row[7], start, end, reflexive))
    return words


def _find(text: str, form: str, offset: int) -> int:
    found = text.find(form, offset)
    return offset if found < 0 else found


def gold_triples(words: list[GoldWord], base: int) -> set[tuple[str, int, int]]:
    by_id = {w.id: w for w in words}
    has_case = {w.head for w in words if w.deprel == "case"}
    copular = {w.head for w in words if w.deprel == "cop"}
    triples = set()
    for w in words:
        role = GOLD_CLASS.get(w.deprel)
        if w.deprel == "nmod" and w.head in copular:
            role = "pp"  # "ist für mich Ausgangspunkt": GSD's nmod of a nominal predicate
        if role == "object" and w.reflexive:
            role = "reflexive"
        if w.deprel == "obl:arg" and w.id not in has_case:
            role = "object"  # GSD's dative (and genitive) objects: "gab es dem Vogel"
        if role is None or w.head == 0 or (role == "pp" and w.id not in has_case):
            continue
        triples.add((role, base + by_id[w.head].start, base + w.start))
    return triples


def predicted_triples(
    sentence: Sentence, frames: tuple[Frame, ...], gold: dict[int, GoldWord], base: int
) -> set[tuple[str, int, int]]:
    triples = set()
    seen: set[Argument] = set()
    for frame in frames:
        if frame.clause == "nominal":
            continue
        predicate = _gold_word(gold, frame.trigger.end - 1 - base)
        if predicate is None:
            continue
        if predicate.deprel in ("cop", "aux", "aux:pass") and predicate.head in gold:
            predicate = gold[predicate.head]
        if frame.reflexive:
            pronoun = _reflexive_near(sentence, frame)
            if pronoun is not None and (word := _gold_word(gold, pronoun - base)) is not None:
                triples.add(("reflexive", base + predicate.start, base + word.start))
        for argument in frame.arguments:
            if argument in seen and argument.role == "subj":
                continue  # shared by coordinated verbs: UD attaches it to the first only
            seen.add(argument)
            role = ROLE_CLASS.get(argument.role)
            head = _argument_head(sentence, argument)
            word = _gold_word(gold, head - 1 - base) if head is not None else None
            if role and word is not None:
                triples.add((role, base + predicate.start, base + word.start))
    return triples


def _reflexive_near(sentence: Sentence, frame: Frame) -> int | None:
    """The reflexive pronoun nearest to the frame's trigger."""
    pronouns = [t for t in sentence.tokens if t.tag == "PRF"]
    if not pronouns:
        return None
    return min(pronouns, key=lambda t: abs(t.start - frame.trigger.start)).start


def _gold_word(gold: dict[int, GoldWord], start: int) -> GoldWord | None:
    for word in gold.values():
        if word.start <= start < word.end:
            return word
    return None


def _argument_head(sentence: Sentence, argument: Argument) -> int | None:
    """End offset of the argument's head token (a hyphenated compound's head is its last
    part, "US-Präsident" → "Präsident", where the treebank splits it)."""
    member = argument.members[0]
    inside = [t for t in sentence.tokens if member.start <= t.start < member.end]
    for token in inside:
        if token.lemma == argument.head and token.pos != "ADP":
            return token.end
    for token in inside:
        if token.pos in ("NOUN", "PROPN", "PRON"):
            return token.end
    return None


def score(predicted: set, gold: set, role: str | None) -> tuple[float, float, float]:
    p = {t for t in predicted if role is None or t[0] == role}
    g = {t for t in gold if role is None or t[0] == role}
    hits = len(p & g)
    precision = hits / len(p) if p else 0.0
    recall = hits / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = parser.parse_args()
    sentences = read_conllu(args.conllu)
    if args.limit:
        sentences = sentences[: args.limit]
    bases, parts, base = [], [], 0
    for text, _ in sentences:
        bases.append(base)
        parts.append(text)
        base += len(text) + 1
    article_text = "\n".join(parts)

    started = time.perf_counter()
    analyzer = GermanAnalyzer(  # as the pipeline has it
        given_names=frozenset(given_names()), family_name=ActorDictionary.load().is_family_name
    )
    load_s = time.perf_counter() - started
    doc = Document(article=Article(id="gsd", text=article_text, lang="de"), lang="de")
    started, cpu_started = time.perf_counter(), time.process_time()
    doc = analyzer(doc)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started

    gold_all: set = set()
    predicted_all: set = set()
    for (text, words), base in zip(sentences, bases, strict=True):
        gold_all |= gold_triples(words, base)
        gold_by_id = {w.id: w for w in words}
        for sentence in doc.sentences:
            if base <= sentence.start < base + len(text) + 1:
                frames = doc.frames_of(sentence.index)
                predicted_all |= predicted_triples(sentence, frames, gold_by_id, base)

    tokens = sum(len(s.tokens) for s in doc.sentences)
    print(f"sentences: {len(sentences)}")
    print(f"tokens: {tokens}")
    print(f"frames: {len(doc.frames)}")
    roles = (
        ("subject", "subject"),
        ("object", "object"),
        ("pp", "pp"),
        ("reflexive", "reflexive"),
        ("all", None),
    )
    for name, role in roles:
        precision, recall, f1 = score(predicted_all, gold_all, role)
        print(f"{name}_precision: {precision:.3f}")
        print(f"{name}_recall: {recall:.3f}")
        print(f"{name}_f1: {f1:.3f}")
    print(f"load_s: {load_s:.2f}")
    print(f"seconds: {elapsed:.2f}")
    print(f"tokens_per_s: {tokens / elapsed:.0f}")
    print(f"sentences_per_s: {len(doc.sentences) / elapsed:.1f}")
    # per CPU second: steadier than wall time on a shared machine
    print(f"tokens_per_cpu_s: {tokens / cpu:.0f}")
    print(f"sentences_per_cpu_s: {len(doc.sentences) / cpu:.1f}")


if __name__ == "__main__":
    main()

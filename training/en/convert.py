"""Convert UD English-EWT into spaCy training corpora.

Reads ``nlp/UD_English-EWT/en_ewt-ud-{train,dev}.conllu.gz`` from the shared data folder
(never needed at run time): words, spacing (``SpaceAfter=No``), UPOS, PTB tags, UD features,
lemmas and dependencies (full labels with subtypes, so the parser learns ``nsubj:pass``,
``compound:prt``, ``obl:agent``). No entities: the shipped pipeline has no entity recognizer.

Multiword tokens ("don't", "Iran's") are split into their syntactic words, as spaCy's English
tokenizer splits them too. Consecutive sentences of one EWT document are grouped into docs
of up to ``--sentences-per-doc`` sentences so the parser learns sentence boundaries.

    python training/en/convert.py --shared ../shared --out training/output/corpus
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

EWT = "data/nlp/UD_English-EWT/en_ewt-ud-{split}.conllu.gz"


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space: bool


@dataclass
class UdSentence:
    sent_id: str
    new_doc: bool
    words: list[Word]


def read_conllu(path: Path) -> Iterator[UdSentence]:
    """Sentences of a (gzipped) CoNLL-U file; empty nodes are dropped."""
    sent_id, new_doc, rows = "", False, []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line.removeprefix("# sent_id = ")
            elif line.startswith("# newdoc"):
                new_doc = True
            elif line.startswith("#"):
                continue
            elif line:
                rows.append(line.split("\t"))
            elif rows:
                yield UdSentence(sent_id, new_doc, _words(rows))
                sent_id, new_doc, rows = "", False, []
    if rows:
        yield UdSentence(sent_id, new_doc, _words(rows))


def _words(rows: list[list[str]]) -> list[Word]:
    words: list[Word] = []
    multiword_end, multiword_space = 0, True
    for cols in rows:
        ident = cols[0]
        if "." in ident:
            continue
        if "-" in ident:
            multiword_end = int(ident.split("-")[1])
            multiword_space = "SpaceAfter=No" not in cols[9]
            continue
        number = int(ident)
        if number < multiword_end:
            space = False
        elif number == multiword_end:
            space = multiword_space
        else:
            space = "SpaceAfter=No" not in cols[9]
        words.append(
            Word(
                form=cols[1],
                lemma=cols[2],
                upos=cols[3],
                xpos=cols[4],
                feats="" if cols[5] == "_" else cols[5],
                head=int(cols[6]),
                deprel="ROOT" if cols[7] == "root" else cols[7],
                space=space,
            )
        )
    return words


def group(sentences: list[UdSentence], size: int) -> Iterator[list[UdSentence]]:
    batch: list[UdSentence] = []
    for sent in sentences:
        if batch and (sent.new_doc or len(batch) == size):
            yield batch
            batch = []
        batch.append(sent)
    if batch:
        yield batch


def to_doc(vocab: Vocab, batch: list[UdSentence]) -> Doc:
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
    for sent in batch:
        offset = len(words)
        for i, word in enumerate(sent.words):
            words.append(word.form)
            spaces.append(word.space)
            tags.append(word.xpos)
            pos.append(word.upos)
            morphs.append(word.feats)
            lemmas.append(word.lemma)
            heads.append(offset + (word.head - 1 if word.head else i))
            deps.append(word.deprel)
            starts.append(i == 0)
        # Sentences of a doc are joined by a space (EWT has one sentence per line).
        spaces[-1] = True
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


def convert(shared: Path, out: Path, sentences_per_doc: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    for split in ("train", "dev"):
        sentences = list(read_conllu(shared / EWT.format(split=split)))
        docs = DocBin(store_user_data=False)
        for batch in group(sentences, sentences_per_doc):
            docs.add(to_doc(vocab, batch))
        docs.to_disk(out / f"{split}.spacy")
        print(f"{split}: {len(sentences)} sentences, {len(docs)} docs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("training/output/corpus"))
    parser.add_argument("--sentences-per-doc", type=int, default=10)
    args = parser.parse_args()
    inputs = [EWT.format(split=split) for split in ("train", "dev")]
    missing = [args.shared / name for name in inputs if not (args.shared / name).is_file()]
    if missing:
        hint = "--shared must be the shared data folder"
        sys.exit(f"convert.py: {missing[0]} not found; {hint}")
    convert(args.shared, args.out, args.sentences_per_doc)


if __name__ == "__main__":
    main()

"""Convert UD English-EWT and UNER English-EWT into spaCy training corpora.

Reads (from the shared data folder, never needed at run time):

- ``nlp/UD_English-EWT/en_ewt-ud-{train,dev}.conllu.gz``: words, spacing (``SpaceAfter=No``),
  UPOS, PTB tags, UD features, lemmas and dependencies (full labels with subtypes, so the
  parser learns ``nsubj:pass``, ``compound:prt``, ``obl:agent``);
- ``nlp/UNER_English-EWT/``: PER/LOC/ORG entities in IOB2, matched to the EWT sentences by
  ``sent_id``. Train uses the cleaned draft file (see its SOURCE.md); a sentence whose word
  sequence differs from EWT keeps its entities *missing* rather than wrong;
- ``nlp/BTC/btc.train.gz`` (Broad Twitter Corpus, PER/LOC/ORG): extra entity examples for
  the NER training set only (``ner_train.spacy`` = EWT train + BTC train).

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
BTC_TRAIN = "data/nlp/BTC/btc.train.gz"
UNER = {
    "train": "data/nlp/UNER_English-EWT/en_ewt-ud-train.DRAFT-0c7ce0d.cleaned.iob2.gz",
    "dev": "data/nlp/UNER_English-EWT/en_ewt-ud-dev.iob2.gz",
}


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


def read_iob2(path: Path) -> dict[str, list[tuple[str, str]]]:
    """(form, IOB2 tag) per word, by sent_id."""
    sentences: dict[str, list[tuple[str, str]]] = {}
    sent_id, words = "", []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line.removeprefix("# sent_id = ")
            elif line.startswith("#"):
                continue
            elif line:
                cols = line.split("\t")
                words.append((cols[1], cols[2]))
            elif words:
                sentences[sent_id], sent_id, words = words, "", []
    if words:
        sentences[sent_id] = words
    return sentences


def entity_tags(sent: UdSentence, uner: dict[str, list[tuple[str, str]]]) -> list[str | None]:
    """IOB2 tags aligned to the sentence, or all-missing when UNER's words differ."""
    tagged = uner.get(sent.sent_id)
    if tagged is None or [form for form, _ in tagged] != [w.form for w in sent.words]:
        return [None] * len(sent.words)
    return [tag for _, tag in tagged]


def group(sentences: list[UdSentence], size: int) -> Iterator[list[UdSentence]]:
    batch: list[UdSentence] = []
    for sent in sentences:
        if batch and (sent.new_doc or len(batch) == size):
            yield batch
            batch = []
        batch.append(sent)
    if batch:
        yield batch


def to_doc(vocab: Vocab, batch: list[UdSentence], uner: dict) -> Doc:
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts, ents = ([] for _ in range(10))
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
        ents.extend(entity_tags(sent, uner))
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
        ents=ents,
    )


def read_btc(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Tweets as (token, IOB2 tag) lists; empty or whitespace-holding tokens are dropped."""
    tweet: list[tuple[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2 and cols[0].strip() and not any(c.isspace() for c in cols[0]):
                tweet.append((cols[0], cols[1]))
            elif not line.strip() and tweet:
                yield tweet
                tweet = []
    if tweet:
        yield tweet


def btc_docs(vocab: Vocab, path: Path, size: int) -> Iterator[Doc]:
    tweets = [t for t in read_btc(path) if t]
    for start in range(0, len(tweets), size):
        batch = [pair for tweet in tweets[start : start + size] for pair in tweet]
        yield Doc(vocab, words=[w for w, _ in batch], ents=repair_iob([t for _, t in batch]))


def repair_iob(tags: list[str]) -> list[str]:
    """An I- tag that does not continue an entity of its type starts one."""
    repaired, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        repaired.append(tag)
        previous = tag
    return repaired


def convert(shared: Path, out: Path, sentences_per_doc: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    for split in ("train", "dev"):
        sentences = list(read_conllu(shared / EWT.format(split=split)))
        uner = read_iob2(shared / UNER[split])
        docs = DocBin(store_user_data=False)
        for batch in group(sentences, sentences_per_doc):
            docs.add(to_doc(vocab, batch, uner))
        docs.to_disk(out / f"{split}.spacy")
        matched = sum(entity_tags(s, uner)[0] is not None for s in sentences if s.words)
        print(f"{split}: {len(sentences)} sentences, {len(docs)} docs, {matched} with entities")
        if split == "train":
            for doc in btc_docs(vocab, shared / BTC_TRAIN, sentences_per_doc):
                docs.add(doc)
            docs.to_disk(out / "ner_train.spacy")
            print(f"ner_train: {len(docs)} docs (EWT + BTC)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("training/output/corpus"))
    parser.add_argument("--sentences-per-doc", type=int, default=10)
    args = parser.parse_args()
    inputs = [*(EWT.format(split=split) for split in ("train", "dev")), *UNER.values(), BTC_TRAIN]
    missing = [args.shared / name for name in inputs if not (args.shared / name).is_file()]
    if missing:
        hint = "--shared must be the shared data folder"
        sys.exit(f"convert.py: {missing[0]} not found; {hint}")
    convert(args.shared, args.out, args.sentences_per_doc)


if __name__ == "__main__":
    main()

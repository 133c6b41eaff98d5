"""Draw the sentences of the real-news gold sets (stand-off) and the annotators' packets.

    python training/sample_news_gold.py [--shared ../shared/data] [--out training/news_gold]
                                        [--packets /tmp/news_gold_packets]

Per language, sentences are drawn with a fixed seed from the real articles in
``../shared/data/corpus`` (docs/annotation.md, "The sample"):

- ``random``: articles drawn uniformly from each corpus's frame (CORPORA below), then up to
  two sentences drawn uniformly from each article. Nothing is filtered by what chronik
  codes; only fragments under four words are skipped. Most of these sentences hold no event.
- ``topup:RR``: for each CAMEO root that a random draw of this size rarely holds, sentences
  containing one of the root's cue words (TOPUP_CUES, written from the CAMEO codebook, not
  from chronik's patterns). The annotators decide whether the sentence holds such an event.
  A first round takes nine per root of FIRST_ROUND; SECOND_ROUND adds more for the roots
  that had fewer than five positive sentences once the first round was annotated. Both
  rounds draw from one pool, so the first round's sentences stay the same.
- ``pairs`` (sets PAIR_SETS, for fitting the learned-event model only): sentences in which
  chronik's actor dictionary finds two actor mentions or more; not a random sample.

Each article goes wholly to dev or to test (NTREX translations of one story together),
balanced by sentence count. The script writes ``sample.{lang}.jsonl`` (stand-off records: no
article text) to ``--out`` and annotation packets with the text, for annotators who never
see chronik's output, to ``--packets`` (outside the repository: the texts are research-only).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from pathlib import Path

from chronik.actors import ActorDictionary

SEED = 20261202
CONTEXT_SENTENCES = 3
SENTENCES_PER_ARTICLE = 2
MIN_WORDS = 4

# (corpus folder, sentences to draw at random, record filter): the frame of each corpus is the
# whole corpus or, where it has sections, its news sections on politics and the economy.
CORPORA: dict[str, list[tuple[str, int, dict[str, set[str]]]]] = {
    "en": [
        ("en_allsides_politics", 250, {}),
        ("en_reuters21578", 130, {}),
        ("en_bbc_2005", 90, {"category": {"politics", "business"}}),
        ("parallel_ntrex_en_de", 180, {"lang": {"en"}}),
        ("parallel_wmt24_en_de_news", 30, {"lang": {"en"}}),
    ],
    "de": [
        ("de_fang_covid_real", 250, {}),
        (
            "de_10kgnad_test",
            220,
            {"category": {"International", "Inland", "Wirtschaft", "Panorama"}},
        ),
        ("parallel_ntrex_en_de", 180, {"lang": {"de"}}),
        ("parallel_wmt24_en_de_news", 30, {"lang": {"de"}}),
    ],
}
TOPUP_PER_ROOT = 9  # first round: every root but 01, 03 and 04, common enough in news
FIRST_ROUND = ("02", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17",
               "18", "19", "20")  # fmt: skip
# Roots with fewer than five positive sentences per language after the first round was
# annotated get a second round from the same pool (more where cue words proved imprecise).
SECOND_ROUND = {
    "en": {"06": 12, "07": 12, "09": 10, "15": 16, "20": 14},
    "de": {"04": 12, "06": 12, "08": 12, "13": 12, "15": 20, "16": 12, "18": 12, "20": 16},
}
# German 04 and 15 still had fewer than five after the second round: the cue words found
# hospital transfers ("verlegt") and visitors ("Besucher"). A third round looks only in the
# international news with cues for meetings between parties and for troops.
THIRD_ROUND = {
    "de": (
        {"04": 14, "15": 14},
        {
            "04": r"\b(trafen sich|traf sich|treffen sich|Gipfeltreffen|Staatsbesuch\w*|"
            r"empf(ing|ängt)|Gespräche mit|verhandelten)\b",
            "15": r"\b(Truppen|Soldaten|Militärmanöver|Manöver|Kriegsschiff\w*|Kampfjets|"
            r"Truppenaufmarsch|Alarmbereitschaft)\b",
        },
        [
            ("de_10kgnad_test", {"category": {"International"}}),
            ("parallel_ntrex_en_de", {"lang": {"de"}}),
        ],
    ),
}
# Later sets, drawn in the fourteenth session after dev had been tuned on for thirteen
# sessions while test stayed flat: random sentences from articles in no earlier set. dev2
# gives tuning more than one small sample to fit; dev3 is held out while dev2 is tuned on, to
# show whether that tuning carries over; train and train2 are for fitting a model, not rules.
# Each has its own seed, so earlier draws stay as they were; the share scales each corpus's
# count in CORPORA (the parallel corpora have only a few stories left, so the others give
# ≈ 460 sentences per language for a share of 0.95).
LATER_SETS = {
    "dev2": 0.95,
    "dev3": 0.95,
    "train": 1.9,
    "train2": 1.9,
    "train3": 1.9,
    "train4": 1.9,
    "train5": 1.9,
    "train6": 1.9,
    "train7": 1.9,
    "train8": 1.9,
    "train9": 1.9,
    "train10": 1.9,
}
# Sets for fitting the learned-event model only (sixteenth session): the model decides about
# pairs of actor mentions, and most random sentences hold none, so these sets take sentences
# in which chronik's actor dictionary finds two mentions or more (``pair_sentences``), from
# articles in no earlier set, up to two per article. The annotators code them blind like any
# other sentence; chronik's rules are never scored on them (they are not a random sample).
# The dictionary chooses the sentences, so a rerun after it changes may choose others: the
# committed sample.LANG.jsonl is the record of the draw.
PAIR_SETS = ("pairs1", "pairs2", "pairs3", "pairs4")
PAIR_CORPORA: dict[str, list[tuple[str, int, dict[str, set[str]]]]] = {
    "en": [("en_allsides_politics", 550, {}), ("en_reuters21578", 350, {})],
    "de": [("de_fang_covid_real", 900, {})],
}
MIN_MENTIONS = 2
TOPUP_ARTICLES = 3000  # per corpus: the pool searched for cue words
# Cue words per CAMEO root, from the codebook's descriptions. A cue only proposes a sentence;
# annotation decides.
TOPUP_CUES: dict[str, dict[str, str]] = {
    "en": {
        "02": r"\b(urged?|appeal(ed|s)?|call(ed|s)? (on|for)|asked)\b",
        "04": r"\b(met|meeting|talks|visit(ed|s)?|negotiat\w+|consult\w*)\b",
        "05": r"\b(praised|signed|recogni[sz]ed|apologi[sz]ed|endorsed|backed)\b",
        "06": r"\b(cooperat\w+|joint (military )?exercises?|extradit\w+|shared? intelligence)\b",
        "07": r"\b(aid|assistance|donat\w+|humanitarian|asylum|relief)\b",
        "08": r"\b(released|lift(ed)? (the )?sanctions|withdr[ae]w|ceasefire|truce|"
        r"resign(ed)?|eased)\b",
        "09": r"\b(investigat\w+|probe|inquiry)\b",
        "10": r"\b(demand(ed|s)?|insist(ed|s)?)\b",
        "11": r"\b(critici[sz]\w+|condemn\w*|accus\w+|denounc\w+|blam\w+|su(ed|ing))\b",
        "12": r"\b(reject\w*|refus\w+|vetoe?d?|rebuff\w*)\b",
        "13": r"\b(threat\w*|warn(ed|s|ing)?|ultimatum)\b",
        "14": r"\b(protest\w*|demonstrat\w+|rall(y|ied)|strike|boycott\w*)\b",
        "15": r"\b(troops|deploy\w*|mobili[sz]\w+|alert|warships?)\b",
        "16": r"\b(sanctions?|expel\w*|embargo|sever\w*|suspend\w*|"
        r"recall(ed)? (its|their) ambassador)\b",
        "17": r"\b(arrest\w*|detain\w*|seiz\w+|deport\w*|banned|raid\w*|crackdown|imprison\w*)\b",
        "18": r"\b(attack\w*|bomb\w*|killed|assassinat\w+|kidnap\w*|abduct\w*|shot)\b",
        "19": r"\b(fighting|clash\w*|air ?strikes?|shell(ed|ing)|invad\w+|occup\w+|offensive)\b",
        "20": r"\b(massacre\w*|genocide|ethnic cleansing|chemical weapons?|atrocit\w+)\b",
    },
    "de": {
        "02": r"\b(appelliert\w*|rief\w* .{0,40}\bauf|aufgerufen|bat|bitte[tn])\b",
        "04": r"\b(traf\w*|getroffen|Treffen|Gespräch\w*|besuch\w*|Besuch\w*|verhandel\w*|"
        r"Verhandlung\w*|beraten)\b",
        "05": r"\b(lobt\w*|gelobt|unterzeichne\w*|anerkannt|entschuldigt\w*|unterstützt\w*)\b",
        "06": r"\b(Zusammenarbeit|kooperier\w*|Kooperation|Manöver|ausgeliefert|Auslieferung)\b",
        "07": r"\b(Hilfe\w*|Hilfsgüter|Hilfsliefer\w+|Asyl|spende\w*|Unterstützung)\b",
        "08": r"\b(freigelassen|Freilassung|aufgehoben|abgezogen|Abzug|Waffenruhe|"
        r"Waffenstillstand|zurückgetreten|Rücktritt|gelockert|Lockerung\w*)\b",
        "09": r"\b(ermittel\w*|Ermittlung\w*|Untersuchung\w*|untersucht)\b",
        "10": r"\b(forder\w*|gefordert|verlang\w*)\b",
        "11": r"\b(kritisier\w*|Kritik|verurteil\w*|vorgeworfen|wirft|beschuldig\w*|Vorw[uü]rf\w*|"
        r"verklagt|Klage)\b",
        "12": r"\b(abgelehnt|lehn\w* .{0,40}\bab|weiger\w*|zurückgewiesen|Veto)\b",
        "13": r"\b(droh\w*|gedroht|warn\w*|gewarnt|Ultimatum)\b",
        "14": r"\b(protestier\w*|Protest\w*|demonstrier\w*|Demonstration\w*|Kundgebung\w*|"
        r"Streik\w*|Boykott\w*)\b",
        "15": r"\b(Truppen|stationier\w*|verlegt|mobilisier\w*|Alarmbereitschaft|"
        r"Kriegsschiff\w*)\b",
        "16": r"\b(Sanktion\w*|ausgewiesen|Embargo|abgebrochen|ausgesetzt|abberufen|eingefroren)\b",
        "17": r"\b(festgenommen|verhaftet|Festnahme\w*|beschlagnahm\w*|abgeschoben|verboten|"
        r"Ausgangssperre\w*|Razzia|Verbot)\b",
        "18": r"\b(Anschlag\w*|angegriffen|getötet|entführt|ermordet|Attentat\w*|erschossen)\b",
        "19": r"\b(Kämpfe\w*|Gefecht\w*|Luftangriff\w*|beschoss\w*|beschossen|Offensive|"
        r"einmarschier\w*|besetzt)\b",
        "20": r"\b(Massaker|Völkermord|ethnische\w* Säuberung\w*|Chemiewaffen|Gräueltat\w*)\b",
    },
}
# Frames searched for top-up sentences: the corpora's international and political sections.
TOPUP_FRAMES: dict[str, list[tuple[str, dict[str, set[str]]]]] = {
    "en": [
        (
            "en_allsides_politics",
            {
                "topic": {
                    "world",
                    "middle_east",
                    "foreign_policy",
                    "north_korea",
                    "terrorism",
                    "national_security",
                    "russia",
                    "china",
                    "isis",
                    "europe",
                    "israel",
                    "great_britain",
                    "mexico",
                    "us_military",
                    "defense",
                    "state_department",
                    "national_defense",
                    "trade",
                    "immigration",
                }
            },
        ),
        ("en_reuters21578", {}),
        ("en_bbc_2005", {"category": {"politics"}}),
        ("parallel_ntrex_en_de", {"lang": {"en"}}),
    ],
    "de": [
        ("de_10kgnad_test", {"category": {"International", "Inland", "Panorama"}}),
        ("de_fang_covid_real", {}),
        ("parallel_ntrex_en_de", {"lang": {"de"}}),
    ],
}

# Sentence splitting: at . ! ? … (closing quotes and brackets after them go with the sentence)
# before a capital, digit or opening quote, and at line breaks; not after abbreviations,
# initials, or a day number before a month ("am 27. Februar").
BOUNDARY = re.compile(r"[.!?…]+[\"'”“»«)\]]*(?=\s+[\"'„“”»«(\[]?[A-ZÄÖÜ0-9])|\n+")
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "maj", "adm", "prof", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "nr", "ca",
    "bzw", "vgl", "mio", "mrd", "ggf", "evtl", "bspw", "abs", "art", "inkl", "sog", "usw",
    "etc", "fig", "hr", "frau", "dipl", "ing", "ft", "mt", "rev",
})  # fmt: skip
MONTHS = re.compile(
    r"\s*(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\b"
)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@cache  # each article is split several times: for drawing, top-up and context
def split_sentences(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        if match.group().startswith(".") and not _ends_sentence(text, match.start(), match.end()):
            continue
        _add_sentence(sentences, text, start, match.end())
        start = match.end()
    _add_sentence(sentences, text, start, len(text))
    return tuple(sentences)


def _ends_sentence(text: str, period: int, after: int) -> bool:
    word = re.search(r"(\S+)$", text[max(0, period - 60) : period])
    if word is None:
        return True
    token = word.group(1).lstrip("\"'(„“[")
    if token.lower().rstrip(".") in ABBREVIATIONS or re.fullmatch(
        r"[A-Z]|([A-Za-z]\.)+[A-Za-z]", token
    ):
        return False
    return not (token.isdigit() and len(token) <= 2 and MONTHS.match(text, after))


def _add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    start, end = start + lead, start + len(chunk.rstrip())
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


def read_corpus(shared: Path, corpus: str) -> list[dict]:
    path = shared / "corpus" / corpus / "articles.jsonl.gz"
    if not path.exists():
        sys.exit(f"sample_news_gold: {path} is missing (run with --shared pointing at shared/data)")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def in_frame(record: dict, condition: dict[str, set[str]]) -> bool:
    return all(record.get(key) in allowed for key, allowed in condition.items())


def article_date(record: dict) -> str | None:
    return record["date"][:10] if record.get("date") else None


def group_of(record: dict) -> str:
    """Articles that must share a split: an NTREX/WMT story and its translation."""
    return record.get("pair_id") or record["id"]


def sentence_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def candidate_sentences(record: dict) -> list[Sentence]:
    return [s for s in split_sentences(record["text"]) if len(s.text.split()) >= MIN_WORDS]


def gold_record(corpus: str, record: dict, sentence: Sentence, stratum: str) -> dict:
    sentences = split_sentences(record["text"])
    context = sentences[max(0, sentence.index - CONTEXT_SENTENCES)].start
    return {
        "id": f"{record['id']}#{sentence.index}",
        "lang": record["lang"],
        "corpus": corpus,
        "article_id": record["id"],
        "sentence": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
        "context_start": context,
        "sha1": sentence_digest(sentence.text),
        "date": article_date(record),
        "stratum": stratum,
        "group": group_of(record),
    }


def draw_random(
    rng: random.Random,
    lang: str,
    corpora: dict[str, list[dict]],
    share: float = 1.0,
    exclude: frozenset[str] = frozenset(),
) -> Iterator[tuple[str, dict, Sentence]]:
    """Sentences at random from each corpus's frame, ``share`` of its count in CORPORA, from
    articles whose group is not in ``exclude``."""
    for corpus, count, condition in CORPORA[lang]:
        wanted = round(count * share)
        frame = [
            r
            for r in corpora[corpus]
            if in_frame(r, condition) and group_of(r) not in exclude and candidate_sentences(r)
        ]
        for record, sentence in draw_from(rng, frame, wanted, candidate_sentences):
            yield corpus, record, sentence


def draw_from(
    rng: random.Random,
    frame: list[dict],
    wanted: int,
    sentences_of: Callable[[dict], list[Sentence]],
) -> Iterator[tuple[dict, Sentence]]:
    """``wanted`` sentences from the articles of ``frame`` in a random order, up to
    SENTENCES_PER_ARTICLE of each article's ``sentences_of``."""
    rng.shuffle(frame)
    drawn = 0
    for record in frame:
        if drawn >= wanted:
            break
        sentences = sentences_of(record)
        take = min(SENTENCES_PER_ARTICLE, len(sentences), wanted - drawn)
        for sentence in sorted(rng.sample(sentences, take), key=lambda s: s.index):
            yield record, sentence
            drawn += 1


def pair_sentences(record: dict, lang: str) -> list[Sentence]:
    """The article's candidate sentences in which chronik's actor dictionary finds
    ``MIN_MENTIONS`` or more actor mentions."""
    day = date.fromisoformat(d) if (d := article_date(record)) else None
    return [
        s
        for s in candidate_sentences(record)
        if len(actor_dictionary().mentions(s.text, on=day, lang=lang)) >= MIN_MENTIONS
    ]


@cache
def actor_dictionary() -> ActorDictionary:
    return ActorDictionary.load()


def draw_pairs(
    rng: random.Random, lang: str, corpora: dict[str, list[dict]], exclude: frozenset[str]
) -> Iterator[tuple[str, dict, Sentence]]:
    """Up to two sentences with actor pairs per article, PAIR_CORPORA's count per corpus, from
    articles whose group is not in ``exclude``."""
    for corpus, wanted, condition in PAIR_CORPORA[lang]:
        frame = [
            r for r in corpora[corpus] if in_frame(r, condition) and group_of(r) not in exclude
        ]
        for record, sentence in draw_from(rng, frame, wanted, lambda r: pair_sentences(r, lang)):
            yield corpus, record, sentence


def topup_pool(
    rng: random.Random,
    frames: list[tuple[str, dict[str, set[str]]]],
    corpora: dict[str, list[dict]],
) -> list[tuple[str, dict, Sentence]]:
    """The sentences searched for cue words, in a random order."""
    pool = []
    for corpus, condition in frames:
        frame = [r for r in corpora[corpus] if in_frame(r, condition)]
        for record in rng.sample(frame, min(TOPUP_ARTICLES, len(frame))):
            pool += [(corpus, record, s) for s in candidate_sentences(record) if len(s.text) <= 400]
    rng.shuffle(pool)
    return pool


def draw_topup(
    pool: list[tuple[str, dict, Sentence]],
    cues: dict[str, str],
    wanted: dict[str, int],
    taken: set[str],
) -> Iterator[tuple[str, dict, Sentence, str]]:
    """Up to ``wanted[root]`` untaken sentences with one of the root's cue words."""
    for root, count in wanted.items():
        pattern = re.compile(cues[root])
        found = 0
        for corpus, record, sentence in pool:
            key = f"{record['id']}#{sentence.index}"
            if found < count and key not in taken and pattern.search(sentence.text):
                taken.add(key)
                found += 1
                yield corpus, record, sentence, root


def assign_splits(records: list[dict], rng: random.Random) -> None:
    """Whole article groups to dev or test, balancing sentence counts."""
    sizes = Counter(r["group"] for r in records)
    groups = sorted(sizes)
    rng.shuffle(groups)
    totals = {"dev": 0, "test": 0}
    split_of: dict[str, str] = {}
    for group in groups:
        split = min(totals, key=lambda s: (totals[s], s))
        split_of[group] = split
        totals[split] += sizes[group]
    for record in records:
        record["split"] = split_of[record["group"]]


def assign_later_rounds(records: list[dict], later: list[dict]) -> None:
    """Later-round sentences keep their article's split; new articles alternate per root."""
    split_of = {r["group"]: r["split"] for r in records}
    per_root: Counter[tuple[str, str]] = Counter()
    for record in later:
        root = record["stratum"]
        if record["group"] not in split_of:
            split_of[record["group"]] = min(("dev", "test"), key=lambda s: (per_root[root, s], s))
        record["split"] = split_of[record["group"]]
        per_root[root, record["split"]] += 1


def packet_item(record: dict, article: dict) -> dict:
    text = article["text"]
    return {
        "id": record["id"],
        "lang": record["lang"],
        "date": record["date"],
        "title": article.get("title") or "",
        "context": text[record["context_start"] : record["start"]].strip(),
        "sentence": text[record["start"] : record["end"]],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/news_gold"))
    parser.add_argument("--packets", type=Path, default=Path("/tmp/news_gold_packets"))
    args = parser.parse_args()
    names = {corpus for frames in CORPORA.values() for corpus, _, _ in frames}
    corpora = {name: read_corpus(args.shared, name) for name in sorted(names)}
    args.out.mkdir(parents=True, exist_ok=True)
    args.packets.mkdir(parents=True, exist_ok=True)
    samples: dict[str, tuple[list[dict], dict[str, dict]]] = {}
    for lang in CORPORA:
        rng = random.Random(f"{SEED}-{lang}")
        records, articles = [], {}
        for corpus, record, sentence in draw_random(rng, lang, corpora):
            records.append(gold_record(corpus, record, sentence, "random"))
            articles[record["id"]] = record
        taken = {r["id"] for r in records}
        pool = topup_pool(rng, TOPUP_FRAMES[lang], corpora)
        first_round = dict.fromkeys(FIRST_ROUND, TOPUP_PER_ROOT)
        for corpus, record, sentence, root in draw_topup(
            pool, TOPUP_CUES[lang], first_round, taken
        ):
            records.append(gold_record(corpus, record, sentence, f"topup:{root}"))
            articles[record["id"]] = record
        assign_splits(records, rng)
        later = []
        for corpus, record, sentence, root in draw_topup(
            pool, TOPUP_CUES[lang], SECOND_ROUND[lang], taken
        ):
            later.append(gold_record(corpus, record, sentence, f"topup:{root}"))
            articles[record["id"]] = record
        if lang in THIRD_ROUND:
            wanted, cues, frames = THIRD_ROUND[lang]
            third_pool = topup_pool(rng, frames, corpora)
            for corpus, record, sentence, root in draw_topup(third_pool, cues, wanted, taken):
                later.append(gold_record(corpus, record, sentence, f"topup:{root}"))
                articles[record["id"]] = record
        assign_later_rounds(records, later)
        samples[lang] = (records + later, articles)
    later_sets = [(s, "random", partial(draw_random, share=x)) for s, x in LATER_SETS.items()]
    later_sets += [(s, "pairs", draw_pairs) for s in PAIR_SETS]
    for split, stratum, draw in later_sets:
        # An NTREX story drawn in one language must not come back through its translation.
        drawn = frozenset(r["group"] for records, _ in samples.values() for r in records)
        for lang, (records, articles) in samples.items():
            rng = random.Random(f"{SEED}-{lang}-{split}")
            for corpus, record, sentence in draw(rng, lang, corpora, exclude=drawn):
                records.append({**gold_record(corpus, record, sentence, stratum), "split": split})
                articles[record["id"]] = record
    for lang, (records, articles) in samples.items():
        records.sort(key=lambda r: (r["split"], r["corpus"], r["article_id"], r["sentence"]))
        with (args.out / f"sample.{lang}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        with (args.packets / f"items.{lang}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                item = packet_item(record, articles[record["article_id"]])
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        splits = Counter(r["split"] for r in records)
        strata = Counter(r["stratum"].split(":")[0] for r in records)
        print(f"{lang}: {len(records)} sentences ({dict(strata)}), dev {splits['dev']}, "
              f"test {splits['test']}, later {[splits[s] for s in LATER_SETS]}, "
              f"pairs {[splits[s] for s in PAIR_SETS]}")  # fmt: skip


if __name__ == "__main__":
    main()

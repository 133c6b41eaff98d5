"""Rebuild examples/: the seed article and a few NTREX-128 article pairs (CC BY-SA 4.0).

    python training/build_examples.py [--shared ../shared]

Writes examples/000_d8749a46efbd76b3.txt (the seed, unchanged) and examples/samples.jsonl:
the seed with its article date, then the English original and German translation of each
selected NTREX document. The corpus gives no dates; all four stories report events of
28–30 September 2018 (Syria's foreign minister at the UN General Assembly, the US
ambassador's op-ed on China, the US interior secretary's remarks on Russia), so they carry
NTREX_DATE, an estimate stated in examples/README.md. Attribution is there too.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

SEED = "000_d8749a46efbd76b3"
SEED_DATE = "2019-02-06"
# International politics, each with coded actors on both sides.
NTREX_PAIRS = (
    "ntrex-thelocal.65969",  # Syria tells US, French and Turkish forces to withdraw
    "ntrex-euronews-en.153799",  # Syria 'ready' for refugees to return
    "ntrex-reuters.218933",  # U.S. ambassador accuses China of 'bullying'
    "ntrex-rt.com.91335",  # US could use Navy for "blockade" against Russian exports
)
NTREX_DATE = "2018-09-30"
KEEP = ("id", "lang", "title", "text", "source", "url")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("examples"))
    args = parser.parse_args()
    data = args.shared / "data"
    seed_text = (data / "seed" / f"{SEED}.txt").read_text(encoding="utf-8")
    args.out.mkdir(exist_ok=True)
    (args.out / f"{SEED}.txt").write_text(seed_text, encoding="utf-8")
    records = [{"id": SEED, "lang": "de", "date": SEED_DATE, "text": seed_text}]
    corpus = data / "corpus" / "parallel_ntrex_en_de" / "articles.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        pairs = [json.loads(line) for line in handle]
    for pair_id in NTREX_PAIRS:
        for lang in ("en", "de"):
            (found,) = [r for r in pairs if r["pair_id"] == pair_id and r["lang"] == lang]
            record = {k: found[k] for k in KEEP if found.get(k) is not None}
            records.append({**record, "date": NTREX_DATE})
    with (args.out / "samples.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {args.out / 'samples.jsonl'}")


if __name__ == "__main__":
    main()

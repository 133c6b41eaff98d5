"""The large fuzz run: the properties of tests/test_fuzz.py on many generated inputs.

    python benchmarks/fuzz.py [--examples 10000] [--seconds 900]

Inputs: random and mutated files (.jsonl, .txt, .html, gzip whole/truncated/damaged) read
as files and as stdin, random date strings, values for chronik.code's date argument, and
mutated real articles with adversarial Unicode coded by the whole pipeline. Prints
`name: value` lines: inputs per property, and the total; exits non-zero on a failure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chronik.pipeline import default_pipeline
from tests import fuzzing

# share of --examples per property: the pipeline is the slowest, readers the cheapest
SHARES = {"files": 0.35, "stdin": 0.15, "dates": 0.2, "api": 0.05, "pipeline": 0.25}


def _stdin(stream: Any) -> None:
    sys.stdin = stream


def run(name: str, examples: int, deadline: float) -> int:
    count = 0
    pipeline = default_pipeline()
    folder = Path(tempfile.mkdtemp())

    def checked(check: Any) -> Any:
        def body(value: Any) -> None:
            nonlocal count
            if time.monotonic() < deadline:
                count += 1
                check(value)

        return body

    f = fuzzing
    checks = {
        "files": (f.input_files(), lambda named: f.check_reader(*named, folder)),
        "stdin": (f.input_files(), lambda named: f.check_stdin(named[1], _stdin)),
        "dates": (f.date_strings, f.check_date),
        "api": (f.api_dates, f.check_api),
        "pipeline": (f.mutated_articles(), lambda article: f.check_pipeline(article, pipeline)),
    }
    strategy, check = checks[name]
    options = settings(max_examples=examples, deadline=None, database=None,
                       suppress_health_check=list(HealthCheck))  # fmt: skip
    options(given(strategy)(checked(check)))()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=900.0)
    args = parser.parse_args()
    saved, start = sys.stdin, time.monotonic()
    deadline, total = start + args.seconds, 0
    try:
        for name, share in SHARES.items():
            count = run(name, max(1, round(args.examples * share)), deadline)
            total += count
            print(f"fuzz_{name}_inputs: {count}", flush=True)
    finally:
        sys.stdin = saved
    print(f"fuzz_inputs_total: {total}")
    print(f"fuzz_seconds: {time.monotonic() - start:.0f}")
    print("fuzz_failures: 0")


if __name__ == "__main__":
    main()

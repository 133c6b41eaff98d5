"""Load on ``chronik serve``: many concurrent clients on loopback for a bounded time.

    python benchmarks/web_load.py [--clients 200] [--seconds 20]

Stores examples/samples.jsonl in a temporary database, starts the real server on a free
port of 127.0.0.1, and lets each client request the API (events with filters and paging,
articles, one article, stats, timeline, network, some with injection strings) in a loop.
Prints `name: value` lines: requests, errors (5xx or no answer), rejected (4xx), p50 and
p99 latency in ms.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.web.test_serve import serve

ROOT = Path(__file__).resolve().parent.parent
PATHS = [
    "/events?per_page=20", "/events?actor=USA&sort=date&order=desc", "/events?page=3&per_page=5",
    "/articles", "/articles/000_d8749a46efbd76b3", "/stats", "/timeline", "/network",
    f"/events?actor={quote(chr(39) + '; DROP TABLE events; --')}", "/events?page=99999999999",
    f"/articles/{quote('<script>alert(1)</script>', safe='')}",
]  # fmt: skip


def client(base: str, until: float, results: list[tuple[float, int]], index: int) -> None:
    n = index
    while time.monotonic() < until:
        path = PATHS[n % len(PATHS)]
        n += 1
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError:
            status = 0  # no answer
        results.append((time.perf_counter() - start, status))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    db = folder / "load.duckdb"
    chronik = Path(sys.executable).parent / "chronik"
    subprocess.run([str(chronik), "ingest", str(ROOT / "examples" / "samples.jsonl"),
                    "--db", str(db)], check=True, capture_output=True)  # fmt: skip
    results: list[tuple[float, int]] = []
    for base in serve(db):
        until = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(base, until, results, i))
                   for i in range(args.clients)]  # fmt: skip
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    latencies = sorted(seconds for seconds, _ in results)
    errors = sum(1 for _, status in results if status == 0 or status >= 500)
    rejected = sum(1 for _, status in results if 400 <= status < 500)
    print(f"clients: {args.clients}")
    print(f"seconds: {args.seconds:.0f}")
    print(f"requests: {len(results)}")
    print(f"errors: {errors}")
    print(f"rejected_4xx: {rejected}")
    print(f"p50_ms: {1000 * latencies[len(latencies) // 2]:.0f}")
    print(f"p99_ms: {1000 * latencies[int(len(latencies) * 0.99)]:.0f}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

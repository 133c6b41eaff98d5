"""``chronik serve``: the real command, a real server on a free port."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronik.cli import main


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, process: subprocess.Popen[bytes], *, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            stderr = process.stderr.read().decode() if process.stderr else ""
            raise AssertionError(f"chronik serve ended: {stderr}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"chronik serve did not answer {url} in {seconds} s")


def serve(db: Path) -> Iterator[str]:
    """``chronik serve --db DB`` on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    command = Path(sys.executable).parent / "chronik"
    process = subprocess.Popen(
        [str(command), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/articles", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


@pytest.fixture(scope="session")
def server(web_db: Path) -> Iterator[str]:
    yield from serve(web_db)


def test_serve_answers_the_api_over_http(server: str) -> None:
    with urllib.request.urlopen(f"{server}/events?dyad=USA-PRK&per_page=1") as response:
        found = json.load(response)
    assert found["total"] > 0 and len(found["events"]) == 1
    request = urllib.request.Request(f"{server}/timeline", headers={"accept": "text/html"})
    with urllib.request.urlopen(request) as response:
        assert "<svg" in response.read().decode()


def test_serve_names_a_missing_database_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"chronik: error: {tmp_path / 'none.duckdb'}: no such database; run 'chronik ingest' first"
    ]


def test_serve_listens_on_localhost_unless_told(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert "--host TEXT" in result.output and "127.0.0.1" in result.output
    assert "--port" in result.output and "--db" in result.output


def status_line(base: str, target: bytes) -> bytes:
    """The status line the server answers a GET of ``target`` with, over a raw socket:
    it may stop reading a huge request before it is sent."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        with contextlib.suppress(OSError):
            connection.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        return connection.makefile("rb").readline().strip()


def test_serve_refuses_over_long_urls_and_goes_on(server: str) -> None:
    # the status code alone: its phrase is "Request-URI Too Long" before Python 3.13
    assert status_line(server, b"/events?actor=" + b"A" * 100_000).split()[1] == b"414"
    # the HTTP parser (h11) stops reading a request line long before the app would see it
    assert status_line(server, b"/events?actor=" + b"A" * 1_000_000).endswith(b"400 Bad Request")
    assert status_line(server, b"/events?per_page=1").endswith(b"200 OK")

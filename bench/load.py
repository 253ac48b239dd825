"""Drive wrk: install it if it is missing, run one scenario, read back what ``paths.lua`` reports.

wrk is a compiled load generator with its own latency histogram: Python clients on a 2-core machine
would measure themselves as much as the server. It comes from Debian's package; on a machine without
apt (or without root) the benchmark stops with a one-line reason instead.
"""

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .errors import BenchError

LUA_SCRIPT = Path(__file__).resolve().parent / "paths.lua"
RESULT_PREFIX = "BENCH_RESULT "
REQUEST_TIMEOUT = "30s"  # wrk's default (2 s) would drop slow stock-v2 answers from the latency figures


@dataclass(frozen=True)
class LoadResult:
    requests: int
    duration_s: float
    requests_per_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    bytes: int
    errors: dict

    @property
    def error_count(self):
        return sum(self.errors.values())


def ensure_wrk():
    """The path of wrk, installing Debian's package first when apt-get is there and we are root."""
    found = shutil.which("wrk")
    if found:
        return found
    if not shutil.which("apt-get") or os.geteuid() != 0:
        raise BenchError("wrk is not installed and cannot be installed here (needs apt-get as root): install wrk")
    print("Installing wrk (apt-get install wrk)…", flush=True)
    if apt_get("install", "-y", "-qq", "wrk") != 0:
        apt_get("update", "-qq")
        if apt_get("install", "-y", "-qq", "wrk") != 0:
            raise BenchError("apt-get could not install wrk: install it by hand (apt-get install wrk)")
    return shutil.which("wrk")


def apt_get(*arguments):
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["apt-get", *arguments], env=environment, stdout=subprocess.DEVNULL).returncode


def wrk_version(wrk):
    completed = subprocess.run([wrk, "--version"], capture_output=True, text=True)
    first_line = (completed.stdout or completed.stderr).splitlines()[:1]
    return first_line[0].split(" [")[0] if first_line else "wrk"


def run_wrk(wrk, base_url, paths_file: Path, *, seconds, threads, connections) -> LoadResult:
    """Load ``base_url`` with the paths listed in ``paths_file`` for ``seconds``; wrk's figures."""
    command = [
        wrk,
        *("--threads", str(threads), "--connections", str(connections), "--duration", f"{seconds}s"),
        *("--timeout", REQUEST_TIMEOUT, "--script", str(LUA_SCRIPT), base_url, "--", str(paths_file)),
    ]
    completed = subprocess.run(command, capture_output=True, text=True)
    for line in completed.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return LoadResult(**json.loads(line.removeprefix(RESULT_PREFIX)))
    raise BenchError(f"wrk reported no result (exit {completed.returncode}): {completed.stderr.strip()[:300]}")

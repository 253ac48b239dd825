"""Serve the project with gunicorn on a free loopback port for the length of a benchmark.

gunicorn runs as production would run it (``cms.wsgi``, sync workers, no reloader), with the
benchmark's settings (``cms.settings.bench``) and therefore the same database and cache as the
process that wrote the pages. Its log goes to a file so that a failed start can be shown.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .errors import BenchError

PROJECT_DIR = Path(__file__).resolve().parent.parent
READY_PATH = "/api/v1/openapi.json"
START_TIMEOUT = 60  # seconds
LOG_TAIL = 20  # lines of gunicorn's log shown when it fails to start


def free_port(host="127.0.0.1"):
    """A port nobody listens on now (the kernel's choice); gunicorn binds it a moment later."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def gunicorn_version():
    return version("gunicorn")


@dataclass(frozen=True)
class Server:
    base_url: str
    pid: int  # gunicorn's master; its workers are its children
    workers: int


@contextmanager
def gunicorn(workers: int, log_path: Path, host="127.0.0.1"):
    """Yield the Server of a gunicorn serving ``cms.wsgi``; stop it (and only it) afterwards."""
    port = free_port(host)
    command = [
        *(sys.executable, "-m", "gunicorn", "cms.wsgi:application"),
        *("--bind", f"{host}:{port}", "--workers", str(workers), "--worker-class", "sync"),
        *("--timeout", "120", "--graceful-timeout", "5", "--log-level", "warning", "--error-logfile", str(log_path)),
    ]
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.bench"}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log_path.write_text("")
    process = subprocess.Popen(command, cwd=PROJECT_DIR, env=environment, stdin=subprocess.DEVNULL)
    base_url = f"http://{host}:{port}"
    try:
        wait_until_ready(process, base_url, log_path)
        yield Server(base_url, process.pid, workers)
    finally:
        stop(process)


def wait_until_ready(process, base_url, log_path):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"gunicorn exited with code {process.returncode} at start-up:\n{log_tail(log_path)}")
        try:
            with urllib.request.urlopen(base_url + READY_PATH, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise BenchError(f"gunicorn did not answer {READY_PATH} within {START_TIMEOUT} s:\n{log_tail(log_path)}")


def log_tail(log_path):
    lines = log_path.read_text(errors="replace").splitlines() if log_path.exists() else []
    return "\n".join(lines[-LOG_TAIL:]) or "(gunicorn wrote nothing)"


def stop(process):
    """SIGTERM to the master (it stops its workers), SIGKILL if it is still there after 15 s."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()

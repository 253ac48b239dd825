"""A real site in subprocesses for tests that meet it as people do: through HTTP, with real commits.

Used by the browser suite (tests/browser/, `manage.py runserver`) and the production-server tests
(tests/server/, gunicorn with production settings): a throwaway database, the project's own commands to
fill it, a server on a free port, stopped at the end whatever happens.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
SERVER_START_TIMEOUT = 60


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args, env, log):
    """Run a manage.py command for the test site; its output goes to the setup log."""
    log.write(f"$ manage.py {' '.join(args)}\n")
    log.flush()
    completed = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        timeout=300,
    )
    if completed.returncode != 0:
        pytest.fail(f"manage.py {' '.join(args)} failed (exit {completed.returncode}); see {log.name}")


def gunicorn_command(port, workers=2):
    """gunicorn as `make serve` starts it: the project's WSGI app and gunicorn.conf.py, the access log on stdout."""
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    return [gunicorn, "cms.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--access-logfile", "-"]


def start_server(command, env, ready_url, log_path, headers=None):
    """Start a server process and wait until `ready_url` answers 200; return the process."""
    log = open(log_path, "w")  # closed by stop_server
    process = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
    process.log = log
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        if process.poll() is not None:
            stop_server(process)
            pytest.fail(f"{command[0]} exited with {process.returncode}: {log_tail(log_path)}")
        try:
            request = urllib.request.Request(ready_url, headers=headers or {})
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return process
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            stop_server(process)
            pytest.fail(f"no answer from {ready_url} within {SERVER_START_TIMEOUT} s: {log_tail(log_path)}")
        time.sleep(0.3)


def stop_server(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    process.log.close()


def log_tail(path, lines=20):
    text = Path(path).read_text(errors="replace").splitlines()
    return "\n".join(text[-lines:])


def fresh_postgres_database(url, marker="test"):
    """Drop and recreate the database named in `url`; a reason (str) instead when it is not a throwaway one.

    Only a database whose name holds `marker` ('test'; the benchmarks say 'bench') is dropped, so a
    production URL given by mistake is refused.
    """
    import psycopg
    from dj_database_url import parse

    config = parse(url)
    name = config["NAME"]
    if marker not in name:
        return f"{url} must name a throwaway database (with {marker!r} in its name), not {name!r}"
    admin = psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return None


#: Variables that would point a throwaway production site at shared services or another address.
SHARED_SERVICES = ("AWS_", "FRONTEND_", "OPENSEARCH_", "SITE_URL", "WAGTAILADMIN_", "CACHE_", "DJANGO_", "DATABASE_URL")


def production_env(work_dir, port, database_url=None):
    """The environment of a site on production settings, as behind a TLS proxy, on a throwaway database.

    SQLite in `work_dir` and the database cache, or `database_url` (PostgreSQL) with the caller's REDIS_URL.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith(SHARED_SERVICES)}
    if not database_url:
        env.pop("REDIS_URL", None)  # the single-machine set-up: SQLite with the database cache
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url or f"sqlite:///{Path(work_dir) / 'db.sqlite3'}?timeout=20",
        CACHE_KEY_PREFIX=f"live-site-{secrets.token_hex(4)}",
        STATIC_ROOT=str(Path(work_dir) / "static"),
        MEDIA_ROOT=str(Path(work_dir) / "media"),
        TRUST_X_FORWARDED_PROTO="1",
        SITE_URL=f"http://127.0.0.1:{port}",
    )
    return env

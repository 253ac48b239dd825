"""``make bench-appointments`` (``python -m bench.appointments``): N appointment requests at once.

The issue asks for "a benchmark (not a timed test) posting 1,000 concurrent requests to gunicorn on
PostgreSQL [that] stores 1,000 rows with unique reference codes and no error; it prints requests/s and
p95". A test would assert a speed the shared CI machine cannot promise; this prints the figures and
checks only what must hold at any speed: every request stored, every reference unique, no error.

1. Recreates a throwaway PostgreSQL database (``DATABASE_URL``, default ``…/bench_appointments``; its
   name must contain "bench", because it is dropped), migrates it and loads the demo content: the
   specialties and the live privacy notice a request needs.
2. Serves it with gunicorn on production settings, the way tests/server does (``tests/live_site.py``),
   with threaded workers. Without ``REDIS_URL`` the cache is the database cache and the rate limit counts
   rows in the database. The rate limit and the minimum fill time are lifted, because every request comes
   from one address with a token fetched just before: the benchmark measures throughput, not abuse.
   E-mail stays in memory, but each request still renders and "sends" its two e-mails after its answer,
   in the same worker, as in production with the default task backend.
3. Fetches one form token per request (a token stores one request), then releases the N requests from
   ``CONCURRENCY`` threads at once (a
   barrier), each a different patient. They alternate English and Spanish, cycle through the
   specialties of ``/api/v1/site/`` and the contact channels, and one in four has a message.
4. Prints the errors by status, wall time, requests/s and p50/p95/p99, then counts the rows and the
   distinct references in the database, and PASS or FAIL. It exits 1 on FAIL, 2 when it cannot run.
5. Stops the server and drops the database, whatever happened.
"""

import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
import requests

from tests.live_site import free_port, fresh_postgres_database, manage, production_env, start_server, stop_server

from .config import whole_number
from .errors import BenchError

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_appointments"
WORK_DIR = Path(__file__).resolve().parent / ".work"
SERVER_LOG = WORK_DIR / "gunicorn-appointments.log"
SETUP_LOG = WORK_DIR / "setup-appointments.log"
HTTPS = {"X-Forwarded-Proto": "https"}  # as the TLS proxy sets it; production settings redirect plain HTTP
REQUEST_TIMEOUT = 300  # seconds: the last of 1,000 queued requests waits for the 999 before it
FIRST_NAMES = ("Ana", "Luis", "María", "José", "Sofía", "Carlos", "Lucía", "Jorge", "Elena", "Diego", "Emma", "Noah")
LAST_NAMES = ("García", "Hernández", "López", "Martínez", "Smith", "Johnson", "Ramírez", "Torres", "Brown", "Cruz")
TIMES_OF_DAY = ("any", "morning", "afternoon", "evening")
MESSAGES = {
    "en": "I had a reaction to a peel last year; is this treatment safe for me?",
    "es": "El año pasado tuve una reacción a un peeling; ¿este tratamiento es seguro para mí?",
}


def main() -> int:
    try:
        return run()
    except BenchError as error:
        print(f"make bench-appointments: {error}", file=sys.stderr)
        return 2


def run():
    database_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    if urlsplit(database_url).scheme not in ("postgres", "postgresql"):
        raise BenchError(f"this benchmark runs on PostgreSQL: set DATABASE_URL={DEFAULT_DATABASE_URL} or alike")
    n = whole_number(os.environ, "N", 1000)
    concurrency = min(whole_number(os.environ, "CONCURRENCY", 1000), n)
    workers = whole_number(os.environ, "WORKERS", 2)
    threads = whole_number(os.environ, "THREADS", 4)
    try:  # refuses (one line) a database whose name lacks "bench": it is dropped and recreated
        problem = fresh_postgres_database(database_url, marker="bench")
    except psycopg.Error as error:
        raise BenchError(f"cannot recreate the database: {str(error).strip()[:200]}") from None
    if problem:
        raise BenchError(problem)
    try:
        results, wall = serve_and_post(database_url, n, concurrency, workers, threads)
        rows, unique = count_references(database_url)
    except pytest.fail.Exception as failure:  # how tests.live_site's manage() and start_server() stop
        raise BenchError(str(failure)) from None
    finally:
        drop_database(database_url)
    return 0 if print_report(results, wall, n, rows, unique) else 1


def serve_and_post(database_url, n, concurrency, workers, threads):
    """Set the site up, serve it, post the N requests; the server is stopped whatever happens."""
    WORK_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-appointments-") as work_dir:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = server_environment(work_dir, port, database_url)
        prepare_site(env)
        command = gunicorn_command(port, workers, threads)
        server = start_server(command, env, f"{base}/api/v1/openapi.json", SERVER_LOG, HTTPS)
        try:
            bodies = request_bodies(form_tokens(base, n), specialty_slugs(base))
            cache = "Redis" if env.get("REDIS_URL") else "database"
            print(
                f"Posting {n} appointment requests from {concurrency} threads at once to gunicorn "
                f"({workers} workers × {threads} threads, PostgreSQL, {cache} cache; log: {SERVER_LOG})…",
                flush=True,
            )
            return post_concurrently(f"{base}/api/v1/appointments/", bodies, concurrency)
        finally:
            stop_server(server)


def server_environment(work_dir, port, database_url):
    """tests/server's production environment, with the limits that would stop a load test lifted."""
    env = production_env(work_dir, port, database_url)
    Path(env["STATIC_ROOT"]).mkdir(exist_ok=True)  # WhiteNoise warns about a missing one; the API serves no static file
    env.update(
        APPOINTMENTS_RATE_LIMIT="1000000/h",  # every request comes from 127.0.0.1
        APPOINTMENTS_MIN_FILL_SECONDS="0",  # the tokens are fetched just before
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="WARNING",  # the log keeps errors, not one line per e-mail sent
        PYTHONUNBUFFERED="1",
    )
    return env


def prepare_site(env):
    print(f"Migrating and loading the demo content (log: {SETUP_LOG})…", flush=True)
    with open(SETUP_LOG, "w") as log:
        manage("migrate", "--noinput", env=env, log=log)
        manage("load_demo_content", env=env, log=log)


def gunicorn_command(port, workers, threads):
    """Threaded workers: each holds up to 1,000 open connections and answers ``threads`` of them at a time.

    Sync workers would leave the others in the listen backlog; either way the requests queue, and the
    threads let one request's database round trips overlap another's Python.
    """
    return [
        str(Path(sys.executable).with_name("gunicorn")),
        *("cms.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
        *("--worker-class", "gthread", "--threads", str(threads), "--worker-connections", "1000"),
        *("--backlog", "2048", "--timeout", "120"),
    ]


def form_tokens(base, n):
    """One token per request, as N patients' forms would each fetch one; fetched before the clock starts."""
    with requests.Session() as session:
        answers = [session.get(f"{base}/api/v1/appointments/form-token/", headers=HTTPS, timeout=30) for _ in range(n)]
    for answer in answers:
        answer.raise_for_status()
    return [answer.json()["token"] for answer in answers]


def specialty_slugs(base):
    """The specialties a patient can choose on the frontend: ``booking_channels`` of ``/api/v1/site/``."""
    response = requests.get(f"{base}/api/v1/site/", params={"locale": "en"}, headers=HTTPS, timeout=30)
    response.raise_for_status()
    slugs = [channel["slug"] for channel in response.json()["booking_channels"]]
    if not slugs:
        raise BenchError("/api/v1/site/ lists no specialty: the demo content did not load")
    return slugs


def request_bodies(tokens, specialties):
    """One valid request per token, each from a different patient: languages, specialties, channels and dates vary."""
    today = date.today()
    bodies = []
    for i, token in enumerate(tokens):
        locale = ("en", "es")[i % 2]
        channel = ("email", "phone", "whatsapp")[i % 3]
        body = {
            "specialty": specialties[i % len(specialties)],
            "name": f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[i // len(FIRST_NAMES) % len(LAST_NAMES)]} {i}",
            "email": f"patient{i}@example.com" if channel == "email" or i % 2 else "",
            "phone": f"+52 664 {100 + i % 900} {1000 + i % 9000}" if channel != "email" else "",
            "preferred_channel": channel,
            "preferred_dates": [(today + timedelta(days=1 + (i + k * 7) % 300)).isoformat() for k in range(i % 4)],
            "preferred_time_of_day": TIMES_OF_DAY[i % len(TIMES_OF_DAY)],
            "locale": locale,
            "privacy_consent": True,
            "form_token": token,
            "website": "",
        }
        if i % 4 == 0:
            body.update(message=MESSAGES[locale], health_data_consent=True)
        bodies.append(body)
    return bodies


def post_concurrently(url, bodies, concurrency):
    """POST every body from ``concurrency`` threads released together; ([(status, seconds)], wall seconds).

    Each thread opens a new connection per request, as separate patients would. The status is the HTTP
    code, or the exception's name when no answer came. The CPU this process used is printed: the load
    generator shares the machine with the server.
    """
    results = []
    barrier = threading.Barrier(concurrency + 1, timeout=120)  # all started, or BrokenBarrierError

    def client(share):
        barrier.wait()
        for body in share:
            start = time.perf_counter()
            try:
                status = requests.post(url, json=body, headers=HTTPS, timeout=REQUEST_TIMEOUT).status_code
            except requests.RequestException as error:
                status = type(error).__name__
            results.append((status, time.perf_counter() - start))  # list.append is atomic

    clients = [threading.Thread(target=client, args=(bodies[i::concurrency],)) for i in range(concurrency)]
    for thread in clients:
        thread.start()
    barrier.wait()
    start, cpu = time.perf_counter(), time.process_time()
    for thread in clients:
        thread.join()
    wall = time.perf_counter() - start
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"client        {time.process_time() - cpu:.1f} s of CPU in {wall:.1f} s; load average {load}")
    return results, wall


def count_references(database_url):
    """(rows, distinct references) in the appointment table, read straight from PostgreSQL."""
    with psycopg.connect(database_url) as connection:
        return connection.execute(
            "SELECT count(*), count(DISTINCT reference) FROM appointments_appointmentrequest"
        ).fetchone()


def drop_database(database_url):
    """The database is the benchmark's alone (its name was checked): nothing of it stays behind."""
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    try:
        with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except psycopg.Error as error:
        print(f"could not drop the database {name}: {str(error).strip()[:200]}", file=sys.stderr)


def print_report(results, wall, n, rows, unique):
    """Print the figures and the verdict; True when every request was stored under its own reference."""
    statuses = Counter(status for status, _seconds in results)
    errors = {status: count for status, count in statuses.items() if status != 201}
    latencies_ms = sorted(seconds * 1000 for _status, seconds in results)
    p50, p95, p99 = (percentile(latencies_ms, q) for q in (50, 95, 99))
    print()
    print(f"requests      {len(results)} ({statuses[201]} answered 201)")
    print(f"errors        {sum(errors.values())}" + "".join(f"; {status}: {count}" for status, count in errors.items()))
    print(f"wall time     {wall:.2f} s")
    print(f"requests/s    {len(results) / wall:.1f}")
    print(f"latency ms    p50 {p50:.0f}, p95 {p95:.0f}, p99 {p99:.0f} (mean {statistics.fmean(latencies_ms):.0f})")
    print(f"database      {rows} rows, {unique} distinct references")
    passed = rows == n and unique == n and not errors and len(results) == n
    print(
        f"{'PASS' if passed else 'FAIL'}  {n} rows, {n} unique references, 0 errors "
        f"(got {rows}, {unique}, {sum(errors.values())})"
    )
    if errors:
        print(f"The server's log, with any traceback: {SERVER_LOG}")
    return passed


def percentile(ordered, q):
    """The nearest-rank percentile of an ascending list."""
    return ordered[max(0, -(-len(ordered) * q // 100) - 1)]


if __name__ == "__main__":
    sys.exit(main())

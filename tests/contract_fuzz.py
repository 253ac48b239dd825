"""Fuzz the API against its own OpenAPI document: `make fuzz` (long) and CI's time-boxed run (`FUZZ_QUICK=1`).

Starts gunicorn as production runs it (production settings, two workers, PostgreSQL + Redis, the demo
content) on a throwaway database, then hands the document at /api/v1/openapi.json to schemathesis with
every check that is about the contract: server errors, status codes and content types the document does not
declare, bodies and headers that do not match their schema, invalid input that is accepted, methods that are
not refused. Schemathesis prints the cases run, the failures by check and a curl line reproducing each; the
exit code is its own (0 only when nothing failed).

Environment:
  FUZZ_DATABASE_URL  a PostgreSQL database this run may drop (default
                     postgres://postgres@127.0.0.1:5432/clinica_fuzz_test); `sqlite` for SQLite + database cache
  REDIS_URL          Redis for the cache (default redis://127.0.0.1:6379/1; ignored on SQLite)
  FUZZ_EXAMPLES      examples per operation and phase (default 100; 25 with FUZZ_QUICK)
  FUZZ_SECONDS       time budget of the run (default 600; 45 with FUZZ_QUICK)
  FUZZ_SEED          the seed of the generated data (printed by schemathesis; fixed for FUZZ_QUICK so CI
                     does not turn red at random). With two workers and a time budget, a seed repeats the
                     data, not the exact order of requests; the curl line of a failure reproduces it.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_DIR))

from tests.live_site import (  # noqa: E402
    free_port,
    fresh_postgres_database,
    gunicorn_command,
    manage,
    production_env,
    start_server,
    stop_server,
)

QUICK_SEED = "20261206"
HTTPS = {"X-Forwarded-Proto": "https"}  # as the TLS proxy in front of gunicorn sets it
REPORT_DIR = PROJECT_DIR / "artifacts" / "fuzz"

#: Checks that are not about the contract. `positive_data_acceptance` expects every schema-valid body to be
#: accepted, but an appointment request also needs a fresh, unspent form token and a client under the rate
#: limit, which no schema can say; `ignored_auth` and `object_level_authorization` concern authenticated
#: operations, and the public API has none.
EXCLUDED_CHECKS = ("positive_data_acceptance", "ignored_auth", "object_level_authorization")


def settings_from_environment():
    quick = os.environ.get("FUZZ_QUICK") == "1"
    return {
        "database_url": os.environ.get("FUZZ_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clinica_fuzz_test"),
        "redis_url": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1"),
        "examples": int(os.environ.get("FUZZ_EXAMPLES", 25 if quick else 100)),
        "seconds": int(os.environ.get("FUZZ_SECONDS", 45 if quick else 600)),
        "seed": os.environ.get("FUZZ_SEED", QUICK_SEED if quick else None),
    }


def prepared_site(work_dir, port, database_url, redis_url):
    """The environment of a production site with the demo content on a fresh database."""
    if database_url == "sqlite":
        database_url = None
    elif problem := fresh_postgres_database(database_url):
        raise SystemExit(problem)
    env = production_env(work_dir, port, database_url)
    if database_url:
        env["REDIS_URL"] = redis_url
    env.update(
        PYTHONUNBUFFERED="1",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        # Every case comes from one address: with the real limit, all but the first few appointment requests
        # would be 429s and their validation would go untested. The limit itself has its own tests.
        APPOINTMENTS_RATE_LIMIT="100000/h",
    )
    with open(REPORT_DIR / "setup.log", "w") as log:
        for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"], ["load_demo_content"]):
            manage(*command, env=env, log=log)
        manage("set_site_url", env=env, log=log)
    return env


def schemathesis_command(base, settings):
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "run",
        f"{base}/api/v1/openapi.json",
        "--url",
        base,
        "--checks",
        "all",
        "--exclude-checks",
        ",".join(EXCLUDED_CHECKS),
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        str(settings["examples"]),
        "--max-time",
        str(settings["seconds"]),
        "--workers",
        "2",
        "--request-timeout",
        "20",
        "--generation-database",
        "none",
        "--report",
        "junit,ndjson",
        "--report-dir",
        str(REPORT_DIR),
        "--no-color",
    ]
    for name, value in HTTPS.items():
        command += ["--header", f"{name}: {value}"]
    if settings["seed"]:
        command += ["--seed", settings["seed"]]
    return command


def main():
    settings = settings_from_environment()
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="clinica-fuzz-") as work_dir:
        env = prepared_site(work_dir, port, settings["database_url"], settings["redis_url"])
        server = start_server(
            gunicorn_command(port), env, f"{base}/api/v1/site/", REPORT_DIR / "gunicorn.log", headers=HTTPS
        )
        try:
            completed = subprocess.run(schemathesis_command(base, settings), cwd=PROJECT_DIR)
        finally:
            stop_server(server)
    print(f"Reports: {REPORT_DIR.relative_to(PROJECT_DIR)}/ (junit.xml, events.ndjson, gunicorn.log)")
    return completed.returncode


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BaseException as error:  # the live-site helpers fail the way pytest does: say why in one line
        if isinstance(error, SystemExit | KeyboardInterrupt):
            raise
        sys.exit(f"make fuzz: {error}")

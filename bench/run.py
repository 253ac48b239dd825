"""``make bench`` (``python -m bench.run``): the delivery API against stock wagtail.api.v2, as issue 4 asks.

1. Writes N treatment articles, live in English and Spanish, to the benchmark's own database
   (``bench.data``; SQLite ``bench/bench.sqlite3`` unless ``DATABASE_URL`` names a "bench" database).
2. Serves the project with gunicorn (``cms.settings.bench``: DEBUG off, stock v2 wired at /api/v2/).
3. Requests every URL once, one at a time, on an empty API cache (these first-request latencies are
   shown, not judged), then measures each of the four scenarios after warming it (``bench.measure``):
   DURATION seconds of wrk.
4. Prints the environment, requests/s, p50 and p95 per scenario, and each target with PASS or MISS.

Exits 0 whatever the verdicts (the output says them); 2 with a one-line reason when it cannot run.
"""

import datetime
import json
import os
import platform
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .config import BenchConfig, check_dedicated_database
from .errors import BenchError, exit_code
from .load import ensure_wrk, wrk_version
from .machine import Services
from .measure import measure
from .report import print_cold, print_environment, print_results, print_verdicts, verdicts
from .scenarios import build_scenarios, check_sequentially, latency_summary
from .server import gunicorn, gunicorn_version

WORK_DIR = Path(__file__).resolve().parent / ".work"


def main() -> int:
    return exit_code("make bench", run)


def run():
    config = BenchConfig.from_environment()
    check_dedicated_database()
    wrk = ensure_wrk()
    setup_django()
    scenarios = prepare_content(config)
    environment = describe_environment(config, f"gunicorn {gunicorn_version()}", wrk_version(wrk))
    cold, measurements = load_scenarios(config, wrk, scenarios)

    print_environment(environment)
    print_cold(scenarios, cold)
    print_results(scenarios, measurements)
    found = verdicts({key: measurement.load for key, measurement in measurements.items()})
    print_verdicts(found)
    save(environment, cold, measurements, found)


def prepare_content(config):
    """Migrate, write the articles, and return the scenarios over them; the API cache starts empty."""
    from .data import create_treatments  # imports models: only after django.setup()

    migrate()
    print(f"Writing {config.n} treatment articles in English and Spanish (existing ones are kept)…", flush=True)
    scenarios = build_scenarios(create_treatments(config.n, progress=show_progress))
    forget_cached_answers()
    release_database()
    return scenarios


def load_scenarios(config, wrk, scenarios):
    """Serve, request every URL once (first-request latencies), then measure each scenario under load."""
    WORK_DIR.mkdir(exist_ok=True)
    services = benchmark_services()
    measurements = {}
    with gunicorn(config.workers, WORK_DIR / "gunicorn.log") as server:
        print(f"Serving on {server.base_url}; requesting every URL once (each must answer 200)…", flush=True)
        cold = {
            key: latency_summary(check_sequentially(server.base_url, scenario)) for key, scenario in scenarios.items()
        }
        for key, scenario in scenarios.items():
            print(f"({key}) {scenario.label}: warming, then {config.duration} s measured…", flush=True)
            measurements[key] = measure(wrk, server, scenario, scenario.write(WORK_DIR), config, services)
    return cold, measurements


def setup_django():
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.bench"
    import django

    django.setup()


def migrate():
    from django.core.management import call_command
    from django.db import OperationalError, connection

    try:
        call_command("migrate", interactive=False, verbosity=0)
    except OperationalError as error:
        settings = connection.settings_dict
        hint = ""
        if connection.vendor == "postgresql":
            hint = f" (create it: createdb -h {settings['HOST']} -U {settings['USER']} {settings['NAME']})"
        raise BenchError(f"cannot migrate the benchmark database: {str(error).strip().splitlines()[0]}{hint}") from None


def show_progress(done, total):
    if done == total or done % 100 == 0:
        print(f"  {done}/{total}", flush=True)


def forget_cached_answers():
    """Start from an empty API cache, so the first pass over the pages measures cold answers.

    A shared Redis keeps answers between runs; a new version of the ``site`` tag, on which every answer
    depends, makes every old entry unreachable (``delivery.caching``) without flushing anything else there.
    """
    from delivery.caching import forget_everything

    forget_everything()


def benchmark_services():
    """The database and cache server processes gunicorn talks to: their CPU is the benchmark's, not a neighbour's."""
    from django.conf import settings
    from django.db import connection

    prefixes = []
    if connection.vendor == "postgresql":
        prefixes.append(("postgres:", f" {connection.settings_dict['NAME']} "))  # backends name their database
    if "redis" in settings.CACHES["default"]["BACKEND"].lower():
        prefixes.append(("redis-server", ""))
    return Services(tuple(prefixes))


def release_database():
    """Close this process's connections: SQLite then has no other writer while gunicorn reads it."""
    from django.db import connections

    connections.close_all()


def describe_environment(config, server_version, wrk_name) -> dict:
    import django
    import wagtail
    from django.db.models import Count

    from treatments.models import TreatmentPage

    from .stock_api import describe_stock_fields

    live = dict(
        TreatmentPage.objects.live()
        .order_by()  # Wagtail orders pages by tree path, which would split the groups
        .values("locale__language_code")
        .annotate(count=Count("pk"))
        .values_list("locale__language_code", "count")
    )
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}",
        "software": (
            f"Python {platform.python_version()}, Django {django.get_version()}, Wagtail {wagtail.__version__}, "
            f"{server_version}, {wrk_name}"
        ),
        "database": describe_database(),
        "cache": describe_cache(config.workers),
        "server": f"{server_version}, {config.workers} sync workers, loopback, DEBUG off (cms.settings.bench)",
        "stock v2": describe_stock_fields(),
        "content": (
            f"N={config.n} articles × 2 languages; the database holds "
            + ", ".join(f"{count} live '{code}'" for code, count in sorted(live.items()))
            + " treatment pages"
        ),
        "load": (
            f"{wrk_name}, {config.threads} threads, {config.connections} connections, "
            f"{config.warmup} s warm-up + {config.duration} s measured per scenario, after waiting up to "
            f"{config.idle_wait} s for other processes to go quiet"
        ),
    }


def describe_database():
    from django.db import connection

    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"SQLite {sqlite3.sqlite_version} ({settings['NAME']})"
    if connection.vendor == "postgresql":
        major, minor = divmod(connection.pg_version, 10000)
        return f"PostgreSQL {major}.{minor} ('{settings['NAME']}' on {settings['HOST'] or 'socket'}:{settings['PORT']})"
    return f"{connection.vendor} ('{settings['NAME']}')"


def describe_cache(workers):
    from django.conf import settings

    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    if backend == "LocMemCache":
        return f"LocMemCache: one per gunicorn worker ({workers}); every worker warmed before measuring"
    return f"{backend} at {without_password(settings.CACHES['default'].get('LOCATION', ''))}, shared by all workers"


def without_password(url):
    parts = urlsplit(str(url))
    if parts.password:
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        parts = parts._replace(netloc=f"{parts.username or ''}:***@{host}")
    return urlunsplit(parts)


def save(environment, cold, measurements, found):
    """Keep the figures as JSON (``bench/.work/last-run.json``) for whoever writes them down."""
    document = {
        "environment": environment,
        "first_requests": cold,
        "results": {key: asdict(measurement) for key, measurement in measurements.items()},
        "targets": [asdict(verdict) for verdict in found],
    }
    path = WORK_DIR / "last-run.json"
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"\nSaved to {path.relative_to(WORK_DIR.parent.parent)}")


if __name__ == "__main__":
    sys.exit(main())

"""``make bench-search`` (``python -m bench.search``): search and completions against Wagtail's own search.

Issue 5 asks for, with 1,000 treatments per language on PostgreSQL: p95 of ``/api/v1/search/`` at most
50 ms and of ``/api/v1/search/suggest/`` at most 20 ms, beside the same queries through Wagtail's
default search. So:

1. Writes N articles (default 1,000) live in English and Spanish (``bench.data``) to a PostgreSQL
   database named for benchmarking (``DATABASE_URL``, default ``…/bench_search``); publishing indexes
   them in both this project's search index and Wagtail's.
2. Serves the project twice with gunicorn, API answer caching off (``API_CACHE_TIMEOUT=0``) so that every
   request searches: ``SEARCH_ENGINE=postgres`` (ours) and ``SEARCH_ENGINE=wagtail`` (Wagtail's database
   backend on PostgreSQL, the same endpoint and response shape; completions are Wagtail's autocomplete).
3. Loads each with wrk over the relevance set's queries (``tests/search/relevance_set.py``, both
   languages) and their first letters as completions, with as many connections as gunicorn workers:
   latency is measured without queueing, which is what a visitor's request costs.
4. Prints requests/s, p50 and p95 per scenario, the ratios, and PASS/MISS for the two targets.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from .config import BenchConfig, check_dedicated_database
from .errors import BenchError, exit_code

WORK_DIR = Path(__file__).resolve().parent / ".work"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_search"
DEFAULT_N = "1000"
TARGETS_MS = {"search": 50.0, "suggest": 20.0}
PREFIX_LENGTHS = (3, 5)


def main() -> int:
    return exit_code("make bench-search", run)


def run():
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    os.environ.setdefault("N", DEFAULT_N)
    os.environ["API_CACHE_TIMEOUT"] = "0"  # every request searches; nothing is answered from the cache
    check_postgresql(os.environ["DATABASE_URL"])
    check_dedicated_database()
    config = BenchConfig.from_environment()
    from .load import ensure_wrk, run_wrk
    from .run import migrate, release_database, setup_django, show_progress

    wrk = ensure_wrk()
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from .data import create_treatments
    from .server import gunicorn

    migrate()
    print(f"Writing {config.n} treatment articles in English and Spanish (existing ones are kept)…", flush=True)
    create_treatments(config.n, progress=show_progress)
    documents = indexed_documents()
    release_database()

    WORK_DIR.mkdir(exist_ok=True)
    paths = {"search": search_paths(), "suggest": suggest_paths()}
    results = {}
    for engine in ("postgres", "wagtail"):
        os.environ["SEARCH_ENGINE"] = engine
        with gunicorn(config.workers, WORK_DIR / f"gunicorn-search-{engine}.log") as server:
            for kind, kind_paths in paths.items():
                paths_file = WORK_DIR / f"search-{engine}-{kind}.paths"
                paths_file.write_text("\n".join(kind_paths) + "\n")
                load = {"threads": config.workers, "connections": config.workers}
                print(f"{engine} {kind}: {len(kind_paths)} URLs, {config.duration} s measured…", flush=True)
                run_wrk(wrk, server.base_url, paths_file, seconds=config.warmup, **load)
                results[engine, kind] = run_wrk(wrk, server.base_url, paths_file, seconds=config.duration, **load)
    print_report(config, documents, paths, results)


def check_postgresql(url):
    if urlsplit(url).scheme not in ("postgres", "postgresql", "pgsql"):
        raise BenchError("the search benchmark runs on PostgreSQL: set DATABASE_URL=postgres://…/bench_search")


def ensure_database(url):
    """Create the benchmark database when it does not exist yet (on the server DATABASE_URL names)."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        raise BenchError(f"cannot reach or create the database {name}: {str(error).strip()[:200]}") from None


def indexed_documents():
    from django.db.models import Count

    from search.models import SearchDocument

    rows = SearchDocument.objects.values("locale__language_code").annotate(count=Count("pk"))
    return {row["locale__language_code"]: row["count"] for row in rows}


def relevance_queries():
    from tests.search.relevance_set import QUERIES

    return [(item.text, item.locale) for item in QUERIES]


def search_paths():
    return [f"/api/v1/search/?{urlencode({'q': query, 'locale': locale})}" for query, locale in relevance_queries()]


def suggest_paths():
    prefixes = {(query.strip()[:length], locale) for query, locale in relevance_queries() for length in PREFIX_LENGTHS}
    return [f"/api/v1/search/suggest/?{urlencode({'q': q, 'locale': locale})}" for q, locale in sorted(prefixes)]


def print_report(config, documents, paths, results):
    print()
    print(
        f"Search benchmark: PostgreSQL, {config.n} articles per language "
        f"(indexed: {', '.join(f'{code} {count}' for code, count in sorted(documents.items()))}); "
        f"gunicorn {config.workers} sync workers; wrk {config.workers} connections, {config.duration} s per "
        "scenario; API answer cache off."
    )
    print(f"{'scenario':<34}{'URLs':>6}{'req/s':>10}{'p50 ms':>10}{'p95 ms':>10}{'errors':>8}")
    for (engine, kind), result in results.items():
        label = f"{'ours' if engine == 'postgres' else 'Wagtail default search'} — {kind}"
        print(
            f"{label:<34}{len(paths[kind]):>6}{result.requests_per_s:>10.1f}{result.p50_ms:>10.1f}"
            f"{result.p95_ms:>10.1f}{result.error_count:>8}"
        )
    print()
    for kind, target in TARGETS_MS.items():
        ours, stock = results["postgres", kind], results["wagtail", kind]
        verdict = "PASS" if ours.p95_ms <= target and ours.error_count == 0 else "MISS"
        ratio = stock.p95_ms / ours.p95_ms if ours.p95_ms else float("inf")
        comparison = f"{ratio:.1f}× faster" if ratio >= 1 else f"{1 / ratio:.1f}× slower"
        print(
            f"{verdict}  {kind}: p95 {ours.p95_ms:.1f} ms (target ≤ {target:.0f} ms); Wagtail's default search "
            f"p95 {stock.p95_ms:.1f} ms — ours is {comparison} at p95"
        )
    print(
        "The Wagtail rows run the same endpoint with SEARCH_ENGINE=wagtail: Wagtail's database search and "
        "autocomplete, after this project's query parsing (typo corrections, glossary)."
    )


if __name__ == "__main__":
    sys.exit(main())

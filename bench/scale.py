"""``make bench-scale`` (``python -m bench.scale``): the API at 400, 2,000 and 10,000 treatment pages (issue 22).

For each size in ``SIZES`` (treatment pages, both languages; default ``400,2000,10000``) the benchmark:

1. **Grows a database of that size** (``bench_scale_<size>`` on the PostgreSQL server of ``DATABASE_URL``)
   with ``bench.data``'s articles, reusing what exists: a database that is missing starts as a copy of
   the largest smaller one (``CREATE DATABASE … TEMPLATE``), so each size writes only what it adds.
2. **Serves it** with gunicorn (``WORKERS`` sync workers, ``cms.settings.bench``: stock v2 and the floor
   view beside the project) on Redis (``REDIS_URL``), with a key prefix of its own per size.
3. **Measures**, in a process of its own (``--size``), what the issue asks for: the floor and the warm
   page by path under wrk; cold page, stock v2 detail, listing, search and suggest latencies, one request
   at a time on an emptied cache; the sitemap's first page cold; the share of answers still warm after
   one article is published; publishing time; and an editor's concern save through the admin.

It then prints one table with every target and PASS or MISS. Figures of each size are kept in
``bench/.work/scale-<size>.json``. Exits 0 whatever the verdicts; 2 with a one-line reason when it cannot run.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from .config import BenchConfig
from .errors import BenchError, exit_code
from .scale_report import print_report

WORK_DIR = Path(__file__).resolve().parent / ".work"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_scale"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/5"
DEFAULT_SIZES = "400,2000,10000"
PAGE_SAMPLE = 200  # pages asked for cold, spread evenly over the site
SITEMAP_REPEATS = 5
CONCERN_SAVES = 2


def main() -> int:
    if "--size" in sys.argv:
        return exit_code("make bench-scale", lambda: measure_one_size(int(sys.argv[sys.argv.index("--size") + 1])))
    return exit_code("make bench-scale", run)


# --- The parent: one database and one process per size ------------------------------------------------


def run():
    from .load import ensure_wrk
    from .search import check_postgresql

    database_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    check_postgresql(database_url)
    os.environ.setdefault("REDIS_URL", DEFAULT_REDIS_URL)
    ensure_wrk()
    BenchConfig.from_environment()  # its errors now, not in each size's process
    sizes = requested_sizes()
    WORK_DIR.mkdir(exist_ok=True)
    results = {}
    for size in sizes:
        url = size_database_url(database_url, size)
        prepare_database(database_url, size, sizes)
        print(f"\n== {size} treatment pages ({urlsplit(url).path.lstrip('/')}) ==", flush=True)
        environment = {**os.environ, "DATABASE_URL": url, "BENCH_CACHE_PREFIX": f"clinica-bench-scale-{size}"}
        completed = subprocess.run([sys.executable, "-m", "bench.scale", "--size", str(size)], env=environment)
        if completed.returncode != 0:
            raise BenchError(f"measuring {size} pages failed (exit {completed.returncode}); see the output above")
        results[size] = json.loads(result_path(size).read_text())
    print_report(sizes, results)


def requested_sizes():
    raw = os.environ.get("SIZES") or DEFAULT_SIZES
    try:
        sizes = sorted({int(part) for part in raw.split(",") if part.strip()})
    except ValueError:
        raise BenchError(f"SIZES={raw!r} must list whole numbers of pages, e.g. 400,2000,10000") from None
    if not sizes or sizes[0] < 20 or any(size % 2 for size in sizes):
        raise BenchError(f"SIZES={raw!r}: each size is an even number of pages (articles × 2 languages), 20 at least")
    return sizes


def size_database_url(database_url, size):
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/") or "bench_scale"
    if "bench" not in name.lower():
        raise BenchError(f"DATABASE_URL names '{name}': the benchmark only writes to databases named for it ('bench…')")
    return parts._replace(path=f"/{name}_{size}").geturl()


def prepare_database(database_url, size, sizes):
    """Create the size's database when missing, as a copy of the largest smaller one that exists."""
    import psycopg

    admin_url = urlsplit(database_url)._replace(path="/postgres").geturl()
    name = urlsplit(size_database_url(database_url, size)).path.lstrip("/")
    try:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            existing = {row[0] for row in connection.execute("SELECT datname FROM pg_database")}
            if name in existing:
                return
            smaller = [
                urlsplit(size_database_url(database_url, other)).path.lstrip("/") for other in sizes if other < size
            ]
            template = next((other for other in reversed(smaller) if other in existing), None)
            if template:
                print(f"Creating {name} as a copy of {template}…", flush=True)
                connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            else:
                connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        raise BenchError(f"cannot create the database {name}: {str(error).strip()[:200]}") from None


def result_path(size):
    return WORK_DIR / f"scale-{size}.json"


# --- One size, in its own process ---------------------------------------------------------------------


def measure_one_size(size):
    from .load import ensure_wrk, wrk_version
    from .run import describe_database, forget_cached_answers, migrate, release_database, setup_django, show_progress
    from .server import gunicorn, gunicorn_version

    config = BenchConfig.from_environment()
    wrk = ensure_wrk()
    setup_django()
    from .data import create_treatments

    migrate()
    print(f"Writing {size // 2} articles in English and Spanish (existing ones are kept)…", flush=True)
    pairs = create_treatments(size // 2, progress=show_progress)
    analyse()
    paths = Paths.of(pairs)
    ensure_editor()
    forget_cached_answers()
    release_database()

    figures = {
        "size": size,
        "treatment_pages": treatment_page_count(),
        "database": describe_database(),
        "software": f"gunicorn {gunicorn_version()}, {wrk_version(wrk)}",
        "workers": config.workers,
    }
    with gunicorn(config.workers, WORK_DIR / f"gunicorn-scale-{size}.log") as server:
        figures["floor"] = loaded(wrk, server, config, [FLOOR_PATH], "floor view (8 KB held bytes)")
        figures["cold"] = cold_latencies(server, paths)
        figures["sitemap_ms"] = sitemap_times(server)
        warm(server, paths.pages)
        figures["warm"] = loaded(wrk, server, config, paths.pages, "warm page by path")
        figures["publish"] = publish_and_count_warm(server, paths, pairs)
        figures["concern_save_ms"] = concern_saves(server)
    result_path(size).write_text(json.dumps(figures, indent=2) + "\n")
    print(f"Saved {result_path(size)}", flush=True)


FLOOR_PATH = "/bench/floor/"


def analyse():
    """``VACUUM ANALYZE``, as autovacuum keeps a site in use: after thousands of pages published in minutes,
    PostgreSQL would otherwise plan with the counts of a small site, and scan the dead row versions that
    every publish leaves in the search lexicon's counters (a typo correction then took 100 ms)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


class Paths:
    """The URLs each measurement asks for, over this size's pages."""

    def __init__(self, pages, cold_pages, stock, listings, searches, suggestions, warm_set):
        self.pages, self.cold_pages, self.stock, self.listings = pages, cold_pages, stock, listings
        self.searches, self.suggestions, self.warm_set = searches, suggestions, warm_set

    @classmethod
    def of(cls, pairs):
        from .scenarios import listing_paths

        pages = [page for pair in pairs for page in (pair.english, pair.spanish)]
        by_path = [f"/api/v1/pages/by-path/?path={quote(page.url, safe='/')}" for page in pages]
        sample = evenly_spaced(range(len(pages)), PAGE_SAMPLE)
        every_listing_page = listing_paths("/api/v1/treatments/?", len(pairs))
        warm_set = [
            *by_path,
            *every_listing_page,
            *(f"/api/v1/site/?locale={code}" for code in LANGUAGES),
            "/api/v1/sitemap/index/",
            *(f"/api/v1/sitemap/?locale={code}" for code in LANGUAGES),
        ]
        return cls(
            pages=by_path,
            cold_pages=[by_path[index] for index in sample],  # the same pages, by path and through stock v2
            stock=[f"/api/v2/pages/{pages[index].pk}/" for index in sample],
            listings=cold_listing_paths(len(pairs)),
            searches=search_paths(),
            suggestions=suggest_paths(),
            warm_set=warm_set,
        )


LANGUAGES = ("en", "es")
ORDERINGS = ("title", "-title", "last_reviewed", "-last_reviewed", "first_published", "-first_published")


def evenly_spaced(items, count):
    items = list(items)
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(position * step)] for position in range(count)]


def cold_listing_paths(per_language):
    """Listings as the frontend asks for them: pages of 20 across the list, each ordering, each filter."""
    from treatments.choices import BODY_AREAS
    from treatments.models import Concern, Specialty

    paths = []
    last_offset = max(per_language - 1, 0) // 20 * 20
    for code in LANGUAGES:
        base = f"/api/v1/treatments/?locale={code}&limit=20"
        paths += [f"{base}&offset={offset}" for offset in evenly_spaced(range(0, last_offset + 1, 20), 10)]
        paths += [f"{base}&ordering={ordering}&offset={last_offset // 2 // 20 * 20}" for ordering in ORDERINGS]
        paths += [f"{base}&specialty={slug}" for slug in slugs(Specialty, code)]
        paths += [f"{base}&concern={slug}" for slug in slugs(Concern, code)]
        paths += [f"{base}&area={area}" for area, _label in BODY_AREAS]
    return paths


def slugs(model, code):
    return sorted(model.objects.filter(locale__language_code=code).values_list("slug", flat=True))


def search_paths():
    from tests.search.relevance_set import QUERIES

    unique = dict.fromkeys((query.text, query.locale) for query in QUERIES)
    return [f"/api/v1/search/?{urlencode({'q': text, 'locale': locale})}" for text, locale in unique]


def suggest_paths():
    from tests.search.relevance_set import QUERIES

    prefixes = sorted({(query.text.strip()[:length], query.locale) for query in QUERIES for length in (3, 5)})
    return [f"/api/v1/search/suggest/?{urlencode({'q': text, 'locale': locale})}" for text, locale in prefixes]


def treatment_page_count():
    from treatments.models import TreatmentPage

    return TreatmentPage.objects.live().count()


# --- Measurements ---------------------------------------------------------------------------------------


def loaded(wrk, server, config, paths, label):
    """wrk over ``paths``: WARMUP seconds unreported, then DURATION seconds measured; req/s and latencies."""
    from . import machine
    from .load import run_wrk
    from .measure import drain

    paths_file = WORK_DIR / f"scale-{label.split()[0]}.paths"
    paths_file.write_text("\n".join(paths) + "\n")
    load = {"threads": config.threads, "connections": config.connections}
    print(f"{label}: {len(paths)} URLs, {config.warmup} s warm-up, {config.duration} s measured…", flush=True)
    run_wrk(wrk, server.base_url, paths_file, seconds=config.warmup, **load)
    drain(server)
    machine.wait_for_idle(server.pid, machine.Services(()), config.idle_wait, announce=print)
    result = run_wrk(wrk, server.base_url, paths_file, seconds=config.duration, **load)
    drain(server)
    return {
        "requests_per_s": result.requests_per_s,
        "p50_ms": result.p50_ms,
        "p95_ms": result.p95_ms,
        "errors": result.error_count,
    }


def one_at_a_time(server, paths):
    """Latencies of ``paths`` asked for one after the other, on a cache just emptied: each answer is built."""
    from .run import forget_cached_answers
    from .scenarios import fetch, latency_summary

    forget_cached_answers()
    return latency_summary([fetch(server.base_url, path) for path in paths])


def cold_latencies(server, paths):
    print(
        f"cold: {PAGE_SAMPLE} pages (ours, then stock v2), {len(paths.listings)} listings, {len(paths.searches)} "
        f"searches, {len(paths.suggestions)} completions, one at a time on an emptied cache…",
        flush=True,
    )
    return {
        "page": one_at_a_time(server, paths.cold_pages),
        "stock_v2_detail": one_at_a_time(server, paths.stock),
        "listing": one_at_a_time(server, paths.listings),
        "search": one_at_a_time(server, paths.searches),
        "suggest": one_at_a_time(server, paths.suggestions),
    }


def sitemap_times(server):
    """The first sitemap page of each language, cold, ``SITEMAP_REPEATS`` times each (milliseconds)."""
    from .run import forget_cached_answers
    from .scenarios import fetch

    times = []
    for _ in range(SITEMAP_REPEATS):
        for code in LANGUAGES:
            forget_cached_answers()
            times.append(1000 * fetch(server.base_url, f"/api/v1/sitemap/?locale={code}&page=1"))
    return {"p50": statistics.median(times), "max": max(times), "count": len(times)}


def warm(server, paths):
    """Every path once: Redis is shared, so one build serves both workers."""
    from .scenarios import fetch

    with ThreadPoolExecutor(max_workers=server.workers) as pool:
        list(pool.map(lambda path: fetch(server.base_url, path), paths))


def publish_and_count_warm(server, paths, pairs):
    """Warm every answer of the warm set, publish one article's new summary, and count the answers still warm.

    An answer is warm when the same request costs, after the publish, the queries it cost from the cache
    before (none, for most): served in this process through Django's test client, on the server's cache.
    Search answers are counted apart: a publish changes what the language's index finds, so they must go.
    """
    from django.test import Client

    client = Client(HTTP_HOST=urlsplit(server.base_url).netloc)
    asked = [*paths.warm_set, *paths.searches]
    queries_per_answer(client, asked)  # builds what the load did not (listings, sitemap, search)
    before = queries_per_answer(client, asked)
    article = pairs[len(pairs) // 2].english
    print(f"publishing a new summary of '{article.title}', then asking for {len(asked)} answers again…", flush=True)
    timings = [publish_new_summary(article)]
    after = queries_per_answer(client, asked)
    rebuilt = [path for path in asked if after[path] != before[path]]
    rebuilt_searches = [path for path in rebuilt if path in set(paths.searches)]
    timings += [publish_new_summary(article) for _ in range(2)]
    return {
        "answers": len(paths.warm_set),
        "still_warm": len(paths.warm_set) - (len(rebuilt) - len(rebuilt_searches)),
        "rebuilt": [path for path in rebuilt if path not in rebuilt_searches][:50],
        "searches": len(paths.searches),
        "searches_rebuilt": len(rebuilt_searches),
        "publish_ms": timings,
    }


def queries_per_answer(client, paths):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for path in paths:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            raise BenchError(f"{path} answered {response.status_code} when counting warm answers")
        counts[path] = len(queries)
    return counts


REVIEWED = " (reviewed)"


def publish_new_summary(article):
    """Milliseconds to save a revision with a new summary and publish it, commit and on-commit work included."""
    from django.db import transaction

    from treatments.models import TreatmentPage

    page = TreatmentPage.objects.get(pk=article.pk)
    if page.summary.endswith(REVIEWED):
        page.summary = page.summary.removesuffix(REVIEWED)
    else:
        page.summary = page.summary[: 300 - len(REVIEWED)] + REVIEWED
    started = time.perf_counter()
    with transaction.atomic():
        page.save_revision().publish()
    return 1000 * (time.perf_counter() - started)


# --- The editor's concern save, through the admin --------------------------------------------------------

EDITOR = "bench-editor"


def ensure_editor():
    """An administrator to save concerns with (the admin is where editors change them)."""
    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.get_or_create(username=EDITOR, defaults={"email": "bench@example.com"})
    user.is_superuser = user.is_staff = user.is_active = True
    user.set_password(EDITOR)
    user.save()


def concern_saves(server):
    """Milliseconds the editor waits for each save of the most used English concern; the re-index of its
    pages runs after the answer, and is waited for (its time reported) before the next save."""
    from django.utils import timezone

    from .editor import AdminSession

    concern, pages = most_used_concern()
    session = AdminSession(server.base_url, EDITOR, EDITOR)
    timings, reindex_seconds = [], []
    for number in range(CONCERN_SAVES):
        description = f"Benchmark description {number} at {time.time():.3f}"
        print(f"saving the concern '{concern.name}' (on {pages} pages) through the admin…", flush=True)
        saved_at = timezone.now()
        timings.append(session.save_snippet(f"/admin/snippets/treatments/concern/edit/{concern.pk}/", description))
        reindex_seconds.append(wait_for_reindex(concern, saved_at))
        waited = "not within the limit" if reindex_seconds[-1] is None else f"in {reindex_seconds[-1]:.1f} s"
        print(f"  {timings[-1]:.0f} ms; its pages re-indexed in the background {waited}", flush=True)
    return {"timings": timings, "pages": pages, "concern": concern.slug, "reindex_s": reindex_seconds}


REINDEX_TIMEOUT = 600  # seconds


def wait_for_reindex(concern, saved_at):
    """Seconds until every live page showing ``concern`` has a search document indexed after ``saved_at``
    (None past ``REINDEX_TIMEOUT``: a re-index that failed or never ran)."""
    from search.models import SearchDocument
    from treatments.models import TreatmentConcern

    pages = TreatmentConcern.objects.filter(concern=concern).values("page")
    stale = SearchDocument.objects.filter(page__in=pages, indexed_at__lt=saved_at)
    started = time.monotonic()
    while stale.exists():
        if time.monotonic() - started > REINDEX_TIMEOUT:
            return None  # reported as such: the save's own figure still counts
        time.sleep(0.2)
    return time.monotonic() - started


def most_used_concern():
    from django.db.models import Count

    from treatments.models import Concern, TreatmentConcern

    links = TreatmentConcern.objects.filter(concern__locale__language_code="en").values("concern")
    top = links.annotate(pages=Count("page", distinct=True)).order_by("-pages", "concern").first()
    if top is None:
        raise BenchError("no English concern is used by any article")
    return Concern.objects.get(pk=top["concern"]), top["pages"]


if __name__ == "__main__":
    sys.exit(main())

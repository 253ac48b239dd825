"""The four loads the issue compares, each a list of request paths over the same pages.

Every scenario cycles over many URLs, never one: (a) and (c) ask for every article in both languages
(by path, by id), (b) and (d) for every page of 20 of the listing in both languages (``offset`` 0, 20,
40…). Before a scenario is loaded, every one of its URLs is requested once and must answer 200 with
the expected shape — a benchmark of 404s or redirects would measure nothing.
"""

import json
import statistics
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from .errors import BenchError

LISTING_SIZE = 20
CHECK_TIMEOUT = 120  # seconds; a cold stock-v2 listing on a busy machine can take a while
LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Scenario:
    key: str  # "a", "b", "c", "d"
    label: str
    example: str  # the URL pattern, as the table shows it
    paths: list[str] = field(repr=False)
    expect: str  # a top-level key every answer must have: "id" (a page), "results" or "items" (listings)
    cached: bool  # our API keeps these answers in the Django cache (warmed per worker before the load)

    def write(self, folder: Path) -> Path:
        path = folder / f"scenario-{self.key}.paths"
        path.write_text("\n".join(self.paths) + "\n")
        return path


def build_scenarios(pairs) -> dict[str, Scenario]:
    """The scenarios for these TreatmentPairs (``bench.data.create_treatments``), keyed a-d."""
    pages = [page for pair in pairs for page in (pair.english, pair.spanish)]
    scenarios = [
        Scenario(
            "a",
            "v1 page by path",
            "/api/v1/pages/by-path/?path=/es/tratamientos/…/",
            [f"/api/v1/pages/by-path/?path={quote(page.url, safe='/')}" for page in pages],
            expect="id",
            cached=True,
        ),
        Scenario(
            "b",
            "v1 listing, 20 cards",
            "/api/v1/treatments/?locale=en&limit=20&offset=…",
            listing_paths("/api/v1/treatments/?", len(pairs)),
            expect="results",
            cached=True,
        ),
        Scenario(
            "c",
            "stock v2 page detail",
            "/api/v2/pages/{id}/",
            [f"/api/v2/pages/{page.pk}/" for page in pages],
            expect="id",
            cached=False,
        ),
        Scenario(
            "d",
            "stock v2 listing, 20 pages, fields=*",
            "/api/v2/pages/?type=treatments.TreatmentPage&fields=*&limit=20&offset=…&locale=en",
            listing_paths("/api/v2/pages/?type=treatments.TreatmentPage&fields=*&", len(pairs)),
            expect="items",
            cached=False,
        ),
    ]
    return {scenario.key: scenario for scenario in scenarios}


def listing_paths(prefix, per_language):
    """Every page of 20 of a listing, in both languages: ``{prefix}locale=es&limit=20&offset=40``."""
    offsets = range(0, max(per_language, 1), LISTING_SIZE)
    return [
        f"{prefix}locale={language}&limit={LISTING_SIZE}&offset={offset}"
        for language in LANGUAGES
        for offset in offsets
    ]


def fetch(base_url, path, expect=None):
    """Seconds one request took; a BenchError unless it answered 200 with JSON (holding ``expect``, if given)."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(base_url + path, timeout=CHECK_TIMEOUT) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        raise BenchError(f"{path} answered {error.code}, not 200") from None
    except (urllib.error.URLError, OSError) as error:
        raise BenchError(f"{path} got no answer: {error}") from None
    elapsed = time.perf_counter() - started
    try:
        data = json.loads(body)
    except ValueError:
        raise BenchError(f"{path} did not answer JSON") from None
    if expect is not None and (not isinstance(data, dict) or expect not in data):
        raise BenchError(f"{path} answered 200 without '{expect}': {body[:120]!r}")
    return elapsed


def check_sequentially(base_url, scenario) -> list[float]:
    """Request every URL once, one at a time; return the latencies (on an empty cache: cold answers)."""
    return [fetch(base_url, path, scenario.expect) for path in scenario.paths]


def latency_summary(seconds: list[float]) -> dict:
    milliseconds = sorted(value * 1000 for value in seconds)
    if not milliseconds:
        return {"count": 0, "p50_ms": 0.0, "p95_ms": 0.0}
    p95_index = min(len(milliseconds) - 1, round(0.95 * (len(milliseconds) - 1)))
    return {"count": len(milliseconds), "p50_ms": statistics.median(milliseconds), "p95_ms": milliseconds[p95_index]}

"""The printed result: where it ran, one row per scenario, and each target with PASS or MISS.

A ratio is requests per second of our endpoint over stock v2's, on the same server, database, cache,
pages and load. "other CPU" is what processes other than gunicorn, wrk and the runner used meanwhile
(``bench.machine``). A scenario in which wrk counted errors (non-2xx answers, timeouts, broken
connections) is not a measurement: its target says INVALID rather than PASS or MISS.
"""

from dataclasses import dataclass

from .machine import IDLE_CORES

TARGETS = (
    # (ours, stock, what, at least)
    ("a", "c", "page by path vs v2 detail", 10),
    ("b", "d", "listing of 20 vs v2 listing", 20),
)


@dataclass(frozen=True)
class Verdict:
    what: str
    ours: str
    stock: str
    ratio: float | None
    p50_ratio: float | None
    target: int
    outcome: str  # PASS, MISS or INVALID


def verdicts(results) -> list[Verdict]:
    """One Verdict per target, from ``{"a": LoadResult, …}``."""
    found = []
    for ours, stock, what, target in TARGETS:
        mine, theirs = results[ours], results[stock]
        ratio = mine.requests_per_s / theirs.requests_per_s if theirs.requests_per_s else None
        p50_ratio = theirs.p50_ms / mine.p50_ms if mine.p50_ms else None
        if mine.error_count or theirs.error_count or ratio is None:
            outcome = "INVALID"
        else:
            outcome = "PASS" if ratio >= target else "MISS"
        found.append(Verdict(what, ours, stock, ratio, p50_ratio, target, outcome))
    return found


def print_environment(environment: dict):
    print("\nEnvironment")
    width = max(len(name) for name in environment)
    for name, value in environment.items():
        print(f"  {name:<{width}}  {value}")


def print_cold(scenarios, cold: dict):
    """First requests, one at a time, on an empty API cache: what a visitor meets right after a publish."""
    print("\nFirst request per URL, one client, empty API cache (shown, not a target)")
    for key, scenario in scenarios.items():
        summary = cold[key]
        print(f"({key}) {scenario.label:<38}  p50 {summary['p50_ms']:>8.1f} ms   p95 {summary['p95_ms']:>8.1f} ms")
    for ours, stock, what, _target in TARGETS:
        if cold[ours]["p50_ms"]:
            ratio = cold[stock]["p50_ms"] / cold[ours]["p50_ms"]
            print(f"    ({stock}) p50 / ({ours}) p50, {what}: {ratio:.1f}×")


def print_results(scenarios, measurements):
    print("\nUnder load (wrk), after warming: (a) and (b) are answered from the API cache, as in production")
    print(
        f"{'':4}{'Scenario':<38}{'URLs':>6}{'req/s':>10}{'p50 ms':>10}{'p95 ms':>10}{'errors':>8}"
        f"{'other CPU':>11}  Example"
    )
    for key, scenario in scenarios.items():
        result, other = measurements[key].load, measurements[key].other_cores
        other_text = f"{other:.2f} cores" if other is not None else "unknown"
        print(
            f"({key}) {scenario.label:<38}{len(scenario.paths):>6}{result.requests_per_s:>10.1f}"
            f"{result.p50_ms:>10.1f}{result.p95_ms:>10.1f}{result.error_count:>8}{other_text:>11}  {scenario.example}"
        )
    busiest = max((m.other_cores or 0.0 for m in measurements.values()), default=0.0)
    if busiest >= IDLE_CORES:
        print(
            f"    Other processes used up to {busiest:.2f} cores during a measurement: the machine was shared, "
            "so these figures are lower (and the ratios noisier) than on an idle machine. Run again when it is idle."
        )


def print_verdicts(found: list[Verdict]):
    print(f"\n{'Target (under load, warm)':<36}{'ratio (req/s)':>16}{'target':>9}{'p50 ratio':>12}  Verdict")
    for verdict in found:
        ratio = f"{verdict.ratio:.1f}×" if verdict.ratio is not None else "n/a"
        p50_ratio = f"{verdict.p50_ratio:.1f}×" if verdict.p50_ratio is not None else "n/a"
        label = f"({verdict.ours})/({verdict.stock}) {verdict.what}"
        print(f"{label:<36}{ratio:>16}{'≥' + str(verdict.target) + '×':>9}{p50_ratio:>12}  {verdict.outcome}")

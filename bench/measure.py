"""One scenario, measured the same way for our endpoints and stock v2's.

1. **Warm** (scenarios whose answers the API caches): every URL is requested ``WARM_PASSES_PER_WORKER``
   times per gunicorn worker by as many clients as there are workers. With Redis one pass would do;
   with the local-memory cache each worker keeps its own copy and a request goes to whichever worker
   accepts it, so a path must be asked for several times per worker before every worker has it
   (8 passes for 2 workers leave a given worker without a given path with probability 2⁻⁸).
   Stock v2 caches no answers, so it has nothing to warm per URL.
2. **Warm-up load**: wrk for ``WARMUP`` seconds, not reported (connection pools, Python's lazy imports,
   the OS file cache, Wagtail's site and rendition caches, for both sides alike).
3. **Measured load**: wrk for ``DURATION`` seconds, with the CPU that other processes used meanwhile.
   On a shared machine it first waits up to ``IDLE_WAIT`` seconds for other processes to go quiet.

Between loads the server is **drained**: wrk stops sending, but gunicorn still works through requests
already queued on its socket (16 stock-v2 listings are several seconds of work); two probes per worker,
queued behind them, return only when the workers are through them, so no load spills into the next one.
"""

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from . import machine
from .load import LoadResult, run_wrk
from .scenarios import fetch

WARM_PASSES_PER_WORKER = 4
DRAIN_PATH = "/api/v1/concerns/?locale=en"


@dataclass(frozen=True)
class Measurement:
    load: LoadResult
    other_cores: float | None  # cores other processes used on average during the measured load


def warm(server, scenario):
    passes = WARM_PASSES_PER_WORKER * server.workers
    paths = [path for _ in range(passes) for path in scenario.paths]
    with ThreadPoolExecutor(max_workers=server.workers) as pool:
        list(pool.map(lambda path: fetch(server.base_url, path, scenario.expect), paths))


def drain(server):
    probes = 2 * server.workers
    with ThreadPoolExecutor(max_workers=probes) as pool:
        list(pool.map(lambda _: fetch(server.base_url, DRAIN_PATH), range(probes)))


def measure(wrk, server, scenario, paths_file, config, services: machine.Services) -> Measurement:
    """Warm, warm up, then measure one scenario; ``services`` are the database and cache processes serving it."""
    load = {"threads": config.threads, "connections": config.connections}
    if scenario.cached:
        warm(server, scenario)
    run_wrk(wrk, server.base_url, paths_file, seconds=config.warmup, **load)
    drain(server)
    machine.wait_for_idle(server.pid, services, config.idle_wait, announce=lambda text: print(text, flush=True))
    before, started = cpu_snapshot(server, services), time.monotonic()
    result = run_wrk(wrk, server.base_url, paths_file, seconds=config.duration, **load)
    after, ended = cpu_snapshot(server, services), time.monotonic()
    drain(server)
    other = machine.other_cores(before, after, ended - started) if before and after else None
    return Measurement(result, other)


def cpu_snapshot(server, services):
    return machine.CpuSnapshot.take(server.pid, services) if machine.available() else None

"""What a benchmark run is asked to do, read from the environment (``make bench N=1000 DURATION=5``)."""

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import BenchError

DEFAULTS = {
    "N": 200,  # articles, each in English and Spanish
    "DURATION": 10,  # measured seconds per scenario
    "WARMUP": 3,  # unreported seconds of the same load before each measurement
    "THREADS": 2,  # wrk threads
    "CONNECTIONS": 16,  # wrk connections, shared by the threads
}
IDLE_WAIT = 30  # seconds to wait, before each measurement, for other processes to leave the CPU (0: never)


@dataclass(frozen=True)
class BenchConfig:
    n: int
    duration: int
    warmup: int
    threads: int
    connections: int
    workers: int  # gunicorn sync workers
    idle_wait: int

    @classmethod
    def from_environment(cls, environ=os.environ):
        values = {name.lower(): whole_number(environ, name, default) for name, default in DEFAULTS.items()}
        workers = whole_number(environ, "WORKERS", os.cpu_count() or 1)
        idle_wait = whole_number(environ, "IDLE_WAIT", IDLE_WAIT, minimum=0)
        if values["connections"] < values["threads"]:
            raise BenchError("CONNECTIONS must be at least THREADS (wrk gives every thread its own connections)")
        return cls(workers=workers, idle_wait=idle_wait, **values)


def whole_number(environ, name, default, minimum=1):
    raw = environ.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BenchError(f"{name}={raw!r} is not a whole number") from None
    if value < minimum:
        raise BenchError(f"{name} must be at least {minimum}, not {value}")
    return value


def check_dedicated_database(environ=os.environ):
    """Refuse a DATABASE_URL whose database is not named for benchmarking.

    The benchmark adds hundreds of live pages to the database it is given: pointed by mistake at a
    development or production database, it would publish them there. A name containing "bench" is the
    explicit opt-in (``postgres://postgres@127.0.0.1:5432/bench``).
    """
    url = environ.get("DATABASE_URL", "")
    if not url:
        return
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    if "bench" not in name.lower():
        raise BenchError(
            f"DATABASE_URL names the database '{name}': the benchmark publishes hundreds of pages, so it only "
            "runs on a database whose name contains 'bench' (e.g. postgres://postgres@127.0.0.1:5432/bench)"
        )

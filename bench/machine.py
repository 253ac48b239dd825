"""How busy the machine was with *other* work while a scenario was measured.

On a shared 2-core machine, a test suite running next to the benchmark takes CPU from gunicorn and
changes every figure. Reading the kernel's counters tells how many cores other processes used during
the measurement, so the report can say so instead of passing off a disturbed run as a clean one:
``/proc/stat`` gives the whole machine; ours are gunicorn and its workers (``/proc/PID/stat``), wrk
(``getrusage`` of reaped children), this process, and the *services* the benchmark runs on — the
PostgreSQL backends connected to the benchmark's database (their process title names it) and the
Redis server — which work for gunicorn and must not count as someone else's load. Without ``/proc``
(not Linux) the figure is unknown and shown as such.

``wait_for_idle`` gives such a neighbour a bounded chance to finish before a measurement starts.
"""

import os
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path

PROC = Path("/proc")
IDLE_CORES = 0.25  # other processes' average use under which the machine counts as idle


@dataclass(frozen=True)
class Services:
    """Which processes serve the benchmark: a process counts if its command line starts with a prefix of
    ``prefixes`` and contains that prefix's marker (``("postgres:", " bench ")``, ``("redis-server", "")``)."""

    prefixes: tuple[tuple[str, str], ...] = ()

    def serves(self, command_line):
        return any(command_line.startswith(prefix) and marker in command_line for prefix, marker in self.prefixes)


def clock_ticks():
    return os.sysconf("SC_CLK_TCK")


def machine_busy_seconds():
    """CPU seconds that processes spent (user, nice, system), summed over all cores, since boot.

    Interrupt and softirq time are left out: loopback traffic between wrk and gunicorn is processed
    there and belongs to no process, so counting it would show our own load as someone else's.
    """
    user, nice, system = (int(value) for value in (PROC / "stat").read_text().split()[1:4])
    return (user + nice + system) / clock_ticks()


def process_stat(pid):
    """(parent pid, CPU seconds) of a process from /proc/PID/stat, or None if it is gone."""
    try:
        fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / clock_ticks()  # ppid, utime + stime


def all_pids():
    return [int(entry.name) for entry in PROC.iterdir() if entry.name.isdigit()]


def command_line(pid):
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def server_seconds(master_pid):
    """CPU seconds of gunicorn's master and its workers (its children)."""
    total = 0.0
    for pid in all_pids():
        stat = process_stat(pid)
        if stat is not None and (pid == master_pid or stat[0] == master_pid):
            total += stat[1]
    return total


def service_seconds(services: Services) -> dict[int, float]:
    """CPU seconds per process serving the benchmark (per pid, so that processes coming and going count right)."""
    if not services.prefixes:
        return {}
    found = {}
    for pid in all_pids():
        if services.serves(command_line(pid)) and (stat := process_stat(pid)) is not None:
            found[pid] = stat[1]
    return found


def reaped_children_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class CpuSnapshot:
    machine: float
    server: float
    load_generator: float
    own: float
    services: dict[int, float] = field(default_factory=dict)

    @classmethod
    def take(cls, server_pid, services: Services):
        own = resource.getrusage(resource.RUSAGE_SELF)
        return cls(
            machine=machine_busy_seconds(),
            server=server_seconds(server_pid),
            load_generator=reaped_children_seconds(),  # wrk, once subprocess.run has reaped it
            own=own.ru_utime + own.ru_stime,
            services=service_seconds(services),
        )


def other_cores(before: CpuSnapshot, after: CpuSnapshot, wall_seconds: float) -> float | None:
    """Cores used on average by processes other than ours (see the module's docstring), between two snapshots."""
    if wall_seconds <= 0:
        return None
    ours = sum(getattr(after, name) - getattr(before, name) for name in ("server", "load_generator", "own"))
    ours += sum(seconds - before.services.get(pid, 0.0) for pid, seconds in after.services.items())
    return max(0.0, (after.machine - before.machine - ours) / wall_seconds)


def available():
    return (PROC / "stat").exists()


def wait_for_idle(server_pid, services: Services, max_seconds, announce=print) -> float | None:
    """Wait (at most ``max_seconds``, one-second samples) until other processes use under IDLE_CORES.

    Returns the last sample: the cores other processes used just before the measurement starts.
    """
    if not available():
        return None
    deadline = time.monotonic() + max_seconds
    announced = False
    while True:
        before, started = CpuSnapshot.take(server_pid, services), time.monotonic()
        time.sleep(1)
        other = other_cores(before, CpuSnapshot.take(server_pid, services), time.monotonic() - started)
        if other < IDLE_CORES or time.monotonic() >= deadline:
            return other
        if not announced:
            announce(f"    other processes are using {other:.1f} cores; waiting up to {max_seconds} s for them…")
            announced = True

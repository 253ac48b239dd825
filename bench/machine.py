"""How busy the machine was with *other* work while a scenario was measured.

On a shared 2-core machine, a test suite running next to the benchmark takes CPU from gunicorn and
changes every figure. Reading the kernel's counters (``/proc/stat`` for the whole machine, ``/proc/PID/
stat`` for gunicorn and its workers, ``getrusage`` for wrk) tells how many cores other processes used
during the measurement, so the report can say so instead of passing off a disturbed run as a clean one.
Without ``/proc`` (not Linux) the figure is unknown and shown as such.

``wait_for_idle`` gives such a neighbour a bounded chance to finish before a measurement starts.
"""

import os
import resource
import time
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")


def clock_ticks():
    return os.sysconf("SC_CLK_TCK")


def machine_busy_seconds():
    """CPU seconds that processes spent (user, nice, system), summed over all cores, since boot.

    Interrupt and softirq time are left out: loopback traffic between wrk and gunicorn is processed
    there and belongs to no process, so counting it would show our own load as someone else's.
    """
    user, nice, system = (int(value) for value in (PROC / "stat").read_text().split()[1:4])
    return (user + nice + system) / clock_ticks()


def process_seconds(pid):
    """User + system CPU seconds of one process, or 0 if it is gone."""
    try:
        fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / clock_ticks()  # utime, stime (fields 14 and 15 of stat)


def children_of(pid):
    children = []
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == pid:
            children.append(int(entry.name))
    return children


def server_seconds(master_pid):
    return sum(process_seconds(pid) for pid in [master_pid, *children_of(master_pid)])


def reaped_children_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class CpuSnapshot:
    machine: float
    server: float
    load_generator: float
    own: float

    @classmethod
    def take(cls, server_pid):
        own = resource.getrusage(resource.RUSAGE_SELF)
        return cls(
            machine=machine_busy_seconds(),
            server=server_seconds(server_pid),
            load_generator=reaped_children_seconds(),  # wrk, once subprocess.run has reaped it
            own=own.ru_utime + own.ru_stime,
        )


def other_cores(before: CpuSnapshot, after: CpuSnapshot, wall_seconds: float) -> float | None:
    """Cores used on average by processes other than gunicorn, wrk and this one, between two snapshots."""
    if wall_seconds <= 0:
        return None
    ours = sum(getattr(after, name) - getattr(before, name) for name in ("server", "load_generator", "own"))
    return max(0.0, (after.machine - before.machine - ours) / wall_seconds)


def available():
    return (PROC / "stat").exists()


IDLE_CORES = 0.25  # other processes' average use under which the machine counts as idle


def wait_for_idle(server_pid, max_seconds, announce=print) -> float | None:
    """Wait (at most ``max_seconds``, one-second samples) until other processes use under IDLE_CORES.

    Returns the last sample: the cores other processes used just before the measurement starts.
    """
    if not available():
        return None
    deadline = time.monotonic() + max_seconds
    announced = False
    while True:
        before, started = CpuSnapshot.take(server_pid), time.monotonic()
        time.sleep(1)
        other = other_cores(before, CpuSnapshot.take(server_pid), time.monotonic() - started)
        if other < IDLE_CORES or time.monotonic() >= deadline:
            return other
        if not announced:
            announce(f"    other processes are using {other:.1f} cores; waiting up to {max_seconds} s for them…")
            announced = True

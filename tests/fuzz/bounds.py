"""A time and memory bound per fuzz example, so a hang or a runaway allocation fails the test.

Without it a hostile input that makes the app loop (a quadratic fit, YAML
aliases expanding) stalls CI until its global timeout, and one that grows
memory takes the machine down with it. Time: SIGALRM raises :class:`Hang`
(a BaseException, so the code under test cannot swallow it with
``except Exception``). Memory: the address-space limit is lowered to what the
process has now plus ``memory_mb`` for the example, so a runaway allocation
raises MemoryError instead of being killed by the system; it is restored after.
POSIX only; elsewhere the example runs unbounded.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator

DEFAULT_SECONDS = 60.0
DEFAULT_MEMORY_MB = 1536


class Hang(BaseException):
    """The example took longer than its time bound."""


@contextlib.contextmanager
def bounded(seconds: float = DEFAULT_SECONDS, memory_mb: int = DEFAULT_MEMORY_MB) -> Iterator[None]:
    """Run the body under a wall-clock and an address-space bound (main thread, POSIX)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"one example took longer than {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    restore = _limit_memory(memory_mb)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        restore()


def _limit_memory(memory_mb: int):
    try:
        import resource
    except ImportError:
        return lambda: None
    current = _address_space()
    if not current:  # -- no /proc: the size now is unknown, so no bound can be set safely --
        return lambda: None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = current + memory_mb * 2**20
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        wanted = soft
    try:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        return lambda: None

    def restore() -> None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

    return restore


def _address_space() -> int:
    """The process's current virtual size in bytes (Linux /proc; 0 elsewhere)."""
    try:
        with open(f"/proc/{os.getpid()}/statm") as handle:
            pages = int(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")

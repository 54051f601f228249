"""CPU time for the linear-time tests: one run on a busy machine (CI) may be slowed twice over,
so they compare the least of a few runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def least_cpu(fn: Callable[..., Any], *args: Any, runs: int = 3) -> float:
    """The least process CPU time of ``runs`` calls of ``fn(*args)``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - started)
    return best

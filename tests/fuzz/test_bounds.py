"""The per-example bound itself: a loop that never ends and a runaway allocation both fail fast."""

from __future__ import annotations

import sys
import time

import pytest

from tests.fuzz.bounds import Hang, bounded

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="SIGALRM and /proc bounds")


def test_a_hang_is_stopped_by_the_time_bound():
    start = time.monotonic()
    with pytest.raises(Hang), bounded(0.5, 512):
        while True:
            pass
    assert time.monotonic() - start < 3


def test_a_runaway_allocation_is_stopped_by_the_memory_bound():
    with pytest.raises(MemoryError), bounded(30, 256):
        hog = [bytearray(64 * 2**20) for _ in range(64)]  # -- 4 GB if nothing stopped it --
        del hog
    assert bytearray(300 * 2**20)  # -- and the limit is lifted afterwards --

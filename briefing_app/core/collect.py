"""Garbage collection for a batch process: nothing while it imports and reads, then the young only.

A batch command (the CLI's export, inspect and new; the memo worker) first
imports its libraries and reads the article: long-lived objects only, yet each
full collection walked all of them again (~50 ms of a three-line export,
``gc.callbacks``). Frozen, they are left out of every later collection.

What the export builds then lives to its end too: a deck's slide parts, a
memo's flowables and PDF objects. Full collections walk all of it again, each
time it has grown by a quarter: two of them, 0.13-0.29 s, in the 1.0-1.3 s
deck of 400 sections of recommendations (``gc.callbacks``). Young collections
still free the cycles an export drops as it goes; a full one runs only after a
hundred of the middle generation's (CPython's default: ten).
"""

from __future__ import annotations

import gc

FULL_AFTER = 100  # -- middle-generation collections between two full ones (CPython: 10) --


def collect_only_new() -> None:
    """Freeze every object that exists now and collect what comes after, mostly its young.

    A no-op unless the caller disabled collection first (a caller in the same
    process keeps its own garbage collection).
    """
    if gc.isenabled():
        return
    gc.freeze()
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_AFTER)
    gc.enable()

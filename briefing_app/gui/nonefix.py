"""Guard against a PySide6 bug that crashes long sessions on Python 3.11.

PySide6 6.12.0 returns None from every void method (``setText``, ``setBold``,
…) without taking a reference to it. On Python 3.12+ None is immortal
(PEP 683) and nothing happens; on 3.11 each call lowers None's reference
count by one until CPython aborts with "none_dealloc: deallocating None" —
after a few thousand calls, i.e. minutes of typing, with unsaved work lost.
We detect the leak once and give None a reference count it cannot exhaust.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # -- a leak of one per call would need 10^12 calls to matter --


def leaks_none() -> bool:
    """True when calling a void Qt method drops a reference to None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def protect_none() -> bool:
    """Apply the guard if this PySide6 leaks (Python < 3.12 only); True if applied."""
    if sys.version_info >= (3, 12) or not leaks_none():
        return False
    # -- ob_refcnt is the first field of every PyObject, at the object's address --
    ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
    return True

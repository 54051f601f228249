"""Run a parser in a child process with a time and memory limit, so a hostile file cannot hang the app."""

from __future__ import annotations

import importlib
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable
from typing import Any

from briefing_app.core.errors import UserError

DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MEMORY_MB = 2048


def run_limited(
    func: Callable[..., Any],
    *args: Any,
    what: str,
    timeout: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
    kwargs: dict[str, Any] | None = None,
) -> Any:
    """Return ``func(*args, **kwargs)`` computed in a fresh Python process; a UserError on timeout or crash.

    ``func`` must be a module-level function (it is named, not pickled). A
    fresh ``python -m`` process is used rather than multiprocessing: forking a
    process with Qt threads is unsafe, and "spawn" re-runs the caller's main
    script. A UserError raised in the child comes back with the same sentence.
    """
    if not sys.executable:  # -- an embedded interpreter cannot start a child: parse here --
        return func(*args, **(kwargs or {}))
    request = pickle.dumps((func.__module__, func.__qualname__, args, kwargs or {}, memory_mb))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.Popen(
        # -- -P: the child imports what this process imports (its path is passed above), never a
        # -- briefing_app or pdfplumber.py that happens to sit in the folder the app was started in
        [sys.executable, "-P", "-m", __name__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        # -- no console window flashing up on Windows while a file is read --
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    try:
        out, _ = proc.communicate(request, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise UserError(
            f"{what} took longer than {timeout:.0f} seconds to read and was given up; "
            "the file may be damaged."
        ) from None
    return _unpack(out, what=what)


def _unpack(out: bytes, *, what: str) -> Any:
    """The child's answer, or the one sentence explaining why there is none."""
    try:
        status, payload = pickle.loads(out)
    except Exception:
        raise UserError(
            f"{what} could not be read: the reader ran out of memory or stopped on it "
            "(the file may be damaged)."
        ) from None
    if status == "user_error":
        raise UserError(payload)
    if status == "crash":
        raise UserError(f"{what} could not be read; it may be damaged ({payload}).")
    return payload


def _serve() -> None:
    """Child side: read one request on stdin, write one pickled (status, payload) on stdout."""
    module, qualname, args, kwargs, memory_mb = pickle.loads(sys.stdin.buffer.read())
    _limit_memory(memory_mb)
    try:
        func = getattr(importlib.import_module(module), qualname)
        result = ("ok", func(*args, **kwargs))
    except UserError as exc:
        result = ("user_error", str(exc))
    except MemoryError:
        result = ("crash", "out of memory")
    except RecursionError:
        result = ("crash", "nested too deeply")
    except Exception as exc:  # -- a parser bug on hostile input is still a bad file to the user --
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" in {last[0].name}" if last else ""
        result = ("crash", f"{type(exc).__name__}{where}")
    sys.stdout.buffer.write(pickle.dumps(result))
    sys.stdout.flush()


def _limit_memory(memory_mb: int) -> None:
    """Cap the child's address space where the OS allows it (POSIX); elsewhere the timeout remains."""
    try:
        # -- deferred: POSIX only, in the child process --
        import resource
    except ImportError:
        return
    limit = memory_mb * 1024 * 1024
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


if __name__ == "__main__":
    _serve()

"""The memo built in a second process while this one builds the deck: two cores for one export.

A deck export never imports reportlab and a memo export never python-pptx, so
the two halves of a pack share nothing but the Briefing. When a core is free
(:func:`second_core_free`) the CLI starts the worker before it reads the
article, so the worker's imports (reportlab, the memo modules) run while this
process reads and analyses; then it sends the Briefing, builds the deck itself
and collects the memo's bytes at the end.

A fresh ``python -m`` process rather than ``fork``: forking is unsafe once Qt
threads exist and unavailable on Windows, and the worker's imports are the
ones it needs anyway. The worker reads one pickled request on stdin and writes
one pickled answer on stdout. A UserError in the worker comes back with the
same sentence; a worker that gives no answer (killed, out of memory, a bug) is
reported as ``None`` so the caller builds the memo in its own process, where a
bug shows its real traceback. Closing the worker kills it if it still runs, so
Ctrl-C or an error in this process never leaves it behind; a worker whose parent
died before sending sees its stdin close and exits (one killed mid-render finishes
that memo first).
"""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from briefing_app.core.briefing import Briefing
from briefing_app.core.collect import collect_only_new
from briefing_app.core.errors import UserError

MemoAnswer = tuple[bytes, list[str]]  # (pdf, warnings)


def second_core_free() -> bool:
    """Whether a second process would have a core to itself: more than one core, and the
    other processes running now leave one idle.

    Measured on a 2-core machine (README, Performance): with a core free the worker cuts a
    small export by a quarter; with both cores busy it only adds a second interpreter.
    """
    cores = os.cpu_count() or 1
    if cores < 2:
        return False
    busy = _busy_cores()
    return busy is None or busy <= cores - 1


def _busy_cores() -> float | None:
    """How many cores other processes use: runnable tasks now (Linux), else the last minute's
    load average, else unknown.

    The load average trails by a minute: after a build, or the previous export a moment ago,
    it still reads "busy" on an idle machine and kept the worker off when it would pay.
    """
    try:
        runnable = Path("/proc/loadavg").read_text(encoding="ascii").split()[3].split("/")[0]
        return int(runnable) - 1  # -- this process is one of them --
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # -- Windows has no load average --
        return None


class MemoWorker:
    """A child process that renders one memo; start it early, ``send`` once, ``result`` once."""

    def __init__(self) -> None:
        # -- the folder holding this package, not this process's sys.path: its first entry is
        # -- the current folder, where a user's own "copy.py" would shadow the standard library;
        # -- -P keeps the worker from adding it again --
        package_root = str(Path(__file__).resolve().parents[2])
        inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([package_root, *inherited])}
        self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
            [sys.executable, "-P", "-m", __name__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            # -- no console window flashing up on Windows --
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        self._sent = False
        self._writer: threading.Thread | None = None

    def send(self, briefing: Briefing, template: str | Path | None) -> None:
        """Hand the worker its memo to render; returns at once (the worker renders meanwhile)."""
        proc = self._proc
        if proc is None or proc.stdin is None or self._sent:
            return
        self._sent = True
        request = pickle.dumps((briefing, template), protocol=pickle.HIGHEST_PROTOCOL)
        # -- written by a thread: a large request fills the pipe before the worker, still
        # -- importing, reads it, and this process has a deck to build meanwhile --
        self._writer = threading.Thread(target=_write, args=(proc.stdin, request), daemon=True)
        self._writer.start()

    def result(self) -> MemoAnswer | None:
        """The memo's PDF and warnings; None when the worker gave no answer (build it here)."""
        proc = self._proc
        if proc is None or not self._sent or proc.stdout is None:
            return None
        out = proc.stdout.read()  # -- until the worker ends --
        self.close()
        try:
            status, payload = pickle.loads(out)
        except Exception:
            return None
        if status == "user_error":
            raise UserError(payload)
        return payload if status == "ok" else None

    def close(self) -> None:
        """Stop the worker if it still runs (an error or Ctrl-C here) and reap it."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()  # -- first: a writer thread blocked on the full pipe then fails and ends --
        proc.wait()
        if self._writer is not None:
            self._writer.join()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None and not stream.closed:
                stream.close()

    def __enter__(self) -> MemoWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write(stream: Any, data: bytes) -> None:
    try:
        stream.write(data)
        stream.close()
    except (OSError, ValueError):  # -- the worker is gone: ``result`` says so --
        pass


def _serve() -> None:
    """Worker side: import the memo writer now, then render the one memo asked for on stdin."""
    gc.disable()  # -- the imports and the Briefing live to the end: as in the CLI (cli.py) --
    # -- deferred: imported here, in the worker, while the parent reads the article --
    from briefing_app.export.memo.writer import render_memo

    request = sys.stdin.buffer.read()
    if not request:  # -- the parent stopped before sending (bad input, Ctrl-C) --
        return
    briefing, template = pickle.loads(request)
    collect_only_new()
    answer: tuple[str, Any]
    try:
        memo = render_memo(briefing, template=template)
        answer = ("ok", (memo.pdf, memo.warnings))
    except UserError as exc:
        answer = ("user_error", str(exc))
    except Exception as exc:  # -- the parent builds the memo itself and shows the real error --
        answer = ("crash", type(exc).__name__)
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.flush()


if __name__ == "__main__":
    from briefing_app.files.pattern_cache import installed

    try:
        with installed():  # -- reportlab's and the memo's patterns as the CLI has them --
            _serve()
    except (KeyboardInterrupt, BrokenPipeError):  # -- Ctrl-C, or the parent went away --
        raise SystemExit(130) from None

"""Atomic file writes: a crash or full disk never leaves a half-written file at the target."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from briefing_app.core.errors import UserError
from briefing_app.files.outputs import real_target, shown

TEMP_STEM = 40  # -- characters of the target's name kept in its temp file's name --

# -- Windows refuses to replace a file another process holds open; virus scanners and search
# -- indexers hold new files for a moment, so a refused rename is tried again before giving up --
RENAME_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8) if os.name == "nt" else ()


def write_atomic(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder, fsync and rename.

    The previous file, if any, stays intact until the rename; any failure
    removes the temp file and raises one clear :class:`UserError`. A symbolic
    link is written through: the file it points to is replaced, the link stays.
    """
    write_all_atomic([(path, data)])


def write_all_atomic(files: Sequence[tuple[Path | str, bytes]]) -> None:
    """:func:`write_atomic` for several files at once (a deck and a memo): each goes to its temp
    file and is synced to disk in a thread of its own, so the disk's waits overlap; only when all
    are on disk are they renamed, and each folder is synced once.

    A failure before the renames replaces none of the files. Each sync waits for the disk
    (~4 ms on the development machine): two files took four such waits in turn, now two.
    """
    staged = _stage_all(files)
    pending = {real: tmp_name for _path, real, tmp_name in staged}
    try:
        for path, real, tmp_name in staged:
            try:
                _replace(tmp_name, real)
            except OSError as exc:
                raise UserError(f"Cannot write {shown(path)}: {_reason(exc)}.") from exc
            del pending[real]
        for folder in dict.fromkeys(real.parent for _path, real, _tmp in staged):
            _fsync_folder(folder)
    finally:
        for tmp_name in pending.values():
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _stage_all(files: Sequence[tuple[Path | str, bytes]]) -> list[tuple[Path, Path, str]]:
    """(path, its real target, temp file on disk) for each file; on any failure no temp is
    left and the first failure in order is raised."""
    jobs = [(Path(path), data) for path, data in files]
    if len(jobs) == 1:
        return [(jobs[0][0], *_stage(*jobs[0]))]
    staged: dict[int, tuple[Path, str]] = {}
    failures: dict[int, BaseException] = {}

    def run(index: int) -> None:
        try:
            staged[index] = _stage(*jobs[index])
        except BaseException as exc:  # -- handed to the calling thread, raised there --
            failures[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        for _real, tmp_name in staged.values():
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise failures[min(failures)]
    return [(path, *staged[i]) for i, (path, _data) in enumerate(jobs)]


def _stage(path: Path, data: bytes) -> tuple[Path, str]:
    """``data`` in a temp file beside ``path``'s real target, synced to disk: (target, temp)."""
    real = real_target(path)
    tmp_name = None
    try:
        # -- a short prefix, so the temp name fits wherever the target's own name fits --
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{real.name[:TEMP_STEM]}.", suffix=".tmp", dir=real.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, 0o644)
        staged, tmp_name = tmp_name, None
        return real, staged
    except OSError as exc:
        raise UserError(f"Cannot write {shown(path)}: {_reason(exc)}.") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _replace(source: str, target: Path) -> None:
    for delay in RENAME_RETRY_DELAYS:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            time.sleep(delay)
    os.replace(source, target)


def check_target(path: Path | str) -> Path:
    """The folder ``path`` would be written in; UserError if it cannot hold the file at all."""
    return real_target(path).parent


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible on Windows, where it is skipped."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (is the file open in another program?)"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is longer than the file system allows"
    return exc.strerror or str(exc)

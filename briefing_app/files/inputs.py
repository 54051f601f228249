"""Read a file the user named, bounded: regular files only, never more than a size limit.

``/dev/zero`` reports a size of 0 and never ends, a named pipe blocks the
reader until someone writes to it, and a file can grow while it is read; so
the kind is checked before the file is opened and the read itself stops one
byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing_app.core.errors import UserError

MAX_INPUT_BYTES = 100 * 1024 * 1024  # -- the limit the README promises for articles --

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def read_limited(path: Path | str, *, what: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed); UserError otherwise.

    ``what`` opens the sentence ("Template house.pptx", "notes.txt").
    """
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UserError(f"{what} does not exist.") from None
    except (OSError, ValueError) as exc:
        raise UserError(f"Cannot read {what}: {_why(exc)}.") from None
    for test, kind in _KINDS:
        if test(mode):
            raise UserError(f"{what} is {kind}, not a file to read.")
    if not stat.S_ISREG(mode):
        raise UserError(f"{what} is not a regular file.")
    try:
        # -- O_NONBLOCK: should the path become a pipe between stat and open, open still returns --
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise UserError(f"{what} is not a regular file.")
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UserError(f"Cannot read {what}: {_why(exc)}.") from None
    if len(data) > limit:
        raise UserError(f"{what} is too large (the limit is {_size(limit)}).")
    return data


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return "the name holds a character file names cannot contain"

"""Output path rules: an export may create or replace a file, never destroy something else.

One place decides whether a set of output paths may be written, before any work
is done, so the CLI, the app's export dialog and the pack writer refuse the same
things with the same sentence: an output that is the input article, the project,
a template in use or another output of the same export; a name of the wrong
kind; a name longer than the file system allows; a path that is a folder, a
device, a pipe or a socket. Symbolic links are followed: the file they point to
is the one replaced (:func:`briefing_app.files.atomic.write_atomic` writes at
the same real path).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from briefing_app.core.errors import UserError

DEFAULT_NAME_MAX = 255  # -- bytes per name on ext4, APFS, NTFS (UTF-16 units) --
DEFAULT_PATH_MAX = 4096
SHOWN_NAME_CHARS = 60

_NOT_REGULAR = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def shown(path: Path | str) -> str:
    """``path`` as a sentence can hold it: very long paths are cut in the middle."""
    # -- a newline or other control character in a name would break the one-line message --
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(path))
    if len(text) <= 2 * SHOWN_NAME_CHARS:
        return text
    return f"{text[:SHOWN_NAME_CHARS]}…{text[-SHOWN_NAME_CHARS:]}"


def real_target(path: Path | str) -> Path:
    """The file a write to ``path`` must replace: symlinks resolved, UserError if it cannot be one.

    Refuses a path whose real target exists and is not a regular file, whose
    folder is missing, or whose name is too long for the file system.
    """
    path = Path(path)
    if not path.name or str(path).endswith(("/", os.sep)):
        raise UserError(f"Cannot write {shown(path)}: it names a folder, not a file.")
    check_name_length(path)
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError) as exc:
        raise UserError(f"Cannot write {shown(path)}: {_why(exc)}.") from None
    check_name_length(real)
    folder = real.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise UserError(f"Cannot write {shown(path)}: {shown(folder)} {what}.")
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    except (OSError, ValueError) as exc:
        raise UserError(f"Cannot write {shown(path)}: {_why(exc)}.") from None
    if mode is not None:
        for test, what in _NOT_REGULAR:
            if test(mode):
                raise UserError(f"Cannot write {shown(path)}: it is {what}, not a file.")
    return real


def check_name_length(path: Path) -> None:
    """UserError when a name (or the whole path) is longer than the file system takes."""
    folder = _existing_ancestor(path)
    name_max = _pathconf(folder, "PC_NAME_MAX", DEFAULT_NAME_MAX)
    path_max = _pathconf(folder, "PC_PATH_MAX", DEFAULT_PATH_MAX)
    for part in path.parts:
        size = len(os.fsencode(part)) if _encodable(part) else len(part) * 4
        if size > name_max:
            raise UserError(
                f"Cannot write {shown(path)}: the name is longer than the file system allows "
                f"({size} bytes; the limit is {name_max})."
            )
    if _encodable(str(path)) and len(os.fsencode(os.path.abspath(path))) >= path_max:
        raise UserError(
            f"Cannot write {shown(path)}: the path is longer than the file system allows "
            f"(the limit is {path_max} bytes)."
        )


def check_outputs(
    outputs: Mapping[str, Path],
    *,
    suffixes: Mapping[str, str],
    protected: Mapping[Path, str],
) -> dict[str, Path]:
    """The real file each output will replace; UserError (nothing written) if any rule is broken.

    ``outputs`` maps a kind ("deck", "memo") to the path the user gave,
    ``suffixes`` a kind to the suffix its file must have, and ``protected`` a
    file that must survive to what it is ("the input article").
    """
    reals: dict[str, Path] = {}
    for kind, path in outputs.items():
        path = Path(path)
        wanted = suffixes.get(kind)
        if wanted and path.suffix.lower() != wanted:
            if path.suffix:
                raise UserError(f"The {kind} must be saved as {wanted}, not {shown(path.suffix)}.")
            raise UserError(
                f"The {kind} must be saved as {wanted}; {shown(path)} has no extension."
            )
        real = real_target(path)
        for other, what in protected.items():
            if _same_file(real, Path(other)):
                raise UserError(
                    f"Cannot write the {kind} to {shown(path)}: that file is {what}; "
                    "choose another name."
                )
        for earlier, earlier_real in reals.items():
            if _same_file(real, earlier_real):
                raise UserError(
                    f"The {earlier} and the {kind} cannot both be written to {shown(path)}; "
                    "give each its own file."
                )
        reals[kind] = real
    return reals


def _same_file(real: Path, other: Path) -> bool:
    """True when writing ``real`` would replace ``other`` (links, hard links, case folding)."""
    try:
        other_real = os.path.realpath(other)
    except (OSError, ValueError):
        return False
    if os.path.normcase(str(real)) == os.path.normcase(other_real):
        return True
    try:
        return os.path.samefile(real, other_real)
    except (OSError, ValueError):
        return False


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path.parent, *path.parent.parents):
        try:
            if candidate.is_dir():
                return candidate
        except (OSError, ValueError):
            continue
    return Path(".")


def _pathconf(folder: Path, name: str, default: int) -> int:
    try:
        value = os.pathconf(folder, name)
    except (OSError, ValueError, AttributeError):
        return default
    return value if value and value > 0 else default


def _encodable(text: str) -> bool:
    try:
        os.fsencode(text)
    except UnicodeEncodeError:
        return False
    return True


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        if exc.errno == errno.ELOOP:
            return "it is a symbolic link that points to itself"
        if exc.errno == errno.ENAMETOOLONG:
            return "the name is longer than the file system allows"
        return exc.strerror or str(exc)
    return "the name holds a character file names cannot contain"

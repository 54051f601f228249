"""Where the app keeps its own files: recovery snapshots, the log, and caches.

Kept light (platformdirs only): the start looks for snapshots and opens the log
before the window paints.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

from briefing_app import APP_NAME


def autosave_dir() -> Path:
    """The platform's app-data folder for recovery snapshots."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "autosave"


def log_dir() -> Path:
    """The folder of the app's log file."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The platform's cache folder: what the app can always compute again (font metrics)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def cache_file_for(source: str, folder: str, suffix: str, *also: str) -> Path:
    """Where the cache of what the app read from the file ``source`` lives, in ``folder``.

    Named by the file's path, size and modification time (and ``also``: the versions of
    what read it), like fontconfig's own cache: an edited or replaced file, or a new
    reader, is read again.
    """
    stat = os.stat(source)
    key = "\0".join((source, str(stat.st_size), str(stat.st_mtime_ns), *also))
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir() / folder / f"{digest}{suffix}"


def write_cache(path: Path, data: bytes) -> bool:
    """Write a cache file atomically; False when it cannot be (the next run computes it again)."""
    from briefing_app.core.errors import UserError
    from briefing_app.files.atomic import write_atomic  # -- deferred: only when writing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except (OSError, UserError):
        return False
    return True

"""Where the app keeps its own files: recovery snapshots, the log, and caches.

Kept light (platformdirs only): the start looks for snapshots and opens the log
before the window paints.
"""

from __future__ import annotations

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

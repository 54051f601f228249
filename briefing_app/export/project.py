"""Save a Briefing as a .briefing project, atomically."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.briefing import Briefing
from briefing_app.export.atomic import write_atomic


def save_project(briefing: Briefing, path: Path | str) -> None:
    """Write the project; the previous file survives any failure."""
    write_atomic(Path(path), briefing.to_bytes())

"""Autosave to the app-data folder while there are unsaved changes, and find what a crash left.

Each running app holds a QLockFile beside its snapshot; a snapshot whose lock
can be taken belongs to an app that is no longer running, so it is offered
for recovery on the next start. Snapshots are written with write_atomic and
never touch the user's own file.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from briefing_app.gui.session import Session


@dataclass(frozen=True)
class Recovery:
    """A snapshot left by an app that did not quit normally."""

    snapshot: Path
    project: Path | None  # where the work was saved before, if anywhere
    title: str
    saved_at: float
    lock: QLockFile

    def discard(self) -> None:
        """Delete the snapshot and release its lock."""
        for path in (self.snapshot, self.snapshot.with_suffix(".json")):
            with contextlib.suppress(OSError):
                path.unlink()
        self.lock.unlock()


def find_recoveries(folder: Path) -> list[Recovery]:
    """Snapshots whose app is gone, newest first; their locks are held until discarded."""
    found = []
    for snapshot in sorted(folder.glob("session-*.briefing")) if folder.is_dir() else []:
        lock = QLockFile(str(snapshot.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # -- stale only when its process is gone, never by age --
        if not lock.tryLock(0):
            continue
        meta = _read_meta(snapshot.with_suffix(".json"))
        project = meta.get("project")
        found.append(
            Recovery(
                snapshot=snapshot,
                project=Path(project) if project else None,
                title=str(meta.get("title", snapshot.stem)),
                saved_at=float(meta.get("saved_at", snapshot.stat().st_mtime)),
                lock=lock,
            )
        )
    return sorted(found, key=lambda r: -r.saved_at)


def _read_meta(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class Autosaver(QObject):
    """Writes a recovery snapshot every ``interval_s`` seconds while the work is unsaved."""

    saved = Signal(Path)
    failed = Signal(str)

    def __init__(self, session: Session, *, folder: Path, interval_s: int, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        # -- an unwritable folder is reported by save_now, which then fails with a sentence --
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        import uuid  # -- deferred: snapshots are looked for before the first paint, made after --

        stem = f"session-{uuid.uuid4().hex[:12]}"
        self.snapshot = folder / f"{stem}.briefing"
        self._lock = QLockFile(str(folder / f"{stem}.lock"))
        self._lock.setStaleLockTime(0)
        self._lock.tryLock(0)
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_s * 1000)
        self._timer.timeout.connect(self.save_now)
        self._timer.start()
        for signal in session.changes():
            signal.connect(self._on_changed)
        session.dirty_changed.connect(self._on_dirty_changed)

    @property
    def interval_seconds(self) -> int:
        return self._timer.interval() // 1000

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)

    def _on_changed(self, *_args) -> None:
        self._pending = True

    def _on_dirty_changed(self, dirty: bool) -> None:
        if not dirty:
            self._pending = False
            self.discard()

    def save_now(self, *, force: bool = False) -> bool:
        """Write the snapshot if the work is unsaved and changed since the last one (or ``force``)."""
        if not ((self._pending or force) and self._session.dirty):
            return False
        from briefing_app.files.atomic import write_atomic  # -- deferred: see __init__ --

        session = self._session
        meta = {
            "project": str(session.path) if session.path else None,
            "title": session.briefing.article.title,
            "saved_at": time.time(),
        }
        try:
            write_atomic(self.snapshot, session.briefing.to_bytes())
            write_atomic(self.snapshot.with_suffix(".json"), json.dumps(meta).encode("utf-8"))
        except Exception as exc:
            self.failed.emit(f"Autosave failed: {exc}")
            return False
        self._pending = False
        self.saved.emit(self.snapshot)
        return True

    def discard(self) -> None:
        """Remove this session's snapshot (the work was saved or deliberately dropped)."""
        for path in (self.snapshot, self.snapshot.with_suffix(".json")):
            with contextlib.suppress(OSError):
                path.unlink()

    def close(self) -> None:
        """Normal quit: stop, delete the snapshot and release the lock."""
        self._timer.stop()
        self.discard()
        self._lock.unlock()

"""One typed wrapper over an injected QSettings, so every key and default lives in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
DEFAULT_AUTOSAVE_SECONDS = 10


class Settings:
    """Typed access to the app's settings; tests hand it a QSettings on a temporary INI file."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def sync(self) -> None:
        self._store.sync()

    # -- window -----------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    # -- files ------------------------------------------------------------------

    @property
    def recent_files(self) -> list[Path]:
        value = self._store.value("files/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(str(v)) for v in items if str(v)][:MAX_RECENT]

    @recent_files.setter
    def recent_files(self, paths: list[Path]) -> None:
        self._store.setValue("files/recent", [str(p) for p in paths[:MAX_RECENT]])

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent list, once."""
        path = Path(path).absolute()
        self.recent_files = [path, *(p for p in self.recent_files if p != path)]

    @property
    def last_project(self) -> Path | None:
        value = str(self._store.value("files/last_project", "") or "")
        return Path(value) if value else None

    @last_project.setter
    def last_project(self, path: Path | None) -> None:
        self._store.setValue("files/last_project", str(path) if path else "")

    @property
    def last_folder(self) -> Path | None:
        value = str(self._store.value("files/last_folder", "") or "")
        return Path(value) if value else None

    @last_folder.setter
    def last_folder(self, path: Path) -> None:
        self._store.setValue("files/last_folder", str(path))

    @property
    def export_folder(self) -> Path | None:
        value = str(self._store.value("files/export_folder", "") or "")
        return Path(value) if value else None

    @export_folder.setter
    def export_folder(self, path: Path) -> None:
        self._store.setValue("files/export_folder", str(path))

    # -- templates and autosave ---------------------------------------------------

    def last_template(self, kind: str) -> str | None:
        value = str(self._store.value(f"templates/{kind}", "") or "")
        return value or None

    def set_last_template(self, kind: str, name: str | None) -> None:
        self._store.setValue(f"templates/{kind}", name or "")

    @property
    def autosave_seconds(self) -> int:
        value = self._store.value("autosave/interval_seconds", DEFAULT_AUTOSAVE_SECONDS)
        try:
            return max(1, int(value))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_SECONDS

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: int) -> None:
        self._store.setValue("autosave/interval_seconds", int(seconds))

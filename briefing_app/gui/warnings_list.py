"""Warnings the user cannot miss: a status-bar badge that stays while the cause is there.

"Title … too long for its box; shortened" or "the bottom line was cut to 4
lines" used to flash by as status-bar text. Now the preview's live warnings
(and the last export's, until the briefing changes) stay listed: the badge
shows how many there are and opens the list; the export dialog summarises them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class WarningsBadge(QToolButton):
    """ "⚠ 3 warnings" in the status bar; hidden when there are none; click to see the list."""

    opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningsBadge")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.warnings: list[str] = []
        self.clicked.connect(self.opened.emit)
        self.set_warnings([])

    def set_warnings(self, warnings: list[str]) -> None:
        self.warnings = list(dict.fromkeys(warnings))
        count = len(self.warnings)
        self.setText(f"⚠ {count} warning{'s' if count != 1 else ''}")
        self.setToolTip("\n".join(self.warnings) + "\n\nClick to see the list.")
        self.setAccessibleName(f"{count} warnings; press to list them")
        self.setVisible(bool(count))


class WarningsDialog(QDialog):
    """The current warnings, one per row, selectable and copyable; refreshed while open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Warnings")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName("Warnings")
        self.empty = QLabel("No warnings: nothing was shortened, cut or left out.", self)
        note = QLabel(
            "Each warning stays here until its cause is fixed (for example a shorter title).",
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def set_warnings(self, warnings: list[str]) -> None:
        self.list.clear()
        self.list.addItems(warnings)
        self.list.setVisible(bool(warnings))
        self.empty.setVisible(not warnings)


class WarningsList(QObject):
    """The warnings the window shows: the preview's live ones and the last export's.

    The preview's replace the previous ones (fixed causes drop out); the
    export's stay until the briefing next changes, when the preview speaks for it.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._live: list[str] = []
        self._export: list[str] = []
        self.badge = WarningsBadge(parent)
        self.badge.opened.connect(self.show_list)
        self.dialog: WarningsDialog | None = None

    def current(self) -> list[str]:
        return list(dict.fromkeys(self._live + self._export))

    def set_live(self, warnings: list[str]) -> None:
        self._live = list(warnings)
        self._update()

    def set_export(self, warnings: list[str]) -> None:
        self._export = list(warnings)
        self._update()

    def briefing_changed(self) -> None:
        if self._export:
            self.set_export([])

    def show_list(self) -> None:
        if self.dialog is None:
            self.dialog = WarningsDialog(self._window)
        self.dialog.set_warnings(self.current())
        self.dialog.show()
        self.dialog.activateWindow()

    def _update(self) -> None:
        self.badge.set_warnings(self.current())
        if self.dialog is not None:
            self.dialog.set_warnings(self.current())

"""Warnings the user cannot miss: a status-bar badge that stays while the cause is there.

"Title … too long for its box; shortened" or "the bottom line was cut to 4
lines" used to flash by as status-bar text. Now the preview's live warnings
(and the last export's, until the briefing changes) stay listed: the badge
shows how many there are and opens the list; the export dialog summarises them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

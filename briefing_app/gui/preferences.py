"""Edit → Preferences: how often a recovery copy of unsaved work is written."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS = 5, 600


class PreferencesDialog(QDialog):
    """A form of the user-tunable settings; the caller applies ``autosave_seconds`` on accept."""

    def __init__(self, autosave_seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(380)
        self.interval = QSpinBox(self)
        self.interval.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.interval.setSuffix(" s")
        self.interval.setValue(autosave_seconds)
        self.interval.setAccessibleName("Recovery copy interval in seconds")
        hint = QLabel(
            "Unsaved edits are copied to a recovery file this often, and offered back after a crash."
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Save a recovery copy every", self.interval)
        form.addRow(hint)
        form.addRow(buttons)

    @property
    def autosave_seconds(self) -> int:
        return self.interval.value()

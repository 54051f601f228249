"""The open work: one Briefing, where it is saved, and the signals views follow when it changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # -- the window paints before the briefing model is imported --
    from briefing_app.core.briefing import Briefing


class Session(QObject):
    """Holds the Briefing being edited; commands change it and emit one of these signals.

    Views never change the briefing themselves: they emit a request, the main
    window pushes a command onto ``undo_stack``, the command calls one
    ``Briefing`` method and emits the matching ``*_changed`` signal.
    """

    picked_changed = Signal(str)  # item id
    order_changed = Signal(str)  # item id that moved
    field_changed = Signal(str, str)  # item id, field name
    header_changed = Signal(str)  # header field name
    template_changed = Signal(str)  # "deck" or "memo"
    replaced = Signal()  # a different briefing was opened
    path_changed = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, briefing: Briefing, *, path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.briefing = briefing
        self.path = path
        self.source: Path | None = None  # -- the article file it was read from, if any --
        self.undo_stack = QUndoStack(self)
        self._unsaved_restore = False
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, _clean: bool) -> None:
        # -- a bound slot (not a lambda): Qt disconnects it before the stack is destroyed --
        self.dirty_changed.emit(self.dirty)

    def replace(
        self,
        briefing: Briefing,
        *,
        path: Path | None,
        dirty: bool = False,
        source: Path | None = None,
    ) -> None:
        """Swap in another briefing (opened or restored); its history starts empty."""
        self.briefing = briefing
        self.source = source
        self.undo_stack.clear()
        # -- a restored autosave is unsaved work although its history is empty --
        self._unsaved_restore = dirty
        self.set_path(path)
        self.replaced.emit()
        self.dirty_changed.emit(self.dirty)

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit()

    def protected_files(self) -> dict[Path, str]:
        """Files an export must never replace: the project and the article it was read from."""
        found = {self.source: "the article this briefing was read from", self.path: "the project"}
        return {path: what for path, what in found.items() if path is not None}

    @property
    def dirty(self) -> bool:
        return self._unsaved_restore or not self.undo_stack.isClean()

    def mark_saved(self, path: Path) -> None:
        """Record a successful save to ``path``: the work is clean from here."""
        self._unsaved_restore = False
        self.undo_stack.setClean()
        self.set_path(path)
        self.dirty_changed.emit(False)

    def changes(self) -> list[Signal]:
        """Every signal that means "the briefing looks different now" (for previews, counts)."""
        return [
            self.picked_changed,
            self.order_changed,
            self.field_changed,
            self.header_changed,
            self.template_changed,
            self.replaced,
        ]

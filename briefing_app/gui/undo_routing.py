"""One undo history: Ctrl+Z and Ctrl+Shift+Z in any text field go to the app's undo stack.

A QLineEdit, QPlainTextEdit or QTextEdit keeps its own undo history and claims the undo
keys. Undoing there changed the text, which the app then recorded as a new
edit: Redo stayed grey and a later toolbar Undo brought the undone text back.
So the fields' own undo is switched off, their claim on the undo and redo keys
is refused (the window's Undo/Redo actions then receive them), and their
context menus offer the window's Undo and Redo instead of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_OWN_ACTIONS = ("edit-undo", "edit-redo")  # -- Qt's object names for the fields' own entries --


class UndoRouter(QObject):
    """Routes undo and redo from text fields to ``undo`` and ``redo`` (the window's actions)."""

    def __init__(self, undo: QAction, redo: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo, self._redo = undo, redo

    def attach(self, root: QWidget) -> None:
        """Route every editable text field under ``root`` (read-only ones have no undo)."""
        fields = [
            *root.findChildren(QLineEdit),
            *root.findChildren(QPlainTextEdit),
            *root.findChildren(QTextEdit),
        ]
        for field in fields:
            if field.isReadOnly():
                continue
            if isinstance(field, QPlainTextEdit | QTextEdit):
                field.setUndoRedoEnabled(False)
            field.installEventFilter(self)
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            field.customContextMenuRequested.connect(
                lambda pos, f=field: self._context_menu(f, pos)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        routed = kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if not routed or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if not any(event.matches(key) for key in _KEYS):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # -- not the field's: the window's shortcut takes it --
            return True
        # -- a key press that reached the field anyway (no shortcut fired) --
        (self._undo if event.matches(_KEYS[0]) else self._redo).trigger()
        return True

    def _context_menu(self, field: QLineEdit | QPlainTextEdit | QTextEdit, pos: QPoint) -> None:
        menu = field.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in _OWN_ACTIONS:
                menu.removeAction(action)
        top = menu.actions()[0] if menu.actions() else None
        menu.insertActions(top, [self._undo, self._redo])
        if top is not None:
            menu.insertSeparator(top)
        menu.exec(field.mapToGlobal(pos))
        menu.deleteLater()

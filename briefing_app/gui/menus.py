"""Menus, toolbar and shortcuts of the main window, built in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar


def _action(window: QMainWindow, text: str, slot, *, shortcut=None, icon=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window) -> dict[str, QAction]:
    """Create the File/Edit/Export/Help menus and the toolbar; return the actions by key."""
    actions = _file_and_export_actions(window)
    actions.update(_undo_actions(window))
    for key, text in (("open", "Open"), ("save", "Save"), ("export_pack", "Export pack…")):
        actions[key].setIconText(text)
    _fill_menus(window, actions)
    _fill_toolbar(window, actions)
    return actions


def _file_and_export_actions(window) -> dict[str, QAction]:
    sp, std = QStyle.StandardPixmap, QKeySequence.StandardKey
    return {
        "open": _action(
            window, "&Open…", window.open_dialog, shortcut=std.Open, icon=sp.SP_DialogOpenButton
        ),
        "paste": _action(
            window, "New Article from &Clipboard", window.paste_article, shortcut="Ctrl+Shift+V"
        ),
        "save": _action(
            window, "&Save Project", window.save, shortcut=std.Save, icon=sp.SP_DialogSaveButton
        ),
        "save_as": _action(window, "Save Project &As…", window.save_as, shortcut=std.SaveAs),
        "quit": _action(window, "&Quit", window.close, shortcut=std.Quit),
        "export_deck": _action(
            window, "Export &Deck…", lambda: window.export({"deck"}), shortcut="Ctrl+E"
        ),
        "export_memo": _action(
            window, "Export &Memo…", lambda: window.export({"memo"}), shortcut="Ctrl+Shift+M"
        ),
        "export_pack": _action(
            window,
            "Export Briefing &Pack…",
            lambda: window.export({"deck", "memo"}),
            shortcut="Ctrl+Shift+E",
        ),
        "filter": _action(window, "&Find in Outline", window.focus_filter, shortcut=std.Find),
        "preferences": _action(window, "&Preferences…", window.preferences, shortcut="Ctrl+,"),
        "about": _action(window, "&About Briefing Builder", window.about),
    }


def _undo_actions(window) -> dict[str, QAction]:
    """Undo and Redo from the session's stack: their text names the step they would take."""
    stack, sp, std = window.session.undo_stack, QStyle.StandardPixmap, QKeySequence.StandardKey
    undo = stack.createUndoAction(window, "&Undo")
    redo = stack.createRedoAction(window, "&Redo")
    for action, key, icon, text in (
        (undo, std.Undo, sp.SP_ArrowBack, "Undo"),
        (redo, std.Redo, sp.SP_ArrowForward, "Redo"),
    ):
        action.setShortcut(QKeySequence(key))
        action.setIcon(window.style().standardIcon(icon))
        action.setIconText(text)
    return {"undo": undo, "redo": redo}


def _fill_menus(window, actions: dict[str, QAction]) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([actions["open"], actions["paste"]])
    window.recent_menu = QMenu("Open &Recent", window)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([actions["save"], actions["save_as"]])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([actions["undo"], actions["redo"]])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["filter"])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["preferences"])
    export_menu = bar.addMenu("E&xport")
    export_menu.addActions([actions["export_deck"], actions["export_memo"], actions["export_pack"]])
    bar.addMenu("&Help").addAction(actions["about"])


def _fill_toolbar(window, actions: dict[str, QAction]) -> None:
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions["open"], actions["save"]])
    toolbar.addSeparator()
    toolbar.addActions([actions["undo"], actions["redo"]])
    toolbar.addSeparator()
    toolbar.addAction(actions["export_pack"])
    window.addToolBar(toolbar)

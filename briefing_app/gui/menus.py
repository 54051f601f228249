"""Menus, toolbar and shortcuts of the main window, built in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from briefing_app.gui.printing import KEYS as PRINT_KEYS
from briefing_app.gui.printing import print_actions
from briefing_app.gui.session import Session


class MenuHost(Protocol):
    """The main window as the menus see it: a QMainWindow with these slots."""

    session: Session

    def open_dialog(self) -> None: ...
    def paste_article(self) -> None: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def export(self, kinds: set[str]) -> None: ...
    def focus_filter(self) -> None: ...
    def move_current_up(self) -> None: ...
    def move_current_down(self) -> None: ...
    def preferences(self) -> None: ...
    def about(self) -> None: ...
    def user_guide(self) -> None: ...


@dataclass(frozen=True)
class Menus:
    """What the window keeps of its menus: the actions by key and the Open Recent menu."""

    actions: dict[str, QAction]
    recent: QMenu


def _action(
    window: QMainWindow, text: str, slot: Callable[[], Any], *, shortcut=None, icon=None
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: QMainWindow, host: MenuHost) -> Menus:
    """Create the File/Edit/Export/Help menus and the toolbar of ``window``, wired to ``host``."""
    actions = _file_and_export_actions(window, host)
    actions.update(_undo_actions(window, host.session))
    actions.update(print_actions(window, host.session))
    for key, text in (("open", "Open"), ("save", "Save"), ("export_pack", "Export pack…")):
        actions[key].setIconText(text)
    recent = _fill_menus(window, actions)
    _fill_toolbar(window, actions)
    return Menus(actions, recent)


def _file_and_export_actions(window: QMainWindow, host: MenuHost) -> dict[str, QAction]:
    sp, std = QStyle.StandardPixmap, QKeySequence.StandardKey
    return {
        "open": _action(
            window, "&Open…", host.open_dialog, shortcut=std.Open, icon=sp.SP_DialogOpenButton
        ),
        "paste": _action(
            window, "New Article from &Clipboard", host.paste_article, shortcut="Ctrl+Shift+V"
        ),
        "save": _action(
            window, "&Save Project", host.save, shortcut=std.Save, icon=sp.SP_DialogSaveButton
        ),
        "save_as": _action(window, "Save Project &As…", host.save_as, shortcut=std.SaveAs),
        "quit": _action(window, "&Quit", window.close, shortcut=std.Quit),
        "export_deck": _action(
            window, "Export &Deck…", lambda: host.export({"deck"}), shortcut="Ctrl+E"
        ),
        "export_memo": _action(
            window, "Export &Memo…", lambda: host.export({"memo"}), shortcut="Ctrl+Shift+M"
        ),
        "export_pack": _action(
            window,
            "Export Briefing &Pack…",
            lambda: host.export({"deck", "memo"}),
            shortcut="Ctrl+Shift+E",
        ),
        "filter": _action(window, "&Find in Outline", host.focus_filter, shortcut=std.Find),
        "move_up": _action(window, "Move &Up", host.move_current_up, shortcut="Ctrl+Up"),
        "move_down": _action(window, "Move Do&wn", host.move_current_down, shortcut="Ctrl+Down"),
        "preferences": _action(window, "&Preferences…", host.preferences, shortcut="Ctrl+,"),
        "about": _action(window, "&About Briefing Builder", host.about),
        "guide": _action(
            window, "&User Guide", host.user_guide, shortcut=QKeySequence.StandardKey.HelpContents
        ),
    }


def _undo_actions(window: QMainWindow, session: Session) -> dict[str, QAction]:
    """Undo and Redo from the session's stack: their text names the step they would take."""
    stack, sp, std = session.undo_stack, QStyle.StandardPixmap, QKeySequence.StandardKey
    undo = stack.createUndoAction(window, "&Undo")
    redo = stack.createRedoAction(window, "&Redo")
    for action, key, icon, text in (
        (undo, std.Undo, sp.SP_ArrowBack, "Undo"),
        (redo, std.Redo, sp.SP_ArrowForward, "Redo"),
    ):
        action.setShortcuts(key)  # -- all the platform's bindings (Ctrl+Shift+Z and Ctrl+Y) --
        action.setIcon(window.style().standardIcon(icon))
        action.setIconText(text)
    return {"undo": undo, "redo": redo}


def _fill_menus(window: QMainWindow, actions: dict[str, QAction]) -> QMenu:
    """Fill the menu bar; return the Open Recent menu, which file work refills."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([actions["open"], actions["paste"]])
    recent = QMenu("Open &Recent", window)
    file_menu.addMenu(recent)
    file_menu.addSeparator()
    file_menu.addActions([actions["save"], actions["save_as"]])
    file_menu.addSeparator()
    file_menu.addActions([actions[key] for key in PRINT_KEYS])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([actions["undo"], actions["redo"]])
    edit_menu.addSeparator()
    edit_menu.addActions([actions["move_up"], actions["move_down"]])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["filter"])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["preferences"])
    export_menu = bar.addMenu("E&xport")
    export_menu.addActions([actions["export_deck"], actions["export_memo"], actions["export_pack"]])
    bar.addMenu("&Help").addActions([actions["guide"], actions["about"]])
    return recent


def _fill_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> None:
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

"""Menus, toolbar and shortcuts of the main window, built in one place.

They are built in two steps so the window can paint before its views exist:
``build_menus`` makes every action, menu and toolbar button (what the first paint
shows); ``connect_menus`` wires them to the window once its work is open. An
action triggered in between does nothing: there is nothing open to act on yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QProgressBar, QStyle, QToolBar

from briefing_app.gui.session import Session

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

PRINT_KEYS = ("print_memo", "print_handouts", "print_pack", "print_preview")


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
    def close(self) -> bool: ...

    @property
    def print_progress(self) -> QProgressBar: ...


@dataclass(frozen=True)
class Menus:
    """What the window keeps of its menus: the actions by key, the Open Recent menu, and the
    undo group whose active stack Undo and Redo follow."""

    actions: dict[str, QAction]
    recent: QMenu
    undo_group: QUndoGroup


def _shortcuts() -> dict[str, QKeySequence.StandardKey | str]:
    """The actions' shortcuts, given when the menus are wired after the first paint: a
    QKeySequence made from a key builds all of PySide's `Qt` enums (~20 ms), and no shortcut
    shows in a closed menu."""
    from PySide6.QtGui import QKeySequence

    std = QKeySequence.StandardKey
    return {
        "open": std.Open,
        "paste": "Ctrl+Shift+V",
        "save": std.Save,
        "save_as": std.SaveAs,
        "quit": std.Quit,
        "export_deck": "Ctrl+E",
        "export_memo": "Ctrl+Shift+M",
        "export_pack": "Ctrl+Shift+E",
        "filter": std.Find,
        "move_up": "Ctrl+Up",
        "move_down": "Ctrl+Down",
        "preferences": "Ctrl+,",
        "guide": std.HelpContents,
        "print_memo": std.Print,
    }


def _action(window: QMainWindow, text: str, *, icon=None) -> QAction:
    action = QAction(text, window)
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    return action


def build_menus(window: QMainWindow) -> Menus:
    """Create the File/Edit/Export/Help menus and the toolbar of ``window``, not yet wired."""
    actions = _file_and_export_actions(window)
    undo_group = QUndoGroup(window)
    actions.update(_undo_actions(window, undo_group))
    actions.update(_print_actions(window))
    for key, text in (("open", "Open"), ("save", "Save"), ("export_pack", "Export pack…")):
        actions[key].setIconText(text)
    recent = _fill_menus(window, actions)
    _fill_toolbar(window, actions)
    return Menus(actions, recent, undo_group)


def connect_menus(menus: Menus, host: MenuHost) -> None:
    """Wire the actions to ``host``, give them their shortcuts, and Undo/Redo the session's
    undo stack."""
    # -- deferred: printing loads the print dialogs and the slide renderer, and the first
    # -- import of a Qt class builds its enums (QKeySequence: ~70) --
    from PySide6.QtGui import QKeySequence

    from briefing_app.gui.printing import print_slots

    slots: dict[str, Callable[[], Any]] = {
        "open": host.open_dialog,
        "paste": host.paste_article,
        "save": host.save,
        "save_as": host.save_as,
        "quit": host.close,
        "export_deck": lambda: host.export({"deck"}),
        "export_memo": lambda: host.export({"memo"}),
        "export_pack": lambda: host.export({"deck", "memo"}),
        "filter": host.focus_filter,
        "move_up": host.move_current_up,
        "move_down": host.move_current_down,
        "preferences": host.preferences,
        "about": host.about,
        "guide": host.user_guide,
        **print_slots(host, host.session, host.print_progress),
    }
    actions = menus.actions
    for key, slot in slots.items():
        actions[key].triggered.connect(lambda _checked=False, slot=slot: slot())
    for key, shortcut in _shortcuts().items():
        actions[key].setShortcut(QKeySequence(shortcut))
    # -- all the platform's bindings (Ctrl+Shift+Z and Ctrl+Y) --
    actions["undo"].setShortcuts(QKeySequence.StandardKey.Undo)
    actions["redo"].setShortcuts(QKeySequence.StandardKey.Redo)
    stack = host.session.undo_stack
    menus.undo_group.addStack(stack)
    menus.undo_group.setActiveStack(stack)


def _file_and_export_actions(window: QMainWindow) -> dict[str, QAction]:
    sp = QStyle.StandardPixmap
    return {
        "open": _action(window, "&Open…", icon=sp.SP_DialogOpenButton),
        "paste": _action(window, "New Article from &Clipboard"),
        "save": _action(window, "&Save Project", icon=sp.SP_DialogSaveButton),
        "save_as": _action(window, "Save Project &As…"),
        "quit": _action(window, "&Quit"),
        "export_deck": _action(window, "Export &Deck…"),
        "export_memo": _action(window, "Export &Memo…"),
        "export_pack": _action(window, "Export Briefing &Pack…"),
        "filter": _action(window, "&Find in Outline"),
        "move_up": _action(window, "Move &Up"),
        "move_down": _action(window, "Move Do&wn"),
        "preferences": _action(window, "&Preferences…"),
        "about": _action(window, "&About Briefing Builder"),
        "guide": _action(window, "&User Guide"),
    }


def _undo_actions(window: QMainWindow, group: QUndoGroup) -> dict[str, QAction]:
    """Undo and Redo of the group's active stack: their text names the step they would take."""
    sp = QStyle.StandardPixmap
    undo = group.createUndoAction(window, "&Undo")
    redo = group.createRedoAction(window, "&Redo")
    for action, icon, text in ((undo, sp.SP_ArrowBack, "Undo"), (redo, sp.SP_ArrowForward, "Redo")):
        action.setIcon(window.style().standardIcon(icon))
        action.setIconText(text)
    return {"undo": undo, "redo": redo}


def _print_actions(window: QMainWindow) -> dict[str, QAction]:
    """File → Print memo… (Ctrl+P), handouts, pack and preview (see :mod:`printing`)."""
    texts = ("&Print Memo…", "Print &Handouts…", "Print Briefing Pac&k…", "Print Pre&view…")
    return {key: _action(window, text) for key, text in zip(PRINT_KEYS, texts, strict=True)}


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
    # -- by name: the first use of PySide's `Qt` builds all its enums (~20 ms), which can wait
    # -- until the window has painted --
    toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
    toolbar.addActions([actions["open"], actions["save"]])
    toolbar.addSeparator()
    toolbar.addActions([actions["undo"], actions["redo"]])
    toolbar.addSeparator()
    toolbar.addAction(actions["export_pack"])
    window.addToolBar(toolbar)

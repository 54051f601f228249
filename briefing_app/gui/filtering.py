"""The outline filter: what matches, what is selected, what Escape does, what "no match" says.

Typing used to leave the selection on whatever row Qt kept, sometimes a
section shown only because one of its recommendations matched. Now the
selection goes to the first item that matches by its own words (the current
one stays if it does); a filter with no match says so; Escape clears it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView

from briefing_app.gui.outline import ID_ROLE, SEARCH_ROLE, OutlineFilter


class FilterController(QObject):
    """Connects the filter box to the outline's proxy model and keeps a sensible selection."""

    def __init__(
        self,
        edit: QLineEdit,
        view: QTreeView,
        proxy: OutlineFilter,
        no_match: QLabel,
        *,
        current: Callable[[], str | None],
        select: Callable[[str | None], None],
    ) -> None:
        super().__init__(edit)
        self._edit, self._view, self._proxy, self._no_match = edit, view, proxy, no_match
        self._current, self._select = current, select
        self._collapsed: set[str] | None = None  # -- what the user had folded before filtering --
        no_match.setWordWrap(True)
        no_match.setVisible(False)
        edit.textChanged.connect(self.apply)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(edit.clear)

    def apply(self, text: str) -> None:
        if text and self._collapsed is None:
            self._collapsed = self._folded()
        self._proxy.setFilterFixedString(text)
        self._view.expandAll()  # -- every match shows, however deep --
        if not text and self._collapsed is not None:
            self._fold(self._collapsed)  # -- and the outline comes back folded as it was --
            self._collapsed = None
        # -- dragging through a filtered view would drop between hidden rows --
        self._view.setDragEnabled(not text)
        empty = bool(text) and self._proxy.rowCount() == 0
        self._no_match.setText(
            f"No section or recommendation matches “{text}”. Press Esc to clear the filter."
        )
        self._no_match.setVisible(empty)
        if text and not empty:
            self._select(self._best_match(text))

    def _folded(self) -> set[str]:
        view, proxy = self._view, self._proxy
        return {
            index.data(ID_ROLE)
            for index in _rows(proxy, QModelIndex())
            if proxy.hasChildren(index) and not view.isExpanded(index)
        }

    def _fold(self, ids: set[str]) -> None:
        for index in _rows(self._proxy, QModelIndex()):
            if index.data(ID_ROLE) in ids:
                self._view.collapse(index)

    def _best_match(self, text: str) -> str | None:
        """The current item if it matches by its own words, else the first item that does."""
        wanted = text.casefold()
        matching = [
            index.data(ID_ROLE)
            for index in _rows(self._proxy, QModelIndex())
            if wanted in str(index.data(SEARCH_ROLE) or "").casefold()
        ]
        current = self._current()
        return current if current in matching else (matching[0] if matching else None)


def _rows(model, parent: QModelIndex) -> Iterator[QModelIndex]:
    """Every row of ``model`` under ``parent``, depth first, in display order."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)

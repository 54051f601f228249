"""The outline: sections with their recommendations under them, as one Qt model and a plain view.

No widget per item, so 2,000 items scroll as smoothly as 20. Checking and
dragging do not change the briefing here: the model emits a request and the
main window turns it into an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeView

from briefing_app.core.article import Recommendation
from briefing_app.core.selection import recommendation_numbers
from briefing_app.gui.session import Session

MIME_TYPE = "application/x-briefing-item-id"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
_NO_PARENT = 0  # internalId of top-level rows; children carry their section's row + 1
# -- combined once: Qt asks for every row's flags, and each enum "|" is a Python call --
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsDragEnabled
)
_TOP_FLAGS = _ITEM_FLAGS | Qt.ItemFlag.ItemIsDropEnabled  # -- sections take dropped items --


class OutlineModel(QAbstractItemModel):
    """Sections (top level) and their recommendations (children) in the user's order."""

    pick_requested = Signal(str, bool)
    move_requested = Signal(str, int)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._sections: list[str] = []
        self._children: dict[str, list[str]] = {}
        self._where: dict[str, tuple[int, int]] = {}  # id -> (section row or -1, row)
        self._numbers: dict[str, int] | None = None  # -- the outputs' numbering, cached --
        self._bold = QFont()
        self._bold.setBold(True)
        self._dimmed = QApplication.palette().brush(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )
        self._rebuild()
        session.picked_changed.connect(self._on_item_changed)
        session.field_changed.connect(self._on_field_changed)
        session.order_changed.connect(self._on_order_changed)
        session.replaced.connect(self._on_replaced)

    # -- structure ----------------------------------------------------------------

    def _rebuild(self) -> None:
        briefing = self._session.briefing
        self._sections = [s.id for s in briefing.sections()]
        self._children = {s: [] for s in self._sections}
        for rec in briefing.recommendations():
            self._children.setdefault(rec.section_id, []).append(rec.id)
        self._where = {s: (-1, n) for n, s in enumerate(self._sections)}
        for n, section_id in enumerate(self._sections):
            for m, rec_id in enumerate(self._children[section_id]):
                self._where[rec_id] = (n, m)

    def index_of(self, item_id: str) -> QModelIndex:
        """The model index showing ``item_id`` (invalid if unknown)."""
        if item_id not in self._where:
            return QModelIndex()
        parent_row, row = self._where[item_id]
        internal = _NO_PARENT if parent_row < 0 else parent_row + 1
        return self.createIndex(row, 0, internal)

    def item_id(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        internal = index.internalId()
        if internal == _NO_PARENT:
            return self._sections[index.row()]
        return self._children[self._sections[internal - 1]][index.row()]

    def index(self, row: int, column: int, parent: QModelIndex = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, 0, _NO_PARENT) if row < len(self._sections) else QModelIndex()
            )
        if parent.internalId() != _NO_PARENT:
            return QModelIndex()
        if row >= len(self._children[self._sections[parent.row()]]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: QModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() != _NO_PARENT:
            return 0
        return len(self._children[self._sections[parent.row()]])

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 1

    # -- content ------------------------------------------------------------------

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item_id = self.item_id(index)
        if item_id is None:
            return None
        briefing = self._session.briefing
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(item_id)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._check_state(item_id)
        if role == ID_ROLE:
            return item_id
        if role == SEARCH_ROLE:
            return f"{self._label(item_id)}\n{briefing.summary_of(item_id)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return briefing.summary_of(item_id)
        if role == Qt.ItemDataRole.FontRole and index.internalId() == _NO_PARENT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not briefing.is_picked(item_id):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _check_state(self, item_id: str) -> Qt.CheckState:
        """Tri-state for a section with subsections: partly ticked when only some are picked."""
        briefing = self._session.briefing
        item = briefing.article.item(item_id)
        ids = [item_id]
        if not isinstance(item, Recommendation):
            ids += [d.id for d in briefing.article.descendants_of(item_id)]
        picked = sum(briefing.is_picked(i) for i in ids)
        if picked == len(ids):
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked if picked else Qt.CheckState.Unchecked

    def _label(self, item_id: str) -> str:
        briefing = self._session.briefing
        item = briefing.article.item(item_id)
        if isinstance(item, Recommendation):
            if self._numbers is None:
                self._numbers = recommendation_numbers(briefing)
            number = self._numbers.get(item_id)
            return (
                f"{number}. {briefing.title_of(item_id)}" if number else briefing.title_of(item_id)
            )
        # -- the outline nests: a subsection's label is indented under its chapter
        return "\u2003" * (item.level - 1) + briefing.title_of(item_id)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return _TOP_FLAGS if index.internalId() == _NO_PARENT else _ITEM_FLAGS

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item_id = self.item_id(index)
        if item_id is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        picked = Qt.CheckState(value) != Qt.CheckState.Unchecked
        briefing = self._session.briefing
        item = briefing.article.item(item_id)
        # -- ticking a section ticks what is under it (and unticking unticks it) --
        under = [] if isinstance(item, Recommendation) else briefing.article.descendants_of(item_id)
        for target in [item_id, *(d.id for d in under)]:
            if picked != briefing.is_picked(target):
                self.pick_requested.emit(target, picked)
        return True

    # -- drag and drop ------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.item_id(i) for i in indexes if i.isValid()]
        if ids:
            data.setData(MIME_TYPE, QByteArray(ids[0].encode("utf-8")))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self._drop_position(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        target = self._drop_position(data, row, parent)
        if target is None:
            return False
        item_id, position = target
        if position != self._session.briefing.position_of(item_id):
            self.move_requested.emit(item_id, position)
        return True

    def _drop_position(self, data: QMimeData, row: int, parent: QModelIndex):
        """(item id, new position among its kind) for a drop, or None if not allowed there."""
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        item_id = bytes(data.data(MIME_TYPE).data()).decode("utf-8")
        if item_id not in self._where:
            return None
        target = self.item_id(parent)
        if target is not None and (target in self._children) == (item_id in self._children):
            # -- dropped onto a sibling rather than between rows: take its place --
            row, parent = parent.row(), parent.parent()
        parent_id = self.item_id(parent)
        if item_id in self._children:  # a section: only between sections
            siblings = self._sections
            if parent_id is not None:
                return None
        else:
            own_section = self._session.briefing.article.item(item_id).section_id
            if parent_id != own_section:
                return None
            siblings = self._children[own_section]
        return item_id, self._global_position(item_id, siblings, row)

    def _global_position(self, item_id: str, siblings: list[str], row: int) -> int:
        """Translate "before row ``row`` of these siblings" into Briefing.move's position."""
        briefing = self._session.briefing
        kind = briefing.sections() if item_id in self._children else briefing.recommendations()
        others = [i.id for i in kind if i.id != item_id]
        rest = [s for s in siblings if s != item_id]
        k = len(siblings) if row < 0 else min(row, len(siblings))
        if item_id in siblings[:k]:
            k -= 1
        if not rest:
            return briefing.position_of(item_id)
        if k < len(rest):
            return others.index(rest[k])
        return others.index(rest[-1]) + 1

    # -- following the session ----------------------------------------------------

    def _on_item_changed(self, item_id: str) -> None:
        self._numbers = None  # -- a pick renumbers the recommendations after it --
        article = self._session.briefing.article
        while item_id is not None:  # -- the section's ancestors show a new tri-state too --
            index = self.index_of(item_id)
            if index.isValid():
                self.dataChanged.emit(index, index)
            item = article.item(item_id)
            item_id = item.parent_id if not isinstance(item, Recommendation) else None

    def _on_field_changed(self, item_id: str, _name: str) -> None:
        self._on_item_changed(item_id)

    def _on_order_changed(self, _item_id: str) -> None:
        self._numbers = None
        self.layoutAboutToBeChanged.emit()
        old = [(i, self.item_id(i)) for i in self.persistentIndexList()]
        self._rebuild()
        for index, item_id in old:
            self.changePersistentIndex(index, self.index_of(item_id) if item_id else QModelIndex())
        self.layoutChanged.emit()

    def _on_replaced(self) -> None:
        self._numbers = None
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()


class OutlineFilter(QSortFilterProxyModel):
    """Filters the outline by words in titles and summaries, keeping matching items' parents."""

    def __init__(self, source: OutlineModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SEARCH_ROLE)


class OutlineView(QTreeView):
    """A plain tree view configured for speed (uniform rows) and internal drag-and-drop moves."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAnimated(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName("Outline")

"""The outline: the article's sections as a tree, each with its recommendations, in one Qt model.

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

from briefing_app.core.briefing import outline_order
from briefing_app.core.selection import recommendation_numbers
from briefing_app.gui.session import Session

MIME_TYPE = "application/x-briefing-item-id"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
# -- combined once: Qt asks for every row's flags, and each enum "|" is a Python call --
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsDragEnabled
)
_SECTION_FLAGS = _ITEM_FLAGS | Qt.ItemFlag.ItemIsDropEnabled  # -- sections take dropped items --


class OutlineModel(QAbstractItemModel):
    """The article's outline as a tree in the user's order.

    Under each section: its recommendations, then its subsections (as the text
    has them), to any depth. Each index carries its item's key (a number fixed
    for the article), so an index finds its parent without a walk.
    """

    pick_requested = Signal(list, bool)  # -- ids (an item and everything under it), picked --
    move_requested = Signal(str, int)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._ids: list[str] = []  # -- an index's key (internalId) - 1 -> its item's id --
        self._keys: dict[str, int] = {}
        self._children: dict[str | None, list[str]] = {}
        self._parent: dict[str, str | None] = {}
        self._row: dict[str, int] = {}
        self._under: dict[str, list[str]] = {}  # -- every item below a section, any depth --
        self._states: dict[str, Qt.CheckState] = {}  # -- tick states, until the next pick --
        self._numbers: dict[str, int] | None = None  # -- the outputs' numbering, cached --
        self._rebuild()
        session.picked_changed.connect(self._on_item_changed)
        session.field_changed.connect(self._on_field_changed)
        session.order_changed.connect(self._on_order_changed)
        session.replaced.connect(self._on_replaced)

    # -- structure ----------------------------------------------------------------

    def _rebuild(self) -> None:
        briefing = self._session.briefing
        article = briefing.article
        self._ids = [s.id for s in article.sections] + [r.id for r in article.recommendations]
        self._keys = {item_id: n for n, item_id in enumerate(self._ids, start=1)}
        children: dict[str | None, list[str]] = {None: []}
        parent: dict[str, str | None] = {}
        sections = briefing.sections()
        for section in sections:
            children[section.id] = []
        for rec in briefing.recommendations():  # -- a section's own advice comes first --
            if rec.section_id in children:
                children[rec.section_id].append(rec.id)
                parent[rec.id] = rec.section_id
        for section in sections:
            up = section.parent_id if section.parent_id in children else None
            children[up].append(section.id)
            parent[section.id] = up
        self._children, self._parent = children, parent
        self._row = {i: n for ids in children.values() for n, i in enumerate(ids)}
        self._under = {}
        for section in reversed(outline_order(sections)):  # -- subsections before chapters --
            below: list[str] = []
            for child in children[section.id]:
                below.append(child)
                below += self._under.get(child, [])
            self._under[section.id] = below
        self._states = {}

    def index_of(self, item_id: str) -> QModelIndex:
        """The model index showing ``item_id`` (invalid if unknown)."""
        if item_id not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[item_id], 0, self._keys[item_id])

    def item_id(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self._ids[index.internalId() - 1]

    def parent_of(self, item_id: str) -> str | None:
        """The section ``item_id`` sits under in the outline (None at the top)."""
        return self._parent.get(item_id)

    def children_of(self, item_id: str | None) -> list[str]:
        """The rows under ``item_id`` (None: the top), in display order."""
        return list(self._children.get(item_id, []))

    def index(self, row: int, column: int, parent: QModelIndex = _ROOT) -> QModelIndex:
        rows = self._children.get(self.item_id(parent))
        if column != 0 or rows is None or not 0 <= row < len(rows):
            return QModelIndex()
        return self.createIndex(row, 0, self._keys[rows[row]])

    def parent(self, index: QModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        item_id = self.item_id(index)
        up = None if item_id is None else self._parent.get(item_id)
        return QModelIndex() if up is None else self.index_of(up)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return len(self._children.get(self.item_id(parent), ()))

    def hasChildren(self, parent: QModelIndex = _ROOT) -> bool:
        return bool(self._children.get(self.item_id(parent)))

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
        if role == Qt.ItemDataRole.FontRole and item_id in self._under:
            font = QFont()
            font.setBold(self._parent.get(item_id) is None)  # -- chapters stand out --
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not briefing.is_picked(item_id):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _check_state(self, item_id: str) -> Qt.CheckState:
        """Ticked, unticked, or partly ticked when only some of what is under a section is."""
        state = self._states.get(item_id)
        if state is None:
            briefing = self._session.briefing
            ids = [item_id, *self._under.get(item_id, ())]
            picked = sum(1 for i in ids if briefing.is_picked(i))
            if picked == len(ids):
                state = Qt.CheckState.Checked
            else:
                state = Qt.CheckState.PartiallyChecked if picked else Qt.CheckState.Unchecked
            self._states[item_id] = state
        return state

    def _label(self, item_id: str) -> str:
        briefing = self._session.briefing
        if item_id in self._under:
            return briefing.title_of(item_id)
        if self._numbers is None:
            self._numbers = recommendation_numbers(briefing)
        number = self._numbers.get(item_id)
        return f"{number}. {briefing.title_of(item_id)}" if number else briefing.title_of(item_id)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        item_id = self.item_id(index)
        if item_id is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        return _SECTION_FLAGS if item_id in self._under else _ITEM_FLAGS

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item_id = self.item_id(index)
        if item_id is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        picked = Qt.CheckState(value) != Qt.CheckState.Unchecked
        briefing = self._session.briefing
        # -- ticking a section ticks everything under it (and unticking unticks it): one step --
        under = [i for i in self._under.get(item_id, ()) if briefing.is_picked(i) != picked]
        if under or briefing.is_picked(item_id) != picked:
            self.pick_requested.emit([item_id, *under], picked)
        return True

    # -- drag and drop ------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.item_id(i) for i in indexes if i.isValid()]
        if ids and ids[0] is not None:
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
        """(item id, position for Briefing.move) for a drop, or None if not allowed there.

        An item only moves among its siblings: a recommendation within its section,
        a section within its chapter (with its subtree). So no drop can put a
        section under its own subsection or a subsection under another chapter.
        """
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        item_id = bytes(data.data(MIME_TYPE).data()).decode("utf-8")
        if item_id not in self._row:
            return None
        is_section, own_parent = item_id in self._under, self._parent.get(item_id)
        target = self.item_id(parent)
        if target != own_parent:  # -- onto a row: only onto a sibling, whose place it takes --
            sibling = target is not None and self._parent.get(target) == own_parent
            if not sibling or (target in self._under) != is_section:
                return None
            row, target = self._row[target], own_parent
        rows = self._children[target]
        recs = [i for i in rows if i not in self._under]
        if is_section:  # -- sections follow their chapter's recommendations --
            siblings = rows[len(recs) :]
            row = -1 if row < 0 else max(0, row - len(recs))
            return item_id, self._sibling_position(item_id, siblings, row)
        row = len(recs) if row < 0 else min(row, len(recs))
        return item_id, self._global_position(
            item_id, recs, self._sibling_position(item_id, recs, row)
        )

    @staticmethod
    def _sibling_position(item_id: str, siblings: list[str], row: int) -> int:
        """Translate "before row ``row`` of these siblings" into a place among the others."""
        k = len(siblings) if row < 0 else min(row, len(siblings))
        if item_id in siblings[:k]:
            k -= 1
        return k

    def _global_position(self, item_id: str, recs: list[str], k: int) -> int:
        """Place ``k`` among its section's other recommendations, as Briefing.move counts
        (among all recommendations)."""
        briefing = self._session.briefing
        rest = [r for r in recs if r != item_id]
        if not rest:
            return briefing.position_of(item_id)
        others = [r.id for r in briefing.recommendations() if r.id != item_id]
        if k < len(rest):
            return others.index(rest[k])
        return others.index(rest[-1]) + 1

    # -- following the session ----------------------------------------------------

    def _on_item_changed(self, item_id: str) -> None:
        self._numbers = None  # -- a pick renumbers the recommendations after it --
        self._states.clear()
        changed: str | None = item_id
        while changed is not None:  # -- the sections above show a new tri-state too --
            index = self.index_of(changed)
            if index.isValid():
                self.dataChanged.emit(index, index)
            changed = self._parent.get(changed)

    def _on_field_changed(self, item_id: str, _name: str) -> None:
        self._on_item_changed(item_id)

    def _on_order_changed(self, _item_id: str) -> None:
        """Rows moved: persistent indexes follow their items, so selection and what is
        expanded or collapsed stay as they were."""
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
        # -- six levels deep still leave room for the titles: a narrower step than Qt's 20 px --
        self.setIndentation(max(14, self.fontMetrics().height()))

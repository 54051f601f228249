"""The editor: title, summary, bullets and notes of the current item, and the source it came from.

Edits are emitted as ``field_edited`` requests; the editor shows whatever the
briefing holds after the command ran, so undo and redo update it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.article import Recommendation
from briefing_app.core.faithfulness import unsupported_spans
from briefing_app.core.selection import recommendation_numbers
from briefing_app.gui.session import Session
from briefing_app.gui.source import SourcePane

NOT_IN_SOURCE_COLOUR = QColor("#c62828")


class NotInSourceHighlighter(QSyntaxHighlighter):
    """Underlines numbers and names typed into a summary that the source never mentions."""

    def __init__(self, document, source_text: str) -> None:
        super().__init__(document)
        self.source_text = source_text
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(NOT_IN_SOURCE_COLOUR)
        self._format.setToolTip("Not in source")

    def highlightBlock(self, text: str) -> None:
        for start, end in unsupported_spans(text, self.source_text):
            self.setFormat(start, end - start, self._format)


class ItemEditor(QWidget):
    """Edits one section or recommendation; empty and disabled when nothing is selected."""

    field_edited = Signal(str, str, object)  # item id, field name, value (None = automatic)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._item_id: str | None = None
        self._updating = False
        self._build()
        session.field_changed.connect(self._on_field_changed)
        session.replaced.connect(self._on_replaced)
        # -- a pick or a move renumbers the recommendations --
        session.picked_changed.connect(self._on_renumbered)
        session.order_changed.connect(self._on_renumbered)
        self.show_item(None)

    def _build(self) -> None:
        self._make_widgets()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._fields())
        splitter.addWidget(self.source)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self._connect_edits()

    def _make_widgets(self) -> None:
        self.kind_label = QLabel()
        self.kind_label.setObjectName("kindLabel")
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("Title")
        self.summary_edit = _plain(self, "Summary", 4)
        self.highlighter = NotInSourceHighlighter(self.summary_edit.document(), "")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("notInSource")
        self.warning_label.setWordWrap(True)
        self.bullets_edit = _plain(self, "Bullets", 4)
        self.bullets_edit.setPlaceholderText("One bullet per line")
        self.notes_edit = _plain(self, "Speaker notes", 2)
        self.notes_edit.setPlaceholderText("Speaker notes for this slide")
        self.source = SourcePane(self)
        self.reset_buttons = {
            name: QPushButton("Reset to automatic" if name == "summary" else "Reset", self)
            for name in ("title", "summary", "bullets")
        }

    def _fields(self) -> QWidget:
        fields = QWidget(self)
        form = QVBoxLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.kind_label)
        form.addLayout(self._row("Title", "title"))
        form.addWidget(self.title_edit)
        form.addLayout(self._row("Summary", "summary"))
        form.addWidget(self.summary_edit, 2)
        form.addWidget(self.warning_label)
        form.addLayout(self._row("Bullets", "bullets"))
        form.addWidget(self.bullets_edit, 2)
        form.addLayout(self._row("Speaker notes", None))
        form.addWidget(self.notes_edit, 1)
        return fields

    def _connect_edits(self) -> None:
        self.title_edit.textEdited.connect(lambda text: self._emit("title", text))
        self.summary_edit.textChanged.connect(self._on_summary_typed)
        self.bullets_edit.textChanged.connect(self._on_bullets_typed)
        self.notes_edit.textChanged.connect(
            lambda: self._emit("notes", self.notes_edit.toPlainText())
        )
        for name, button in self.reset_buttons.items():
            button.clicked.connect(lambda _checked=False, n=name: self._reset(n))

    def _row(self, text: str, field: str | None) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(f"<b>{text}</b>")
        row.addWidget(label)
        row.addStretch(1)
        if field:
            row.addWidget(self.reset_buttons[field])
        return row

    # -- showing ------------------------------------------------------------------

    @property
    def item_id(self) -> str | None:
        return self._item_id

    def show_item(self, item_id: str | None) -> None:
        """Show ``item_id`` (None clears and disables the editor)."""
        self._item_id = item_id
        for widget in (self.title_edit, self.summary_edit, self.bullets_edit, self.notes_edit):
            widget.setEnabled(item_id is not None)
        self.highlighter.source_text = self._session.briefing.article.source.text
        self._updating = True
        try:
            self._refresh_all()
            self.highlighter.rehighlight()  # -- emits textChanged; not an edit --
        finally:
            self._updating = False
        self.source.show_item(self._session.briefing, item_id)

    def _refresh_all(self) -> None:
        for name in ("title", "summary", "bullets", "notes"):
            self._refresh(name)
        self._update_kind_label()

    def _update_kind_label(self) -> None:
        if self._item_id is None:
            self.kind_label.setText("Select a section or recommendation in the outline.")
            return
        briefing = self._session.briefing
        item = briefing.article.item(self._item_id)
        if isinstance(item, Recommendation):
            number = recommendation_numbers(briefing).get(self._item_id)
            self.kind_label.setText(
                f"Recommendation {number}"
                if number
                else "Recommendation (unticked: not in the outputs)"
            )
        else:  # -- a subsection says where it sits: the outline may be folded above it --
            parent = item.parent_id
            kind = "Section"
            if parent is not None and briefing.article.has_item(parent):
                kind = f"Section under “{briefing.title_of(parent)}”"
            picked = briefing.is_picked(self._item_id)
            self.kind_label.setText(kind if picked else f"{kind} (unticked: not in the outputs)")

    def _refresh(self, name: str) -> None:
        """Make one widget show the briefing's value, unless it already does (keeps the cursor)."""
        widget = {
            "title": self.title_edit,
            "summary": self.summary_edit,
            "bullets": self.bullets_edit,
            "notes": self.notes_edit,
        }[name]
        value = self._effective(name)
        current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        same = _lines(current) == _lines(value) if name == "bullets" else current == value
        if not same:
            previous, self._updating = self._updating, True
            try:
                _set_text(widget, value)
            finally:
                self._updating = previous
        if name in self.reset_buttons:
            edited = self._item_id is not None and (
                getattr(self._session.briefing.edit_of(self._item_id), name) is not None
            )
            self.reset_buttons[name].setEnabled(edited)
        if name == "summary":
            self._update_warning()

    def _effective(self, name: str) -> str:
        if self._item_id is None:
            return ""
        briefing = self._session.briefing
        if name == "title":
            return briefing.title_of(self._item_id)
        if name == "summary":
            return briefing.summary_of(self._item_id)
        if name == "bullets":
            return "\n".join(briefing.bullets_of(self._item_id))
        return briefing.notes_of(self._item_id)

    def _update_warning(self) -> None:
        text = self.summary_edit.toPlainText()
        missing = [text[s:e] for s, e in unsupported_spans(text, self.highlighter.source_text)]
        unique = list(dict.fromkeys(missing))
        self.warning_label.setText("Not in source: " + ", ".join(unique) if unique else "")
        self.warning_label.setVisible(bool(unique))

    # -- editing ------------------------------------------------------------------

    def _emit(self, name: str, value) -> None:
        if self._updating or self._item_id is None:
            return
        current = getattr(self._session.briefing.edit_of(self._item_id), name)
        if value is None and current is None:
            return
        if value is not None and value == self._effective(name) and name != "bullets":
            return  # -- formatting-only change (highlighter) or nothing really typed --
        self.field_edited.emit(self._item_id, name, value)

    def _reset(self, name: str) -> None:
        """Back to the automatic value; the focus goes to that field, nothing selected.

        The button disables itself once nothing is left to reset; the focus must
        not fall to whichever widget Qt picks next (the Title box, all selected).
        """
        widget = {
            "title": self.title_edit,
            "summary": self.summary_edit,
            "bullets": self.bullets_edit,
        }[name]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit(name, None)
        if isinstance(widget, QLineEdit):
            widget.deselect()

    def _on_summary_typed(self) -> None:
        self._emit("summary", self.summary_edit.toPlainText())

    def _on_bullets_typed(self) -> None:
        if self._updating or self._item_id is None:
            return
        lines = _lines(self.bullets_edit.toPlainText())
        if lines != self._session.briefing.bullets_of(self._item_id):
            self._emit("bullets", lines)

    def _on_replaced(self) -> None:
        self.show_item(None)

    def _on_renumbered(self, _item_id: str) -> None:
        self._update_kind_label()

    def _on_field_changed(self, item_id: str, name: str) -> None:
        if item_id != self._item_id:
            return
        self._refresh(name)
        if name == "summary":
            self._refresh("bullets")  # automatic bullets follow the summary
            self.source.show_item(self._session.briefing, item_id)
        if name == "title":
            self._update_kind_label()


def _plain(parent: QWidget, name: str, lines: int) -> QTextEdit:
    # -- a plain-text QTextEdit, not a QPlainTextEdit: only its layout right-aligns every line
    # -- of a right-to-left (Arabic, Hebrew) paragraph; the plain one set the last from the left --
    edit = QTextEdit(parent)
    edit.setAcceptRichText(False)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def _set_text(widget, value: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
        widget.setCursorPosition(0)
        return
    widget.setPlainText(value)
    widget.moveCursor(QTextCursor.MoveOperation.End)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]

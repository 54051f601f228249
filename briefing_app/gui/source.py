"""The item's source text, with the sentences its summary came from highlighted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from briefing_app.core.briefing import Briefing
from briefing_app.core.text import split_sentences

HIGHLIGHT = QColor("#fff1a8")


def source_view(briefing: Briefing, item_id: str) -> tuple[str, list[tuple[int, int]]]:
    """The item's paragraphs as shown (blank line between) and the spans to highlight in them.

    Highlighted: the automatic summary's sentences (``summary_spans``) and, when
    the user has edited the summary, any of its sentences found verbatim here.
    """
    item = briefing.article.item(item_id)
    source = briefing.article.source.text
    parts, offsets, position = [], [], 0
    for start, end in item.spans:
        parts.append(source[start:end])
        offsets.append((start, end, position))
        position += end - start + 2
    text = "\n\n".join(parts)
    marks = []
    for s, e in item.summary_spans:
        for start, end, shown in offsets:
            if start <= s < end:
                marks.append((shown + s - start, shown + min(e, end) - start))
    summary = briefing.summary_of(item_id)
    if summary != item.summary:
        for s, e in split_sentences(summary):
            sentence = summary[s:e].strip()
            found = text.find(sentence) if len(sentence) > 20 else -1
            if found >= 0:
                marks.append((found, found + len(sentence)))
    return text, sorted(set(marks))


class SourcePane(QWidget):
    """Read-only source text of the current item with its summary sentences marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.caption = QLabel("<b>Source</b>")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Source text")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.text)
        self.marks: list[tuple[int, int]] = []

    def show_item(self, briefing: Briefing, item_id: str | None) -> None:
        if item_id is None:
            self.text.setPlainText("")
            self.marks = []
            self.caption.setText("<b>Source</b>")
            return
        text, self.marks = source_view(briefing, item_id)
        item = briefing.article.item(item_id)
        numbers = ", ".join(f"¶ {n}" for n in item.paragraph_numbers)
        self.caption.setText(f"<b>Source</b> ({numbers}) — summary sentences highlighted")
        self.text.setPlainText(text)
        self.text.setExtraSelections([self._selection(s, e) for s, e in self.marks])
        if self.marks:
            cursor = self.text.textCursor()
            cursor.setPosition(self.marks[0][0])
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def _selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        selection.format = fmt
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

"""The item's source text, with the sentences its summary came from highlighted."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from briefing_app.core.briefing import Briefing
from briefing_app.core.scripts import UNCASED
from briefing_app.core.text import split_sentences
from briefing_app.gui.elided import ElidedLabel

HIGHLIGHT = QColor("#fff1a8")


def source_view(briefing: Briefing, item_id: str) -> tuple[str, list[tuple[int, int]]]:
    """The item's paragraphs as shown (blank line between) and the spans to highlight in them.

    Highlighted: the automatic summary's sentences (``summary_spans`` that fall
    inside the item) while the summary is automatic, and every sentence of the
    current summary, edited or not, found in the source (ignoring differences
    in whitespace). A rewritten summary no longer marks the sentences it replaced.
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
    automatic = briefing.summary_of(item_id) == item.summary
    for s, e in item.summary_spans if automatic else ():
        for start, end, shown in offsets:
            if start <= s < e <= end:
                marks.append((shown + s - start, shown + e - start))
    summary = briefing.summary_of(item_id)
    for s, e in split_sentences(summary):
        found = _find_loosely(text, summary[s:e])
        if found is not None:
            marks.append(found)
    return text, _merge(marks)


def _find_loosely(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` occurs in ``text`` with any whitespace between its words."""
    words = sentence.split()
    # -- a few words match too easily to mean "this sentence came from here"; Chinese and
    # -- Japanese write no spaces, so there a sentence of 8 characters or more counts --
    if len(words) < 4 and not (UNCASED.search(sentence) and len(sentence.strip()) >= 8):
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _merge(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(marks)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def paragraph_ranges(numbers: tuple[int, ...]) -> str:
    """ "¶ 1–18" rather than "¶ 1, ¶ 2, … ¶ 18"; gaps as "¶ 2–4, 7"."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs]
    return "¶ " + ", ".join(parts) if parts else "¶ ?"


class SourcePane(QWidget):
    """Read-only source text of the current item with its summary sentences marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.caption = ElidedLabel("Source", self)
        # -- a QTextEdit, not a QPlainTextEdit: only its layout right-aligns a right-to-left
        # -- (Arabic, Hebrew) paragraph as it reads; the plain one sets every line from the left --
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
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
            self.caption.setText("Source")
            return
        text, self.marks = source_view(briefing, item_id)
        item = briefing.article.item(item_id)
        numbers = paragraph_ranges(item.paragraph_numbers)
        self.caption.setText(f"Source ({numbers}) — summary sentences highlighted")
        self.text.setPlainText(text)
        self.text.setExtraSelections([self._selection(s, e) for s, e in self.marks])
        if self.marks:
            cursor = self.text.textCursor()
            cursor.setPosition(self.marks[0][0])
            self.text.setTextCursor(cursor)
            self._center(cursor)

    def _center(self, cursor: QTextCursor) -> None:
        """Scroll so the first highlighted sentence sits in the middle of the pane."""
        bar = self.text.verticalScrollBar()
        top = self.text.cursorRect(cursor).top() + bar.value()
        bar.setValue(max(0, top - self.text.viewport().height() // 2))

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

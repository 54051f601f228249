"""A one-line label that shortens its text with "…" instead of widening its pane.

A caption such as "Source (¶ 1, ¶ 2, … ¶ 18)" set the minimum width of its
whole column; this label asks for no width at all and shows the full text as
its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class ElidedLabel(QWidget):
    """Plain text on one line, elided at the right to the width it gets; bold if asked."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, bold: bool = False):
        super().__init__(parent)
        self._text = ""
        if bold:
            font = self.font()
            font.setBold(True)
            self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text) + 4, metrics.height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 4)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect().adjusted(0, 0, 0, 0), flags, shown)
        painter.end()

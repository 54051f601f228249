"""The template check dialog: shown when the user adds a deck template ("Add template…").

One row per role (title, section, content, key figures, closing): a thumbnail
of the slide with the template's artwork in grey and the usable title and text
areas outlined, the layout the app chose, and a combo box to choose another
layout. Fonts and warnings come from the same report as
``briefing-app templates --check``. "Save" stores the choices beside the
template in the user's template folder, where the CLI and GUI exports read them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing_app.export.deck.check import ROLE_NAMES, Area, TemplateReport, check_template
from briefing_app.export.deck.choices import ROLES, load_choices, save_choices

THUMB_WIDTH = 160


def thumbnail(report: TemplateReport, role: str, width: int = THUMB_WIDTH) -> QPixmap:
    """A sketch of ``role``'s slide: artwork grey, title area blue, text area green."""
    r = next(x for x in report.roles if x.role == role)
    scale = width / report.slide_width_in
    pixmap = QPixmap(width, max(1, round(report.slide_height_in * scale)))
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)

    def rect(a: Area) -> QRectF:
        return QRectF(a.left * scale, a.top * scale, a.width * scale, a.height * scale)

    for art in report.artwork.get(r.layout_index, []):
        painter.fillRect(rect(art), QColor(180, 180, 180))
    for area, colour in ((r.title_area, "#1f5fbf"), (r.body_area, "#2e8b57")):
        painter.setPen(QPen(QColor(colour), 2))
        painter.drawRect(rect(area))
    painter.setPen(QPen(QColor("#444444"), 1))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap


class TemplateCheckDialog(QDialog):
    """The report for one template, with a layout choice per role."""

    def __init__(self, template: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = Path(template)
        self.setWindowTitle(f"Template check: {self.template.name}")
        self.choices: dict[str, int] = load_choices(self.template)
        self.report = check_template(self.template, self.choices)
        self._auto = {r.role: r.layout_index for r in check_template(self.template, {}).roles}
        self.thumbs: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        legend = QLabel(
            "Each slide: <span style='color:#1f5fbf'>title area</span>, "
            "<span style='color:#2e8b57'>text area</span>, "
            "<span style='color:#888888'>template artwork</span> (text stays clear of it)."
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        grid = QGridLayout()
        for row, role in enumerate(ROLES):
            name = QLabel(ROLE_NAMES[role])
            thumb = QLabel()
            thumb.setAccessibleName(f"{ROLE_NAMES[role]} layout preview")
            combo = QComboBox()
            combo.setAccessibleName(f"Layout for {ROLE_NAMES[role].lower()} slides")
            for i, layout_name in enumerate(self.report.layouts):
                auto = " (automatic)" if i == self._auto[role] else ""
                combo.addItem(f"{i + 1}. {layout_name.replace(chr(10), ' ')}{auto}", i)
            combo.currentIndexChanged.connect(lambda _i, role=role: self._changed(role))
            grid.addWidget(name, row, 0)
            grid.addWidget(thumb, row, 1)
            grid.addWidget(combo, row, 2)
            self.thumbs[role], self.combos[role] = thumb, combo
        layout.addLayout(grid)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show()

    def _show(self) -> None:
        for r in self.report.roles:
            combo = self.combos[r.role]
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(r.layout_index))
            combo.blockSignals(False)
            self.thumbs[r.role].setPixmap(thumbnail(self.report, r.role))
            self.thumbs[r.role].setToolTip(
                f"Title {r.title_area.width:g} × {r.title_area.height:g} in, "
                f"text {r.body_area.width:g} × {r.body_area.height:g} in"
            )
        fonts = "; ".join(f"{f.family} ({f.used_for}): {f.measured}" for f in self.report.fonts)
        warnings = "".join(f"<li>{w}</li>" for w in self.report.warnings) or "<li>none</li>"
        self.details.setText(f"<b>Fonts:</b> {fonts}<br><b>Warnings:</b><ul>{warnings}</ul>")

    def _changed(self, role: str) -> None:
        index = self.combos[role].currentData()
        if index == self._auto[role]:
            self.choices.pop(role, None)
        else:
            self.choices[role] = int(index)
        self.report = check_template(self.template, self.choices)
        self._show()

    def accept(self) -> None:
        save_choices(self.template, self.choices)
        super().accept()

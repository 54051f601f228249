"""The app's look: Fusion with a calm light palette and a few rules for labels and panels."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from briefing_app.resources import assets_dir

ACCENT = "#1f4e79"
FOCUS = "#e08a00"  # -- amber: distinct from the blue selection and from text --
STYLE_SHEET = f"""
QLabel#kindLabel {{ color: {ACCENT}; font-weight: 600; font-size: 11pt; }}
QLabel#notInSource {{ color: #b71c1c; }}
QToolButton#warningsBadge {{ color: #8a5300; font-weight: 600; }}
QLabel#countsLabel {{ color: #444; padding: 2px 0; }}
QFrame#sampleBanner {{ background: #fff6d6; border-bottom: 1px solid #e6d38a; }}
QTreeView {{ font-size: 10pt; }}
QTreeView::item {{ padding: 3px 0; }}
QTabWidget::pane {{ border-top: 1px solid #c8ccd2; }}
QGroupBox {{ font-weight: 600; }}
QToolBar {{ spacing: 4px; border-bottom: 1px solid #d6d9de; }}
QPlainTextEdit, QTextEdit, QLineEdit {{ selection-background-color: {ACCENT}; }}
/* -- a focus the eye finds at once, on every field a keyboard user lands in -- */
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTreeView:focus {{ border: 2px solid {FOCUS}; }}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {FOCUS}; border-radius: 3px; padding: 2px 6px;
}}
QCheckBox {{ border: 2px solid transparent; border-radius: 3px; }}  /* -- same size focused -- */
QCheckBox:focus {{ border-color: {FOCUS}; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (the same look on every platform), the palette and the style sheet."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f3f4f6"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
    register_fonts()


# -- template fonts and the metric-compatible faces the deck plan measures with --
FONT_SUBSTITUTES = {
    "Calibri": ["Carlito"],
    "Cambria": ["Caladea", "Liberation Serif"],
    "Arial": ["Liberation Sans"],
    "Helvetica": ["Liberation Sans"],
    "Times New Roman": ["Liberation Serif"],
}


def register_fonts() -> int:
    """Make the bundled fonts available to Qt, so previews use the faces exports measure with."""
    count = 0
    for path in sorted((assets_dir() / "fonts").rglob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            count += 1
    for family, substitutes in FONT_SUBSTITUTES.items():
        QFont.insertSubstitutions(family, substitutes)
    return count

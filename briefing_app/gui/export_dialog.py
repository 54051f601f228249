"""The export dialog: choose files and templates, export off the UI thread, open the result."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.pack import check_pack_outputs, write_pack
from briefing_app.export.templates import DEFAULTS
from briefing_app.gui.fileops import export_folder, export_stem
from briefing_app.gui.header_panel import fill_template_combo
from briefing_app.gui.printing import HANDOUT_LAYOUTS
from briefing_app.gui.settings import Settings
from briefing_app.gui.workers import Job

MAX_LISTED = 6
KINDS = {
    "deck": ("Deck", ".pptx", "PowerPoint deck (*.pptx)"),
    "memo": ("Memo", ".pdf", "PDF memo (*.pdf)"),
    "pack": ("Pack PDF", ".pdf", "PDF pack: memo, then slide handouts (*.pdf)"),
}


class ExportDialog(QDialog):
    """Exports a snapshot of the briefing; the work in the window is never touched."""

    finished_export = Signal(list, list)  # paths, warnings
    failed = Signal(str)
    template_chosen = Signal(str, object)  # kind, name or None

    def __init__(
        self,
        briefing: Briefing,
        settings: Settings,
        *,
        kinds: set[str],
        project: Path | None = None,
        warnings: list[str] | None = None,
        parent=None,
        protect: dict[Path, str] | None = None,
    ):
        super().__init__(parent)
        self._project, self._warnings = project, list(warnings or [])
        self._protect = dict(protect or {})  # -- files no output may replace (files/outputs.py) --
        self.setWindowTitle(
            "Export briefing pack" if len(kinds) > 1 else f"Export {next(iter(kinds))}"
        )
        self._briefing, self._settings = briefing, settings
        self._job: Job | None = None
        self.paths: list[Path] = []
        self.checks: dict[str, QCheckBox] = {}
        self.path_edits: dict[str, QLineEdit] = {}
        self.template_boxes: dict[str, QComboBox] = {}
        self._build(kinds)

    def _build(self, kinds: set[str]) -> None:
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.open_buttons = QHBoxLayout()
        intro = QLabel(
            f"Export the {self._briefing_summary()}. The files are written only when complete; "
            "an existing file is replaced.",
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self._warnings:
            layout.addWidget(self._warnings_summary())
        layout.addSpacing(6)
        layout.addLayout(self._file_grid(kinds))
        self.keep_templates = QCheckBox(
            "Also make these the project's templates (undoable with Edit → Undo)", self
        )
        self.keep_templates.setToolTip(
            "Unticked, the templates chosen here are used for this export only."
        )
        layout.addWidget(self.keep_templates)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(self.open_buttons)
        layout.addWidget(self._button_box())

    def _file_grid(self, kinds: set[str]) -> QGridLayout:
        """One row per kind: tick box, file path, Browse…, template."""
        grid = QGridLayout()
        for column, text in ((1, "Save as"), (3, "Template")):
            grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, column)
        folder = export_folder(self._project, self._settings)
        stem = export_stem(self._briefing)
        for row, (kind, (label, suffix, _filter)) in enumerate(KINDS.items(), start=1):
            check = QCheckBox(label, self)
            check.setChecked(kind in kinds)
            tail = " pack" if kind == "pack" else ""
            edit = QLineEdit(str(folder / f"{stem}{tail}{suffix}"), self)
            edit.setAccessibleName(f"{label} file")
            edit.setMinimumWidth(420)
            edit.setCursorPosition(0)
            browse = QPushButton("Browse…", self)
            browse.clicked.connect(lambda _c=False, k=kind: self._browse(k))
            combo = self._layout_combo() if kind == "pack" else self._template_combo(kind)
            for column, widget in enumerate((check, edit, browse, combo)):
                grid.addWidget(widget, row, column)
                if widget is not check:
                    check.toggled.connect(widget.setEnabled)
                    widget.setEnabled(check.isChecked())
            self.checks[kind], self.path_edits[kind], self.template_boxes[kind] = check, edit, combo
        return grid

    def _warnings_summary(self) -> QLabel:
        """What the user should know before exporting: the app's current warnings."""
        count = len(self._warnings)
        items = "".join(f"<li>{html.escape(w)}</li>" for w in self._warnings[:MAX_LISTED])
        more = f"<li>… and {count - MAX_LISTED} more</li>" if count > MAX_LISTED else ""
        label = QLabel(
            f"<b>⚠ {count} warning{'s' if count != 1 else ''}</b><ul style='margin: 0'>"
            f"{items}{more}</ul>",
            self,
        )
        label.setObjectName("exportWarnings")
        label.setWordWrap(True)
        label.setAccessibleName(f"{count} warnings")
        return label

    def _button_box(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export_now)
        self.close_button.clicked.connect(self.reject)
        return buttons

    def _briefing_summary(self) -> str:
        picked = len(self._briefing.picked)
        return (
            f"{picked} picked item{'s' if picked != 1 else ''} of “{self._briefing.article.title}”"
        )

    def _template_combo(self, kind: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(f"{kind.capitalize()} template")
        fill_template_combo(combo, kind, getattr(self._briefing, f"{kind}_template"))
        return combo

    def _layout_combo(self) -> QComboBox:
        """The pack's handout layout (its templates are the deck's and the memo's)."""
        combo = QComboBox(self)
        combo.setAccessibleName("Handout layout")
        for value, text in HANDOUT_LAYOUTS:
            combo.addItem(text, value)
        return combo

    def _browse(self, kind: str) -> None:
        label, suffix, file_filter = KINDS[kind]
        path, _ = QFileDialog.getSaveFileName(
            self, f"Export {label.lower()}", self.path_edits[kind].text(), file_filter
        )
        if path:
            self.path_edits[kind].setText(path if path.endswith(suffix) else path + suffix)

    def targets(self) -> dict[str, tuple[Path, str | None]]:
        """The checked kinds with their output path and chosen template."""
        chosen = {}
        for kind, check in self.checks.items():
            if check.isChecked():
                path = Path(self.path_edits[kind].text().strip()).expanduser()
                suffix = KINDS[kind][1]
                if path.suffix.lower() != suffix:
                    path = path.with_name(path.name + suffix)
                template = None if kind == "pack" else self.template_boxes[kind].currentData()
                chosen[kind] = (path, template)
        return chosen

    def export_now(self) -> None:
        """Start the export on a pool thread with a snapshot of the briefing."""
        targets = self.targets()
        if not targets:
            self.status.setText("Tick the deck, the memo or the pack.")
            return
        try:
            check_pack_outputs(
                targets, protect=self._protect,
                templates={k: self.template_boxes[k].currentData() for k in ("deck", "memo")},
            )  # fmt: skip
        except UserError as exc:  # -- the same rules as the CLI, told before any work starts --
            self._on_failed(str(exc))
            return
        snapshot = self._briefing.copy()
        layout = self.template_boxes["pack"].currentData()
        templates = {k: self.template_boxes[k].currentData() for k in ("deck", "memo")}
        for kind, (_path, template) in targets.items():
            if kind == "pack":
                continue
            current = getattr(snapshot, f"{kind}_template")
            changed = template != current and not (current is None and template == DEFAULTS[kind])
            if changed and self.keep_templates.isChecked():
                self.template_chosen.emit(kind, template)  # -- an undoable command --
            snapshot.set_template(kind, template)
        protect = dict(self._protect)
        self._job = Job(
            lambda report: write_pack(
                snapshot,
                targets,
                report=report,
                protect=protect,
                handout_layout=layout,
                templates=templates,
            )
        )
        self._job.signals.progressed.connect(self._on_progress)
        self._job.signals.succeeded.connect(self._on_done)
        self._job.signals.failed.connect(self._on_failed)
        self._set_busy(True)
        QThreadPool.globalInstance().start(self._job)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.export_button.setEnabled(not busy)
        for kind in self.checks:
            self.checks[kind].setEnabled(not busy)

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(text)

    def _on_done(self, result) -> None:
        paths, warnings = result
        self._set_busy(False)
        self.progress.setValue(100)
        self.paths = list(paths)
        self._settings.export_folder = paths[0].parent
        lines = [f"Wrote {p.name}" for p in paths] + [f"⚠ {w}" for w in warnings]
        self.status.setText("\n".join(lines))
        self._show_open_buttons(paths)
        self.finished_export.emit(list(paths), list(warnings))
        self._job = None

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        self.status.setText(f"Export failed: {message}")
        self._job = None
        self.failed.emit(message)
        QMessageBox.warning(self, "Export failed", message)

    def _show_open_buttons(self, paths: list[Path]) -> None:
        while self.open_buttons.count():
            self.open_buttons.takeAt(0).widget().deleteLater()
        for path in paths:
            text = "Open file" if len(paths) == 1 else f"Open {path.suffix[1:].upper()}"
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, p=path: _open_url(p))
            self.open_buttons.addWidget(button)
        folder = QPushButton("Open folder", self)
        folder.clicked.connect(lambda _c=False: _open_url(paths[0].parent))
        self.open_buttons.addWidget(folder)
        self.open_buttons.addStretch(1)


def _open_url(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

"""The side panel: memo header fields and the deck and memo template pickers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.errors import UserError
from briefing_app.core.printed_date import format_date
from briefing_app.export.memo.plan import DEFAULT_SENDER, DEFAULT_TO
from briefing_app.export.templates import (
    DEFAULTS,
    SUFFIXES,
    list_templates,
    resolve_template,
    user_template_dir,
)
from briefing_app.files.atomic import write_atomic
from briefing_app.gui.session import Session

HEADER_LABELS = {
    "to": "To",
    "through": "Through",
    "sender": "From",
    "subject": "Subject",
    "date": "Date",
    "classification": "Classification",
    "bottom_line": "Bottom line",
}
CLASSIFICATIONS = ["", "UNCLASSIFIED", "SENSITIVE BUT UNCLASSIFIED", "CONFIDENTIAL", "SECRET"]
ADD_TEMPLATE = "Add template…"


class HeaderPanel(QWidget):
    """Memo header fields and template pickers; changes are emitted as requests."""

    header_edited = Signal(str, str)  # field name, value
    template_chosen = Signal(str, object)  # kind, name or None

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._updating = False
        self.fields: dict[str, QLineEdit] = {}
        self.pickers: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._header_box())
        layout.addWidget(self._template_box())
        layout.addStretch(1)
        session.header_changed.connect(self._refresh_field)
        session.template_changed.connect(self._refresh_template)
        session.replaced.connect(self.refresh)
        self._hint_stale = False
        self.refresh()

    def _header_box(self) -> QGroupBox:
        box = QGroupBox("Memo header", self)
        form = QFormLayout(box)
        for name, label in HEADER_LABELS.items():
            if name == "classification":
                combo = QComboBox(box)
                _narrow(combo)
                combo.setEditable(True)
                combo.addItems(CLASSIFICATIONS)
                edit = combo.lineEdit()
                form.addRow(label, combo)
            else:
                edit = QLineEdit(box)
                form.addRow(label, edit)
            edit.setAccessibleName(label)
            edit.textEdited.connect(lambda text, n=name: self._emit_header(n, text))
            self.fields[name] = edit
        hints = {
            "to": f"Empty: {DEFAULT_TO}",
            "through": "Optional",
            "sender": f"Empty: {DEFAULT_SENDER}",
            "subject": "Empty: the article title",
            "date": "YYYY-MM-DD (empty: the export date)",
            "classification": "None: no marking",
            "bottom_line": "Empty: the standfirst and what the memo sets out",
        }
        for name, hint in hints.items():
            self.fields[name].setPlaceholderText(hint)
        self.date_hint = QLabel(box)
        self.date_hint.setObjectName("dateHint")
        self.date_hint.setWordWrap(True)
        form.insertRow(list(HEADER_LABELS).index("date") + 1, "", self.date_hint)
        self.fields["date"].textChanged.connect(self._update_date_hint)
        note = QLabel(
            "The classification also marks the top and bottom of every slide and notes page "
            "of the deck, and every memo page.",
            box,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        combo.currentTextChanged.connect(lambda text: self._emit_header("classification", text))
        return box

    def _template_box(self) -> QGroupBox:
        box = QGroupBox("Templates", self)
        form = QFormLayout(box)
        for kind in ("deck", "memo"):
            combo = QComboBox(box)
            _narrow(combo)
            combo.setAccessibleName(f"{kind.capitalize()} template")
            combo.activated.connect(lambda index, k=kind: self._on_picked(k, index))
            self.pickers[kind] = combo
            form.addRow(f"{kind.capitalize()} template", combo)
        return box

    def refresh(self) -> None:
        for name in HEADER_LABELS:
            self._refresh_field(name)
        for kind in self.pickers:
            self._refresh_picker(kind)
        self._hint_when_shown()

    def _hint_when_shown(self) -> None:
        """Update the date hint now if the panel shows, else when it is first shown.

        The hint reads the memo template (and so imports reportlab): on a tab the
        user has not opened yet it can wait, and the window paints sooner.
        """
        if self.isVisible():
            self._update_date_hint()
        else:
            self._hint_stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._hint_stale:
            self._hint_stale = False
            self._update_date_hint()

    def _update_date_hint(self, *_args) -> None:
        """Under the Date field: the date as the memo will print it, or why it cannot read it."""
        text = self.fields["date"].text().strip()
        hint, ok = date_hint(text, self._session.briefing.memo_template)
        self.date_hint.setText(hint)
        self.date_hint.setStyleSheet("color: #555;" if ok else "color: #b71c1c;")
        self.fields["date"].setToolTip(hint)

    def _refresh_field(self, name: str) -> None:
        value = getattr(self._session.briefing.header, name)
        if self.fields[name].text() != value:
            self._updating = True
            self.fields[name].setText(value)
            self._updating = False

    def _refresh_template(self, kind: str) -> None:
        self._refresh_picker(kind)
        if kind == "memo":
            self._hint_when_shown()

    def _refresh_picker(self, kind: str) -> None:
        """Refill the picker: built-in and user templates, then "Add template…"."""
        combo = self.pickers[kind]
        self._updating = True
        fill_template_combo(combo, kind, getattr(self._session.briefing, f"{kind}_template"))
        combo.addItem(ADD_TEMPLATE, ADD_TEMPLATE)
        self._updating = False

    def _emit_header(self, name: str, value: str) -> None:
        if not self._updating and value != getattr(self._session.briefing.header, name):
            self.header_edited.emit(name, value)

    def _on_picked(self, kind: str, index: int) -> None:
        data = self.pickers[kind].itemData(index)
        if data == DEFAULTS[kind] and getattr(self._session.briefing, f"{kind}_template") is None:
            return  # -- the default is already in use; choosing it by name changes nothing --
        if data == ADD_TEMPLATE:
            self._refresh_picker(kind)
            path, _ = QFileDialog.getOpenFileName(
                self, f"Add a {kind} template", "", template_filter(kind)
            )
            if path:
                try:
                    name = import_template(kind, Path(path))
                except UserError as exc:
                    QMessageBox.warning(self, "Add template", str(exc))
                    return
                if kind == "deck":
                    show_template_check(self, user_template_dir(kind) / Path(path).name)
                self.template_chosen.emit(kind, name)
            return
        if data != getattr(self._session.briefing, f"{kind}_template"):
            self.template_chosen.emit(kind, data)


def date_hint(typed: str, memo_template: str | None) -> tuple[str, bool]:
    """("Prints as 12 March 2026", True), or a sentence saying the date cannot be read."""
    if not typed:
        today = dt.date.today()
        return (
            f"Empty: the export date (today {format_date(today, '', _date_style(memo_template))}).",
            True,
        )
    try:
        date = dt.date.fromisoformat(typed)
    except ValueError:
        return (
            f"“{typed}” is not a date the memo can read (03/12 could be March or December); "
            "it would print as typed. Write it as YYYY-MM-DD, e.g. 2026-12-03.",
            False,
        )
    return f"Prints as {format_date(date, typed, _date_style(memo_template))}.", True


def _date_style(memo_template: str | None) -> str:
    # -- deferred: the memo template reader imports reportlab, which the first paint can skip --
    from briefing_app.export.memo.template import load_template

    try:
        return load_template(resolve_template("memo", memo_template)).date_style
    except UserError:
        return "iso"


def _narrow(combo: QComboBox) -> None:
    """A combo box that may be narrower than its longest entry, so the pane can shrink."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)


def fill_template_combo(combo: QComboBox, kind: str, chosen: str | None) -> None:
    """List the templates of ``kind`` (data: name) and select ``chosen`` or the default one."""
    combo.clear()
    for info in list_templates(kind):
        label = info.name + ("" if info.builtin else " (user)")
        if info.name == DEFAULTS[kind]:
            label += " (default)"
        combo.addItem(label, info.name)
    if chosen and combo.findData(chosen) < 0:
        combo.addItem(Path(chosen).name, chosen)  # -- a template given by path --
    combo.setCurrentIndex(max(0, combo.findData(chosen or DEFAULTS[kind])))


def template_filter(kind: str) -> str:
    patterns = " ".join(f"*{s}" for s in SUFFIXES[kind])
    label = "PowerPoint templates" if kind == "deck" else "Memo templates"
    return f"{label} ({patterns})"


def show_template_check(parent: QWidget, template: Path) -> None:
    """The template check dialog (layouts per role, fonts, warnings) for a newly added template."""
    # -- deferred: only when a template is added --
    from briefing_app.gui.template_check import TemplateCheckDialog

    try:
        TemplateCheckDialog(template, parent).exec()
    except UserError as exc:
        QMessageBox.warning(parent, "Template check", str(exc))


def import_template(kind: str, path: Path) -> str:
    """Copy a template into the user's template folder and return the name it is listed by."""
    if path.suffix.lower() not in SUFFIXES[kind]:
        allowed = ", ".join(SUFFIXES[kind])
        raise UserError(f"{path.name} is not a {kind} template; choose a {allowed} file.")
    _check_template(kind, path)
    folder = user_template_dir(kind)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot add {path.name}: {exc.strerror or exc}.") from None
    write_atomic(folder / path.name, data)
    return path.stem


def _check_template(kind: str, path: Path) -> None:
    """Open the template the way the exporter will, so a broken one is refused before copying."""
    if kind == "deck":
        # -- deferred: only when a template is added --
        from briefing_app.export.deck.template import open_template

        open_template(path)
    else:
        # -- deferred: only when a template is added --
        from briefing_app.export.memo.template import load_template

        load_template(path)

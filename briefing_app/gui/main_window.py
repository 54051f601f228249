"""The main window: outline, editor, preview and memo panel around one Session.

It is built in two steps so it can paint at once: the constructor makes the shell
(menu bar, toolbar, status bar, the three panes at their sizes, empty), which
shows before the briefing model, the readers or the views are even imported;
``complete`` then builds the views on the opened work and wires everything. The
synchronous start calls both before showing; the app calls ``complete`` right
after the first paint (see :mod:`briefing_app.gui.app`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QSplitter, QVBoxLayout, QWidget

from briefing_app.gui import commands
from briefing_app.gui.menus import build_menus, connect_menus
from briefing_app.gui.sample_banner import SampleBanner
from briefing_app.gui.screen_fit import fit_to_screen
from briefing_app.gui.session import Session
from briefing_app.gui.settings import Settings

if TYPE_CHECKING:  # -- the views' modules load in `complete`, after the first paint --
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QCloseEvent

    from briefing_app.gui.autosave import Autosaver
    from briefing_app.gui.editor import ItemEditor
    from briefing_app.gui.filtering import FilterController
    from briefing_app.gui.guide import UserGuideDialog
    from briefing_app.gui.header_panel import HeaderPanel
    from briefing_app.gui.outline import OutlineFilter, OutlineModel, OutlineView
    from briefing_app.gui.preview import PreviewPanel
    from briefing_app.gui.undo_routing import UndoRouter
    from briefing_app.gui.warnings_list import WarningsDialog, WarningsList

APP_TITLE = "Briefing Builder"
REFRESH_MS = 200
PANE_SIZES = (330, 460, 470)  # -- outline, editor, side tabs --
PANE_STRETCH = (3, 4, 4)


class MainWindow(QMainWindow):
    """Wires views to the session; the only place that pushes undo commands."""

    first_painted = Signal()  # -- once, when the window has painted for the first time --
    session: Session
    autosaver: Autosaver
    outline_model: OutlineModel
    outline_filter: OutlineFilter
    outline: OutlineView
    editor: ItemEditor
    preview: PreviewPanel
    header_panel: HeaderPanel
    filtering: FilterController
    undo_router: UndoRouter
    warnings: WarningsList

    def __init__(self, settings: Settings, *, autosave_dir: Path, sample: bool = False) -> None:
        """The shell: what the first paint shows (``sample``: the seed is being opened)."""
        super().__init__()
        self.settings = settings
        self._autosave_dir = autosave_dir
        self.completed = False
        self._painted = False
        self.guide: UserGuideDialog | None = None
        self._build_shell(sample)
        menus = build_menus(self)
        self._menus = menus
        self.actions_by_key = menus.actions
        self.recent_menu = menus.recent
        self._build_status_bar()
        self.setWindowTitle(f"Untitled briefing[*] — {APP_TITLE}")
        self._restore_geometry()

    def complete(self, session: Session) -> None:
        """Build the views on ``session`` and wire them: from here the window is whole."""
        # -- deferred: the views and what they need load after the first paint --
        from briefing_app.gui.autosave import Autosaver
        from briefing_app.gui.fileops import rebuild_recent_menu
        from briefing_app.gui.undo_routing import UndoRouter
        from briefing_app.gui.warnings_list import WarningsList

        self.session = session
        session.setParent(self)  # -- the session lives exactly as long as its window --
        self.warnings = WarningsList(self)
        self.warnings_badge = self.warnings.badge  # -- hidden until there are warnings --
        self.statusBar().insertPermanentWidget(1, self.warnings_badge)
        self._build_views()
        connect_menus(self._menus, self)
        self.undo_router = UndoRouter(
            self.actions_by_key["undo"], self.actions_by_key["redo"], self
        )
        self.undo_router.attach(self)
        self._chain_tab_order()
        self._connect()
        self.autosaver = Autosaver(
            session,
            folder=self._autosave_dir,
            interval_s=self.settings.autosave_seconds,
            parent=self,
        )
        self.autosaver.failed.connect(self.show_warning)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_counts)
        self.setAcceptDrops(True)
        self.completed = True
        self._on_replaced()
        rebuild_recent_menu(self)
        # -- into the shell's panes only now, showing the first item: measured while they
        # -- still said "Select a section…", they would take more width for a frame --
        for index, pane in enumerate(self._panes):
            self.splitter.replaceWidget(index, pane).deleteLater()  # -- keeps its size --
        if self.focusWidget() is None:  # -- where showing the whole window put it --
            self.filter_edit.setFocus()

    # -- building -----------------------------------------------------------------

    def _build_shell(self, sample: bool) -> None:
        """The banner and three empty panes at their final sizes, so nothing moves later."""
        # -- no parent argument: the overload check would build all of PySide's `Qt` enums
        # -- (~20 ms) before the first paint; the layout below adopts it --
        self.splitter = QSplitter()
        for stretch in PANE_STRETCH:
            self.splitter.addWidget(QWidget(self.splitter))
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes(list(PANE_SIZES))
        self.sample_banner = SampleBanner(self)
        self.sample_banner.setVisible(sample)
        # -- the shell takes no focus: the filter gets it when the views arrive (by name: the
        # -- first use of PySide's `Qt` builds all its ~100 enums, ~20 ms that can wait) --
        self.sample_banner.dismiss.setProperty("focusPolicy", "NoFocus")
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sample_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_views(self) -> None:
        # -- deferred: the views and what they need load after the first paint (even a Qt
        # -- class costs its first import: PySide builds its enums then) --
        from PySide6.QtWidgets import QLineEdit, QTabWidget

        from briefing_app.gui.editor import ItemEditor
        from briefing_app.gui.header_panel import HeaderPanel
        from briefing_app.gui.outline import OutlineFilter, OutlineModel, OutlineView
        from briefing_app.gui.preview import PreviewPanel

        session = self.session
        self.outline_model = OutlineModel(session, self)
        self.outline_filter = OutlineFilter(self.outline_model, self)
        self.outline = OutlineView(self)
        self.outline.setModel(self.outline_filter)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter sections and recommendations")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setWordWrap(True)  # -- never the reason the outline cannot shrink --
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        self.no_match_label = QLabel(self)
        self.no_match_label.setObjectName("noMatch")
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.no_match_label)
        left_layout.addWidget(self.outline, 1)
        left_layout.addWidget(self.counts_label)
        self.editor = ItemEditor(session, self)
        self.preview = PreviewPanel(session, self)
        self.header_panel = HeaderPanel(session, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(self.preview, "Preview")
        self.side_tabs.addTab(self.header_panel, "Memo && templates")
        self._panes = (left, self.editor, self.side_tabs)

    def _chain_tab_order(self) -> None:
        from PySide6.QtCore import Qt  # -- deferred: see _build_shell --

        from briefing_app.gui.keyboard import chain_tab_order  # -- deferred: see complete --

        editor = self.editor
        chain_tab_order(
            [
                self.filter_edit,
                self.outline,
                editor.title_edit,
                editor.summary_edit,
                editor.bullets_edit,
                editor.notes_edit,
                *editor.reset_buttons.values(),
                self.side_tabs,
            ]
        )
        # -- the shell's widgets come first in the focus chain, but the chain is a cycle: Tab
        # -- still goes from the last pane's field to the sample note's button to the filter --
        self.sample_banner.dismiss.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # -- a button's --

    def current_item(self) -> str | None:
        """The item shown in the editor (the outline's current row)."""
        return self.editor.item_id

    def move_current_up(self) -> None:
        from briefing_app.gui.keyboard import move_current  # -- deferred: see complete --

        move_current(self, -1)

    def move_current_down(self) -> None:
        from briefing_app.gui.keyboard import move_current  # -- deferred: see complete --

        move_current(self, +1)

    def _build_status_bar(self) -> None:
        self.print_progress = QProgressBar()  # -- printing's, shown while a job runs --
        self.print_progress.setMaximumWidth(160)
        self.print_progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.print_progress)
        self.words_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.words_label)

    def _connect(self) -> None:
        from briefing_app.gui.filtering import FilterController  # -- deferred: see complete --

        session = self.session
        self.outline_model.pick_requested.connect(self._on_pick_requested)
        self.outline_model.move_requested.connect(self._on_move_requested)
        self.outline.selectionModel().currentChanged.connect(self._on_current_changed)
        self.filtering = FilterController(
            self.filter_edit,
            self.outline,
            self.outline_filter,
            self.no_match_label,
            current=self.current_item,
            select=self.select_item,
        )
        self.editor.field_edited.connect(self._on_field_edited)
        self.header_panel.header_edited.connect(self._on_header_edited)
        self.header_panel.template_chosen.connect(self._on_template_chosen)
        for signal in session.changes():
            signal.connect(self._schedule_refresh)
        session.replaced.connect(self._on_replaced)
        # -- a pick renumbers other rows: repaint the visible ones --
        session.picked_changed.connect(self._on_picked_changed)
        session.dirty_changed.connect(self._update_title)
        session.path_changed.connect(self._update_title)
        self.preview.warnings_changed.connect(self.show_warnings)
        self.outline.verticalScrollBar().valueChanged.connect(self.preview.note_activity)
        self.preview.counts_changed.connect(self._refresh_counts)

    # -- requests from views become commands ---------------------------------------

    def push(self, command) -> None:
        self.session.undo_stack.push(command)

    def _on_pick_requested(self, ids: list[str], picked: bool) -> None:
        self.push(commands.PickCommand(self.session, ids[0], picked, under=ids[1:]))

    def _on_move_requested(self, item_id: str, position: int) -> None:
        self.push(commands.MoveCommand(self.session, item_id, position))

    def _on_field_edited(self, item_id: str, name: str, value) -> None:
        self.push(commands.EditFieldCommand(self.session, item_id, name, value))

    def _on_header_edited(self, name: str, value: str) -> None:
        self.push(commands.EditHeaderCommand(self.session, name, value))

    def _on_template_chosen(self, kind: str, name) -> None:
        self.push(commands.ChooseTemplateCommand(self.session, kind, name))
        self.settings.set_last_template(kind, name)

    # -- following the session -----------------------------------------------------

    def _on_replaced(self) -> None:
        self.sample_banner.follow(self.session)
        self.outline.expandAll()
        first = self.outline_filter.index(0, 0)
        self.select_item(self.outline_model.item_id(self.outline_filter.mapToSource(first)))
        self._refresh_counts()
        self._update_title()

    def _on_picked_changed(self, _item_id: str) -> None:
        self.outline.viewport().update()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from briefing_app.gui.outline import ID_ROLE  # -- deferred: see complete --

        item_id = current.data(ID_ROLE) if current.isValid() else None
        self.editor.show_item(item_id)
        self.preview.show_item(item_id)

    def select_item(self, item_id: str | None) -> None:
        """Make ``item_id`` the current item in the outline (and so in editor and preview)."""
        index = self.outline_filter.mapFromSource(self.outline_model.index_of(item_id or ""))
        from PySide6.QtCore import QItemSelectionModel  # -- deferred: see _build_views --

        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.outline.selectionModel().setCurrentIndex(index, flags)
        self.outline.scrollTo(index)
        if not index.isValid():
            self.editor.show_item(None)
            self.preview.show_item(None)

    def _schedule_refresh(self, *_args) -> None:
        self.warnings.briefing_changed()
        self._refresh_timer.start()

    def _refresh_counts(self, *_args) -> None:
        from briefing_app.gui.counts import count  # -- deferred: see complete --

        preview = self.preview
        counts = count(
            self.session.briefing, slides=preview.total_slides, memo_pages=preview.memo_pages
        )
        self.counts_label.setText(counts.describe())
        self.words_label.setText(f"{counts.words} words")

    def _update_title(self, *_args) -> None:
        name = self.session.path.name if self.session.path else "Untitled briefing"
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}")
        self.setWindowModified(self.session.dirty)

    # -- messages -------------------------------------------------------------------

    def show_warnings(self, warnings: list[str]) -> None:
        """The preview's live warnings (see :class:`WarningsList`)."""
        self.warnings.set_live(warnings)

    def current_warnings(self) -> list[str]:
        return self.warnings.current()

    def show_warnings_list(self) -> None:
        self.warnings.show_list()

    @property
    def warnings_dialog(self) -> WarningsDialog | None:
        return self.warnings.dialog

    def show_warning(self, text: str, *, seconds: int = 8) -> None:
        """A passing message in the status bar (opened, saved, autosave trouble)."""
        self.statusBar().showMessage(text, seconds * 1000)

    def show_error(self, error: Exception) -> None:
        """One clear dialog for a user error; nothing in the session changes."""
        from PySide6.QtWidgets import QMessageBox  # -- deferred: see _build_views --

        QMessageBox.warning(self, APP_TITLE, str(error))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def preferences(self) -> None:
        from briefing_app.gui.preferences import PreferencesDialog  # -- deferred: on use --

        dialog = PreferencesDialog(self.settings.autosave_seconds, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.settings.autosave_seconds = dialog.autosave_seconds
            self.autosaver.set_interval(dialog.autosave_seconds)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # -- deferred: see _build_views --

        from briefing_app.gui.guide import about_html  # -- deferred: on use --

        QMessageBox.about(self, APP_TITLE, about_html())

    def user_guide(self) -> None:
        if self.guide is None:
            from briefing_app.gui.guide import UserGuideDialog  # -- deferred: on use --

            self.guide = UserGuideDialog(self)
        self.guide.show()
        self.guide.activateWindow()

    # -- files (details in fileops, which loads the readers' front door: after the paint) --

    def open_dialog(self) -> None:
        from briefing_app.gui import fileops

        fileops.open_dialog(self)

    def open_path(self, path: Path) -> bool:
        from briefing_app.gui import fileops

        return fileops.open_path(self, Path(path))

    def paste_article(self) -> None:
        from PySide6.QtGui import QGuiApplication  # -- deferred: see _build_views --

        from briefing_app.gui import fileops

        fileops.paste_article(self, QGuiApplication.clipboard().text())

    def save(self) -> bool:
        from briefing_app.gui import fileops

        return fileops.save(self)

    def save_as(self) -> bool:
        from briefing_app.gui import fileops

        return fileops.save_as(self)

    def export(self, kinds: set[str]) -> None:
        # -- deferred: the dialog is built on first export (first paint) --
        from briefing_app.gui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.session.briefing,
            self.settings,
            kinds=kinds,
            project=self.session.path,
            warnings=self.current_warnings(),
            parent=self,
            protect=self.session.protected_files(),
        )
        dialog.finished_export.connect(self.show_export_result)
        dialog.template_chosen.connect(self._on_template_chosen)
        dialog.open()
        self.export_dialog = dialog

    def show_export_result(self, paths: list, warnings: list) -> None:
        names = ", ".join(Path(p).name for p in paths)
        self.statusBar().showMessage(f"Exported {names}", 10000)
        self.warnings.set_export(list(warnings))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.open_path(Path(urls[0].toLocalFile()))

    # -- closing ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """The remembered geometry, brought inside this screen; else a size that fits it."""
        self._fitted = False
        geometry = self.settings.geometry
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not self.isMaximized() and not self.isFullScreen():
            fit_to_screen(self, restored=restored)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:  # -- the frame's size is known once shown: fit once more --
            self._fitted = True
            QTimer.singleShot(0, self._fit_shown)

    def _fit_shown(self) -> None:
        if not self.isMaximized() and not self.isFullScreen():
            fit_to_screen(self, restored=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.completed:  # -- closed before anything was open: nothing to keep --
            event.accept()
            return
        from briefing_app.gui import fileops

        if not fileops.maybe_save(self):
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.autosaver.close()
        self.preview.shutdown()
        event.accept()

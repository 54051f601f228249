"""First start: say that the article is a sample and what to do first."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from briefing_app.gui.session import Session
from briefing_app.resources import seed_article

TEXT = (
    "<b>This is a sample article</b> (an op-ed on Armenia–Azerbaijan peace), so you can try "
    "the app. To start your own briefing: <b>File → Open</b> (Ctrl+O) an article, or paste one "
    "with Ctrl+Shift+V; tick what to keep in the outline, edit titles and summaries in the "
    "centre, then <b>Export</b> the pack (Ctrl+Shift+E). Help → User guide (F1) explains more."
)


class SampleBanner(QFrame):
    """A dismissable note above the panes, shown while the sample article is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")  # -- its colours: the app's style sheet (style.py) --
        self.label = QLabel(TEXT, self)
        self.label.setWordWrap(True)
        self.dismiss = QPushButton("Got it", self)
        self.dismiss.setAccessibleName("Hide the note about the sample article")
        self.dismiss.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss)
        self._dismissed = False
        self.setVisible(False)

    def follow(self, session: Session) -> None:
        """Show the note while the sample, unsaved, is what the window holds."""
        is_sample = (
            session.path is None
            and session.briefing.article.source.source_name == seed_article().name
        )
        self.setVisible(is_sample and not self._dismissed)

    def _dismiss(self) -> None:
        self._dismissed = True
        self.setVisible(False)

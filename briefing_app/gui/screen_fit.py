"""The window fits the screen it opens on: a laptop at 1280×720 or a 1080p screen at 150 %.

A fixed 1280×800 start put the status bar below a 720-pixel screen, and at
150 % scaling the window was larger than the screen. The window opens within
the screen's available geometry (without panels and docks), and a remembered
geometry from a larger screen is brought back inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
MARGIN = 0.96  # -- leave a sliver of the desktop visible around a fresh window --


def fitted_rect(available: QRect, frame: QSize, *, wanted: QRect | None = None) -> QRect:
    """The client rect for a window: ``wanted`` (or the preferred size, centred) moved and
    shrunk so that the window with its frame (``frame``: the decorations' extra size) fits
    ``available``."""
    room = QSize(available.width() - frame.width(), available.height() - frame.height())
    if wanted is None:
        size = QSize(
            min(PREFERRED.width(), int(room.width() * MARGIN)),
            min(PREFERRED.height(), int(room.height() * MARGIN)),
        )
        left = available.left() + (available.width() - size.width() - frame.width()) // 2
        top = available.top() + (available.height() - size.height() - frame.height()) // 2
        return QRect(left, top, size.width(), size.height())
    size = QSize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))
    left = min(
        max(wanted.left(), available.left()), available.right() + 1 - size.width() - frame.width()
    )
    top = min(
        max(wanted.top(), available.top()), available.bottom() + 1 - size.height() - frame.height()
    )
    return QRect(left, top, size.width(), size.height())


def fit_to_screen(window: QWidget, *, restored: bool) -> None:
    """Size and place ``window`` inside its screen's available geometry."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    if not frame.isValid() or frame.width() < 0 or frame.height() < 0:
        frame = QSize(0, 0)
    wanted = window.geometry() if restored else None
    window.setGeometry(fitted_rect(available, frame, wanted=wanted))

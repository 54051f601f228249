"""Working without a mouse: reorder with Ctrl+Up/Down, and a Tab order that follows the work.

Tab goes filter → outline → title → summary → bullets → notes → the reset
buttons → the side tabs and preview, the order in which a briefing is made.
"""

from __future__ import annotations

import itertools
from typing import Protocol

from PySide6.QtWidgets import QWidget

from briefing_app.core.article import Section
from briefing_app.gui import commands
from briefing_app.gui.session import Session


class ReorderHost(Protocol):
    """What moving the current item needs of the main window."""

    session: Session

    def current_item(self) -> str | None: ...
    def push(self, command: commands.MoveCommand) -> None: ...
    def select_item(self, item_id: str | None) -> None: ...


def move_current(window: ReorderHost, delta: int) -> bool:
    """Move the current item up (-1) or down (+1) past its neighbour in the outline.

    A section passes its sibling section (each with its subsections); a
    recommendation passes the one before or after it in its section. False at
    either end: nothing ever leaves the section or chapter it belongs to.
    """
    item_id = window.current_item()
    if item_id is None:
        return False
    briefing = window.session.briefing
    item = briefing.article.item(item_id)
    if isinstance(item, Section):
        target = briefing.position_of(item_id) + delta
        if not 0 <= target < len(briefing.movable_among(item_id)):
            return False
    else:
        siblings = [r for r in briefing.recommendations() if r.section_id == item.section_id]
        row = [r.id for r in siblings].index(item_id) + delta
        if not 0 <= row < len(siblings):
            return False
        target = briefing.position_of(siblings[row].id)
    window.push(commands.MoveCommand(window.session, item_id, target))
    window.select_item(item_id)
    return True


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab visits ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)

"""Undoable changes: each command captures the old value and calls one Briefing method.

Only the main window pushes these onto the session's QUndoStack; views follow
through the Session's ``*_changed`` signals, which every command emits.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from briefing_app.gui.session import Session

if TYPE_CHECKING:  # -- names of fields only; the window imports this before the model --
    from briefing_app.core.briefing import EditableField, HeaderField, TemplateKind

MERGE_PAUSE_S = 1.5  # typing pauses longer than this start a new undo step
_FIELD_LABELS = {
    "title": "title",
    "summary": "summary",
    "bullets": "bullets",
    "notes": "speaker notes",
}


class _Change(QUndoCommand):
    """A change between two values: redo applies the new one, undo the old one.

    ``_apply`` changes the briefing with one Briefing method and then emits the
    session signal that views follow, so no command can do one without the other.
    """

    _old: Any
    _new: Any

    def _apply(self, value: Any) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)


class PickCommand(QUndoCommand):
    """Pick or unpick one section or recommendation, and with a section what is under it.

    ``under`` lists the items below a section whose tick changes with it; the
    whole change is one undo step, and undo gives each item its own tick back.
    """

    def __init__(
        self, session: Session, item_id: str, picked: bool, under: Sequence[str] = ()
    ) -> None:
        title = _short(session.briefing.title_of(item_id))
        verb = "Pick" if picked else "Unpick"
        more = f" and {len(under)} under it" if under else ""
        super().__init__(f"{verb} “{title}”{more}")
        self._session, self._picked = session, picked
        self._was = {i: session.briefing.is_picked(i) for i in (item_id, *under)}

    def redo(self) -> None:
        self._set({i: self._picked for i in self._was})

    def undo(self) -> None:
        self._set(self._was)

    def _set(self, picks: dict[str, bool]) -> None:
        briefing = self._session.briefing
        for item_id, picked in picks.items():
            if briefing.is_picked(item_id) != picked:
                briefing.set_picked(item_id, picked)
                self._session.picked_changed.emit(item_id)


class MoveCommand(_Change):
    """Move an item to a new position (see Briefing.move); a section takes its subtree along."""

    def __init__(self, session: Session, item_id: str, position: int) -> None:
        super().__init__(f"Move “{_short(session.briefing.title_of(item_id))}”")
        self._session, self._id, self._new = session, item_id, position
        self._old = session.briefing.position_of(item_id)

    def _apply(self, value: int) -> None:
        self._session.briefing.move(self._id, value)
        self._session.order_changed.emit(self._id)


class EditFieldCommand(_Change):
    """Set an item's title, summary, bullets or notes; None resets it to automatic.

    Consecutive edits of the same field of the same item merge into one step
    until the user pauses for more than ``MERGE_PAUSE_S`` seconds.
    """

    ID = 1001

    def __init__(
        self, session: Session, item_id: str, name: EditableField, value: str | list[str] | None
    ) -> None:
        label = _FIELD_LABELS[name]
        title = _short(session.briefing.title_of(item_id))
        verb = "Reset" if value is None else "Edit"
        super().__init__(f"{verb} {label} of “{title}”")
        self._session, self._id, self._name = session, item_id, name
        self._old = getattr(session.briefing.edit_of(item_id), name)
        self._new = value
        self._at = time.monotonic()

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditFieldCommand):
            return False
        same_field = (other._id, other._name) == (self._id, self._name)
        if not same_field or other._new is None or self._new is None:
            return False
        if other._at - self._at > MERGE_PAUSE_S:
            return False
        self._new, self._at = other._new, other._at
        return True

    def _apply(self, value: str | list[str] | None) -> None:
        self._session.briefing.set_field(self._id, self._name, value)
        self._session.field_changed.emit(self._id, self._name)


class EditHeaderCommand(_Change):
    """Change one memo header field (To, Through, From, Subject, Date, Classification)."""

    ID = 1002

    def __init__(self, session: Session, name: HeaderField, value: str) -> None:
        super().__init__(f"Edit memo {name}")
        self._session, self._name, self._new = session, name, value
        self._old = getattr(session.briefing.header, name)
        self._at = time.monotonic()

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditHeaderCommand) or other._name != self._name:
            return False
        if other._at - self._at > MERGE_PAUSE_S:
            return False
        self._new, self._at = other._new, other._at
        return True

    def _apply(self, value: str) -> None:
        self._session.briefing.set_header(self._name, value)
        self._session.header_changed.emit(self._name)


class ChooseTemplateCommand(_Change):
    """Choose the deck or memo template by name or path (None = the default)."""

    def __init__(self, session: Session, kind: TemplateKind, name: str | None) -> None:
        super().__init__(f"Choose {kind} template {name or 'default'}")
        self._session, self._kind, self._new = session, kind, name
        self._old = getattr(session.briefing, f"{kind}_template")

    def _apply(self, value: str | None) -> None:
        self._session.briefing.set_template(self._kind, value)
        self._session.template_changed.emit(self._kind)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

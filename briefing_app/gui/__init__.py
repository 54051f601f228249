"""The PySide6 desktop app: the only layer that imports Qt."""

from briefing_app.gui.nonefix import protect_none

protect_none()

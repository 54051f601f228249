"""Briefing Builder: turn a long article into a meeting briefing pack (deck and memo)."""

__version__ = "0.1.0"

# -- the app's folder name for settings, app data and logs (light: the window needs it first) --
APP_NAME = "briefing-app"

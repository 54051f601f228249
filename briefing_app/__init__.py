"""Briefing Builder: turn a long article into a meeting briefing pack (deck and memo)."""

__version__ = "0.1.0"

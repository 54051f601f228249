"""The PowerPoint deck: plan slides from a Briefing, fit text with real font metrics, write through a template."""

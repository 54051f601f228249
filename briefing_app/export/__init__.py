"""From a Briefing to files: plans, the deck and memo writers, templates, atomic writes."""

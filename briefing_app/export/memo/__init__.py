"""The PDF memo: plan blocks from a Briefing, lay them out with reportlab from a TOML template."""

"""Slide handouts drawn with reportlab from the deck plan (see :mod:`.writer`)."""

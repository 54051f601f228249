"""Readers that turn files into a :class:`Document`, and detection that turns it into an Article."""

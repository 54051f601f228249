"""A letter that appeals, signed by a list of organisations: the names are no commands."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

LETTER = """# Open letter on public transport

Dear Minister,

The regional rail network has lost a third of its riders since the timetable cuts of last
year, and the towns along the northern line are the hardest hit.

We urge you to restore the hourly service on the northern line before the winter timetable.
We must not let the network shrink further while fares keep rising.

## Signed by

- Open Knowledge Circle
- Restore Our Stations
- Transit Riders Union
- Rail Futures Forum
- Cycle Lanes for All
- Open Network Society
- Friends of the Line
- Build Better Buses
- Citizens for Trains
"""


def test_signatory_names_are_not_read_as_commands():
    article = analyze(parse_markdown(LETTER, name="letter.md"))
    texts = [r.text for r in article.recommendations]
    assert any(t.startswith("We urge you to restore") for t in texts)
    assert not any(t.startswith(("Open", "Restore", "Build")) for t in texts)

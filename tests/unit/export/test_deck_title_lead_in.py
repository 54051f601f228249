"""An author's heading that trails off is not mistaken for a title the deck cut."""

from __future__ import annotations

from briefing_app.export.deck.content import drafts
from briefing_app.project import open_path

README = """# READMEs for you and me

Some text to open the post with, long enough to be a paragraph.

## You can lean on me to ...

- answer questions about the budget
- review drafts within a day

## Wait... what happened next

The rest of the story, told in a paragraph.
"""


def test_a_trailing_ellipsis_becomes_a_colon_and_inner_ones_stay(tmp_path):
    path = tmp_path / "readme.md"
    path.write_text(README, encoding="utf-8")
    titles = [d.title for d in drafts(open_path(path))]
    assert "You can lean on me to:" in titles
    assert "Wait... what happened next" in titles
    assert not any(t.rstrip().endswith(("...", "…")) for t in titles)

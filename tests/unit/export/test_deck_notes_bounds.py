"""Speaker notes are bounded (issue 19): a huge paragraph never makes a text node lxml refuses."""

from __future__ import annotations

import io
import zipfile

from lxml import etree
from pptx import Presentation

from briefing_app.core.briefing import Briefing
from briefing_app.export.deck.notes import NOTES_MAX, PASSAGE_MAX, bounded_notes, cut
from briefing_app.export.deck.slide_xml import RUN_MAX, _text
from briefing_app.export.deck.writer import build_deck
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from tests.ooxml.validate import assert_valid_deck


def test_cut_keeps_short_text_and_ends_long_text_with_an_ellipsis():
    assert cut("short", 10) == "short"
    assert cut("word " * 100, 50).endswith("word…") and len(cut("word " * 100, 50)) <= 50
    assert cut("x" * 1000, 50) == "x" * 49 + "…"
    assert len(bounded_notes("y " * NOTES_MAX, "¶ 4")) <= NOTES_MAX
    assert bounded_notes("y " * NOTES_MAX, "¶ 4").endswith("¶ 4)")


def test_a_run_never_exceeds_the_bound():
    assert len(_text("z" * (RUN_MAX + 10))) == RUN_MAX


def test_a_paragraph_of_eleven_megabytes_gives_a_deck_that_reopens():
    huge = ("lorem ipsum dolor sit amet " * 420_000)[:11_000_000]
    text = (
        f"A title for the report\n\nA short lead paragraph.\n\nFirst heading\n\n{huge}.\n\nEnd.\n"
    )
    briefing = Briefing.from_article(
        analyze(read_bytes(text.encode(), name="a.txt", suffix=".txt"))
    )
    data, _ = build_deck(briefing)
    assert_valid_deck(data)
    longest = 0
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                root = etree.fromstring(
                    package.read(name)
                )  # -- the standard parser, no huge_tree --
                for node in root.iter("{*}t"):
                    longest = max(longest, len(node.text or ""))
    assert longest <= PASSAGE_MAX + 20
    Presentation(io.BytesIO(data))

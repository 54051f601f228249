"""Memo text helpers that the speed of a long memo rests on: cached line breaks."""

from reportlab.lib.styles import ParagraphStyle

from briefing_app.export.fonts import chain
from briefing_app.export.memo_text import MemoParagraph

STYLE = ParagraphStyle("t", fontName=chain("serif").font_name(), fontSize=11, leading=14)
TEXT = "The parties agreed to open the border crossings and to restore the railway. " * 6


def _counting(paragraph: MemoParagraph) -> list[float]:
    calls: list[float] = []
    original = paragraph.breakLines

    def counted(widths):
        calls.append(widths[0])
        return original(widths)

    paragraph.breakLines = counted
    return calls


def test_a_second_wrap_at_the_same_width_reuses_the_line_breaks():
    paragraph = MemoParagraph(chain("serif").markup(TEXT), STYLE)
    calls = _counting(paragraph)
    first = paragraph.wrap(300, 1000)
    assert paragraph.wrap(300, 500) == first
    assert len(calls) == 1


def test_a_new_width_or_a_split_breaks_the_lines_again():
    paragraph = MemoParagraph(chain("serif").markup(TEXT), STYLE)
    calls = _counting(paragraph)
    narrow = paragraph.wrap(200, 1000)
    wide = paragraph.wrap(400, 1000)
    assert wide[1] < narrow[1] and len(calls) == 2
    head, tail = paragraph.split(400, 3 * STYLE.leading)
    assert head.wrap(400, 1000)[1] == 3 * STYLE.leading
    assert tail.wrap(400, 1000)[1] == wide[1] - 3 * STYLE.leading

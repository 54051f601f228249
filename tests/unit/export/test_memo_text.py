"""Memo text helpers that the speed of a long memo rests on: cached line breaks."""

from reportlab.lib.styles import ParagraphStyle

from briefing_app.export.memo.fonts import chain
from briefing_app.export.memo.text import MemoParagraph, bullet_of, paragraphs

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


def _context():
    from briefing_app.export.memo.plan import build_plan
    from briefing_app.export.memo.style import Context
    from briefing_app.export.memo.writer import load_memo_template
    from tests.unit.export.memo_factory import make_briefing

    return Context(
        plan=build_plan(make_briefing([("Talks", ["Intro."])])),
        template=load_memo_template(None),
        width=400,
    )


def test_a_bullet_in_the_bullet_font_is_plain_text_and_others_go_through_the_chain():
    ctx = _context()
    item, annex = ctx.styles["item"], ctx.styles["annex"]  # -- bold and regular bullet fonts --
    assert bullet_of(ctx, "12.", item) == ("", "12.")
    assert bullet_of(ctx, "¶\u00a04", annex) == ("", "¶\u00a04")
    markup, plain = bullet_of(ctx, "Ա.", item)  # -- an Armenian numeral needs its own face --
    assert plain is None and 'name="NotoSerifArmenian-Bold"' in markup
    assert markup.startswith("<bullet>") and bullet_of(ctx, "", item) == ("", None)


def test_paragraphs_put_the_bullet_on_the_first_piece_only():
    ctx = _context()
    long_text = "A sentence about the border talks goes here. " * 200
    pieces = paragraphs(ctx, long_text, ctx.styles["annex"], bullet="¶\u00a07")
    assert len(pieces) > 1
    assert pieces[0].bulletText == "¶\u00a07"
    assert all(not p.bulletText for p in pieces[1:])
    assert len(pieces[0].frags) == 1  # -- plain text in the style's font: one fragment --

"""Memo text helpers that the speed of a long memo rests on: cached line breaks."""

from xml.sax.saxutils import escape

from hypothesis import event, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefing_app.export.memo.fonts import chain
from briefing_app.export.memo.text import MemoParagraph, _plain_lines, bullet_of, paragraphs

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


# -- the plain-paragraph line breaker against reportlab's own --------------------------------

WORDS = st.sampled_from(
    ["the", "border", "crossings", "a", "railway,", "Ministry", "—", "2026", "état", "x" * 30,
     "\u00a0", "international", "co-operation", "(¶\u00a012)", "Ünal", "'quoted'", ".", "an"]
)  # fmt: skip
SPACES = st.sampled_from([" ", " ", " ", "  ", "\u00a0", "\n", " \u00a0 "])


def _text(words: list[str], spaces: list[str]) -> str:
    return "".join(w + s for w, s in zip(words, spaces, strict=False)) + "".join(
        words[len(spaces) :]
    )


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=80),
    spaces=st.lists(SPACES, max_size=60),
    first=st.floats(20, 480),
    rest=st.floats(60, 480),
    as_list=st.booleans(),
    bullet=st.sampled_from([None, "1.", "12.", "•", "¶\u00a0123"]),
    indent=st.sampled_from([0, 6, 18]),
    shrink=st.sampled_from([0, 0.05, 0.3]),
    split_long=st.booleans(),
    bold=st.booleans(),
)
def test_plain_lines_are_reportlabs(
    words, spaces, first, rest, as_list, bullet, indent, shrink, split_long, bold
):
    style = ParagraphStyle(
        "p", STYLE, fontName=chain("serif").font_name(bold=bold), leftIndent=indent,
        spaceShrinkage=shrink, splitLongWords=int(split_long),
        bulletFontName=chain("serif").font_name(bold=True),
    )  # fmt: skip
    text = _text(words, spaces)
    ours, theirs = (MemoParagraph(escape(text), style, bulletText=bullet) for _ in range(2))
    width = [first, rest] if as_list else first
    their_width = [first, rest] if as_list else first
    got = _plain_lines(ours, width)
    expected = Paragraph.breakLines(theirs, their_width)
    if got is None:  # -- left to reportlab: nothing may have changed --
        assert width == ([first, rest] if as_list else first)
        assert not hasattr(ours, "_width_max")
        return
    event(f"{min(len(got.lines), 3)} line(s)")
    assert got.__dict__ == expected.__dict__
    assert width == their_width  # -- the bullet narrows the caller's first width alike --
    for name in ("_width_max", "height", "_splitLongWordCount", "_hyphenations"):
        assert getattr(ours, name) == getattr(theirs, name), name


def test_plain_lines_leave_other_paragraphs_to_reportlab():
    fonts = chain("serif")
    mixed = MemoParagraph(fonts.markup("Bold", bold=True) + " then plain", STYLE)
    assert _plain_lines(mixed, 300) is None  # -- two fragments --
    shy = MemoParagraph("hyphen\u00adated words", STYLE)
    assert _plain_lines(shy, 300) is None
    long = MemoParagraph("a " + "x" * 200, STYLE)
    assert _plain_lines(long, 100) is None  # -- reportlab splits the long word --
    assert _plain_lines(MemoParagraph("plain words here", STYLE), 300) is not None


def test_the_tail_of_a_split_mixed_paragraph_holding_one_word_is_left_to_reportlab():
    """A bold lead and plain text split so that one word goes on: its fragments are word lists."""
    fonts = chain("serif")
    text = (
        fonts.markup("Lead.", bold=True) + " " + " ".join(["words"] * 5) + " antidisestablishment"
    )
    paragraph = MemoParagraph(text, STYLE)
    height = paragraph.wrap(150, 1000)[1]
    _head, tail = paragraph.split(150, height - STYLE.leading)
    assert len(tail.frags) == 1 and isinstance(tail.frags[0], list)
    assert _plain_lines(tail, 150) is None
    assert tail.wrap(150, 1000)[1] == STYLE.leading

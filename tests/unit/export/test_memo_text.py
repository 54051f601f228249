"""Memo text helpers that the speed of a long memo rests on: cached line breaks."""

from xml.sax.saxutils import escape

from hypothesis import event, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefing_app.export.memo.fonts import chain
from briefing_app.export.memo.text import (
    MemoParagraph,
    _frag_lines,
    _plain_lines,
    bullet_of,
    paragraphs,
)

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


# -- the several-fragment line breaker against reportlab's own ----------------------------------

FRAG_WORDS = st.sampled_from(
    ["the", "border", "crossings", "a", "railway,", "Ministry", "—", "2026", "état", "x" * 30,
     "\u00a0", "international", "co-operation", "(¶\u00a012)", "Ünal", "'quoted'", ".", "an",
     "中文", "שלום", "سلام", "hy\u00adphen", "", " ", "&", "<"]
)  # fmt: skip
# -- how a run is set: the body's face, bold, italic, the muted colour of a "(¶ 12)", a smaller
# -- size, a link --
RUNS = st.sampled_from(["plain", "bold", "italic", "muted", "small", "link"])


def _run(kind: str, text: str) -> str:
    fonts, body = chain("serif"), escape(text)
    if kind == "plain":
        return body
    if kind in ("bold", "italic"):
        name = fonts.font_name(bold=kind == "bold", italic=kind == "italic")
        return f'<font name="{name}">{body}</font>'
    if kind == "muted":
        return f'<font color="#6b6b6b">{body}</font>'
    if kind == "small":
        return f'<font size="8">{body}</font>'
    return f'<a href="https://example.org">{body}</a>'


def _shape(value):
    """A fragment, line or word list as comparable plain data: class, attributes, items."""
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_shape(item) for item in value])
    if hasattr(value, "__dict__") and not hasattr(
        value, "red"
    ):  # -- colours compare as they are --
        return (type(value).__name__, {k: _shape(v) for k, v in value.__dict__.items()})
    return value


@settings(max_examples=400, deadline=None)
@given(
    runs=st.lists(
        st.tuples(RUNS, st.lists(FRAG_WORDS, max_size=12), st.lists(SPACES, max_size=12)),
        min_size=2, max_size=6,
    ),
    first=st.floats(20, 480),
    rest=st.floats(60, 480),
    as_list=st.booleans(),
    bullet=st.sampled_from([None, "1.", "•", "¶\u00a0123"]),
    indent=st.sampled_from([0, 6, 18]),
    shrink=st.sampled_from([0, 0.05, 0.3]),
    split_long=st.booleans(),
    leading_space=st.booleans(),
)  # fmt: skip
def test_frag_lines_are_reportlabs(
    runs, first, rest, as_list, bullet, indent, shrink, split_long, leading_space
):
    style = ParagraphStyle(
        "p", STYLE, leftIndent=indent, spaceShrinkage=shrink, splitLongWords=int(split_long),
        bulletFontName=chain("serif").font_name(bold=True),
    )  # fmt: skip
    markup = (" " if leading_space else "") + "".join(
        _run(kind, _text(words, spaces)) for kind, words, spaces in runs
    )
    ours, theirs = (MemoParagraph(markup, style, bulletText=bullet) for _ in range(2))
    frags_before = _shape(ours.frags)
    width = [first, rest] if as_list else first
    their_width = [first, rest] if as_list else first
    got = _frag_lines(ours, width)
    expected = Paragraph.breakLines(theirs, their_width)
    if got is None:  # -- left to reportlab: nothing but the fragments' kind may have changed --
        event(f"left to reportlab, {len(ours.frags)} fragment(s)")
        assert width == ([first, rest] if as_list else first)
        assert not hasattr(ours, "_width_max")
        frags = [{k: v for k, v in f[1].items() if k != "_fkind"} for f in _shape(ours.frags)[1]]
        assert frags == [{k: v for k, v in f[1].items() if k != "_fkind"} for f in frags_before[1]]
        return
    event(f"{min(len(got.lines), 3)} line(s)")
    assert _shape(got) == _shape(expected)
    assert _shape(ours.frags) == _shape(theirs.frags)  # -- the word list, as reportlab leaves it --
    assert width == their_width  # -- the bullet narrows the caller's first width alike --
    for name in ("_width_max", "height", "_splitLongWordCount", "_hyphenations"):
        assert getattr(ours, name) == getattr(theirs, name), name
    if not ours._complex:  # -- a right-to-left or CJK paragraph is laid out by lines.py --
        assert ours.wrap(first, 10**6) == theirs.wrap(first, 10**6)


def test_frag_lines_leave_other_paragraphs_to_reportlab():
    fonts = chain("serif")
    bold = fonts.markup("Bold", bold=True)
    assert _frag_lines(MemoParagraph(bold + " then plain", STYLE), 300) is not None
    assert _frag_lines(MemoParagraph("plain words here", STYLE), 300) is None  # -- one fragment --
    assert _frag_lines(MemoParagraph(bold + " hyphen\u00adated", STYLE), 300) is None
    assert (
        _frag_lines(MemoParagraph(bold + " a " + "x" * 200, STYLE), 100) is None
    )  # -- too long --
    assert _frag_lines(MemoParagraph(bold + "<br/>next line", STYLE), 300) is None
    assert (
        _frag_lines(MemoParagraph(bold + ' <span backColor="yellow">lit</span>', STYLE), 300)
        is None
    )

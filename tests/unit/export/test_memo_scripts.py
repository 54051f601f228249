"""Memo layout of right-to-left and CJK text: bidi run order, line breaks, splits, alignment."""

from __future__ import annotations

from io import BytesIO

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefing_app.core.text import clean_spaces
from briefing_app.export.memo.bidi import levels, visual_order
from briefing_app.export.memo.fonts import chain
from briefing_app.export.memo.lines import NO_END, NO_START, opportunities
from briefing_app.export.memo.text import MemoParagraph

ARABIC = (
    "قال وزير الخارجية الإيراني عباس عراقجي إن المحادثات في القاهرة ستستأنف في ١٥ يونيو، "
    "وإن نسبة التقدم بلغت ٤٠٪ حتى الآن. وأضاف أن الوفد سيعود إلى طهران بعد يومين."
)
CHINESE = (
    "中华人民共和国外交部长王毅表示，双方将在未来几个月内继续举行会谈，以推动地区和平与稳定。"
    "日本前首相岸田文雄在东京表示欢迎。他说：“这是重要的一步。”「東京」と「서울」。"
)
FONTS = chain("serif")
STYLE = ParagraphStyle("t", fontName=FONTS.font_name(), fontSize=11, leading=14)


def _paragraph(text: str) -> MemoParagraph:
    return MemoParagraph(FONTS.markup(text), STYLE)


def _line_width(line) -> float:
    total = 0.0
    for frag in line.words:
        data = getattr(frag.text, "__shapeData__", None)
        if data is not None:
            total += sum(d.x_advance for d in data) * frag.fontSize / 1000
        else:
            total += stringWidth(frag.text, frag.fontName, frag.fontSize)
    return total


def _logical(paragraph: MemoParagraph) -> list[str]:
    return ["".join(f.text for f in line.logical) for line in paragraph.blPara.lines]


def test_rule_l2_reverses_runs_from_the_highest_level_down():
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert visual_order([1, 1, 1]) == [2, 1, 0]
    # -- a number (level 2) inside right-to-left text keeps its own left-to-right order --
    assert visual_order([1, 2, 1]) == [2, 1, 0]
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]


def test_digits_in_right_to_left_text_get_an_even_level():
    text = "في ١٥ يونيو"
    found = levels(text, 1)
    assert [found[i] for i in (0, 3, 4, 6)] == [1, 2, 2, 1]
    # -- an Arabic name inside English: odd levels for its letters only --
    english = levels("by عباس now", 0)
    assert english[0] == 0 and english[3] == 1 and english[-1] == 0


def test_zero_width_non_joiner_does_not_shift_levels():
    text = "می\u200cخواهم"
    assert levels(text, 1) == [1] * len(text)


def test_isolate_marks_are_taken_as_neutral_characters():
    # -- python-bidi's pure-Python algorithm predates isolates and raises on them --
    found = levels("and \u2067عباس\u2069 now", 0)
    assert found[0] == 0 and found[5] == 1 and found[-1] == 0


def test_cjk_breaks_between_characters_but_never_before_closing_punctuation():
    text = "这是重要的一步。他说「东京」。"
    starts = set(opportunities(text))
    assert 1 in starts and 2 in starts
    assert text.index("。") not in starts
    assert text.index("东") not in starts  # -- after an opening bracket --
    assert text.index("」") not in starts
    assert opportunities("plain English words") == [6, 14]


@settings(max_examples=40, deadline=None)
@given(width=st.floats(60, 400))
def test_chinese_lines_fit_and_never_start_with_closing_punctuation(width):
    paragraph = _paragraph(CHINESE)
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    texts = _logical(paragraph)
    assert "".join(texts) == CHINESE.replace(" ", "")
    for number, (line, text) in enumerate(zip(lines, texts, strict=True)):
        assert _line_width(line) <= line.maxWidth + 0.01
        assert number == 0 or text[0] not in NO_START, texts
        assert text[-1] not in NO_END, texts


@settings(max_examples=40, deadline=None)
@given(width=st.floats(40, 400))
def test_arabic_lines_fit_keep_every_word_and_are_right_aligned(width):
    paragraph = _paragraph(ARABIC)
    assert paragraph.style.alignment == TA_RIGHT
    paragraph.wrap(width, 10_000)
    logical = _logical(paragraph)
    assert "".join(logical).replace(" ", "") == ARABIC.replace(" ", "")
    if width >= 120:  # -- every word fits a line: lines break at spaces only --
        assert " ".join(logical) == ARABIC
    for line in paragraph.blPara.lines:
        assert _line_width(line) <= line.maxWidth + 0.01
        assert abs(line.extraSpace - (line.maxWidth - _line_width(line))) < 0.01


def test_english_with_an_arabic_name_stays_left_aligned_and_puts_the_name_right_to_left():
    paragraph = _paragraph("Talks with عباس عراقجي today")
    assert paragraph.style.alignment == TA_LEFT
    paragraph.wrap(500, 1000)
    (line,) = paragraph.blPara.lines
    shown = [f.text for f in line.words]
    # -- the name is one right-to-left run between the English ones, shaped (not the letters) --
    assert shown[0] == "Talks with " and shown[-1].strip() == "today"
    assert "عباس" not in "".join(shown)


def test_a_split_right_to_left_paragraph_continues_from_its_logical_text():
    paragraph = _paragraph(ARABIC)
    paragraph.wrap(120, 10_000)
    first, rest = paragraph.split(120, STYLE.leading * 2.5)
    assert len(first.blPara.lines) == 2
    rest.wrap(120, 10_000)
    assert " ".join(_logical(first) + _logical(rest)) == ARABIC


def test_latin_paragraphs_keep_reportlabs_own_line_breaker():
    paragraph = _paragraph("Nothing complex here.")
    assert not paragraph._complex
    paragraph.wrap(500, 100)
    assert not hasattr(paragraph.blPara.lines[0], "logical")


_MIXED = st.text(
    st.one_of(
        st.sampled_from(
            list("قال وزير عباس پزشکیان ١٥٪ ۱۲ בנימין 王毅，。「」、 윤석열 abc 123 (),.:-")
        ),
        st.sampled_from(
            [
                "\u200c",
                "\u200d",
                "\u064b",
                "\u05b0",
                "\u0301",
                "\u202b",
                "\u202c",
                "\u2067",
                "\u2069",
            ]
        ),
        st.characters(min_codepoint=0x20, max_codepoint=0x2FFF, blacklist_categories=("Cs",)),
    ),
    min_size=1,
    max_size=160,
)


@settings(max_examples=150, deadline=None)
@given(text=_MIXED, width=st.floats(30, 300))
def test_any_mix_of_scripts_lays_out_draws_and_keeps_its_text(text, width):
    text = clean_spaces(text)  # -- as the memo plan does: "\x85" and other spaces become " " --
    paragraph = _paragraph(text)
    paragraph.wrap(width, 10_000)
    if paragraph._complex:
        shown = "".join(_logical(paragraph)).replace(" ", "")
        expected = "".join(chunk for _, chunk in FONTS.runs(" ".join(text.split()))).replace(
            " ", ""
        )
        assert shown == expected
        for line in paragraph.blPara.lines:
            # -- a line over the width only when one character is wider than the line --
            assert _line_width(line) <= line.maxWidth + 0.01 or len(line.logical) <= 3
    canvas = Canvas(BytesIO())
    paragraph.drawOn(canvas, 0, 0)
    canvas.save()


def test_a_right_to_left_paragraph_leads_with_its_bullet_on_the_right():
    style = ParagraphStyle("item", STYLE, leftIndent=20, bulletIndent=0)
    paragraph = MemoParagraph(FONTS.markup(ARABIC), style, bulletText="1.")
    assert paragraph.bulletText is None and paragraph.style.leftIndent == 0
    paragraph.wrap(300, 10_000)
    first = paragraph.blPara.lines[0]
    assert "".join(f.text for f in first.logical).startswith("1. قال")
    # -- drawn left to right, the number ends the first line on the right, its "." to its left --
    assert "".join(f.text for f in first.words).replace(" ", "").endswith(".1")
    english = MemoParagraph(FONTS.markup("An English item"), style, bulletText="1.")
    assert english.bulletText == "1." and english.style.leftIndent == 20


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs",)), max_size=40),
    base=st.sampled_from([0, 1]),
)
def test_every_character_gets_a_level_whatever_its_bidi_class(text, base):
    # -- unassigned code points, isolates, embeddings and paragraph separators included --
    found = levels(text, base)
    assert len(found) == len(text) and all(level >= base for level in found)
    assert sorted(visual_order(found)) == list(range(len(text)))


def test_a_right_to_left_line_that_starts_with_a_raised_mark_is_drawn():
    """Lines ending in "صرفاً" (a tanwin over its alef) start, drawn left to right, with a
    glyph HarfBuzz raises; reportlab's setRise failed on it (rlfix.py)."""
    text = " ".join(["اصلاح‌طلبان صرفاً در این دوره تصمیم گرفتند"] * 6)
    drawn = 0
    for width in range(60, 400, 7):
        paragraph = _paragraph(text)
        paragraph.wrap(width, 10_000)
        out = BytesIO()
        canvas = Canvas(out, pageCompression=0)
        paragraph.drawOn(canvas, 0, 0)
        canvas.save()
        drawn += b" Ts" in out.getvalue()
    assert drawn  # -- the raised marks were drawn with their rise --


def test_a_form_label_keeps_its_column_beside_a_right_to_left_value():
    """The header's "SUBJECT:" is the form's own (left-to-right) label: it hangs on the left
    like the other fields' labels, and the Persian subject is right-aligned beside it."""
    style = ParagraphStyle(
        "field", STYLE, leftIndent=60, bulletFontName=FONTS.font_name(), hanging_label=True
    )
    paragraph = MemoParagraph(
        FONTS.markup("تحلیل روزنامه اصولگرا از دعوت"), style, bulletText="SUBJECT:"
    )
    paragraph.wrap(400, 1000)
    assert paragraph.bulletText == "SUBJECT:" and paragraph.style.alignment == TA_RIGHT
    assert paragraph.style.leftIndent == 60
    plain = MemoParagraph(
        FONTS.markup("تحلیل روزنامه"), ParagraphStyle("b", STYLE), bulletText="1."
    )
    assert plain.bulletText is None  # -- an item number still leads a right-to-left line --


def test_an_english_lead_in_to_arabic_text_leaves_the_paragraph_right_to_left():
    # -- the untitled lead of an Arabic guide is "Introduction": its "I" made the whole
    # -- background paragraph left to right, the label on the left and "(¶ 1)" misplaced --
    import datetime as dt

    from briefing_app.export.memo.blocks import background_block
    from briefing_app.export.memo.plan import build_plan
    from briefing_app.export.memo.style import Context
    from briefing_app.export.memo.writer import load_memo_template
    from tests.unit.export.memo_factory import make_briefing

    arabic = "بغض النظر عن الأخطاء والميزات الجديدة، فإن طول عمر المشروع لا يتوقف فقط على فائدته."
    briefing = make_briefing([(None, [arabic]), ("Findings", ["Plain English text here."])])
    plan = build_plan(briefing, today=dt.date(2024, 5, 1))
    story = background_block(Context(plan, load_memo_template(None), width=450))
    paragraphs = [f for f in story if isinstance(f, MemoParagraph)]
    lead = next(p for p in paragraphs if "Introduction" in p.getPlainText())
    english = next(p for p in paragraphs if "Plain English" in p.getPlainText())
    assert lead.style.alignment == TA_RIGHT
    assert english.style.alignment == TA_LEFT  # -- no mark where the text is left to right --


def test_the_english_count_after_an_arabic_bottom_line_is_a_paragraph_of_its_own():
    # -- in one right-to-left paragraph "The article makes five recommendations; …" wrapped in
    # -- bidi order: its first words ended one line on the left, its stop began the next --
    import datetime as dt

    from briefing_app.export.memo.blocks import bottom_line_block
    from briefing_app.export.memo.plan import build_plan
    from briefing_app.export.memo.style import Context
    from briefing_app.export.memo.writer import load_memo_template
    from tests.unit.export.memo_factory import make_briefing

    arabic = "عزز مستقبل مشروعك من خلال بناء الثقة من خلال الممارسات الأمان الأساسية."
    briefing = make_briefing(
        [("القسم", ["نص عربي."])],
        recommendations=[(0, "افعل ذلك", "افعل ذلك الآن.")],
        standfirst=arabic,
    )
    plan = build_plan(briefing, today=dt.date(2024, 5, 1))
    story = bottom_line_block(Context(plan, load_memo_template(None), width=450))
    paragraphs = [f for f in story if isinstance(f, MemoParagraph)][1:]  # -- after the heading --
    assert [p.style.alignment for p in paragraphs] == [TA_RIGHT, TA_LEFT]
    assert paragraphs[1].getPlainText().startswith("The article makes one recommendation")

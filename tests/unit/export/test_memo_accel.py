"""reportlab's internals made faster answer as reportlab's own: sameFrag as rl_accel's C
function, string_width as stringWidth, clone as ABag.clone; memos stay byte
for byte the same."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from _rl_accel import sameFrag as c_same_frag
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaFrag

from briefing_app.export.memo import accel
from briefing_app.export.memo.accel import (
    CLONED,
    ascent_descent,
    clone,
    draw_bullet,
    format_text,
    outline_entry,
    pdf_name,
    pdfdoc_enc,
    put_frag_line,
    same_frag,
    split_string,
    string_width,
)
from briefing_app.export.memo.fonts import chain
from briefing_app.export.memo.writer import render_memo
from briefing_app.project import open_path
from tests.conftest import SEED, TEN_NAMES_ARTICLE

SHARED = [[], None, 0, colors.black]  # -- the same object on both sides --
VALUES = st.one_of(
    st.sampled_from(SHARED),
    st.sampled_from(["NotoSerif-Regular", "NotoSerif-Bold", 11.0, 11, 0, None, True, False]),
    st.builds(list),  # -- equal, not the same: [] == [] --
    st.sampled_from([colors.black, colors.HexColor("#555555"), colors.Color(0, 0, 0)]),
)
NAMES = ["fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr"]
FRAG = st.dictionaries(st.sampled_from([*NAMES, "cbDefn", "lineBreak", "text"]), VALUES)


def _frag(attributes: dict) -> ParaFrag:
    frag = ParaFrag()
    frag.__dict__.update(attributes)
    return frag


@settings(max_examples=500, deadline=None)
@given(f=FRAG, g=FRAG, same=st.booleans())
def test_same_frag_answers_as_rl_accel(f, g, same):
    if same:  # -- a clone with one attribute changed, the usual case in the line breaker --
        g = {**f, **dict(list(g.items())[:1])}
    left, right = _frag(f), _frag(g)
    assert same_frag(left, right) == bool(c_same_frag(left, right))


def test_they_are_what_the_line_breaker_uses():
    assert paragraph.sameFrag is same_frag
    assert paragraph.stringWidth is string_width
    assert paragraph.getAscentDescent is ascent_descent
    assert all(cls.clone is clone for cls in CLONED)
    assert pdfdoc.pdfdocEnc is pdfdoc_enc
    assert pdfdoc.PDFName is pdf_name
    assert pdfdoc.OutlineEntryObject.format is outline_entry
    assert paragraph._drawBullet is draw_bullet


@settings(max_examples=300, deadline=None)
@given(
    name=st.one_of(st.sampled_from(["Type", "Parent", "F1+0", "a b", "#x"]), st.text(max_size=8))
)
def test_pdf_name_is_reportlabs(name):
    expected = accel._PDF_NAME(name)
    assert pdf_name(name) == expected
    assert pdf_name(name) == expected  # -- now remembered --
    assert pdf_name(name, "\x20", "\x7f") == accel._PDF_NAME(name, "\x20", "\x7f")


def test_the_names_are_forgotten_when_full(monkeypatch):
    monkeypatch.setattr(accel, "NAMES_MAX", 2)
    accel._NAMES.clear()
    for name in ("A", "B", "C"):
        pdf_name(name)
    assert list(accel._NAMES) == ["C"]


def _encoded(encode, x):
    try:
        return encode(x)
    except UnicodeEncodeError as exc:
        return ("refused", exc.start)


@settings(max_examples=500, deadline=None)
@given(
    x=st.one_of(
        st.text(alphabet=st.characters(max_codepoint=0x7F)),
        st.text(alphabet=st.characters(max_codepoint=0x2FF)),
        st.text(),
        st.binary(max_size=8),
    )
)
def test_pdfdoc_enc_is_reportlabs(x):
    assert _encoded(pdfdoc_enc, x) == _encoded(accel._PDFDOC_ENC, x)


def test_pdfdoc_enc_leaves_the_refused_controls_to_the_codec():
    for code in range(0x18, 0x20):
        assert _encoded(pdfdoc_enc, f"a{chr(code)}") == ("refused", 1)
    assert pdfdoc_enc("/Type /Page") == b"/Type /Page"
    assert pdfdoc_enc("\u2022") == b"\x80"  # -- the bullet's code in PDFDocEncoding --


@settings(max_examples=300, deadline=None)
@given(
    cls=st.sampled_from(CLONED),
    own=st.dictionaries(st.sampled_from([*NAMES, "text", "kind", "lines"]), VALUES),
    changed=st.dictionaries(st.sampled_from([*NAMES, "text", "words", "kind"]), VALUES),
)
def test_clone_is_abags(cls, own, changed):
    bag = cls()
    bag.__dict__.update(own)
    expected, got = ABag.clone(bag, **changed), clone(bag, **changed)
    assert type(got) is type(expected) is cls
    assert list(got.__dict__.items()) == list(expected.__dict__.items())  # -- same order too --
    assert all(got.__dict__[k] is v for k, v in expected.__dict__.items())
    assert got.__dict__ is not bag.__dict__
    assert bag.__dict__ == own  # -- the original is left as it was --


@pytest.mark.parametrize("article", [SEED, TEN_NAMES_ARTICLE], ids=["seed", "ten-names"])
def test_the_memo_is_byte_identical_with_rl_accels_same_frag(article, monkeypatch):
    briefing = open_path(article)
    fast = render_memo(briefing, today=dt.date(2026, 1, 1)).pdf
    monkeypatch.setattr(paragraph, "sameFrag", c_same_frag)
    monkeypatch.setattr(paragraph, "stringWidth", pdfmetrics.stringWidth)
    monkeypatch.setattr(paragraph, "getAscentDescent", pdfmetrics.getAscentDescent)
    for cls in CLONED:
        monkeypatch.setattr(cls, "clone", ABag.clone)
    monkeypatch.setattr(pdfdoc, "pdfdocEnc", accel._PDFDOC_ENC)
    monkeypatch.setattr(pdfdoc, "PDFName", accel._PDF_NAME)
    monkeypatch.setattr(TTFont, "splitString", accel._SPLIT_STRING)
    monkeypatch.setattr(pdfdoc.OutlineEntryObject, "format", accel._OUTLINE_FORMAT)
    monkeypatch.setattr(paragraph, "_drawBullet", accel._DRAW_BULLET)
    assert render_memo(briefing, today=dt.date(2026, 1, 1)).pdf == fast


def _destination(document: pdfdoc.PDFDocument, kind: str) -> pdfdoc.Destination:
    page = pdfdoc.PDFPage()
    document.Reference(page)
    destination = pdfdoc.Destination("key")
    if kind == "xyz":
        destination.xyz(70.86614, 744.1339, 0)
    elif kind == "xyz-none":  # -- a left or zoom of None is written "None", as reportlab does --
        destination.xyz(None, 500.5, None)
    else:
        destination.fit()
    destination.setPage(page)
    return destination


@settings(max_examples=200, deadline=None)
@given(
    present=st.lists(st.booleans(), min_size=5, max_size=5),
    count=st.one_of(st.integers(-5, 3000), st.floats(0, 10)),
    title=st.text(max_size=20),
    kind=st.sampled_from(["xyz", "xyz-none", "fit"]),
    multiline=st.sampled_from([0, 1]),
)
def test_outline_entries_are_written_as_reportlab_writes_them(
    present, count, title, kind, multiline
):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdfdoc.rl_config, "pdfMultiLine", multiline)
        _check_outline_entry(present, count, title, kind)


def _check_outline_entry(present: list[bool], count: float, title: str, kind: str) -> None:
    document = pdfdoc.PDFDocument(invariant=1)
    entry = pdfdoc.OutlineEntryObject()
    entry.Title, entry.Dest = title, _destination(document, kind)
    entry.Parent = document.Reference(pdfdoc.PDFDictionary(), "Outline")
    for n, (name, there) in enumerate(
        zip(("Prev", "Next", "First", "Last"), present, strict=False)
    ):
        if there:
            setattr(entry, name, document.Reference(pdfdoc.PDFDictionary(), f"Outline.{n}"))
    if present[4]:
        entry.Count = count
    assert outline_entry(entry, document) == accel._OUTLINE_FORMAT(entry, document)


@pytest.mark.parametrize("bullet", ["3.", "¶\u00a012", "•"])
@pytest.mark.parametrize(
    "colour", [colors.black, colors.HexColor("#555555"), colors.Color(1, 0, 0, alpha=0.5)]
)
@pytest.mark.parametrize("anchor", ["start", "numeric"])
@pytest.mark.parametrize("rtl", [None, (300.0,)])
def test_bullets_are_drawn_as_reportlab_draws_them(bullet, colour, anchor, rtl):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    font = chain("serif").font_name(bold=True)
    style = ParagraphStyle(
        "b", bulletFontName=font, bulletFontSize=10.5, bulletIndent=3, leftIndent=20,
        bulletColor=colour, bulletAnchor=anchor,
    )  # fmt: skip
    drawn = []
    for draw in (draw_bullet, accel._DRAW_BULLET):
        canvas = Canvas(io.BytesIO())
        canvas.setFillColor(colors.Color(1, 0, 0, alpha=0.5))  # -- an alpha to change back from --
        canvas.saveState()  # -- as drawPara: the alpha the bullet sets is undone after it --
        offset = draw(canvas, 5.0, 700.25, bullet, style, rtl)
        canvas.restoreState()
        again = draw(canvas, 2.0, 680.5, bullet, style, rtl)  # -- its characters have codes now --
        drawn.append((offset, again, canvas._code[:], canvas._extgstate._d))
    assert drawn[0] == drawn[1]


class _Doc:
    """A stand-in for reportlab's PDF document: fonts keep one subsetting state per document."""


FONT_NAMES = [
    chain(family).font_name(bold=bold) for family in ("serif", "sans") for bold in (False, True)
]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=12),
    font=st.sampled_from([*FONT_NAMES, "Helvetica", "Times-Bold"]),
    size=st.sampled_from([8, 9.5, 11, 11.0, 14]),
)
def test_remembered_widths_are_reportlabs(text, font, size):
    expected = pdfmetrics.stringWidth(text, font, size)
    assert string_width(text, font, size) == expected
    assert string_width(text, font, size) == expected  # -- now from the table --


def test_the_table_is_emptied_when_full(monkeypatch):
    monkeypatch.setattr(accel, "WIDTHS_MAX", 3)
    accel.forget_widths()
    for word in ("a", "b", "c", "d"):
        string_width(word, FONT_NAMES[0], 11)
    assert len(accel._WIDTHS) == 1  # -- emptied at the fourth --


@settings(max_examples=100, deadline=None)
@given(
    font=st.sampled_from([*FONT_NAMES, "Helvetica", "Times-Bold"]),
    size=st.sampled_from([None, 0, 8, 9.5, 11, 11.0, 14]),
)
def test_remembered_ascents_are_reportlabs(font, size):
    expected = pdfmetrics.getAscentDescent(font, size)
    assert ascent_descent(font, size) == expected
    assert ascent_descent(font, size) == expected  # -- now from the table --


def test_ascents_are_forgotten_with_the_widths():
    ascent_descent(FONT_NAMES[0], 11)
    accel.forget_widths()
    assert not accel._ASCENTS


# -- characters of the first subset, no-break spaces, others a document assigns later (Greek,
# -- CJK, Arabic, a soft hyphen), controls and one the fonts lack (a private-use code point);
# -- now and then any character at all --
SPLIT_TEXT = st.text(
    alphabet=st.sampled_from(list("ab Z.,(¶)\xa0\xad\x00\x1fé—’αβ中文ب\ue000")), max_size=20
)
SPLIT_TEXT = st.one_of(SPLIT_TEXT, SPLIT_TEXT, SPLIT_TEXT, st.text(max_size=6))


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.tuples(st.sampled_from(FONT_NAMES), SPLIT_TEXT), max_size=12))
def test_split_string_is_reportlabs(texts):
    """The same calls on two documents, one answered by reportlab's own splitString and one by
    split_string: the same pieces each time, and the fonts' codes assigned the same."""
    theirs, ours = _Doc(), _Doc()
    for name, text in texts:
        font = pdfmetrics.getFont(name)
        expected = accel._SPLIT_STRING(font, text, theirs)
        assert split_string(font, text, ours) == expected
        assert split_string(font, text, ours) == expected  # -- again, now from the table --
        mine, reportlabs = font.state[ours], font.state[theirs]
        assert mine.assignments == reportlabs.assignments
        assert mine.subsets == reportlabs.subsets
        assert mine.nextCode == reportlabs.nextCode


def test_split_string_is_what_fonts_use():
    font = pdfmetrics.getFont(FONT_NAMES[0])
    assert font.splitString.__func__ is split_string
    doc = _Doc()
    font.splitString("abc", doc)  # -- reportlab makes the state --
    assert font.splitString("a\xa0b", doc) == [(0, b"a b")]
    assert font.splitString("", doc) == []


def test_split_string_leaves_the_later_subsets_to_reportlab():
    font = pdfmetrics.getFont(FONT_NAMES[0])
    many = "".join(chr(c) for c in range(0x100, 0x600) if c in font.face.charToGlyph)[:400]
    theirs, ours = _Doc(), _Doc()
    for text in (many, many[::-1], "a" + many[300:] + "b", many[250:260] + " x"):
        expected = accel._SPLIT_STRING(font, text, theirs)
        assert split_string(font, text, ours) == expected
    assert len(expected) > 1  # -- codes of two subsets --


@settings(max_examples=300, deadline=None)
@given(
    shown=st.lists(
        st.tuples(
            st.sampled_from([*FONT_NAMES, "Helvetica"]), st.sampled_from([9.5, 11, 14]),
            st.booleans(), st.one_of(SPLIT_TEXT, SPLIT_TEXT.map(str.encode)),
        ),
        max_size=12,
    )
)  # fmt: skip
def test_format_text_is_reportlabs(shown):
    """The same text objects on two canvases, one formatting with reportlab's _formatText and one
    with format_text: the same operators, subset, code and position after each text, and the
    fonts' codes assigned the same."""
    from reportlab.pdfgen.canvas import Canvas

    canvases = [Canvas(io.BytesIO()), Canvas(io.BytesIO())]
    objects = [canvas.beginText(10, 700) for canvas in canvases]
    for name, size, new_font, text in shown:
        answers = []
        for tx, formatter in zip(objects, (format_text, accel._FORMAT_TEXT), strict=True):
            if new_font or tx._fontname != name:
                tx.setFont(name, size, size * 1.3)
            code = formatter(tx, text)
            answers.append((code, tx._curSubset, tx._code[:], tx._x, tx._y))
        assert answers[0] == answers[1]
    for name in FONT_NAMES:
        font = pdfmetrics.getFont(name)
        mine, reportlabs = (font.state.get(canvas._doc) for canvas in canvases)
        assert (mine is None) == (reportlabs is None)
        if mine is not None:
            assert mine.assignments == reportlabs.assignments
            assert mine.internalName == reportlabs.internalName


def test_format_text_is_what_text_objects_use():
    from reportlab.pdfgen.textobject import PDFTextObject

    assert PDFTextObject._formatText is format_text


# -- runs of a paragraph: plain, in another face or colour, raised, underlined, struck, linked,
# -- on a background (the last four are reportlab's to draw) --
RUN_TAGS = [
    "", f'font name="{FONT_NAMES[1]}"', f'font name="{FONT_NAMES[2]}" size="9"',
    'font color="#555555"', "super", "u", "strike", 'a href="https://example.org/"',
    'span backColor="#eeeeee"',
]  # fmt: skip
RUN_TEXT = st.text(alphabet=st.sampled_from(list("ab Zé—.,&<(¶)\xa0")), min_size=1, max_size=40)


def _markup(runs: list[tuple[str, str]]) -> str:
    from xml.sax.saxutils import escape

    return "".join(
        f"<{tag}>{escape(text)}</{tag.split()[0]}>" if tag else escape(text) for tag, text in runs
    )


@settings(max_examples=200, deadline=None)
@given(
    runs=st.lists(st.tuples(st.sampled_from(RUN_TAGS), RUN_TEXT), min_size=1, max_size=6),
    alignment=st.sampled_from([0, 1, 2, 4]),
    width=st.sampled_from([50, 120, 300]),
    dots=st.booleans(),
)
def test_fragment_lines_are_drawn_as_reportlab_draws_them(runs, alignment, width, dots):
    """A paragraph of several runs drawn on two canvases, its lines put by put_frag_line and by
    reportlab's _putFragLine: the same page code."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    style = ParagraphStyle(
        "p", fontName=FONT_NAMES[0], fontSize=11, leading=14, alignment=alignment,
        endDots="." if dots else None,
    )  # fmt: skip
    drawn = []
    for put in (put_frag_line, accel._PUT_FRAG_LINE):
        paragraph._putFragLine = put
        try:
            para = paragraph.Paragraph(_markup(runs), style)
            para.wrap(width, 1000)
            canvas = Canvas(io.BytesIO())
            para.drawOn(canvas, 10, 100)
            drawn.append(canvas._code[:])
        finally:
            paragraph._putFragLine = put_frag_line
    assert drawn[0] == drawn[1]


def test_put_frag_line_is_what_paragraphs_use():
    assert paragraph._putFragLine is put_frag_line


def test_printable_ascii_is_its_own_codes_without_the_table():
    font = pdfmetrics.getFont(FONT_NAMES[0])
    theirs, ours = _Doc(), _Doc()
    accel._SPLIT_STRING(font, "x", theirs)
    accel._SPLIT_STRING(font, "x", ours)  # -- reportlab makes each state --
    for text in ("Plain (ASCII) text, 12 ~", "tab\there", "a\x7f", "é then a", ""):
        assert split_string(font, text, ours) == accel._SPLIT_STRING(font, text, theirs)
    state = font.state[ours]
    assert state._ascii_as_itself is True
    del state._first_subset  # -- printable ASCII needs no table --
    assert split_string(font, "Plain again", ours) == [(0, b"Plain again")]
    assert "_first_subset" not in state.__dict__


def test_a_state_whose_ascii_is_not_itself_still_looks_codes_up():
    font = pdfmetrics.getFont(FONT_NAMES[0])
    theirs, ours = _Doc(), _Doc()
    for doc in (theirs, ours):
        font.state[doc] = TTFont.State(False, font)  # -- codes assigned in order of use --
    for text in ("ba", "ab", "a b c"):
        assert split_string(font, text, ours) == accel._SPLIT_STRING(font, text, theirs)
    assert font.state[ours]._ascii_as_itself is False

"""The slide XML we write as text must be what python-pptx's own API writes, element for element."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Pt

from briefing_app.core.scripts import is_rtl, language_runs
from briefing_app.export.deck import slide_xml
from briefing_app.export.deck.fit import Para
from briefing_app.export.deck.geometry import NS, BoxStyle, Rect
from briefing_app.export.deck.slide_xml import NotesStamp, paragraphs_xml

A = NS["a"]
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\v"), max_size=40
)
PARAS = st.lists(
    st.builds(
        Para,
        text=TEXT,
        level=st.integers(0, 4),
        bold=st.booleans(),
        scale=st.sampled_from([1.0, 0.85, 1.2]),
        bullet=st.booleans(),
    ),
    min_size=1,
    max_size=4,
)
STYLE = BoxStyle(Rect(0, 0, 100, 100), font="Georgia", size_pt=20, indent_pt=12, color="1f3a5f")


def _python_pptx(paras: list[Para], size: float, style: BoxStyle, textbox: bool, space: float):
    """The paragraphs as python-pptx's API writes them (the writer slide_xml replaced)."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    frame = slide.shapes.add_textbox(0, 0, 100, 100).text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.clear()
    for n, para in enumerate(paras):
        p = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        p.level = para.level
        p.line_spacing = 1.0
        p.space_before = Pt(round(space * size * para.scale, 1))
        for language, chunk in language_runs(para.text) or [("", para.text)]:
            run = p.add_run()
            run.text = chunk
            if language:  # -- python-pptx has no API for the run language or direction --
                run._r.get_or_add_rPr().set("lang", language)
            run.font.size = Pt(round(size * para.scale, 1))
            if para.bold:
                run.font.bold = True
            if textbox:
                run.font.name = style.font
                run.font.color.rgb = RGBColor.from_string(style.color)
        ppr = p._p.get_or_add_pPr()
        if is_rtl(para.text):
            ppr.set("algn", "r")
            ppr.set("rtl", "1")
        if not para.bullet:
            ppr.set("marL", "0")
            ppr.set("indent", "0")
            etree.SubElement(ppr, f"{{{A}}}buNone")
        else:  # -- bullets explicit in placeholders too: a template may auto-number its list --
            indent = int(max(style.indent_pt, 18.0) * 12700)
            ppr.set("marL", str(indent * (para.level + 1)))
            ppr.set("indent", str(-indent))
            etree.SubElement(ppr, f"{{{A}}}buFont", typeface="Arial")
            etree.SubElement(ppr, f"{{{A}}}buChar", char="•")
    return [_canonical(p) for p in frame._txBody.findall(f"{{{A}}}p")]


def _ours(paras: list[Para], size: float, style: BoxStyle, textbox: bool, space: float):
    xml = paragraphs_xml(paras, size, style, textbox=textbox, space=space)
    body = etree.fromstring(f'<a:txBody xmlns:a="{A}">{xml}</a:txBody>')
    return [_canonical(p) for p in body]


def _canonical(element) -> bytes:
    return etree.tostring(element, method="c14n", exclusive=True)


@settings(max_examples=120, deadline=None)
@given(paras=PARAS, size=st.sampled_from([14.0, 18.5, 28.0]), textbox=st.booleans())
def test_paragraph_xml_matches_python_pptx(paras, size, textbox):
    expected = _python_pptx(paras, size, STYLE, textbox, 0.35)
    assert _ours(paras, size, STYLE, textbox, 0.35) == expected


def test_markup_and_control_characters_are_text():
    paras = [Para('<b>R&D</b> "quoted" \x07bell\ttab', bullet=False)]
    assert _ours(paras, 20, STYLE, False, 0.0) == _python_pptx(paras, 20, STYLE, False, 0.0)
    assert b"&lt;b&gt;R&amp;D&lt;/b&gt;" in _ours(paras, 20, STYLE, False, 0.0)[0]
    assert b"_x0007_bell" in _ours(paras, 20, STYLE, False, 0.0)[0]


@settings(max_examples=60, deadline=None)
@given(notes=st.text(st.characters(blacklist_categories=("Cs",)), max_size=60))
@example(notes="ملاحظات المتحدث\nEnglish line\vثم عربي\n\x07עברית")
def test_notes_xml_matches_python_pptx(notes):
    prs = Presentation()
    expected_slide = prs.slides.add_slide(prs.slide_layouts[6])
    expected_slide.notes_slide.notes_text_frame.text = notes
    expected = expected_slide.notes_slide.notes_placeholder.text_frame._txBody
    lines = notes.split("\n")  # -- python-pptx makes a paragraph of each; no API for direction --
    for p, line in zip(expected.findall(f"{{{A}}}p"), lines, strict=True):
        if is_rtl(line):
            p.insert(0, etree.Element(f"{{{A}}}pPr", algn="r", rtl="1"))
    ours = etree.fromstring(NotesStamp(prs).xml(notes))
    body = ours.find(".//p:txBody", NS)
    assert [_canonical(p) for p in body.findall(f"{{{A}}}p")] == [
        _canonical(p) for p in expected.findall(f"{{{A}}}p")
    ]


def test_characters_xml_cannot_hold_are_dropped_not_written():
    paras = [Para("a\ufffeb\uffffc\ud800d", bullet=False)]
    xml = paragraphs_xml(paras, 20, STYLE, textbox=False, space=0.0)
    body = etree.fromstring(f'<a:txBody xmlns:a="{A}">{xml}</a:txBody>'.encode())
    assert body.findtext(".//a:t", namespaces={"a": A}) == "abcd"


def test_right_to_left_paragraphs_and_script_runs_are_marked():
    paras = [
        Para("قال وزير الخارجية عباس عراقجي", bullet=True),
        Para("Talks with בנימין נתניהו in 東京", bullet=False),
    ]
    body = etree.fromstring(
        f'<a:txBody xmlns:a="{A}">{paragraphs_xml(paras, 20, STYLE, textbox=False, space=0)}</a:txBody>'
    )
    arabic, english = body.findall(f"{{{A}}}p")
    assert arabic.find(f"{{{A}}}pPr").get("rtl") == "1"
    assert english.find(f"{{{A}}}pPr").get("rtl") is None
    runs = english.findall(f"{{{A}}}r")
    langs = [(r.find(f"{{{A}}}rPr").get("lang"), r.findtext(f"{{{A}}}t")) for r in runs]
    assert langs == [(None, "Talks with "), ("he-IL", "בנימין נתניהו "), (None, "in "),
                         ("zh-CN", "東京")]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        st.sampled_from(["a", " ", "&", "<", "\t", "\n", "\x07", "\x1f", "é", "\ud800", "\ufffe"])
    )
)
def test_run_text_shortcut_is_the_full_rule(text):
    """Printable ASCII skips the two regex passes; every text reads as the passes make it."""
    cut = slide_xml.cut(text, slide_xml.RUN_MAX)
    coded = slide_xml._CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", cut)
    assert slide_xml._text(text) == slide_xml.escape(slide_xml._NOT_XML.sub("", coded))

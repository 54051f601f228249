"""Outline and title rules found on the fifth held-out set, one small input per rule.

Chinese reports (type all one em wide, numbering "第一节" / "一、" / "（一）" / "1、", lines
wrapped between characters, a double-spaced opening statement), a table's header row,
a cover's subtitle, a title set line by line under its issuing body's name, a letterhead's
side-by-side blocks.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.hyphens import join_wrapped
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.numbering import numbering_style, written_without_spaces
from briefing_app.ingest.pdf import parse_pdf
from briefing_app.ingest.pdflayout import _title_block
from tests.timing import least_cpu
from tests.unit.ingest.builders import BODY, FONTS, outline

LONG = BODY + " " + BODY
ZH = (
    "公司董事会、监事会及董事、监事、高级管理人员保证季度报告内容的真实、准确、完整，"
    "不存在虚假记载、误导性陈述或者重大遗漏，并承担个别和连带的法律责任。"
)


@pytest.mark.parametrize(
    ("label", "style"),
    [
        ("第一节 重要提示", "第一节"),
        ("第三章 总则", "第一章"),
        ("一、主要会计数据", "一、"),
        ("（一） 新增发行H股", "(一)"),
        ("(二)重大资产出售", "(一)"),
        ("1、资产负债表", "1、"),
        ("①项目说明", "①"),
        ("IV. Results", "I."),
        ("A. Method", "A."),
        ("(a) the girders", "(a)"),
        ("1. Call to order", "1."),
    ],
)
def test_numbering_styles_in_any_script(label, style):
    assert numbering_style(label) == style


@pytest.mark.parametrize(
    "text",
    ["2018 年第一季度报告", "U.S. policy", "1990 was a year", "2.1 Public", "Early life", "a)b"],
)
def test_years_abbreviations_decimals_and_words_have_no_numbering_style(text):
    assert numbering_style(text) is None


def test_only_labels_of_unspaced_scripts_count_as_headings_by_their_number_alone():
    assert written_without_spaces("一、") and written_without_spaces("(一)")
    assert written_without_spaces("1、") and written_without_spaces("第一节")
    assert not written_without_spaces("A.") and not written_without_spaces("(a)")
    assert not written_without_spaces(None)


def test_numbering_style_takes_linear_time_on_hostile_input():
    small, big = "（" + "一" * 20_000, "（" + "一" * 80_000 + "、" + "字" * 80_000
    assert least_cpu(numbering_style, big) < max(0.2, 10 * least_cpu(numbering_style, small))


def test_numbered_chinese_lines_nest_by_the_order_their_styles_appear():
    text = (
        "# 季度报告\n\n## 第三节 重要事项\n\n"
        f"二、重要事项进展情况\n\n{ZH}\n\n"
        f"（一）新增发行H股\n\n{ZH}\n\n"
        f"（二）重大诉讼及仲裁情况\n\n{ZH}\n\n"
        f"1、国家开发银行诉讼案执行进展\n\n{ZH}\n\n"
        f"（三）重大资产出售事项进展\n\n{ZH}\n\n"
        f"三、证券投资情况\n\n{ZH}\n"
    )
    article = analyze(parse_markdown(text, name="r.md"))
    assert outline(article) == [
        ("第三节 重要事项", 1),
        ("二、重要事项进展情况", 2),
        ("（一）新增发行H股", 3),
        ("（二）重大诉讼及仲裁情况", 3),
        ("1、国家开发银行诉讼案执行进展", 4),
        ("（三）重大资产出售事项进展", 3),
        ("三、证券投资情况", 2),
    ]


def test_latin_numbering_styles_nest_under_an_explicit_heading_too():
    text = (
        f"# Notes\n\n## Findings\n\nI. THE BRIDGE\n\n{LONG}\n\n(a) THE GIRDERS\n\n{LONG}\n\n"
        f"(b) THE DECK\n\n{LONG}\n\nII. THE TUNNEL\n\n{LONG}\n"
    )
    found = outline(analyze(parse_markdown(text, name="n.md")))
    levels = dict(found)
    assert levels["I. THE BRIDGE"] == levels["II. THE TUNNEL"] == levels["Findings"] + 1
    assert levels["(a) THE GIRDERS"] == levels["(b) THE DECK"] == levels["I. THE BRIDGE"] + 1


def test_a_table_row_read_as_a_line_is_never_promoted_to_a_heading():
    text = f"Harbour Report\n\n{LONG}\n\nResource | Purpose\n\n{LONG}\n\nGuide | {BODY}\n"
    from tests.unit.ingest.builders import analyze_text

    assert not any("|" in h for h, _ in outline(analyze_text(text)))


def test_lines_wrapped_in_chinese_join_without_a_space():
    assert join_wrapped("超期未履行", "完毕的承诺事项") == "超期未履行完毕的承诺事项"
    assert join_wrapped("2018 年第一季度", "report") == "2018 年第一季度 report"
    assert join_wrapped("the harbour", "bridge") == "the harbour bridge"


def test_a_title_set_line_by_line_is_one_title_and_the_body_above_it_no_section():
    pieces = [
        Piece("CUPERTINO UNION SCHOOL DISTRICT", kind="heading", level=3),
        Piece("Board of Education Special Meeting", kind="heading", level=1),
        Piece("AGENDA", kind="heading", level=1),
        Piece(LONG),
        Piece("1. CALL TO ORDER", kind="heading", level=3),
    ]
    out = _title_block(pieces)
    assert [(p.kind, p.text) for p in out[:2]] == [
        ("paragraph", "CUPERTINO UNION SCHOOL DISTRICT"),
        ("heading", "Board of Education Special Meeting AGENDA"),
    ]
    assert out[-1] == pieces[-1]


def test_a_subtitle_smaller_than_the_sections_after_it_joins_the_title():
    pieces = [
        Piece("Adopting OSCAL", kind="heading", level=1),
        Piece("Vendor Resource Summary", kind="heading", level=3),
        Piece(LONG),
        Piece("FedRAMP Resources", kind="heading", level=2),
        Piece(LONG),
        Piece("NIST Resources", kind="heading", level=2),
    ]
    out = _title_block(pieces)
    assert out[0].text == "Adopting OSCAL: Vendor Resource Summary"
    assert [p.text for p in out if p.kind == "heading"][1:] == [
        "FedRAMP Resources",
        "NIST Resources",
    ]


def test_a_first_section_under_the_title_stays_a_section():
    pieces = [
        Piece("Harbour Bridges", kind="heading", level=1),
        Piece("Introduction", kind="heading", level=2),
        Piece(LONG),
        Piece("Method", kind="heading", level=2),
    ]
    assert _title_block(pieces) == pieces


def _canvas():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    return out, canvas.Canvas(out, pagesize=A4), A4[1]


def _chinese_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DroidFallback", str(Path(FONTS) / "DroidSansFallback.ttf")))
    return "DroidFallback"


def test_a_chinese_report_is_no_code_listing_and_its_double_spaced_statement_is_text():
    out, c, top = _canvas()
    font = _chinese_font()
    c.setFont(font, 16)
    c.drawString(240, top - 100, "第一节 重要提示")
    c.setFont(font, 14)
    y = top - 150
    # -- a statement set double-spaced in 14 pt, each line filling the column
    for k in range(0, 99, 33):
        c.drawString(57, y, ZH[k : k + 33] if k + 33 < len(ZH) else ZH[k:])
        y -= 31
    c.setFont(font, 12)
    c.drawString(57, y - 20, "一、主要会计数据和财务指标")
    c.setFont(font, 9)
    y -= 50
    for _ in range(3):
        c.drawString(57, y, ZH[:52])
        c.drawString(57, y - 15, ZH[52:])
        y -= 40
    c.save()
    doc = parse_pdf(out.getvalue(), name="report.pdf")
    assert not any(b.kind == "code" for b in doc.blocks)
    article = analyze(doc)
    headings = [h for h, _ in outline(article)]
    assert "一、主要会计数据和财务指标" in headings
    assert not any(h.startswith("公司董事会") or h.startswith("实、") for h in headings)


def test_a_letterhead_beside_its_date_heads_no_section():
    out, c, top = _canvas()
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(297, top - 90, "Harbour Board Special Meeting")
    c.setFont("Helvetica", 11)
    c.drawString(77, top - 130, "Harbour Board District")
    c.drawRightString(555, top - 130, "April 6, 2016")
    c.drawString(77, top - 143, "1309 S. Mary Avenue")
    c.drawRightString(555, top - 143, "7:30 a.m.")
    c.drawString(77, top - 156, "Sunnyvale, CA 94087")
    c.setFont("Helvetica", 8)
    y = top - 200
    for _ in range(6):
        c.drawString(50, y, BODY[:120])
        y -= 10
    c.setFont("Helvetica-Bold", 11)
    for n, item in enumerate(("CALL TO ORDER", "PUBLIC COMMENT", "ADJOURNMENT"), start=1):
        y -= 20
        c.drawString(77, y, f"{n}. {item}")
        c.setFont("Helvetica", 10)
        for k in (0, 90):
            y -= 12
            c.drawString(104, y, BODY[k : k + 90])
        c.setFont("Helvetica-Bold", 11)
    c.save()
    article = analyze(parse_pdf(out.getvalue(), name="agenda.pdf"))
    assert article.title == "Harbour Board Special Meeting"
    assert [h for h, _ in outline(article)] == [
        "1. CALL TO ORDER",
        "2. PUBLIC COMMENT",
        "3. ADJOURNMENT",
    ]


def _page(body: str, *, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{title}</title>{head}"
        f"</head><body><article>{body}</article></body></html>"
    )


def test_a_url_slug_given_as_the_title_gives_way_to_the_printed_headline():
    from briefing_app.ingest.html import parse_html

    html = _page(
        f"<h1>Achtzehn Kindersitze im Test: Vier fallen durch</h1><p>{LONG}</p>"
        f"<h2>Die Ergebnisse</h2><p>{LONG}</p><h2>Schadstoffe im Bezug</h2><p>{LONG}</p>",
        title="Kindersitz-Test 2018 | Autoclub",
        head='<meta property="og:title" content="autoclub-kindersitztest-herbst-2018">',
    )
    article = analyze(parse_html(html, name="k.html"))
    assert article.title == "Achtzehn Kindersitze im Test: Vier fallen durch"
    assert [h for h, _ in outline(article)] == ["Die Ergebnisse", "Schadstoffe im Bezug"]


def test_a_bold_label_over_lines_of_links_is_a_box_not_a_subhead():
    from briefing_app.ingest.html import parse_html

    html = _page(
        f"<h1>Harbour Board closes the old bridge for repairs</h1><p>{LONG}</p><p>{LONG}</p>"
        "<p><strong>Verwandte Artikel</strong><br><a href='/a'>Die Brücke wird zwölf Tage "
        "gesperrt</a><br><a href='/b'>Was die Reparatur kostet und wer sie bezahlt</a></p>"
        f"<p>{LONG}</p>",
        title="Harbour Board closes the old bridge for repairs",
    )
    assert outline(analyze(parse_html(html, name="r.html"))) == []


def test_the_headline_under_a_breadcrumb_trail_is_the_title_not_a_section():
    from briefing_app.ingest.html import parse_html

    trail = "".join(f"<p>&gt;{x}</p>" for x in ("要闻", "科技", "正文"))
    html = _page(
        f"<p>无障碍说明</p>{trail}<h1>谷歌的新电脑可以利用记忆自学</h1><p>{ZH}</p><p>{ZH}</p>",
        title="谷歌的新电脑可以利用记忆自学",
    )
    article = analyze(parse_html(html, name="q.html"))
    assert article.title == "谷歌的新电脑可以利用记忆自学"
    assert outline(article) == []


def test_a_text_box_label_is_joined_to_its_text_not_a_section():
    from briefing_app.ingest.readers import read_bytes
    from tests.hostile_builders import entries, plain_docx, repack

    data = plain_docx(LONG)
    parts = entries(data)
    box = (
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>'
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Revised Registry Approach</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>{BODY}</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    body = parts["word/document.xml"].decode().replace("<w:sectPr", box + "<w:sectPr", 1)
    parts["word/document.xml"] = body.encode()
    doc = read_bytes(repack(parts), name="b.docx", suffix=".docx")
    assert f"Revised Registry Approach: {BODY}" in doc.text
    assert outline(analyze(doc)) == []


def test_dotted_numbers_deepen_a_heading_only_past_its_types_shallowest():
    from briefing_app.ingest.pdflayout import _deeper

    by_size = [
        Piece("1.1 Security fundamentals", kind="heading", level=3),
        Piece("Authors", kind="heading", level=3),
        Piece("1.3.1 Existing row control", kind="heading", level=4),
        Piece("1.3.2 Existing column control", kind="heading", level=4),
    ]
    assert [p.level for p in _deeper(by_size)] == [3, 3, 4, 4]
    same_type = [
        Piece("3 Method", kind="heading", level=2),
        Piece("3.1 Overview", kind="heading", level=2),
        Piece("3.1.2 Data", kind="heading", level=2),
    ]
    assert [p.level for p in _deeper(same_type)] == [2, 3, 4]


def test_a_running_head_side_by_side_in_the_largest_type_is_no_title():
    out, c, top = _canvas()
    c.setFont("Helvetica", 9)
    for x, text in ((80, "Seite 1092"), (295, "GMBl 2008"), (500, "Nr. 52")):
        c.drawString(x, top - 40, text)
    c.setFont("Helvetica", 7)
    y = top - 70
    for _ in range(12):
        c.drawString(80, y, BODY[:110])
        y -= 9
    c.save()
    article = analyze(parse_pdf(out.getvalue(), name="blatt.pdf"))
    assert article.title != "Seite 1092 GMBl 2008 Nr. 52"


def test_a_chinese_outline_label_heads_a_table_without_a_longer_paragraph_after_it():
    rows = "\n\n".join(f"预付款项 | {n},436,695.05 | 1,878,311.93 | 29.73%" for n in range(2, 6))
    text = f"# 季度报告\n\n## 第三节 重要事项\n\n{ZH}\n\n1、资产负债表项目变动的情况及原因\n\n单位：元\n\n{rows}\n"
    headings = [h for h, _ in outline(analyze(parse_markdown(text, name="t.md")))]
    assert "1、资产负债表项目变动的情况及原因" in headings


def test_chapter_openers_in_two_display_sizes_are_one_level():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    pages = [
        [("Harbour Bridges and Their Repair", 30)],
        [("Preface", 24), ("Authors", 16)],
        [("Chapter 1. The old bridge", 26), ("1.1 Its girders", 16), ("1.2 Its deck", 16)],
        [("Chapter 2. The new bridge", 26), ("2.1 Its cables", 16)],
    ]
    for page in pages:
        y = A4[1] - 90
        for text, size in page:
            c.setFont("Helvetica-Bold", size)
            c.drawString(72, y, text)
            y -= size + 14
            c.setFont("Helvetica", 10)
            for k in range(0, len(LONG) - 90, 90):
                c.drawString(72, y, LONG[k : k + 90])
                y -= 12
            y -= 20
        c.showPage()
    c.save()
    levels = dict(outline(analyze(parse_pdf(out.getvalue(), name="book.pdf"))))
    assert (
        levels["Preface"]
        == levels["Chapter 1. The old bridge"]
        == levels["Chapter 2. The new bridge"]
    )
    assert levels["Authors"] == levels["1.1 Its girders"] == levels["Preface"] + 1


def test_unnumbered_lines_between_numbered_items_of_their_type_are_text():
    from briefing_app.ingest.pdflayout import _unnumbered_between

    def head(text: str) -> Piece:
        return Piece(text, kind="heading", level=3)

    pieces = [
        head("Abstract"),
        head("1. CALL TO ORDER"),
        head("2. CLOSED SESSION"),
        head("District Representatives: Board President Jo Lucey and"),
        head("3. ADJOURNMENT"),
        head("Acknowledgements"),
    ]
    kinds = [p.kind for p in _unnumbered_between(pieces)]
    assert kinds == ["heading", "heading", "heading", "paragraph", "heading", "heading"]
    two = [head("1. One"), head("Between"), head("2. Two")]  # -- two numbers make no outline
    assert _unnumbered_between(two) == two


def test_the_outline_passes_take_linear_time_on_many_headings():
    from briefing_app.ingest.pdflayout import _deeper, _unnumbered_between

    def pieces(n: int) -> list[Piece]:
        return [
            Piece(
                f"{k % 90 + 1}.{k % 7 + 1} Item" if k % 3 else "Plain line", kind="heading", level=3
            )
            for k in range(n)
        ]

    def passes(ps: list[Piece]) -> None:
        _deeper(_unnumbered_between(_title_block(ps)))

    small, big = pieces(20_000), pieces(80_000)
    assert least_cpu(passes, big) < max(1.0, 8 * least_cpu(passes, small))


def test_a_page_of_thousands_of_lines_above_the_text_is_read_without_pairing_them_all():
    from briefing_app.ingest.pdf import _letterhead_as_text
    from briefing_app.ingest.pdflayout import Line

    def line(k: int, *, text: str = "Label", x0: float = 72.0) -> Line:
        return Line(text, 0, x0, x0 + 40, k * 2.0, k * 2.0 + 8, 8.0, False, 10.0, 800.0)

    crowd = [line(k, x0=72.0 + (k % 2) * 300) for k in range(3_000)]
    body = [line(3_100, text=BODY, x0=72.0)]
    assert least_cpu(_letterhead_as_text, crowd + body, 8.0) < 1.0


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (
            "El puerto cerrará el viejo puente » Local » Noticias » Diario Isleño",
            "El puerto cerrará el viejo puente",
        ),
        ("Brexit deal agreed at last - Politics - BBC News", "Brexit deal agreed at last"),
        ("Harbour Bridges and Their Repair", "Harbour Bridges and Their Repair"),
        ("Q&A - Part 1 - Intro", "Q&A - Part 1 - Intro"),  # -- a short head is no headline
        (
            "The bridge | what it cost the city and who pays",
            "The bridge | what it cost the city and who pays",
        ),
    ],
)
def test_a_title_loses_its_trail_of_sections_and_site(title, kept):
    from briefing_app.ingest.html import _before_trail

    assert _before_trail(title) == kept


def _mixed_centred(c, y: float, text: str, size: float, font: str) -> None:
    """Digits and spaces in Helvetica, the rest in the CJK font (it has no digits), centred."""
    import re as _re

    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = [
        (r, "Helvetica" if r[0].isascii() else font) for r in _re.findall(r"[ -~]+|[^ -~]+", text)
    ]
    x = 297 - sum(stringWidth(r, f, size) for r, f in runs) / 2
    for run, f in runs:
        c.setFont(f, size)
        c.drawString(x, y, run)
        x += stringWidth(run, f, size)


def test_a_chinese_cover_gives_title_with_subtitle_issuer_and_month():
    out, c, top = _canvas()
    font = _chinese_font()
    _mixed_centred(c, top - 220, "东北电气发展股份有限公司", 18, font)
    _mixed_centred(c, top - 262, "2018 年第一季度报告", 16, font)
    _mixed_centred(c, top - 580, "2018 年 04 月", 16, font)
    c.showPage()
    c.setFont(font, 16)
    c.drawCentredString(297, top - 100, "第一节 重要提示")
    c.setFont(font, 9)
    y = top - 140
    for _ in range(4):
        c.drawString(57, y, ZH[:52])
        c.drawString(57, y - 15, ZH[52:])
        y -= 40
    c.save()
    article = analyze(parse_pdf(out.getvalue(), name="report.pdf"))
    assert article.title == "东北电气发展股份有限公司 2018 年第一季度报告"
    assert article.author == "东北电气发展股份有限公司"
    assert article.date == "2018-04"


def test_a_byline_under_the_title_is_no_subtitle():
    pieces = [
        Piece("Harbour Bridges of the North", kind="heading", level=1),
        Piece("By: Maren Olsvik", kind="heading", level=3),
        Piece(LONG),
        Piece("Tolls", kind="heading", level=2),
        Piece(LONG),
        Piece("Repairs", kind="heading", level=2),
    ]
    out = _title_block(pieces)
    assert out[0].text == "Harbour Bridges of the North"
    assert out[1].text == "By: Maren Olsvik"

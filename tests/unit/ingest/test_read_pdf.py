"""PDF reading: column order, hyphen rejoining, running headers and footers, headings, bad PDFs."""

from __future__ import annotations

_SECTIONS = [
    (
        None,
        [
            "Glaciers across the Pamir and Tien Shan ranges have lost roughly a quarter of their "
            "mass since the nineteen sixties, and the downstream consequences are becoming "
            "impossible to ignore for governments that depend on seasonal meltwater for "
            "irrigation and electricity generation.",
            "Agricultural communities in the Fergana valley report increasingly unpredictable "
            "flows, while hydropower operators upstream face pressure to release water during "
            "winter when demand for heating peaks.",
        ],
    ),
    (
        "Background",
        [
            "The Soviet-era allocation system was administratively centralised and compensated "
            "upstream republics with coal and gas deliveries. After independence those "
            "arrangements disintegrated, leaving a patchwork of bilateral understandings that "
            "are frequently renegotiated.",
            "Transboundary cooperation mechanisms exist on paper, yet their secretariats remain "
            "underfunded and politically marginalised, unable to enforce commitments or to share "
            "hydrological measurements in real time.",
            "Population growth compounds the problem. Urban demand in the lowland capitals has "
            "doubled within a generation, and aging canals lose nearly half of the water they "
            "carry before it reaches the fields it was meant to nourish.",
        ],
    ),
    (
        "Outlook",
        [
            "Unless the riparian states modernise irrigation infrastructure and agree on "
            "transparent data sharing, competition over shrinking supplies will intensify. "
            "International lenders could condition concessional financing on measurable "
            "improvements in water productivity.",
            "Regional leaders meeting in Tashkent next month have an opportunity to revitalise "
            "the interstate commission and to commission an independent assessment of reservoir "
            "operations, including the cascades on the Naryn and the Vakhsh.",
            "Donors should also fund automated gauging stations, publish the readings openly, "
            "and train a new generation of hydrologists who can translate measurements into "
            "negotiated seasonal schedules that all parties understand and accept.",
        ],
    ),
]

NEWSLETTER = _SECTIONS + [
    (f"{heading} {part}", paras)
    for part in ("in Detail", "Revisited")
    for heading, paras in _SECTIONS
    if heading
]


import io  # noqa: E402

import pytest  # noqa: E402

from briefing_app.core.errors import UserError  # noqa: E402
from briefing_app.ingest.pdf import parse_pdf  # noqa: E402
from tests.unit.ingest import builders  # noqa: E402


@pytest.fixture(scope="module")
def newsletter():
    data = builders.two_column_pdf(
        "Water Security in Central Asia",
        NEWSLETTER,
        footer="Regional Brief",
        header="March 2024 edition",
    )
    return parse_pdf(data, name="brief.pdf")


def test_two_columns_are_read_column_by_column(newsletter):
    expected = [p for _h, paras in NEWSLETTER for p in paras]
    got = [b.text for b in newsletter.blocks if b.kind == "paragraph"]
    assert got == expected


def test_headings_from_size_and_weight(newsletter):
    headings = [(b.level, b.text) for b in newsletter.blocks if b.kind == "heading"]
    assert headings[0] == (1, "Water Security in Central Asia")
    assert [h for _lvl, h in headings[1:]] == [h for h, _p in NEWSLETTER if h]
    assert {lvl for lvl, _h in headings[1:]} == {2}


def test_hyphenated_line_ends_are_rejoined(newsletter):
    assert "administratively" in newsletter.text
    assert "Soviet-era" in newsletter.text
    assert "-\n" not in newsletter.text and "\ue000" not in newsletter.text


def test_running_header_footer_and_page_numbers_are_removed(newsletter):
    assert "Regional Brief" not in newsletter.text
    assert "March 2024 edition" not in newsletter.text


def _plain_pdf(paragraphs: list[str], *, bullets: list[str] = (), encrypt: str | None = None):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    builders.register_fonts()
    style = ParagraphStyle("b", fontName="NotoSans", fontSize=10, leading=13, spaceAfter=6)
    story = [Paragraph(p, style) for p in paragraphs]
    if bullets:
        story.append(
            ListFlowable(
                [ListItem(Paragraph(b, style)) for b in bullets], bulletType="bullet", start="•"
            )
        )
    out = io.BytesIO()
    SimpleDocTemplate(out, encrypt=encrypt, invariant=1).build(story)
    return out.getvalue()


def test_pdf_without_headings_and_with_a_bullet_list():
    paras = [
        f"Paragraph {n} of a plain letter set in one size and weight, long enough to wrap over "
        "more than a single line of the page so that joining lines is exercised too."
        for n in range(1, 4)
    ]
    doc = parse_pdf(_plain_pdf(paras, bullets=["First point here.", "Second point."]), name="l.pdf")
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 3 + ["list_item"] * 2
    assert [b.text for b in doc.blocks[:3]] == paras
    assert [b.text for b in doc.blocks[3:]] == ["First point here.", "Second point."]


def test_password_protected_pdf_is_refused_in_one_sentence():
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = _plain_pdf(["Secret text."], encrypt=StandardEncryption("user-pw", "owner-pw"))
    with pytest.raises(UserError, match="password-protected"):
        parse_pdf(data, name="locked.pdf")


def test_scanned_image_only_pdf_is_refused_in_one_sentence():
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (200, 100), "white")
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.drawImage(ImageReader(image), 50, 600, 200, 100)
    c.showPage()
    c.save()
    with pytest.raises(UserError, match="only scanned page images"):
        parse_pdf(out.getvalue(), name="scan.pdf")


def test_info_title_is_used_when_the_page_shows_none():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    builders.register_fonts()
    style = ParagraphStyle("b", fontName="NotoSans", fontSize=10, leading=13)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, title="Quarterly Sanctions Update", author="Lena Fischer")
    doc.build([Paragraph("A single paragraph of body text without any title on the page.", style)])
    parsed = parse_pdf(out.getvalue(), name="q.pdf")
    assert parsed.metadata["title"] == "Quarterly Sanctions Update"
    assert parsed.metadata["author"] == "Lena Fischer"


def test_indented_paragraphs_without_spacing_are_told_apart():
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    builders.register_fonts()
    style = ParagraphStyle(
        "i", fontName="NotoSans", fontSize=11, leading=14, firstLineIndent=18, alignment=TA_JUSTIFY
    )
    paras = [
        f"Paragraph {n} is typeset the book way, with its first line indented and no space "
        "between paragraphs, and it runs long enough to wrap across several lines of the page "
        "so that only the indent marks where it begins."
        for n in range(1, 5)
    ]
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build([Paragraph(p, style) for p in paras])
    assert [b.text for b in parse_pdf(out.getvalue(), name="book.pdf").blocks] == paras


def test_a_standfirst_in_larger_type_is_not_a_heading():
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_document
    from tests.conftest import SEED

    seed = analyze(read_document(SEED))
    article = analyze(parse_pdf(builders.to_pdf(seed, stand_size=13), name="seed.pdf"))
    assert article.standfirst == seed.standfirst
    assert [s.heading for s in article.sections] == [s.heading for s in seed.sections]


def test_armenian_azerbaijani_cyrillic_and_greek_names_survive():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    builders.register_fonts()
    if "NotoSansArmenian" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(
            TTFont("NotoSansArmenian", str(builders.FONTS / "NotoSansArmenian-Regular.ttf"))
        )
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setFont("NotoSans", 11)
    c.drawString(72, 700, "Ilham Əliyev met Сергей Лавров and Κυριάκος Μητσοτάκης in Baku.")
    c.setFont("NotoSansArmenian", 11)
    c.drawString(72, 680, "Նիկոլ Փաշինյան")
    c.showPage()
    c.save()
    text = parse_pdf(out.getvalue(), name="names.pdf").text
    assert "Ilham Əliyev met Сергей Лавров and Κυριάκος Μητσοτάκης in Baku." in text
    assert "Նիկոլ Փաշինյան" in text


def test_words_placed_without_space_characters_stay_apart():
    """TeX writes no spaces and squeezes gaps in justified lines below 3 pt."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    builders.register_fonts()
    sentence = "Each element has a number of attributes that the parser checks in order."
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setFont("NotoSans", 10)
    x = 72.0
    for word in sentence.split():
        c.drawString(x, 700, word)
        x += stringWidth(word, "NotoSans", 10) + 2.4
    c.showPage()
    c.save()
    assert parse_pdf(out.getvalue(), name="tex.pdf").text == sentence


def test_note_markers_and_footnotes_do_not_break_paragraphs():
    sentence = (
        "The commission met eleven times in the first year{mark} and agreed a common method "
        "for measuring river flow, although the upstream states reserved their position. "
    )
    paras = [(sentence.format(mark=f"<super>{n}</super>") * 7).strip() for n in (1, 2, 3)]
    notes = ["Minutes of the commission, 2019.", "Interview with a delegate, May 2020."]
    doc = parse_pdf(builders.footnoted_pdf(paras, notes), name="notes.pdf")
    clean = (sentence.format(mark="") * 7).strip()
    assert [b.text for b in doc.blocks] == [clean] * 3 + [f"1 {notes[0]}", f"2 {notes[1]}"]


def test_body_lines_repeating_at_page_feet_are_not_taken_for_footers():
    """Repeated content lands on identical lines at several column feet; only furniture goes."""
    sections = NEWSLETTER * 8
    data = builders.two_column_pdf("Long brief", sections, footer="Brief", header="Edition")
    doc = parse_pdf(data, name="long.pdf")
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == [
        p for _h, paras in sections for p in paras
    ]
    assert "Brief" not in doc.text and "Edition" not in doc.text


def test_ruled_table_is_read_row_by_row():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    builders.register_fonts()
    style = ParagraphStyle("b", fontName="NotoSans", fontSize=10, leading=13, spaceAfter=8)
    rows = [
        ["Country", "Rail traffic share", "Change since 1990"],
        ["Armenia", "85 percent", "-40 percent"],
        ["Azerbaijan", "12 percent", "+3 percent"],
    ]
    table = Table(rows)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "NotoSans", 10),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ]
        )
    )
    before = "Transit figures show how dependent the region was on a single rail corridor."
    after = "The figures are estimates and should be read with that caveat in mind."
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build(
        [Paragraph(before, style), table, Paragraph(after, style)]
    )
    blocks = [b.text for b in parse_pdf(out.getvalue(), name="t.pdf").blocks]
    assert blocks == [before, *(" | ".join(r) for r in rows), after]


def test_a_wrapped_line_starting_with_a_dash_stays_in_its_paragraph():
    from reportlab.pdfgen import canvas

    builders.register_fonts()
    lines = [
        "The ceasefire held through the winter, although the talks",
        "– which resumed in March – produced no agreement on the",
        "corridor and the monitors reported several violations.",
    ]
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setFont("NotoSans", 10)
    for n, line in enumerate(lines):
        c.drawString(72, 700 - 13 * n, line)
    c.showPage()
    c.save()
    assert [b.text for b in parse_pdf(out.getvalue(), name="d.pdf").blocks] == [" ".join(lines)]


def _numbered_lines_pdf(lines: list[tuple[str, bool]], *, number_x: float | None) -> bytes:
    """A bill-like page: one line of text every 14 pt, numbered at ``number_x`` (None: unnumbered)."""
    from reportlab.pdfgen import canvas

    builders.register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    y = 760.0
    for n, (text, bold) in enumerate(lines, start=1):
        if number_x is not None:
            c.setFont("NotoSans", 7)
            c.drawRightString(number_x, y, str(n))
        c.setFont("NotoSans-Bold" if bold else "NotoSans", 13 if bold else 10)
        c.drawString(90, y, text)
        y -= 24 if bold else 14
    c.showPage()
    c.save()
    return out.getvalue()


BILL_LINES = [
    ("Section one", True),
    ("The committee shall report each year on the state of the river basin and on", False),
    ("the measures the member states took to keep its flow within the agreed range.", False),
    ("The report shall be published within three months of the end of the year.", False),
    ("Recommendation", True),
    ("We recommend that the member states fund a common gauge network before the", False),
    ("next dry season, so that every reading is taken the same way in every state.", False),
]


@pytest.mark.parametrize("number_x", [70.0, 560.0])
def test_line_numbers_in_the_margin_are_not_part_of_the_text(number_x):
    """Review drafts, bills and pleadings number every line in a margin."""
    numbered = parse_pdf(_numbered_lines_pdf(BILL_LINES, number_x=number_x), name="bill.pdf")
    plain = parse_pdf(_numbered_lines_pdf(BILL_LINES, number_x=None), name="bill.pdf")
    assert [(b.kind, b.text) for b in numbered.blocks] == [(b.kind, b.text) for b in plain.blocks]
    assert "Recommendation" in [b.text for b in numbered.blocks]


def test_a_numbered_column_inside_the_text_is_kept():
    """Numbers counting down a page inside the text block (a ranked list) are content."""
    from briefing_app.ingest.linenumbers import without_line_numbers

    def word(text: str, x0: float, top: float) -> dict:
        return {
            "text": text,
            "x0": x0,
            "x1": x0 + 6 * len(text),
            "top": top,
            "size": 10,
            "fontname": "F",
        }

    ranked = [word(str(n), 90, 100 + 14 * n) for n in range(1, 9)]
    names = [word("Country", 110, 100 + 14 * n) for n in range(1, 9)]
    heading = word("Ranking", 90, 90)
    assert without_line_numbers([heading, *ranked, *names]) == [heading, *ranked, *names]
    margin = [word(str(n), 40, 100 + 14 * n) for n in range(1, 9)]
    assert without_line_numbers([heading, *margin, *names]) == [heading, *names]


def test_a_formula_s_bracket_pieces_in_adobe_symbol_s_private_use_area_become_unicode():
    """A white paper's formula gave U+F8EB…U+F8F8; the memo printed each as '?'."""
    from briefing_app.ingest.pdf import _line_text

    def word(text: str, x0: float) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + 10 * len(text), "size": 10.0}

    line = _line_text([word("Ci,t", 0), word("=", 50), word("\uf8ebψdom\uf8f6", 70)])
    assert line == "Ci,t = ⎛ψdom⎞"

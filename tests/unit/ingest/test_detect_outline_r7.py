"""Outline rules of the seventh round, one small PDF per rule (drawn with reportlab here).

Text inside a drawn diagram is no heading; numbered headings set in body type continue a
found outline; a call-out box, a striped table and a page's frame are no diagrams.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from briefing_app.core.scripts import logical_line
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.pdf import parse_pdf
from briefing_app.ingest.pdfdrawings import drawing_areas
from briefing_app.ingest.pdfjoining import attach_marks, with_joiners
from tests.timing import least_cpu

WIDTH, HEIGHT = letter
SENTENCES = [
    "The network model describes every river, lake and canal as a set of linked reaches.",
    "Each reach carries an identifier that stays the same from one edition to the next.",
    "Partners add their own attributes on top of the shared minimum the model defines.",
    "The sections below describe each package of the model and how the packages relate.",
]


class Page:
    """A reportlab page written top down: text lines, boxes and a running y position."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c, self.y = c, HEIGHT - 72

    def line(self, text: str, *, size: float = 10, bold: bool = False, x: float = 72) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, self.y, text)
        self.y -= size * 1.4

    def gap(self, points: float = 12) -> None:
        self.y -= points

    def paragraph(self) -> None:
        for sentence in SENTENCES:
            self.line(sentence)
        self.gap()

    def box(self, x: float, top: float, w: float, h: float, label: str = "") -> None:
        self.c.rect(x, HEIGHT - top - h, w, h, stroke=1, fill=0)
        if label:
            self.c.setFont("Helvetica-Bold", 11)
            self.c.drawString(x + 6, HEIGHT - top - 16, label)


def pdf(draw) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    draw(Page(c))
    c.save()
    return out.getvalue()


def outline(data: bytes) -> list[tuple[str, int]]:
    article = analyze(parse_pdf(data, name="doc.pdf"))
    return [(s.heading, s.level) for s in article.sections if s.heading]


def _report_with(figure) -> bytes:
    def draw(p: Page) -> None:
        p.line("1 Overview", size=14, bold=True)
        p.gap()
        p.paragraph()
        p.line("2 Model", size=14, bold=True)
        p.gap()
        p.paragraph()
        p.line("2.1 Packages", size=12, bold=True)
        p.gap()
        p.paragraph()
        figure(p)
        p.line("2.2 Events", size=12, bold=True)
        p.gap()
        p.paragraph()

    return pdf(draw)


def _uml(p: Page) -> None:
    """A diagram frame holding three class boxes, their names in bold 11 pt."""
    top = HEIGHT - p.y
    p.box(72, top, 400, 200)
    p.box(90, top + 30, 120, 60, "Hydro Network")
    p.box(300, top + 30, 120, 60, "Hydro Events")
    p.box(190, top + 120, 120, 60, "Code List")
    p.y -= 220


def test_labels_inside_a_drawn_diagram_head_no_section():
    assert outline(_report_with(_uml)) == [
        ("1 Overview", 1),
        ("2 Model", 1),
        ("2.1 Packages", 2),
        ("2.2 Events", 2),
    ]


def test_a_frameless_cluster_of_label_boxes_is_a_diagram():
    def packages(p: Page) -> None:
        top = HEIGHT - p.y
        p.box(90, top, 110, 50, "Toponymy")
        p.box(260, top, 110, 50, "Hydro Network")
        p.box(260, top + 90, 110, 50, "Metadata")
        p.y -= 160

    found = [h for h, _ in outline(_report_with(packages))]
    assert found == ["1 Overview", "2 Model", "2.1 Packages", "2.2 Events"]


def test_a_call_out_box_keeps_its_heading():
    def call_out(p: Page) -> None:
        top = HEIGHT - p.y
        p.box(66, top - 14, 470, 110)
        p.line("Key findings", size=12, bold=True)
        p.gap(4)
        p.paragraph()
        p.gap(20)

    assert "Key findings" in [h for h, _ in outline(_report_with(call_out))]


def test_a_striped_table_is_no_diagram():
    """Row stripes share one left edge and abut: a table, whose bold head line stays a heading."""

    def striped(p: Page) -> None:
        top = HEIGHT - p.y
        p.box(66, top - 14, 470, 130)
        for k in range(4):
            p.c.rect(66, HEIGHT - top - 30 * k - 24, 470, 24, stroke=0, fill=0)
            p.box(66, top + 30 * k + 6, 470, 24)
        p.line("Regional totals", size=12, bold=True)
        p.gap(4)
        p.paragraph()
        p.gap(20)

    assert "Regional totals" in [h for h, _ in outline(_report_with(striped))]


def _small_uml(p: Page) -> None:
    top = HEIGHT - p.y
    p.box(72, top, 400, 100)
    p.box(90, top + 20, 120, 30, "Hydro Network")
    p.box(300, top + 20, 120, 30, "Hydro Events")
    p.box(190, top + 60, 120, 30, "Code List")
    p.y -= 115


def test_numbered_headings_in_body_type_continue_the_outline():
    """ "3.1.1 Logical view" set like the text, over a diagram and not over text: a heading."""

    def draw(p: Page) -> None:
        p.line("3 Model", size=14, bold=True)
        p.gap()
        p.paragraph()
        p.line("3.1 LRS model", size=12, bold=True)
        p.gap()
        p.paragraph()
        for name in ("3.1.1 Logical view", "3.1.2 Hydro network", "3.1.2.1 Point events"):
            p.line(name)
            p.gap()
            _small_uml(p)
        p.line("1.5 million reaches were mapped in the first edition.")

    assert outline(pdf(draw)) == [
        ("3 Model", 1),
        ("3.1 LRS model", 2),
        ("3.1.1 Logical view", 3),
        ("3.1.2 Hydro network", 3),
        ("3.1.2.1 Point events", 4),
    ]


def test_a_numbered_line_without_a_found_parent_is_left_to_detection():
    """The PDF reader promotes "4.2 …" in body type only under a found "4" or "4.1"."""

    def draw(p: Page) -> None:
        p.line("3 Overview", size=14, bold=True)
        p.gap()
        p.paragraph()
        p.line("4.2 Hydro network")
        p.gap()
        p.paragraph()

    blocks = parse_pdf(pdf(draw), name="doc.pdf").blocks
    assert [b.kind for b in blocks if b.text == "4.2 Hydro network"] == ["paragraph"]


def _shapes(n: int) -> list[dict]:
    """``n`` distinct boxes of 9 by 10 points packed over the page."""
    return [
        {"x0": k % 500, "top": k // 500, "x1": k % 500 + 9, "bottom": k // 500 + 10}
        for k in range(n)
    ]


def test_drawing_areas_take_linear_time_on_a_page_of_shapes():
    small, large = _shapes(20_000), _shapes(80_000)
    t1 = least_cpu(lambda: drawing_areas(small, WIDTH, HEIGHT))
    t4 = least_cpu(lambda: drawing_areas(large, WIDTH, HEIGHT))
    assert t4 < 8 * max(t1, 0.01)


def test_a_diagrams_labels_stay_in_the_document_out_of_the_running_text():
    doc = parse_pdf(_report_with(_uml), name="doc.pdf")
    labels = [b for b in doc.blocks if "Hydro Network" in b.text]
    assert labels and all(b.kind == "footnote" for b in labels)  # -- kept, not lost
    assert any(SENTENCES[0] in b.text and b.kind == "paragraph" for b in doc.blocks)


# -- Persian PDFs: joins the shapes show, vowel marks read apart -------------------------------

HEH_FINAL, HEH_INITIAL, ALEF_FINAL, YEH = "\ufeea", "\ufeeb", "\ufe8e", "\u06cc"


def test_a_final_form_before_an_initial_one_is_a_non_joiner():
    """ "گزینه‌های" drawn: "ها‌ی" then "گزینه" ending in a final heh, left to right."""
    visual = YEH + ALEF_FINAL + HEH_INITIAL + HEH_FINAL + "\ufee8\ufbfe\ufeb0\ufb94"
    assert logical_line(with_joiners(visual)) == "گزینه\u200cهای"


def test_letters_that_never_join_on_need_no_joiner_and_plain_text_is_untouched():
    assert with_joiners("\ufead" + "\ufe8e") == "\ufead\ufe8e"  # -- "ار": alef never joins on
    assert with_joiners("یاهه") == "یاهه"  # -- plain letters say nothing of their shapes


def test_logical_line_keeps_a_non_joiner():
    assert "\u200c" in logical_line("یﺎﻫ\u200cﻪﻨﯾﺰﮔ")


def test_a_vowel_mark_read_as_a_word_goes_back_onto_its_letter():
    host = {
        "text": "ab",
        "x0": 0.0,
        "x1": 20.0,
        "top": 0.0,
        "bottom": 10.0,
        "size": 10.0,
        "chars": [{"x0": 0.0, "x1": 10.0}, {"x0": 10.0, "x1": 20.0}],
    }
    mark = {"text": "\u0650", "x0": 14.0, "x1": 14.0, "top": 6.0, "bottom": 12.0, "size": 10.0}
    other = {"text": "c", "x0": 30.0, "x1": 40.0, "top": 0.0, "bottom": 10.0, "size": 10.0}
    words = attach_marks([host, mark, other])
    assert [w["text"] for w in words] == ["a\u0650b", "c"]


def test_attaching_marks_takes_linear_time():
    def page(n: int) -> list[dict]:
        words = [
            {
                "text": "ab",
                "x0": k * 30.0,
                "x1": k * 30.0 + 20,
                "top": 0.0,
                "bottom": 10.0,
                "size": 10.0,
            }
            for k in range(n)
        ]
        return words + [dict(words[0], text="\u0650")] * 10

    t1 = least_cpu(lambda: attach_marks(page(20_000)))
    t4 = least_cpu(lambda: attach_marks(page(80_000)))
    assert t4 < 8 * max(t1, 0.01)


def test_a_covers_edition_and_date_in_the_titles_type_are_not_the_title():
    """A cover sets "Edition 1.0" and its date in the title's type, well below the title."""

    def draw(p: Page) -> None:
        p.y = HEIGHT - 200
        p.line("National Water Network", size=18, bold=True, x=150)
        p.line("Data Model", size=18, bold=True, x=200)
        p.gap(50)
        p.line("Edition 1.0", size=18, bold=True, x=200)
        p.gap(40)
        p.line("2004-08", size=18, bold=True, x=200)
        p.c.showPage()
        p.y = HEIGHT - 72
        p.line("1 Overview", size=14, bold=True)
        p.gap()
        p.paragraph()
        p.line("2 Model", size=14, bold=True)
        p.gap()
        p.paragraph()

    article = analyze(parse_pdf(pdf(draw), name="doc.pdf"))
    assert article.title == "National Water Network Data Model"
    assert [s.heading for s in article.sections if s.heading] == ["1 Overview", "2 Model"]


def test_a_papers_index_terms_and_numbered_back_matter_head_no_section():
    from tests.unit.ingest.builders import analyze_text

    text = (
        f"# A Study of Reading\n\n## Abstract\n\n{SENTENCES[0]}\n\n"
        f"## Categories and Subject Descriptors\n\nH.3.3 [Information Search]\n\n"
        f"## Keywords\n\nextraction, boilerplate\n\n## 1. Introduction\n\n{SENTENCES[1]}\n\n"
        f"## 2. Method\n\n{SENTENCES[2]}\n\n## 7. References\n\n[1] A. Author. A paper. 2010.\n"
    )
    article = analyze_text(text, ".md")
    assert [s.heading for s in article.sections if s.heading] == [
        "Abstract",
        "1. Introduction",
        "2. Method",
    ]

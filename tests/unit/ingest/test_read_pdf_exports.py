"""PDF shapes the real corpus showed (issue 14): Google Docs exports, LaTeX articles, charts."""

from __future__ import annotations

import io

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docmeta import choose_metadata
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest import builders

PROSE = (
    "Agencies that partner with the team work on the project every day, and they learn the "
    "methods as they go, which makes the result theirs to keep when the engagement ends."
)


def _pdf(draw) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    builders.register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter, invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def _wrapped(c, text: str, y: float, *, size: float = 11, width: int = 80) -> float:
    import textwrap

    c.setFont("NotoSans", size)
    for line in textwrap.wrap(text, width):
        c.drawString(72, y, line)
        y -= size * 1.4
    return y - size


def test_a_grid_framing_the_whole_page_is_no_table():
    def draw(c):
        c.grid([0, 306, 612], [-800, 400, 792, 1600])  # -- page borders running off the page
        c.setFont("NotoSans-Bold", 16)
        c.drawString(72, 700, "Working in the open")
        y = _wrapped(c, PROSE, 670)
        c.setFont("NotoSans-Bold", 16)
        c.drawString(72, y - 10, "Partnering with a product owner")
        _wrapped(c, PROSE, y - 40)

    doc = parse_pdf(_pdf(draw), name="guide.pdf")
    assert [b.text for b in doc.blocks if b.kind == "heading"] == [
        "Working in the open",
        "Partnering with a product owner",
    ]
    assert not any(" | " in b.text for b in doc.blocks)


def test_zero_width_spaces_on_their_own_baseline_do_not_split_a_paragraph():
    def draw(c):
        y = _wrapped(c, PROSE, 700)
        c.setFont("NotoSans", 11)
        c.drawString(200, 700 - 11 * 1.4 / 2, "\u200b")  # -- between the first two lines
        del y

    doc = parse_pdf(_pdf(draw), name="flyer.pdf")
    assert [b.text for b in doc.blocks] == [PROSE]


def test_zero_width_joiners_stay_inside_words_and_alone_are_dropped():
    """A Persian word's non-joiner is part of its spelling (as in saved pages); a joiner standing
    alone is as invisible as a zero-width space."""
    from briefing_app.ingest.pdf import _visible

    words = [{"text": "اصلاح\u200cطلبان"}, {"text": "\u200c"}, {"text": "\u200bword\u2060"}]
    assert [w["text"] for w in _visible(words)] == ["اصلاح\u200cطلبان", "word"]


def test_a_bold_phrase_inside_a_paragraph_does_not_cut_it():
    words = PROSE.split()

    def draw(c):
        c.setFont("NotoSans", 11)
        c.drawString(72, 700, " ".join(words[:14]))
        c.setFont("NotoSans-Bold", 11)
        c.drawString(72, 700 - 15.4, " ".join(words[14:]))

    doc = parse_pdf(_pdf(draw), name="flyer.pdf")
    assert [b.text for b in doc.blocks] == [" ".join(words[:14]) + " " + " ".join(words[14:])]


def test_an_articles_author_and_date_in_large_type_are_front_matter_not_sections():
    def draw(c):
        c.setFont("NotoSans-Bold", 20)
        c.drawCentredString(306, 720, "Using notebooks for reproducible writing")
        c.setFont("NotoSans", 14)
        c.drawCentredString(306, 690, "Ana B. Petrosyan")
        c.drawCentredString(306, 665, "2022-07-07")
        c.setFont("NotoSans-Bold", 14)
        c.drawString(72, 620, "Introduction")
        y = _wrapped(c, PROSE, 595)
        c.setFont("NotoSans-Bold", 12)
        c.drawString(72, y - 10, "A closer look")
        _wrapped(c, PROSE, y - 35)

    article = analyze(parse_pdf(_pdf(draw), name="article.pdf"))
    assert (article.author, article.date) == ("Ana B. Petrosyan", "2022-07-07")
    assert [(s.heading, s.level) for s in article.sections] == [
        ("Introduction", 1),
        ("A closer look", 2),
    ]


def test_a_charts_labels_and_its_title_are_dropped():
    def draw(c):
        y = _wrapped(c, f"{PROSE} {PROSE}", 720)
        c.setFont("NotoSans-Bold", 11)
        c.drawString(72, y, "Dependency ratio for Italy")
        c.setFont("NotoSans", 10)
        for n, label in enumerate(["140", "Young Old", "120", "Very Old", "100", "80", "60"]):
            c.drawString(90, y - 30 - 25 * n, label)

    doc = parse_pdf(_pdf(draw), name="article.pdf")
    assert [b.text for b in doc.blocks] == [f"{PROSE} {PROSE}"]


def test_an_exporting_applications_name_is_cut_from_the_title():
    assert choose_metadata([], title="Partnership Principles - Google Docs", author="")[
        "title"
    ] == ("Partnership Principles")


def _paper(c) -> None:
    c.setFont("NotoSans-Bold", 16)
    c.drawCentredString(306, 740, "Dense Retrieval for Question Answering")
    c.setFont("NotoSans-Bold", 12)
    c.drawCentredString(306, 715, "Vladimir Karpukhin∗, Barlas Og˘uz∗, Sewon Min, Danqi Chen")
    c.setFont("NotoSans", 12)
    c.drawCentredString(306, 698, "Facebook AI   University of Washington")
    c.drawCentredString(306, 683, "{vladk, barlaso}@fb.com")
    c.saveState()
    c.translate(20, 300)
    c.rotate(90)
    c.setFont("NotoSans", 20)
    c.drawString(0, 0, "arXiv:2004.04906v3 [cs.CL] 30 Sep 2020")
    c.restoreState()
    y = 650.0
    for heading in ("Abstract", "1 Introduction", "1.1 Scope", "2 Background"):
        c.setFont("NotoSans-Bold", 12)
        c.drawString(72, y, heading)
        y = _wrapped(c, f"{PROSE} {PROSE}", y - 22)


def test_a_papers_authors_affiliations_and_archive_stamp_are_front_matter():
    article = analyze(parse_pdf(_pdf(_paper), name="paper.pdf"))
    assert article.title == "Dense Retrieval for Question Answering"
    assert article.author == "Vladimir Karpukhin, Barlas Oğuz, Sewon Min, Danqi Chen"
    assert (article.date, article.date_source) == ("2020-09-30", "text")
    assert article.publication is None  # -- the institutions are no publication
    assert [(s.heading, s.level) for s in article.sections] == [
        ("Abstract", 1),
        ("1 Introduction", 1),
        ("1.1 Scope", 2),
        ("2 Background", 1),
    ]


def test_what_an_author_field_adds_after_the_name_is_cut():
    def author(value: str) -> str | None:
        return choose_metadata([], title="", author=value).get("author")

    assert author("18F, part of the General Services Administration") == "18F"
    assert author("Jane Doe, senior fellow") == "Jane Doe"
    assert author("Smith, John and Lee, Ann") == "Smith, John and Lee, Ann"  # -- not cut
    # -- one name surname first is the saving account's directory name, not a byline
    assert author("Smith, John") is None


def test_a_page_opening_with_a_numbered_section_has_no_title_made_of_it():
    def draw(c):
        c.setFont("NotoSans-Bold", 14)
        c.drawString(72, 720, "1 Introduction")
        y = _wrapped(c, f"{PROSE} {PROSE}", 695)
        _wrapped(c, f"2 Conversation programming. {PROSE}", y)

    article = analyze(parse_pdf(_pdf(draw), name="page.pdf"))
    assert article.title != "1 Introduction"
    assert [s.heading for s in article.sections if s.heading] == ["1 Introduction"]

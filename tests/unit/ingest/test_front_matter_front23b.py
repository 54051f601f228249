"""Section labels, genre labels and bylines read as such (issue 14, helper front23b).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.ingest import front
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text, draw_body_pages


def _page(headline: str, byline: str) -> str:
    return (
        f"<html><head><title>{headline} | The Harbour Post</title></head><body><article>"
        f"<h1>{headline}</h1><div class='byline'>{byline}</div>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


def test_a_pages_section_label_before_the_headline_is_no_part_of_the_title():
    page = _page("Opinion: Why the ferry tolls must come down", "By Mira Halvorsen")
    assert analyze_text(page, ".html").title == "Why the ferry tolls must come down"
    # -- guard: a label set off by a dash may be the title's own wording
    page = _page("Analysis – The Ferry Tolls of the North", "By Mira Halvorsen")
    assert analyze_text(page, ".html").title == "Analysis – The Ferry Tolls of the North"


def test_a_reports_part_label_before_its_subject_is_no_part_of_the_title():
    text = f"# Executive Summary: Harbour Tolls and the Second Ferry\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "Harbour Tolls and the Second Ferry"
    text = f"# Mémo : tarifs du second bac\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "tarifs du second bac"
    # -- guard: a title that only names the part stays whole
    text = f"# Executive Summary\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text, ".md").title == "Executive Summary"


def test_a_bylines_section_label_is_no_part_of_the_name():
    page = _page("Why the ferry tolls must come down", "Opinion by Mira Halvorsen")
    assert analyze_text(page, ".html").author == "Mira Halvorsen"


def test_a_text_files_yaml_header_is_its_front_matter():
    text = (
        '---\ntitle: "Harbour tolls must come down"\ndate: "2019-03-02"\n'
        'creators:\n  - "Halvorsen, Mira"\nsource: "THE HARBOUR POST"\n---\n\n'
        f"HARBOUR TOLLS MUST COME DOWN\n\n{BODY}\n\n{BODY}\n"
    )
    article = analyze_text(text)
    assert article.title == "Harbour tolls must come down"
    assert article.author == "Mira Halvorsen"
    assert article.date == "2019-03-02"
    # -- guard: a rule over the text declares nothing
    text = f"---\nHarbour tolls must come down\n---\n\n{BODY}\n\n{BODY}\n"
    assert analyze_text(text).title != "---"
    assert analyze_text(text).author is None


def test_a_listed_name_written_family_name_first_is_read_as_printed():
    text = (
        "---\ntitle: Harbour tolls\nauthors:\n  - Halvorsen, Mira\n  - Jo Li, PhD\n---\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    author = analyze_text(text, ".md").author
    assert author.startswith("Mira Halvorsen, Jo Li")
    assert "PhD Jo Li" not in author  # -- guard: a degree after a comma is no given name


def test_a_name_with_its_role_after_a_comma_under_the_title_is_the_byline():
    text = (
        "# Harbour tolls in the northern islands\n\n"
        "##### Mira Halvorsen, PhD Student at Harbour University\n\n"
        f"{BODY}\n\n## What the tolls cost\n\n{BODY}\n"
    )
    article = analyze_text(text, ".md")
    assert article.author == "Mira Halvorsen"
    assert all(
        s.heading != "Mira Halvorsen, PhD Student at Harbour University" for s in article.sections
    )
    # -- guard: two topics, a post's word among them, are no byline
    assert front._byline("Ferry Fares, Student Discounts") is None
    assert front._byline("Harbour Tolls, University Budgets") is None


def _cover_pdf(label: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 24)
    c.drawString(100, 640, "THE HARBOUR BOARD'S FERRY PROJECT:")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(100, 606, "TOLLS AND FARES FOR THE ISLANDS")
    c.setFont("Helvetica", 12)
    lines = (
        label,
        "Mira A. Halvorsen",
        "Marine Ecology Lab, School of Biological Sciences",
        "Tel: +61 (0)7 336 51671 | email: m.halvorsen@harbour.edu.au",
        "March, 2019",
    )
    for k, line in enumerate(lines):
        c.drawString(150, 420 - 24 * k, line)
    c.showPage()
    draw_body_pages(c)
    c.save()
    return out.getvalue()


def test_a_covers_title_keeps_one_colon_and_its_report_prepared_by_label_names_the_writer():
    pdf = _cover_pdf("Final technical report prepared by:")
    article = analyze(read_bytes(pdf, name="report.pdf", suffix=".pdf"))
    assert article.title.count(":") == 1
    assert article.author == "Mira A. Halvorsen"
    # -- guard: a name under some other line is no byline
    pdf = _cover_pdf("A report on the tolls:")
    article = analyze(read_bytes(pdf, name="report.pdf", suffix=".pdf"))
    assert article.author != "Mira A. Halvorsen"


def _sheet_pdf(kicker: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(612, 792))
    c.setTitle("Key points — Harbour Atlas")
    c.setFont("Helvetica", 9)
    c.drawString(72, 740, kicker)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(72, 700, "Where the ferry money goes")
    for page in range(2):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 640 if page == 0 else 720, f"Part {page + 1} of the plan")
        c.setFont("Helvetica", 11)
        words, line, top = (BODY + " ") * 12, "", 620 if page == 0 else 700
        for w in words.split():
            if len(line) + len(w) > 90:
                c.drawString(72, top, line)
                top, line = top - 14, ""
            line += w + " "
        c.drawString(72, top, line)
        c.showPage()
    c.save()
    return out.getvalue()


def test_a_title_printed_under_a_kicker_beats_the_files_title_property():
    pdf = _sheet_pdf("K E Y  P O I N T S · O N E  P A G E")
    assert (
        analyze(read_bytes(pdf, name="s.pdf", suffix=".pdf")).title == "Where the ferry money goes"
    )


def _news_page(record_headline: str) -> str:
    record = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "{record_headline}", "datePublished": "2021-05-04T10:00:00Z"}}'
    )
    return (
        "<html><head><title>Harbour row: Council plans new ferry tolls - THE POST</title>"
        '<meta property="og:title" content="Harbour row: Council plans new ferry tolls">'
        f'<script type="application/ld+json">{record}</script></head><body>'
        "<nav><h1 class='crumb small'>Harbour row: Council plans new ferry tolls</h1></nav>"
        "<article><h2><span class='top'>Vote in North Haven</span>"
        "<span class='big'>Council wants tolls back on the night ferry</span></h2>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


def test_the_headline_printed_under_its_kicker_as_the_record_declares_it_is_the_title():
    page = _news_page("Vote in North Haven: Council wants tolls back on the night ferry")
    assert analyze_text(page, ".html").title == "Council wants tolls back on the night ferry"
    # -- guard: a record declaring the SEO title leaves the declared title standing
    page = _news_page("Harbour row: Council plans new ferry tolls")
    assert analyze_text(page, ".html").title == "Harbour row: Council plans new ferry tolls"


def test_a_line_crediting_a_named_working_group_gives_the_author():
    text = (
        f"# Les péages du port\n\n{BODY}\n\n## Dans le détail\n\n"
        "Par le groupe de travail [Conseil du Port de Nordhavn](https://example.org)\n\n"
        f"{BODY}\n"
    )
    assert analyze_text(text, ".md").author == "Conseil du Port de Nordhavn"
    # -- guard: a sentence ending in a group's credit names no writer
    text = (
        f"# Les péages du port\n\n{BODY}\n\n## Dans le détail\n\n"
        "Le rapport fut rédigé par le groupe de travail du conseil.\n\n"
        f"{BODY}\n"
    )
    assert analyze_text(text, ".md").author is None


def test_the_maker_opening_a_deks_credit_strip_is_the_author():
    dek = "Ferry tolls across nine islands, read from the harbour's own books."
    text = f"# Where the ferry money goes\n\n{dek} Halvorsund · public data only · 2009–2024\n\n{BODY}\n"
    assert analyze_text(text, ".md").author == "Halvorsund"
    # -- guard: a strip opened by a heading word, or without a year, names no one
    text = (
        f"# Where the ferry money goes\n\n{dek} Summary · public data only · 2009–2024\n\n{BODY}\n"
    )
    assert analyze_text(text, ".md").author is None
    text = (
        f"# Where the ferry money goes\n\n{dek} Halvorsund · public data · open source\n\n{BODY}\n"
    )
    assert analyze_text(text, ".md").author is None

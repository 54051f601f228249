"""Turn an analysed article back into HTML, DOCX and PDF the way publishers lay them out (test fixtures)."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import io
from pathlib import Path

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.pdflayout import Line
from briefing_app.ingest.readers import read_bytes

FONTS = (
    Path(__file__).resolve().parents[3] / "assets" / "fonts"
)  # the bundled Noto, not a system font


# -- a paragraph of body text, and a text read as a file: the one-rule detection tests' fixtures
BODY = (
    "The committee met for three days in March and heard from forty witnesses about the state "
    "of the regional grid and what it will take to keep it running through another winter."
)


def analyze_text(text: str, suffix: str = ".txt"):
    """The article detection makes of ``text`` read as a file named ``doc`` + ``suffix``."""
    return analyze(read_bytes(text.encode("utf-8"), name=f"doc{suffix}", suffix=suffix))


def pdf_line(
    text: str,
    top: float,
    *,
    x0: float = 72.0,
    x1: float = 540.0,
    size: float = 11.0,
    bold: bool = False,
    page: int = 0,
    first_word: float = 0.0,
    page_height: float = 792.0,
) -> Line:
    """One line of a PDF page as the layout reader sees it (the PDF-layout tests' fixture):
    as tall as its type, its first word four ems wide unless given."""
    return Line(
        text=text,
        page=page,
        x0=x0,
        x1=x1,
        top=top,
        bottom=top + size,
        size=size,
        bold=bold,
        first_word_width=first_word or 4 * size,
        page_height=page_height,
    )


def draw_body_pages(c, pages: int = 3) -> None:
    """Pages of running text under a bold part heading each, after a made-up cover page."""
    for page in range(pages):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 720, f"Part {page + 1} of the Plan")
        c.setFont("Helvetica", 11)
        words, line, top = (BODY + " ") * 12, "", 700
        for w in words.split():
            if len(line) + len(w) > 90:
                c.drawString(72, top, line)
                top, line = top - 14, ""
            line += w + " "
        c.showPage()


def visible_date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%-d %B %Y")


def body_paragraphs(article) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, list(s.paragraphs)) for s in article.sections]


# -- HTML ------------------------------------------------------------------------------------

_BOILERPLATE_TOP = """
<header class="site-header"><a class="logo" href="/">{pub}</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/economy">Economy</a></li><li><a href="/subscribe">Subscribe today and save 50%</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search"></form></header>
<div class="ad-banner" id="ad-top">Advertisement: Fly business class to Dubai this winter from $999. Book now!</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a>
<a href="#">Email this article</a> <a href="#">Print</a></div>
"""
_BOILERPLATE_BOTTOM = """
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<aside class="related"><h3>Related articles</h3><ul>
<li><a href="/a">Why the pipeline deal collapsed and what comes next for the region</a></li>
<li><a href="/b">Ten things to watch at the summit in Vienna this spring</a></li>
<li><a href="/c">Opinion: the sanctions debate nobody wants to have this year</a></li></ul></aside>
<div class="newsletter">Sign up for our newsletter. Get the best analysis delivered to your inbox every morning.</div>
<div class="ad-box">Sponsored: These 7 gadgets are selling out fast</div>
<footer class="site-footer"><p>© 2021 {pub}. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>
<li><a href="/cookies">Cookie settings</a></li></ul></footer>
"""


def to_html(article, *, boilerplate: bool = True) -> bytes:
    """A saved article page with meta tags, a byline, h2 sections and (optionally) site clutter."""
    e = htmllib.escape
    pub = e(article.publication or "")
    head = [
        '<meta charset="utf-8">',
        f"<title>{e(article.title)} | {pub}</title>",
        f'<meta property="og:title" content="{e(article.title)}">',
        f'<meta property="og:site_name" content="{pub}">',
    ]
    if article.author:
        head.append(f'<meta name="author" content="{e(article.author)}">')
    if article.date:
        head.append(f'<meta property="article:published_time" content="{article.date}T09:00:00Z">')
    if article.standfirst:
        head.append(f'<meta name="description" content="{e(article.standfirst)}">')
    body = [f"<h1>{e(article.title)}</h1>"]
    if article.standfirst:
        body.append(f'<p class="standfirst">{e(article.standfirst)}</p>')
    if article.author:
        body.append(f'<p class="byline">by <a href="/authors/x">{e(article.author)}</a></p>')
    if article.date:
        body.append(f'<time datetime="{article.date}">{visible_date(article.date)}</time>')
    for heading, paras in body_paragraphs(article):
        if heading:
            body.append(f"<h2>{e(heading)}</h2>")
        body.extend(f"<p>{e(p)}</p>" for p in paras)
    if article.author_bio:
        body.append(f"<p><em>{e(article.author_bio)}</em></p>")
    page = (
        "<!DOCTYPE html><html lang='en'><head>"
        + "".join(head)
        + "</head><body>"
        + (_BOILERPLATE_TOP.format(pub=pub) if boilerplate else "")
        + "<main><article>"
        + "\n".join(body)
        + "</article></main>"
        + (_BOILERPLATE_BOTTOM.format(pub=pub) if boilerplate else "")
        + "</body></html>"
    )
    return page.encode("utf-8")


# -- DOCX ------------------------------------------------------------------------------------


def styled_pdf(rows: list[tuple[str, float, bool]]) -> bytes:
    """A PDF of (text, font size, bold) paragraphs in Noto, 10 pt roman being the body type."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    register_fonts()
    out = io.BytesIO()
    story = [
        Paragraph(
            text,
            ParagraphStyle(
                f"s{n}",
                fontName="NotoSans-Bold" if bold else "NotoSans",
                fontSize=size,
                leading=size + 3,
                spaceBefore=6 if bold else 0,
                spaceAfter=6,
            ),
        )
        for n, (text, size, bold) in enumerate(rows)
    ]
    SimpleDocTemplate(out, invariant=1).build(story)
    return out.getvalue()


def built_docx(build) -> bytes:
    """The bytes of a Word file ``build(document)`` fills in."""
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_docx(article) -> bytes:
    """A Word file: Title and Subtitle styles, Heading 1 sections, core properties set."""
    import docx

    d = docx.Document()
    props = d.core_properties
    props.title = article.title
    props.author = article.author or ""
    if article.date:
        props.created = dt.datetime.fromisoformat(article.date)
    d.add_paragraph(article.title, style="Title")
    if article.standfirst:
        d.add_paragraph(article.standfirst, style="Subtitle")
    if article.publication:
        d.add_paragraph(article.publication)
    if article.author:
        d.add_paragraph(f"by {article.author}")
    if article.date:  # -- the visible dateline; the creation date above is never the date --
        d.add_paragraph(visible_date(article.date))
    for heading, paras in body_paragraphs(article):
        if heading:
            d.add_heading(heading, level=1)
        for p in paras:
            d.add_paragraph(p)
    if article.author_bio:
        d.add_paragraph(article.author_bio).runs[0].italic = True
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# -- PDF -------------------------------------------------------------------------------------


def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "NotoSans" in pdfmetrics.getRegisteredFontNames():
        return
    for style, suffix in (("", "Regular"), ("-Bold", "Bold"), ("-Italic", "Italic")):
        pdfmetrics.registerFont(TTFont(f"NotoSans{style}", str(FONTS / f"NotoSans-{suffix}.ttf")))
    addMapping("NotoSans", 0, 0, "NotoSans")
    addMapping("NotoSans", 1, 0, "NotoSans-Bold")
    addMapping("NotoSans", 0, 1, "NotoSans-Italic")


def to_pdf(article, *, running_header: str | None = None, stand_size: float = 10) -> bytes:
    """A report-style PDF: big bold title, bold section headings, page header and page numbers."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    e = htmllib.escape
    body = ParagraphStyle(
        "body", fontName="NotoSans", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=7
    )
    small = ParagraphStyle("small", parent=body, fontSize=10, spaceAfter=3)
    title = ParagraphStyle(
        "title", fontName="NotoSans-Bold", fontSize=20, leading=24, spaceAfter=10
    )
    h2 = ParagraphStyle(
        "h2", fontName="NotoSans-Bold", fontSize=10, leading=13, spaceBefore=8, spaceAfter=5
    )
    stand = ParagraphStyle(
        "stand",
        parent=body,
        fontName="NotoSans-Italic",
        fontSize=stand_size,
        leading=stand_size * 1.3,
    )
    story = [Paragraph(e(article.title), title)]
    if article.publication:
        story.append(Paragraph(e(article.publication), small))
    if article.date:
        story.append(Paragraph(visible_date(article.date), small))
    story.append(Spacer(1, 4))
    if article.standfirst:
        story.append(Paragraph(e(article.standfirst), stand))
    if article.author:
        story.append(Paragraph(f"by {e(article.author)}", small))
    for heading, paras in body_paragraphs(article):
        if heading:
            story.append(Paragraph(e(heading), h2))
        story.extend(Paragraph(e(p), body) for p in paras)
    if article.author_bio:
        story.append(Paragraph(e(article.author_bio), stand))
    header = running_header or article.publication or ""

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("NotoSans", 8)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=article.title,
        author=article.author or "",
        invariant=1,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


def two_column_pdf(
    title: str,
    headings_and_paras: list[tuple[str | None, list[str]]],
    *,
    footer: str,
    header: str = "",
    gutter: float = 24,
) -> bytes:
    """A newsletter drawn line by line in two ragged-right columns, hyphenating long words at line ends."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas as pdfcanvas

    register_fonts()
    out = io.BytesIO()
    c = pdfcanvas.Canvas(out, pagesize=A4, invariant=1)
    width, height = A4
    margin, size, leading = 50, 10, 13
    col_w = (width - 2 * margin - gutter) / 2
    c.setFont("NotoSans-Bold", 18)
    c.drawString(margin, height - 70, title)
    columns = [margin, margin + col_w + gutter]
    state = {"col": 0, "y": height - 110, "page": 1}

    def page_furniture():
        c.setFont("NotoSans", 8)
        c.drawCentredString(width / 2, 40, f"{footer} · {state['page']}")
        if header:
            c.drawRightString(width - margin, height - 35, header)

    def newline(step=leading):
        state["y"] -= step
        if state["y"] < 70:
            if state["col"] == 0:
                state["col"], state["y"] = 1, height - 110
            else:
                c.setFont("NotoSans", 8)
                page_furniture()
                c.showPage()
                state["col"], state["y"], state["page"] = 0, height - 70, state["page"] + 1

    def draw_line(words, font):
        c.setFont(font, size)
        c.drawString(columns[state["col"]], state["y"], " ".join(words))
        newline()

    for heading, paras in headings_and_paras:
        if heading:
            newline(6)
            draw_line([heading], "NotoSans-Bold")
        for para in paras:
            line: list[str] = []
            for word in para.split():
                trial = " ".join([*line, word])
                if stringWidth(trial, "NotoSans", size) <= col_w:
                    line.append(word)
                    continue
                # -- hyphenate a long lowercase word at the line end, as typesetters do --
                if len(word) >= 9 and word.isalpha() and word.islower():
                    cut = len(word) // 2
                    head = f"{word[:cut]}-"
                    if stringWidth(" ".join([*line, head]), "NotoSans", size) <= col_w:
                        draw_line([*line, head], "NotoSans")
                        line = [word[cut:]]
                        continue
                draw_line(line, "NotoSans")
                line = [word]
            if line:
                draw_line(line, "NotoSans")
            newline(5)
    c.setFont("NotoSans", 8)
    page_furniture()
    c.showPage()
    c.save()
    return out.getvalue()


def import_path(*_args, **_kwargs) -> list[str]:
    """The limited child process's import path."""
    import sys

    return list(sys.path)


def sleep_forever(*_args, **_kwargs) -> None:
    """Stands in for a parser stuck on a malformed file (run in the limited child process)."""
    import time

    time.sleep(600)


def to_markdown(article) -> str:
    """Markdown with YAML front matter, the input pandoc turns into DOCX or HTML."""
    import yaml

    front = {"title": article.title, "author": article.author, "date": article.date}
    if article.standfirst:
        front["subtitle"] = article.standfirst
    lines = ["---", yaml.safe_dump(front, allow_unicode=True, sort_keys=False).strip(), "---", ""]
    for heading, paras in body_paragraphs(article):
        if heading:
            lines += [f"## {heading}", ""]
        for p in paras:
            lines += [p, ""]
    if article.author_bio:
        lines += [f"*{article.author_bio}*", ""]
    return "\n".join(lines)


def allocate_too_much(*_args, **_kwargs) -> int:
    """Stands in for a parser blowing up on a decompression bomb."""
    return len(bytearray(4 * 1024**3))


def footnoted_pdf(paragraphs: list[str], notes: list[str]) -> bytes:
    """A Word-style report: 11 pt body with superscript note markers, 8 pt notes at the page foot.

    ``paragraphs`` may carry ``<super>n</super>`` markers;
    page one prints ``notes`` at its foot.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    register_fonts()
    style = ParagraphStyle("b", fontName="NotoSans", fontSize=11, leading=15, spaceAfter=8)

    def foot(canvas, doc):
        canvas.saveState()
        canvas.setFont("NotoSans", 8)
        y = 40 + 11 * len(notes)
        canvas.line(72, y + 12, 200, y + 12)
        for n, note in enumerate(notes, start=1):
            canvas.drawString(72, y - 11 * (n - 1), f"{n} {note}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, bottomMargin=40 + 11 * len(notes) + 30, invariant=1)
    doc.build([Paragraph(p, style) for p in paragraphs], onFirstPage=foot)
    return out.getvalue()


def outline(article) -> list[tuple[str, int]]:
    """The article's headings with their levels, in reading order."""
    return [(s.heading, s.level) for s in article.sections if s.heading]


def sized(paragraph, size: float):
    """A python-docx paragraph whose runs are set in ``size`` points."""
    from docx.shared import Pt

    for run in paragraph.runs:
        run.font.size = Pt(size)
    return paragraph

"""Write tests/corpus/generated: documents whose outline is known because we lay them out.

Run:  PYTHONPATH=. python tests/corpus/make_generated.py

One report (title, author, date, chapters with sections and subsections, three
recommendations) is set the ways publishers set it: a reportlab PDF with
numbered headings ("2.3"), font-size levels, a running header and a two-column
chapter; a python-docx file with Heading 1–3 styles; an HTML page with h1–h4
and site clutter; Markdown with front matter and ## to ####; plain text with
numbered headings. Each file gets its ``.expected.json`` from the same outline,
so the benchmark (and CI) checks levels as well as headings. The output is
deterministic (reportlab's invariant mode, fixed DOCX core properties).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "generated"
FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"

TITLE = "Keeping the Lights On: Grid Resilience after the Winter Storms"
AUTHOR = "Marta Kowalczyk"
DATE = "2024-03-12"
SITE = "Energy Policy Review"

_P = (
    "{topic} was examined across the three regional operators between November and "
    "February, using outage logs, maintenance records and interviews with control-room staff. "
    "The pattern was consistent: where {topic_l} had been planned for, crews restored supply "
    "within hours; where it had not, customers waited days and the costs multiplied."
)
_Q = (
    "Operators reported that {topic_l} depended less on new equipment than on routines: "
    "who is called first, which spares are kept where, and how quickly decisions reach the "
    "field. Those routines differ widely between the regions and are rarely written down."
)

# (level, numbered heading text, number of paragraphs); level 1 = chapter
OUTLINE: list[tuple[int, str, str]] = [
    (1, "1", "Introduction"),
    (2, "1.1", "Scope of the review"),
    (2, "1.2", "Sources and method"),
    (1, "2", "What failed"),
    (2, "2.1", "Substations"),
    (3, "2.1.1", "Flooding at low-lying sites"),
    (3, "2.1.2", "Ageing protection relays"),
    (2, "2.2", "Distribution lines"),
    (2, "2.3", "Communication with customers"),
    (1, "3", "What worked"),
    (2, "3.1", "Mutual-aid crews"),
    (2, "3.2", "Mobile generation"),
]
RECOMMENDATIONS = [
    "Require operators to publish a winter readiness plan every September, with named "
    "owners for each critical substation.",
    "Create a shared reserve of transformers and protection relays that any regional "
    "operator can draw on within 24 hours.",
    "Establish a mutual-aid agreement between the three operators, tested in a joint "
    "exercise before each winter.",
]
REC_HEADING = (1, "4", "Recommendations")
REC_INTRO = "The regulator should act on three fronts before next winter:"


def _paragraphs(heading: str) -> list[str]:
    topic = heading[0].upper() + heading[1:]
    return [
        _P.format(topic=topic, topic_l=heading.lower()),
        _Q.format(topic_l=heading.lower()),
    ]


def expected(*, numbered: bool, levels: bool = True) -> dict:
    heads = [*OUTLINE, REC_HEADING]
    return {
        "title": TITLE,
        "author": AUTHOR,
        "date": DATE,
        "headings": [
            {"text": f"{n} {t}" if numbered else t, "level": lvl if levels else 1}
            for lvl, n, t in heads
        ],
        "recommendations": [r[:40] for r in RECOMMENDATIONS],
    }


def markdown() -> str:
    lines = ["---", f'title: "{TITLE}"', f"author: {AUTHOR}", f"date: {DATE}", "---", ""]
    for lvl, _, text in OUTLINE:
        lines += ["#" * (lvl + 1) + " " + text, ""]
        for p in _paragraphs(text):
            lines += [p, ""]
    lines += ["## Recommendations", "", REC_INTRO, ""]
    lines += [f"{n}. {r}" for n, r in enumerate(RECOMMENDATIONS, 1)] + [""]
    return "\n".join(lines)


def plain_text() -> str:
    when = dt.date.fromisoformat(DATE).strftime("%-d %B %Y")
    lines = [TITLE, "", f"By {AUTHOR}", when, ""]
    for _, n, text in OUTLINE:
        lines += [f"{n} {text}", ""]
        for p in _paragraphs(text):
            lines += [p, ""]
    lines += [f"{REC_HEADING[1]} {REC_HEADING[2]}", "", REC_INTRO, ""]
    lines += [f"({n}) {r}" for n, r in enumerate(RECOMMENDATIONS, 1)] + [""]
    return "\n".join(lines)


def page_html() -> str:
    e = html.escape
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{e(TITLE)} | {e(SITE)}</title>",
        f"<meta property='og:site_name' content='{e(SITE)}'>",
        f"<meta name='author' content='{e(AUTHOR)}'>",
        f"<meta property='article:published_time' content='{DATE}T08:00:00Z'>",
        "</head><body>",
        f"<header><h1 class='site'>{e(SITE)}</h1><nav><a href='/'>Home</a> "
        "<a href='/grid'>Grid</a> <a href='/subscribe'>Subscribe</a></nav></header>",
        f"<article><h1>{e(TITLE)}</h1><p class='byline'>By {e(AUTHOR)}</p>",
    ]
    for lvl, _, text in OUTLINE:
        parts.append(f"<h{lvl + 1}>{e(text)}</h{lvl + 1}>")
        parts += [f"<p>{e(p)}</p>" for p in _paragraphs(text)]
    parts.append("<h2>Recommendations</h2>")
    parts.append(f"<p>{e(REC_INTRO)}</p><ol>")
    parts += [f"<li>{e(r)}</li>" for r in RECOMMENDATIONS]
    parts.append("</ol></article>")
    parts.append(
        "<aside><h3>Other columns</h3><ul><li><a href='/a'>Why tariffs rise in spring</a></li>"
        "</ul></aside><footer><p>Sign up here for our weekly newsletter.</p>"
        f"<p>© 2024 {e(SITE)}</p></footer></body></html>"
    )
    return "\n".join(parts)


def word() -> bytes:
    import docx

    d = docx.Document()
    props = d.core_properties
    props.author, props.title = AUTHOR, TITLE
    props.created = props.modified = dt.datetime(2024, 3, 12, 9, 0)
    d.add_paragraph(TITLE, style="Title")
    when = dt.date.fromisoformat(DATE).strftime("%-d %B %Y")
    d.add_paragraph(f"By {AUTHOR}, {when}")
    for lvl, _, text in OUTLINE:
        d.add_heading(text, level=lvl)
        for p in _paragraphs(text):
            d.add_paragraph(p)
    d.add_heading("Recommendations", level=1)
    d.add_paragraph(REC_INTRO)
    for r in RECOMMENDATIONS:
        d.add_paragraph(r, style="List Number")
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def pdf() -> bytes:
    """Numbered headings sized by level, a running header, chapter 2 set in two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
    )

    for name, file in (
        ("NotoSans", "NotoSans-Regular.ttf"),
        ("NotoSans-Bold", "NotoSans-Bold.ttf"),
    ):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    body = ParagraphStyle("body", fontName="NotoSans", fontSize=10, leading=13.5, spaceAfter=6)
    sizes = {1: 15, 2: 12.5, 3: 10.5}
    heads = {
        lvl: ParagraphStyle(
            f"h{lvl}",
            fontName="NotoSans-Bold",
            fontSize=s,
            leading=s * 1.3,
            spaceBefore=8,
            spaceAfter=4,
        )
        for lvl, s in sizes.items()
    }
    title = ParagraphStyle("title", fontName="NotoSans-Bold", fontSize=22, leading=27, spaceAfter=8)

    def running_header(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("NotoSans", 8)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, f"{SITE} — Grid resilience review")
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, str(doc.page))
        canvas.restoreState()

    width, height = A4[0] - 40 * mm, A4[1] - 45 * mm
    one = Frame(20 * mm, 20 * mm, width, height, id="one")
    gap = 8 * mm
    col = (width - gap) / 2
    two = [
        Frame(20 * mm, 20 * mm, col, height, id="left"),
        Frame(20 * mm + col + gap, 20 * mm, col, height, id="right"),
    ]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, invariant=1, title=TITLE, author=AUTHOR)
    doc.addPageTemplates(
        [
            PageTemplate("one", [one], onPage=running_header),
            PageTemplate("two", two, onPage=running_header),
        ]
    )
    when = dt.date.fromisoformat(DATE).strftime("%-d %B %Y")
    story = [Paragraph(TITLE, title), Paragraph(f"By {AUTHOR}", body), Paragraph(when, body)]
    for lvl, n, text in OUTLINE:
        if n == "2":
            story += [NextPageTemplate("two"), PageBreak()]
        if n == "3":
            story += [NextPageTemplate("one"), PageBreak()]
        story.append(Paragraph(f"{n} {text}", heads[lvl]))
        story += [Paragraph(p, body) for p in _paragraphs(text)]
    story.append(Paragraph(f"{REC_HEADING[1]} {REC_HEADING[2]}", heads[1]))
    story.append(Paragraph(REC_INTRO, body))
    story += [Paragraph(f"({n}) {r}", body) for n, r in enumerate(RECOMMENDATIONS, 1)]
    doc.build(story)
    return buffer.getvalue()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    files = {
        "gen-report.md": (markdown().encode("utf-8"), expected(numbered=False)),
        "gen-report.html": (page_html().encode("utf-8"), expected(numbered=False)),
        "gen-report.docx": (word(), expected(numbered=False)),
        "gen-report.txt": (plain_text().encode("utf-8"), expected(numbered=True)),
        "gen-report.pdf": (pdf(), expected(numbered=True)),
    }
    for name, (data, truth) in files.items():
        (OUT / name).write_bytes(data)
        stem = name.rsplit(".", 1)[0] + "-" + name.rsplit(".", 1)[1]
        (OUT / name).rename(OUT / f"{stem}.{name.rsplit('.', 1)[1]}")
        (OUT / f"{stem}.expected.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"wrote {stem}")


if __name__ == "__main__":
    main()

"""Builders shared by the deck tests: synthetic briefings and third-party-style templates."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches

from briefing_app.core.article import Article, KeyFigure, Recommendation, Section
from briefing_app.core.briefing import Briefing
from briefing_app.core.document import Document

LOREM = (
    "The delegation reviewed the corridor agreement and the border commission's mandate "
    "before the ministers met in Geneva to settle the remaining questions of transit, "
    "customs, security guarantees and the return of displaced families"
)


def long_text(sentences: int, seed: int = 0) -> str:
    """Deterministic prose of ``sentences`` sentences, each slightly different."""
    return " ".join(f"{LOREM} (item {seed}.{i})." for i in range(sentences))


def _section(n: int, summary: str, heading: str | None = None) -> Section:
    return Section(
        id=f"s-{n:05d}",
        heading=heading if heading is not None else f"Section {n}",
        paragraphs=(summary,),
        spans=((0, len(summary)),),
        paragraph_numbers=(n + 1,),
        summary=summary,
        summary_spans=((0, len(summary)),),
    )


def _recommendation(n: int, headline: str, summary: str) -> Recommendation:
    return Recommendation(
        id=f"r-{n:05d}",
        ordinal=n + 1,
        section_id="s-00000",
        headline=headline,
        text=summary,
        summary=summary,
        paragraphs=(summary,),
        spans=((0, len(summary)),),
        paragraph_numbers=(40 + n,),
    )


def synthetic_briefing(*, sections=None, recommendations=None, figures=True) -> Briefing:
    """A briefing over a hand-built article (no detection involved)."""
    sections = sections or [_section(0, long_text(2))]
    doc = Document(text="synthetic", blocks=(), source_name="synthetic.txt")
    article = Article(
        title="A synthetic briefing on regional transit",
        source=doc,
        standfirst="What the talks agreed, and what is still open.",
        author="Test Author",
        publication="Test Review",
        date="2024-05-01",
        sections=tuple(sections),
        recommendations=tuple(recommendations or ()),
        key_figures=(KeyFigure("$53.5 billion", "The estimated damage."),) if figures else (),
    )
    return Briefing.from_article(article)


def long_briefing() -> Briefing:
    """Long, hostile content: long sections, a 600-character word, scripts, emoji, markup."""
    hostile = (
        "Ереван and Bakı met; Հայաստան ու Ադրբեջան; שלום עליכם; مرحبا بالعالم; "
        "R&D <b>not bold</b> 0.1 < a & b > c; flags 🇦🇲🇦🇿 and 👍🏽 emoji."
    )
    sections = [
        _section(0, long_text(14, 0), heading=None),
        _section(1, long_text(4, 1) + " " + "x" * 600 + " end."),
        _section(2, hostile, heading="Scripts & <markup> in “quotes”"),
        _section(3, long_text(2, 3), heading="Section 3 " + "very long heading " * 12),
    ]
    recs = [
        _recommendation(n, f"Recommendation headline number {n}", long_text(3, n)) for n in range(8)
    ]
    return synthetic_briefing(sections=sections, recommendations=recs)


# -- third-party-style templates -----------------------------------------------------------


def third_party_template(
    folder: Path,
    name: str,
    *,
    width: float = 10.0,
    height: float = 7.5,
    font: str = "Times New Roman",
    sample_slides: int = 3,
    keep_only: tuple[str, ...] | None = None,
    potx: bool = False,
) -> Path:
    """A template unlike ours: other layout names and order, size, fonts and sample slides."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(width), Inches(height)
    _set_theme_font(prs, font)
    master = prs.slide_master
    if keep_only is not None:
        for layout in list(master.slide_layouts):
            if layout.name not in keep_only:
                master.slide_layouts.remove(layout)
    for layout in master.slide_layouts:
        layout.name = f"Vorlage {layout.name[::-1]}"  # -- names nobody could match on --
    ids = master._element.sldLayoutIdLst
    for child in list(ids)[::-1]:  # -- and reversed order, so index 1 is not "Title and Content" --
        ids.append(child)
    for n in range(sample_slides):
        slide = prs.slides.add_slide(master.slide_layouts[-1])
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1))
        box.text_frame.text = f"SAMPLE SLIDE {n} — delete me"
    buffer = io.BytesIO()
    prs.save(buffer)
    data = buffer.getvalue()
    suffix = ".potx" if potx else ".pptx"
    if potx:
        data = _as_potx(data)
    path = folder / f"{name}{suffix}"
    path.write_bytes(data)
    return path


def _set_theme_font(prs, font: str) -> None:
    from lxml import etree

    part = prs.slide_master.part.part_related_by(RT.THEME)
    theme = etree.fromstring(part.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    for latin in theme.xpath("//a:fontScheme/*/a:latin", namespaces=ns):
        latin.set("typeface", font)
    part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def _as_potx(data: bytes) -> bytes:
    presentation = b"presentationml.presentation.main+xml"
    template = b"presentationml.template.main+xml"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(presentation, template)
            dst.writestr(info, body)
    return out.getvalue()


def slide_texts(path: Path) -> list[str]:
    """Each slide's text as python-pptx reads it, shapes in tree order."""
    prs = Presentation(str(path))
    return [
        "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        for slide in prs.slides
    ]

"""Points under counted topic headings, each heading over its own bullets, are advice."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text

_POINTS = (
    "- Every ferry must carry a working radio at all times.\n"
    "- Check the life rafts before each crossing.\n\n"
)


def _brief(heads: list[str]) -> str:
    parts = "".join(f"## {h}\n\n{_POINTS}" for h in heads)
    return f"# Safe harbour crossings\n\n## Aim\n\n{BODY}\n\n{parts}"


def test_bullets_under_counted_topic_headings_are_recommendations():
    article = analyze_text(_brief(["1. Radio Contact", "2. Rafts & Rescue"]), ".md")
    texts = [r.text for r in article.recommendations]
    assert len(texts) == 4, texts
    assert all(not t.startswith(("1.", "2.", "Radio", "Rafts")) for t in texts)


def test_counted_headings_over_descriptive_bullets_stay_prose():
    points = "- Crossings rose by a third last year.\n- The old pier closed in May.\n\n"
    heads = "".join(f"## {h}\n\n{points}" for h in ("1. Traffic", "2. Piers"))
    article = analyze_text(f"# Harbour review\n\n## Aim\n\n{BODY}\n\n{heads}", ".md")
    assert [r.text for r in article.recommendations] == []


def _brief_pdf(lines: list[tuple[str, str]]) -> bytes:
    """A PDF of (style, text) lines: "h" a bold heading, "b" bold body type, "-" a bullet."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from tests.unit.ingest import builders

    builders.register_fonts()
    styles = {
        "h": ParagraphStyle("h", fontName="NotoSans-Bold", fontSize=14, leading=18, spaceAfter=6),
        "p": ParagraphStyle("p", fontName="NotoSans", fontSize=10, leading=13, spaceAfter=6),
        "b": ParagraphStyle("b", fontName="NotoSans-Bold", fontSize=10, leading=13, spaceAfter=6),
        "-": ParagraphStyle(
            "l", fontName="NotoSans", fontSize=10, leading=13, leftIndent=18, bulletIndent=6
        ),
    }
    story = [Paragraph(t, styles[s], bulletText="•" if s == "-" else None) for s, t in lines]
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build(story)
    return out.getvalue()


def test_bold_counted_parts_over_bullets_after_an_aim_are_sections_and_advise():
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.pdf import parse_pdf

    points = [
        ("-", "Every ferry must carry a working radio at all times."),
        ("-", "Check the life rafts before each crossing."),
    ]
    pdf = _brief_pdf(
        [
            ("h", "Safe harbour crossings"),
            ("h", "Aim:"),
            ("p", "To set out how the ferries of the bay keep their passengers safe at sea."),
            ("b", "1. Radio Contact"),
            *points,
            ("b", "2. Rafts & Rescue"),
            *points,
            ("h", "Review:"),
            ("p", "This plan is looked at again every spring by the harbour board."),
        ]
    )
    article = analyze(parse_pdf(pdf, name="brief.pdf"))
    headings = [s.heading for s in article.sections if s.heading]
    assert "1. Radio Contact" in headings and "2. Rafts & Rescue" in headings, headings
    assert len(article.recommendations) == 4, [r.text for r in article.recommendations]

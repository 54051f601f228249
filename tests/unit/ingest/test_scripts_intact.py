"""Reading and structure detection leave Arabic, Persian, Hebrew and CJK text as written.

The same article as text, Markdown, HTML (right-to-left paragraphs marked
``dir="rtl"``, as saved web pages do) and DOCX: every paragraph comes back
whole (not reversed, not split) and every one of the ten names is found.
"""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

import docx
import pytest

from briefing_app.core.scripts import is_rtl
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_document
from tests.conftest import TEN_NAMES, TEN_NAMES_ARTICLE

ARTICLE = TEN_NAMES_ARTICLE
NAMES = TEN_NAMES


def _paragraphs() -> list[str]:
    return [p.strip() for p in ARTICLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def _write(fmt: str, folder: Path) -> Path:
    paragraphs = _paragraphs()
    path = folder / f"article.{fmt}"
    if fmt == "txt":
        path.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    elif fmt == "md":
        body = [f"# {paragraphs[0]}", *paragraphs[1:]]
        body = [
            f"## {p}" if p in ("Regional positions", "East Asian positions") else p for p in body
        ]
        path.write_text("\n\n".join(body), encoding="utf-8")
    elif fmt == "html":
        parts = [f"<h1>{html.escape(paragraphs[0])}</h1>"]
        for p in paragraphs[1:]:
            direction = ' dir="rtl"' if is_rtl(p) else ""
            parts.append(f"<p{direction}>{html.escape(p)}</p>")
        page = (
            f'<html><head><meta charset="utf-8"><title>{html.escape(paragraphs[0])}</title></head>'
        )
        path.write_text(f"{page}<body><article>{''.join(parts)}</article></body></html>", "utf-8")
    else:
        document = docx.Document()
        document.add_heading(paragraphs[0], level=1)
        for p in paragraphs[1:]:
            document.add_paragraph(p)
        document.save(str(path))
    return path


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx"])
def test_every_paragraph_and_name_survives_reading_and_detection(fmt, tmp_path):
    article = analyze(read_document(_write(fmt, tmp_path)))
    found = [
        unicodedata.normalize("NFC", " ".join(text.split()))
        for item in (*article.sections, *article.recommendations)
        for text in item.paragraphs
    ]
    body = "\n".join(found)
    for paragraph in _paragraphs():
        if is_rtl(paragraph) or paragraph.startswith("中华"):
            assert paragraph in found, f"{fmt}: paragraph changed: {paragraph[:30]}"
    for name in NAMES:
        assert name in body, f"{fmt}: {name} lost"

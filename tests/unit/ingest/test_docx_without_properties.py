"""A Word file written without core properties has no title: not python-docx's "Word Document"."""

from __future__ import annotations

import io
import re
import zipfile

import docx

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx

CORE = "docProps/core.xml"


def _without_core_properties() -> bytes:
    document = docx.Document()
    document.add_paragraph("Last spring the department moved its newsletters to a new service.")
    document.add_paragraph("The move took two weeks and cost less than the old contract.")
    saved = io.BytesIO()
    document.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename == CORE:
                continue
            data = src.read(item.filename)
            if item.filename == "_rels/.rels":  # -- drop the package's link to the part too
                data = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", data)
            dst.writestr(item, data)
    return out.getvalue()


def test_no_made_up_title_or_author():
    data = _without_core_properties()
    assert CORE not in zipfile.ZipFile(io.BytesIO(data)).namelist()
    article = analyze(parse_docx(data, name="newsletter-move.docx"))
    assert article.title != "Word Document"
    assert article.author is None


def test_a_stored_title_property_is_still_read():
    document = docx.Document()
    document.core_properties.title = "Moving the newsletters"
    document.add_paragraph("Last spring the department moved its newsletters to a new service.")
    saved = io.BytesIO()
    document.save(saved)
    article = analyze(parse_docx(saved.getvalue(), name="x.docx"))
    assert article.title == "Moving the newsletters"

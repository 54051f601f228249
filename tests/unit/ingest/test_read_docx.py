"""Word files: heading styles, numbered and bulleted lists, core properties, hostile packages."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest

from briefing_app.core.errors import UserError
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.docx import parse_docx


def _save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def report() -> bytes:
    d = docx.Document()
    d.core_properties.title = "Port Security Review"
    d.core_properties.author = "Maria Lopez"
    d.core_properties.created = dt.datetime(2024, 3, 14, 9, 0)
    d.add_paragraph("The review covered twelve ports and interviewed customs staff at each.")
    d.add_heading("Findings", level=1)
    d.add_paragraph("Screening capacity has not kept pace with container volumes.")
    d.add_paragraph("Scanner downtime averaged nine days a year", style="List Bullet")
    d.add_paragraph("Two ports shared a single radiation monitor", style="List Bullet")
    d.add_heading("Detail by port", level=2)
    d.add_paragraph("Smaller ports rely on manual inspection of manifests.")
    d.add_heading("Recommendations", level=1)
    d.add_paragraph("The ministry should take the following steps:")
    d.add_paragraph("Fund a second scanner at each major port.", style="List Number")
    d.add_paragraph("Create a shared maintenance contract for all scanners.", style="List Number")
    d.add_paragraph("Train customs staff in risk-based targeting.", style="List Number")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Port", "Containers"
    table.cell(1, 0).text, table.cell(1, 1).text = "Poti", "410,000"
    return _save(d)


def test_heading_styles_become_headings_with_levels(report):
    doc = parse_docx(report, name="r.docx")
    assert [(b.level, b.text) for b in doc.blocks if b.kind == "heading"] == [
        (1, "Findings"),
        (2, "Detail by port"),
        (1, "Recommendations"),
    ]


def test_bulleted_and_numbered_lists_are_lists(report):
    doc = parse_docx(report, name="r.docx")
    items = [(b.ordered, b.text[:10]) for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        (False, "Scanner do"),
        (False, "Two ports "),
        (True, "Fund a sec"),
        (True, "Create a s"),
        (True, "Train cust"),
    ]


def test_core_properties_become_metadata_but_not_the_creation_date(report):
    doc = parse_docx(report, name="r.docx")
    # -- the file's creation date is the day it was saved, not a publication date --
    assert doc.metadata == {
        "title": "Port Security Review",
        "author": "Maria Lopez",
        "language": "en-US",  # -- the style defaults' language: how numeric dates are written
    }


def test_table_rows_are_kept_as_a_table(report):
    doc = parse_docx(report, name="r.docx")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert table.rows == (("Port", "Containers"), ("Poti", "410,000"))
    assert "Poti — Containers: 410,000." in doc.text


def test_numbered_list_after_an_announcement_gives_recommendations(report):
    article = analyze(parse_docx(report, name="r.docx"))
    assert article.title == "Port Security Review"
    assert [(s.heading, s.level) for s in article.sections] == [
        (None, 1),
        ("Findings", 1),
        ("Detail by port", 2),
        ("Recommendations", 1),
    ]
    by_heading = {s.heading: s for s in article.sections}
    assert by_heading["Detail by port"].parent_id == by_heading["Findings"].id
    assert [r.headline[:10] for r in article.recommendations] == [
        "Fund a sec",
        "Create a s",
        "Train cust",
    ]


def test_document_without_headings_and_default_properties():
    d = docx.Document()
    for n in range(3):
        d.add_paragraph(f"Paragraph {n} of a memo written without any heading styles at all.")
    doc = parse_docx(_save(d), name="memo.docx")
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 3
    # -- python-docx's template author and 2013 date are not facts; its language says how the
    # -- text would write a numeric date, nothing more
    assert doc.metadata == {"language": "en-US"}


def test_login_name_author_is_not_taken_for_a_byline():
    d = docx.Document()
    d.core_properties.author = "jsmith"
    d.add_paragraph("Some text of the note.")
    assert "author" not in parse_docx(_save(d), name="n.docx").metadata


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    d = docx.Document()
    d.add_paragraph("placeholder")
    data = _save(d)
    src = zipfile.ZipFile(io.BytesIO(data))
    body = src.read("word/document.xml").decode()
    evil = body.replace(
        "<w:document", f'<!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>\n<w:document', 1
    ).replace("placeholder", "before &x; after")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            z.writestr(item, evil if item.filename == "word/document.xml" else src.read(item))
    try:
        doc = parse_docx(out.getvalue(), name="evil.docx")
    except UserError:
        return
    assert "TOPSECRET" not in doc.text


def test_zip_bomb_is_refused_before_parsing():
    d = docx.Document()
    d.add_paragraph("x")
    src = zipfile.ZipFile(io.BytesIO(_save(d)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item.filename, src.read(item))
        z.writestr("word/media/padding.bin", b"\0" * (64 * 1024 * 1024))
    with pytest.raises(UserError, match="implausibly large"):
        parse_docx(out.getvalue(), name="bomb.docx")


def test_tracked_insertions_are_read_and_deletions_are_not():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    para = d.add_paragraph("The ministry ")
    para._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">'
            '<w:r><w:t xml:space="preserve">must </w:t></w:r></w:ins>'
        )
    )
    para._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z">'
            "<w:r><w:delText>could </w:delText></w:r></w:del>"
        )
    )
    para.add_run("act now.")
    assert parse_docx(_save(d), name="draft.docx").text == "The ministry must act now."


def test_table_of_contents_lines_are_skipped():
    d = docx.Document()
    d.add_paragraph("Findings\t3", style=d.styles.add_style("toc 1", 1))
    d.add_heading("Findings", level=1)
    d.add_paragraph("Body text of the findings section.")
    doc = parse_docx(_save(d), name="toc.docx")
    assert [b.text for b in doc.blocks] == ["Findings", "Body text of the findings section."]

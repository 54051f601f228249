"""DOCX text boxes (issue 19): their text is read once, after the paragraph they are anchored in."""

from __future__ import annotations

from briefing_app.ingest.readers import read_bytes
from tests.hostile_builders import entries, plain_docx, repack


def with_text_box(data: bytes, text: str) -> bytes:
    parts = entries(data)
    body = parts["word/document.xml"].decode()
    box = (
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>'
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    body = body.replace("<w:sectPr", box + "<w:sectPr", 1)
    parts["word/document.xml"] = body.encode()
    return repack(parts)


def test_text_box_text_is_read_once_in_place():
    data = with_text_box(
        plain_docx("A paragraph of the article with enough words to be one."),
        "Boxed statistic: 42 percent of voters agree.",
    )
    text = read_bytes(data, name="b.docx", suffix=".docx").text
    assert text.count("Boxed statistic: 42 percent of voters agree.") == 1
    assert text.index("A paragraph of the article") < text.index("Boxed statistic")

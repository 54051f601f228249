"""Decoding (issue 19): UTF-32 is text, declared charsets that are not text encodings are ignored."""

from __future__ import annotations

import pytest

from briefing_app.ingest.decode import decode_html, decode_text
from briefing_app.ingest.readers import read_bytes

TEXT = "Título: Привет. A plain article with a heading and a paragraph of words.\n" * 3


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16"])
def test_wide_unicode_files_are_decoded(encoding):
    data = TEXT.encode(encoding)
    assert decode_text(data, name="a.txt").lstrip("\ufeff") == TEXT


def test_binary_with_nuls_is_still_binary():
    with pytest.raises(Exception, match="binary"):
        decode_text(bytes(range(256)) * 8, name="b.txt")


@pytest.mark.parametrize(
    "charset", ["hex", "rot13", "base64", "zip", "bz2", "idna", "punycode", "utf-32", "nonsense"]
)
def test_non_text_charsets_fall_back_to_the_text_rules(charset):
    page = (
        f'<html><head><meta charset="{charset}"><title>T</title></head>'
        "<body><h1>Head</h1><p>Some words é.</p></body></html>"
    )
    assert "Some words é." in decode_html(page.encode("utf-8"), name="p.html")


def test_a_non_text_charset_in_a_web_archive_is_one_page_not_a_traceback():
    mhtml = (
        "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
        "Content-Type: text/html; charset=idna\r\n\r\n"
        "<html><body><h1>Head</h1><p>"
        + "Text of the page. " * 20
        + "</p></body></html>\r\n--B--\r\n"
    )
    document = read_bytes(mhtml.encode("ascii"), name="p.mhtml", suffix=".mhtml")
    assert "Text of the page." in document.text

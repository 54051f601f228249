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


def test_a_page_resaved_as_utf8_under_its_old_declaration_reads_as_utf8():
    """A Chinese page saved again as UTF-8 still says gb2312: the bytes decide (found blind)."""
    text = "<p>DeepMind新电脑已可利用记忆自学，人工智能迈上新台阶。</p>"
    page = b'<meta charset="gb2312">' + text.encode("utf-8")
    assert text in decode_html(page, name="p.html")


def test_a_page_in_its_declared_charset_keeps_it():
    text = "<p>人工智能迈上新台阶。Привет</p>"
    for charset in ("gb18030", "windows-1251"):
        body = text if charset == "gb18030" else "<p>Привет, мир</p>"
        page = f'<meta charset="{charset}">'.encode() + body.encode(charset)
        assert body in decode_html(page, name="p.html")

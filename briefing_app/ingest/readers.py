"""Pick a reader by what a file is (magic bytes first, then suffix) and turn it into a Document."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefing_app.core.document import Document
from briefing_app.core.errors import UserError
from briefing_app.files.inputs import MAX_INPUT_BYTES, read_limited
from briefing_app.files.limits import DEFAULT_TIMEOUT_S, run_limited
from briefing_app.ingest.decode import decode_html, decode_text, html_from_mhtml
from briefing_app.ingest.text import parse_text

MAX_BYTES = MAX_INPUT_BYTES
SECONDS_PER_MB = 20.0
MAX_TIMEOUT_S = 600.0
TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MHTML_SUFFIXES = {".mht", ".mhtml"}
SUPPORTED = "open a .txt, .md, .html, .mhtml, .docx or .pdf file"
_IMAGES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}
_OTHER_ZIPS = {
    "ppt/presentation.xml": "is a PowerPoint presentation, not an article",
    "xl/workbook.xml": "is an Excel workbook, not an article",
    "content.xml": "is an OpenDocument file; save it as .docx or PDF and open that",
    "META-INF/container.xml": "is an e-book (EPUB); save the chapter you need as .docx or PDF",
}


def read_document(path: Path | str, *, timeout: float | None = None) -> Document:
    """Read an article file into blocks, or raise a UserError naming the problem."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} is a folder, not an article file.")
    data = read_limited(path, what=str(path), limit=MAX_BYTES)
    return read_bytes(data, name=path.name, suffix=path.suffix, timeout=timeout)


def read_bytes(data: bytes, *, name: str, suffix: str, timeout: float | None = None) -> Document:
    """Dispatch on the content, then the suffix; the same path serves files and pasted text.

    PDF, Word and HTML are parsed in a child process with a time limit so a
    malformed file cannot hang the app; by default the limit grows with the
    file size (a 300-page report takes about a minute on a slow laptop).
    """
    suffix = suffix.lower()
    if timeout is None:
        timeout = min(MAX_TIMEOUT_S, DEFAULT_TIMEOUT_S + SECONDS_PER_MB * len(data) / 2**20)
    if not data.strip():
        raise UserError(f"{name} is empty.")
    kind = sniff(data)
    if kind == "pdf":
        # -- deferred: each format's parser on first use (start-up time) --
        from briefing_app.ingest.pdf import parse_pdf

        return run_limited(parse_pdf, data, what=name, timeout=timeout, kwargs={"name": name})
    if kind == "zip":
        return _read_zip(data, name=name, timeout=timeout)
    _refuse_known_binaries(kind, name=name, suffix=suffix)
    if kind in ("html", "mhtml") or suffix in HTML_SUFFIXES | MHTML_SUFFIXES:
        # -- deferred: each format's parser on first use (start-up time) --
        from briefing_app.ingest.html import parse_html

        mhtml = kind == "mhtml" or suffix in MHTML_SUFFIXES
        html = html_from_mhtml(data, name=name) if mhtml else decode_html(data, name=name)
        return run_limited(parse_html, html, what=name, timeout=timeout, kwargs={"name": name})
    if suffix in MARKDOWN_SUFFIXES:
        from briefing_app.ingest.markdown import parse_markdown  # -- deferred: YAML, on first use

        return parse_markdown(decode_text(data, name=name), name=name)
    if suffix in TEXT_SUFFIXES:
        return parse_text(decode_text(data, name=name), name=name)
    raise UserError(f"{name}: unsupported file type {suffix!r}; {SUPPORTED}.")


def sniff(data: bytes) -> str | None:
    """What the bytes say the file is: pdf, zip, ole, rtf, image, html or mhtml; None for text."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if any(data.startswith(magic) for magic in _IMAGES):
        return "image"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"from: <saved by", b"mime-version:")) and b"multipart/related" in start:
        return "mhtml"
    if start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith(b"<?xml") and b"<html" in start
    ):
        return "html"
    return None


def _read_zip(data: bytes, *, name: str, timeout: float) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UserError(f"{name} is a damaged ZIP file and cannot be read.") from None
    if "word/document.xml" in names:
        # -- deferred: each format's parser on first use (start-up time) --
        from briefing_app.ingest.docx import parse_docx

        return run_limited(parse_docx, data, what=name, timeout=timeout, kwargs={"name": name})
    what = next(
        (label for part, label in _OTHER_ZIPS.items() if part in names),
        f"is a ZIP archive, not an article; {SUPPORTED}",
    )
    raise UserError(f"{name} {what}.")


def _refuse_known_binaries(kind: str | None, *, name: str, suffix: str) -> None:
    """One sentence for formats we recognise but do not read, and for files that lie about type."""
    if kind == "ole":
        raise UserError(
            f"{name} is an old-style Office (.doc) file or a password-protected document; "
            "save it as .docx or PDF without a password and open that."
        )
    if kind == "rtf":
        raise UserError(f"{name} is an RTF file; save it as .docx or PDF and open that.")
    if kind == "image":
        raise UserError(
            f"{name} is an image, not text; run it through OCR or open the text version."
        )
    if suffix == ".pdf":
        raise UserError(f"{name} is not a PDF file (it is damaged or was renamed).")
    if suffix in (".docx", ".docm", ".dotx"):
        raise UserError(f"{name} is not a Word .docx file (it is damaged or was renamed).")
    if suffix == ".doc":
        raise UserError(f"{name} is not a Word file we can read; save it as .docx or PDF.")

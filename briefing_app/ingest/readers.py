"""Pick a reader by file type and turn a file into a Document; unknown formats get one sentence."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.document import Document
from briefing_app.core.errors import UserError
from briefing_app.ingest.decode import decode_text
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.text import parse_text

MAX_BYTES = 100 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def read_document(path: Path | str) -> Document:
    """Read an article file into blocks, or raise a UserError naming the problem."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    if path.is_dir():
        raise UserError(f"{path} is a folder, not an article file.")
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(f"{path} is too large ({size // 2**20} MB; the limit is 100 MB).")
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    return read_bytes(data, name=path.name, suffix=suffix)


def read_bytes(data: bytes, *, name: str, suffix: str) -> Document:
    """Dispatch on the file suffix; the same path serves files and pasted text."""
    if suffix in MARKDOWN_SUFFIXES:
        return parse_markdown(decode_text(data, name=name), name=name)
    if suffix in TEXT_SUFFIXES:
        return parse_text(decode_text(data, name=name), name=name)
    raise UserError(
        f"{name}: unsupported file type {suffix!r}; open a .txt, .md, .html, .docx or .pdf file."
    )

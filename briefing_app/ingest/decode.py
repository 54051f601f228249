"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else a detected legacy encoding."""

from __future__ import annotations

import codecs

from briefing_app.core.errors import UserError


def decode_text(data: bytes, *, name: str) -> str:
    """Decode a text file the way a careful editor would, or raise one clear UserError."""
    if not data.strip():
        raise UserError(f"{name} is empty.")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise UserError(f"{name} looks like a binary file, not text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best else "cp1252"
    return data.decode(encoding, errors="replace")

"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 or a detected encoding."""

from __future__ import annotations

import codecs
import re

from briefing_app.core.errors import UserError

_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NOT_PAGE_CHARSETS = ("utf-16", "utf-32", "idna", "punycode", "raw-unicode", "unicode-escape")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_text(data: bytes, *, name: str) -> str:
    """Decode a text file the way a careful editor would, or raise one clear UserError."""
    if not data.strip():
        raise UserError(f"{name} is empty.")
    text = _decode_bom(data)
    if text is None:
        if b"\x00" in data[:4096]:
            raise UserError(f"{name} looks like a binary file, not text.")
        text = _decode_guess(data)
    if len(_CONTROL.findall(text[:4096])) > max(8, len(text[:4096]) // 20):
        raise UserError(f"{name} looks like a binary file, not text.")
    if not text.strip():
        raise UserError(f"{name} is empty.")
    return text


def decode_html(data: bytes, *, name: str) -> str:
    """Decode an HTML page: BOM first, then its own <meta charset>, then the text rules."""
    if _decode_bom(data) is None and (m := _META_CHARSET.search(data[:8192])):
        label = m.group(1).decode("ascii").lower()
        text = _decode_declared(data, label)
        if text is not None and text.strip():
            return text
    return decode_text(data, name=name)


def _decode_declared(data: bytes, label: str) -> str | None:
    """``data`` decoded with the charset a page declares; None if that is no usable text encoding.

    Python's codec registry also holds byte and string transforms (hex,
    base64, zip, rot13) and IDNA, which are not character sets a page can be
    written in; those are ignored, as a browser would. Non-ASCII bytes that UTF-8
    reads whole are read as UTF-8, whatever the page declares.
    """
    try:
        codec = codecs.lookup("cp1252" if label in ("iso-8859-1", "latin-1", "ascii") else label)
    except LookupError:
        return None
    name = codec.name
    # -- a page that declares UTF-16/32 but has no BOM is lying (WHATWG: treat as UTF-8) --
    if not getattr(codec, "_is_text_encoding", True) or name.startswith(_NOT_PAGE_CHARSETS):
        return None
    # -- bytes that UTF-8 reads whole, non-ASCII among them: a page re-saved as UTF-8 that kept
    # -- its old declaration (gb2312, windows-1251, iso-8859-15 …); non-ASCII text is almost
    # -- never valid UTF-8 by accident, so the declaration is what is wrong. A single-byte
    # -- charset reads any bytes, so this is tried first: "Ángeles" read as iso-8859-15 is
    # -- "Ã\x81ngeles" --
    if name != "utf-8" and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return data.decode(name, errors="replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None


def _decode_bom(data: bytes) -> str | None:
    """Text whose encoding its first bytes announce: a BOM, or the NUL pattern of UTF-32/UTF-16.

    UTF-32 is tried before UTF-16 because the UTF-32-LE mark begins with the UTF-16-LE one.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    return _decode_wide(data)


def _decode_wide(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, recognised by where its NUL bytes fall (mostly ASCII text)."""
    head = data[:4096]
    if b"\x00" not in head or len(head) < 8:
        return None
    for encoding, width, zero_at in (
        ("utf-32-le", 4, (2, 3)),
        ("utf-32-be", 4, (0, 1)),
        ("utf-16-le", 2, (1,)),
        ("utf-16-be", 2, (0,)),
    ):
        usable = len(head) - len(head) % width
        units = [head[i : i + width] for i in range(0, usable, width)]
        wide = sum(all(unit[z] == 0 for z in zero_at) and any(unit) for unit in units)
        if units and wide >= 0.9 * len(units) and len(data) % width == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_guess(data: bytes) -> str:
    """UTF-8 if valid; else Windows-1252 when it reads as Western text; else ask charset-normalizer.

    charset-normalizer alone mistakes short Windows-1252 text for cp1250 or
    cp775, so the common Western case is tried first: Cyrillic or Greek text
    misread as cp1252 is nearly all accented letters, which the ratio catches.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = [c for c in text if c.isalpha()]
        foreign = sum(not c.isascii() for c in letters)
        if letters and foreign <= 0.3 * len(letters):
            return text
    # -- deferred: only for text of unknown encoding / .mhtml --
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return data.decode(best.encoding if best else "cp1252", errors="replace")


def html_from_mhtml(data: bytes, *, name: str) -> str:
    """The page inside a browser's "Save as single file" (.mht/.mhtml): its first text/html part."""
    # -- deferred: only for text of unknown encoding / .mhtml --
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                payload = b""
            charset = part.get_content_charset()
            text = _decode_declared(payload, charset.lower()) if charset else None
            return text if text is not None else decode_html(payload, name=name)
    raise UserError(f"{name} is a saved web archive without a web page inside.")

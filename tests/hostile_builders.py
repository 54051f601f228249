"""Build hostile Office packages in memory: zip bombs, DTD entity tricks, macros, damage."""

from __future__ import annotations

import functools
import io
import struct
import zipfile
import zlib

import docx
from pptx import Presentation

CHUNK = 1 << 24  # 16 MiB of zeros per repeated deflate block


def plain_pptx() -> bytes:
    """python-pptx's own default template as .pptx bytes: a valid deck template."""
    out = io.BytesIO()
    Presentation().save(out)
    return out.getvalue()


def plain_docx(text: str = "A paragraph of the article.") -> bytes:
    document = docx.Document()
    document.add_heading("A title", level=1)
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def repack(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return out.getvalue()


def with_doctype(data: bytes, part: str, doctype: str, *, text_ref: str | None = None) -> bytes:
    """``data`` with ``doctype`` inserted before the root of ``part`` (and an entity used in it)."""
    parts = entries(data)
    body = parts[part].decode("utf-8")
    end_decl = body.index("?>") + 2 if body.startswith("<?xml") else 0
    body = body[:end_decl] + "\n" + doctype + "\n" + body[end_decl:].lstrip()
    if text_ref:
        body = body.replace("</a:t>", f"{text_ref}</a:t>", 1).replace(
            "</w:t>", f"{text_ref}</w:t>", 1
        )
    parts[part] = body.encode("utf-8")
    return repack(parts)


def xxe_doctype(target_url: str) -> str:
    return f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "{target_url}">]>'


def billion_laughs_doctype(levels: int = 10) -> str:
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return "<!DOCTYPE r [" + "".join(lines) + "]>"


def zip_bomb(data: bytes, *, member: str, gib: int = 2) -> bytes:
    """``data`` plus ``member``: a genuine deflate stream that inflates to ``gib`` GiB of zeros.

    Compressing gigabytes takes ~10 s, so the stream is built from one deflate
    block repeated: after a full flush the compressor emits identical bytes for
    identical input.
    """
    stream, crc, size = _zeros_stream(gib)
    raw = [
        (name, zlib.compress(body, 9)[2:-4], zlib.crc32(body), len(body))
        for name, body in entries(data).items()
    ]
    raw.append((member, stream, crc, size))
    return _write_raw_zip(raw)


@functools.cache
def _zeros_stream(gib: int) -> tuple[bytes, int, int]:
    """(raw deflate stream, crc32, size) of ``gib`` GiB of zeros; built once per test run."""
    zeros = b"\0" * CHUNK
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    count = gib * (1 << 30) // CHUNK
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)
    return first + block * (count - 1) + comp.flush(), crc, count * CHUNK


def _write_raw_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP of already-deflated members (name, deflated bytes, crc32, inflated size < 4 GiB)."""
    out = io.BytesIO()
    central = []
    for name, body, crc, size in members:
        offset = out.tell()
        encoded = name.encode("utf-8")
        out.write(
            struct.pack(
                "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(body), size, len(encoded), 0
            )
        )
        out.write(encoded)
        out.write(body)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(body),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    out.write(b"".join(central))
    end = out.tell()
    out.write(
        struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), end - start, start, 0
        )
    )
    return out.getvalue()


def with_macros(data: bytes) -> bytes:
    """A package that carries a VBA project, as a .pptm saved under another name would."""
    parts = entries(data)
    parts["ppt/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
    return repack(parts)


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def pdf_bytes() -> bytes:
    """A small real PDF (reportlab) to rename as something else."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Not a PowerPoint file.")
    page.save()
    return out.getvalue()


def with_external_link(data: bytes, *, url: str, kind: str = "image") -> bytes:
    """A layout whose relationships point outside the package (a linked picture, or a hyperlink)."""
    parts = entries(data)
    rels = "ppt/slideLayouts/_rels/slideLayout1.xml.rels"
    rel = (
        f'<Relationship Id="rId99" TargetMode="External" Target="{url}" '
        f'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"/>'
    )
    parts[rels] = parts[rels].replace(b"</Relationships>", rel.encode() + b"</Relationships>")
    return repack(parts)

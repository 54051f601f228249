"""Check an Office package (.pptx/.potx/.docx) before any XML in it is parsed.

Zip bombs (too many entries, too large when inflated, too compressed) and parts
carrying a DTD (external entities, billion laughs) are refused with one
sentence. OOXML parts never need a DTD (ECMA-376 Part 2 forbids them), so
refusing is safer than relying on every parser being configured not to resolve
entities — and it keeps such a declaration out of the files we write.
Limits follow Apache POI's ZipSecureFile: 100:1 inflate ratio, bounded count
and size.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib

from lxml import etree

from briefing_app.core.errors import UserError
from briefing_app.core.lazy_pattern import lazy_compile

MAX_ENTRIES = 5000
MAX_TOTAL = 500 * 1024 * 1024
MAX_RATIO = 100  # -- Apache POI's MinInflateRatio 0.01 --
RATIO_FLOOR = 1024  # -- tiny parts compress well legitimately; judge the ratio above 1 KB --
PROLOG_LIMIT = 64 * 1024  # -- a real part's prolog is a few dozen bytes --
MAX_RELS = 4 * 1024 * 1024
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_PROLOG_ITEM = lazy_compile(r"\s*(<\?.*?\?>|<!--.*?-->)", re.S)


def check_package(
    data: bytes, *, name: str, what: str, external_links: bool = True
) -> list[zipfile.ZipInfo]:
    """The package's entries if it is safe to open; else one UserError naming ``what`` it claims to be.

    With ``external_links=False`` (templates, whose parts end up in files we
    write), a relationship that makes Office fetch outside content when the
    file is opened (a linked picture, object or frame) is refused too;
    hyperlinks, which only open on a click, are allowed.
    """
    if not data.startswith(b"PK"):
        raise UserError(f"{name} is not a {what}: it is not a zip package (was it renamed?).")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            check_sizes(infos, name=name, what=what)
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES) and _has_dtd(archive, info):
                    raise UserError(
                        f"{name} contains an XML document type declaration (DTD), which a "
                        f"genuine {what} never has; it was not opened."
                    )
                if not external_links and info.filename.lower().endswith(".rels"):
                    _refuse_external_links(archive, info, name=name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, zlib.error):
        raise UserError(f"{name} is damaged: it is not a readable {what}.") from None
    except (NotImplementedError, RuntimeError):
        # -- unknown compression method, or an encrypted entry --
        raise UserError(
            f"{name} is encrypted or uses an unknown compression; it is not a {what}."
        ) from None
    return infos


def check_sizes(infos: list[zipfile.ZipInfo], *, name: str, what: str) -> None:
    """Refuse archives that would inflate to an implausible size, count or ratio."""
    total = sum(i.file_size for i in infos)
    bomb = any(i.file_size > MAX_RATIO * max(i.compress_size, RATIO_FLOOR) for i in infos)
    if len(infos) > MAX_ENTRIES or total > MAX_TOTAL or bomb:
        raise UserError(
            f"{name} expands to an implausibly large {what} (a 'zip bomb'); it was not opened."
        )


def _refuse_external_links(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, name: str) -> None:
    if info.file_size > MAX_RELS:
        raise UserError(f"{name} has an implausibly large relationship part; it was not opened.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(archive.read(info), parser)
    except etree.XMLSyntaxError:
        raise UserError(f"{name} is damaged: {info.filename} is not valid XML.") from None
    for rel in root:
        external = rel.get("TargetMode") == "External"
        if external and not str(rel.get("Type", "")).endswith("/hyperlink"):
            target = str(rel.get("Target", ""))[:80]
            raise UserError(
                f"{name} links to outside content ({target}) that Office fetches when "
                "the file is opened; embed the picture or object instead."
            )


def _has_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True if the part's prolog holds a <!DOCTYPE …> (or is too long to be a real prolog)."""
    with archive.open(info) as part:
        head = part.read(PROLOG_LIMIT)
    text = _decode_head(head)
    pos = 0
    while match := _PROLOG_ITEM.match(text, pos):
        pos = match.end()
    rest = text[pos:].lstrip()
    if not rest:
        return len(head) >= PROLOG_LIMIT
    return rest.startswith("<!")


def _decode_head(head: bytes) -> str:
    """Decode the start of a part as its BOM says (UTF-8 or UTF-16), ignoring a cut character."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore")
    if head[:2] in (b"<\x00", b"\x00<"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="ignore")
    return head.decode("utf-8", errors="ignore").lstrip("\ufeff")

"""The deck's zip written in one pass per part: python-pptx's package writer, less zipfile's per-entry cost.

A 400-section deck with five recommendations a section has 9,525 zip entries
(every slide, notes page and their ``.rels``). ``ZipFile.writestr`` spends
~15 µs of Python on each besides the compression itself: a ``ZipInfo`` with
the local time, a writing handle, the local header packed twice (once empty,
then again after seeking back with the sizes), checks for a second writer
and a duplicate name (profile of a save: ~170 ms of zipfile code around
~230 ms of zlib). Here each part is compressed first, so its header is
written once with its CRC and sizes, and the central directory follows.

Two more costs of a save, per relationship: python-pptx finds the parts by
walking every relationship of every part through lazy properties
(:func:`iter_parts`, same parts in the same order), and writes a part's
``.rels`` as an lxml tree with a ``posixpath.relpath`` per target, 2,476 of
them for the presentation part of that deck (:func:`rels_xml`, the same XML
text, or python-pptx's own where a target is outside the package); the
content types are text too (:func:`content_types.content_types_xml`).

The archive is the one zipfile writes (same headers, flags, versions,
attributes and deflate stream: tests/unit/export/test_deck_zipout.py
compares the bytes with the clock fixed), for what a deck can need without
ZIP64: at most 65,534 entries and 1 GB of parts in all. Anything else (and a
stream that cannot tell its position) goes to python-pptx's own writer. The
parts are written in python-pptx's order, ``.rels`` after their part.
"""

from __future__ import annotations

import os
import struct
import sys
import time
import zlib
from collections.abc import Sequence
from typing import IO, Any

from pptx.opc import package, serialized
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI

from briefing_app.export.deck.content_types import attribute, content_types_xml

# -- zipfile's constants (CPython's Lib/zipfile.py) --
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20  # -- DEFAULT_VERSION: what deflate needs to extract --
_SYSTEM = 0 if sys.platform == "win32" else 3  # -- ZipInfo.create_system --
_DEFLATED = 8
_UTF8_NAME = 0x800
_ATTRIBUTES = 0o600 << 16  # -- writestr's ?rw------- for a file --
ENTRIES_MAX = 0xFFFF - 1  # -- ZIP_FILECOUNT_LIMIT: more entries need ZIP64 records --
BYTES_MAX = 1 << 30  # -- all parts together; ZIP64_LIMIT is 2 GB, deflate may grow a part --


def entries(writer: Any) -> list[tuple[str, bytes]]:
    """(member name, bytes) of every part of a python-pptx ``PackageWriter``, in its order."""
    out = [
        (CONTENT_TYPES_URI.membername, content_types_xml(writer._parts)),
        (PACKAGE_URI.rels_uri.membername, writer._pkg_rels.xml),
    ]  # fmt: skip
    for part in writer._parts:
        name = part.partname
        out.append((name.membername, part.blob))
        if part._rels:
            out.append((_rels_name(name), part.rels.xml))
    return out


def _rels_name(partname: Any) -> str:
    """``partname.rels_uri.membername`` ("ppt/slides/_rels/slide1.xml.rels") without its three
    posixpath calls, for the normalized names a package has."""
    if "//" in partname:
        return partname.rels_uri.membername
    folder, _, name = partname.rpartition("/")
    return f"{folder[1:]}/_rels/{name}.rels".lstrip("/")


def write_zip(out: IO[bytes], members: Sequence[tuple[str, bytes]]) -> None:
    """``members`` as the archive ``zipfile.ZipFile(out, "w", ZIP_DEFLATED)`` would write with
    ``writestr``, every entry dated now."""
    now = time.localtime(time.time())[:6]
    dos_date = (now[0] - 1980) << 9 | now[1] << 5 | now[2]
    dos_time = now[3] << 11 | now[4] << 5 | (now[5] // 2)
    offset = out.tell()  # -- zipfile's offsets count from the start of the file, as here --
    central = []
    for member, data in members:
        try:
            name, flags = member.encode("ascii"), 0
        except UnicodeEncodeError:
            name, flags = member.encode("utf-8"), _UTF8_NAME
        crc = zlib.crc32(data)
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        packed = packer.compress(data) + packer.flush()
        fields = (flags, _DEFLATED, dos_time, dos_date, crc, len(packed), len(data), len(name))
        header = _LOCAL.pack(b"PK\003\004", _VERSION, 0, *fields, 0)
        out.write(header + name)
        out.write(packed)
        central.append(
            _CENTRAL.pack(b"PK\001\002", _VERSION, _SYSTEM, _VERSION, 0, *fields,
                          0, 0, 0, 0, _ATTRIBUTES, offset) + name
        )  # fmt: skip
        offset += len(header) + len(name) + len(packed)
    directory = b"".join(central)
    out.write(directory)
    count = len(central)
    out.write(_END.pack(b"PK\005\006", 0, 0, count, count, len(directory), offset, 0))
    out.flush()


def _fits(members: Sequence[tuple[str, bytes]]) -> bool:
    return len(members) <= ENTRIES_MAX and sum(len(data) for _, data in members) <= BYTES_MAX


_ORIGINAL_WRITE = serialized.PackageWriter._write


def _write(self: Any) -> None:
    """``PackageWriter._write``: the same members in the same order, one pass each."""
    pkg_file = self._pkg_file
    path = isinstance(pkg_file, str | os.PathLike)
    if not path and not (hasattr(pkg_file, "seekable") and pkg_file.seekable()):
        _ORIGINAL_WRITE(self)  # -- zipfile writes a data descriptor after each entry there --
        return
    members = entries(self)
    if not _fits(members):
        _ORIGINAL_WRITE(self)
        return
    if path:
        with open(pkg_file, "wb") as out:
            write_zip(out, members)
    else:
        write_zip(pkg_file, members)


_ORIGINAL_ITER_PARTS = package.OpcPackage.iter_parts


def iter_parts(self: Any) -> list[Any]:
    """``OpcPackage.iter_parts``: every part reached from the package's relationships, each
    once, in the order a depth-first walk of them first meets it."""
    parts: list[Any] = []
    seen: set[Any] = set()

    def walk(rels: Any) -> None:
        for rel in rels._rels.values():
            if rel._target_mode == RTM.EXTERNAL:
                continue
            part = rel._target
            if part not in seen:
                seen.add(part)
                parts.append(part)
                walk(part.rels)

    walk(self._rels)
    return parts


_RELS_HEAD = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
)
_ORIGINAL_RELS_XML = package._Relationships.xml.fget  # type: ignore[attr-defined]


def rels_xml(self: Any) -> bytes:
    """``_Relationships.xml``: the ``.rels`` XML python-pptx writes, as text."""
    rels = self._rels
    if not rels:
        return _ORIGINAL_RELS_XML(self)  # -- an empty element, closed on itself --
    base = self._base_uri
    out = [_RELS_HEAD]
    for _, rid in sorted(
        (int(r[3:]) if r[:3] == "rId" and r[3:].isdigit() else 0, r) for r in rels
    ):
        rel = rels[rid]
        if rel._target_mode == RTM.EXTERNAL:
            return _ORIGINAL_RELS_XML(self)  # -- an address: python-pptx writes it as given --
        target = str(rel._target.partname)
        if base == "/":
            target = target[1:]
        elif target.startswith(base + "/") and "//" not in target and "/." not in target:
            target = target[len(base) + 1 :]
        else:
            target = rel.target_ref  # -- "../slideLayouts/…": posixpath.relpath --
        values = (rid, rel._reltype, target)
        if not all(value.isprintable() for value in values):
            return _ORIGINAL_RELS_XML(self)  # -- control characters: lxml refuses some --
        rid, reltype, target = (attribute(value) for value in values)
        out.append(f'<Relationship Id="{rid}" Type="{reltype}" Target="{target}"/>')
    out.append("</Relationships>")
    return "".join(out).encode()


def install() -> None:
    """Make python-pptx's package writer use :func:`write_zip`, :func:`iter_parts` and
    :func:`rels_xml` (idempotent)."""
    # -- deliberate patches: python-pptx has no hook for how a package is written --
    serialized.PackageWriter._write = _write  # type: ignore[method-assign]
    package.OpcPackage.iter_parts = iter_parts  # type: ignore[assignment,method-assign]
    package._Relationships.xml = property(rels_xml)  # type: ignore[assignment,method-assign]

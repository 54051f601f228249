"""The ECMA-376 / ISO/IEC 29500 Transitional schemas, compiled once per process.

The schema files are Apache POI's copies (see ``schemas/SOURCES.md``), kept as
the zips POI ships so their provenance can be checked byte for byte. They are
unpacked into a private temporary folder, wired together (local copies for the
W3C XML and Dublin Core imports, which the originals leave to the network) and
compiled through one driver schema that imports every namespace a deck can use.
Compiling takes about a second, so the result is cached for the whole test run.
"""

from __future__ import annotations

import functools
import re
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent / "schemas"
ZIPS = ("OfficeOpenXML-XMLSchema-Transitional.zip", "OpenPackagingConventions-XMLSchema.zip")
LOCAL = ("xml.xsd", "dc.xsd", "dcterms.xsd")

# -- namespace → schema file; the driver imports each, so one XMLSchema validates any part --
NAMESPACES = {
    "http://schemas.openxmlformats.org/presentationml/2006/main": "pml.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "dml-main.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/chart": "dml-chart.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing": "dml-chartDrawing.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/diagram": "dml-diagram.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "dml-picture.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas": "dml-lockedCanvas.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": (
        "shared-documentPropertiesExtended.xsd"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties": (
        "shared-documentPropertiesCustom.xsd"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/customXml": (
        "shared-customXmlDataProperties.xsd"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/bibliography": (
        "shared-bibliography.xsd"
    ),
    "http://schemas.openxmlformats.org/package/2006/content-types": "opc-contentTypes.xsd",
    "http://schemas.openxmlformats.org/package/2006/relationships": "opc-relationships.xsd",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": (
        "opc-coreProperties.xsd"
    ),
    "urn:schemas-microsoft-com:vml": "vml-main.xsd",
    "urn:schemas-microsoft-com:office:office": "vml-officeDrawing.xsd",
    "urn:schemas-microsoft-com:office:powerpoint": "vml-presentationDrawing.xsd",
}

# -- namespaces these schemas define; markup compatibility treats every other one as not understood --
UNDERSTOOD = frozenset(
    {
        *NAMESPACES,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "urn:schemas-microsoft-com:office:word",
        "urn:schemas-microsoft-com:office:excel",
        "http://purl.org/dc/elements/1.1/",
        "http://purl.org/dc/terms/",
        "http://purl.org/dc/dcmitype/",
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/2001/XMLSchema-instance",
    }
)

_DUBLIN_CORE = re.compile(r'schemaLocation="http://dublincore\.org/[^"]*/(dc|dcterms)\.xsd"')
_XML_IMPORT = re.compile(
    r'(<xsd?:import\s+(?:id="xml"\s+)?namespace="http://www\.w3\.org/XML/1998/namespace")\s*/>'
)


def _wire(name: str, text: str) -> str:
    """Point the imports the originals leave to the network at the local copies.

    No content of any schema is changed here; errata, if a schema needs one, are
    patched in :data:`ERRATA` with a note of why.
    """
    text = _DUBLIN_CORE.sub(r'schemaLocation="\1.xsd"', text)
    return _XML_IMPORT.sub(r'\1 schemaLocation="xml.xsd"/>', text)


_PITCH_FAMILIES = ("00", "01", "02", "16", "17", "18", "32", "33", "34", "48", "49", "50", "64",
                   "65", "66", "80", "81", "82")  # fmt: skip
# -- (file, wrong text, corrected text, why) --
ERRATA: tuple[tuple[str, str, str, str], ...] = (
    (
        "dml-main.xsd",
        '<xsd:complexType name="CT_TextBulletSizePercent">\n'
        '    <xsd:attribute name="val" type="ST_TextBulletSizePercent" use="required"/>',
        '<xsd:complexType name="CT_TextBulletSizePercent">\n'
        '    <xsd:attribute name="val" type="ST_TextBulletSize" use="required"/>',
        "a:buSzPct/@val is typed as the '%' string form only, so the thousandths PowerPoint "
        'and LibreOffice write (val="100000") fail; ST_TextBulletSize, the union of both '
        "forms the schema defines right above, is what ECMA-376 1st edition and the Open XML "
        "SDK accept",
    ),
    (
        "dml-main.xsd",
        '<xsd:simpleType name="ST_PitchFamily">\n   <xsd:restriction base="xsd:byte">\n'
        + "".join(f'     <xsd:enumeration value="{v}"/>\n' for v in _PITCH_FAMILIES)
        + "   </xsd:restriction>",
        '<xsd:simpleType name="ST_PitchFamily">\n   <xsd:restriction base="xsd:byte">\n'
        "   </xsd:restriction>",
        "pitchFamily is the Windows LOGFONT pitch-and-family byte, and PowerPoint writes "
        "whatever byte the font has (92, 127, -107 in real templates' masters); the 2016 "
        "Transitional schema's enumeration of 18 values rejects decks PowerPoint opens without "
        "complaint, where ECMA-376 1st edition and the Open XML SDK take any signed byte",
    ),
)


def _unpack(folder: Path) -> None:
    for archive in ZIPS:
        with zipfile.ZipFile(HERE / archive) as zf:
            for info in zf.infolist():
                if info.filename.endswith(".xsd"):
                    text = zf.read(info).decode("utf-8-sig")
                    (folder / info.filename).write_text(_wire(info.filename, text), "utf-8")
    for name in LOCAL:
        (folder / name).write_text((HERE / name).read_text("utf-8"), "utf-8")
    for name, wrong, right, _why in ERRATA:
        path = folder / name
        text = path.read_text("utf-8")
        assert wrong in text, f"erratum for {name} no longer applies"
        path.write_text(text.replace(wrong, right), "utf-8")


def _driver() -> str:
    imports = "".join(
        f'<xsd:import namespace="{ns}" schemaLocation="{file}"/>' for ns, file in NAMESPACES.items()
    )
    return (
        '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        f'targetNamespace="urn:briefing-builder:ooxml-driver">{imports}</xsd:schema>'
    )


_FOLDER: tempfile.TemporaryDirectory[str] | None = None


@functools.cache
def schema() -> etree.XMLSchema:
    """One compiled schema validating any part whose root is in :data:`NAMESPACES`."""
    global _FOLDER
    _FOLDER = tempfile.TemporaryDirectory(prefix="ooxml-xsd-")
    folder = Path(_FOLDER.name)
    _unpack(folder)
    driver = folder / "driver.xsd"
    driver.write_text(_driver(), "utf-8")
    return etree.XMLSchema(etree.parse(str(driver)))

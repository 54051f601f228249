"""Deck template structure (issue 19): each damage is one sentence naming the part; odd templates work.

Every case starts from the built-in government template and changes one part.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from pptx import Presentation

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.deck.writer import build_deck
from briefing_app.export.templates import resolve_template
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from tests.hostile_builders import entries, repack

ARTICLE = (
    b"A title\n\nA lead paragraph of words.\n\nA heading\n\nFirst, do this now. Second, do that.\n"
)
LAYOUT = "ppt/slideLayouts/slideLayout2.xml"
MASTER = "ppt/slideMasters/slideMaster1.xml"
PRESENTATION = "ppt/presentation.xml"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return Briefing.from_article(analyze(read_bytes(ARTICLE, name="a.txt", suffix=".txt")))


def _template(tmp_path, change) -> str:
    parts = entries(resolve_template("deck", None).read_bytes())
    change(parts)
    path = tmp_path / "house.pptx"
    path.write_bytes(repack(parts))
    return str(path)


def _sub(part: str, pattern: str, new: str):
    def change(parts):
        text = parts[part].decode("utf-8")
        changed = re.sub(pattern, new, text, count=1)
        assert changed != text, pattern
        parts[part] = changed.encode("utf-8")

    return change


def _set(part: str, body: bytes | None):
    def change(parts):
        if body is None:
            del parts[part]
        else:
            parts[part] = body

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_sub(PRESENTATION, r"<p:sldMasterIdLst>.*?</p:sldMasterIdLst>", ""), "no slide master"),
        (_set("ppt/theme/theme1.xml", b""), "ppt/theme/theme1.xml is empty"),
        (_set("ppt/theme/theme1.xml", b"\x89PNG not xml"), "ppt/theme/theme1.xml is not valid XML"),
        (_set("ppt/theme/theme1.xml", b"<a/>"), "/ppt/theme/theme1.xml is not a theme"),
        (_sub(PRESENTATION, r'<p:sldSz cx="\d+"', '<p:sldSz cx="wide"'), "slide width"),
        (_sub(LAYOUT, r'<a:off x="\d+"', '<a:off x="1.5"'), f"/{LAYOUT} has a shape position"),
        (_sub(LAYOUT, r'<a:ext cx="\d+"', '<a:ext cx="-4"'), f"/{LAYOUT} has a shape size"),
        (_sub(LAYOUT, r"<a:bodyPr/>", '<a:bodyPr lIns="wide"/>'), "text margin"),
        (_sub(LAYOUT, r'<p:ph idx="1"/>', '<p:ph idx="one"/>'), "placeholder index"),
        (_sub(LAYOUT, r'<p:ph type="title"/>', '<p:ph type="headline"/>'), "placeholder type"),
        (_sub(MASTER, r'sz="\d+"', 'sz="99999999999999999999999"'), "font size"),
        (
            _set("ppt/slideLayouts/_rels/slideLayout2.xml.rels", None),
            f"/{LAYOUT} does not say which slide master",
        ),
        (_sub(MASTER, r'<p:sldLayoutId id="(\d+)" r:id="rId\d+"', r'<p:sldLayoutId id="\1" r:id="rId99"'),
         "lists a slide layout (rId99)"),
        (_set(LAYOUT, None), "lists a slide layout"),
        (_sub(LAYOUT, r"<p:spTree>.*</p:spTree>", ""), f"/{LAYOUT} is not a usable slide layout"),
        (
            _sub(
                "[Content_Types].xml",
                r'(PartName="/docProps/core.xml" ContentType=")[^"]*"',
                r'\1application/octet-stream"',
            ),
            "/docProps/core.xml, linked as the document properties, is not",
        ),
    ],
    ids=[
        "no-master", "theme-empty", "theme-not-xml", "theme-wrong-root", "slide-width",
        "offset", "size", "margin", "ph-index", "ph-type", "font-size", "layout-master-rel",
        "master-layout-rel", "missing-part", "no-shape-tree", "properties-type",
    ],
)  # fmt: skip
def test_damage_is_one_sentence_naming_the_part(tmp_path, briefing, change, expected):
    template = _template(tmp_path, change)
    with pytest.raises(UserError) as caught:
        build_deck(briefing, template=template)
    message = str(caught.value)
    assert expected in message and "house.pptx" in message and "\n" not in message


@pytest.mark.parametrize(
    "change",
    [
        _sub(PRESENTATION, r'<p:sldSz cx="\d+" cy="\d+"', '<p:sldSz cx="914400" cy="914400"'),
        _sub(LAYOUT, r'<a:ext cx="11183112" cy="932688"/>', '<a:ext cx="11183112" cy="12700"/>'),
        _sub(
            PRESENTATION,
            r"</p:sldMasterIdLst>",
            '</p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId77"/></p:sldIdLst>',
        ),
        _set("ppt/theme/theme1.xml", None),
    ],
    ids=["one-inch-slide", "title-box-thinner-than-a-line", "dangling-sample-slide", "no-theme"],
)
def test_odd_but_usable_templates_are_used(tmp_path, briefing, change):
    data, _warnings = build_deck(briefing, template=_template(tmp_path, change))
    assert len(Presentation(io.BytesIO(data)).slides) >= 3


def test_a_properties_part_linked_oddly_is_never_saved_twice(tmp_path, briefing):
    change = _sub(
        "_rels/.rels",
        r'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"',
        'Type="http://example.com/odd"',
    )
    try:
        data, _warnings = build_deck(briefing, template=_template(tmp_path, change))
    except UserError as exc:
        assert "docProps/core.xml" in str(exc) and "\n" not in str(exc)
        return
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
    assert len(names) == len(set(names))

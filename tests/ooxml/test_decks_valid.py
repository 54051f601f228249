"""Every deck we write is a valid package: seed and hostile articles on every template we hold.

Templates: the built-ins; the real corporate templates of the shared corpus
(``../shared/corpus/templates``) and of ``tests/corpus/templates``; a LibreOffice
export (no view properties, repeated shape ids in its master and a layout); and
built-ins given PowerPoint sections and custom shows around sample slides.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from briefing_app.export.deck.writer import build_deck
from briefing_app.export.templates import list_templates
from tests.ooxml.articles import ARTICLES, briefing_for
from tests.ooxml.odd_templates import (
    LIBREOFFICE,
    REAL_SECTIONS,
    SAMPLE,
    odd_package_template,
    sections_and_shows_template,
)
from tests.ooxml.package import Package
from tests.ooxml.rules import P14, SECTIONS_EXT, shape_ids
from tests.ooxml.validate import assert_valid_deck, problems

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = [t.name for t in list_templates("deck")]
BLANKLESS = etree.XMLParser(remove_blank_text=True)  # -- python-pptx drops indentation too --


def corpus_templates() -> list[Path]:
    """Real templates nobody here made: the shared corpus (beside the checkout) and tests/corpus."""
    folders = [ROOT.parent / "shared" / "corpus" / "templates", ROOT.parent.parent / "shared" /
               "corpus" / "templates", ROOT / "tests" / "corpus" / "templates"]  # fmt: skip
    found: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.pot[x]")) + sorted(folder.glob("*.ppt[x]")):
            found.setdefault(path.name, path)
    return sorted(found.values())


CORPUS = corpus_templates()


@pytest.fixture(scope="module")
def briefings():
    return {name: briefing_for(name) for name in ARTICLES}


@pytest.mark.parametrize("template", BUILTIN)
@pytest.mark.parametrize("article", list(ARTICLES))
def test_every_article_on_every_builtin_template_is_valid(briefings, article, template):
    data, _ = build_deck(briefings[article], template=template)
    assert_valid_deck(data, f"{article} on {template}")


@pytest.mark.skipif(not CORPUS, reason="no corpus templates beside this checkout")
@pytest.mark.parametrize("template", CORPUS, ids=lambda p: p.stem)
def test_every_article_on_every_corpus_template_is_valid(briefings, template):
    for article, briefing in briefings.items():
        data, _ = build_deck(briefing, template=template)
        assert_valid_deck(data, f"{article} on {template.name}")


def _parts_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


@pytest.mark.parametrize("base", BUILTIN)
def test_a_template_with_sections_and_custom_shows_gives_a_valid_deck(tmp_path, briefings, base):
    template = sections_and_shows_template(tmp_path, base)
    data, _ = build_deck(briefings["seed"], template=template)
    assert_valid_deck(data, f"seed on {template.name}")
    text = _parts_text(data)
    assert SAMPLE not in text, "a sample slide (or its notes) stayed in the package"
    assert "custShow" not in Package.read(data).blobs["/ppt/presentation.xml"].decode()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert not [n for n in zf.namelist() if n.startswith("ppt/media/")], "sample picture kept"
        presentation = etree.fromstring(zf.read("ppt/presentation.xml"))
    ns = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main", "p14": P14}
    sections = presentation.findall(
        f"p:extLst/p:ext[@uri='{SECTIONS_EXT}']/p14:sectionLst/p14:section", ns
    )
    assert [s.get("name") for s in sections] == ["Opening"]  # -- the template's first --
    slide_ids = presentation.xpath("p:sldIdLst/p:sldId/@id", namespaces=ns)
    assert sections[0].xpath("p14:sldIdLst/p14:sldId/@id", namespaces=ns) == slide_ids


@pytest.mark.parametrize("article", list(ARTICLES))
def test_templates_with_only_sections_or_only_custom_shows_give_valid_decks(
    tmp_path, briefings, article
):
    for sections, shows in ((True, False), (False, True)):
        template = sections_and_shows_template(tmp_path, "minimal", sections=sections, shows=shows)
        data, _ = build_deck(briefings[article], template=template)
        assert_valid_deck(data, f"{article} on {template.name}")


def test_the_libreoffice_export_is_invalid_and_the_deck_on_it_is_valid(briefings):
    found = {rule for rule, _part, _message in problems(LIBREOFFICE)}
    assert {"shape-ids", "expected-parts"} <= found  # -- the template as LibreOffice wrote it --
    for article, briefing in briefings.items():
        data, _ = build_deck(briefing, template=LIBREOFFICE)
        assert_valid_deck(data, f"{article} on {LIBREOFFICE.name}")


def test_repairs_keep_the_template_otherwise_as_it_is(briefings):
    """Only the repeated ids change in the master and layouts; the view part is added."""
    data, _ = build_deck(briefings["three-line"], template=LIBREOFFICE)
    before, after = Package.read(LIBREOFFICE), Package.read(data)
    assert not shape_ids(after)
    ids = re.compile(rb'(<p:cNvPr id=")\d+"')
    for name in [n for n in before.blobs if n.startswith(("/ppt/slideLayouts/", "/ppt/slideMasters/"))
                 and n.endswith(".xml")]:  # fmt: skip
        old = etree.tostring(etree.fromstring(before.blobs[name], BLANKLESS), method="c14n")
        new = etree.tostring(etree.fromstring(after.blobs[name], BLANKLESS), method="c14n")
        assert ids.sub(rb"\1#", old) == ids.sub(rb"\1#", new), (
            f"{name} changed beyond its shape ids"
        )
    assert after.related("/ppt/presentation.xml", "viewProps")


@pytest.mark.skipif(not CORPUS, reason="no corpus templates beside this checkout")
@pytest.mark.parametrize("template", CORPUS, ids=lambda p: p.stem)
def test_document_properties_list_our_slides_not_the_templates_samples(briefings, template):
    from pptx import Presentation

    data, _ = build_deck(briefings["seed"], template=template)
    prs = Presentation(io.BytesIO(data))
    ours = [s.shapes.title.text_frame.text if s.shapes.title else "" for s in prs.slides]
    vt = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        app = etree.fromstring(zf.read("docProps/app.xml"))
    listed = [el.text or "" for el in app.iter(f"{vt}lpstr")]
    with zipfile.ZipFile(template) as zf:
        before = etree.fromstring(zf.read("docProps/app.xml"))
    slides_before = int(before.findtext("{*}Slides") or 0)
    if slides_before:
        assert listed[-len(ours) :] == ours
    assert app.findtext("{*}Slides") == str(len(ours))


def test_a_real_deck_with_ten_sections_as_template_gives_valid_decks(briefings):
    found = {rule for rule, _part, _message in problems(REAL_SECTIONS)}
    assert "shape-ids" in found  # -- as PowerPoint saved it --
    ns = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main", "p14": P14}
    for article, briefing in briefings.items():
        data, _ = build_deck(briefing, template=REAL_SECTIONS)
        assert_valid_deck(data, f"{article} on {REAL_SECTIONS.name}")
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            presentation = etree.fromstring(zf.read("ppt/presentation.xml"))
        sections = presentation.findall(
            f"p:extLst/p:ext[@uri='{SECTIONS_EXT}']/p14:sectionLst/p14:section", ns
        )
        assert [s.get("name") for s in sections] == ["Home"]


@pytest.mark.parametrize("kind", ["old-core-type", "sharepoint-core", "notes-master-ids"])
def test_package_oddities_of_real_templates_give_valid_decks(tmp_path, briefings, kind):
    base = str(REAL_SECTIONS) if kind == "notes-master-ids" else "minimal"
    template = odd_package_template(tmp_path, kind, base)
    assert (
        problems(template) or kind == "old-core-type"
    )  # -- the first is valid, but python-pptx misses it --
    data, _ = build_deck(briefings["seed"], template=template)
    assert_valid_deck(data, f"seed on {template.name}")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.namelist().count("docProps/core.xml") == 1
        assert b"<dc:title>How Biden Can Create" in zf.read("docProps/core.xml")


def test_a_slide_show_range_of_the_templates_slides_becomes_all_slides(tmp_path, briefings):
    from briefing_app.export.templates import resolve_template
    from tests.ooxml.breakage import rewrite, sub

    ranged = rewrite(
        resolve_template("deck", "minimal").read_bytes(),
        {
            "ppt/presProps.xml": sub(
                r"(<p:presentationPr[^>]*>)", r'\1<p:showPr><p:sldRg st="2" end="3"/></p:showPr>'
            )
        },
    )
    template = tmp_path / "ranged.pptx"
    template.write_bytes(ranged)
    data, _ = build_deck(briefings["seed"], template=template)
    assert_valid_deck(data)
    props = Package.read(data).blobs["/ppt/presProps.xml"]
    assert b"sldRg" not in props and b"<p:sldAll/>" in props


def test_every_article_on_a_template_without_body_layouts_is_valid(tmp_path, briefings):
    """No body or subtitle placeholder anywhere: titles and text go into text boxes."""
    from tests.unit.export.deck_support import third_party_template

    template = third_party_template(tmp_path, "bare", keep_only=("Title Only", "Blank"))
    for article, briefing in briefings.items():
        data, _ = build_deck(briefing, template=template)
        assert_valid_deck(data, f"{article} on {template.name}")


@pytest.mark.parametrize("template", [*BUILTIN, "real-sections"])
def test_classification_marked_decks_are_valid(template):
    """The marking adds a shape to every slide and a notes page to each: ids stay unique."""
    briefing = briefing_for("seed")
    briefing.set_header("classification", "official-sensitive")
    data, _ = build_deck(
        briefing, template=REAL_SECTIONS if template == "real-sections" else template
    )
    assert_valid_deck(data, f"marked seed on {template}")

"""The package pre-check refuses bombs, DTDs and damage, and lets real Office files through."""

from __future__ import annotations

import time

import pytest

from briefing_app.core.errors import UserError
from briefing_app.files.zipguard import check_package
from tests import hostile_builders as hb


def test_real_pptx_and_docx_pass():
    assert check_package(hb.plain_pptx(), name="t.pptx", what="PowerPoint file")
    assert check_package(hb.plain_docx(), name="a.docx", what="Word document")


def test_gigabyte_part_is_refused_quickly_without_inflating_it():
    bomb = hb.zip_bomb(hb.plain_pptx(), member="ppt/media/image9.png", gib=2)
    start = time.perf_counter()
    with pytest.raises(UserError, match="implausibly large PowerPoint file"):
        check_package(bomb, name="bomb.pptx", what="PowerPoint file")
    assert time.perf_counter() - start < 1.0


def test_too_many_entries_are_refused():
    parts = hb.entries(hb.plain_docx())
    parts.update({f"customXml/item{i}.xml": b"<a/>" for i in range(5001)})
    with pytest.raises(UserError, match="implausibly large"):
        check_package(hb.repack(parts), name="many.docx", what="Word document")


@pytest.mark.parametrize(
    "doctype",
    [
        hb.xxe_doctype("file:///etc/passwd"),
        hb.billion_laughs_doctype(),
        '<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd">',
    ],
    ids=["external-entity", "billion-laughs", "external-dtd"],
)
def test_any_dtd_in_a_part_is_refused(doctype):
    evil = hb.with_doctype(hb.plain_pptx(), "ppt/slideLayouts/slideLayout1.xml", doctype)
    with pytest.raises(UserError, match="document type declaration"):
        check_package(evil, name="evil.potx", what="PowerPoint file")


def test_dtd_hidden_after_comments_or_in_utf16_is_refused():
    parts = hb.entries(hb.plain_docx())
    body = parts["word/document.xml"].decode("utf-8")
    body = body.replace("?>", "?><!-- note --><?pi x?>\n" + hb.xxe_doctype("file:///x"), 1)
    parts["word/document.xml"] = body.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode(
        "utf-16"
    )
    with pytest.raises(UserError, match="document type declaration"):
        check_package(hb.repack(parts), name="evil.docx", what="Word document")


def test_an_endless_prolog_is_refused():
    parts = hb.entries(hb.plain_docx())
    parts["word/styles.xml"] = b"<?xml version='1.0'?>" + b"<!-- x -->" * 10_000 + b"<a/>"
    with pytest.raises(UserError, match="document type declaration"):
        check_package(hb.repack(parts), name="odd.docx", what="Word document")


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (hb.truncated(hb.plain_pptx()), "damaged: it is not a readable PowerPoint file"),
        (b"PK\x03\x04" + b"\0" * 40, "damaged"),
        (hb.pdf_bytes(), "not a zip package"),
    ],
    ids=["truncated", "header-only", "pdf"],
)
def test_damaged_or_foreign_files_get_one_sentence(data, match):
    with pytest.raises(UserError, match=match) as info:
        check_package(data, name="t.pptx", what="PowerPoint file")
    assert "\n" not in str(info.value)


def test_templates_may_not_link_to_outside_pictures_but_may_hold_hyperlinks():
    linked = hb.with_external_link(hb.plain_pptx(), url="http://tracker.example/p.png")
    check_package(linked, name="t.potx", what="PowerPoint template")  # -- inputs: only read --
    with pytest.raises(UserError, match=r"outside content \(http://tracker.example/p.png\)"):
        check_package(linked, name="t.potx", what="PowerPoint template", external_links=False)
    link = hb.with_external_link(hb.plain_pptx(), url="https://gov.example/", kind="hyperlink")
    assert check_package(link, name="t.potx", what="PowerPoint template", external_links=False)


def test_every_built_in_deck_template_passes_the_template_check():
    from briefing_app.export.templates import list_templates

    for info in list_templates("deck"):
        data = info.path.read_bytes()
        assert check_package(data, name=info.name, what="PowerPoint template", external_links=False)

"""The deck's zip writer writes the archive zipfile writes: same bytes with the clock fixed."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pptx.opc import serialized
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.package import Part, _Relationship, _Relationships
from pptx.opc.packuri import PackURI

from briefing_app.export.deck import zipout
from briefing_app.export.deck.content_types import content_types, content_types_xml, extension
from briefing_app.export.deck.writer import build_deck
from briefing_app.project import open_path
from tests.conftest import SEED

NOW = time.mktime((2026, 12, 2, 7, 5, 33, 0, 0, -1))  # -- an odd second: zip keeps even ones --


@pytest.fixture
def fixed_clock(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW)


def _zipfile(members, out=None):
    out = out or io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, strict_timestamps=False) as z:
        for name, data in members:
            z.writestr(name, data)
    return out.getvalue()


NAMES = st.text(st.sampled_from("abz/._-ÄéΩ中 "), min_size=1, max_size=12).filter(
    lambda n: not n.endswith("/")
)


@settings(max_examples=60, deadline=None)
@given(
    members=st.lists(
        st.tuples(NAMES, st.one_of(st.binary(max_size=300), st.just(b"<a>" * 4000))),
        max_size=6,
        unique_by=lambda m: m[0],
    ),
    before=st.binary(max_size=5),
)
def test_the_archive_is_zipfiles(members, before):
    ours, theirs = io.BytesIO(before), io.BytesIO(before)
    ours.seek(0, io.SEEK_END), theirs.seek(0, io.SEEK_END)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(time, "time", lambda: NOW)
        zipout.write_zip(ours, members)
        assert ours.getvalue() == _zipfile(members, theirs)


def test_a_deck_is_byte_identical_to_python_pptxs_writer(fixed_clock, monkeypatch, tmp_path):
    briefing = open_path(SEED)
    ours, _ = build_deck(briefing)
    assert serialized.PackageWriter._write is zipout._write
    monkeypatch.setattr(serialized.PackageWriter, "_write", zipout._ORIGINAL_WRITE)
    theirs, _ = build_deck(briefing)
    assert ours == theirs
    assert zipfile.ZipFile(io.BytesIO(ours)).testzip() is None


def test_a_path_gets_the_same_bytes(fixed_clock, tmp_path):
    members = [("[Content_Types].xml", b"<Types/>"), ("ppt/slides/slide1.xml", b"<p:sld/>" * 50)]
    with open(tmp_path / "b.zip", "wb") as out:
        zipout.write_zip(out, members)
    assert (tmp_path / "b.zip").read_bytes() == _zipfile(members)


def test_rels_names_are_python_pptxs():
    for name in ("/ppt/slides/slide1.xml", "/ppt/presentation.xml", "/a.xml", "/docProps/app.xml"):
        assert zipout._rels_name(PackURI(name)) == PackURI(name).rels_uri.membername


def test_too_many_entries_go_to_python_pptxs_writer(monkeypatch):
    monkeypatch.setattr(zipout, "ENTRIES_MAX", 3)
    assert not zipout._fits([("a", b"")] * 4)
    assert zipout._fits([("a", b"")] * 3)


def test_a_stream_without_a_position_goes_to_python_pptxs_writer(monkeypatch):
    calls = []
    monkeypatch.setattr(zipout, "_ORIGINAL_WRITE", lambda writer: calls.append(writer))

    class Pipe(io.RawIOBase):
        def writable(self):
            return True

    writer = serialized.PackageWriter(Pipe(), None, ())
    zipout._write(writer)
    assert calls == [writer]


def _deck_package():
    from briefing_app.export.deck.template import open_template
    from briefing_app.export.deck.writer import load_choices, plan_deck, read_geometry, render
    from briefing_app.export.templates import resolve_template

    path = resolve_template("deck", None)
    prs = open_template(path)
    geometry = read_geometry(prs, load_choices(path))
    render(prs, plan_deck(open_path(SEED), geometry), geometry)
    return prs.part.package


def test_parts_are_found_in_python_pptxs_order():
    pkg = _deck_package()
    assert zipout.iter_parts(pkg) == list(zipout._ORIGINAL_ITER_PARTS(pkg))
    assert len(zipout.iter_parts(pkg)) > 20


def test_rels_are_python_pptxs_xml():
    pkg = _deck_package()
    parts = zipout.iter_parts(pkg)
    compared = 0
    for rels in [pkg._rels] + [part.rels for part in parts]:
        if type(rels) is _Relationships:  # -- our slides' and notes' rels have their own --
            assert zipout.rels_xml(rels) == zipout._ORIGINAL_RELS_XML(rels)
            compared += 1
    assert compared > 10


@settings(max_examples=200, deadline=None)
@given(
    base=st.sampled_from(["/", "/ppt", "/ppt/slides", "/docProps"]),
    targets=st.lists(
        st.tuples(
            st.sampled_from(["/ppt/a.xml", "/ppt/slides/s&1.xml", "/b.xml", '/ppt/"q".xml',
                             "/ppt/x y.xml", "/ppt/\u00e9\u00a0.xml", "/ppt/t\tab.xml", "https://a.b/?x=1&y=<2>"]),
            st.sampled_from(["rId3", "rId10", "rId2", "rIdx", "r7"]),
        ),
        max_size=5, unique_by=lambda t: t[1],
    ),
)  # fmt: skip
def test_rels_xml_is_python_pptxs_for_any_target(base, targets):
    rels = _Relationships(base)
    for target, rid in targets:
        external = target.startswith("https:")
        dest = target if external else Part(PackURI(target), "application/xml", None)
        mode = RTM.EXTERNAL if external else RTM.INTERNAL
        rels._rels[rid] = _Relationship(base, rid, RT.SLIDE, mode, dest)
    assert zipout.rels_xml(rels) == zipout._ORIGINAL_RELS_XML(rels)


@settings(max_examples=300, deadline=None)
@given(name=st.text(st.sampled_from("ab./XML"), max_size=10))
def test_extension_is_python_pptxs(name):
    partname = PackURI("/ppt/" + name)
    assert extension(partname) == partname.ext


class _FakePart:
    def __init__(self, partname: str, content_type: str) -> None:
        self.partname, self.content_type = PackURI(partname), content_type


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(
        st.builds(
            _FakePart,
            st.sampled_from(["/ppt/slides/slide1.xml", "/ppt/media/image1.PNG", "/a&b.xml",
                             "/ppt/x y.jpeg", "/ppt/\u00e9\u00a0.bin", "/docProps/app.xml", "/t\tab.xml",
                             "/ppt/.rels", "/ppt/s.rels"]),
            st.sampled_from([CT.PML_SLIDE, CT.PNG, CT.JPEG, CT.XML, CT.OPC_RELATIONSHIPS,
                             CT.PML_PRINTER_SETTINGS, 'text/"odd"&<x>']),
        ),
        max_size=8,
    )
)  # fmt: skip
def test_content_types_are_python_pptxs(parts):
    assert content_types_xml(parts) == serialize_part_xml(content_types(parts))


def test_a_decks_content_types_are_python_pptxs():
    parts = zipout.iter_parts(_deck_package())
    assert content_types_xml(parts) == serialize_part_xml(content_types(parts))

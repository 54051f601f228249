"""The deck's zip writer writes the archive zipfile writes: same bytes with the clock fixed."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pptx.opc import serialized

from briefing_app.export.deck import zipout
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
    from pptx.opc.packuri import PackURI

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

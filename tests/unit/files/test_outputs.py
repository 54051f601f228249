"""Output path rules (files/outputs.py): nothing the user has is replaced by an export by mistake.

Each rule is checked through the pack writer the CLI and the app share, and the
folder is compared before and after: a refused export writes nothing.
"""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from briefing_app.core.errors import UserError
from briefing_app.export.pack import write_pack
from briefing_app.files.atomic import write_atomic
from briefing_app.files.outputs import check_outputs, real_target
from briefing_app.project import open_path, save_project
from tests.conftest import SEED

SUFFIXES = {"deck": ".pptx", "memo": ".pdf"}


@pytest.fixture(scope="module")
def briefing():
    return open_path(SEED)


def _snapshot(folder: Path) -> dict[str, bytes | str]:
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            found[path.name] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[path.name] = path.read_bytes()
        else:
            found[path.name] = stat.filemode(path.lstat().st_mode)
    return found


def _refused(tmp_path, briefing, targets, match, protect=None):
    before = _snapshot(tmp_path)
    with pytest.raises(UserError, match=match) as caught:
        write_pack(briefing, targets, protect=protect)
    assert "\n" not in str(caught.value)
    assert _snapshot(tmp_path) == before


def test_an_output_that_is_the_input_is_refused(tmp_path, briefing):
    article = tmp_path / "article.pdf"
    article.write_bytes(b"%PDF-1.4 the user's article")
    _refused(
        tmp_path, briefing, {"memo": (article, None)}, "is the input article",
        protect={article: "the input article"},
    )  # fmt: skip


def test_an_output_that_is_the_project_is_refused_even_through_a_link(tmp_path, briefing):
    project = tmp_path / "work.briefing"
    save_project(briefing, project)
    link = tmp_path / "work.pdf"
    link.symlink_to(project.name)
    _refused(
        tmp_path, briefing, {"memo": (link, None)}, "is the project",
        protect={project: "the project"},
    )  # fmt: skip


def test_a_hard_link_to_the_input_is_the_input(tmp_path, briefing):
    article = tmp_path / "article.pdf"
    article.write_bytes(b"%PDF-1.4 the user's article")
    os.link(article, tmp_path / "other.pdf")
    _refused(
        tmp_path, briefing, {"memo": (tmp_path / "other.pdf", None)}, "input article",
        protect={article: "the input article"},
    )  # fmt: skip


def test_the_template_in_use_is_refused(tmp_path, briefing):
    from briefing_app.export.templates import resolve_template

    template = tmp_path / "house.pptx"
    template.write_bytes(resolve_template("deck", None).read_bytes())
    _refused(tmp_path, briefing, {"deck": (template, template)}, "deck template in use")


def test_deck_and_memo_on_one_file_are_refused(tmp_path, briefing):
    (tmp_path / "d.pptx").symlink_to("same")
    (tmp_path / "m.pdf").symlink_to("same")
    targets = {"deck": (tmp_path / "d.pptx", None), "memo": (tmp_path / "m.pdf", None)}
    _refused(tmp_path, briefing, targets, "cannot both be written")


@pytest.mark.parametrize(
    ("kind", "name"), [("memo", "same.pptx"), ("memo", "a.txt"), ("deck", "x.pdf")]
)
def test_each_output_has_its_own_suffix(tmp_path, briefing, kind, name):
    (tmp_path / name).write_bytes(b"keep me")
    _refused(
        tmp_path, briefing, {kind: (tmp_path / name, None)}, f"must be saved as {SUFFIXES[kind]}"
    )


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path, briefing):
    real = tmp_path / "real" / "memo.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "memo.pdf"
    link.symlink_to(real)
    write_pack(briefing, {"memo": (link, None)})
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in real.parent.iterdir()) == ["memo.pdf"]


def test_a_project_saved_through_a_symlink_keeps_the_link(tmp_path, briefing):
    real = tmp_path / "real.briefing"
    real.write_bytes(b"{}")
    link = tmp_path / "link.briefing"
    link.symlink_to(real.name)
    save_project(briefing, link)
    assert link.is_symlink() and real.read_bytes() == briefing.to_bytes()


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.pdf"
    os.mkfifo(path)
    return path


def _socket(tmp_path: Path) -> Path:
    path = tmp_path / "sock.pdf"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return path


def _device(tmp_path: Path) -> Path:
    path = tmp_path / "null.pdf"
    path.symlink_to("/dev/null")
    return path


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "folder.pdf"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "what"),
    [(_fifo, "a named pipe"), (_socket, "a socket"), (_device, "a device"), (_folder, "a folder")],
)
def test_outputs_that_are_not_regular_files_are_refused(tmp_path, briefing, make, what):
    path = make(tmp_path)
    _refused(tmp_path, briefing, {"memo": (path, None)}, f"it is {what}, not a file")
    with pytest.raises(UserError, match=what):
        write_atomic(path, b"data")
    assert Path("/dev/null").is_char_device()


def test_a_symlink_loop_is_one_sentence(tmp_path, briefing):
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop.name)
    _refused(tmp_path, briefing, {"memo": (loop, None)}, "points to itself")


def test_a_name_too_long_is_one_sentence_and_a_long_one_that_fits_is_written(tmp_path, briefing):
    _refused(tmp_path, briefing, {"memo": (tmp_path / ("x" * 300 + ".pdf"), None)}, "longer than")
    _refused(tmp_path, briefing, {"memo": (tmp_path / ("é" * 130 + ".pdf"), None)}, "longer than")
    fits = tmp_path / ("y" * 251 + ".pdf")
    write_pack(briefing, {"memo": (fits, None)})
    assert fits.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == [fits.name]


def test_a_path_too_long_is_one_sentence(tmp_path):
    deep = tmp_path.joinpath(*["d" * 200] * 25, "m.pdf")
    with pytest.raises(UserError, match="longer than the file system allows"):
        real_target(deep)


def test_check_outputs_returns_the_real_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "l.pdf").symlink_to(tmp_path / "a" / "m.pdf")
    reals = check_outputs({"memo": tmp_path / "l.pdf"}, suffixes=SUFFIXES, protected={})
    assert reals == {"memo": tmp_path / "a" / "m.pdf"}


def test_a_suffix_with_a_newline_is_refused_in_one_line(tmp_path):
    """Found by the fuzz test: the suffix went into the sentence as written."""
    with pytest.raises(UserError) as refused:
        check_outputs({"memo": tmp_path / "...\n"}, suffixes={"memo": ".pdf"}, protected={})
    assert "\n" not in str(refused.value) and "not .\\n" in str(refused.value)

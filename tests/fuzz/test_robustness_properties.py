"""Issue 19's campaign as properties: hostile templates, memo templates, projects, output paths, front matter.

Each family states the contract the user sees: the export finishes (and its
result reopens) or stops with one sentence (UserError, one line), within a
time and memory bound per example (tests/fuzz/bounds.py), and nothing the user
has is overwritten. ``BRIEFING_FUZZ_EXAMPLES`` raises every family's count for
a long local run.
"""

from __future__ import annotations

import io
import json
import os
import re
import socket
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.deck.writer import build_deck
from briefing_app.export.memo.template import load_template
from briefing_app.export.memo.writer import render_memo
from briefing_app.export.templates import builtin_template_dir
from briefing_app.files.atomic import write_atomic
from briefing_app.files.outputs import check_outputs
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from briefing_app.project import load_project
from tests.fuzz.bounds import bounded
from tests.fuzz.strategies import EXAMPLES, NAUGHTY
from tests.hostile_builders import entries, repack

ARTICLE = (
    b"Peace in the South Caucasus\n\nBy Jane Doe\n\nThe talks resume in Brussels this week.\n\n"
    b"What should be done\n\nFirst, the EU should fund demining now.\n\n"
    b"Second, both sides should open the border.\n\nFinally, donors must pay for it."
)
SECONDS, MEMORY_MB = 60.0, 1536


def _settings(default: int) -> settings:
    return settings(
        max_examples=EXAMPLES or default,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.function_scoped_fixture,
        ],
    )


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return Briefing.from_article(analyze(read_bytes(ARTICLE, name="a.txt", suffix=".txt")))


def _one_sentence(exc: UserError) -> None:
    message = str(exc)
    assert message and "\n" not in message and "Traceback" not in message, message
    assert len(message) < 1000, message[:200]


# ------------------------------------------------------------------ deck templates

_BUILTIN_DECKS = {
    p.stem: entries(p.read_bytes()) for p in builtin_template_dir("deck").glob("*.pptx")
}
_ATTRIBUTE = re.compile(r'\s([\w:]+)="([^"]*)"')
HOSTILE_VALUES = (
    "", "abc", "-1", "0", "1", "1.5", "1e9", "99999999999999999999", "-99999999999999999999",
    "914400", "12700", "NaN", "rId999", "../../x.xml", "bogus", " 12 ", "\u0661\u0662",
)  # fmt: skip


@st.composite
def hostile_deck_template(draw) -> bytes:
    """A built-in template with one part changed: an attribute, the part cut, emptied or removed."""
    parts = dict(_BUILTIN_DECKS[draw(st.sampled_from(sorted(_BUILTIN_DECKS)))])
    name = draw(st.sampled_from(sorted(n for n in parts if n.endswith((".xml", ".rels")))))
    body = parts[name]
    how = draw(st.sampled_from(["attribute", "attribute", "attribute", "cut", "empty", "delete"]))
    if how == "delete":
        del parts[name]
    elif how == "empty":
        parts[name] = b""
    elif how == "cut":
        parts[name] = body[: draw(st.integers(0, len(body)))]
    else:
        text = body.decode("utf-8")
        found = list(_ATTRIBUTE.finditer(text))
        if found:
            match = draw(st.sampled_from(found))
            value = draw(st.sampled_from(HOSTILE_VALUES) | st.text(max_size=12))
            value = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            value = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "", value)
            start, end = match.span(2)
            parts[name] = (text[:start] + value + text[end:]).encode("utf-8")
    return repack(parts)


@_settings(25)
@given(data=st.data())
def test_hostile_deck_templates_give_a_deck_or_one_sentence(briefing, data, tmp_path):
    path = tmp_path / "house.pptx"
    path.write_bytes(data.draw(hostile_deck_template()))
    with bounded(SECONDS, MEMORY_MB):
        try:
            deck, _warnings = build_deck(briefing, template=path)
        except UserError as exc:
            _one_sentence(exc)
            return
        assert len(Presentation(io.BytesIO(deck)).slides) >= 3


# ------------------------------------------------------------------ memo templates

_toml_scalars = (
    st.text(max_size=30)
    | st.sampled_from(NAUGHTY)
    | st.integers()
    | st.floats()
    | st.booleans()
    | st.sampled_from(["letter", "a4", "serif", "sans", "#1F3864", "us", "iso", "header", "annex"])
)
_MEMO_KEYS = {
    "page": ["size", "margin_top_mm", "margin_bottom_mm", "margin_left_mm", "margin_right_mm"],
    "fonts": ["family", "body_size", "heading_size", "title_size"],
    "colours": ["text", "accent", "muted", "marking"],
    "letterhead": ["text", "image", "image_height_mm"],
    "blocks": ["order"],
    "limits": ["max_pages", "bottom_line_lines", "key_figures"],
    "unknown": ["key"],
}
_IMAGE_PATHS = st.sampled_from(
    ["logo.png", "../logo.png", "/etc/passwd", "sub/../logo.png", "logo\x00.png", "x" * 300 + ".png",
     "C:\\logo.png", "~/logo.png", "logo.PNG", "", "."]
)  # fmt: skip


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return (
            "nan"
            if value != value
            else ("inf" if value > 0 else "-inf")
            if abs(value) == float("inf")
            else repr(value)
        )
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


@st.composite
def hostile_memo_template(draw) -> bytes:
    """A TOML memo template: known and unknown keys with any values, odd letterhead paths, a BOM."""
    lines = []
    for table in draw(st.lists(st.sampled_from(sorted(_MEMO_KEYS)), max_size=5, unique=True)):
        lines.append(f"[{table}]")
        for key in draw(st.lists(st.sampled_from(_MEMO_KEYS[table]), max_size=4, unique=True)):
            if key == "image":
                value: object = draw(_IMAGE_PATHS)
            elif key == "order":
                value = draw(st.lists(_toml_scalars, max_size=8))
            else:
                value = draw(_toml_scalars)
            lines.append(f"{key} = {_toml_value(value)}")
    text = "\n".join(lines) + "\n"
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return data


@_settings(40)
@given(data=st.data())
def test_hostile_memo_templates_give_a_memo_or_one_sentence(briefing, data, tmp_path):
    folder = tmp_path / "tpl"
    folder.mkdir(exist_ok=True)
    from PIL import Image

    Image.new("RGB", (30, 10), "navy").save(folder / "logo.png")
    path = folder / "mine.toml"
    path.write_bytes(data.draw(hostile_memo_template()))
    with bounded(SECONDS, MEMORY_MB):
        try:
            template = load_template(path)
        except UserError as exc:
            _one_sentence(exc)
            return
        if template.letterhead_image is not None:
            assert template.letterhead_image.is_relative_to(folder.resolve())
        if data.draw(st.integers(0, 3)) == 0:  # -- a quarter are also rendered (about 1 s each) --
            assert render_memo(briefing, template=template).pdf.startswith(b"%PDF-")


# ------------------------------------------------------------------ projects

_NUMBERS = st.sampled_from(
    ["Infinity", "-Infinity", "NaN", "1e999", "-1e999", "9" * 4301, "9" * 5000, "1" * 31, "0.0",
     "-0", "1E400", "123456789012345678901234567890"]
)  # fmt: skip


@st.composite
def hostile_project(draw, saved: str) -> bytes:
    """A saved project with a JSON value replaced by a hostile number, maybe with a BOM."""
    values = list(re.finditer(r'(?<=: )("(?:[^"\\]|\\.)*"|-?\d+|true|false|null)', saved))
    text = saved
    for _ in range(draw(st.integers(1, 3))):
        match = draw(st.sampled_from(values))
        text = text[: match.start()] + draw(_NUMBERS) + text[match.end() :]
        values = list(re.finditer(r'(?<=: )("(?:[^"\\]|\\.)*"|-?\d+|true|false|null)', text))
    raw = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + raw) if draw(st.booleans()) else raw


@_settings(60)
@given(data=st.data())
def test_hostile_numbers_in_projects_load_or_are_one_sentence(briefing, data, tmp_path):
    saved = briefing.to_bytes().decode("utf-8")
    raw = data.draw(hostile_project(saved))
    path = tmp_path / "work.briefing"
    path.write_bytes(raw)
    with bounded(SECONDS, MEMORY_MB):
        try:
            loaded = load_project(path)
        except UserError as exc:
            _one_sentence(exc)
        else:
            build_deck(loaded)
    assert path.read_bytes() == raw


# ------------------------------------------------------------------ output paths

_NAME_PIECES = st.sampled_from(
    ["memo", "deck", "é", "Փ", " ", ".", "..", "-", "x" * 120, "\u202e", "日本", "a b", "%s", "*"]
)
_SUFFIXES = st.sampled_from([".pdf", ".pptx", ".PDF", "", ".txt", ".briefing"])
_OCCUPANTS = st.sampled_from(
    ["nothing", "file", "link-to-file", "link-to-folder", "dangling-link", "loop", "folder",
     "fifo", "socket", "device", "input", "link-to-input", "hard-link-to-input"]
)  # fmt: skip


def _occupy(path: Path, occupant: str, folder: Path, source: Path) -> None:
    target = folder / "elsewhere.bin"
    if occupant == "file":
        path.write_bytes(b"the user's file")
    elif occupant == "link-to-file":
        target.write_bytes(b"the user's file")
        path.symlink_to(target)
    elif occupant == "link-to-folder":
        path.symlink_to(folder)
    elif occupant == "dangling-link":
        path.symlink_to(folder / "missing" / "x.pdf")
    elif occupant == "loop":
        path.symlink_to(path.name)
    elif occupant == "folder":
        path.mkdir()
    elif occupant == "fifo":
        os.mkfifo(path)
    elif occupant == "socket":
        sock = socket.socket(socket.AF_UNIX)
        try:
            sock.bind(str(path))
        finally:
            sock.close()
    elif occupant == "device":
        path.symlink_to("/dev/null")
    elif occupant == "link-to-input":
        path.symlink_to(source)
    elif occupant == "hard-link-to-input":
        os.link(source, path)


def _snapshot(folder: Path) -> dict[str, object]:
    found: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            found[str(path)] = ("link", os.readlink(path))
        elif stat.S_ISREG(mode):
            found[str(path)] = path.read_bytes()
        else:
            found[str(path)] = stat.filemode(mode)
    return found


@_settings(150)
@given(
    pieces=st.lists(_NAME_PIECES | st.text(min_size=1, max_size=20), min_size=1, max_size=4),
    suffix=_SUFFIXES,
    occupant=_OCCUPANTS,
    repeat=st.integers(1, 3),
)
def test_output_paths_write_the_real_file_or_refuse_and_change_nothing(
    pieces, suffix, occupant, repeat
):
    name = ("".join(pieces) * repeat) + suffix
    with tempfile.TemporaryDirectory() as tmp, bounded(10, 512):
        folder = Path(tmp)
        source = folder / "article.pdf"
        source.write_bytes(b"%PDF- the user's article")
        try:
            path = folder / name if occupant != "input" else source
            if occupant not in ("nothing", "input"):
                _occupy(path, occupant, folder, source)
        except (OSError, ValueError):
            return  # -- a name this file system cannot hold at all: nothing to occupy --
        before = _snapshot(folder)
        try:
            reals = check_outputs(
                {"memo": path}, suffixes={"memo": ".pdf"}, protected={source: "the input article"}
            )
            write_atomic(path, b"%PDF-new")
        except UserError as exc:
            _one_sentence(exc)
            assert _snapshot(folder) == before
            return
        real = reals["memo"]
        assert real.read_bytes() == b"%PDF-new"
        assert source.read_bytes() == b"%PDF- the user's article"
        if path.is_symlink():
            assert os.path.realpath(path) == str(real)
        after = _snapshot(folder)
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        assert changed <= {str(real), str(path)}, changed


# ------------------------------------------------------------------ Markdown front matter and headings

_anchor_names = st.sampled_from(["a", "b", "c", "lol", "x1"])


@st.composite
def hostile_front_matter(draw) -> str:
    """YAML with anchors and aliases (billion laughs), deep nesting, tags, odd dates and numbers."""
    kind = draw(st.sampled_from(["laughs", "nesting", "tags", "scalars", "junk"]))
    if kind == "laughs":
        width, depth = draw(st.integers(2, 12)), draw(st.integers(2, 9))
        lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
        for level in range(1, depth):
            lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * width)}]")
        key = draw(st.sampled_from(["title", "author", "date", "description"]))
        lines.append(f"{key}: *a{depth - 1}")
        return "\n".join(lines)
    if kind == "nesting":
        depth = draw(st.integers(10, 3000))
        opener = draw(st.sampled_from(["[", "{a: ", "- "]))
        return "title: " + opener * depth
    if kind == "tags":
        tag = draw(
            st.sampled_from(
                [
                    "!!python/object/apply:os.system",
                    "!!binary",
                    "!!int",
                    "!!set",
                    "!foo",
                    "!!timestamp",
                ]
            )
        )
        return f"title: {tag} {draw(st.sampled_from(['x', '[1]', '2021-02-30', 'AAAA']))}"
    if kind == "scalars":
        value = draw(
            st.sampled_from(
                [
                    "2021-02-30",
                    "2021-13-01",
                    "9" * 5000,
                    ".inf",
                    "~",
                    "null",
                    "yes",
                    "0x1F",
                    "1e99999",
                    "'" + "z" * 70000 + "'",
                ]
            )
        )
        key = draw(st.sampled_from(["title", "date", "author", "published"]))
        return f"{key}: {value}"
    return draw(st.text(max_size=200)).replace("---", "- -")


@st.composite
def pathological_markdown(draw) -> bytes:
    front = draw(hostile_front_matter())
    heading_length = draw(st.sampled_from([10, 500, 5_000, 50_000]))
    word = draw(st.sampled_from(["word ", "x", "Փաշինյան ", "\u0301"]))
    heading = (word * heading_length)[:heading_length]
    body = (
        f"---\n{front}\n---\n\n# {heading}\n\nA lead paragraph of plain words.\n\n"
        f"## {heading[: heading_length // 2]}\n\nFirst, do this. Second, do that.\n"
    )
    return body.encode("utf-8", "surrogatepass")


@_settings(30)
@given(data=st.data())
def test_pathological_front_matter_and_headings_export_or_refuse_quickly(data):
    raw = data.draw(pathological_markdown())
    with bounded(SECONDS, MEMORY_MB):
        try:
            document = read_bytes(raw, name="a.md", suffix=".md")
            briefing = Briefing.from_article(analyze(document))
        except UserError as exc:
            _one_sentence(exc)
            return
        assert len(briefing.article.title) < 100_000
        deck, _warnings = build_deck(briefing)
        assert len(Presentation(io.BytesIO(deck)).slides) >= 2

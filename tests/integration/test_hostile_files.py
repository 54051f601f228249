"""Hostile files through the real CLI: one line, exit 2, no output left, < 10 s, < 500 MB.

Each case runs ``python -m briefing_app`` under a small wrapper process that
reports the CLI's wall time and the peak RSS of the CLI and any reader child
it started (``getrusage(RUSAGE_CHILDREN)``). Run with ``-s`` to see the table.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing_app.core.briefing import SCHEMA_VERSION
from tests import hostile_builders as hb

ROOT = Path(__file__).resolve().parents[2]
MAX_SECONDS = 10.0
MAX_RSS_MB = 500.0

_WRAPPER = textwrap.dedent(
    """
    import json, resource, subprocess, sys, time
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "briefing_app", *sys.argv[1:]], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"rc": done.returncode, "out": done.stdout, "err": done.stderr,
                      "seconds": seconds, "rss_mb": rss_mb}))
    """
)


@dataclass
class Run:
    rc: int
    out: str
    err: str
    seconds: float
    rss_mb: float


def run_cli(*args: str | Path, cwd: Path) -> Run:
    """The CLI in a fresh process, measured; the wrapper itself is not counted."""
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    return Run(**json.loads(done.stdout))


def assert_refused(run: Run, match: str, *, name: str) -> None:
    """Exit 2, exactly one line naming the problem, no traceback, inside the time and memory budget."""
    print(f"\n{name:<28} rc={run.rc} {run.seconds:5.2f} s {run.rss_mb:6.0f} MB  {run.err.strip()}")
    assert run.rc == 2, (run.out, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("briefing-app: ") and "Traceback" not in run.err
    assert match.lower() in lines[0].lower(), lines[0]
    assert run.seconds < MAX_SECONDS
    assert run.rss_mb < MAX_RSS_MB


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def assert_nothing_written(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == []


@pytest.fixture
def listener():
    """A local TCP port that records whether anything connected to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    sock.setblocking(False)
    yield sock
    sock.close()


def connected(sock: socket.socket) -> bool:
    try:
        sock.accept()[0].close()
    except BlockingIOError:
        return False
    return True


@pytest.fixture(scope="module")
def bomb_docx() -> bytes:
    return hb.zip_bomb(hb.plain_docx(), member="word/media/image1.png")


@pytest.fixture(scope="module")
def bomb_pptx() -> bytes:
    return hb.zip_bomb(hb.plain_pptx(), member="ppt/media/image1.png")


# -- inputs (articles and projects) ----------------------------------------------------------


def _docx_with(doctype: str, *, ref: str | None = None) -> bytes:
    return hb.with_doctype(
        hb.plain_docx("before after"), "word/document.xml", doctype, text_ref=ref
    )


@pytest.mark.slow
def test_docx_with_external_entities_reads_nothing(tmp_path, out_dir, listener):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-7731")
    for n, url in enumerate(
        [f"file://{secret}", f"http://127.0.0.1:{listener.getsockname()[1]}/x"]
    ):
        path = tmp_path / f"xxe{n}.docx"
        path.write_bytes(_docx_with(hb.xxe_doctype(url), ref="&xxe;"))
        run = run_cli(
            "export", path, "--deck", out_dir / "d.pptx", "--memo", out_dir / "m.pdf", cwd=tmp_path
        )
        assert_refused(run, "document type declaration", name=f"docx external entity {n}")
        assert "TOPSECRET" not in run.out + run.err
    assert not connected(listener)
    assert_nothing_written(out_dir)


@pytest.mark.slow
def test_docx_billion_laughs_is_refused(tmp_path):
    path = tmp_path / "laughs.docx"
    path.write_bytes(_docx_with(hb.billion_laughs_doctype(), ref="&lol9;"))
    assert_refused(
        run_cli("inspect", path, cwd=tmp_path),
        "document type declaration",
        name="docx billion laughs",
    )


@pytest.mark.slow
def test_docx_zip_bomb_is_refused(tmp_path, bomb_docx):
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb_docx)
    assert_refused(
        run_cli("inspect", path, cwd=tmp_path),
        "implausibly large",
        name="docx zip bomb (2 GiB part)",
    )


@pytest.mark.slow
def test_corrupt_docx_is_refused(tmp_path):
    path = tmp_path / "cut.docx"
    path.write_bytes(hb.truncated(hb.plain_docx()))
    assert_refused(run_cli("inspect", path, cwd=tmp_path), "damaged", name="truncated docx")


@pytest.mark.slow
def test_a_200_mb_text_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    paragraph = ("The negotiators met again in Brussels. " * 40 + "\n\n").encode()
    with path.open("wb") as handle:
        for _ in range(200 * 1024 * 1024 // len(paragraph) + 1):
            handle.write(paragraph)
    assert path.stat().st_size >= 200 * 1024 * 1024
    assert_refused(run_cli("inspect", path, cwd=tmp_path), "too large", name="200 MB text file")


def _project_bytes(seed_path: Path) -> bytes:
    from briefing_app.core.briefing import Briefing
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_document

    return Briefing.from_article(analyze(read_document(seed_path))).to_bytes()


def _json_edit(data: bytes, **changes) -> bytes:
    return json.dumps({**json.loads(data), **changes}).encode()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (lambda b: b[: len(b) // 2], "corrupt JSON"),
        (lambda b: b"\xff\xfe" + b[2:], "corrupt JSON"),
        (lambda b: _json_edit(b, schema=SCHEMA_VERSION + 1), "newer Briefing Builder"),
        (lambda b: _json_edit(b, schema=str(SCHEMA_VERSION)), "no schema version"),
        (lambda b: _json_edit(b, source=["not", "a", "document"]), "damaged"),
        (lambda b: _json_edit(b, source={"text": 5, "blocks": "x"}), "damaged"),
        (lambda b: _json_edit(b, picked="everything", edits=[1, 2]), "damaged"),
    ],
    ids=[
        "truncated",
        "binary",
        "newer-schema",
        "schema-not-int",
        "source-not-object",
        "text-not-string",
        "picks-wrong-type",
    ],
)
def test_corrupt_or_newer_projects_are_refused(tmp_path, out_dir, seed_path, mutate, match):
    good = _project_bytes(seed_path)
    path = tmp_path / "work.briefing"
    path.write_bytes(mutate(good))
    assert path.read_bytes() != good
    run = run_cli(
        "export", path, "--deck", out_dir / "d.pptx", "--memo", out_dir / "m.pdf", cwd=tmp_path
    )
    assert_refused(run, match, name=f"project: {match}")
    assert_nothing_written(out_dir)


# -- outputs -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_output_folder_that_is_a_file(tmp_path, seed_path, out_dir):
    (tmp_path / "notes.txt").write_text("x")
    run = run_cli(
        "export",
        seed_path,
        "--deck",
        out_dir / "d.pptx",
        "--memo",
        tmp_path / "notes.txt" / "m.pdf",
        cwd=tmp_path,
    )
    assert_refused(run, "is not a folder", name="output folder is a file")
    assert_nothing_written(out_dir)
    assert (tmp_path / "notes.txt").read_text() == "x"


def _read_only_runner(folder: Path) -> list[str] | None:
    """A command prefix under which ``folder`` is not writable (chmod, or a read-only bind mount for root)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return []
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        return None
    return [
        "unshare",
        "-rm",
        "sh",
        "-c",
        f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && exec "$0" "$@"',
    ]


@pytest.mark.slow
def test_output_that_cannot_be_written_keeps_the_old_file(tmp_path, seed_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    old = folder / "brief.pptx"
    old.write_bytes(b"yesterday's deck")
    prefix = _read_only_runner(folder)
    if prefix is None:
        pytest.skip("cannot make a read-only folder here")
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-c", _WRAPPER, "export", str(seed_path), "--deck", str(old)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    run = Run(**json.loads(done.stdout))
    assert_refused(run, "Cannot write", name="output not writable")
    assert old.read_bytes() == b"yesterday's deck"
    assert sorted(p.name for p in folder.iterdir()) == ["brief.pptx"]


# -- deck templates ----------------------------------------------------------------------------


def _template_cases(
    tmp_path: Path, listener, bomb_pptx: bytes
) -> list[tuple[str, str, bytes, str]]:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-7731")
    layout = "ppt/slideLayouts/slideLayout1.xml"
    base = hb.plain_pptx()
    port = listener.getsockname()[1]
    return [
        ("zip bomb (2 GiB part)", "bomb.pptx", bomb_pptx, "implausibly large"),
        (
            "external entity (file)",
            "xxe.pptx",
            hb.with_doctype(base, layout, hb.xxe_doctype(f"file://{secret}"), text_ref="&xxe;"),
            "document type declaration",
        ),
        (
            "external entity (http)",
            "xxe.potx",
            hb.with_doctype(
                base, layout, hb.xxe_doctype(f"http://127.0.0.1:{port}/"), text_ref="&xxe;"
            ),
            "document type declaration",
        ),
        (
            "billion laughs",
            "laughs.pptx",
            hb.with_doctype(base, "ppt/presentation.xml", hb.billion_laughs_doctype()),
            "document type declaration",
        ),
        (
            "linked outside picture",
            "linked.pptx",
            hb.with_external_link(base, url=f"http://127.0.0.1:{port}/p.png"),
            "outside content",
        ),
        ("macro-enabled .pptm", "macro.pptm", hb.with_macros(base), "macro"),
        ("macros inside a .pptx", "macro.pptx", hb.with_macros(base), "macro"),
        ("corrupt zip", "cut.pptx", hb.truncated(base), "damaged"),
        ("PDF renamed .pptx", "memo.pptx", hb.pdf_bytes(), "not a zip package"),
    ]


@pytest.mark.slow
def test_hostile_deck_templates_are_refused(tmp_path, seed_path, out_dir, listener, bomb_pptx):
    for name, filename, data, match in _template_cases(tmp_path, listener, bomb_pptx):
        template = tmp_path / filename
        template.write_bytes(data)
        run = run_cli(
            "export",
            seed_path,
            "--deck",
            out_dir / "d.pptx",
            "--memo",
            out_dir / "m.pdf",
            "--deck-template",
            template,
            cwd=tmp_path,
        )
        assert_refused(run, match, name=f"template: {name}")
        assert "TOPSECRET" not in run.out + run.err
        assert_nothing_written(out_dir)
    assert not connected(listener)


# -- defence in depth: even past zipguard, the Office libraries resolve nothing -----------------

_BYPASS = textwrap.dedent(
    """
    import io, sys, time
    import docx
    from lxml import etree
    from pptx import Presentation

    def read(path):
        if path.endswith(".pptx"):
            prs = Presentation(path)
            return [s.text_frame.text for l in prs.slide_layouts for s in l.shapes if s.has_text_frame]
        return [p.text for p in docx.Document(path).paragraphs]

    start = time.perf_counter()
    for path in sys.argv[1:]:
        try:
            print(path, repr(read(path)))
        except etree.XMLSyntaxError as exc:  # -- libxml2's own amplification guard refusing --
            print(path, "refused:", exc)
    print(round(time.perf_counter() - start, 2))
    """
)


@pytest.mark.slow
def test_python_pptx_and_python_docx_resolve_no_entities_even_without_the_guard(tmp_path, listener):
    """Parse the evil parts with the libraries directly, under strace: no secret file opened, no connection."""
    strace = shutil.which("strace")
    if (
        strace
        and subprocess.run([strace, "-o", os.devnull, "true"], capture_output=True).returncode
    ):
        strace = None  # -- ptrace not allowed here (some containers); the other checks remain --
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-7731")
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/x"
    layout = "ppt/slideLayouts/slideLayout1.xml"
    files = {
        "evil.pptx": hb.with_doctype(
            hb.plain_pptx(), layout, hb.xxe_doctype(f"file://{secret}"), text_ref="&xxe;"
        ),
        "evil.docx": _docx_with(hb.xxe_doctype(url), ref="&xxe;"),
        "laughs.docx": _docx_with(hb.billion_laughs_doctype(), ref="&lol9;"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    trace = tmp_path / "trace.txt"
    prefix = [strace, "-f", "-e", "trace=open,openat,connect", "-o", str(trace)] if strace else []
    done = subprocess.run(
        [*prefix, sys.executable, "-c", _BYPASS, *(str(tmp_path / n) for n in files)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert "TOPSECRET" not in done.stdout
    assert "lollollol" not in done.stdout, "billion laughs expanded"
    assert float(done.stdout.split()[-1]) < 5
    assert not connected(listener)
    if strace:
        calls = trace.read_text()
        assert str(secret) not in calls and "connect(" not in calls


# -- nesting bombs: every parser that recurses gets input deeper than Python's stack ------------

DEEP = 100_000


@pytest.mark.slow
def test_deeply_nested_project_json_is_refused(tmp_path):
    path = tmp_path / "deep.briefing"
    path.write_text("[" * DEEP + "]" * DEEP)
    assert_refused(
        run_cli("inspect", path, cwd=tmp_path), "corrupt JSON", name="project: nested JSON"
    )


@pytest.mark.slow
def test_deeply_nested_memo_template_is_refused(tmp_path, seed_path, out_dir):
    template = tmp_path / "deep.toml"
    template.write_text("a = " + "[" * DEEP + "]" * DEEP + "\n")
    pdf_template = tmp_path / "renamed.toml"
    pdf_template.write_bytes(hb.pdf_bytes())
    for path, match in ((template, "nested too deeply"), (pdf_template, "not UTF-8")):
        run = run_cli(
            "export",
            seed_path,
            "--deck",
            out_dir / "d.pptx",
            "--memo",
            out_dir / "m.pdf",
            "--memo-template",
            path,
            cwd=tmp_path,
        )
        assert_refused(run, match, name=f"memo template: {match}")
        assert_nothing_written(out_dir)


@pytest.mark.slow
def test_deeply_nested_front_matter_is_ignored_not_fatal(tmp_path):
    path = tmp_path / "deep.md"
    path.write_text(
        "---\ntitle: " + "[" * DEEP + "]" * DEEP + "\n---\n\nThe talks resume in Brussels.\n"
    )
    run = run_cli("inspect", path, "--json", cwd=tmp_path)
    assert run.rc == 0 and "Traceback" not in run.err, run.err
    assert "The talks resume in Brussels." in run.out
    assert run.seconds < MAX_SECONDS and run.rss_mb < MAX_RSS_MB


@pytest.mark.slow
@pytest.mark.parametrize("run_of", ["[", "<", "[a](", "**a "])
def test_markdown_made_of_one_repeated_token_is_read_in_linear_time(tmp_path, run_of):
    """Inline-markup regexes once backtracked quadratically on such lines (80 s for 200 KB)."""
    path = tmp_path / "runs.md"
    path.write_text("# Title\n\n" + run_of * (400_000 // len(run_of)) + "\n")
    run = run_cli("inspect", path, cwd=tmp_path)
    print(
        f"\nmarkdown run of {run_of!r:<8}       rc={run.rc} {run.seconds:5.2f} s {run.rss_mb:6.0f} MB"
    )
    assert run.rc == 0 and "Traceback" not in run.err, run.err
    assert run.seconds < MAX_SECONDS and run.rss_mb < MAX_RSS_MB


@pytest.mark.slow
@pytest.mark.skipif(
    os.name == "nt", reason="Windows refuses the rename; test_atomic covers that message"
)
def test_output_held_open_by_a_reader_is_replaced_whole(tmp_path, seed_path):
    """POSIX: a viewer holding the old deck keeps reading the old bytes; the path gets the new deck."""
    deck = tmp_path / "brief.pptx"
    deck.write_bytes(b"yesterday's deck")
    with deck.open("rb") as viewer:
        run = run_cli("export", seed_path, "--deck", deck, cwd=tmp_path)
        assert viewer.read() == b"yesterday's deck"
    assert run.rc == 0, run.err
    assert deck.read_bytes().startswith(b"PK") and sorted(p.name for p in tmp_path.iterdir()) == [
        "brief.pptx"
    ]

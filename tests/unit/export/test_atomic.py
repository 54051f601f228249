"""write_atomic: the previous file survives every failure, no temp is left, the user gets one sentence."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from briefing_app.core.errors import UserError
from briefing_app.files import atomic
from briefing_app.files.atomic import write_atomic

OLD = b"previous version\n" * 100
NEW = b"new version\n" * 10_000
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "project.briefing"
    path.write_bytes(OLD)
    return path


def _leftovers(folder: Path, keep: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != keep)


def test_replaces_the_file_and_leaves_nothing_else(target):
    write_atomic(target, NEW)
    assert target.read_bytes() == NEW
    assert _leftovers(target.parent, target) == []
    assert target.stat().st_mode & 0o777 == 0o644


def _failing(exc: OSError):
    def fail(*_args, **_kwargs):
        raise exc

    return fail


@pytest.mark.parametrize(
    ("patch", "exc", "message"),
    [
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        ("fsync", OSError(errno.EIO, "Input/output error"), "Input/output error"),
        ("replace", PermissionError(errno.EACCES, "Access is denied"), "is the file open"),
        ("replace", OSError(errno.EROFS, "Read-only file system"), "the disk is read-only"),
        ("mkstemp", OSError(errno.EDQUOT, "Disk quota exceeded"), "Disk quota exceeded"),
    ],
    ids=["disk-full", "io-error", "held-open", "read-only", "quota"],
)
def test_a_failed_save_keeps_the_previous_file_and_says_why(
    target, monkeypatch, patch, exc, message
):
    module = atomic.tempfile if patch == "mkstemp" else atomic.os
    monkeypatch.setattr(module, patch, _failing(exc))
    with pytest.raises(UserError, match=message) as info:
        write_atomic(target, NEW)
    assert str(target) in str(info.value) and "\n" not in str(info.value)
    assert target.read_bytes() == OLD
    assert _leftovers(target.parent, target) == []


def test_a_briefly_held_file_is_replaced_once_it_is_let_go(target, monkeypatch):
    """Windows: a scanner holding the file makes the rename fail for a moment; we try again."""
    real_replace, refusals = os.replace, []

    def held_twice(source, destination):
        if len(refusals) < 2:
            refusals.append(destination)
            raise PermissionError(errno.EACCES, "Access is denied")
        real_replace(source, destination)

    monkeypatch.setattr(atomic, "RENAME_RETRY_DELAYS", (0.001, 0.001, 0.001))
    monkeypatch.setattr(atomic.os, "replace", held_twice)
    write_atomic(target, NEW)
    assert target.read_bytes() == NEW and len(refusals) == 2
    assert _leftovers(target.parent, target) == []


def test_a_file_held_open_for_good_is_reported_after_the_retries(target, monkeypatch):
    monkeypatch.setattr(atomic, "RENAME_RETRY_DELAYS", (0.001, 0.001))
    monkeypatch.setattr(atomic.os, "replace", _failing(PermissionError(errno.EACCES, "denied")))
    with pytest.raises(UserError, match="is the file open in another program"):
        write_atomic(target, NEW)
    assert target.read_bytes() == OLD and _leftovers(target.parent, target) == []


def test_a_write_that_runs_out_of_space_midway_keeps_the_previous_file(target, monkeypatch):
    real_fdopen = os.fdopen

    class HalfFull:
        def __init__(self, handle):
            self._handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

        def write(self, data):
            self._handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: HalfFull(real_fdopen(fd, mode)))
    with pytest.raises(UserError, match="the disk is full"):
        write_atomic(target, NEW)
    assert target.read_bytes() == OLD
    assert _leftovers(target.parent, target) == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda d: (d / "file.txt").write_text("x") and d / "file.txt" / "out.pptx",
            "is not a folder",
        ),
        (lambda d: d / "missing" / "out.pptx", "does not exist"),
        (lambda d: (d / "dir.pptx").mkdir() or d / "dir.pptx", "it is a folder"),
    ],
    ids=["folder-is-a-file", "folder-missing", "target-is-a-folder"],
)
def test_impossible_targets_are_refused_before_writing(tmp_path, make, message):
    path = make(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(UserError, match=message):
        write_atomic(path, NEW)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


_FULL_DISK_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from briefing_app.core.errors import UserError
    from briefing_app.files.atomic import write_atomic

    target = Path(sys.argv[1]) / "project.briefing"
    write_atomic(target, b"previous" * 1000)
    try:
        write_atomic(target, b"new" * 400_000)
    except UserError as exc:
        print("ERROR", exc)
    else:
        print("WROTE")
    print("INTACT", target.read_bytes() == b"previous" * 1000)
    print("FILES", sorted(p.name for p in target.parent.iterdir()))
    """
)


def _run_child(cmd: list[str], env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)


def test_a_really_full_disk_keeps_the_previous_file(tmp_path):
    """A 256 KB tmpfs in a private mount namespace (unshare); skipped where namespaces are off."""
    unshare = shutil.which("unshare")
    mount = tmp_path / "small"
    mount.mkdir()
    script = tmp_path / "child.py"
    script.write_text(_FULL_DISK_CHILD)
    shell = f'mount -t tmpfs -o size=256k tmpfs "{mount}" && exec "{sys.executable}" "{script}" "{mount}"'
    if unshare is None or _run_child([unshare, "-rm", "true"]).returncode != 0:
        pytest.skip("no unprivileged mount namespaces here")
    result = _run_child([unshare, "-rm", "sh", "-c", shell])
    assert result.returncode == 0, result.stderr
    assert "ERROR Cannot write" in result.stdout and "the disk is full" in result.stdout
    assert "INTACT True" in result.stdout
    assert "FILES ['project.briefing']" in result.stdout


def test_a_file_size_limit_keeps_the_previous_file(tmp_path):
    """RLIMIT_FSIZE makes the kernel refuse the write midway (EFBIG): a real fault, no patching."""
    script = tmp_path / "child.py"
    script.write_text(
        "import resource, signal\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))\n" + _FULL_DISK_CHILD
    )
    result = _run_child([sys.executable, str(script), str(tmp_path)])
    assert result.returncode == 0, result.stderr
    assert "ERROR Cannot write" in result.stdout and "File too large" in result.stdout
    assert "INTACT True" in result.stdout
    assert "FILES ['child.py', 'project.briefing']" in result.stdout


def test_several_files_are_synced_together_then_all_replaced(tmp_path, monkeypatch):
    deck, memo = tmp_path / "out.pptx", tmp_path / "out.pdf"
    deck.write_bytes(OLD)
    together = threading.Barrier(2, timeout=5)  # -- one sync after the other would time out --
    real_fsync, synced = os.fsync, []

    def fsync(fd):
        if not synced:  # -- the two files' syncs, not the folder's --
            together.wait()
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic, "_fsync_folder", lambda folder: synced.append(folder))
    atomic.write_all_atomic([(deck, NEW), (memo, b"memo")])
    assert (deck.read_bytes(), memo.read_bytes()) == (NEW, b"memo")
    assert synced == [tmp_path]  # -- one folder, synced once --
    assert _leftovers(tmp_path, deck) == ["out.pdf"]


def test_a_file_that_cannot_be_written_leaves_every_other_file_as_it_was(tmp_path):
    deck = tmp_path / "out.pptx"
    deck.write_bytes(OLD)
    with pytest.raises(UserError, match="does not exist"):
        atomic.write_all_atomic([(deck, NEW), (tmp_path / "missing" / "out.pdf", b"memo")])
    assert deck.read_bytes() == OLD
    assert _leftovers(tmp_path, deck) == []

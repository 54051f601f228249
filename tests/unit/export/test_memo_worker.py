"""The memo worker (deck and memo in two processes): same files, same errors, nothing left behind."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from briefing_app.cli import main
from briefing_app.export import worker as worker_module
from briefing_app.export.pack import build_pack, two_processes
from briefing_app.export.worker import MemoWorker, second_core_free
from briefing_app.project import open_path
from tests.conftest import ROOT, SEED, TEN_NAMES_ARTICLE


def canonical(deck: bytes) -> dict[str, bytes]:
    """Every part of a .pptx, XML parts in canonical form (attribute order, quoting, spacing)."""
    parts = {}
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        for name in package.namelist():
            data = package.read(name)
            if name.endswith((".xml", ".rels")):
                data = etree.tostring(etree.fromstring(data), method="c14n")
            parts[name] = data
    return parts


@pytest.mark.parametrize("article", [SEED, TEN_NAMES_ARTICLE], ids=["seed", "ten-names"])
def test_the_worker_gives_the_same_files_as_one_process(tmp_path, article):
    briefing = open_path(article)
    targets = {
        k: (tmp_path / f"out-{k}{s}", None) for k, s in (("deck", ".pptx"), ("memo", ".pdf"))
    }
    targets["pack"] = (tmp_path / "pack.pdf", None)
    alone, alone_warnings = build_pack(briefing, targets)
    with MemoWorker() as worker:
        paired, paired_warnings = build_pack(briefing, targets, worker=worker)
    assert [path for path, _ in paired] == [path for path, _ in alone]
    (_, deck_a), (_, memo_a), (_, pack_a) = alone
    (_, deck_b), (_, memo_b), (_, pack_b) = paired
    assert memo_b == memo_a and pack_b == pack_a  # -- byte for byte --
    assert canonical(deck_b) == canonical(deck_a)
    assert paired_warnings == alone_warnings


def test_a_worker_that_gives_no_answer_leaves_the_memo_to_this_process(tmp_path):
    briefing = open_path(SEED)
    targets = {"deck": (tmp_path / "d.pptx", None), "memo": (tmp_path / "m.pdf", None)}
    alone, _ = build_pack(briefing, targets)
    with MemoWorker() as worker:
        worker._proc.kill()  # -- as the out-of-memory killer would --
        paired, _ = build_pack(briefing, targets, worker=worker)
    assert paired[1][1] == alone[1][1]


def test_a_user_error_in_the_worker_is_one_sentence_exit_2_and_writes_nothing(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(worker_module, "second_core_free", lambda: True)
    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml\n", encoding="utf-8")
    deck, memo = tmp_path / "d.pptx", tmp_path / "m.pdf"
    code = main(
        ["export", str(SEED), "--deck", str(deck), "--memo", str(memo), "--memo-template", str(bad)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("briefing-app: Memo template ") and "bad.toml is not valid TOML" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not deck.exists() and not memo.exists()


def test_a_worker_whose_request_never_comes_ends_when_closed():
    worker = MemoWorker()
    proc = worker._proc
    worker.close()
    assert proc.returncode is not None  # -- reaped, not left running --


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ({"deck", "memo"}, True),
        ({"pack"}, True),  # -- memo in the worker, handouts here --
        ({"memo", "handouts"}, True),
        ({"memo"}, False),  # -- nothing to do meanwhile: one process --
        ({"deck"}, False),
        ({"deck", "handouts"}, False),
    ],
)
def test_a_worker_only_when_there_is_other_work_meanwhile(kinds, expected):
    assert two_processes(kinds) is expected


# -- the CLI with the worker on whatever the machine's load (the CLI leaves it off when no core is free)
TWO_PROCESSES = (
    "import sys; import briefing_app.export.worker as w; w.second_core_free = lambda: True; "
    "from briefing_app.cli import main; sys.exit(main(sys.argv[1:]))"
)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # -- a zombie has ended; only its exit status waits to be collected --


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("whole_group", [True, False], ids=["ctrl-c", "sigint-to-parent"])
def test_an_interrupted_export_leaves_no_worker_no_traceback_and_no_files(tmp_path, whole_group):
    source = tmp_path / "long.md"
    sections = [f"## Area {n}\n\nThe ministry should publish the schedule {n}." for n in range(400)]
    source.write_text("---\ntitle: Long\n---\n\n" + "\n\n".join(sections), encoding="utf-8")
    deck, memo = tmp_path / "d.pptx", tmp_path / "m.pdf"
    proc = subprocess.Popen(
        [sys.executable, "-c", TWO_PROCESSES, "export", str(source), "--deck", str(deck),
         "--memo", str(memo)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        # -- a shell's background job ignores SIGINT; a user's terminal does not --
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = _children(proc.pid)
        time.sleep(0.01)
    assert workers, "the export started no worker"
    if whole_group:
        os.killpg(proc.pid, signal.SIGINT)
    else:
        os.kill(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err
    # -- killed and reaped, or (interrupted while it was being started) gone once its imports end
    # -- and it finds its request pipe closed: nothing keeps running --
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(pid) for pid in workers)
    assert not deck.exists() and not memo.exists()


def test_a_missing_article_is_one_sentence_with_the_worker_started(tmp_path, capsys):
    code = main(
        ["export", str(tmp_path / "nope.txt"), "--deck", str(tmp_path / "d.pptx"),
         "--memo", str(tmp_path / "m.pdf")]
    )  # fmt: skip
    assert code == 2 and capsys.readouterr().err.count("\n") == 1


def test_a_second_process_only_when_a_core_is_free(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setattr(worker_module, "_busy_cores", lambda: 0)
    assert second_core_free()
    monkeypatch.setattr(worker_module, "_busy_cores", lambda: 2)
    assert not second_core_free()
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    monkeypatch.setattr(worker_module, "_busy_cores", lambda: 0)
    assert not second_core_free()


def test_busy_cores_are_the_runnable_tasks_besides_this_one():
    busy = worker_module._busy_cores()
    assert busy is not None and 0 <= busy < 1_000


SENT_BEFORE_THE_DECK_WRITER = """
import sys
import briefing_app.export.worker as w
w.second_core_free = lambda: True
send = w.MemoWorker.send
def spy(self, *args):
    if not self._sent:
        print("python-pptx imported when the memo was sent:", "pptx" in sys.modules, file=sys.stderr)
    send(self, *args)
w.MemoWorker.send = spy
from briefing_app.cli import main
sys.exit(main())
"""


def test_the_worker_has_its_memo_before_this_process_imports_the_deck_writer(tmp_path):
    # -- the deck writer's imports (~0.1 s) then run while the worker renders --
    deck, memo = tmp_path / "d.pptx", tmp_path / "m.pdf"
    done = subprocess.run(
        [sys.executable, "-c", SENT_BEFORE_THE_DECK_WRITER, "export", str(SEED),
         "--deck", str(deck), "--memo", str(memo)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "python-pptx imported when the memo was sent: False" in done.stderr
    assert deck.exists() and memo.exists()

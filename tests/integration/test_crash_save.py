"""SIGKILL at random moments of a project save: the file on disk is always a complete version."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing_app.project import load_project

ROOT = Path(__file__).resolve().parents[2]
TRIALS = int(os.environ.get("BRIEFING_CRASH_TRIALS", "100"))

# -- A fresh interpreter (no threads, so fork is safe) prepares two large versions of a
# -- project, then per trial forks a saver that alternates save_project(A), save_project(B)
# -- and SIGKILLs it after a random delay spanning a couple of save cycles.
_HARNESS = textwrap.dedent(
    """
    import hashlib, json, os, random, signal, sys, time
    from pathlib import Path
    from briefing_app.core.briefing import Briefing
    from briefing_app.project import save_project
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_document

    seed, folder, trials = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    target = folder / "work.briefing"
    versions = []
    for n in range(2):
        b = Briefing.from_article(analyze(read_document(seed)))
        first = b.order[0]
        b.set_field(first, "notes", f"version {n}: " + "Ереван–Baku talks, ¶ notes. " * 40_000)
        b.set_picked(b.order[-1], n == 0)
        versions.append(b)
    digests = {hashlib.sha256(v.to_bytes()).hexdigest(): n for n, v in enumerate(versions)}
    save_project(versions[0], target)
    start = time.perf_counter(); save_project(versions[1], target); save_project(versions[0], target)
    cycle = (time.perf_counter() - start) / 2
    rng = random.Random(int(sys.argv[4]))
    outcome = {"cycle_s": cycle, "states": [], "temps_left": 0}
    for _ in range(trials):
        pid = os.fork()
        if pid == 0:
            n = 1
            while True:
                save_project(versions[n], target)
                n = 1 - n
        time.sleep(rng.uniform(0, 2.5 * cycle))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        outcome["states"].append(digests.get(digest, "corrupt"))
        temps = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
        outcome["temps_left"] += len(temps)
        for p in temps:
            p.unlink()
    for n, version in enumerate(versions):
        save_project(version, folder / f"v{n}.briefing")
    print(json.dumps(outcome))
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL/fork harness is POSIX-only")
def test_sigkill_during_save_leaves_the_previous_or_the_new_file_complete(tmp_path, seed_path):
    script = tmp_path / "harness.py"
    script.write_text(_HARNESS)
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run(
        [sys.executable, str(script), str(seed_path), str(work), str(TRIALS), "20261127"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    states = outcome["states"]
    print(
        f"{TRIALS} kills, save cycle {outcome['cycle_s'] * 1000:.0f} ms: "
        f"{states.count(0)} left version A, {states.count(1)} version B, "
        f"{outcome['temps_left']} killed between temp file and rename"
    )
    assert "corrupt" not in states
    assert len(states) == TRIALS
    # -- the kills must really land inside saves, or this test proves nothing; about one in
    # -- seven does on a quiet machine, one in eleven under CI's load (seen: 9 of 100) --
    assert outcome["temps_left"] >= TRIALS // 20
    assert {0, 1} <= set(states)
    # -- both versions a kill can leave behind load as complete projects --
    for n in (0, 1):
        loaded = load_project(work / f"v{n}.briefing")
        assert loaded.notes_of(loaded.order[0]).startswith(f"version {n}: ")
        assert loaded.is_picked(loaded.order[-1]) == (n == 0)
    final = (work / "work.briefing").read_bytes()
    assert final == (work / f"v{states[-1]}.briefing").read_bytes()

"""Fixed costs against their anchors, in one run: the CLI against an import floor, the window
against a bare PySide6 window.

    PYTHONPATH=. python benchmarks/anchors.py --repeat 7

- fixed cost: a three-line article to deck + memo, the whole process, against a fresh
  interpreter that only imports python-pptx and reportlab (target: at most 1.5x);
- deck only and memo only, against the same floor, to show what each path imports;
- first painted window on the seed (``--quit-after-first-paint``, offscreen) against a bare
  PySide6 window that shows and paints once (target: at most 2x).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing_app.export.worker import second_core_free

ROOT = Path(__file__).resolve().parent.parent
THREE_LINES = "A short note\n\nThe council met on Monday.\n\nIt agreed to publish the budget.\n"
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
class W(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, app.quit)
w = W(); w.setCentralWidget(QLabel("bare")); w.resize(1280, 800); w.show()
app.exec()
"""


# -- the CLI with its memo worker forced off (deck and memo in one process) or on (whatever the
# -- load), to see in one run what the second process gains or costs on this machine --
_FORCED = (
    "import sys; import briefing_app.export.worker as w; w.second_core_free = lambda: {}; "
    "from briefing_app.cli import main; sys.exit(main())"
)
ONE_PROCESS, TWO_PROCESSES = _FORCED.format(False), _FORCED.format(True)


def installed_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a user's run: bytecode cached as pip caches it for an installed app.

    With PYTHONDONTWRITEBYTECODE set (as in some sandboxes and CI images) every run
    compiled our ~90 modules from source while the floor's libraries came with their
    bytecode, which put ~0.1 s of compiling into our side of every ratio.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **(extra or {})}


STAT = statistics.median  # -- --fastest: the least disturbed run, on a machine others share --


CPU: dict[str, float] = {}  # -- --cpu: CPU seconds of each command (all its processes) --


def _wall(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    env = installed_env(env)
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)  # -- writes bytecode --
    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    CPU[" ".join(cmd)] = STAT(cpu)
    return STAT(times)


def _cpu_line(label: str, cmd: list[str], floor: list[str]) -> str:
    used, base = CPU[" ".join(cmd)], CPU[" ".join(floor)]
    return f"  cpu {label:<31} {used:6.3f} s  {used / base:5.2f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--fastest", action="store_true", help="the fastest run, not the median")
    parser.add_argument(
        "--cpu", action="store_true",
        help="also CPU time (user + system, all processes): steadier than wall on a shared machine",
    )  # fmt: skip
    args = parser.parse_args()
    global STAT
    STAT = min if args.fastest else statistics.median
    py, n = sys.executable, args.repeat
    gui_env = {"QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "three.txt"
        article.write_text(THREE_LINES, encoding="utf-8")
        app = [py, "-m", "briefing_app", "export", str(article)]
        deck, memo = ["--deck", str(Path(tmp) / "d.pptx")], ["--memo", str(Path(tmp) / "m.pdf")]
        commands = {
            "floor": [py, "-c", "import pptx, reportlab.platypus"],
            "deck + memo, as shipped": [*app, *deck, *memo],
            "deck + memo, one process": [py, "-c", ONE_PROCESS, *app[3:], *deck, *memo],
            "deck + memo, two (sum of both)": [py, "-c", TWO_PROCESSES, *app[3:], *deck, *memo],
            "deck only": [*app, *deck],
            "memo only": [*app, *memo],
        }
        floor, both, one, two, deck_only, memo_only = (_wall(c, n) for c in commands.values())
        bare = _wall([py, "-c", BARE_WINDOW], n, gui_env)
        seed = str(ROOT / "seeds" / "armenia-azerbaijan-peace.txt")
        window = _wall(
            [py, "-m", "briefing_app", "open", seed, "--quit-after-first-paint"], n, gui_env
        )
    print(f"{'fastest' if args.fastest else 'median'} of {n} fresh processes")
    print(f"import floor (pptx + reportlab)   {floor:6.3f} s")
    print(f"deck + memo, three-line article    {both:6.3f} s  {both / floor:5.2f}x  (target 1.5x)")
    print(f"  forced to one process (no worker) {one:6.3f} s  {one / floor:5.2f}x")
    print(f"  forced to two processes (worker)  {two:6.3f} s  {two / floor:5.2f}x")
    free = "yes" if second_core_free() else "no"
    print(f"  (the CLI uses the worker when a core is free; free now: {free})")
    print(f"deck only                          {deck_only:6.3f} s  {deck_only / floor:5.2f}x")
    print(f"memo only                          {memo_only:6.3f} s  {memo_only / floor:5.2f}x")
    if args.cpu:
        for label, cmd in list(commands.items())[1:]:
            print(_cpu_line(label, cmd, commands["floor"]))
    print(f"bare PySide6 window, first paint   {bare:6.3f} s")
    print(
        f"app window on the seed, first paint {window:5.3f} s  {window / bare:5.2f}x  (target 2x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The whole benchmark suite in one run: start-up, seed, scaling, baselines, GUI responsiveness.

    PYTHONPATH=. python benchmarks/run.py [--repeat 5] [--sizes 10,100,1000,2000] [--no-gui]

Every figure is the median of ``--repeat`` runs, each in a fresh process
(peak memory: the largest ru_maxrss seen). Baselines run on the same content
on the same machine, so the ratios mean more than the seconds. Not a test:
it prints a table and the targets of issue 7, met or missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import write_report  # noqa: E402
from benchmarks.targets import check_targets  # noqa: E402

PY = sys.executable


def _env(home: Path) -> dict[str, str]:
    """Offscreen Qt and a private, empty user folder (no last project, no autosave)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        env[var] = str(home / sub)
    env["XDG_CACHE_HOME"] = str(home / "cache")
    return env


def _wall(cmd: list[str], env: dict[str, str]) -> float | None:
    """Wall time of a whole process; None when it fails (printed, so the gap is visible)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        print(f"  ! {' '.join(cmd[1:4])}… exit {done.returncode}: {done.stderr.strip()[-300:]}")
        return None
    return elapsed


def _json_run(cmd: list[str], env: dict[str, str]) -> dict | None:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"  ! {' '.join(cmd[1:4])}… exit {done.returncode}: {done.stderr.strip()[-300:]}")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median(values: list[float | None]) -> float | None:
    real = [v for v in values if v is not None]
    return statistics.median(real) if real else None


def _repeat_json(cmd: list[str], env: dict[str, str], repeat: int) -> dict:
    """Median of every numeric field over ``repeat`` fresh processes; peak_mb is the maximum."""
    runs = [r for r in (_json_run(cmd, env) for _ in range(repeat)) if r]
    if not runs:
        return {}
    merged = {k: _median([r.get(k) for r in runs]) for k in runs[0]}
    if "peak_mb" in merged:
        merged["peak_mb"] = max(r["peak_mb"] for r in runs)
    return merged


def _to_first_paint(cmd: list[str], env: dict[str, str]) -> tuple[float | None, float | None]:
    """(seconds from spawn to the app's "first paint" line, whole process seconds)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    painted = None
    for line in proc.stderr:
        if painted is None and b"first paint" in line:
            painted = time.perf_counter() - start
    proc.wait()
    total = time.perf_counter() - start
    if proc.returncode != 0 or painted is None:
        print(f"  ! {' '.join(cmd[1:5])}… exit {proc.returncode}, first paint seen: {painted}")
        return None, None
    return painted, total


def bench_startup(env: dict[str, str], seed: Path, repeat: int) -> dict:
    hook = "--quit-after-first-paint"
    with_seed = [PY, "-m", "briefing_app", "open", str(seed), hook]
    no_path = [PY, "-m", "briefing_app", hook]
    seeded = [_to_first_paint(with_seed, env) for _ in range(repeat)]
    bare = [_to_first_paint(no_path, env) for _ in range(repeat)]
    return {
        "startup_seed": _median([p for p, _ in seeded]),
        "startup_seed_process": _median([t for _, t in seeded]),
        "startup_no_path": _median([p for p, _ in bare]),
        "python_bare": _median([_wall([PY, "-c", "pass"], env) for _ in range(repeat)]),
    }


def bench_seed(env: dict[str, str], seed: Path, repeat: int, tmp: Path) -> dict:
    result = _repeat_json([PY, str(HERE / "measure.py"), "seed"], env, repeat)
    cli = [PY, "-m", "briefing_app", "export", str(seed)]
    cli += ["--deck", str(tmp / "seed.pptx"), "--memo", str(tmp / "seed.pdf")]
    result["cli_export"] = _median([_wall(cli, env) for _ in range(repeat)])
    return result


def bench_size(env: dict[str, str], report: Path, repeat: int) -> dict:
    ours = _repeat_json([PY, str(HERE / "measure.py"), "report", str(report)], env, repeat)
    plain = _repeat_json([PY, str(HERE / "measure.py"), "pptx", str(report)], env, repeat)
    ours["plain_pptx"] = plain.get("deck")
    ours["pandoc"] = None
    if shutil.which("pandoc"):
        out = report.with_suffix(".pandoc.pptx")
        cmd = ["pandoc", str(report), "-o", str(out)]
        ours["pandoc"] = _median([_wall(cmd, env) for _ in range(repeat)])
    return ours


def bench_gui(env: dict[str, str], report: Path, repeat: int) -> dict:
    return _repeat_json([PY, str(HERE / "gui_probe.py"), str(report)], env, repeat)


def _fmt(value: float | None, unit: str = "s") -> str:
    if value is None:
        return "n/a"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def print_tables(results: dict) -> None:
    s, seed = results["startup"], results["seed"]
    print("\nStart-up and seed (median; whole processes include interpreter start)")
    rows = [
        ("python -c pass (floor)", s.get("python_bare")),
        ("open SEED: spawn → first paint", s.get("startup_seed")),
        ("open SEED: whole process incl. exit", s.get("startup_seed_process")),
        ("no path (seed on first start) → first paint", s.get("startup_no_path")),
        ("seed analysis, first call", seed.get("analysis_cold")),
        ("seed analysis, warm", seed.get("analysis_warm")),
        ("seed deck, first call", seed.get("deck_cold")),
        ("seed memo, first call", seed.get("memo_cold")),
        ("seed deck, warm", seed.get("deck_warm")),
        ("seed memo, warm", seed.get("memo_warm")),
        ("CLI export deck + memo, process", seed.get("cli_export")),
    ]
    for label, value in rows:
        print(f"  {label:<42} {_fmt(value):>10}")
    print("\nSynthetic reports (median per size, fresh process each run)")
    head = ("sections", "analysis", "deck", "memo", "deck+memo", "ms/sect", "peak MB")
    head += ("plain pptx", "pandoc", "ours/pandoc")
    print("  " + " ".join(f"{h:>11}" for h in head))
    for n, r in sorted(results["sizes"].items(), key=lambda kv: int(kv[0])):
        both = _sum(r.get("deck"), r.get("memo"))
        per = both / int(n) * 1000 if both else None
        ratio = both / r["pandoc"] if both and r.get("pandoc") else None
        cells = [str(n), _fmt(r.get("analysis")), _fmt(r.get("deck")), _fmt(r.get("memo"))]
        cells += [_fmt(both), f"{per:.2f}" if per else "n/a", _fmt(r.get("peak_mb"), "MB")]
        cells += [_fmt(r.get("plain_pptx")), _fmt(r.get("pandoc"))]
        cells += [f"{ratio:.2f}x" if ratio else "n/a"]
        print("  " + " ".join(f"{c:>11}" for c in cells))
    if results.get("gui"):
        g = results["gui"]
        print(f"\nGUI with the {results['gui_size']}-section report (median)")
        for key in ("open", "scroll_max_stall", "pick_max_stall", "select_max_stall"):
            print(f"  {key:<42} {_fmt(g.get(key)):>10}")
        print(f"  {'peak memory':<42} {_fmt(g.get('peak_mb'), 'MB'):>10}")


def _sum(a: float | None, b: float | None) -> float | None:
    return a + b if a is not None and b is not None else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="10,100,1000,2000")
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    args = parser.parse_args()
    from briefing_app.resources import seed_article

    seed = seed_article()
    sizes = [int(n) for n in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = _env(tmp / "home")
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, repeat {args.repeat}")
        results: dict = {"startup": {}, "seed": {}, "sizes": {}}
        if not args.no_gui:
            results["startup"] = bench_startup(env, seed, args.repeat)
        results["seed"] = bench_seed(env, seed, args.repeat, tmp)
        for n in sizes:
            print(f"  … {n} sections", flush=True)
            results["sizes"][n] = bench_size(env, write_report(n, tmp), args.repeat)
        if not args.no_gui:
            results["gui_size"] = max(sizes)
            results["gui"] = bench_gui(env, write_report(max(sizes), tmp), args.repeat)
    print_tables(results)
    check_targets(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

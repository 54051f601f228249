"""Issue 7's targets, checked against one run's results and printed as met / missed."""

from __future__ import annotations


def _both(r: dict) -> float | None:
    deck, memo = r.get("deck"), r.get("memo")
    return deck + memo if deck is not None and memo is not None else None


def _per_section(sizes: dict, n: int) -> float | None:
    both = _both(sizes.get(n, {}))
    return both / n if both is not None else None


def _targets(results: dict) -> list[tuple[str, float | None, float, str]]:
    """(name, measured, limit, unit) — measured must be <= limit."""
    s, seed, sizes, gui = results["startup"], results["seed"], results["sizes"], results.get("gui")
    gui = gui or {}
    seed_both = _both({"deck": seed.get("deck_cold"), "memo": seed.get("memo_cold")})
    big = sizes.get(1000, {})
    ratio_pandoc = _both(big) / big["pandoc"] if _both(big) and big.get("pandoc") else None
    p100, p2000 = _per_section(sizes, 100), _per_section(sizes, 2000)
    linear = p2000 / p100 if p100 and p2000 else None
    a100 = sizes.get(100, {}).get("analysis")
    a2000 = sizes.get(2000, {}).get("analysis")
    linear_analysis = (a2000 / 2000) / (a100 / 100) if a100 and a2000 else None
    return [
        ("start to first paint (open SEED)", s.get("startup_seed"), 0.8, "s"),
        ("seed analysis (first call)", seed.get("analysis_cold"), 0.05, "s"),
        ("seed deck + memo in-process (first call)", seed_both, 0.5, "s"),
        ("1,000 sections deck+memo / Pandoc deck", ratio_pandoc, 1.0, "x"),
        ("per-section time 2,000 / 100 (deck+memo)", linear, 1.3, "x"),
        ("per-section time 2,000 / 100 (analysis)", linear_analysis, 1.3, "x"),
        ("peak memory at 2,000 sections", sizes.get(2000, {}).get("peak_mb"), 600, "MB"),
        ("GUI opens 2,000 sections", gui.get("open"), 2.0, "s"),
        ("GUI max stall scrolling the outline", gui.get("scroll_max_stall"), 0.1, "s"),
        ("GUI max stall toggling picks", gui.get("pick_max_stall"), 0.1, "s"),
        ("GUI max stall selecting items (preview)", gui.get("select_max_stall"), 0.1, "s"),
    ]


def check_targets(results: dict) -> list[tuple[str, bool | None]]:
    """Print each target as met / MISSED / not measured; return (name, met) pairs."""
    print("\nTargets (issue 7)")
    verdicts = []
    for name, value, limit, unit in _targets(results):
        met = None if value is None else value <= limit
        shown = "n/a" if value is None else f"{value:.3g} {unit}"
        label = {None: "not measured", True: "met", False: "MISSED"}[met]
        print(f"  {name:<44} {shown:>10}  (<= {limit:g} {unit})  {label}")
        verdicts.append((name, met))
    return verdicts

"""Fit a scored recommendation reader and test it leave-one-set-out (an experiment).

Run:  PYTHONPATH=. python benchmarks/rec_fit.py [--refresh] [--no-rules] [--weights OUT.json]

For each corpus set it trains a logistic regression (scikit-learn, a dev extra:
the app never imports it) on every other set, picks the decision threshold on
those training sets alone (their out-of-fold scores, inner leave-one-set-out,
the best F1 that invents no recommendation in a training document without
advice), and scores the held-out set the way ``detection_quality.py`` does:
each chosen unit becomes one recommendation (a chosen heading takes the chosen
sentences under it, a run of chosen sentences in one paragraph is one), matched
against the expected openings. ``--no-rules`` drops the rules' verdicts from the
features, to see what the other features carry on their own. ``--weights`` fits
on every set and writes the weights and threshold as JSON.

Units and features come from ``benchmarks/rec_features.py``; they are cached in
/tmp/rec_units.pkl (``--refresh`` rebuilds them).
"""

from __future__ import annotations

import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from benchmarks.detection_quality import corpus_files, expected_for, match_recommendations, norm
from benchmarks.rec_features import Unit, chosen, label, read, units_of

ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus"
SETS = (
    "real",
    "real-heldout",
    "real-heldout2",
    "real-heldout3",
    "real-heldout4",
    "real-heldout5",
    "generated",
    "real-heldout6",
    "real-heldout7",
    "real-heldout8",
    "detect",
    "detect-heldout",
    "detect-heldout2",
)
CACHE = Path("/tmp/rec_units.pkl")
C = 0.5


def load(refresh: bool) -> dict[str, dict[str, tuple[list[Unit], list[str], int]]]:
    """set -> doc -> (units, expected openings, how many expected found a unit)."""
    if CACHE.exists() and not refresh:
        return pickle.loads(CACHE.read_bytes())
    data: dict[str, dict[str, tuple[list[Unit], list[str], int]]] = {}
    for name in SETS:
        data[name] = {}
        for path in corpus_files(ROOT / name):
            expected = expected_for(path).get("recommendations", [])
            reading = read(path)
            units = units_of(reading, path.name) if reading else []
            placed = label(units, expected, norm)
            data[name][path.name] = (units, expected, placed)
        print(f"  read {name}: {len(data[name])} docs", file=sys.stderr)
    CACHE.write_bytes(pickle.dumps(data))
    return data


def _matrix(units: list[Unit], names: list[str], use_rules: bool) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(units), len(names)))
    for r, u in enumerate(units):
        for k, v in u.features.items():
            if (use_rules or not k.startswith("rule_")) and k in index:
                x[r, index[k]] = v
    return x


def _names(docs: list[tuple[list[Unit], list[str], int]], use_rules: bool) -> list[str]:
    names = {k for units, _, _ in docs for u in units for k in u.features}
    return sorted(k for k in names if use_rules or not k.startswith("rule_"))


def fit(docs: list[tuple[list[Unit], list[str], int]], use_rules: bool):
    names = _names(docs, use_rules)
    units = [u for d in docs for u in d[0]]
    x = _matrix(units, names, use_rules)
    y = np.array([u.label for u in units])
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(x, y)
    return model, names


def scores(model, names: list[str], units: list[Unit], use_rules: bool) -> np.ndarray:
    if not units:
        return np.zeros(0)
    return model.predict_proba(_matrix(units, names, use_rules))[:, 1]


def evaluate(
    docs: list[tuple[list[Unit], list[str], int]], probs: list[np.ndarray], threshold: float
) -> tuple[int, int, int, int]:
    """(hits, found, expected, documents without advice where something was found)."""
    hits = found = expected = invented = 0
    for (units, exp, _), p in zip(docs, probs, strict=True):
        windows = chosen(units, p, threshold)
        hits += match_recommendations(exp, list(windows))
        found += len(windows)
        expected += len(exp)
        invented += bool(windows) and not exp
    return hits, found, expected, invented


def f1(h: int, f: int, e: int) -> float:
    p = h / f if f else 1.0
    r = h / e if e else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


GRID = [round(x, 3) for x in np.linspace(0.05, 0.95, 37)]


def pick_threshold(docs: list[tuple[list[Unit], list[str], int]], probs: list[np.ndarray]) -> float:
    """The threshold with the best F1 that invents nothing; else the one inventing least."""
    best = (-1, -1.0, 0.95)
    for t in GRID:
        h, f, e, inv = evaluate(docs, probs, t)
        key = (-inv, f1(h, f, e), t)
        if key[:2] > best[:2]:
            best = key
    return best[2]


def out_of_fold(
    data: dict[str, dict[str, tuple[list[Unit], list[str], int]]],
    sets: list[str],
    use_rules: bool,
) -> tuple[list[tuple[list[Unit], list[str], int]], list[np.ndarray]]:
    docs_all, probs_all = [], []
    for held in sets:
        train = [d for s in sets if s != held for d in data[s].values()]
        model, names = fit(train, use_rules)
        docs = list(data[held].values())
        docs_all += docs
        probs_all += [scores(model, names, d[0], use_rules) for d in docs]
    return docs_all, probs_all


def main(argv: list[str]) -> int:
    use_rules = "--no-rules" in argv
    use_rules = not use_rules
    data = load("--refresh" in argv)
    if "--weights" in argv:
        out = Path(argv[argv.index("--weights") + 1])
        docs, probs = out_of_fold(data, list(SETS), use_rules)
        threshold = pick_threshold(docs, probs)
        model, names = fit([d for s in SETS for d in data[s].values()], use_rules)
        weights = dict(zip(names, (round(float(w), 5) for w in model.coef_[0]), strict=True))
        out.write_text(
            json.dumps(
                {"bias": float(model.intercept_[0]), "threshold": threshold, "weights": weights},
                indent=1,
            )
        )
        print(f"wrote {out} (threshold {threshold})")
        return 0
    started = time.process_time()
    print(f"features: {'with' if use_rules else 'without'} the rules' verdicts")
    cover = sum(p for s in SETS for _, _, p in data[s].values())
    total = sum(len(e) for s in SETS for _, e, _ in data[s].values())
    print(f"expected openings that start in some unit: {cover}/{total}")
    print(
        f"{'held-out set':16} {'docs':>4} {'thr':>5}  {'P':>5} {'R':>5} {'F1':>5}  h/f/e      invented"
    )
    totals = [0, 0, 0, 0, 0]
    for held in SETS:
        rest = [s for s in SETS if s != held]
        docs_oof, probs_oof = out_of_fold(data, rest, use_rules)
        threshold = pick_threshold(docs_oof, probs_oof)
        model, names = fit([d for s in rest for d in data[s].values()], use_rules)
        docs = list(data[held].values())
        probs = [scores(model, names, d[0], use_rules) for d in docs]
        h, f, e, inv = evaluate(docs, probs, threshold)
        none = sum(not d[1] for d in docs)
        p = h / f if f else 1.0
        r = h / e if e else 1.0
        print(
            f"{held:16} {len(docs):4} {threshold:5.3f}  {p:5.3f} {r:5.3f} {f1(h, f, e):5.3f}"
            f"  {h}/{f}/{e:<6} {inv} of {none}"
        )
        for k, v in enumerate((h, f, e, inv, none)):
            totals[k] += v
    h, f, e, inv, none = totals
    print(
        f"{'all (micro)':16} {'':4} {'':5}  {'':5} {'':5} {f1(h, f, e):5.3f}  {h}/{f}/{e:<6} {inv} of {none}"
    )
    print(f"{time.process_time() - started:.1f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

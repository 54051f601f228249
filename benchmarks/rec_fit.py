"""Fit a scored recommendation reader and test it leave-one-set-out (an experiment).

Run:  PYTHONPATH=. python benchmarks/rec_fit.py [--refresh] [--cache PATH] [--no-rules]
          [--any-threshold] [--gate] [--union] [--rules-only] [--weights OUT.json]

For each corpus set it trains a logistic regression (scikit-learn, a dev extra:
the app never imports it) on every other set, picks the decision threshold on
those training sets alone (their out-of-fold scores, inner leave-one-set-out,
the best F1 that invents no recommendation in a training document without
advice), and scores the held-out set the way ``detection_quality.py`` does:
each chosen unit becomes one recommendation (a chosen heading takes the chosen
sentences under it, a run of chosen sentences in one paragraph is one), matched
against the expected openings. ``--no-rules`` drops the rules' verdicts from the
features, to see what the other features carry on their own. ``--any-threshold``
picks the training sets' best F1 whatever it invents; ``--gate`` also
picks a document gate: nothing is found in a document whose second-best unit
scores below it (one advice-like sentence alone opens no gate); ``--union`` keeps every recommendation the rules
start and adds the model's (threshold and gate picked for the model alone: on the
training sets neither invents, so neither does their union); ``--rules-only`` scores
the rules' own choices through the same grouping and matcher (a check of the
framework). ``--weights`` fits on every set and writes the weights and threshold as JSON.

Units and features come from ``benchmarks/rec_features.py``; they are cached in
/tmp/rec_units.pkl or ``--cache PATH`` (``--refresh`` rebuilds them).
"""

from __future__ import annotations

import json
import pickle
import sys
import time
from dataclasses import dataclass
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
Doc = tuple[list[Unit], list[str], int]  # -- units, expected openings, openings placed


def load(refresh: bool, cache: Path = CACHE) -> dict[str, dict[str, Doc]]:
    """set -> doc -> (units, expected openings, how many expected found a unit)."""
    if cache.exists() and not refresh:
        return pickle.loads(cache.read_bytes())
    data: dict[str, dict[str, Doc]] = {}
    for name in SETS:
        data[name] = {}
        for path in corpus_files(ROOT / name):
            expected = expected_for(path).get("recommendations", [])
            reading = read(path)
            units = units_of(reading, path.name) if reading else []
            placed = label(units, expected, norm)
            data[name][path.name] = (units, expected, placed)
        print(f"  read {name}: {len(data[name])} docs", file=sys.stderr)
    cache.write_bytes(pickle.dumps(data))
    return data


@dataclass
class Table:
    """Every document's feature matrix over one list of feature names, built once."""

    names: list[str]
    x: dict[int, np.ndarray]  # -- id(doc) -> its units' rows

    def rows(self, docs: list[Doc]) -> np.ndarray:
        parts = [self.x[id(d)] for d in docs if d[0]]
        return np.vstack(parts) if parts else np.zeros((0, len(self.names)))


def table(docs: list[Doc], use_rules: bool) -> Table:
    names = sorted(
        {
            k
            for d in docs
            for u in d[0]
            for k in u.features
            if use_rules or not k.startswith("rule_")
        }
    )
    index = {n: i for i, n in enumerate(names)}
    x: dict[int, np.ndarray] = {}
    for d in docs:
        m = np.zeros((len(d[0]), len(names)))
        for r, u in enumerate(d[0]):
            for k, v in u.features.items():
                if k in index:
                    m[r, index[k]] = v
        x[id(d)] = m
    return Table(names, x)


def fit(docs: list[Doc], tab: Table) -> LogisticRegression:
    y = np.array([u.label for d in docs for u in d[0]])
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(tab.rows(docs), y)
    return model


def scores(model: LogisticRegression, tab: Table, doc: Doc) -> np.ndarray:
    if not doc[0]:
        return np.zeros(0)
    return model.predict_proba(tab.x[id(doc)])[:, 1]


def second_best(p: np.ndarray) -> float:
    """A document's second-highest unit score: one advice-like sentence alone opens no gate."""
    return float(np.sort(p)[-2]) if len(p) > 1 else 0.0


def union(doc: Doc, p: np.ndarray, gate: float) -> np.ndarray:
    """A document's scores with every unit the rules start a recommendation on raised to 1."""
    rules = np.array([u.features.get("rule_won_start", 0.0) for u in doc[0]])
    if not len(p):
        return p
    return np.maximum(p if second_best(p) >= gate else np.zeros_like(p), rules)


def per_doc(docs: list[Doc], probs: list[np.ndarray], threshold: float) -> list[tuple[int, ...]]:
    """(hits, found, expected, no advice) of each document at one threshold."""
    out = []
    for (units, exp, _), p in zip(docs, probs, strict=True):
        windows = chosen(units, p, threshold)
        out.append(
            (match_recommendations(exp, list(windows)), len(windows), len(exp), int(not exp))
        )
    return out


def summed(rows: list[tuple[int, ...]], open_: list[bool]) -> tuple[int, int, int, int]:
    """(hits, found, expected, invented) over documents, nothing found where the gate is shut."""
    h = sum(r[0] for r, o in zip(rows, open_, strict=True) if o)
    f = sum(r[1] for r, o in zip(rows, open_, strict=True) if o)
    inv = sum(bool(r[1]) and r[3] for r, o in zip(rows, open_, strict=True) if o)
    return h, f, sum(r[2] for r in rows), inv


def evaluate(
    docs: list[Doc], probs: list[np.ndarray], threshold: float, gate: float = 0.0
) -> tuple[int, int, int, int]:
    """(hits, found, expected, documents without advice where something was found)."""
    return summed(per_doc(docs, probs, threshold), [second_best(p) >= gate for p in probs])


def f1(h: int, f: int, e: int) -> float:
    p = h / f if f else 1.0
    r = h / e if e else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


GRID = [round(x, 3) for x in np.linspace(0.05, 0.95, 37)]


def pick_threshold(
    docs: list[Doc], probs: list[np.ndarray], *, strict: bool = True, gated: bool = False
) -> tuple[float, float]:
    """(threshold, gate) with the best F1 that invents nothing; else the pair inventing least.

    ``strict=False`` takes the best F1 whatever it invents (to see what the rule costs);
    ``gated`` also tries document gates (the second-best unit's score).
    """
    seconds = [second_best(p) for p in probs]
    best = (-1, -1.0, 0.95, 0.0)
    for t in GRID:
        rows = per_doc(docs, probs, t)
        for g in GRID if gated else [0.0]:
            if g and g < t:
                continue  # -- a gate below the threshold changes nothing
            h, f, e, inv = summed(rows, [x >= g for x in seconds])
            key = (-inv if strict else 0, f1(h, f, e), t, g)
            if key[:2] > best[:2]:
                best = key
    return best[2], best[3]


def out_of_fold(
    data: dict[str, dict[str, Doc]], sets: list[str], tab: Table
) -> tuple[list[Doc], list[np.ndarray]]:
    docs_all: list[Doc] = []
    probs_all: list[np.ndarray] = []
    for held in sets:
        model = fit([d for s in sets if s != held for d in data[s].values()], tab)
        docs = list(data[held].values())
        docs_all += docs
        probs_all += [scores(model, tab, d) for d in docs]
    return docs_all, probs_all


def main(argv: list[str]) -> int:
    use_rules = "--no-rules" in argv
    use_rules = not use_rules
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else CACHE
    data = load("--refresh" in argv, cache)
    tab = table([d for s in SETS for d in data[s].values()], use_rules)
    if "--weights" in argv:
        out = Path(argv[argv.index("--weights") + 1])
        docs, probs = out_of_fold(data, list(SETS), tab)
        threshold, gate = pick_threshold(docs, probs, gated="--gate" in argv)
        model = fit([d for s in SETS for d in data[s].values()], tab)
        weights = dict(zip(tab.names, (round(float(w), 5) for w in model.coef_[0]), strict=True))
        out.write_text(
            json.dumps(
                {
                    "bias": float(model.intercept_[0]),
                    "threshold": threshold,
                    "gate": gate,
                    "weights": weights,
                },
                indent=1,
            )
        )
        print(f"wrote {out} (threshold {threshold})")
        return 0
    started = time.process_time()
    print(f"features: {'with' if use_rules else 'without'} the rules' verdicts")
    if "--rules-only" in argv:  # -- the framework's reading of the rules' own choices
        for name in SETS:
            docs = list(data[name].values())
            probs = [np.array([u.features.get("rule_won_start", 0.0) for u in d[0]]) for d in docs]
            h, f, e, inv = evaluate(docs, probs, 0.5)
            print(f"rules {name:16} F1 {f1(h, f, e):5.3f}  {h}/{f}/{e}  invented {inv}")
        return 0
    cover = sum(p for s in SETS for _, _, p in data[s].values())
    total = sum(len(e) for s in SETS for _, e, _ in data[s].values())
    print(f"expected openings that start in some unit: {cover}/{total}")
    print(
        f"{'held-out set':16} {'docs':>4} {'thr/gate':>10} {'P':>5} {'R':>5} {'F1':>5}  h/f/e      invented"
    )
    totals = [0, 0, 0, 0, 0]
    for held in SETS:
        rest = [s for s in SETS if s != held]
        docs_oof, probs_oof = out_of_fold(data, rest, tab)
        threshold, gate = pick_threshold(
            docs_oof, probs_oof, strict="--any-threshold" not in argv, gated="--gate" in argv
        )
        model = fit([d for s in rest for d in data[s].values()], tab)
        docs = list(data[held].values())
        probs = [scores(model, tab, d) for d in docs]
        if "--union" in argv:  # -- the rules' own choices plus the model's, the gate on the model's
            probs = [union(d, p, gate) for d, p in zip(docs, probs, strict=True)]
            gate = 0.0
        h, f, e, inv = evaluate(docs, probs, threshold, gate)
        none = sum(not d[1] for d in docs)
        p = h / f if f else 1.0
        r = h / e if e else 1.0
        print(
            f"{held:16} {len(docs):4} {threshold:5.3f}/{gate:4.2f} {p:5.3f} {r:5.3f} {f1(h, f, e):5.3f}"
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

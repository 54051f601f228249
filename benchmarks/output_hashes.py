"""Fingerprints of every memo and deck the app makes of the seed, the test data, the corpora and
the benchmark shapes, to show a speed-up changed no output.

    PYTHONPATH=. python benchmarks/output_hashes.py before.json        # on the old tree
    PYTHONPATH=. python benchmarks/output_hashes.py after.json         # on the new one
    python benchmarks/output_hashes.py --compare before.json after.json

A memo is hashed byte for byte (reportlab's invariant mode, dated 2026-01-01); a deck part by
part, XML parts in canonical form (attribute order and quoting may change, content may not).
Inputs are named relative to the repository root, so two trees compare. The gitignored real
documents must be fetched first (``tests/corpus/fetch_real.py``); ``real-heldout4`` is left out
(a blind set nobody tunes on). Besides the folders: every later set's document in a language
other than English (right-to-left, CJK, Devanagari and accented Latin text take other paths
through fitting and the memo's fonts), and the seed and a nested report on each real template
of ``tests/corpus/templates`` and ``../shared/corpus/templates`` (where that folder exists).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import re
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

from benchmarks.shapes import SHAPES

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("real", "real-heldout", "real-heldout2", "real-heldout3", "generated")
SHAPE_SIZES = (30, 100)
# -- a document's language as the corpus files name it: "...-ar.html", "...-zh.html" --
OTHER_LANGUAGE = re.compile(r"-(ar|fa|he|hi|ja|ko|zh|fr|de|es|pt|it|ru)\.[a-z]+$")
LATER_SETS = "real-heldout[5-9]", "real-heldout1[0-9]", "real-heldout2[0-9]"
BLIND = {"real-heldout24"}  # -- a blind set: nothing here opens, reads or lists it --
TEMPLATE_FOLDERS = (ROOT / "tests/corpus/templates", ROOT.parent / "shared/corpus/templates")
ON_TEMPLATES = (
    "seeds/armenia-azerbaijan-peace.txt",
    "tests/corpus/real-heldout13/slovakia-ukraine-refugees-policy-brief.pdf",
)
MEMO_DATE = dt.date(2026, 1, 1)


def canonical_hash(deck: bytes) -> str:
    """One hash of every part of a .pptx, XML parts in canonical (c14n) form."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        for name in sorted(package.namelist()):
            data = package.read(name)
            if name.endswith((".xml", ".rels")):
                data = etree.tostring(etree.fromstring(data), method="c14n")
            digest.update(name.encode())
            digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def inputs(shapes_folder: Path) -> list[tuple[str, Path]]:
    """(name, path) of each input: seed, test data, corpora, then the shapes written out."""
    found = [("seeds/armenia-azerbaijan-peace.txt", ROOT / "seeds/armenia-azerbaijan-peace.txt")]
    found.append(("tests/data/ten-names.txt", ROOT / "tests/data/ten-names.txt"))
    for folder in FOLDERS:
        for path in sorted((ROOT / "tests/corpus" / folder).glob("*")):
            if path.suffix != ".json":
                found.append((str(path.relative_to(ROOT)), path))
    for pattern in LATER_SETS:
        folders = (ROOT / "tests/corpus").glob(pattern)
        for folder in sorted(f for f in folders if f.name not in BLIND):
            for path in sorted(folder.glob("*")):
                if OTHER_LANGUAGE.search(path.name):
                    found.append((str(path.relative_to(ROOT)), path))
    for shape, make in SHAPES.items():
        for size in SHAPE_SIZES:
            path = shapes_folder / f"{shape}-{size}.md"
            path.write_text(make(size), encoding="utf-8")
            found.append((f"shapes/{shape}-{size}.md", path))
    return found


def fingerprints(memo_only: bool) -> dict[str, dict[str, str]]:
    # -- deferred: --compare needs neither the app nor reportlab --
    from briefing_app.export.deck.writer import build_deck
    from briefing_app.export.memo.writer import render_memo
    from briefing_app.project import open_path

    out: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in inputs(Path(tmp)):
            try:
                briefing = open_path(path)
            except Exception as error:  # -- an input neither tree can open counts as equal --
                out[name] = {"open": type(error).__name__}
                continue
            row = {"memo": _attempt(lambda b=briefing: render_memo(b, today=MEMO_DATE).pdf)}
            if not memo_only:
                row["deck"] = _attempt(lambda b=briefing: build_deck(b)[0], canonical_hash)
            out[name] = row
            print(name, *(value[:12] for value in row.values()), flush=True)
        if not memo_only:
            out.update(_template_decks(build_deck, open_path))
    return out


def _template_decks(build_deck, open_path) -> dict[str, dict[str, str]]:
    """Decks of a few inputs on every real template, named "input @ template"."""
    templates = sorted(path for folder in TEMPLATE_FOLDERS for path in folder.glob("*.p[op]tx"))
    out: dict[str, dict[str, str]] = {}
    for name in ON_TEMPLATES:
        if not (ROOT / name).exists():
            continue
        briefing = open_path(ROOT / name)
        for template in templates:
            key = f"{name} @ {template.name}"
            deck = _attempt(
                lambda b=briefing, t=template: build_deck(b, template=t)[0], canonical_hash
            )
            out[key] = {"deck": deck}
            print(key, deck[:12], flush=True)
    return out


def _attempt(make, fingerprint=lambda data: hashlib.sha256(data).hexdigest()) -> str:
    try:
        return fingerprint(make())
    except Exception as error:  # -- the same failure in both trees is the same output --
        return f"error {type(error).__name__}: {str(error)[:80]}"


def compare(before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]) -> int:
    """Print each differing output; the number of them."""
    differences = 0
    for name, row in before.items():
        for kind, value in row.items():
            if after.get(name, {}).get(kind, value) != value:
                print(f"differs: {kind} of {name}")
                differences += 1
    missing = sorted(set(before) ^ set(after))
    print(f"{len(before)} inputs, {differences} outputs differ, {len(missing)} inputs in one only")
    return differences + len(missing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", help="where to write the fingerprints (JSON)")
    parser.add_argument("--memo-only", action="store_true")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(Path(p).read_text()) for p in args.compare)
        return 1 if compare(before, after) else 0
    if not args.out:
        parser.error("give a file to write, or --compare BEFORE AFTER")
    Path(args.out).write_text(json.dumps(fingerprints(args.memo_only), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

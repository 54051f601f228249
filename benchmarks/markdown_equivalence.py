"""Dump what the Markdown reader derives, to check that a speed change changes nothing.

Run once per version of the reader, then compare the two dumps:

    PYTHONPATH=OLD python benchmarks/markdown_equivalence.py before.json [FILE.md ...]
    PYTHONPATH=NEW python benchmarks/markdown_equivalence.py after.json [FILE.md ...]
    python benchmarks/markdown_equivalence.py --compare before.json after.json

Each dump holds, per input, the Document ``parse_markdown`` returns (blocks,
links, footnotes, metadata) and the article ``inspect --json`` prints for a
file. Inputs: every ``.md`` under ``tests/`` (the real corpus once fetched),
the FILEs given, a synthetic report, each CommonMark spec example shipped
with the tests and each example a FILE holds (give the spec's ``spec.txt``
for all 652 of them).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _document(text: str) -> dict[str, Any]:
    from briefing_app.ingest.markdown import parse_markdown

    doc = parse_markdown(text)
    return {
        "blocks": [asdict(b) for b in doc.blocks],
        "links": [asdict(x) for x in doc.links],
        "footnotes": [asdict(f) for f in doc.footnotes],
        "metadata": doc.metadata,
    }


def _spec_examples() -> list[str]:
    path = ROOT / "tests" / "unit" / "ingest" / "data" / "commonmark_spec_0.31.2.json"
    if not path.exists():
        return []
    return [e["markdown"] for e in json.loads(path.read_text("utf-8"))]


def _examples_in(text: str) -> list[str]:
    """The Markdown of each example of a CommonMark spec file (tabs are written "→" there)."""
    found = re.findall(r"^`{32} example[^\n]*\n(.*?)^\.\n", text, re.M | re.S)
    return [e.replace("→", "\t") for e in found]


def dump(out: Path, extra: list[Path]) -> None:
    from benchmarks.synth import report_markdown
    from briefing_app.project import open_path

    files = sorted(p for p in (ROOT / "tests").rglob("*.md") if p.is_file()) + extra
    result: dict[str, Any] = {}
    for path in files:
        name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        text = path.read_text("utf-8", errors="replace")
        result[name] = {"document": _document(text), "inspect": open_path(path).article.to_json()}
    result["synthetic report"] = {"document": _document(report_markdown(200))}
    for n, example in enumerate(_spec_examples()):
        result[f"spec example {n + 1}"] = {"document": _document(example)}
    for path in extra:
        for n, example in enumerate(_examples_in(path.read_text("utf-8", errors="replace"))):
            result[f"{path.name} example {n + 1}"] = {"document": _document(example)}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), "utf-8")
    print(f"{len(result)} inputs written to {out}")


def compare(a: Path, b: Path) -> int:
    left, right = json.loads(a.read_text("utf-8")), json.loads(b.read_text("utf-8"))
    differ = [k for k in sorted(left.keys() | right.keys()) if left.get(k) != right.get(k)]
    for k in differ:
        print(f"differs: {k}")
    print(f"{len(left)} / {len(right)} inputs, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--compare"]:
        sys.exit(compare(Path(args[1]), Path(args[2])))
    dump(Path(args[0]), [Path(a) for a in args[1:]])

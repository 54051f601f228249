"""Every .pptx/.potx of a folder used as a template for the seed: how many decks come out valid.

``PYTHONPATH=. python -m tests.ooxml.sweep FOLDER`` prints, per template, what
is wrong with the deck written on it (if anything), then the counts: templates
exported, templates invalid themselves, decks invalid, templates refused with
a UserError, files that are not readable packages, and exporter crashes.
A measuring tool for collections of real templates nobody here made (Apache
POI's test decks, LibreOffice round trips), not a test.
"""

from __future__ import annotations

import sys
import zipfile
from collections import Counter
from pathlib import Path

from briefing_app.core.errors import UserError
from briefing_app.export.deck.writer import build_deck
from tests.ooxml.articles import briefing_for
from tests.ooxml.validate import problems


def sweep(folder: Path) -> Counter[str]:
    briefing = briefing_for("seed")
    counts: Counter[str] = Counter()
    for path in sorted(folder.glob("*.p*x")):
        try:
            before = problems(path)
        except (zipfile.BadZipFile, KeyError, ValueError):
            counts["unreadable"] += 1
            continue
        try:
            data, _ = build_deck(briefing, template=path)
        except UserError as exc:
            counts["refused"] += 1
            print(f"{path.name}: refused: {exc}")
            continue
        except Exception as exc:  # -- a crash is what this tool is looking for --
            counts["crashed"] += 1
            print(f"{path.name}: CRASH {type(exc).__name__}: {exc}")
            continue
        after = problems(data)
        counts["exported"] += 1
        counts["template invalid"] += bool(before)
        counts["deck invalid"] += bool(after)
        for rule, part, message in after[:5]:
            print(f"{path.name}: [{rule}] {part}: {message}")
    return counts


if __name__ == "__main__":
    print(dict(sweep(Path(sys.argv[1]))))

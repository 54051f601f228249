"""Section dividers on real nested documents: title sizes and one-slide dividers, per template.

For every document of ``tests/corpus/real`` (and any folders given) whose outline
has subsections, plans the deck on the built-in templates and the real ones
(``../shared/corpus/templates``, ``tests/corpus/templates``) and counts what
``../shared/tools/deck_check.py`` rejects and a reader notices: decks whose
slides after the title use more than three title sizes, and divider slides
continued onto a "(cont.)" slide. Plans only (no LibreOffice), so it runs in
seconds; a document the app cannot plan is counted, not hidden.

    PYTHONPATH=. python benchmarks/deck_dividers.py [FOLDER ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_app.core.errors import UserError
from briefing_app.export.deck.geometry import geometry_for
from briefing_app.export.deck.plan import plan_deck
from briefing_app.project import open_path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_FOLDERS = (
    ROOT.parent / "shared" / "corpus" / "templates",
    ROOT / "tests" / "corpus" / "templates",
)


def templates() -> list[str]:
    found = ["minimal", "dark", "government"]
    for folder in TEMPLATE_FOLDERS:
        if folder.is_dir():
            found += sorted(str(p) for p in folder.iterdir() if p.suffix in (".pptx", ".potx"))
    return found


def main(folders: list[Path]) -> None:
    names = templates()
    decks = too_many = continued = failed = 0
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".json", ".md5") or path.name.startswith("."):
                continue
            try:
                briefing = open_path(path)
            except UserError:
                continue
            if not any(s.level > 1 for s in briefing.article.sections):
                continue
            for name in names:
                try:
                    plan = plan_deck(briefing, geometry_for(name))
                except Exception as error:  # -- counted and named: a crash is a finding --
                    failed += 1
                    print(f"{path.name} on {Path(name).name}: cannot plan ({type(error).__name__})")
                    continue
                decks += 1
                sizes = {round(s.title_size_pt) for s in plan.slides[1:]}
                more = sum(1 for s in plan.slides if s.kind == "divider" and s.continued)
                too_many += len(sizes) > 3
                continued += more
                if len(sizes) > 3 or more:
                    print(
                        f"{path.name} on {Path(name).name}: {len(sizes)} title sizes, {more} (cont.) dividers"
                    )
    print(
        f"decks {decks}; more than 3 title sizes {too_many}; (cont.) divider slides {continued}; "
        f"could not plan {failed}"
    )


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [ROOT / "tests" / "corpus" / "real"])

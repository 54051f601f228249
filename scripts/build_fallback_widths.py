"""Write assets/fonts/deck/fallback-widths.json: DejaVu Sans advance widths (em) for the letters
Office fonts leave to a fallback font (Hebrew, Arabic and their presentation forms).

The deck fitter measures those letters with these real widths instead of a guessed em;
reading them from the TTFs with fontTools at every export would cost ~130 ms.
Usage: ``python scripts/build_fallback_widths.py`` (rerun when the bundled DejaVu changes).
"""

from __future__ import annotations

import json
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "assets" / "fonts"
RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def widths(path: Path) -> dict[str, float]:
    with TTFont(path, lazy=True) as font:
        upem = font["head"].unitsPerEm
        hmtx = font["hmtx"].metrics
        return {
            str(cp): round(hmtx[name][0] / upem, 4)
            for cp, name in sorted(font.getBestCmap().items())
            if any(low <= cp <= high for low, high in RANGES)
        }


def main() -> None:
    table = {
        "source": "DejaVu Sans (assets/fonts/DejaVuSans.ttf, DejaVuSans-Bold.ttf)",
        "regular": widths(FONTS / "DejaVuSans.ttf"),
        "bold": widths(FONTS / "DejaVuSans-Bold.ttf"),
    }
    out = FONTS / "deck" / "fallback-widths.json"
    out.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(table['regular'])} + {len(table['bold'])} code points)")


if __name__ == "__main__":
    main()

"""Time deck export for growing slide counts: it must grow linearly (python-pptx alone is quadratic).

Run: PYTHONPATH=. python benchmarks/deck_scaling.py [N ...]   (N = sections; slides ≈ N + 6)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from pptx import Presentation

from briefing_app.core.article import Article, Section
from briefing_app.core.briefing import Briefing
from briefing_app.core.document import Document
from briefing_app.export.deck import write_deck


def synthetic_briefing(sections: int, *, sentence_words: int = 12) -> Briefing:
    """A briefing with ``sections`` sections of three short sentences each."""
    words = ["policy", "region", "corridor", "mediator", "treaty", "border", "energy", "transit"]
    items = []
    for n in range(sections):
        sentence = " ".join(words[(n + i) % len(words)] for i in range(sentence_words))
        summary = f"{sentence.capitalize()} {n}. Second point {n}. Third point {n}."
        items.append(
            Section(
                id=f"s-{n:05d}",
                heading=f"Section {n}",
                paragraphs=(summary,),
                spans=((0, len(summary)),),
                paragraph_numbers=(n + 1,),
                summary=summary,
            )
        )
    doc = Document(text="synthetic", blocks=(), source_name="synthetic.txt")
    article = Article(title="Synthetic scaling test", source=doc, sections=tuple(items))
    return Briefing.from_article(article)


def time_export(sections: int) -> tuple[int, float]:
    briefing = synthetic_briefing(sections)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "deck.pptx"
        start = time.perf_counter()
        write_deck(briefing, out)
        elapsed = time.perf_counter() - start
        slides = len(Presentation(str(out)).slides)
    return slides, elapsed


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [250, 500, 1000, 2000]
    for n in sizes:
        slides, elapsed = time_export(n)
        print(f"{slides:6d} slides  {elapsed:7.2f} s  {1000 * elapsed / slides:6.2f} ms/slide")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

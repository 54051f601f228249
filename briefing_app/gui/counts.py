"""What the export will make, counted cheaply enough to update on every edit."""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefing_app.core.briefing import Briefing
from briefing_app.core.text import word_count

MEMO_WORDS_PER_PAGE = 420  # body text of a one-column A4/Letter memo at 11 pt
MEMO_HEADER_WORDS = 120  # header block, BLUF heading and footer take about this much room


@dataclass(frozen=True)
class Counts:
    items: int
    slides: int
    memo_pages: int
    words: int

    def describe(self) -> str:
        pages = f"{self.memo_pages} memo page{'s' if self.memo_pages != 1 else ''}"
        return f"{self.items} picked → {self.slides} slides · {pages} · {self.words} words"


def count(
    briefing: Briefing, *, slides: int | None = None, memo_pages: int | None = None
) -> Counts:
    """Counts for the picked items; the deck plan's and the rendered memo's numbers win when known."""
    picked = [i for i in briefing.order if i in briefing.picked]
    words = sum(
        word_count(briefing.title_of(i)) + word_count(briefing.summary_of(i)) for i in picked
    )
    estimate = 1 + len(picked) if picked else 1  # a title slide, then one per item
    pages = max(1, math.ceil((words + MEMO_HEADER_WORDS) / MEMO_WORDS_PER_PAGE))
    return Counts(
        items=len(picked), slides=slides or estimate, memo_pages=memo_pages or pages, words=words
    )

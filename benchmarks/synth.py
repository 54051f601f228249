"""Synthetic reports of N sections (heading, three paragraphs, one recommendation) for scaling runs.

The text is deterministic pseudo-prose from a fixed vocabulary, so every size
is reproducible and the summariser sees realistic sentence lengths, numbers
and names rather than one repeated sentence. Written as Markdown so the app
and Pandoc read exactly the same content.

    python benchmarks/synth.py 1000 > report-1000.md
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

_SUBJECTS = [
    "The ministry",
    "Regional authorities",
    "The energy regulator",
    "Border agencies",
    "Donor governments",
    "The joint commission",
    "Municipal councils",
    "The central bank",
    "Civil society groups",
    "Trade negotiators",
]
_VERBS = [
    "expanded",
    "reviewed",
    "delayed",
    "financed",
    "monitored",
    "restructured",
    "negotiated",
    "published",
    "suspended",
    "audited",
]
_OBJECTS = [
    "the water-sharing agreement",
    "cross-border rail links",
    "the reconstruction fund",
    "customs procedures in the northern districts",
    "the electricity interconnector",
    "demining programmes",
    "the refugee return plan",
    "grain export quotas",
    "the digital identity register",
    "pension reform",
]
_CLAUSES = [
    "despite objections from opposition deputies",
    "after two rounds of talks in Tbilisi",
    "under pressure from international lenders",
    "while inflation remained above target",
    "as the winter heating season began",
    "following a critical audit report",
    "with support from the European Commission",
    "although the budget allocation fell short",
]
_ACTIONS = [
    "publish quarterly progress reports",
    "fund an independent monitoring mission",
    "simplify the licensing regime",
    "create a joint technical committee",
    "double the budget for local training",
    "open the tender to foreign bidders",
    "adopt a single data standard",
    "set a binding deadline for completion",
]


def _sentence(rng: random.Random) -> str:
    year = rng.randint(1995, 2024)
    amount = rng.choice(["$", "€"]) + f"{rng.randint(2, 950)}.{rng.randint(0, 9)} million"
    share = f"{rng.randint(3, 97)} percent"
    tail = rng.choice(
        [
            f"in {year}",
            f"at a cost of {amount}",
            f"covering {share} of households",
            f"{rng.choice(_CLAUSES)}",
        ]
    )
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {tail}."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 5)))


def _recommendation(rng: random.Random) -> str:
    """A list item announced by the paragraph before it, the way reports set out advice."""
    who = rng.choice(_SUBJECTS)
    return (
        f"- {who} should {rng.choice(_ACTIONS)} for {rng.choice(_OBJECTS)} "
        f"within {rng.randint(2, 24)} months. {_sentence(rng)}"
    )


def report_markdown(sections: int, *, seed: int = 7) -> str:
    """A Markdown report with ``sections`` sections of 3 paragraphs and 1 recommendation each."""
    rng = random.Random(seed)
    parts = [
        "---",
        f"title: Synthetic Regional Review ({sections} sections)",
        "author: Benchmark Generator",
        "date: 2024-03-01",
        "---",
        "",
    ]
    for n in range(1, sections + 1):
        topic = rng.choice(_OBJECTS)
        parts.append(f"## {n}. {topic[0].upper()}{topic[1:]} in district {n}\n")
        parts.extend(f"{_paragraph(rng)}\n" for _ in range(2))
        parts.append(f"{_paragraph(rng)} We therefore recommend the following:\n")
        parts.append(f"{_recommendation(rng)}\n")
    return "\n".join(parts)


def write_report(sections: int, folder: Path) -> Path:
    """Write (or reuse) ``report-N.md`` in ``folder``."""
    path = folder / f"report-{sections}.md"
    if not path.exists():
        path.write_text(report_markdown(sections), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.stdout.write(report_markdown(int(sys.argv[1]) if len(sys.argv) > 1 else 10))

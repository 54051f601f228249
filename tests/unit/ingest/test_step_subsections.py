"""Steps set as sibling subsections of a roadmap, one command each (issue 14, recform23).
Made-up texts."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

ROADMAP = """# A deposit scheme for glass bottles

## Background

The town's landfill takes forty tonnes of glass a year, most of it bottles sold in the town's
own shops.

## Implementation Roadmap

The scheme can start within a year if the council takes these steps in order.

#### Baseline study

Conduct a count of the bottles sold and thrown away in one month. The count sets the deposit.

#### Talks with shops

Present the deposit to the shop owners before the council votes. Their support decides the
vote.

#### The bylaw

Submit the bylaw to the council's environment committee.

#### Collection

Create return points at the three largest shops.

## Conclusion

The deposit pays for itself within two years.
"""


def test_one_command_under_each_subhead_of_a_roadmap_is_a_recommendation():
    article = analyze(parse_markdown(ROADMAP, name="deposit.md"))
    texts = [r.text for r in article.recommendations]
    for opening in ("Conduct a count", "Present the deposit", "Submit the bylaw", "Create return"):
        assert any(t.startswith(opening) for t in texts), (opening, texts)


HOWTO = """# Setting up the bottle counter

## Steps

#### Download

Download the counter from the town's website.

#### Install

Install it on the shop's till computer.

#### Start

Start the counter before the shop opens.
"""


def test_a_how_tos_steps_as_subheads_stay_out():
    article = analyze(parse_markdown(HOWTO, name="counter.md"))
    assert not any(r.text.startswith("Download the counter") for r in article.recommendations)

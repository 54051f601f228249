"""Shapes real documents have that our hand-written corpus did not (issue 14), one test each."""

from __future__ import annotations

from briefing_app.ingest.readers import read_bytes
from tests.unit.ingest.builders import BODY, analyze_text


def test_a_speech_marking_only_first_and_finally_gives_two_recommendations():
    article = analyze_text(
        f"Remarks on the grid\n\nSenator Jo Li\n\n{BODY}\n\n"
        "First, we must fund the reserve of transformers before next winter.\n\n"
        "The costs are modest compared with a single day of outage across the state.\n\n"
        "Finally, we should require every operator to publish a winter plan each September.\n"
    )
    assert [r.headline[:12] for r in article.recommendations] == ["We must fund", "We should re"]
    assert article.author == "Jo Li"  # -- a name line under the title, honorific dropped
    assert all(s.heading != "Senator Jo Li" for s in article.sections)


def test_narrated_first_and_finally_is_no_advice():
    article = analyze_text(
        f"A history of the grid\n\n{BODY}\n\n"
        "First, the company built a line to the coast in 1921, which took two years.\n\n"
        "Finally, the state bought the company in 1948 after a long strike.\n"
    )
    assert article.recommendations == ()


def test_document_id_lines_are_neither_title_nor_body_and_give_the_date():
    article = analyze_text(
        "[Congressional Record Volume 151, Number 68 (Friday, May 20, 2005)]\n"
        "[Extensions of Remarks]\n[Page E1042]\n"
        "From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]\n\n"
        "    INTRODUCING THE RIDE SAFETY ACT OF 2005\n\n      ______\n\n"
        "      HON. EDWARD J. MARKEY\n\n      of massachusetts\n\n"
        "      Thursday, May 19, 2005\n\n"
        f"  Mr. MARKEY. Mr. Speaker, {BODY}\n\n[[Page E1043]]\n\n  {BODY}\n"
    )
    assert article.title == "INTRODUCING THE RIDE SAFETY ACT OF 2005"
    assert (article.author, article.date) == ("Edward J. Markey", "2005-05-20")
    assert not any("Page E1043" in p for s in article.sections for p in s.paragraphs)


def test_imperative_sibling_headings_are_recommendations_and_a_lone_one_is_not():
    article = analyze_text(
        f"# Moving to the cloud\n\n{BODY}\n\n## Migration\n\n{BODY}\n\n### Start small\n\n{BODY}\n\n"
        f"### Automate in-place\n\n{BODY}\n\n## Fix the incentives, not just the tools\n\n{BODY}\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == ["Start small", "Automate in-place"]
    by_heading = {s.heading: s for s in article.sections}
    assert article.recommendations[0].section_id == by_heading["Start small"].id
    # -- the heading is the headline, the paragraphs under it the text: nothing said twice,
    # -- and one "¶" number per paragraph (the memo and deck index them together)
    first = article.recommendations[0]
    assert first.paragraphs == (BODY,) and first.text == BODY
    assert len(first.paragraph_numbers) == len(first.paragraphs) == len(first.spans)


def test_one_imperative_heading_per_chapter_is_advice_when_the_level_is_all_advice():
    article = analyze_text(
        f"# Writing in a crisis\n\n{BODY}\n\n## Empathy\n\n### Be clear\n\n{BODY}\n\n"
        f"## Honesty\n\n### Acknowledge uncertainty\n\n{BODY}\n\n"
        f"## Commitment\n\n### Prove your reliability\n\n{BODY}\n\n"
        f"## Wrap-up\n\n### Conclusion\n\n{BODY}\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "Be clear",
        "Acknowledge uncertainty",
        "Prove your reliability",
    ]


def test_imperative_headings_in_a_minority_of_their_level_are_sections():
    article = analyze_text(
        f"# The grid\n\n{BODY}\n\n## History\n\n{BODY}\n\n## Start small\n\n{BODY}\n\n"
        f"## The winter of 2021\n\n{BODY}\n\n## Build the reserve\n\n{BODY}\n\n"
        f"## Costs and benefits\n\n{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


def test_sub_items_belong_to_their_recommendation():
    article = analyze_text(
        f"# Research\n\n{BODY}\n\n## How to address this:\n\n"
        "- Acknowledge that familiarity breeds assumptions about users.\n"
        "    - Do an assumption-mapping exercise with your team.\n"
        "- Fund research every year, not once.\n",
        ".md",
    )
    assert len(article.recommendations) == 2
    assert "assumption-mapping" in article.recommendations[0].text


def test_furniture_headings_and_back_matter_are_not_sections():
    page = (
        "<html><head><title>Grid report | Energy Review</title>"
        "<meta property='og:site_name' content='Energy Review'></head><body><article>"
        f"<h1>Grid report</h1><p>{BODY}</p><h2>Findings</h2><p>{BODY}</p>"
        f"<h2>You might also like</h2><p>{BODY}</p>"
        f"<h2>History [edit]</h2><p>{BODY}</p>"
        f"<h2>References</h2><p>{BODY}</p></article></body></html>"
    )
    article = analyze_text(page, ".html")
    assert [s.heading for s in article.sections if s.heading] == ["Findings", "History"]
    assert article.title == "Grid report"


def test_front_matter_slugs_read_as_names():
    article = analyze_text(f"---\ntitle: Grid\nauthors:\n  - jane-doe\n---\n\n{BODY}\n", ".md")
    assert article.author == "Jane Doe"  # -- never the slug itself


def test_a_list_of_names_under_a_paper_title_is_its_authors():
    article = analyze_text(
        "Dense Retrieval for Question Answering\n\n"
        "Vladimir Karpukhin∗, Barlas Oğuz∗, Sewon Min† and Patrick Lewis\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    assert article.author == "Vladimir Karpukhin, Barlas Oğuz, Sewon Min, Patrick Lewis"


def test_places_in_a_list_are_no_authors():
    article = analyze_text(f"Summit season\n\nParis, London and Rome\n\n{BODY}\n")
    assert article.author is None


def test_a_printed_bills_sections_are_headings_under_the_bill():
    article = analyze_text(
        f"Statements on introduced bills\n\n{BODY}\n\n                S. 1095\n\n"
        "       Be it enacted by the Senate and House of Representatives of the United States "
        "of America in Congress assembled,\n\n"
        "     SECTION. 1. SHORT TITLE.\n\n"
        "       This Act may be cited as the Protecting American Goods and Services Act of "
        "2005, and it applies from the day it is enacted.\n\n"
        "     SEC. 2. PROHIBITION ON TRAFFICKING OF CERTAIN GOODS AND\n"
        "                   SERVICES.\n\n"
        f"       {BODY}\n"
    )
    got = [(s.heading, s.level) for s in article.sections if s.heading]
    assert got == [
        ("S. 1095", 1),
        ("SECTION. 1. SHORT TITLE.", 2),
        ("SEC. 2. PROHIBITION ON TRAFFICKING OF CERTAIN GOODS AND SERVICES.", 2),
    ]


def test_a_chapter_label_over_its_name_is_one_title():
    article = analyze_text(
        f"CHAPTER 1\n\nINTRODUCTION\n\nA. PURPOSE\n\n{BODY}\n\nB. SCOPE\n\n{BODY}\n"
    )
    assert article.title == "CHAPTER 1 – INTRODUCTION"
    assert article.author is None  # -- "A. PURPOSE" enumerates a heading, it names nobody
    assert [s.heading for s in article.sections] == ["A. PURPOSE", "B. SCOPE"]


def test_inline_html_in_a_front_matter_title_is_dropped():
    article = analyze_text(
        f"---\ntitle: Writing for action <em>and</em> flexibility\n---\n\n{BODY}\n", ".md"
    )
    assert article.title == "Writing for action and flexibility"


def test_a_heading_ending_in_an_ellipsis_is_a_heading_and_tldr_is_no_section():
    article = analyze_text(
        f"# Readmes\n\n{BODY}\n\n**TL;DR**\n\n- Write one\n- Share it\n\n"
        f"## You can lean on me to ...\n\n{BODY}\n",
        ".md",
    )
    assert [s.heading for s in article.sections if s.heading] == ["You can lean on me to ..."]


def test_a_speakers_appeal_is_a_recommendation_and_a_quoted_one_is_not():
    article = analyze_text(
        f"Remarks on ride safety\n\n{BODY}\n\n"
        "The bill would also authorize appropriations to carry out the purposes of the Act. "
        "I urge my colleagues to join us in this effort. Let's pass the Ride Safety Act.\n"
    )
    # -- the exhortation after the appeal is an advising sentence of its own (settled convention)
    assert [r.headline[:30] for r in article.recommendations] == [
        "I urge my colleagues to join u",
        "Let's pass the Ride Safety Act",
    ]
    quoted = analyze_text(
        f"A report from the summit\n\n{BODY}\n\n"
        "“We urge every delegation to sign,” the chair said, before the talks broke up. "
        "The delegations left without an agreement on the text.\n"
    )
    assert quoted.recommendations == ()


def test_paragraphs_marked_by_indentation_in_hard_wrapped_text_stay_apart():
    text = (
        "Remarks\n\n"
        "  We are supported in this endeavor by the Nation's leading consumer-\n"
        "protection advocates, including the Consumer Federation of America\n"
        "and Kids in Danger.\n"
        "  Excerpts from their letters of endorsement include the following lines\n"
        "that we read into the record today.\n"
    )
    doc = read_bytes(text.encode("utf-8"), name="r.txt", suffix=".txt")
    assert [b.text[:30] for b in doc.blocks] == [
        "Remarks",
        "We are supported in this endea",
        "Excerpts from their letters of",
    ]
    assert "consumer-protection advocates" in doc.blocks[1].text


def test_imperative_sentences_after_a_bold_label_are_recommendations():
    article = analyze_text(
        f"# Coal\n\n{BODY}\n\n**The better alternative:** Do this now. Close the coal plants "
        f"by 2030. Convert the sites to storage. It costs less.\n\n{BODY}\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "Do this now",
        "Close the coal plants by 2030",
        "Convert the sites to storage",
    ]
    assert article.recommendations[2].text == "Convert the sites to storage. It costs less."


def test_a_label_over_narration_gives_no_recommendation():
    article = analyze_text(
        f"# Coal\n\n{BODY}\n\n**What happened next:** The plant closed in 2019. Workers moved "
        f"to the port. Close observers expected it.\n\n{BODY}\n",
        ".md",
    )
    assert article.recommendations == ()


def test_plain_text_sub_bullets_fold_into_their_item_without_raw_asterisks():
    article = analyze_text(
        f"Grid\n\n{BODY}\n\nPolicymakers should:\n\n"
        "- **Fund the reserve** of transformers before winter.\n"
        "  - Buy two hundred units.\n  - Store them near the coast.\n"
        "- **Require winter plans** from every operator.\n  - Publish them each September.\n\n"
        f"{BODY}\n"
    )
    assert [r.headline for r in article.recommendations] == [
        "Fund the reserve of transformers before winter",
        "Require winter plans from every operator",
    ]
    assert "Store them near the coast." in article.recommendations[0].text
    assert not any("*" in r.text for r in article.recommendations)


def test_a_page_printed_to_text_without_blank_lines_reads_as_paragraphs():
    prose = (
        "Iwan Wyn Roberts is a Welsh former professional footballer who played as a forward\n"
        "from 1986 to 2005 for a number of clubs and for the Wales national team as well.\n"
        "He moved to Huddersfield Town in 1990 where he remained for three seasons.\n"
    )
    table = "".join(f"19{n}–19{n + 1} Club {n} 4{n} (1{n})\n" for n in range(80, 96))
    notes = "a. Appearance in the Full Members Cup\nb. Two appearances in the play-offs\n"
    article = analyze_text(
        "Iwan Roberts\nRoberts celebrating after scoring a goal for Norwich City\nin 2004\n"
        "Personal information\nDate of birth 26 June 1968\n"
        + table
        + prose * 4
        + "Later life\n"
        + prose * 3
        + notes
    )
    assert article.title == "Iwan Roberts"  # -- a name over a longer line is no kicker
    assert article.date is None  # -- a date of birth is no publication date
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert prose.replace("\n", " ").strip() + " " + prose.split("\n")[0] in " ".join(paragraphs)
    assert any(
        p.startswith("Iwan Wyn Roberts is a Welsh") and p.endswith("three seasons.")
        for p in paragraphs
    )


def test_a_bold_sentence_of_advice_is_the_authors_thesis_and_bold_narration_is_not():
    def recs(sentence: str) -> list[str]:
        text = f"# Grid\n\n{BODY}\n\n**{sentence}**\n\n{BODY}\n\n{BODY}\n"
        return [r.headline for r in analyze_text(text, ".md").recommendations]

    assert recs("Policymakers should act to close the funding gap before 2030.") == [
        "Policymakers should act to close the funding gap before 2030"
    ]
    assert recs("The grid held through the winter of 2021.") == []

"""Saved news and opinion pages: standfirst, subheads, kickers, teasers and boxes read as a reader would."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.html import parse_html

LEAD = (
    "The city council voted on Tuesday to close the old harbour bridge to lorries from next "
    "spring, after engineers found corrosion in three of the main girders during an inspection."
)
SECOND = (
    "Hauliers say the detour through the industrial estate will add forty minutes to every "
    "delivery, and they have asked the council to publish the engineers' report in full."
)
THIRD = (
    "The council's transport committee will meet again in March to decide how the repairs "
    "will be paid for, and whether a temporary crossing can be built beside the old one."
)
TITLE = "Harbour bridge to close to lorries"


def news_page(article: str, *, head: str = "", after: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{TITLE} | The Gazette</title>"
        f"<meta property='og:title' content='{TITLE}'>{head}</head><body>"
        f"<article>{article}</article>{after}</body></html>"
    )


def body_text(article) -> str:
    return "\n".join(b.text for b in article.source.blocks)


def headings(article) -> list[str | None]:
    return [s.heading for s in article.sections if s.heading]


def test_a_dek_set_as_a_heading_is_the_standfirst_not_a_section():
    dek = "Engineers found corrosion in the girders; hauliers fear long detours."
    html = news_page(
        f"<h1>{TITLE}</h1><h2>{dek}</h2><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>",
        head=f"<meta name='description' content='{dek}'>",
    )
    article = analyze(parse_html(html, name="p.html"))
    assert article.standfirst == dek
    assert headings(article) == []
    assert all(p in body_text(article) for p in (LEAD, SECOND, THIRD))


def test_a_lead_paragraph_equal_to_the_description_stays_in_the_body():
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>",
        head=f"<meta name='description' content=\"{LEAD}\">",
    )
    article = analyze(parse_html(html, name="p.html"))
    assert article.source.blocks[1].text == LEAD  # -- after the title: the lead, kept
    assert article.standfirst is None  # -- the description is the lead again, not a standfirst


def test_a_paragraph_the_page_marks_as_dek_is_the_standfirst():
    dek = "Engineers found corrosion in the girders; hauliers fear long detours."
    html = news_page(f"<h1>{TITLE}</h1><p class='standfirst'>{dek}</p><p>{LEAD}</p><p>{SECOND}</p>")
    article = analyze(parse_html(html, name="p.html"))
    assert article.standfirst == dek
    assert dek not in body_text(article) and LEAD in body_text(article)


def test_a_description_the_body_does_not_hold_is_the_standfirst_and_drops_nothing():
    dek = "Engineers found corrosion in the girders."
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>",
        head=f"<meta name='description' content='{dek}'>",
    )
    article = analyze(parse_html(html, name="p.html"))
    assert article.standfirst == dek
    assert all(p in body_text(article) for p in (LEAD, SECOND, THIRD))


def test_bold_one_line_paragraphs_between_text_are_subheads():
    html = news_page(
        f"<h1>{TITLE}</h1><p><em>Gazette staff · 3 March 2024</em></p><p>{LEAD}</p>"
        f"<p><strong>What hauliers say</strong></p><p>{SECOND}</p>"
        "<p>Nobody, the mayor said, wants “a bridge that falls down”</p>"
        f"<p><b>Who pays</b></p><p>{THIRD}</p><p><strong>Share this story</strong></p>"
    )
    # -- set in bold, so a subhead even after a short line (where a plain short line is not)
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == ["What hauliers say", "Who pays"]


def test_a_bold_sentence_or_bracketed_teaser_is_no_subhead():
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><p><strong>We will keep you posted.</strong></p>"
        f"<p>{SECOND}</p><p><em>[Read: the bridge in pictures]</em></p><p>{THIRD}</p>"
    )
    assert headings(analyze(parse_html(html, name="p.html"))) == []


def test_a_kicker_above_the_headline_and_a_title_set_in_two_headings_are_no_sections():
    kicker = news_page(
        f"<h6>transport</h6><h1>{TITLE}</h1><p>{LEAD}</p><h2>The repairs</h2><p>{SECOND}</p>"
    )
    assert headings(analyze(parse_html(kicker, name="k.html"))) == ["The repairs"]
    split = news_page(
        "<h2>Harbour bridge:</h2><h4>to close to lorries</h4>"
        f"<p>{LEAD}</p><h3>The repairs</h3><p>{SECOND}</p><h3>The detour</h3><p>{THIRD}</p>"
    ).replace(f"content='{TITLE}'", "content='Harbour bridge: to close to lorries'")
    assert headings(analyze(parse_html(split, name="s.html"))) == ["The repairs", "The detour"]


def test_a_group_of_other_stories_is_cut_with_its_teasers():
    teasers = "".join(
        f"<h4>Column {n} headline about something else</h4><p>COLUMNIST {n} A teaser paragraph "
        f"for another opinion column on the site, long enough to look like text number {n}.</p>"
        for n in range(3)
    )
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p><h2>Other opinion columns</h2>{teasers}"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == []
    assert "teaser paragraph" not in body_text(article)


def test_a_review_box_above_the_first_section_is_text_not_sections():
    box = (
        "<h4>Our score</h4><p>87</p><h5>Pros</h5><ul><li>Fast</li><li>Quiet</li></ul>"
        "<h5>Cons</h5><ul><li>Expensive</li></ul><h4>Summary</h4><p>A fine console if you own a 4K set.</p>"
    )
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p>{box}<h3>Hardware</h3><p>{SECOND}</p>"
        f"<h3>In use</h3><p>{THIRD}</p>"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == ["Hardware", "In use"]
    assert "Pros" in body_text(article)


def test_citation_marks_are_dropped_and_do_not_make_headings():
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}<sup>[1]</sup></p><h2>Pledge</h2>"
        "<p>According to the council:<sup><a href='#cite-41'>[41]</a></sup></p>"
        f"<blockquote><p>{SECOND}</p></blockquote><p>{THIRD}</p>"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == ["Pledge"]
    assert "[41]" not in body_text(article) and "[1]" not in body_text(article)
    assert "According to the council:" in body_text(article)


def test_declared_author_and_date_win_over_the_extractor_s_guesses():
    html = news_page(
        f"<h1>{TITLE}</h1><span class='pb-byline'>By <a href='/p/jo'>Jo Li</a></span>"
        f"<p>{LEAD}</p><p>{SECOND}</p>",
        head="<link rel='canonical' href='https://gazette.example/2024/03/03/bridge.html'>",
        after="<div class='signin'><span class='author'>Username</span></div>",
    )
    article = analyze(parse_html(html, name="p.html"))
    assert (article.author, article.date, article.date_source) == (
        "Jo Li",
        "2024-03-03",
        "metadata",
    )


def test_a_read_more_box_inside_the_article_loses_only_its_heading():
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><h2>Read more</h2><h3>The repairs</h3><p>{SECOND}</p>"
        f"<h3>The detour</h3><p>{THIRD}</p>"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == ["The repairs", "The detour"]
    assert THIRD in body_text(article)


def test_a_short_heading_that_the_description_repeats_stays_a_section():
    html = news_page(
        f"<h1>{TITLE}</h1><h2>Why the girders failed</h2><p>{LEAD}</p><p>{SECOND}</p>"
        f"<h2>What comes next</h2><p>{THIRD}</p>",
        head="<meta property='og:description' content='Why the girders failed'>",
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == ["Why the girders failed", "What comes next"]


def test_subsections_closed_by_one_late_top_heading_keep_their_headings():
    text = f"<p>{SECOND}</p><p>{LEAD}</p><p>{THIRD}</p><p>{SECOND}</p>"
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><h3>The repairs</h3>{text}<h3>The detour</h3>{text}"
        f"<h2>About the council</h2><p>{THIRD}</p>"
    )
    doc = parse_html(html, name="p.html")
    assert [(b.level, b.text) for b in doc.blocks if b.kind == "heading"][1:] == [
        (3, "The repairs"),
        (3, "The detour"),
        (2, "About the council"),
    ]


def test_a_columnists_name_before_the_headline_is_the_byline_not_the_title():
    para = "正文第一段，作者谈到城市交通与公共服务的变化，以及居民日常生活中的种种感受和期待。" * 3
    html = (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
        "<title>张明：城市交通的十年变化</title></head><body><article>"
        "<h1>张明：城市交通的十年变化</h1><p>【文/某某网专栏作者 张明】</p>"
        f"<p>{para}</p><p>{para}</p></article></body></html>"
    )
    doc = parse_html(html, name="column.html")
    assert doc.metadata["author"] == "张明"
    assert doc.metadata["title"] == "城市交通的十年变化"


def test_an_unfilled_author_field_names_no_one():
    head = "<meta name='author' content='name, email@example.com'>"
    html = news_page(f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>", head=head)
    assert not parse_html(html, name="bridge.html").metadata.get("author")


def test_an_agency_label_before_the_declared_title_is_not_the_headline_printed_without_it():
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Valley Wire Agency - {TITLE}</title>"
        f"<meta property='og:title' content='Valley Wire Agency - {TITLE}'></head>"
        "<body><div id='news'>"
        f"<h1 class='newstitle'>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"
        "</div></body></html>"
    )
    doc = parse_html(html, name="wire.html")
    assert doc.metadata["title"] == TITLE


def test_a_description_that_only_repeats_the_headline_is_no_standfirst():
    # -- the cover slide printed the title, then the same words again as its subtitle --
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p>",
        head=f"<meta name='description' content='{TITLE.upper()}.'>",
    )
    article = analyze(parse_html(html, name="p.html"))
    assert article.title == TITLE
    assert article.standfirst is None


def test_the_authors_name_and_affiliation_under_the_title_is_no_standfirst():
    # -- a paper's "Name Department of …, University of …" line was printed under the
    # -- cover slide's title as if it were a standfirst, before the byline said it again --
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p>",
        head="<meta name='author' content='Jo Lin'>"
        "<meta name='description' content='Jo Lin, Department of Transport, Harbour University'>",
    )
    article = analyze(parse_html(html, name="p.html"))
    assert article.author == "Jo Lin"
    assert article.standfirst is None

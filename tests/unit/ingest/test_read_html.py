"""HTML pages: boilerplate removed, headings and lists kept, metadata from meta tags."""

from __future__ import annotations

import pytest

from briefing_app.core.errors import UserError
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.html import parse_html

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Grid Resilience After the Storm | Energy Monitor</title>
<meta property="og:title" content="Grid Resilience After the Storm">
<meta property="og:site_name" content="Energy Monitor">
<meta name="author" content="Ana Petrosyan">
<meta property="article:published_time" content="2023-11-05T07:30:00+00:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/grid">Grid</a></li><li><a href="/oil">Oil</a></li></ul></nav>
<div class="share">Share on Facebook · Share on X · Copy link</div>
<div class="advert">ADVERTISEMENT — Solar panels at half price, call now</div>
<article>
<h1>Grid Resilience After the Storm</h1>
<p>The storm that crossed the coast last week left more than two million households without power for up to six days, exposing how thin the margins of the regional grid have become.</p>
<div class="inline-related"><h4>Read more</h4><ul><li><a href="/x">Why grids fail in winter</a></li></ul></div>
<div class="newsletter-signup"><p>Get our daily briefing. Enter your email to subscribe now.</p><form><input type="email"></form></div>
<div class="social-share"><a href="#">Share</a> <a href="#">Tweet</a></div>
<h2>What failed</h2>
<p>Transmission lines built in the nineteen seventies were not designed for sustained winds above one hundred kilometres an hour, and several substations flooded within hours.</p>
<h3>Substations</h3>
<p>Operators had warned for years that low-lying substations needed raised platforms, but the investment was deferred in three successive budget rounds.</p>
<h2>What should change</h2>
<p>The regulator should adopt the following measures:</p>
<ol>
<li>Require operators to harden every substation below the hundred-year flood line by 2027.</li>
<li>Create a reserve fund for emergency repairs financed by a small levy on bills.
  <ul><li>Cap the levy at one percent.</li><li>Publish the fund's accounts every year.</li></ul></li>
<li>Establish mutual-aid agreements with neighbouring grids before the next storm season.</li>
</ol>
<p>Without these steps the next storm will find the same weaknesses and the bill will be higher.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ten charts on winter demand</a></li><li><a href="/b">Oil prices slip again</a></li></ul></aside>
<div class="newsletter">Sign up for the Energy Monitor briefing, delivered daily.</div>
<footer><p>© 2023 Energy Monitor Ltd. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""

BOILERPLATE = [
    "Share on",
    "ADVERTISEMENT",
    "Ten charts",
    "Sign up",
    "All rights reserved",
    "Home",
    "Read more",
    "Why grids fail",
    "daily briefing",
    "Tweet",
]


@pytest.fixture(scope="module")
def page():
    return parse_html(PAGE, name="grid.html")


def test_boilerplate_is_removed(page):
    for phrase in BOILERPLATE:
        assert phrase not in page.text


def test_headings_keep_their_levels(page):
    headings = [(b.level, b.text) for b in page.blocks if b.kind == "heading"]
    assert headings == [
        (1, "Grid Resilience After the Storm"),
        (2, "What failed"),
        (3, "Substations"),
        (2, "What should change"),
    ]


def test_ordered_and_nested_lists_are_kept(page):
    items = [(b.level, b.ordered, b.text[:22]) for b in page.blocks if b.kind == "list_item"]
    assert items == [
        (0, True, "Require operators to h"),
        (0, True, "Create a reserve fund "),
        (1, False, "Cap the levy at one pe"),
        (1, False, "Publish the fund's acc"),
        (0, True, "Establish mutual-aid a"),
    ]


def test_metadata_from_meta_tags(page):
    assert page.metadata["title"] == "Grid Resilience After the Storm"
    assert page.metadata["author"] == "Ana Petrosyan"
    assert page.metadata["date"] == "2023-11-05"
    assert page.metadata["publication"] == "Energy Monitor"


def test_list_becomes_recommendations_and_sections_nest_by_heading_level(page):
    article = analyze(page)
    assert [(s.heading, s.level) for s in article.sections] == [
        (None, 1),
        ("What failed", 1),
        ("Substations", 2),
        ("What should change", 1),
    ]
    failed = article.sections[1]
    assert article.children_of(failed.id) == (article.sections[2],)
    headlines = [r.headline for r in article.recommendations]
    # -- nested sub-items (level 1) are also counted by detect today; see the issue-5 report --
    assert {h[:14] for h in headlines} >= {"Require operat", "Create a reser", "Establish mutu"}


def test_offsets_point_into_the_text(page):
    for block in page.blocks:
        assert page.text[block.start : block.end] == block.text


def test_page_without_headings_gives_paragraphs_only():
    paras = "".join(
        f"<p>Paragraph {n} of a plain letter with enough words to count as real prose for the "
        f"extractor to keep it in the output.</p>"
        for n in range(1, 5)
    )
    doc = parse_html(f"<html><body><div>{paras}</div></body></html>", name="letter.html")
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 4


def test_page_with_no_article_text_is_refused():
    with pytest.raises(UserError, match="no readable article text"):
        parse_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", name="x.html")


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [("cp1252", '<meta charset="windows-1252">'), ("utf-16", ""), ("utf-8", "")],
)
def test_page_encodings_are_honoured(encoding, declared):
    from briefing_app.ingest.readers import read_bytes

    body = "Café “Ərdoğan” naïve — it’s déjà vu for the ministry’s négociateurs. " * 3
    if encoding == "cp1252":
        body = body.replace("Ərdoğan", "Erdogan")
    page = f"<!DOCTYPE html><html><head>{declared}<title>T</title></head><body><article><p>{body}</p></article></body></html>"
    doc = read_bytes(page.encode(encoding), name="p.htm", suffix=".htm")
    assert doc.blocks[0].text == body.strip()


def test_no_date_is_invented_from_a_copyright_footer():
    page = PAGE.replace(
        '<meta property="article:published_time" content="2023-11-05T07:30:00+00:00">', ""
    )
    assert "date" not in parse_html(page, name="grid.html").metadata


def test_word_web_page_bullets_become_list_items():
    bullet = "<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
    page = (
        "<html><head><meta charset='windows-1252'></head><body><div class=WordSection1>"
        "<h1>Visit Notes</h1>"
        "<p class=MsoNormal>The delegation raised three concerns during the meeting with the "
        "deputy minister, each of which needs follow-up before the autumn session.</p>"
        f"<p class=MsoListParagraphCxSpFirst>{bullet}Border crossing delays for freight.</p>"
        f"<p class=MsoListParagraphCxSpLast>{bullet}Visa processing for students.</p>"
        "<p class=MsoNormal>A full record of the meeting is attached to this note for the file "
        "and for the desk officers who will prepare the next round.</p>"
        "</div></body></html>"
    )
    doc = parse_html(page, name="notes.htm")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items == ["Border crossing delays for freight.", "Visa processing for students."]


def test_persian_zero_width_non_joiners_and_joiners_survive_extraction():
    """ "اصلاح‌طلبان" holds a zero-width non-joiner; trafilatura drops it (as non-printable), which
    joins the letters into another spelling. As a character or an entity, it stays."""
    html = (
        "<html><body><article><h1>عنوان</h1>"
        "<p>اصلاح\u200cطلبان رادیکال موضع&zwnj;شان را در این انتخابات تغییر دادند و این متنی است.</p>"
        "<h2>چرا اصلاح&#x200C;طلبان</h2><p>متن دیگری درباره انتخابات و مردم\u200d.</p>"
        "</article></body></html>"
    )
    texts = [b.text for b in parse_html(html, name="fa.html").blocks]
    assert "اصلاح\u200cطلبان رادیکال موضع\u200cشان" in texts[1]
    assert texts[2] == "چرا اصلاح\u200cطلبان"
    assert "مردم\u200d" in texts[3]


def test_an_article_set_in_a_layout_table_is_read():
    """Older sites set the whole page in tables; the article is the text of one cell."""
    paragraphs = [
        f"第{n}段：一个约定，信守十五年，感人至深；一段真情，延续十五年，催人泪下。话剧在全省各市巡演，"
        "先后在石家庄、邢台、邯郸、衡水、沧州等十个设区市演出，引起强烈反响，许多观众流下感动的泪水。"
        for n in range(1, 6)
    ]
    cells = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        '<html><head><meta charset="utf-8"><title>话剧巡演结束</title></head><body>'
        '<table width="960"><tr><td><a href="/">首页</a> | <a href="/news">新闻</a></td></tr></table>'
        '<table width="960"><tr><td width="660" valign="top">'
        f'<table><tr><td style="font-size:14px" colspan="2" height="700">{cells}</td></tr></table>'
        '</td><td width="300"><a href="/a">相关新闻</a></td></tr></table>'
        "</body></html>"
    )
    doc = parse_html(html, name="layout.html")
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == paragraphs


def test_a_layout_cell_inside_a_layout_cell_is_read_once():
    text = (
        "The council met on Monday and agreed the budget for the coming year after a long debate."
    )
    inner = f"<table><tr><td><p>{text} Two.</p><p>{text} Three.</p></td></tr></table>"
    html = (
        "<html><body><table><tr><td>"
        f"<p>{text} One.</p><p>{text} Again.</p>{inner}"
        "</td></tr></table></body></html>"
    )
    paras = [b.text for b in parse_html(html, name="nested.html").blocks if b.kind == "paragraph"]
    assert paras == [f"{text} {n}" for n in ("One.", "Again.", "Two.", "Three.")]


@pytest.mark.parametrize(
    ("declared", "shown"),
    [
        ("&amp;amp;amp;copy; 2016 energymonitor.example", "energymonitor.example"),
        ("Copyright 2010–2023 Energy Monitor", "Energy Monitor"),
        ("Copyright Clearance Center", "Copyright Clearance Center"),  # -- a name, no year --
        ("Energy &amp;amp; Climate Monitor", "Energy & Climate Monitor"),
    ],
)
def test_the_site_s_name_loses_its_repeated_escapes_and_copyright(declared, shown):
    """A template that escapes a meta value twice put '&amp;copy; 2016 …' on the title slide."""
    page = PAGE.replace(
        '<meta property="og:site_name" content="Energy Monitor">',
        f'<meta name="copyright" content="{declared}">',
    ).replace("<title>Grid Resilience After the Storm | Energy Monitor</title>", "")
    assert parse_html(page, name="grid.html").metadata["publication"] == shown


def test_markdown_stars_typed_into_a_page_are_not_shown():
    page = (
        "<html><head><title>Fees</title></head><body><article><h1>Fees</h1>"
        "<p>Define earmarking rules so that all revenue enters a **Special Trust Account** of "
        "the town, audited every year by the provincial office and published in full online.</p>"
        "<p>Publish the audit of the account every year, in print and on the town's website.</p>"
        "</article></body></html>"
    )
    doc = parse_html(page, name="fees.html")
    assert any("a Special Trust Account of the town" in b.text for b in doc.blocks)
    assert not any("**" in b.text for b in doc.blocks)

"""Saved pages, Markdown and text (session r19): headings, bylines and boxes read as a reader would."""

from __future__ import annotations

from briefing_app.ingest.detect import analyze
from briefing_app.ingest.html import parse_html
from briefing_app.ingest.markdown import parse_markdown
from briefing_app.ingest.pagemeta import parse_page, printed_beside, read_page_meta
from tests.unit.ingest.test_read_html_news import LEAD, SECOND, THIRD, TITLE


def news_page(article: str, *, head: str = "", after: str = "", title: str = TITLE) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | The Gazette</title>"
        f"<meta property='og:title' content='{title}'>{head}</head><body>"
        f"<article>{article}</article>{after}</body></html>"
    )


def headings(article) -> list[str]:
    return [s.heading for s in article.sections if s.heading]


def test_headings_whose_text_a_div_wraps_after_an_anchor_are_sections():
    def head(n: int, text: str) -> str:
        return f'<h2><div><a name="TOC_{n}"><a class="x" name=""></a>{text}</a></div></h2>'

    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p>{head(1, '1. The girders')}<p>{SECOND}</p>"
        f"{head(2, '2. The detour')}<p>{THIRD}</p>"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == ["1. The girders", "2. The detour"]


def _methods_page(title: str, intro: str) -> str:
    methods = ("Skinfold calipers", "Tape measure", "Underwater weighing", "Body scanner")
    body = "".join(
        f"<h2>{n}. {name}</h2><p>{LEAD}</p><p>{SECOND}</p>" for n, name in enumerate(methods, 1)
    )
    return news_page(f"<h1>{title}</h1><p>{intro}</p>{body}<p>{THIRD}</p>", title=title)


def test_numbered_ways_to_measure_are_methods_not_tips():
    title = "The 4 best ways to measure body fat"
    html = _methods_page(title, "Here are the 4 best ways to measure your body fat.")
    article = analyze(parse_html(html, name="p.html"))
    assert len(headings(article)) == 4
    assert article.recommendations == ()


def test_numbered_tips_stay_tips_whatever_their_grammar():
    title = "4 tips for measuring body fat"
    html = _methods_page(title, "Here are our 4 tips for measuring your body fat.")
    article = analyze(parse_html(html, name="p.html"))
    assert [r.headline for r in article.recommendations] == [
        "Skinfold calipers",
        "Tape measure",
        "Underwater weighing",
        "Body scanner",
    ]


def test_a_series_of_sentence_headings_after_the_text_are_sections():
    dek = "Only a change of course can hope to save the old harbour bridge."
    first = "The council's plan does not follow the advice of its own engineers."
    second = "Up until now the only credible plan is the one the hauliers drew up."
    html = news_page(
        f"<h1>{TITLE}</h1><h2>{dek}</h2><p>{LEAD}</p><h3>{first}</h3><p>{SECOND}</p>"
        f"<h3>{second}</h3><p>{THIRD}</p>"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == [first, second]


def test_a_lone_sentence_heading_in_the_text_stays_a_paragraph():
    teaser = "The council's plan does not follow the advice of its own engineers."
    html = news_page(
        f"<h1>{TITLE}</h1><p>{LEAD}</p><h3>{teaser}</h3><p>{SECOND}</p>"
        f"<h3>What the hauliers say</h3><p>{THIRD}</p>"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == ["What the hauliers say"]


def test_a_byline_of_newsroom_words_names_no_author():
    html = news_page(
        f"<h1>{TITLE}</h1><p class='byline' itemprop='author'>From staff and wire reports</p>"
        f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"
        "<p>Jo Li and the Associated Press contributed to this report.</p>"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert article.author is None


def test_the_byline_of_a_teaser_box_inside_the_text_is_not_the_author():
    teaser = (
        "<aside class='box'><article><h2><a href='/other'>Floods close the ring road</a></h2>"
        "<span class='entry__author'>mara rossi</span></article></aside>"
    )
    html = news_page(f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}{teaser}</p><p>{THIRD}</p>")
    article = analyze(parse_html(html, name="p.html"))
    assert article.author is None


def test_a_photo_credit_classed_as_author_is_not_the_author():
    photo = (
        "<div class='article-photo'><img src='a.jpg' alt='Photo from the council'>"
        "<div class='photo-text'><span class='author'>Photo from the council's Instagram</span>"
        "</div></div>"
    )
    html = news_page(f"<h1>{TITLE}</h1>{photo}<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>")
    article = analyze(parse_html(html, name="p.html"))
    assert article.author is None


def test_a_name_beside_the_writers_portrait_is_not_set_beside_the_article():
    portrait = "<div class='author-photo'><img src='jo.jpg'><span class='author'>Jo Li</span></div>"
    credit = "<div class='photo-text'><span class='author'>Jo Li</span></div>"
    page = "<html><body><article><h1>T</h1>{}<p>" + LEAD + "</p></article></body></html>"
    assert not printed_beside(parse_page(page.format(portrait)), "Jo Li")
    assert printed_beside(parse_page(page.format(credit)), "Jo Li")


def test_the_byline_in_the_articles_own_details_box_stays_the_author():
    details = (
        "<aside class='asleft'><ul><li><strong>Datum:</strong> 13.4.2011</li>"
        "<li><strong>Autor:</strong> <a href='/autor-jo-li/' rel='author'>Jo Li</a></li>"
        "</ul></aside>"
    )
    page = "<html><body><article><h1>T</h1>{}<p>" + LEAD + "</p></article></body></html>"
    assert not printed_beside(parse_page(page.format(details)), "Jo Li")


def _reposted(printed: str) -> str:
    return (
        "<html><head><meta name='weibo: article:create_at' content='2019-03-27 17:39:17'>"
        "<meta property='article:published_time' content='2019-03-28T08:58:14+08:00'>"
        "</head><body><article><h1>T</h1>"
        f"<div class='date-source'><span class='date'>{printed}</span></div>"
        f"<p>{LEAD}</p></article></body></html>"
    )


def test_a_declared_creation_date_the_page_prints_wins_over_the_repost_time():
    assert read_page_meta(_reposted("2019-03-27 17:39")).date == "2019-03-27"


def test_a_declared_creation_date_the_page_does_not_print_stays_unused():
    assert read_page_meta(_reposted("Xinhua")).date == "2019-03-28"


ZH_TEXT = "风暖草薰、万象更新时节，国家主席结束欧洲三国之行，回到北京。" * 3


def test_reporters_named_in_the_text_beat_the_outlet_credited_as_source():
    html = (
        "<html><head><meta property='article:author' content='新华网'></head><body>"
        "<article><h1>共绘人类文明画卷</h1>"
        "<div class='date-source'><span class='date'>2019年03月27日 17:39</span>"
        "<a class='source' href='http://www.xinhuanet.com/'>新华网</a></div>"
        f"<p>新华社北京3月27日电</p><p>新华社记者白洁 应强 王宾 王卓伦</p><p>{ZH_TEXT}</p>"
        "</article></body></html>"
    )
    assert read_page_meta(html).author == "白洁, 应强, 王宾, 王卓伦"


def test_a_line_ending_in_a_dash_leads_into_the_next_paragraph_and_is_no_heading():
    lead_in = "这5年，一曲曲东风西韵交相辉映——"
    html = news_page(f"<h1>{TITLE}</h1><p>{ZH_TEXT}</p><p>{lead_in}</p><p>{ZH_TEXT}</p>")
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == []


def _values_md(second: str) -> str:
    return (
        "# Starting values\n\n## Part 2 — Lobbying\n\n"
        f"**In-house lobbying scope.** Twenty per cent of paid time. {SECOND}\n\n"
        f"{second} {THIRD}\n\n"
        "**§25 Phased multipliers:**\n\n- Disclosure threshold: 1.5 times\n- Audit samples: half\n\n"
        f"## Part 3 — Conflicts\n\n{LEAD}\n"
    )


def test_bold_run_in_heads_in_a_series_head_their_paragraphs_one_level_down():
    doc = parse_markdown(_values_md("**Non-profit revenue cutoff.** Half a million dollars."))
    heads = [(b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert heads == [
        (1, "Starting values"),
        (2, "Part 2 — Lobbying"),
        (3, "In-house lobbying scope."),
        (3, "Non-profit revenue cutoff."),
        (3, "§25 Phased multipliers:"),
        (2, "Part 3 — Conflicts"),
    ]
    assert doc.blocks[3].text.startswith("Twenty per cent of paid time.")


def test_one_bold_lead_is_emphasis_not_a_head():
    doc = parse_markdown(_values_md("The good news is that it need not be so."))
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads == ["Starting values", "Part 2 — Lobbying", "Part 3 — Conflicts"]


def test_bold_leads_ending_in_a_colon_label_properties_not_heads():
    md = (
        f"# Cloud\n\n## Outcomes\n\n**Security:** Providers have large teams. {SECOND}\n\n"
        f"**Scalability:** Agencies pay for what they use. {THIRD}\n"
    )
    heads = [b.text for b in parse_markdown(md).blocks if b.kind == "heading"]
    assert heads == ["Cloud", "Outcomes"]


def test_a_comment_box_with_its_count_and_an_audio_players_label_are_no_sections():
    html = news_page(
        f"<h1>{TITLE}</h1><h2>Listen to this article</h2><p>{LEAD}</p>"
        f"<h2>What the hauliers say</h2><p>{SECOND}</p>"
        f"<h2>15 » Comments: want to comment? Sign in</h2><p>{THIRD}</p>"
    )
    article = analyze(parse_html(html, name="p.html"))
    assert headings(article) == ["What the hauliers say"]

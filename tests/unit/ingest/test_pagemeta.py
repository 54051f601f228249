"""What a saved page declares about its article: author and date, read like a careful reader."""

from __future__ import annotations

from briefing_app.ingest.dates import reading_locale
from briefing_app.ingest.pagemeta import PageMeta, read_page_meta

BODY = "<p>Some article text that is long enough to be a paragraph of the story itself.</p>"


def page(head: str = "", body: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>T</title>{head}</head><body>{body}{BODY}</body></html>"
    )


def test_json_ld_article_names_every_author_and_its_date():
    ld = """<script type="application/ld+json">//<![CDATA[
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "The Daily Example"},
      {"@type": "NewsArticle", "datePublished": "2021-03-04T09:00:00+01:00",
       "author": [{"@type": "Person", "name": "Ana Petrosyan"}, {"@type": "Person", "name": "Jo Li"}]}
    ]}
    //]]></script>"""
    meta = read_page_meta(page(ld + '<meta name="author" content="Someone Else">'))
    assert meta.author == "Ana Petrosyan, Jo Li"
    assert meta.date == "2021-03-04"


def test_a_profile_address_or_a_login_is_no_author_but_the_printed_byline_is():
    head = '<meta property="article:author" content="https://example.org/profile/jo"><meta name="author" content="jli">'
    body = '<h1>Headline</h1><div class="article-byline">By <a href="/jo">Jo Li</a></div>'
    assert read_page_meta(page(head, body)).author == "Jo Li"


def test_bylines_of_other_stories_listed_before_the_headline_are_not_the_author():
    body = (
        '<div class="sidebar"><span class="byline">Teaser Writer</span></div>'
        '<ul class="most-read"><li><span class="byline">Other Person</span></li></ul>'
        "<h1>Headline</h1>"
        '<span class="byline"><a rel="author" href="/w/richard">Richard (R.J.) Eskow</a></span>'
    )
    assert read_page_meta(page(body=body)).author == "Richard Eskow"


def test_a_byline_keeps_its_name_apart_from_date_and_comment_count():
    body = (
        '<h1>Headline</h1><p class="byline"><span class="by">by</span> <a href="/a">Lucas Nolan</a>'
        '<span class="bydate">22 Dec 2016</span><a class="count" href="#c">651</a></p>'
    )
    assert read_page_meta(page(body=body)).author == "Lucas Nolan"


def test_an_agency_signature_keeps_its_capitals():
    body = '<h1>Headline</h1><span itemprop="author"><span itemprop="name"> AFP</span></span>'
    assert read_page_meta(page(body=body)).author == "AFP"


def test_no_author_when_the_page_names_none():
    assert read_page_meta(page(body="<h1>Headline</h1>")).author is None


def test_a_declared_time_is_read_as_written_not_moved_to_utc():
    head = '<meta property="article:published_time" content="2016-07-29T22:42:34-04:00">'
    assert read_page_meta(page(head)).date == "2016-07-29"


def test_the_declared_date_wins_over_the_print_date_in_the_address():
    head = (
        '<link rel="canonical" href="https://news.example/2016/07/30/business/story.html">'
        '<meta name="pdate" content="20160729">'
    )
    assert read_page_meta(page(head)).date == "2016-07-29"


def test_the_address_gives_the_date_when_nothing_else_does():
    slash = '<link rel="canonical" href="https://news.example/world/2015/03/18/attack-story.html">'
    compact = '<meta property="og:url" content="https://mag.example/hidden-heroines-20190520/">'
    assert read_page_meta(page(slash)).date == "2015-03-18"
    assert read_page_meta(page(compact)).date == "2019-05-20"


def test_a_date_set_apart_in_the_title_is_read_the_page_s_way():
    html = page().replace(
        "<title>T</title>", "<title>Una solución - 07.12.2017 - EL DIARIO</title>"
    )
    with reading_locale("es"):
        assert read_page_meta(html).date == "2017-12-07"


def test_a_date_about_the_subject_is_not_the_page_s_date():
    infobox = (
        '<table class="infobox"><tr><th>Founded</th><td>February 28, 1998 '
        '(<span class="bday dtstart published updated">1998-02-28</span>)</td></tr></table>'
    )
    assert read_page_meta(page(body=f"<h1>Mozilla</h1>{infobox}")).date is None


def test_a_time_in_the_byline_dates_the_article_but_a_teaser_s_does_not():
    teaser = (
        '<aside><div class="byline"><time datetime="2010-11-07">Nov 7, 2010</time></div></aside>'
    )
    own = '<p class="byline">Dan Goodin - <time datetime="2015-04-16T20:02:01+00:00">Apr 16</time></p>'
    assert read_page_meta(page(body=teaser)).date is None
    assert read_page_meta(page(body=teaser + own)).date == "2015-04-16"


def test_description_and_marked_deks():
    head = '<meta property="og:description" content="What the page says it is about.">'
    body = '<h1>H</h1><h2 class="article__dek">A marked standfirst under the headline.</h2>'
    meta = read_page_meta(page(head, body))
    assert meta.description == "What the page says it is about."
    assert meta.deks == ("A marked standfirst under the headline.",)


def test_a_page_lxml_cannot_read_gives_nothing():
    assert read_page_meta("") == PageMeta()
    assert read_page_meta('<?xml version="1.0" encoding="utf-8"?><html></html>') == PageMeta()


def test_a_time_without_a_year_gives_no_date_not_today():
    body = '<h1>Headline</h1><p class="byline">Posted at <time class="published">9:48 PM</time></p>'
    assert read_page_meta(page(body=body)).date is None


def test_an_update_stamp_is_not_the_publication_date():
    body = (
        '<h1>Headline</h1><time itemprop="dateModified" datetime="2016-09-14">Last updated '
        'September 14, 2016</time><span class="post-date">May 8, 2014</span>'
    )
    assert read_page_meta(page(body=body)).date == "2014-05-08"


def test_a_blog_s_published_abbr_gives_its_date_from_the_title_attribute():
    body = '<h1>Post</h1><abbr class="published" itemprop="datePublished" title="2016-05-08T00:55:00-07:00">12:55 AM</abbr>'
    assert read_page_meta(page(body=body)).date == "2016-05-08"


def test_library_style_creators_are_read_first_name_first_and_all_kept():
    head = '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">'
    assert read_page_meta(page(head)).author == "F. Kooman, Michiel de Jong"


def test_the_contributors_of_a_wiki_are_no_author():
    ld = (
        '<script type="application/ld+json">{"@type": "Article", "author": '
        '{"@type": "Organization", "name": "Contributors to Wikimedia projects"}}</script>'
    )
    assert read_page_meta(page(ld)).author is None


def test_broken_or_hostile_json_ld_is_skipped():
    deep = "[" * 100_000
    html = page(
        f'<script type="application/ld+json">{deep}</script><meta name="author" content="Jo Li">'
    )
    assert read_page_meta(html).author == "Jo Li"


def test_the_site_or_column_named_as_author_is_no_author():
    ld = """<script type="application/ld+json">{"@type": "NewsArticle", "articleSection":
      "Letters to the Editor", "author": [{"@type": "Person", "name": "Letters To The Editor"}]}</script>"""
    head = (
        ld
        + '<meta property="og:site_name" content="Mac &amp; i"><meta name="DC.creator" content="Mac &amp; i">'
    )
    body = '<h1>Headline</h1><div class="byline">By <a rel="author" href="/a">Letters To The Editor</a></div>'
    meta = read_page_meta(page(head, body))
    assert meta.author is None
    assert meta.names_no_one("Letters") and not meta.names_no_one("Jo Li")


def test_initials_mailing_the_author_name_them():
    head = '<meta property="og:site_name" content="Mac &amp; i"><meta name="DC.creator" content="Mac &amp; i">'
    body = '<h1>Headline</h1><p>Text.</p><span>(<a title="Ben Schwan" href="mailto:bsc@example.de">bsc</a>)</span>'
    assert read_page_meta(page(head, body)).author == "Ben Schwan"
    contact = '<h1>H</h1><a title="Kontakt" href="mailto:redaktion@example.de">red</a>'
    assert read_page_meta(page("", contact)).author is None


def test_a_utc_declaration_a_day_off_the_printed_date_gives_the_printed_day():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-01-17T00:30:41Z"}</script>'
    body = (
        '<h1>Headline</h1><time datetime="2023-01-16 16:30:41">January 16, 2023 at 4:30 p.m.</time>'
    )
    assert read_page_meta(page(ld, body)).date == "2023-01-16"
    far = '<h1>Headline</h1><time datetime="2023-01-10">January 10, 2023</time>'
    assert read_page_meta(page(ld, far)).date == "2023-01-17"  # -- not a time-zone shift


def test_a_two_digit_year_marked_published_is_read_the_page_s_way():
    body = (
        '<body class="f_popular_on f_comment_on"><article class="post commented"><h1>Headline</h1>'
        '<span class="show-on-hover published updated">3/09/15 8:00am</span></article>'
    )
    with reading_locale("en-US"):
        assert read_page_meta(page("", body)).date == "2015-03-09"
    with reading_locale("en"):  # -- "3/09/15": March 9 or 3 September, the page does not say
        assert read_page_meta(page("", body)).date is None


def test_the_headline_is_the_h1_the_title_repeats_without_its_kicker():
    body = (
        '<h1 class="aural">Federal Ministry of Justice</h1><h1>Consumer portal</h1>'
        '<h1><span class="category">Consumer protection</span> More transparency in price changes</h1>'
    )
    html = page("", body).replace(
        "<title>T</title>", "<title>BMJV | Transparency in price changes</title>"
    )
    assert read_page_meta(html).headline == "More transparency in price changes"
    commented = page("", "<h1>More <!-- x --> transparency</h1>").replace(
        "<title>T", "<title>transparency"
    )
    assert read_page_meta(commented).headline == "More transparency"


def test_a_letters_column_credited_as_author_gives_the_signed_writers():
    byline = '<h1>Letters</h1><div class="byline">By <a rel="author" href="/a">Letters To The Editor</a></div>'
    sign = (
        '<p>{letter}</p><p style="text-align: right"><strong>{name}</strong><br><em>{town}</em></p>'
    )
    letters = sign.format(letter="The road plan is wrong.", name="Ninfa Wood", town="Walnut Creek")
    letters += sign.format(letter="Fund the buses.", name="Gary Sloane", town="San Jose")
    head = '<meta property="article:section" content="Letters to the Editor">'
    assert read_page_meta(page(head, byline + letters)).author == "Ninfa Wood, Gary Sloane"
    one = sign.format(letter="Fund the buses.", name="Gary Sloane", town="San Jose")
    assert (
        read_page_meta(page(head, byline + one)).author is None
    )  # -- one bold line proves nothing


def test_an_empty_author_label_names_no_one_and_a_credit_line_names_the_author():
    body = (
        '<h1>Headline</h1><span id="author_baidu">作者：</span><span>责任编辑：肖春芳</span>'
        "<p>正文第一段。</p><p><strong>　　作者︱春春</strong></p>"
    )
    assert read_page_meta(page(body=body)).author == "春春"


def test_the_page_editor_named_in_the_author_meta_is_not_the_author():
    head = '<meta name="author" content="肖春芳">'
    body = "<h1>Headline</h1><p>正文第一段。</p><div>[责任编辑:肖春芳]</div>"
    assert read_page_meta(page(head, body)).author is None


def test_an_editor_who_signs_the_article_stays_its_author():
    head = '<meta name="author" content="Jane Doe">'
    body = "<h1>Headline</h1><p>A note from Editor Jane Doe on this issue of the magazine.</p>"
    assert read_page_meta(page(head, body)).author == "Jane Doe"


def test_a_bracketed_columnist_credit_names_the_author_without_the_outlet_and_role():
    head = '<meta name="author" content="name, email@example.com">'
    body = "<h1>Headline</h1><p>【文/某某网专栏作者 张明】</p><p>正文第一段。</p>"
    assert read_page_meta(page(head, body)).author == "张明"

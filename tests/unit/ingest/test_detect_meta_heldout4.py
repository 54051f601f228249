"""Authors, dates and advice in shapes the fourth real held-out set showed (issue 14)."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def test_topic_labels_under_a_recommendations_heading_introduce_advice_lists():
    article = analyze_text(
        f"# Study findings\n\n{BODY}\n\n## Findings\n\n{BODY}\n\n## Recommendations\n\n"
        "Sign-up page:\n\n- Place the question towards the end.\n"
        "- Considering content that helps users choose.\n\n"
        "Review page:\n\n- Note that uploads are optional.\n",
        ".md",
    )
    assert [r.headline for r in article.recommendations] == [
        "Place the question towards the end",
        "Considering content that helps users choose",
        "Note that uploads are optional",
    ]


def test_topic_labelled_lists_elsewhere_stay_prose():
    article = analyze_text(
        f"# Study findings\n\n{BODY}\n\n## Who we talked with\n\n"
        "Participants:\n\n- Note-takers from three teams.\n- Considering staff.\n",
        ".md",
    )
    assert article.recommendations == ()


def test_prepared_by_line_names_the_author():
    article = analyze_text(
        "# Research findings\n\n**Prepared by:** Jo Nelson (jo@example.org)<br>\n"
        f"February 2021<br/>\n\n## Background\n\n{BODY}\n",
        ".md",
    )
    assert article.author == "Jo Nelson"


def test_a_degree_after_the_byline_name_is_dropped():
    article = analyze_text(f"Genetic testing explained\n\nBy Lynne Eldridge MD\n\n{BODY}\n")
    assert article.author == "Lynne Eldridge"


def test_a_surname_spelt_like_a_degree_is_kept():
    article = analyze_text(f"Genetic testing explained\n\nBy Jack Ma\n\n{BODY}\n")
    assert article.author == "Jack Ma"


def test_closing_bio_names_every_author_when_front_matter_gives_a_login():
    article = analyze_text(
        "---\ntitle: Know your users\nauthor: awichman\n---\n\n"
        f"{BODY}\n\n## Tips\n\n{BODY}\n\n"
        "_Sarah Brooks is a service designer at the agency and a fellow. "
        "Mollie Ruskin is a service designer at USDS._\n",
        ".md",
    )
    assert article.author == "Sarah Brooks, Mollie Ruskin"


def _docx(author: str) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.core_properties.author = author
    d.add_heading("Working with the files", 1)
    d.add_paragraph(BODY)
    d.add_heading("Formats", 2)
    d.add_paragraph(BODY)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_word_account_name_in_directory_form_is_no_author():
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_bytes

    def author(name: str) -> str | None:
        return analyze(read_bytes(_docx(name), name="doc.docx", suffix=".docx")).author

    assert author("Tiruveedhi, Charan") is None
    assert author("Marta Kowalczyk") == "Marta Kowalczyk"


def _recs(text: str, suffix: str = ".txt") -> list[str]:
    return [r.text for r in analyze_text(text, suffix).recommendations]


def test_polite_advice_may_wish_and_well_advised_is_a_recommendation():
    recs = _recs(
        f"Working with the catalog\n\n{BODY}\n\n"
        "The resolved catalog is published daily. Early adopters may wish to start with it now.\n\n"
        "If employers wish to keep staff, they are well advised to involve families.\n"
    )
    assert len(recs) == 2
    assert recs[0].startswith("Early adopters may wish to start")
    assert recs[1].startswith("If employers wish to keep staff")


def test_whoever_wants_something_should_is_advice_unless_someone_says_it():
    recs = _recs(
        "Die Abmahnwelle\n\n"
        f"{BODY}\n\n"
        "Wer Abmahnungen vermeiden will, sollte sich an die Lizenz halten. Das ist einfach.\n\n"
        "Wer abgemahnt wurde, sollte einen Anwalt konsultieren, sagt Jaeger.\n"
    )
    assert len(recs) == 1 and recs[0].startswith("Wer Abmahnungen vermeiden will, sollte")


def test_if_you_then_a_referral_is_advice_but_other_steps_are_not():
    recs = _recs(
        f"Genetic testing\n\n{BODY}\n\n"
        "If you have been diagnosed with lung cancer, especially adenocarcinoma, talk to your "
        "doctor about genetic testing.\n\n"
        "If you have a code repository, keep the records in a folder there.\n"
    )
    assert len(recs) == 1 and recs[0].startswith("If you have been diagnosed")


def test_a_structured_abstract_practical_implications_field_is_advice():
    recs = _recs(
        "Shift work interventions\n\n"
        "Findings – Training reduced conflict. Practical implications – For employers, this "
        "research suggests that training may assist shift workers. Originality/value – A first "
        f"study.\n\n{BODY}\n"
    )
    assert len(recs) == 1 and "For employers, this research suggests" in recs[0]


def test_the_members_speaking_in_a_floor_record_are_its_authors():
    article = analyze_text(
        "                RELEASE EMERGENCY FUNDS\n\n"
        "  Mr. JEFFORDS. Mr. President, last Thursday 48 Senators wrote to the\n"
        "President about the cold.\n"
        "  Mr. WELLSTONE addressed the Chair.\n"
        "  The PRESIDING OFFICER. The Senator from Minnesota.\n"
        "  Mr. WELLSTONE. I thank the Chair.\n"
        "  Mrs. McCarthy of New York. Mr. President, I agree with both.\n"
    )
    assert article.author == "Jeffords, Wellstone, McCarthy"


def test_a_story_quoting_a_mister_is_no_floor_record():
    article = analyze_text(
        f"The quiet neighbour\n\n{BODY}\n\nMr. Smith. That was all he would say.\n\n{BODY}\n"
    )
    assert article.author is None


SPANISH_PAGE = """<html lang="es"><head><title>La fiscalía decide</title></head><body>
<header role="banner"><div class="fecha"><time datetime="jueves, 09 enero 2014 10:21">
jueves, 09 enero 2014</time></div></header>
<article><h3>La fiscalía decide</h3>
<p class="autor"><strong>Patricio Candia</strong> | Palma de Mallorca | 08/01/2014</p>
<p>{body}</p><p>{body}</p>
<div class="sf_comment"><span class="sf_comment_author">Alcalino</span></div>
</article></body></html>"""


def test_the_site_banner_date_is_not_the_article_date_and_an_autor_class_is_a_byline():
    article = analyze_text(SPANISH_PAGE.format(body=BODY), ".html")
    assert article.date == "2014-01-08"
    assert article.author == "Patricio Candia"


def test_a_vendor_publish_time_meta_and_a_wire_credit_give_date_and_reporter():
    page = (
        '<html lang="ja"><head><title>ナイジェリアで自爆攻撃</title>'
        '<meta name="cXenseParse:recs:publishtime" content="2018-06-18T10:01:00.000Z">'
        f"</head><body><article><h1>ナイジェリアで自爆攻撃</h1><p>{BODY}</p>"
        "<p>攻撃を行う意図を維持していると指摘している。(c)AFP/Aminu ABUBAKAR</p>"
        "</article></body></html>"
    )
    article = analyze_text(page, ".html")
    assert article.date == "2018-06-18"
    assert article.author == "Aminu Abubakar"


def test_the_line_under_the_headline_dates_the_page_even_with_two_month_names():
    page = (
        '<html lang="ar"><head><title>x</title></head><body><h1>CNN</h1>'
        "<h1>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</h1>"
        '<div class="stry"><div>الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00</div></div>'
        f"<p>{BODY}</p><p>{BODY}</p></body></html>"
    )
    assert analyze_text(page, ".html").date == "2013-08-28"


def test_a_byline_with_two_author_links_names_both():
    page = (
        "<html><head><title>Those from Mexico benefit</title></head><body><article>"
        "<h1>Those from Mexico will benefit most</h1>"
        '<p class="byline">By <a href="/author/jk/" rel="author">Jens Manuel Krogstad</a> and '
        '<a href="/author/jp/" rel="author">Jeffrey S. Passel</a></p>'
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    assert analyze_text(page, ".html").author == "Jens Manuel Krogstad, Jeffrey S. Passel"


def test_a_bio_before_a_closing_see_more_pointer_names_the_author():
    article = analyze_text(
        f"# Usability case study\n\n{BODY}\n\n## After\n\n{BODY}\n\n"
        "Troy Kitch is the Managing Editor and Lead Designer for the agency website.\n\n"
        "See more Before and After case studies on our Usability Case Study page.\n",
        ".md",
    )
    assert article.author == "Troy Kitch"
    plain = analyze_text(
        f"# A story\n\n{BODY}\n\n"
        "Troy Kitch is the Managing Editor and Lead Designer for the agency website.\n\n"
        "The council meets again on Monday to decide.\n",
        ".md",
    )
    assert plain.author is None


def test_an_appeal_named_before_a_colon_is_what_follows_it():
    recs = _recs(
        "RELEASE THE FUNDS\n\n"
        "  Mr. WELLSTONE. Mr. President, the winter is brutal in our State.\n"
        "  I am sure that this money will be released, but today my appeal to the White\n"
        "House is: Please, make the decision. Time is not on our side.\n"
    )
    assert len(recs) == 1 and recs[0].startswith("Please, make the decision")
    reported = _recs('RELEASE\n\n"My appeal to the House is: wait," she said. It was late.\n')
    assert reported == []


def test_cover_authors_each_over_an_affiliation_are_all_named():
    from briefing_app.core.document import Block
    from briefing_app.ingest.front import Para, cover_authors

    def para(text: str, level: int = 0) -> Para:
        return Para(text, Block(kind="heading" if level else "paragraph", text=text), level)

    cover = [
        para("Marie Gee Wilson", 2),
        para("The University of Auckland Business School, Auckland, New Zealand"),
        para("Andrea Polzer-Debruyne", 2),
        para("Department of Psychology, Massey University, Auckland"),
        para("Sophie Chen and Sonia Fernandes", 2),
        para(BODY * 3),
    ]
    assert cover_authors(cover) == (
        "Marie Gee Wilson, Andrea Polzer-Debruyne, Sophie Chen, Sonia Fernandes",
        4,
        5,
    )

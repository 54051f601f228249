"""Titles, authors and dates in shapes the eleventh real set showed (issue 14, round 10).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from dataclasses import replace

from briefing_app.core.text import visible_length
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.front import cover_date, name_list
from briefing_app.ingest.pagemeta import read_page_meta
from briefing_app.ingest.pdf import parse_pdf
from tests.unit.ingest import builders
from tests.unit.ingest.builders import BODY, analyze_text

# -- a Hindi paragraph of running text: the body under a headline
_HINDI_BODY = (
    "गोवर्धन मठ के स्वामी ने राम मंदिर प्राण प्रतिष्ठा में धर्म गुरुओं के विरोध की बातों का खंडन "
    "किया है। उनका कहना है कि जो लोग भ्रामक अफवाह फैला रहे हैं समय आने पर उन्हें जवाब दिया जाएगा।"
)


def test_a_hindi_headline_is_measured_in_letters_not_code_points():
    # -- 23 words; over 120 code points, under 120 letters once vowel signs count as none
    headline = (
        "22 जनवरी से सतयुग की शुरुआत, स्वामी अधोक्षजानंद ने प्राण प्रतिष्ठा पर सवाल उठाने "
        "वालों को लपेटा, नसीहत में कह दी बड़ी बात"
    )
    assert len(headline) > 120 >= visible_length(headline)
    article = analyze_text(f"{headline}\n\n{_HINDI_BODY}\n\n{_HINDI_BODY}\n")
    assert article.title == headline
    assert article.title_source != "file"
    # -- guard: a line as long in letters is a paragraph, not a title
    long_line = headline + " और आगे भी बहुत कुछ कहा गया जिसे सबने सुना और समझा"
    assert visible_length(long_line) > 120
    article = analyze_text(f"{long_line}\n\n{_HINDI_BODY}\n\n{_HINDI_BODY}\n")
    assert article.title != long_line


def test_authors_with_degrees_set_one_a_line_are_read_as_a_list():
    # -- "Nora L. Keenan, PhD" over "Kate M. Shaw, MS", joined into one line by the reader
    assert name_list("Nora L. Keenan, PhD Kate M. Shaw, MS") == "Nora L. Keenan, Kate M. Shaw"
    assert name_list("Jo Li, PhD, Ana Petrosyan, MD") == "Jo Li, Ana Petrosyan"
    # -- guard: one name and a degree is no list; words that are no names stay none
    assert name_list("Jo Li, MS") is None
    assert name_list("MS Word, PhD Thesis") is None


def _report_pdf(running_header: str) -> bytes:
    from briefing_app.ingest.readers import read_document
    from tests.conftest import SEED

    seed = analyze(read_document(SEED))
    undated = replace(seed, date=None, publication=None, author=None)
    return builders.to_pdf(undated, running_header=running_header)


def test_the_day_a_journals_running_head_prints_is_the_documents_date():
    data = _report_pdf("Weekly Report  /  January 14, 2011  /  Vol. 60")
    assert analyze(parse_pdf(data, name="r.pdf")).date == "2011-01-14"
    # -- guard: a year alone in the running head ("© 2011") names no day
    data = _report_pdf("Example Press 2011")
    assert analyze(parse_pdf(data, name="r.pdf")).date is None


def _news_page(head: str, byline: str = "") -> str:
    return (
        f"<html><head><title>Gas group must sell US assets</title>{head}</head><body>"
        f"<article><h1>Gas group must sell part of its US business</h1>{byline}"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


def _ld(author_type: str, publisher_type: str, name: str = "Wirtschaftswoche") -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"author": [{{"@type": "{author_type}", "name": "{name}"}}], '
        f'"publisher": {{"@type": "{publisher_type}", "name": "{name}"}}}}</script>'
        f'<meta name="author" content="{name}">'
    )


def test_a_site_crediting_its_story_to_itself_names_no_author():
    assert read_page_meta(_news_page(_ld("Organization", "Organization"))).author is None
    # -- guard: a blog whose writer is its publisher, a Person, keeps the writer
    page = _news_page(_ld("Person", "Person", name="Jo Li"))
    assert read_page_meta(page).author == "Jo Li"


def test_every_writer_a_byline_sets_apart_in_bold_is_an_author():
    byline = (
        '<div class="author">Par <strong>LILIAN ALEMAGNA</strong>, '
        "<strong>LAURE BRETTON</strong> Envoyés spéciaux à Toulouse</div>"
    )
    meta = read_page_meta(_news_page("", byline))
    assert meta.author == "Lilian Alemagna, Laure Bretton"
    # -- guard: bold words that are not joined as names ("Jo Li | Politics") give one writer
    byline = '<div class="author">By <strong>Jo Li</strong> in <strong>Politics Desk</strong></div>'
    assert read_page_meta(_news_page("", byline)).author == "Jo Li"
    # -- guard: the writer's link and, in a block of its own, a link naming their role
    byline = (
        '<div class="by-line-info" itemprop="author"><div>By <a rel="author" href="/bio/jo">'
        '<span itemprop="name">Jo Li</span></a></div>'
        '<div class="site-expert"><a href="/">Lung Cancer Expert</a></div></div>'
    )
    assert read_page_meta(_news_page("", byline)).author == "Jo Li"


def _post(author: str) -> str:
    return f"---\ntitle: 'Naming services'\nauthor: '{author}'\n---\n{BODY}\n\n## Steps\n\n{BODY}\n"


def test_a_byline_giving_each_writers_team_after_a_comma_keeps_the_names():
    article = analyze_text(
        _post("Amy Morris, Content Design and Jeana Frost, Design Research"), ".md"
    )
    assert article.author == "Amy Morris, Jeana Frost"
    # -- guard: a list of three names keeps all three (listed with commas, as every byline)
    article = analyze_text(_post("Jo Li, Ana Petrosyan and Sam Okonkwo"), ".md")
    assert article.author == "Jo Li, Ana Petrosyan, Sam Okonkwo"


def _excerpt_pdf(first_size: float) -> bytes:
    """A first line in bold at ``first_size`` over a chapter head at 18 pt, sections at 12 pt."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    builders.register_fonts()
    body = ParagraphStyle("body", fontName="NotoSans", fontSize=10, leading=13, spaceAfter=6)

    def bold(size: float) -> ParagraphStyle:
        return ParagraphStyle(
            f"h{size}", fontName="NotoSans-Bold", fontSize=size, leading=size * 1.3
        )

    story = [Paragraph("MAP OF THE REGION", bold(first_size))]
    story.append(Paragraph("1. General policy context and framework", bold(18)))
    for heading in ("Political structure", "Population", "The economy"):
        story.append(Paragraph(heading, bold(12)))
        story += [Paragraph(BODY, body) for _ in range(3)]
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build(story)
    return out.getvalue()


def test_an_excerpt_opening_on_a_label_smaller_than_the_chapter_head_has_no_title():
    article = analyze(parse_pdf(_excerpt_pdf(14), name="excerpt.pdf"))
    assert article.title_source == "file"
    # -- guard: the same first line set largest of all is the title
    article = analyze(parse_pdf(_excerpt_pdf(22), name="excerpt.pdf"))
    assert (article.title, article.title_source) == ("MAP OF THE REGION", None)


def _cover_pdf(name_line: str) -> bytes:
    """A report whose cover sets the title large over a writer, a course and a university."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    builders.register_fonts()
    body = ParagraphStyle("body", fontName="NotoSans", fontSize=10, leading=13, spaceAfter=6)
    big = ParagraphStyle("big", fontName="NotoSans-Bold", fontSize=24, leading=30)
    small = ParagraphStyle("small", fontName="NotoSans", fontSize=12, leading=16, spaceBefore=40)
    story = [Paragraph("The Complex Crisis of Deforestation", big)]
    story += [
        Paragraph(t, small)
        for t in (
            name_line,
            "GEOG 574: Spatial Econometrics Report",
            "University of Southern California, Spatial Sciences Institute",
            "September 21, 2021",
        )
    ]
    story.append(PageBreak())
    story += [Paragraph(BODY, body) for _ in range(8)]
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build(story)
    return out.getvalue()


def test_the_person_a_cover_names_over_a_university_is_the_author():
    article = analyze(parse_pdf(_cover_pdf("CALEB WINEBRENNER"), name="report.pdf"))
    assert article.author == "Caleb Winebrenner"
    # -- guard: a cover naming no person is credited to the body it names
    article = analyze(parse_pdf(_cover_pdf("Extra Credit Report"), name="report.pdf"))
    assert article.author != "Extra Credit Report"
    assert "University of Southern California" in (article.author or "")


def test_a_cover_line_that_is_an_iso_year_and_month_dates_the_document():
    lines = ["Edition 1.0", "2004-08", "Gouvernement du Canada", "1-800-661-2638"]
    assert cover_date(lines) == "2004-08"
    # -- guard: a year and month inside a reference number is no cover date
    assert cover_date(["Edition 1.0", "Report 2004-08", "Gouvernement du Canada"]) is None


def _release(site: str) -> str:
    return (
        f"<html><head><title>News Releases - Senators Applaud Key Provision - {site}</title>"
        "</head><body><article><h1>Senators applaud advancement of key provision</h1>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


def test_an_officials_site_credits_its_unsigned_releases_to_the_official():
    assert read_page_meta(_release("United States Senator Patty Murray")).author == "Patty Murray"
    # -- guard: a site named without an office before a name credits no one, nor does a
    # -- company whose name opens with a word that is also a rank ("General Dynamics …")
    assert read_page_meta(_release("Patty Murray Foods")).author is None
    assert read_page_meta(_release("General Dynamics Land Systems")).author is None


def test_an_archives_download_stamp_on_every_page_dates_nothing():
    data = _report_pdf("This content downloaded from 10.0.0.1 on Mon, 03 Mar 2021")
    assert analyze(parse_pdf(data, name="r.pdf")).date is None

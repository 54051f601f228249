"""The rendered memo read back with pypdf: determinism, metadata, outline, flow and limits."""

import datetime as dt
import io

import pypdf
import pytest

from briefing_app.core.printed_date import format_date
from briefing_app.export.memo.text import fit_lines, split_lead
from briefing_app.export.memo.writer import render_memo, write_memo
from briefing_app.project import open_path
from tests.unit.export.memo_factory import make_briefing

DAY = dt.date(2026, 3, 4)


@pytest.fixture(scope="module")
def seed_briefing():
    from tests.conftest import SEED

    return open_path(SEED)


def _reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def _outline(reader: pypdf.PdfReader) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def walk(entries, level):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                found.append((level, entry.title))

    walk(reader.outline, 0)
    return found


def test_same_briefing_and_date_give_identical_bytes(seed_briefing):
    first = render_memo(seed_briefing, today=DAY).pdf
    second = render_memo(seed_briefing, today=DAY).pdf
    assert first == second
    assert render_memo(seed_briefing, today=DAY + dt.timedelta(days=1)).pdf != first


def test_metadata_names_the_memo(seed_briefing):
    seed_briefing.set_header("sender", "Ani Hovhannisyan")
    reader = _reader(render_memo(seed_briefing, template="decision", today=DAY).pdf)
    info = reader.metadata
    assert info.title == seed_briefing.article.title
    assert info.author == "Ani Hovhannisyan"
    assert "Decision memo" in info.subject and seed_briefing.article.title in info.subject
    assert info.creator.startswith("Briefing Builder")
    assert info["/CreationDate"].startswith("D:20260304")
    assert reader.trailer["/Root"]["/Lang"] == "en"
    seed_briefing.set_header("sender", "")


def test_metadata_leaves_emoji_out(tmp_path):
    """poppler writes a character beyond the basic plane in metadata as broken UTF-8."""
    article = tmp_path / "tips.md"
    article.write_text("# ⭐ Memory tips 💡\n\nHow to keep a memory in shape.\n", encoding="utf-8")
    briefing = open_path(article)
    briefing.set_header("sender", "Ani 🙂 Hovhannisyan")
    info = _reader(render_memo(briefing, today=DAY).pdf).metadata
    assert info.title == "Memory tips"
    assert info.author == "Ani Hovhannisyan"
    assert info.subject.endswith(": Memory tips")


def test_outline_has_every_block_and_every_recommendation(seed_briefing):
    result = render_memo(seed_briefing, template="decision", today=DAY)
    outline = _outline(_reader(result.pdf))
    top = [title for level, title in outline if level == 0]
    assert top == ["ACTION MEMO", "BOTTOM LINE", "RECOMMENDATIONS", "BACKGROUND", "SOURCE"]
    recs = [title for level, title in outline if level == 1 and title[0].isdigit()]
    assert len(recs) == len(seed_briefing.picked_recommendations()) == 6
    last = seed_briefing.picked_recommendations()[-1].id
    assert result.page_of["header"] == 1 and result.page_of[last] == result.pages


def test_page_count_and_length_limit_warning(seed_briefing):
    result = render_memo(seed_briefing, template="information", today=DAY)
    assert result.pages == len(_reader(result.pdf).pages)
    assert result.body_pages < result.pages  # the annex starts on a page of its own
    brief = render_memo(make_long_brief(), template="one-page-brief", today=DAY)
    assert brief.pages > 1
    assert f"memo is {brief.body_pages} pages; the template's limit is 1 page" in brief.warnings


def make_long_brief():
    recs = [(0, f"Recommendation number {n} is here", f"Do thing {n}.") for n in range(60)]
    return make_briefing([("Options", ["Intro."])], recommendations=recs)


def test_item_taller_than_a_page_flows_across_pages():
    giant = " ".join(f"Sentence {n} about the negotiations." for n in range(1500))
    briefing = make_briefing([("Huge", [giant])], recommendations=[(0, "Do the huge thing", giant)])
    briefing.set_header("subject", "Subject " * 400)
    result = render_memo(briefing, template="information", today=DAY)
    assert result.pages > 10


def test_very_long_words_and_urls_do_not_break_the_build():
    url = "https://example.org/" + "a/" * 1500 + "?q=" + "&x=1" * 200
    briefing = make_briefing([("Links", [f"See {url} and {'x' * 5000} too."])])
    result = render_memo(briefing, template="information", today=DAY)
    assert result.pages >= 3


def test_empty_briefing_still_makes_a_memo(seed_briefing):
    from briefing_app.core.briefing import Briefing

    empty = Briefing.from_article(seed_briefing.article, select=[])
    result = render_memo(empty, today=DAY)
    assert result.pages == 1


def test_characters_no_font_has_are_reported():
    briefing = make_briefing([("กข heading", ["Body กข."])])  # -- Thai: no bundled face --
    warnings = render_memo(briefing, today=DAY).warnings
    assert any("U+0E01" in w and "'?'" in w for w in warnings)


def test_write_memo_writes_the_file_and_returns_warnings(tmp_path, seed_briefing):
    out = tmp_path / "memo.pdf"
    warnings = write_memo(seed_briefing, out, template="decision")
    assert out.read_bytes().startswith(b"%PDF-") and isinstance(warnings, list)


def test_fit_lines_keeps_whole_sentences_then_cuts_words():
    def count(text):
        return len(text) // 10 + 1

    assert fit_lines("Short.", count, 4) == "Short."
    text = "One two three. Four five six seven eight nine ten eleven twelve thirteen."
    assert fit_lines(text, count, 2) == "One two three."
    cut = fit_lines("word " * 40, count, 2)
    assert cut.endswith("…") and count(cut) <= 2


def test_split_lead_matches_whole_words_only():
    assert split_lead("The", "Theresa May resigned.") == ("The", "Theresa May resigned.")


def test_split_lead_says_a_restated_headline_once():
    assert split_lead("Act now", "Act now. Then wait.") == ("Act now.", " Then wait.")
    assert split_lead("Act now", "Wait first.") == ("Act now", "Wait first.")
    assert split_lead("By acting…", "By acting, we win.") == ("By acting", ", we win.")


def test_format_date_styles():
    day = dt.date(2026, 3, 4)
    assert format_date(day, "", "us") == "March 4, 2026"
    assert format_date(day, "", "international") == "4 March 2026"
    assert format_date(day, "", "iso") == "2026-03-04"
    assert format_date(None, "soon", "us") == "soon"


def test_a_long_bottom_line_is_cut_to_the_template_limit_with_a_warning():
    standfirst = " ".join(f"Point {n} matters a great deal to the region." for n in range(30))
    briefing = make_briefing([("One", ["Body."])], standfirst=standfirst)
    result = render_memo(briefing, template="decision", today=DAY)
    assert "the bottom line was cut to 4 lines (the template's limit)" in result.warnings
    text = "".join(page.extract_text() for page in _reader(result.pdf).pages)
    assert "Point 0 matters" in text and "Point 29 matters" not in text


def test_running_header_and_marking_are_drawn_once_and_placed_on_every_page():
    from tests.conftest import SEED

    briefing = open_path(SEED)
    briefing.set_header("classification", "SENSITIVE BUT UNCLASSIFIED")
    reader = _reader(render_memo(briefing, template="information", today=DAY).pdf)
    forms = [page["/Resources"]["/XObject"] for page in reader.pages]
    assert len(forms) >= 3
    for name in ("/FormXob.marking", "/FormXob.running-header"):
        objects = {f.raw_get(name).idnum for f in forms if name in f}
        assert len(objects) == 1, name  # -- one form, placed on each page --
    assert all("/FormXob.marking" in f for f in forms)
    assert all("/FormXob.running-header" in f for f in forms[1:])
    assert "/FormXob.running-header" not in forms[0]  # -- the first page has the letterhead --
    numbers = [[n for n in f if n.startswith("/FormXob.page-number")] for f in forms]
    assert numbers == [[f"/FormXob.page-number-{n}"] for n in range(1, len(forms) + 1)]


def test_the_memo_canvas_saves_its_state_as_reportlabs():
    """push_state_stack: the same saved attributes, in the same order, and the same restore."""
    from reportlab.pdfgen.canvas import Canvas

    from briefing_app.export.memo.writer import _MemoCanvas

    ours, theirs = _MemoCanvas(io.BytesIO()), Canvas(io.BytesIO())
    for canvas in (ours, theirs):
        canvas.setFont("Helvetica-Bold", 13)
        canvas.translate(10, 20)
        canvas.setFillColorRGB(0.2, 0.3, 0.4)
        canvas.saveState()
        canvas.setFont("Times-Roman", 8)
    (saved,), (expected,) = ours.state_stack, theirs.state_stack
    assert list(saved) == list(expected) == Canvas.STATE_ATTRIBUTES
    assert [v for k, v in saved.items() if k != "_extgstate"] == [
        v for k, v in expected.items() if k != "_extgstate"
    ]
    assert saved["_extgstate"]._d == expected["_extgstate"]._d
    assert ours._extgstate is not saved["_extgstate"]
    ours.restoreState()
    assert (ours._fontname, ours._fontsize) == ("Helvetica-Bold", 13)

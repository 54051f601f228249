"""Handout PDFs from the deck plan: valid files, every slide title, bookmarks, page numbers."""

from __future__ import annotations

import io
import math
import re
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing_app.core.errors import UserError
from briefing_app.export.deck.geometry import geometry_for
from briefing_app.export.deck.plan import plan_deck
from briefing_app.export.handouts.layout import LAYOUTS, per_page
from briefing_app.export.handouts.writer import render_handouts, render_slides
from briefing_app.export.pack import build_one
from briefing_app.project import open_path
from tests.conftest import SEED, require_tool
from tests.unit.export.deck_support import long_briefing, third_party_template

BUILTIN = ("government", "minimal", "dark")


def _text(pdf: bytes) -> str:
    require_tool("pdftotext")
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode()


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _qpdf_ok(pdf: bytes, tmp_path) -> None:
    qpdf = require_tool("qpdf")
    path = tmp_path / "h.pdf"
    path.write_bytes(pdf)
    done = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def seed():
    return open_path(SEED)


@pytest.mark.parametrize("template", BUILTIN)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_slide_title_is_on_valid_handouts(seed, template, layout, tmp_path):
    result = render_handouts(seed, template=template, layout=layout)
    _qpdf_ok(result.pdf, tmp_path)
    plan = plan_deck(seed, geometry_for(template))
    text = _flat(_text(result.pdf))
    for slide in plan.slides:
        # -- a title wraps over lines; its words come in order on the page --
        words = slide.title.split()
        assert re.search(r"\s*".join(re.escape(w) + r"\s" for w in words[:6]), text + " "), (
            slide.title
        )
    reader = PdfReader(io.BytesIO(result.pdf))
    if layout != "notes":
        assert len(reader.pages) == math.ceil(len(plan.slides) / per_page(layout))
    assert result.pages == len(reader.pages)
    for n in range(1, result.pages + 1):
        assert f"Page {n} of {result.pages}" in text
    assert [o.title for o in reader.outline] == [
        f"{n}. {s.title}" for n, s in enumerate(plan.slides, 1)
    ]


def test_notes_pages_carry_the_speaker_notes(seed):
    text = _flat(_text(render_handouts(seed, layout="notes").pdf))
    plan = plan_deck(seed, geometry_for(None))
    for slide in plan.slides:
        first = slide.notes.split("\n")[0].split()[:5]
        if first:
            assert " ".join(first) in text


def test_long_notes_continue_on_the_next_page():
    briefing = long_briefing()
    result = render_handouts(briefing, layout="notes")
    plan = plan_deck(briefing, geometry_for(None))
    assert result.pages >= len(plan.slides)
    assert result.slides == len(plan.slides)


def test_the_classification_is_on_every_page(seed):
    briefing = seed.copy()
    briefing.set_header("classification", "secret // rel uk")
    result = render_handouts(briefing, template="government", layout="6")
    pages = _text(result.pdf).split("\f")[: result.pages]
    assert all(page.count("SECRET // REL UK") >= 2 for page in pages)  # -- top and foot --


def test_armenian_and_georgian_titles_are_drawn_not_boxes(seed):
    briefing = seed.copy()
    item = briefing.picked_sections()[1].id
    briefing.set_field(item, "title", "Հայաստան და საქართველო")
    text = _text(render_handouts(briefing, layout="1").pdf)
    assert "Հայաստան" in text and "საქართველო" in text


def test_handouts_use_the_memo_templates_paper(seed):
    a4 = PdfReader(io.BytesIO(render_handouts(seed).pdf)).pages[0].mediabox
    letter = PdfReader(io.BytesIO(render_handouts(seed, paper=(612, 792)).pdf)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) in {(595, 842), (612, 792)}
    assert (float(letter.width), float(letter.height)) == (612, 792)


def test_output_is_the_same_bytes_each_time(seed):
    assert render_handouts(seed).pdf == render_handouts(seed).pdf


def test_a_third_party_template_with_another_slide_size(seed, tmp_path):
    template = third_party_template(tmp_path, "Corporate", width=11.69, height=8.27, potx=True)
    result = render_handouts(seed, template=template, layout="2")
    _qpdf_ok(result.pdf, tmp_path)
    assert "Bottom line up front" in _text(result.pdf)


def test_preview_slides_are_drawn_at_slide_size_for_one_item(seed):
    item = seed.picked_sections()[0].id
    result = render_slides(seed, item_id=item, template="dark")
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.count >= 1
    assert float(reader.pages[0].mediabox.width) == pytest.approx(960)
    assert result.total_slides > result.count and result.template == "dark"
    assert seed.title_of(item) in _flat(_text(result.pdf))


def test_an_unknown_layout_is_one_sentence(seed):
    with pytest.raises(UserError, match="Unknown handout layout"):
        render_handouts(seed, layout="4")


def test_the_pack_is_the_memo_then_the_handouts_with_both_bookmarks(seed, tmp_path):
    pack, _warnings, pages = build_one(seed, "pack")
    _memo, _w, memo_pages = build_one(seed, "memo")
    _handouts, _w, handout_pages = build_one(seed, "handouts")
    _qpdf_ok(pack, tmp_path)
    assert pages == memo_pages + handout_pages
    reader = PdfReader(io.BytesIO(pack))
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    assert top == ["Memo", "Handouts"]
    nested = [o for o in reader.outline if isinstance(o, list)]
    assert len(nested) == 2 and len(nested[1]) == len(plan_deck(seed, geometry_for(None)).slides)
    assert reader.get_destination_page_number(reader.outline[2]) == memo_pages  # -- 0-based --


def _export(*args: str):
    import sys

    from tests.conftest import ROOT

    return subprocess.run(
        [sys.executable, "-m", "briefing_app", "export", str(SEED), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_cli_writes_handouts_and_pack(tmp_path):
    handouts, pack = tmp_path / "h.pdf", tmp_path / "p.pdf"
    done = _export("--handouts", str(handouts), "--handout-layout", "notes", "--pack", str(pack))
    assert done.returncode == 0, done.stderr
    assert f"Wrote {handouts}" in done.stdout and f"Wrote {pack}" in done.stdout
    assert len(PdfReader(pack).pages) > len(PdfReader(handouts).pages) > 10


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--handouts", "h.pptx"], "The handouts must be saved as .pdf, not .pptx."),
        (["--pack", "p"], "has no extension."),
        (["--handouts", "h.pdf", "--handout-layout", "4"], "invalid choice: '4'"),
    ],
)
def test_cli_export_mistakes_are_one_line(tmp_path, args, message):
    args = [str(tmp_path / a) if a.startswith(("h.", "p")) and a != "pack" else a for a in args]
    done = _export(*args)
    assert done.returncode == 2 and message in done.stderr and done.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(min_size=1, max_size=300),
    bullets=st.lists(st.text(max_size=400), max_size=6),
    notes=st.text(max_size=2000),
    layout=st.sampled_from(LAYOUTS),
)
def test_any_text_makes_handouts_with_every_slide(seed, title, bullets, notes, layout):
    """Control characters, RTL, CJK, emoji, endless words: a PDF with a bookmark per slide."""
    briefing = seed.copy()
    item = briefing.picked_sections()[0].id
    briefing.set_field(item, "title", title)
    briefing.set_field(item, "bullets", bullets)
    briefing.set_field(item, "notes", notes)
    result = render_handouts(briefing, layout=layout)
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages >= 1
    assert len(reader.outline) == result.slides


def test_arabic_and_hebrew_are_shaped_right_to_left_and_read_back(seed):
    import unicodedata

    import pypdfium2

    briefing = seed.copy()
    item = briefing.picked_sections()[1].id
    briefing.set_field(item, "title", "السلام في جنوب القوقاز")
    briefing.set_field(item, "bullets", ["שלום בקווקז הדרומי", "English stays left"])
    result = render_slides(briefing, item_id=item, template="government")
    text = unicodedata.normalize("NFKC", _text(result.pdf))
    for word in ("السلام", "القوقاز", "שלום", "הדרומי", "English"):
        assert word in text
    # -- right-to-left paragraphs end at the right of their box, as the deck sets them --
    page = pypdfium2.PdfDocument(result.pdf)[0]
    textpage = page.get_textpage()
    hebrew = textpage.search("שלום").get_next()
    english = textpage.search("English").get_next()
    assert hebrew and english
    right_of = textpage.get_charbox(hebrew[0])[2]
    left_of = textpage.get_charbox(english[0])[0]
    assert right_of > page.get_width() * 0.7 and left_of < page.get_width() * 0.2


@pytest.mark.parametrize(
    "title",
    [
        "22 जनवरी से सतयुग की शुरुआत, स्वामी ने प्राण प्रतिष्ठा पर सवाल उठाने वालों को लपेटा " * 3,
        "A long English title that goes on about the negotiations between the parties " * 3,
    ],
)
def test_a_long_running_header_is_cut_between_words(title):
    from briefing_app.export.handouts.writer import _shorten

    short = _shorten(title, 300)
    assert short.endswith(" …") and len(short) < len(title)
    kept = short.removesuffix(" …")
    assert title.startswith(kept + " ")  # -- the last word kept is whole --


def test_an_unspaced_header_is_cut_at_a_character():
    from briefing_app.export.handouts.writer import _shorten

    title = "日米首脳が電話会談し北朝鮮問題で連携を確認した" * 4
    short = _shorten(title, 200)
    assert short.endswith(" …") and title.startswith(short.removesuffix(" …"))

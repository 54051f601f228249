"""Arabic, Persian, Hebrew, Chinese, Japanese and Korean through every built-in memo and deck template.

The article (tests/data/ten-names.txt) names the ten people and places of issue
17 in English sentences and has whole Arabic, Hebrew and Chinese paragraphs;
the briefing also gets an Arabic section title, an Arabic summary, Hebrew and
Arabic bullets and a Chinese summary, as a user would type them.

Memo: pdftotext gives every word back in logical order with ordinary letters
(after NFKC), no "?" and no private-use characters; ``pdftotext -bbox`` shows
right-to-left names and lines laid out right to left on the page.
Deck: python-pptx reads ``rtl="1"`` and the run languages back; LibreOffice
renders every word of every slide on its page (nothing clipped), with the
bundled fonts as the only ones added to what the machine has.
"""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pptx import Presentation

from briefing_app.core.briefing import Briefing
from briefing_app.core.scripts import is_rtl
from briefing_app.export.deck.fonts import deck_font_dir
from briefing_app.export.deck.writer import write_deck
from briefing_app.export.handouts.writer import write_handouts
from briefing_app.export.memo.plan import build_plan
from briefing_app.export.memo.writer import load_memo_template, write_memo
from briefing_app.ingest.readers import read_document
from briefing_app.project import open_path
from briefing_app.resources import assets_dir
from tests.conftest import TEN_NAMES, TEN_NAMES_ARTICLE, require_tool

pytestmark = pytest.mark.slow

ARTICLE = TEN_NAMES_ARTICLE
NAMES = TEN_NAMES
RTL_NAMES = ("عباس عراقجي", "مسعود پزشکیان", "בנימין נתניהו")
MEMO_TEMPLATES = ("information", "decision", "one-page-brief")
DECK_TEMPLATES = ("government", "minimal", "dark")
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # -- pdftotext's bidi marks --
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _paragraph(starts: str) -> str:
    return next(
        p for p in ARTICLE.read_text(encoding="utf-8").split("\n\n") if p.startswith(starts)
    )


ARABIC, HEBREW, CHINESE = _paragraph("قال"), _paragraph("ראש"), _paragraph("中华")


def _briefing() -> Briefing:
    briefing = open_path(ARTICLE)
    regional, asian = briefing.sections()[1:3]
    briefing.set_field(regional.id, "title", "المواقف الإقليمية")
    briefing.set_field(regional.id, "summary", ARABIC)
    briefing.set_field(regional.id, "bullets", [HEBREW, "عباس عراقجي (١٥٪)"])
    briefing.set_field(asian.id, "summary", CHINESE)
    # -- long titles: a CJK character is about twice as wide as a Latin letter --
    briefing.set_field(asian.id, "title", CHINESE[:60])
    first = briefing.recommendations()[0].id
    briefing.set_field(first, "title", ARABIC[:150])
    return briefing


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True)
    return _MARKS.sub("", unicodedata.normalize("NFKC", out.stdout.decode("utf-8")))


@pytest.fixture(scope="module")
def memos(tmp_path_factory) -> dict[str, tuple[Path, list[str]]]:
    require_tool("pdftotext")
    tmp = tmp_path_factory.mktemp("memos")
    briefing = _briefing()
    return {
        name: (tmp / f"{name}.pdf", write_memo(briefing, tmp / f"{name}.pdf", template=name))
        for name in MEMO_TEMPLATES
    }


@pytest.mark.parametrize("template", MEMO_TEMPLATES)
def test_memo_text_comes_back_whole_and_in_logical_order(memos, template):
    path, warnings = memos[template]
    assert not [w for w in warnings if "font" in w], warnings
    text = _text(path)
    assert "?" not in text and "\ufffd" not in text
    assert not re.search("[\ue000-\uf8ff]", text), "glyphs copied as private-use characters"
    words = set(text.split())
    expected = [name for name in NAMES if name in _printed(template)]
    assert template != "information" or len(expected) == len(NAMES)
    for name in expected:
        for word in name.split():
            assert word in words or word in text, f"{word} missing from the {template} memo"
            if len(word) > 2 and word[::-1] != word and template == "information":
                assert word[::-1] not in text, f"{word} came back reversed"


def _printed(template: str) -> str:
    """The titles and summaries the template's blocks print (the annex: whole paragraphs)."""
    plan, blocks = build_plan(_briefing()), load_memo_template(template).blocks
    parts = [plan.bottom_line] if "bottom_line" in blocks else []
    for block in ("background", "recommendations", "annex"):
        if block in blocks:
            for item in getattr(plan, block):
                parts += [item.title, item.summary, *(item.paragraphs if block == "annex" else ())]
    return "\n".join(parts)


def test_whole_arabic_and_hebrew_paragraphs_print_every_word(memos):
    text = _text(memos["information"][0])
    for paragraph in (ARABIC, HEBREW):
        for word in re.findall(r"[^\W\d_]+", paragraph):
            assert word in text, word


def _bbox_words(pdf: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, x min, x max, y min, text as read left to right) of every word on the pages."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True)
    root = ElementTree.fromstring(re.sub(r'\sxmlns="[^"]+"', "", out.stdout.decode(), count=1))
    words = []
    for number, page in enumerate(root.iter("page")):
        for word in page.iter("word"):
            box = [float(word.get(k)) for k in ("xMin", "xMax", "yMin")]
            words.append((number, *box, word.text or ""))
    return words


def _lines(words) -> list[list]:
    """Words grouped into lines: same page, tops within 4 pt (fonts differ in ascent)."""
    lines: list[list] = []
    for box in sorted(words, key=lambda b: (b[0], b[3])):
        if lines and lines[-1][0][0] == box[0] and box[3] - lines[-1][0][3] < 4:
            lines[-1].append(box)
        else:
            lines.append([box])
    return lines


def _find(words, logical: str):
    """Boxes of a right-to-left word: its letters run right to left, so read them reversed."""
    return [w for w in words if _logical(w[4]) == logical]


def _logical(shown: str) -> str:
    """A right-to-left word as read on the page (left to right) back in logical order, letters only;
    reversed before NFKC, which splits a lam-alef ligature in logical order."""
    return re.sub(r"\W|\d", "", unicodedata.normalize("NFKC", shown[::-1]))


def test_right_to_left_names_read_right_to_left_on_the_page(memos):
    words = _bbox_words(memos["information"][0])
    checked = 0
    for name in RTL_NAMES:
        first, second = name.split()
        for a in _find(words, first):
            # -- the second word on the same line: it must stand to the left of the first --
            same_line = [b for b in _find(words, second) if b[0] == a[0] and abs(b[3] - a[3]) < 2]
            for b in same_line:
                assert b[2] <= a[1], f"{name}: {second} is not left of {first}"
                checked += 1
    assert checked >= 3


@pytest.mark.parametrize(
    ("paragraph", "lines_at_least"),
    [("المواقف الإقليمية. " + ARABIC, 4), (HEBREW, 2)],  # -- summary (with its title) + annex --
    ids=["arabic", "hebrew"],
)
def test_whole_rtl_paragraphs_run_right_to_left_line_by_line_and_right_aligned(
    memos, paragraph, lines_at_least
):
    words = _bbox_words(memos["information"][0])
    logical = re.findall(r"[^\W\d_]+", paragraph)
    right_edge = max(box[2] for box in words)
    checked = 0
    for line in _lines(words):
        # -- a line of the paragraph: its letter words, read right to left, reversed back --
        shown = [_logical(b[4]) for b in sorted(line, key=lambda b: -b[1])]
        shown = [w for w in shown if w and is_rtl(w)]  # -- the line's RTL words --
        if len(shown) < 3 or sum(w in logical for w in shown) < 0.6 * len(shown):
            continue
        remaining = iter(logical)
        assert all(w in remaining for w in shown), f"not in logical order right to left: {shown}"
        assert right_edge - max(b[2] for b in line) < 3, "an RTL line is not right-aligned"
        checked += 1
    assert checked >= lines_at_least


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    soffice = require_tool("soffice")
    require_tool("pdftotext")
    tmp = tmp_path_factory.mktemp("decks")
    briefing = _briefing()
    paths = {}
    for name in DECK_TEMPLATES:
        paths[name] = tmp / f"{name}.pptx"
        write_deck(briefing, paths[name], template=name)
    conf = tmp / "fonts.conf"
    conf.write_text(  # -- LibreOffice sees the app's bundled fonts, nothing else added --
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{deck_font_dir()}</dir><dir>{assets_dir() / 'fonts'}</dir>"
        f"<cachedir>{tmp / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    cmd = [soffice, f"-env:UserInstallation={(tmp / 'lo').as_uri()}", "--headless"]
    cmd += ["--convert-to", "pdf", "--outdir", str(tmp / "pdf"), *map(str, paths.values())]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=240)
    return {name: (path, tmp / "pdf" / f"{name}.pdf") for name, path in paths.items()}


@pytest.mark.parametrize("template", DECK_TEMPLATES)
def test_deck_marks_right_to_left_paragraphs_and_run_languages(decks, template):
    prs = Presentation(str(decks[template][0]))
    rtl, languages = [], set()
    for slide in prs.slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for paragraph in shape.text_frame.paragraphs:
                ppr = paragraph._p.find(f"{A}pPr")
                if ppr is not None and ppr.get("rtl") == "1":
                    rtl.append(paragraph.text)
                for run in paragraph.runs:
                    lang = run._r.find(f"{A}rPr").get("lang")
                    if lang:
                        languages.add(lang)
                        assert any(ord(c) > 0x590 for c in run.text), (lang, run.text)
    assert "المواقف الإقليمية" in rtl  # -- the Arabic title --
    assert HEBREW in rtl and "عباس عراقجي (١٥٪)" in rtl
    assert not [t for t in rtl if t.startswith(("The ", "Foreign"))]
    assert {"ar-SA", "fa-IR", "he-IL", "zh-CN", "ko-KR"} <= languages


@pytest.mark.parametrize("template", DECK_TEMPLATES)
def test_every_word_of_every_slide_is_rendered_on_its_page(decks, template):
    pptx, pdf = decks[template]
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True)
    pages = [
        _MARKS.sub("", unicodedata.normalize("NFKC", p)) for p in out.stdout.decode().split("\f")
    ]
    slides = Presentation(str(pptx)).slides
    assert len(pages) - 1 == len(slides)
    for number, (slide, page) in enumerate(zip(slides, pages, strict=False), 1):
        squashed = re.sub(r"\s+", "", page)
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for paragraph in shape.text_frame.paragraphs:
                rtl = is_rtl(paragraph.text)
                for word in unicodedata.normalize("NFKC", paragraph.text).split():
                    if rtl or re.search(r"[\u4e00-\u9fff\u0590-\u06ff]", word):
                        # -- CJK lines break anywhere; pdftotext moves punctuation around RTL
                        # -- text, LibreOffice copies lam-alef as alef-lam: test the characters --
                        missing = [c for c in word if c.isalnum() and c not in squashed]
                    else:
                        plain = re.sub(r"[()]", "", squashed)
                        missing = [] if re.sub(r"[()]", "", word) in plain else [word]
                    assert not missing, f"slide {number}: {word!r} not rendered ({template})"


def test_reading_the_memo_back_gives_the_rtl_paragraphs_in_reading_order(memos):
    blocks = read_document(memos["information"][0]).blocks
    found = {re.sub(r"\s+", "", b.text) for b in blocks}
    for paragraph in (ARABIC, HEBREW):
        # -- the annex copy: "¶ 3" then the paragraph, whole, in logical order --
        assert any(re.sub(r"\s+", "", paragraph) in text for text in found), paragraph[:20]


@pytest.mark.parametrize("template", DECK_TEMPLATES)
@pytest.mark.parametrize("layout", ["1", "notes"])
def test_handouts_keep_the_scripts_in_logical_order(tmp_path, template, layout):
    """On the handouts, as on the memo (the same shaping and bidi code): the Arabic title and the
    Hebrew bullet on the slides, and with speaker notes the ten names, read back in logical order."""
    require_tool("pdftotext")
    path = tmp_path / f"{template}-{layout}.pdf"
    warnings = write_handouts(_briefing(), path, template=template, layout=layout)
    assert not [w for w in warnings if "font" in w or "missing" in w], warnings
    text = _text(path)
    assert "?" not in text and "\ufffd" not in text
    expected = [*re.findall(r"[^\W\d_]+", HEBREW), "المواقف", "الإقليمية"]
    if layout == "notes":
        expected += [word for name in NAMES for word in name.split()]
    for word in expected:
        assert word in text, f"{word} missing from the {template} handouts ({layout})"
    # -- a wrapped line of an English paragraph that starts with a Hebrew name still reads left
    # -- to right: "envoy" stands left of "June." on the page, as in the memo --
    words = _bbox_words(path)
    for page in {p for p, *_rest, word in words if word.startswith("June")}:
        on_page = {word.rstrip(".,"): x for p, x, _x2, _y, word in words if p == page}
        if "envoy" in on_page:
            assert on_page["envoy"] < on_page["June"], f"line reversed on page {page + 1}"

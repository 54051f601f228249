"""Any analysed article, picked and edited at random, exports a deck and a memo that real readers accept.

Deck: re-opened with python-pptx; every picked item's bullets are on its slides
(whitespace aside; characters XML cannot hold removed by the one sanitizer).
Every deck also passes the OOXML validator (tests/ooxml: schemas and package rules).
Memo: ``qpdf --check`` passes and pdftotext gives back every picked item's
title and summary, apart from what PDF text extraction cannot round-trip:
characters no bundled font has (drawn as "?"), characters beyond U+FFFF (reportlab
writes a wrong ToUnicode entry for them), right-to-left runs (reordered),
combining marks, format characters and compatibility forms such as ligatures.
A sample of the decks is converted by LibreOffice in one call at the end.
"""

from __future__ import annotations

import functools
import re
import shutil
import string
import subprocess
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from briefing_app.core.article import Recommendation
from briefing_app.core.briefing import HEADER_FIELDS, Briefing
from briefing_app.core.errors import UserError
from briefing_app.core.text import sanitize
from briefing_app.export.deck.writer import write_deck
from briefing_app.export.memo import fonts
from briefing_app.export.memo.writer import write_memo
from briefing_app.export.templates import list_templates
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.text import parse_text
from tests.conftest import require_tool
from tests.fuzz.strategies import (
    NAUGHTY,
    article_text,
    edit_text,
    fuzz_settings,
    many_paragraphs,
    sentence,
    structured_article,
)
from tests.ooxml.odd_templates import LIBREOFFICE, REAL_SECTIONS, sections_and_shows_template
from tests.ooxml.validate import assert_valid_deck

SETTINGS = fuzz_settings(60)
# -- built-ins, plus templates the deck writer must repair: a LibreOffice export, a real
# -- PowerPoint deck with ten sections, and one with sections and custom shows (made on
# -- first use, see odd_template) --
DECK_TEMPLATES = [t.name for t in list_templates("deck")] + [
    str(LIBREOFFICE),
    str(REAL_SECTIONS),
    "sections-and-shows",
]
MEMO_TEMPLATES = [t.name for t in list_templates("memo")]
SAMPLE_FOR_LIBREOFFICE = 8
# -- not body text: titles (may be cut with "…"), and per-slide furniture between split bullets --
NOT_BODY = (
    PP_PLACEHOLDER.TITLE,
    PP_PLACEHOLDER.CENTER_TITLE,
    PP_PLACEHOLDER.SLIDE_NUMBER,
    PP_PLACEHOLDER.FOOTER,
    PP_PLACEHOLDER.DATE,
)
STATS: Counter[str] = Counter()


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="fuzz-export-") as folder:
        (Path(folder) / "sample").mkdir()
        yield Path(folder)
    print(f"\nexport fuzz: {dict(STATS)}")


def squash(text: str) -> str:
    return "".join(text.split())


@st.composite
def briefings(draw, text: str) -> Briefing | None:
    """A briefing over ``text`` with random picks, titles, summaries, bullets, notes and header."""
    try:
        article = analyze(parse_text(text, name="fuzz.txt"))
    except UserError:
        return None
    briefing = Briefing.from_article(article)
    order = list(briefing.order)
    picked = (
        draw(st.one_of(st.just(set(order)), st.sets(st.sampled_from(order)))) if order else set()
    )
    for item_id in order:
        briefing.set_picked(item_id, item_id in picked)
    for item_id in sorted(picked):
        # -- a typed title keeps the memo from re-deriving it, so both files must show it --
        briefing.set_field(item_id, "title", draw(st.one_of(sentence(), st.sampled_from(NAUGHTY))))
        for name in ("summary", "notes"):
            briefing.set_field(item_id, name, draw(edit_text))
        if draw(st.booleans()):
            briefing.set_field(item_id, "bullets", draw(st.lists(sentence(), max_size=6)))
    for name in HEADER_FIELDS:
        briefing.set_header(name, draw(edit_text) or "")
    briefing.set_template("deck", draw(st.sampled_from(DECK_TEMPLATES)))
    briefing.set_template("memo", draw(st.sampled_from(MEMO_TEMPLATES)))
    return briefing


def deck_body_text(path: Path) -> str:
    """Text of every non-title shape, slide after slide, whitespace removed (a split word rejoins)."""
    prs = Presentation(str(path))
    parts = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.is_placeholder and shape.placeholder_format.type in NOT_BODY:
                continue
            if shape.name.startswith("Classification marking"):
                continue  # -- on every slide: it would split a bullet continued across slides --
            if shape.has_text_frame:
                if _CONTINUED_TITLE.fullmatch(shape.text_frame.text):
                    continue  # -- a title a template keeps outside a title placeholder --
                parts.append(shape.text_frame.text)
    return squash("".join(parts))


# -- the title of a slide continuing another: "Heading (cont.)", "Heading (cont. 2)" --
_CONTINUED_TITLE = re.compile(r"[^\n]*\(cont\.(?: \d+)?\)")


def assert_bullets_on_slides(briefing: Briefing, path: Path) -> None:
    body = deck_body_text(path)
    STATS["slides"] += len(Presentation(str(path)).slides)
    for item in briefing.picked_sections() + briefing.picked_recommendations():
        for bullet in briefing.bullets_of(item.id):
            assert squash(sanitize(bullet)) in body, f"bullet of {item.id} missing from the deck"
            STATS["bullets checked in decks"] += 1


@functools.cache
def memo_chars() -> frozenset[str]:
    """Characters every bundled memo face chain can draw (else the memo shows "?")."""
    covered = []
    for family in fonts.FAMILIES.values():
        covered.append(
            frozenset().union(
                *(
                    fonts._register(f.font_name(bold=b, italic=False))
                    for f in family
                    for b in (False, True)
                )
            )
        )
    return frozenset.intersection(*covered)


def round_trips(char: str, drawable: frozenset[str]) -> bool:
    """Whether pdftotext can give ``char`` back as written."""
    if char not in drawable or unicodedata.normalize("NFKC", char) != char:
        return False
    if ord(char) > 0xFFFF:
        # -- drawn, but reportlab writes a 5-digit ToUnicode entry for it, so text
        # -- extraction returns another character (U+1F60D comes back as U+1F60) --
        return False
    if unicodedata.category(char)[0] in "MCZ":
        return False
    return unicodedata.bidirectional(char) not in ("R", "AL", "AN", "NSM")


def _right_to_left(token: str) -> bool:
    return any(
        unicodedata.bidirectional(c) in ("R", "AL", "AN", "RLE", "RLO", "RLI") for c in token
    )


def _rtl_paragraph(text: str) -> bool:
    """The paragraph's base direction is right to left: its first strong character says so."""
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return False


def checkable_tokens(text: str, drawable: frozenset[str]) -> list[str]:
    """Tokens pdftotext gives back as written; neighbours of right-to-left words are left out,
    since pdftotext reorders a line with RTL text (and mirrors brackets next to it). In a
    right-to-left paragraph, punctuation at a word's end rightly sits on its other side."""
    tokens = sanitize(text).split()
    if _rtl_paragraph(sanitize(text)):
        tokens = [t.strip(string.punctuation + "…¡¿") for t in tokens]
    rtl = [_right_to_left(t) for t in tokens]
    return [
        t[:80]
        for i, t in enumerate(tokens)
        if t[:80]
        and not any(rtl[max(0, i - 1) : i + 2])
        and all(round_trips(c, drawable) for c in t[:80])
    ]


def memo_expectations(briefing: Briefing) -> list[str]:
    """What the memo template promises to show of the picked items: titles, and summaries.

    A title the summary opens with is shown once, in the summary's own words and
    case, without its final "." or "…" (memo_text.split_lead); so titles are
    compared without those, and everything case-insensitively.
    """
    template = briefing.memo_template
    items = list(briefing.picked_recommendations())
    if template != "one-page-brief":
        items += briefing.picked_sections()
    texts = [briefing.title_of(i.id).rstrip(".…") for i in items]
    if template != "one-page-brief":
        texts += [
            briefing.summary_of(i.id)
            for i in items
            if isinstance(i, Recommendation) or template == "information"
        ]
    return texts


def assert_memo_is_valid_and_complete(briefing: Briefing, path: Path, drawable) -> None:
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = squash(unicodedata.normalize("NFC", text)).casefold()
    for expected in memo_expectations(briefing):
        for token in checkable_tokens(expected, drawable):
            assert token.casefold() in found, (
                f"{token!r} missing from the memo ({briefing.memo_template})"
            )
            STATS["tokens checked in memos"] += 1


@pytest.mark.slow
@SETTINGS
@given(
    text=st.one_of(structured_article(), structured_article(), article_text(max_paragraphs=25)),
    data=st.data(),
)
@example(text="", data=None)
@example(text=many_paragraphs(300), data=None)
@example(text="Title\n\nFirst, " + "Ə" * 10_000 + " <&> \x00\ufffe\ud800 \u202eend.", data=None)
def test_any_briefing_exports_a_deck_and_memo_that_readers_accept(workdir, text, data):
    require_tool("qpdf")
    require_tool("pdftotext")
    briefing = data.draw(briefings(text)) if data is not None else _everything(text)
    if briefing is None:
        return
    STATS["exported"] += 1
    deck, memo = workdir / "deck.pptx", workdir / "memo.pdf"
    write_deck(briefing, deck, template=odd_template(briefing.deck_template, workdir))
    assert_valid_deck(deck, f"fuzz deck on {briefing.deck_template}")
    STATS["decks validated"] += 1
    write_memo(briefing, memo, template=briefing.memo_template)
    assert_bullets_on_slides(briefing, deck)
    assert_memo_is_valid_and_complete(briefing, memo, memo_chars())
    sample = sorted((workdir / "sample").iterdir())
    if len(sample) < SAMPLE_FOR_LIBREOFFICE:
        shutil.copy(deck, workdir / "sample" / f"fuzz{len(sample):02d}.pptx")


def odd_template(name: str | None, workdir: Path) -> str | Path | None:
    """``name``, or for "sections-and-shows" the path of that template, built once per run."""
    if name != "sections-and-shows":
        return name
    path = workdir / "government-sections-shows.pptx"
    return path if path.exists() else sections_and_shows_template(workdir, "government")


def _everything(text: str) -> Briefing | None:
    try:
        return Briefing.from_article(analyze(parse_text(text, name="fuzz.txt")))
    except UserError:
        return None


@pytest.mark.slow
def test_libreoffice_converts_the_sampled_fuzz_decks(workdir, tmp_path):
    """Runs after the property test (file order) on the decks it kept; one soffice call for all."""
    soffice = require_tool("soffice")
    decks = sorted((workdir / "sample").glob("*.pptx"))
    if not decks:
        for n, text in enumerate([many_paragraphs(60), "Title\n\nFirst, " + "\x00<&>" * 500]):
            briefing = _everything(text)
            write_deck(briefing, workdir / "sample" / f"fixed{n}.pptx")
            assert_valid_deck(workdir / "sample" / f"fixed{n}.pptx")
        decks = sorted((workdir / "sample").glob("*.pptx"))
    out = tmp_path / "pdf"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, decks),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    for deck in decks:
        pdf = out / f"{deck.stem}.pdf"
        assert pdf.is_file() and pdf.stat().st_size > 1000, (
            f"LibreOffice could not convert {deck.name}"
        )
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        assert pages == len(Presentation(str(deck)).slides), f"{deck.name}: slides lost"

"""Paragraph direction, run languages and "not in source" for scripts without capitals."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.faithfulness import unsupported_spans
from briefing_app.core.scripts import is_rtl, language_of, language_runs, logical_line
from briefing_app.core.text import split_sentences

ARTICLE = Path(__file__).parents[2] / "data" / "ten-names.txt"


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("قال وزير الخارجية", True),
        ("ראש הממשלה", True),
        ("«١٥» قال", True),  # -- neutrals and Arabic-Indic digits before the first letter --
        ("Talks with عباس عراقجي", False),
        ("王毅", False),
        ("", False),
    ],
)
def test_paragraph_direction_follows_the_first_strong_letter(text, rtl):
    assert is_rtl(text) is rtl


@pytest.mark.parametrize(
    ("word", "tag"),
    [
        ("عراقجي", "ar-SA"),
        ("پزشکیان", "fa-IR"),
        ("נתניהו", "he-IL"),
        ("習近平", "zh-CN"),
        ("ひらがな漢字", "ja-JP"),
        ("윤석열", "ko-KR"),
        ("Cairo", ""),
    ],
)
def test_word_languages(word, tag):
    assert language_of(word) == tag


def test_runs_keep_every_character_and_a_persian_name_in_one_run():
    text = "led by عباس عراقجي and مسعود پزشکیان, with 王毅 in 서울."
    runs = language_runs(text)
    assert "".join(chunk for _, chunk in runs) == text
    assert ("fa-IR", "مسعود پزشکیان, ") in runs
    assert [tag for tag, _ in runs] == ["", "ar-SA", "", "fa-IR", "", "zh-CN", "", "ko-KR"]
    assert language_runs("plain English") == [("", "plain English")]


@pytest.mark.parametrize(
    ("summary", "flagged"),
    [
        ("王毅 met 習近平 in 東京.", []),
        ("李强 met 王毅.", ["李强"]),
        ("عباس عراقجي met محمد بن سلمان.", ["محمد", "بن", "سلمان"]),
        ("בנימין נתניהו and יאיר לפיד.", ["יאיר", "לפיד"]),
        ("윤석열 and 이재명 in 서울.", ["이재명"]),
        ("Progress on ١٥ points.", []),  # -- the source says 15 --
        ("Progress on 16 points.", ["16"]),
        ("他说这是重要的一步。", ["他说这是重要的一步"]),  # -- not a run of the source --
        ("这是重要的一步", []),  # -- inside a longer source sentence --
    ],
)
def test_not_in_source_works_for_scripts_without_capitals(summary, flagged):
    source = ARTICLE.read_text(encoding="utf-8")
    assert [summary[a:b] for a, b in unsupported_spans(summary, source)] == flagged


def test_sentences_of_arabic_hebrew_and_chinese_paragraphs():
    paragraphs = ARTICLE.read_text(encoding="utf-8").split("\n\n")
    counts = {}
    for paragraph in paragraphs:
        if paragraph[0] in "قר中":
            spans = split_sentences(paragraph)
            counts[paragraph[0]] = len(spans)
            assert "".join(paragraph[a:b] for a, b in spans).replace(" ", "") == paragraph.replace(
                " ", ""
            )
    assert counts == {"ق": 2, "ר": 2, "中": 3}
    chinese = next(p for p in paragraphs if p.startswith("中"))
    assert chinese[split_sentences(chinese)[-1][0] :] == "他说：“这是重要的一步。”"


@pytest.mark.parametrize(
    ("visual", "logical"),
    [
        # -- a Persian reference as a PDF gives it, left to right: "[۲۰]" drawn with mirrored glyphs --
        (
            "\ufeeb\ufedf\u0627 \ufbfe\ufecc\ufea0\ufeb7\u0627 [\u06f2\u06f0]",
            "[\u06f2\u06f0] \u0627\u0634\u062c\u0639\u06cc \u0627\u0644\u0647",
        ),
        # -- Arabic in parentheses inside an English line: the parentheses belong to the English run --
        (
            "The law (\u0646\u0648\u0646\u0627\u0642) passed",
            "The law (\u0642\u0627\u0646\u0648\u0646) passed",
        ),
        ("No right-to-left letters [1]", "No right-to-left letters [1]"),
    ],
)
def test_pdf_lines_come_back_in_reading_order_with_brackets_facing_their_text(visual, logical):
    assert logical_line(visual) == logical


def test_a_citation_s_et_al_does_not_end_a_sentence():
    """'(Greeven et al. 2018)' split a white paper's sentence into two deck bullets."""
    text = "Regions could cooperate (Greeven et al. 2018), as well as compete. A second one."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Regions could cooperate (Greeven et al. 2018), as well as compete.",
        "A second one.",
    ]

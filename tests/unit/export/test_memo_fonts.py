"""The bundled memo fonts: real cmap coverage of every script we promise, and per-character fallback."""

from xml.sax.saxutils import escape

import pytest
from fontTools.ttLib import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefing_app.export.memo.fonts import (
    FAMILIES,
    REPLACEMENT,
    chain,
    font_file,
    missing_warnings,
)
from briefing_app.export.memo.text import MemoParagraph
from briefing_app.resources import assets_dir

SCRIPTS = {
    "Azerbaijani Latin": "ƏəİıŞşĞğÇçÖöÜü",
    "Armenian": "ԱաԲբՓփՇշՅյՆն",
    "Georgian": "აბგდთილსᲐ",
    "Cyrillic": "АаБбЁёЖжЯяТбилиси",
    "Greek": "ΑαΒβΓγΔδΩωάέήίόύώ",
    "Devanagari": "हिन्दी क्षत्रिय मराठी। ॐ",
    "punctuation": "“”‘’–—…€£§¶©°±×",
}
STYLES = [(False, False), (True, False), (False, True), (True, True)]


def _cmap(name: str) -> set[str]:
    return {chr(code) for code in TTFont(str(font_file(name))).getBestCmap()}


@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize(("bold", "italic"), STYLES)
def test_every_promised_script_is_in_some_bundled_face(family, bold, italic):
    faces = [face.font_name(bold=bold, italic=italic) for face in FAMILIES[family]]
    covered = set().union(*(_cmap(name) for name in faces))
    for script, sample in SCRIPTS.items():
        missing = [c for c in sample if c not in covered]
        assert not missing, f"{family} {bold=} {italic=} lacks {script}: {missing}"


def test_primary_faces_ship_real_bold_and_italic_files():
    for family in FAMILIES.values():
        names = {family[0].font_name(bold=b, italic=i) for b, i in STYLES}
        assert len(names) == 4
        assert all(font_file(name).is_file() for name in names)


def test_fonts_stay_small_and_carry_their_licences():
    folder = assets_dir() / "fonts"
    ours = [p for p in folder.glob("*.ttf") if p.name.startswith(("Noto", "DejaVu"))]
    assert sum(p.stat().st_size for p in ours) < 10_000_000
    assert (folder / "LICENSE-Noto-OFL.txt").read_text().count("SIL OPEN FONT LICENSE") == 1
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text()


def test_each_script_gets_the_face_that_has_it():
    runs = chain("sans").runs("Nikol Փաշինյան in თბილისი", bold=True)
    assert runs == [
        ("NotoSans-Bold", "Nikol "),
        ("NotoSansArmenian-Bold", "Փաշինյան "),
        ("NotoSans-Bold", "in "),
        ("NotoSansGeorgian-Bold", "თბილისი"),
    ]


def test_italic_falls_back_to_upright_for_faces_without_italics():
    runs = chain("serif").runs("Փաշինյան", italic=True)
    assert runs == [("NotoSerifArmenian-Regular", "Փաշինյան")]


def test_markup_escapes_and_keeps_every_character_in_its_face():
    fonts = chain("serif")
    text = "a<b & c>d &amp; İlham Əliyev, Тбилиси, Αθήνα, Փաշինյան → ✓"
    for bold, italic in STYLES:
        markup = fonts.markup(text, bold=bold, italic=italic)
        assert "<b" not in markup.replace("<font", "")
        style = ParagraphStyle("t", fontName=fonts.font_name(), fontSize=10)
        frags = [(f.fontName, f.text) for f in Paragraph(markup, style).frags]
        assert "".join(chunk for _, chunk in frags) == text
        assert _merged(frags) == fonts.runs(text, bold=bold, italic=italic)


def test_text_in_the_styles_own_face_is_one_untagged_fragment():
    fonts = chain("sans")
    text = "Əliyev & Pashinyan met in Brussels; no tag, one fragment."
    assert fonts.markup(text) == escape(text)
    assert fonts.markup(text, bold=True).startswith('<font name="NotoSans-Bold">')


def _merged(frags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Neighbouring fragments in one font joined, as :meth:`FontChain.runs` returns them."""
    out: list[tuple[str, str]] = []
    for name, chunk in frags:
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + chunk)
        else:
            out.append((name, chunk))
    return out


def test_characters_no_face_has_become_question_marks_and_are_reported():
    fonts = chain("serif")
    # -- Thai: no bundled face has it (CJK, Arabic, Hebrew and Devanagari have faces now) --
    assert fonts.missing("ok กข ok") == "กข"
    assert "".join(chunk for _, chunk in fonts.runs("aกb")) == f"a{REPLACEMENT}b"


def test_width_counts_fallback_faces():
    fonts = chain("sans")
    assert fonts.width("Փաշինյան", 10) > fonts.width("P", 10) * 4


def test_characters_beyond_the_basic_plane_are_reported_not_mis_encoded():
    # -- DejaVu draws some of these, but reportlab's text layer would copy them as other characters
    text = "ok \U0001d400 \U0001f600"
    runs = chain("sans").runs(text)
    assert "".join(chunk for _, chunk in runs) == f"ok {REPLACEMENT} "  # -- the emoji left out --
    assert chain("sans").missing(text) == "\U0001d400\U0001f600"


def test_emoji_no_face_draws_are_left_out_while_missing_letters_show_as_question_marks():
    fonts = chain("serif")
    text = "\U0001f449 Regulierung umsetzen \U0001f1e9\U0001f1ea, \U0001f680\u2b50, กข"
    printed = "".join(chunk for _, chunk in fonts.runs(text))
    assert printed == f" Regulierung umsetzen , , {REPLACEMENT}{REPLACEMENT}"
    warnings = missing_warnings(fonts.missing(text), "")
    assert len(warnings) == 2
    assert "2 kind(s) of character" in warnings[0] and "'?'" in warnings[0]
    assert "left out" in warnings[1] and "U+1F449" in warnings[1]


def test_missing_lists_each_uncovered_character_once_in_order_of_first_use():
    fonts = chain("serif")
    assert fonts.missing("ก Փ a ᚠ\nก ✓ ᚠ") == "กᚠ"
    assert fonts.missing("Ереван, Tbilisi თბილისი → ✓") == ""


def _first_line(text: str) -> tuple[MemoParagraph, list[tuple[str, str]]]:
    fonts = chain("serif")
    paragraph = MemoParagraph(fonts.markup(text), ParagraphStyle("b", fontName=fonts.font_name()))
    paragraph.wrap(400, 100)
    return paragraph, [(f.fontName, str(f.text)) for f in paragraph.blPara.lines[0].words]


def test_hindi_is_set_in_devanagari_and_shaped_latin_is_not():
    # -- a Hindi news text's memo was all "?" (no bundled face had Devanagari); unshaped, its
    # -- vowel sign i would stand after its consonant and conjuncts fall apart --
    hindi, words = _first_line("उन्होंने कहा कि")
    assert hindi.style.shaping
    assert words[0][0] == "NotoSerifDevanagari-Regular"
    assert "\u093f" not in words[0][1]  # -- कि: the sign is a glyph placed before क now --
    fonts = chain("serif")
    latin = MemoParagraph(
        fonts.markup("He said so."), ParagraphStyle("b", fontName=fonts.font_name())
    )
    assert not getattr(latin.style, "shaping", 0)  # -- no HarfBuzz pass where none is needed --


def test_a_word_in_two_faces_keeps_each_faces_own_glyphs():
    # -- reportlab shaped "कहा," with the Devanagari font and gave the comma glyph numbers of
    # -- that font: it printed "ӳ", and "“राम”" lost its letters --
    _, words = _first_line("उन्होंने कहा, “राम” ok")
    assert ("NotoSerif-Regular", ", “") in words
    assert ("NotoSerifDevanagari-Regular", "राम") in words

"""A memo font read from the cache is the font reportlab reads, and a bad cache is read again."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.export.memo import fontcache
from briefing_app.export.memo.fonts import font_file

FACES = [
    "NotoSerif-Regular",
    "NotoSans-BoldItalic",
    "DejaVuSans-Bold",
    "NotoSansDevanagari-Regular",
]


def _same(fresh: TTFont, cached: TTFont) -> None:
    assert vars(fresh).keys() == vars(cached).keys()
    assert (fresh.fontName, fresh.shapable, fresh._asciiReadable) == (
        cached.fontName,
        cached.shapable,
        cached._asciiReadable,
    )
    assert type(cached.encoding) is type(fresh.encoding) and not cached.state
    face, again = vars(fresh.face), vars(cached.face)
    assert face.keys() == again.keys()
    for key, value in face.items():
        if key == "_pdfScale":
            assert [value(x) for x in (0, 37, -293, 2048)] == [
                again[key](x) for x in (0, 37, -293, 2048)
            ]
        else:
            assert again[key] == value and type(again[key]) is type(value), key
    assert cached.face.familyName.ustr == fresh.face.familyName.ustr


@pytest.mark.parametrize("name", FACES)
def test_a_cached_face_is_the_face_reportlab_reads(name):
    path = str(font_file(name))
    first = fontcache.load_ttfont(name, path)  # -- reads the font and writes the cache --
    assert fontcache._cache_file(path).exists()
    cached = fontcache.load_ttfont(name, path)
    assert cached.face is not first.face
    _same(TTFont(name, path), cached)


def test_a_damaged_cache_is_read_from_the_font_again(tmp_path):
    name = FACES[0]
    path = str(font_file(name))
    fontcache.load_ttfont(name, path)
    cached = fontcache._cache_file(path)
    good = cached.read_bytes()
    for bad in (good[: len(good) // 2], b"other layout\n" + good, b""):
        cached.write_bytes(bad)
        _same(TTFont(name, path), fontcache.load_ttfont(name, path))
        assert cached.read_bytes() == good  # -- rewritten --


def test_a_memo_with_cached_fonts_is_byte_identical(tmp_path):
    """Two memos of the same briefing, the second with every font from the cache."""
    import subprocess
    import sys

    article = tmp_path / "note.txt"
    article.write_text("A short note\n\nThe council met.\n\nIt agreed a budget.\n", "utf-8")
    memos = []
    for run in ("cold", "warm"):
        memo = tmp_path / f"{run}.pdf"
        probe = (
            "import sys; from briefing_app.cli import main; "
            f"sys.exit(main(['export', {str(article)!r}, '--memo', {str(memo)!r}]))"
        )
        subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True)
        memos.append(memo.read_bytes())
    assert list(fontcache._cache_file(str(font_file(FACES[0]))).parent.iterdir())
    assert memos[0] == memos[1]

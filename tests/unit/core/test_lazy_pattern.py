"""lazy_compile: the same answers as re.compile, compiled only when first used."""

from __future__ import annotations

import re

import pytest

from briefing_app.core import lazy_pattern
from briefing_app.core.lazy_pattern import lazy_compile

_SOURCE = r"(?P<word>\b[a-zß]+)(?=\s)"
_TEXT = "Straße and STRASSE, then ten more words here "


def _seen(found: object) -> object:
    """A match as comparable values (re.Match objects never compare equal)."""
    if isinstance(found, re.Match):
        return found.span(), found.groupdict()
    return found


@pytest.mark.parametrize("flags", [0, re.I])
def test_every_method_answers_as_the_compiled_pattern(flags: int) -> None:
    compiled = re.compile(_SOURCE, flags)
    lazy = lazy_compile(_SOURCE, flags)
    for _ in range(2):  # -- the first call compiles, the second uses the stored methods --
        for name in ("search", "match", "fullmatch", "findall"):
            for args in ((_TEXT,), (_TEXT, 3, 20)):
                assert _seen(getattr(lazy, name)(*args)) == _seen(getattr(compiled, name)(*args))
        spans = [m.span() for m in lazy.finditer(_TEXT, 2)]
        assert spans == [m.span() for m in compiled.finditer(_TEXT, 2)]
        assert lazy.sub(r"<\g<word>>", _TEXT, 2) == compiled.sub(r"<\g<word>>", _TEXT, 2)
        upper = lazy.sub(lambda m: m[0].upper(), _TEXT)
        assert upper == compiled.sub(lambda m: m[0].upper(), _TEXT)
        assert lazy.split(_TEXT, 1) == compiled.split(_TEXT, 1)
        lazy = lazy_compile(_SOURCE, flags)  # -- a fresh one: each method may be the first --


def test_nothing_is_compiled_until_a_method_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    lazy = lazy_compile(r"\bnever\b")
    composed = re.compile(rf"(?:{lazy.pattern})+")  # -- composing reads the source only --
    assert composed.search("never never")
    compiles: list[str] = []
    real = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiles.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(lazy_pattern.re, "compile", counted)
    fresh = lazy_compile(r"\bnever\b")
    assert compiles == []
    assert fresh.search("now or never")
    assert fresh.match("never") and fresh.findall("never, never") == ["never", "never"]
    assert compiles == [r"\bnever\b"]  # -- once: later calls go to the stored methods --


def test_later_calls_use_the_compiled_patterns_own_methods() -> None:
    lazy = lazy_compile("a+")
    lazy.search("caa")
    assert type(vars(lazy)["search"]) is type(re.compile("a+").search)


# -- every pattern of the app made by lazy_non_ascii: none may match an ASCII character --
def _non_ascii_patterns() -> list[lazy_pattern.NonAsciiPattern]:
    from briefing_app.core import scripts
    from briefing_app.export.memo import lines
    from briefing_app.ingest import front

    return [scripts.UNCASED, front._CJK, lines.COMPLEX]


@pytest.mark.parametrize("index", range(3))
def test_non_ascii_patterns_match_no_ascii_character(index: int) -> None:
    pattern = _non_ascii_patterns()[index]
    assert isinstance(pattern, lazy_pattern.NonAsciiPattern)
    compiled = re.compile(pattern.pattern)
    assert not any(compiled.search(chr(code)) for code in range(128))


_SCRIPTS_SOURCE = "[\u0590-\u08ff\u3040-\u30ff\u4e00-\u9fff]"
_MIXED = ["plain ASCII, no match", "", "Tokyo 東京 and Tel Aviv תל אביב", "only “curly” quotes"]


def test_non_ascii_answers_as_the_compiled_pattern() -> None:
    compiled = re.compile(_SCRIPTS_SOURCE)
    for text in _MIXED:
        lazy = lazy_pattern.lazy_non_ascii(_SCRIPTS_SOURCE)
        for _ in range(2):  # -- before and after it compiled --
            for name in ("search", "match", "fullmatch", "findall"):
                assert _seen(getattr(lazy, name)(text)) == _seen(getattr(compiled, name)(text))
            assert [m.span() for m in lazy.finditer(text)] == [
                m.span() for m in compiled.finditer(text)
            ]
            assert lazy.sub("#", text) == compiled.sub("#", text)
            assert lazy.split(text) == compiled.split(text)


def test_ascii_text_compiles_no_non_ascii_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(lazy_pattern.re, "compile", lambda p, f=0: compiled.append(p) or real(p, f))
    lazy = lazy_pattern.lazy_non_ascii(_SCRIPTS_SOURCE)
    assert lazy.search("The council met on Monday.") is None
    assert lazy.findall("It agreed to publish the budget.") == []
    assert compiled == []
    assert lazy.search("東京") is not None
    assert compiled == [_SCRIPTS_SOURCE]

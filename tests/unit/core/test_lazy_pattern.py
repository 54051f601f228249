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

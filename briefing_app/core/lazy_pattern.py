"""Regular expressions compiled on first use, for module-level patterns most inputs never reach.

Compiling our module-level patterns took ~65 ms of every export's start-up, about half of it
for patterns a short article never uses (a German appeal, a web page's menu, Korean bylines).
``lazy_compile`` defers that cost to the first use; a pattern no input reaches costs nothing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)`` and compiles it when first used.

    The first call puts the compiled pattern's own bound methods on the instance; they
    shadow the class's methods below, so every later call goes straight to the
    compiled pattern, as quickly as a compiled pattern's own method lookup.
    ``pattern`` is the source, as on ``re.Pattern``: composing a larger pattern from
    it compiles nothing.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"

    def _compiled(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self._flags)
        for name in _METHODS:  # -- (two threads may both compile: the same pattern, harmless) --
            setattr(self, name, getattr(compiled, name))
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self._compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compiled().split(string, maxsplit)


class NonAsciiPattern(LazyPattern):
    """A lazily compiled pattern that only matches characters beyond ASCII (letters of other
    scripts): a string of ASCII alone (``str.isascii``, no scan) is answered without
    compiling the pattern or searching the string.

    Such classes cost the most to compile (re maps every code point of their ranges,
    1-4 ms each) and an ASCII article needs none of them. Once compiled, the compiled
    pattern's own methods answer, as for any :class:`LazyPattern`.
    """

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if string.isascii() else super().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if string.isascii() else super().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return None if string.isascii() else super().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return iter(()) if string.isascii() else super().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if string.isascii() else super().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return string if string.isascii() else super().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if string.isascii() else super().split(string, maxsplit)


def lazy_non_ascii(pattern: str) -> NonAsciiPattern:
    """``lazy_compile`` for a pattern no string of ASCII characters can match (a class of
    other scripts' letters, ``"[\\u3040-\\u30ff]"``): ASCII text never compiles it."""
    return NonAsciiPattern(pattern)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled the first time the pattern is used.

    For module-level patterns most inputs never use (each ~0.2–3 ms to compile). The
    ``re`` module's functions (``re.sub(p, …)``) need a real ``re.Pattern``.
    """
    return LazyPattern(pattern, flags)

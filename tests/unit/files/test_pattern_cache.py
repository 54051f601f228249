"""The compiled-pattern cache gives the patterns re would compile, and never trusts a bad file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from briefing_app.files import pattern_cache
from briefing_app.files.pattern_cache import installed

# -- made-up patterns of the shapes the readers use: named groups, flags, classes, lookbehinds --
PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)*)\s+(?P<title>[A-Z][^\n]{2,80})$", re.M),
    (r"(?<![\w'])(?:we|they)\s+(?:must|should)\b", re.I),
    (r"[\u0400-\u04ff]+|[\u3040-\u30ff]{2,}", 0),
    (r"(?x) ^ \s* (?: [-*•] | \(?[ivx]+\) ) \s+", 0),
    (r"(a)(b)?(?(2)c|d)", re.S),
]
TEXTS = ["1.2 Fund the schools\nx", "They MUST act", "привет ひらがな", " (iv) item", "abc ad"]


def _behaviour(compiled: re.Pattern[str]) -> tuple:
    return (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
        dict(compiled.groupindex),
        [[m.span() for m in compiled.finditer(text)] for text in TEXTS],
        [compiled.sub("_", text) for text in TEXTS],
    )


def _compile_all(path: Path) -> tuple[list[tuple], pattern_cache.PatternCache | None]:
    re.purge()  # -- re's own cache would answer without asking ours --
    with installed(path) as cache:
        compiled = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    re.purge()
    return [_behaviour(c) for c in compiled], cache


def test_cached_patterns_behave_as_freshly_compiled_ones(tmp_path):
    path = tmp_path / "cache" / "patterns.bin"
    re.purge()
    expected = [_behaviour(re.compile(pattern, flags)) for pattern, flags in PATTERNS]
    cold, cache = _compile_all(path)
    assert cache is not None and cache.added and path.exists()
    warm, cache = _compile_all(path)
    assert cache is not None and not cache.added  # -- every pattern came from the file --
    assert cold == warm == expected


def test_a_damaged_or_foreign_file_is_ignored_and_rewritten(tmp_path):
    path = tmp_path / "patterns.bin"
    _compile_all(path)
    good = path.read_bytes()
    re.purge()
    expected = [_behaviour(re.compile(pattern, flags)) for pattern, flags in PATTERNS]
    for bad in (good[:-7], good[:-1] + bytes([good[-1] ^ 1]), b"other" + good[5:], b""):
        path.write_bytes(bad)
        result, cache = _compile_all(path)
        assert result == expected
        assert cache is not None and cache.added  # -- nothing trusted: compiled and rewritten --
        assert path.read_bytes() == good


def test_an_entry_re_refuses_is_compiled_again(tmp_path):
    path = tmp_path / "patterns.bin"
    _compile_all(path)
    cache = pattern_cache.PatternCache(path, re._compiler.compile)
    pattern, flags = PATTERNS[0]
    entry = cache.entries[(pattern, flags)]
    cache.entries[(pattern, flags)] = (entry[0], [999999, 1, 2], *entry[2:])  # -- invalid code --
    assert _behaviour(cache.compile(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    assert cache.added


def test_the_cli_fills_the_cache_and_a_second_run_reads_it(tmp_path):
    article = tmp_path / "three.txt"
    article.write_text("A short note\n\nThe council met.\n\nIt agreed a budget.\n", "utf-8")
    env_cache = tmp_path / "xdg-cache"
    outputs = []
    for run in ("cold", "warm"):
        deck, memo = tmp_path / f"{run}.pptx", tmp_path / f"{run}.pdf"
        subprocess.run(
            [sys.executable, "-m", "briefing_app", "export", str(article), "--memo", str(memo)],
            check=True,
            capture_output=True,
            cwd=Path(__file__).resolve().parents[3],
            env={**os.environ, "XDG_CACHE_HOME": str(env_cache)},
        )
        outputs.append(memo.read_bytes())
        assert not deck.exists()
    assert list(env_cache.rglob("patterns-*.bin"))
    assert outputs[0] == outputs[1]


def test_one_new_pattern_alone_does_not_rewrite_the_file(tmp_path):
    path = tmp_path / "patterns.bin"
    _compile_all(path)
    before = path.read_bytes()
    re.purge()
    with installed(path) as cache:
        re.compile(r"\b(?:alpha|beta)\b")  # -- as a set-joined pattern would be, new each run --
    assert cache is not None and cache.added == 1 and path.read_bytes() == before
    re.purge()
    with installed(path) as cache:
        re.compile(r"\b(?:gamma|delta)\b")
        re.compile(r"\b(?:epsilon|zeta)\b")
    assert cache is not None and cache.added == 2 and path.read_bytes() != before


SOURCES = """
import importlib, pkgutil, re, sys
import briefing_app.ingest, briefing_app.core
from briefing_app.core.lazy_pattern import LazyPattern
for package in (briefing_app.ingest, briefing_app.core):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, (re.Pattern, LazyPattern)):
                print(info.name, name, ascii(value.pattern))
"""


def test_the_readers_patterns_have_the_same_source_in_every_process():
    """A pattern joined from a set in its order is compiled anew in every process: no cache."""

    def sources(seed: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", SOURCES],
            check=True,
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[3],
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout

    first = sources("1")
    assert first.count("\n") > 100
    assert first == sources("2") == sources("3")

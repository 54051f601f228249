"""Compiled regular expressions kept between runs: the CLI's start-up without re's compiler.

Compiling the ~120 patterns a three-line export uses took ~320M instructions (callgrind),
about a third of everything the export does beyond importing python-pptx and reportlab:
``re`` parses each pattern and generates its matcher code in Python, in every process,
for patterns that change only when the app does. :func:`installed` keeps that code (what
``re._compiler.compile`` hands to ``_sre.compile``) in the app's cache folder and builds a
pattern from it directly; a pattern not cached yet is compiled as before and added.

Safe to lose or to be stale: an entry is keyed by the pattern's exact source and flags, the
file by the Python version and ``_sre``'s code version and checked by a digest; anything
unexpected (another layout, a damaged file, a refused entry) compiles the pattern again.
A pattern built from the cache is the one ``re`` would build: the same arguments to
``_sre.compile``. Written atomically, only when a run compiled something new.
"""

from __future__ import annotations

import _sre
import contextlib
import hashlib
import marshal
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MAX_ENTRIES = 4000  # -- more than every pattern of the app and its libraries (~400) --
# -- new patterns a run must compile before it rewrites the file: a pattern joined from a set's
# -- items (reportlab's rl_safe_eval) has another source in every process and alone would
# -- rewrite it on every run --
MIN_NEW = 2
_DIGEST = 16
_compiler: Any = getattr(re, "_compiler", None)
_parser: Any = getattr(re, "_parser", None)
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _tag() -> bytes:
    """What the cached code depends on besides the pattern: the interpreter and re's code."""
    magic = f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}\n"
    return b"briefing-app patterns 1 " + magic.encode()


def _build(pattern: str, flags: int) -> Entry:
    """The arguments ``re._compiler.compile`` gives ``_sre.compile`` after the pattern."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # -- plain ints (re's opcodes are an int subclass marshal refuses): the same values --
    flags, code = int(flags | tree.state.flags), [int(op) for op in code]
    return flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)


class PatternCache:
    """Stands in for ``re._compiler.compile``: a cached pattern's code, or re's compiler."""

    def __init__(self, path: Path, original: Any) -> None:
        self.path = path
        self.original = original
        self.entries: dict[tuple[str, int], Entry] = _load(path)
        self.used: set[tuple[str, int]] = set()
        self.added = 0

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is not str or flags & re.DEBUG:
            return self.original(pattern, flags)
        key = (pattern, int(flags))
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(pattern, *entry)
            except Exception:  # -- refused (damaged): compiled again below --
                del self.entries[key]
        entry = _build(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
        self.entries[key] = entry
        self.added += 1
        return compiled

    def save(self) -> None:
        """Write the cache when this run compiled new patterns (never raises)."""
        if self.added < MIN_NEW:
            return
        entries = self.entries
        if len(entries) > MAX_ENTRIES:  # -- old versions' patterns: keep this run's --
            entries = {key: entries[key] for key in self.used if key in entries}
        with contextlib.suppress(Exception):  # -- a cache not written costs the next run time --
            from briefing_app.files.folders import write_cache

            payload = marshal.dumps(entries)
            data = _tag() + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload
            write_cache(self.path, data)


def _load(path: Path) -> dict[tuple[str, int], Entry]:
    """The cached entries, or none if the file is missing, damaged or for another Python."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    tag = _tag()
    head, digest = len(tag), len(tag) + _DIGEST
    payload = data[digest:]
    if (
        data[:head] != tag
        or hashlib.blake2b(payload, digest_size=_DIGEST).digest() != data[head:digest]
    ):
        return {}
    try:
        entries = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def default_path() -> Path:
    """One file per interpreter: two Pythons sharing the cache folder do not rewrite each
    other's file on every run."""
    from briefing_app.files.folders import cache_dir

    return cache_dir() / f"patterns-{hashlib.sha1(_tag()).hexdigest()[:12]}.bin"


@contextlib.contextmanager
def installed(path: Path | None = None) -> Iterator[PatternCache | None]:
    """Patterns compiled inside the block come from (and go to) the cache; saved at the end.

    Not installed (``None``) on a Python whose ``re`` lacks the compiler functions it
    stands in for.
    """
    if not all(
        hasattr(m, n) for m, n in ((_compiler, "compile"), (_compiler, "_code"), (_parser, "parse"))
    ):
        yield None
        return
    cache = PatternCache(path or default_path(), _compiler.compile)
    _compiler.compile = cache.compile
    try:
        yield cache
    finally:
        _compiler.compile = cache.original
        cache.save()

"""YAML front matter: aliases refused, no implicit types, nothing a hostile block can blow up."""

from __future__ import annotations

import re
import time
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.ingest import frontmatter
from briefing_app.ingest.frontmatter import load_front_matter
from briefing_app.ingest.readers import read_bytes


def _laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghijk"[: levels - 1]:
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
        prev = name
    lines.append(f"title: *{prev}")
    return "\n".join(lines)


def test_aliases_are_refused_so_billion_laughs_stays_small():
    assert load_front_matter(_laughs()) is None
    start = time.monotonic()
    document = read_bytes(
        f"---\n{_laughs()}\n---\n\n# Heading\n\nText.\n".encode(), name="a.md", suffix=".md"
    )
    assert time.monotonic() - start < 5
    assert len(document.metadata.get("title", "")) < 1000


def test_values_stay_text_and_never_raise():
    data = load_front_matter(
        "title: 'A'\ndate: 2021-02-30\nn: " + "9" * 5000 + "\nflag: yes\nnone: ~\nq: 'null'"
    )
    assert data == {
        "title": "A", "date": "2021-02-30", "n": "9" * 5000, "flag": "yes", "none": None,
        "q": "null",
    }  # fmt: skip


def test_tags_construct_nothing(tmp_path):
    flag = tmp_path / "ran"
    data = load_front_matter(f"title: !!python/object/apply:os.system ['touch {flag}']")
    assert data == {"title": [f"touch {flag}"]} and not flag.exists()
    assert load_front_matter("title: !!python/name:os.system x") == {"title": "x"}


def test_an_impossible_date_reads_as_text_not_a_traceback():
    document = read_bytes(
        b"---\ntitle: T\ndate: 2021-02-30\n---\n\n# H\n\nText.\n", name="a.md", suffix=".md"
    )
    assert document.metadata["title"] == "T"


def test_non_mappings_and_oversized_blocks_are_not_front_matter():
    assert load_front_matter("- a\n- b") is None
    assert load_front_matter("just words") is None
    assert load_front_matter("title: x\n" * 20_000) is None


def _pure(text: str) -> object:
    """What the pure-Python loader alone makes of ``text`` (None where it refuses it)."""
    try:
        data = yaml.load(text, Loader=frontmatter._FrontMatterLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    return {str(k): v for k, v in data.items()} if isinstance(data, dict) else None


def _blocks() -> list[str]:
    root = Path(__file__).parents[2]
    found = (re.match(r"---\n(.*?)\n---", p.read_text("utf-8"), re.S) for p in root.rglob("*.md"))
    return [m.group(1) for m in found if m]


def test_libyaml_reads_as_the_pure_loader() -> None:
    """libyaml (fast) and the pure-Python loader agree on every front matter in the tests."""
    assert frontmatter._CLoader is not None, "PyYAML without libyaml: the slow loader is used"
    blocks = [*_blocks(), _laughs(), "a: &x 1\nb: *x", "a: [1, *x]", "- a\n- b", "t: ~\nu: ''"]
    blocks += ["a: &x 1\nb: &x 2", "a: 1\n---\nb: 2", "? [a]\n: b", "a: !!str 1\nb: !t [c, {d: e}]"]
    assert len(blocks) > 20
    for text in blocks:
        assert load_front_matter(text) == _pure(text), text
    assert frontmatter._load_c(_laughs()) is None


_PIECES = [
    "title",
    "a",
    ": ",
    ":",
    "\n",
    "  ",
    "- ",
    "'q'",
    '"d\\n"',
    "~",
    "null",
    "&x ",
    "*x",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "#c",
    "\t",
    "é",
    "|",
    ">",
    "? ",
    "!!str ",
    "---",
    "...",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_random_yaml_reads_as_the_pure_loader(text: str) -> None:
    """Wherever the pure-Python loader reads a mapping, libyaml reads the same one. (Where it
    refuses the text, e.g. a tab after "title:", libyaml, YAML's reference parser, may read it.)"""
    expected = _pure(text)
    assert expected is None or load_front_matter(text) == expected

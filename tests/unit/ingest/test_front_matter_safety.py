"""YAML front matter: aliases refused, no implicit types, nothing a hostile block can blow up."""

from __future__ import annotations

import time

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

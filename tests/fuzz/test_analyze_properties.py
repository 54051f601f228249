"""Any article text is analysed (or refused in one sentence), gets stable ids and saves as a project that reloads identically."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from briefing_app.cli import _describe
from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes
from briefing_app.ingest.text import parse_text
from briefing_app.project import load_project, save_project
from tests.fuzz.strategies import article_text, fuzz_settings, many_paragraphs

SETTINGS = fuzz_settings(440)


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="fuzz-analyze-") as folder:
        yield Path(folder)


def to_document(text: str, route: str):
    """The article as the app receives it: a str (paste after Qt), or the bytes of a .txt/.md file."""
    if route == "str":
        return parse_text(text, name="pasted")
    data = text.encode("utf-8", errors="surrogatepass")
    return read_bytes(data, name=f"article.{route}", suffix=f".{route}")


def assert_one_sentence(error: UserError) -> None:
    message = str(error)
    assert message.strip() and "\n" not in message and "Traceback" not in message


@SETTINGS
@given(text=article_text(), route=st.sampled_from(["str", "txt", "md"]))
@example(text="", route="txt")
@example(text="\x00\ufffe\ud800 \u202e", route="str")
@example(text="x" * 10_000, route="txt")
@example(text=many_paragraphs(2000), route="txt")
@example(text=many_paragraphs(2000), route="md")
def test_any_article_is_analysed_or_refused_in_one_sentence(workdir, text, route):
    try:
        article = analyze(to_document(text, route))
    except UserError as error:
        assert_one_sentence(error)
        return
    json.dumps(article.to_json(), ensure_ascii=False)
    _describe(article)
    ids = [s.id for s in article.sections] + [r.id for r in article.recommendations]
    assert len(ids) == len(set(ids)), "ids are unique"
    assert {r.section_id for r in article.recommendations} <= {s.id for s in article.sections}
    again = analyze(to_document(text, route))
    assert [s.id for s in again.sections] + [r.id for r in again.recommendations] == ids

    briefing = Briefing.from_article(article)
    path = workdir / "fuzz.briefing"
    save_project(briefing, path)
    assert load_project(path).to_bytes() == path.read_bytes() == briefing.to_bytes()

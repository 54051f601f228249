"""A damaged .briefing file either loads or is refused in one sentence; it never crashes the app."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.text import parse_text
from briefing_app.project import load_project
from tests.fuzz.strategies import EXAMPLES, NAUGHTY

ARTICLE = (
    "Peace in the South Caucasus\n\nBy Jane Doe\n\nThe talks resume in Brussels.\n\n"
    "What should be done\n\nFirst, the EU should fund demining now.\n\n"
    "Second, both sides should open the border.\n\nFinally, donors must pay."
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text()
    | st.sampled_from(NAUGHTY),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def project() -> dict:
    briefing = Briefing.from_article(analyze(parse_text(ARTICLE, name="a.txt")))
    briefing.set_field(briefing.order[-1], "summary", "Edited <&> Փաշինյան")
    return json.loads(briefing.to_bytes())


@st.composite
def damaged(draw, project: dict) -> bytes:
    """The project with random keys replaced or deleted at any depth, or its bytes cut or flipped."""
    data = json.loads(json.dumps(project))
    for _ in range(draw(st.integers(1, 4))):
        node = data
        while isinstance(node, dict | list) and node and draw(st.booleans()):
            key = draw(
                st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node)))
            )
            if not isinstance(node[key], dict | list):
                break
            node = node[key]
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if draw(st.booleans()):
                node[key] = draw(json_values)
            else:
                del node[key]
    raw = json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    cut = draw(st.one_of(st.none(), st.integers(0, len(raw))))
    if cut is not None:
        raw = raw[:cut]
    return raw


@settings(
    max_examples=EXAMPLES or 150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_damaged_project_loads_or_is_refused_in_one_sentence(project, data):
    raw = data.draw(damaged(project))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "work.briefing"
        path.write_bytes(raw)
        try:
            briefing = load_project(path)
        except UserError as error:
            assert str(error).strip() and "\n" not in str(error)
            return
        # -- what loads must be usable: it saves again and reloads the same --
        again = path.with_name("again.briefing")
        again.write_bytes(briefing.to_bytes())
        assert load_project(again).to_bytes() == briefing.to_bytes()

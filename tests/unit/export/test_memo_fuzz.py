"""Any text the user can type or an article can hold yields a memo: no exception, a real PDF."""

import datetime as dt
import io

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.export.memo.writer import render_memo
from tests.unit.export.memo_factory import make_briefing

TRICKY = st.sampled_from(
    ["<", ">", "&", "&amp;", "<b>", "</para>", "\x00", "\x0c", "\u0301", "\ufffe"]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), TRICKY), max_size=8).map("".join)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(heading=TEXT, paragraph=TEXT, subject=TEXT, marking=TEXT)
def test_any_text_renders_to_a_readable_pdf(heading, paragraph, subject, marking):
    briefing = make_briefing(
        [(heading or None, [paragraph or "x"])],
        recommendations=[(0, heading or "h", paragraph or "y")],
    )
    briefing.set_header("subject", subject)
    briefing.set_header("classification", marking)
    result = render_memo(briefing, template="decision", today=dt.date(2026, 3, 4))
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages >= 1

"""A heading the source gives no text is in the outline, not a bare slide or a name in the memo."""

from __future__ import annotations

from briefing_app.export.deck.content import drafts
from briefing_app.export.memo.plan import build_plan
from briefing_app.project import open_path

REPORT = """# Team science

Team science lets scholars answer large public questions together.

## National Perspective

## International Perspective

Funders in several countries now ask for a collaboration plan with each application.

## Funding

Incubator grants reward teams that cross the boundaries of a single school.
"""


def _briefing(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    b = open_path(path)
    empty = next(s for s in b.article.sections if s.heading == "National Perspective")
    assert not empty.paragraphs  # -- the premise: detection keeps the heading, with no text --
    return b, empty


def test_no_slide_and_no_agenda_line_for_an_empty_heading(tmp_path):
    b, empty = _briefing(tmp_path)
    found = drafts(b)
    assert all(d.item_id != empty.id for d in found)
    agenda = [p.text for d in found if d.kind == "agenda" for p in d.paragraphs]
    assert "National Perspective" not in agenda and "Funding" in agenda
    assert any(d.title == "International Perspective" for d in found)


def test_no_memo_line_for_an_empty_heading(tmp_path):
    b, _empty = _briefing(tmp_path)
    plan = build_plan(b)
    titles = [i.title for i in plan.background]
    assert "National Perspective" not in titles
    assert titles[-2:] == ["International Perspective", "Funding"]
    assert [i.number for i in plan.background] == list(range(1, len(titles) + 1))


def test_a_summary_the_user_writes_gives_it_a_slide_and_a_memo_line(tmp_path):
    b, empty = _briefing(tmp_path)
    b.set_field(empty.id, "summary", "National funders rarely fund teams across schools.")
    assert any(d.item_id == empty.id for d in drafts(b))
    assert "National Perspective" in [i.title for i in build_plan(b).background]

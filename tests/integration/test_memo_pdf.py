"""The seed memo on every built-in template, checked with the real clients: pdftotext, pdffonts, qpdf."""

import datetime as dt
import re
import subprocess
import sys

import pytest
from PIL import Image

from briefing_app.export.memo.plan import build_plan
from briefing_app.export.memo.writer import render_memo
from briefing_app.export.templates import list_templates, user_template_dir
from briefing_app.project import open_path
from tests.conftest import ROOT, SEED, require_tool

pytestmark = pytest.mark.slow
DAY = dt.date(2026, 3, 4)
BUILTINS = [t.name for t in list_templates("memo") if t.builtin]
NAMES = ["İlham Əliyev", "Nikol Փաշինյան", "Тбилиси", "თბილისი", "Αθήνα", "a < b > c & d"]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, check=False)


def _text(path) -> str:
    require_tool("pdftotext")
    result = _run("pdftotext", "-enc", "UTF-8", str(path), "-")
    assert result.returncode == 0, result.stderr
    return result.stdout


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module", params=BUILTINS)
def seed_memo(request, tmp_path_factory):
    briefing = open_path(SEED)
    path = tmp_path_factory.mktemp("memo") / f"{request.param}.pdf"
    path.write_bytes(render_memo(briefing, template=request.param, today=DAY).pdf)
    return briefing, path


def test_seed_memo_passes_qpdf_check(seed_memo):
    require_tool("qpdf")
    result = _run("qpdf", "--check", str(seed_memo[1]))
    assert result.returncode == 0, result.stdout + result.stderr


def test_seed_memo_embeds_every_font(seed_memo):
    require_tool("pdffonts")
    lines = _run("pdffonts", str(seed_memo[1])).stdout.splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_seed_memo_has_every_picked_recommendation_headline(seed_memo):
    briefing, path = seed_memo
    text = _flat(_text(path))
    for item in build_plan(briefing, today=DAY).recommendations:
        assert _flat(item.title.rstrip("…")) in text


def test_seed_memo_has_page_x_of_y_on_every_page(seed_memo):
    pages = _text(seed_memo[1]).split("\f")[:-1]
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page


def test_names_in_every_script_come_back_exactly(tmp_path):
    briefing = open_path(SEED)
    recommendation = briefing.recommendations()[0].id
    briefing.set_header("to", NAMES[0])
    briefing.set_header("sender", NAMES[1])
    briefing.set_header("subject", " / ".join(NAMES[2:]))
    briefing.set_field(recommendation, "title", "Meet " + ", ".join(NAMES))
    briefing.set_field(recommendation, "summary", "Talks in " + " and ".join(NAMES) + ".")
    path = tmp_path / "names.pdf"
    path.write_bytes(render_memo(briefing, template="information", today=DAY).pdf)
    text = _text(path)
    for name in NAMES:
        assert text.count(name) >= 3, name  # header, headline, summary (and running header)
    fonts = _run("pdffonts", str(path)).stdout
    assert "NotoSerifArmenian" in fonts and "NotoSerifGeorgian" in fonts


def test_classification_marks_the_top_and_bottom_of_every_page(tmp_path):
    briefing = open_path(SEED)
    briefing.set_header("classification", "SENSITIVE BUT UNCLASSIFIED")
    path = tmp_path / "marked.pdf"
    path.write_bytes(render_memo(briefing, template="decision", today=DAY).pdf)
    pages = _text(path).split("\f")[:-1]
    assert len(pages) >= 2
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == lines[-1] == "SENSITIVE BUT UNCLASSIFIED"


def test_long_words_and_urls_stay_inside_the_page(tmp_path):
    require_tool("pdftotext")
    from tests.unit.export.memo_factory import make_briefing

    url = "https://example.org/" + "path/" * 300
    briefing = make_briefing([("Links", [f"See {url} and {'x' * 3000} too."])])
    path = tmp_path / "long.pdf"
    path.write_bytes(render_memo(briefing, template="information", today=DAY).pdf)
    html = _run("pdftotext", "-bbox", str(path), "-").stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', html))
    assert right <= width - 25 * 2.83 + 1  # inside the right margin (25 mm)
    assert "xxxxxxxxxx" in _text(path)


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_cli_exports_with_a_user_template_by_name(tmp_path, private_user_dirs):
    folder = user_template_dir("memo")
    folder.mkdir(parents=True)
    Image.new("RGB", (300, 100), "#1F3864").save(folder / "logo.png")
    (folder / "office.toml").write_text(
        '[template]\nheading = "OFFICE MEMO"\n[letterhead]\ntext = "Office of Caucasus Affairs"\n'
        'image = "logo.png"\n[blocks]\norder = ["header", "recommendations"]\n'
    )
    out = tmp_path / "office.pdf"
    result = _cli("export", SEED, "--memo", out, "--memo-template", "office")
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "OFFICE MEMO" in text and "Office of Caucasus Affairs" in text
    assert "Background" not in text


def test_cli_bad_template_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[page]\nsize = 'tabloid'\n")
    result = _cli("export", SEED, "--memo", tmp_path / "m.pdf", "--memo-template", bad)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "bad.toml" in result.stderr and "[page] size" in result.stderr
    assert not (tmp_path / "m.pdf").exists()


def test_two_processes_write_identical_bytes(tmp_path):
    import os

    from briefing_app.project import save_project

    briefing = open_path(SEED)
    briefing.set_header("date", "2026-03-04")
    project = tmp_path / "seed.briefing"
    save_project(briefing, project)
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"memo-{seed}.pdf"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "briefing_app", "export", str(project), "--memo", str(out)],
            cwd=ROOT, env=env, check=True, capture_output=True,
        )  # fmt: skip
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_markup_characters_and_decomposed_accents_in_the_article_come_back(tmp_path):
    from tests.unit.export.memo_factory import make_briefing

    tricky = "R&D <b>not bold</b> 0.1 <A <0.9 &amp; S&P; Cafe\u0301 Əliyev"
    briefing = make_briefing([("Markup & <tags>", [tricky])])
    path = tmp_path / "tricky.pdf"
    path.write_bytes(render_memo(briefing, template="information", today=DAY).pdf)
    text = _flat(_text(path))
    assert "R&D <b>not bold</b> 0.1 <A <0.9 &amp; S&P; Caf\u00e9 Əliyev" in text
    assert "Markup & <tags>" in text


def test_decision_memo_asks_for_a_decision_on_each_recommendation(seed_memo):
    briefing, path = seed_memo
    text = _text(path)
    expected = len(briefing.picked_recommendations()) if "decision" in path.name else 0
    assert text.count("Disapprove") == expected


def test_a_template_can_show_the_bullets_the_user_edited(tmp_path):
    template = tmp_path / "bullets.toml"
    template.write_text(
        '[recommendations]\nbody = "bullets"\n[blocks]\norder = ["recommendations"]\n'
    )
    briefing = open_path(SEED)
    first = briefing.recommendations()[0].id
    briefing.set_field(first, "bullets", ["Back the Basic Principles", "Fund demining"])
    path = tmp_path / "bullets.pdf"
    path.write_bytes(render_memo(briefing, template=template, today=DAY).pdf)
    text = _text(path)
    assert "• Back the Basic Principles" in text and "• Fund demining" in text
    fonts = _run("pdffonts", str(path)).stdout
    assert "Helvetica" not in fonts


def test_a_decision_line_never_starts_a_page(tmp_path):
    from tests.unit.export.memo_factory import make_briefing

    summary = "Because the corridor matters to both sides and to trade. " * 3
    recs = [
        (0, f"Open corridor {n} to trade", f"Open corridor {n} to trade. {summary}")
        for n in range(40)
    ]
    briefing = make_briefing([("Options", ["Intro."])], recommendations=recs)
    path = tmp_path / "many.pdf"
    path.write_bytes(render_memo(briefing, template="decision", today=DAY).pdf)
    pages = _text(path).split("\f")[1:-1]
    assert len(pages) >= 3
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert not lines[1].startswith("Approve"), lines[:3]  # lines[0] is the running header

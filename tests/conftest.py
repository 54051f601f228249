"""Shared fixtures: the seed article, a private user-data folder, real-client helpers."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import settings

from briefing_app.core.briefing import Briefing
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.markdown import parse_markdown

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# -- CI tries the same examples on every run, so a red run is a change, not a new random draw;
# -- a developer's runs keep drawing new ones (and keep the failures they find in .hypothesis/)
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "armenia-azerbaijan-peace.txt"
# -- the ten names of the scripts issue, in tests/data/ten-names.txt: Arabic, Persian, Hebrew,
# -- Chinese, Japanese and Korean, as a diplomat's briefing meets them --
TEN_NAMES_ARTICLE = ROOT / "tests" / "data" / "ten-names.txt"
TEN_NAMES = (
    "عباس عراقجي",
    "مسعود پزشکیان",
    "בנימין נתניהו",
    "القاهرة",
    "王毅",
    "習近平",
    "岸田文雄",
    "東京",
    "윤석열",
    "서울",
)


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's templates, settings and autosaves."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture
def seed_path() -> Path:
    return SEED


def require_tool(name: str) -> str:
    """Path of an external tool; skip locally when missing, but fail in CI (CI=true)."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is required in CI but is not installed")
    pytest.skip(f"{name} not installed")


def _stand_in_cups(folder, *, running=True, printers=("Office",), default="Office", accepting=True,
               lp_fails=False):  # fmt: skip
    """Stand-in lpstat and lp printing what CUPS prints in each situation."""
    queues = "\n".join(printers)
    state = "accepting requests since Mon" if accepting else "not accepting requests since Mon -"
    lpstat = f"""#!/bin/sh
case "$1" in
  -r) {"echo 'scheduler is running'" if running else "echo 'scheduler is not running'"} ;;
  -e) printf '%s\\n' "{queues}" ;;
  -d) {f"echo 'system default destination: {default}'" if default else "echo 'no system default destination'"} ;;
  -a) case "$2" in {"|".join(printers) or "none"}) echo "$2 {state}" ;; esac ;;
esac
"""
    lp = (
        "#!/bin/sh\ncat > /dev/null\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n"
        if lp_fails
        else '#!/bin/sh\ncat > "$(dirname "$0")/received.pdf"\necho "$@" > "$(dirname "$0")/args"\n'
        "echo 'request id is Office-7 (1 file(s))'\n"
    )
    for name, body in (("lpstat", lpstat), ("lp", lp)):
        path = folder / name
        path.write_text(body)
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return folder


@pytest.fixture
def fake_cups(tmp_path, monkeypatch):
    """Install stand-in ``lp``/``lpstat`` first on the PATH; returns their folder."""

    def install(**kwargs):
        folder = _stand_in_cups(tmp_path, **kwargs)
        monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
        return folder

    return install


def table_briefing(rows: int, *, cell: str = "7.6%") -> Briefing:
    """An article with one Markdown table of ``rows`` rows under "Budgets", everything picked."""
    body = "".join(f"| Region {n} | ${n}.5 billion | {cell} |\n" for n in range(1, rows + 1))
    text = (
        "# Water budgets\n\nThe governments spend very different sums on water each year.\n\n"
        "## Budgets\n\nThe budgets differ widely, as the table shows for the last year.\n\n"
        f"| Country | Water budget | Growth |\n|---|---|---|\n{body}\n"
        "More text after the table explains the figures in some detail for readers.\n"
    )
    return Briefing.from_article(analyze(parse_markdown(text, name="t.md")))

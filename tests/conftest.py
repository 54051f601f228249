"""Shared fixtures: the seed article, a private user-data folder, real-client helpers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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

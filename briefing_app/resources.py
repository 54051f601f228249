"""Where the bundled assets are: inside the installed package, or beside it in a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def assets_dir() -> Path:
    """The assets folder (templates, fonts, icons) for this installation."""
    packaged = Path(str(files("briefing_app"))) / "assets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "assets"


def seeds_dir() -> Path:
    """The folder holding the default article."""
    packaged = Path(str(files("briefing_app"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def seed_article() -> Path:
    """The default article the app opens on first start."""
    return sorted(seeds_dir().glob("*.txt"))[0]

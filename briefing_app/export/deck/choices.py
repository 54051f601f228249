"""The user's layout choices for a template, stored beside it as ``NAME.layouts.json``.

The template check (CLI ``templates --check`` and the GUI dialog) shows which
layout each role uses; a user who prefers another one picks it there. The
choice lives next to the template file (in the user's template folder for
templates added through the app), so the CLI and the GUI export alike use it.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing_app.files.atomic import write_atomic

ROLES = ("title", "section", "content", "figures", "closing")


def choices_path(template: Path) -> Path:
    """Where the choices for ``template`` are kept: ``deck.pptx`` → ``deck.layouts.json``."""
    return template.with_name(template.stem + ".layouts.json")


def load_choices(template: Path) -> dict[str, int]:
    """{role: layout index} the user chose for ``template``; empty when none or unreadable."""
    path = choices_path(Path(template))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    layouts = data.get("layouts", {})
    if not isinstance(layouts, dict):
        return {}
    return {
        role: index
        for role, index in layouts.items()
        if role in ROLES and isinstance(index, int) and not isinstance(index, bool) and index >= 0
    }


def save_choices(template: Path, choices: dict[str, int]) -> Path:
    """Store ``choices`` beside ``template`` (atomically); return the file written."""
    clean = {role: int(i) for role, i in choices.items() if role in ROLES and int(i) >= 0}
    path = choices_path(Path(template))
    body = json.dumps({"template": Path(template).name, "layouts": clean}, indent=2)
    write_atomic(path, (body + "\n").encode("utf-8"))
    return path

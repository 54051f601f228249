"""Find deck and memo templates: built-in ones in assets/, the user's in a per-user folder.

Templates are data: a user adds one by copying a file into the folder that
`user_template_dir` names (the platform's app-data folder, as QStandardPaths
would choose, via platformdirs), and it is listed and usable by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing_app import APP_NAME
from briefing_app.core.briefing import TEMPLATE_KINDS, TemplateKind
from briefing_app.core.errors import UserError
from briefing_app.resources import assets_dir

KINDS = TEMPLATE_KINDS
SUFFIXES: dict[TemplateKind, tuple[str, ...]] = {"deck": (".pptx", ".potx"), "memo": (".toml",)}
DEFAULTS: dict[TemplateKind, str] = {"deck": "government", "memo": "information"}


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    path: Path
    builtin: bool

    def to_json(self) -> dict:
        return {"name": self.name, "path": str(self.path), "builtin": self.builtin}


def builtin_template_dir(kind: TemplateKind) -> Path:
    return assets_dir() / "templates" / kind


def user_template_dir(kind: TemplateKind) -> Path:
    """Per-user folder for templates of ``kind`` (created on demand by callers that write)."""
    import platformdirs  # -- deferred: an export on a built-in template never asks (~2 ms) --

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "templates" / kind


def list_templates(kind: TemplateKind) -> list[TemplateInfo]:
    """Built-in templates first, then the user's; a user template may shadow nothing."""
    return list(_templates(kind))


def _templates(kind: TemplateKind) -> Iterator[TemplateInfo]:
    """:func:`list_templates` one by one: the user's folder is looked at only once the
    built-ins are passed, so a built-in name is found without it."""
    names: set[str] = set()
    for builtin in (True, False):
        folder = builtin_template_dir(kind) if builtin else user_template_dir(kind)
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in SUFFIXES[kind] and path.is_file() and path.stem not in names:
                names.add(path.stem)
                yield TemplateInfo(name=path.stem, path=path, builtin=builtin)


def resolve_template(kind: TemplateKind, name_or_path: str | Path | None) -> Path:
    """The template file for a name, a path, or None (the default); UserError if none matches."""
    if name_or_path is None or str(name_or_path) == "":
        name_or_path = DEFAULTS[kind]
    candidate = Path(name_or_path)
    if candidate.suffix and (candidate.exists() or len(candidate.parts) > 1):
        if not candidate.is_file():
            raise UserError(f"{kind} template {candidate} does not exist.")
        return candidate
    for info in _templates(kind):
        if info.name == str(name_or_path):
            return info.path
    names = ", ".join(t.name for t in list_templates(kind)) or "none"
    raise UserError(f"No {kind} template named {str(name_or_path)!r}; available: {names}.")

"""Find deck and memo templates: built-in ones in assets/, the user's in a per-user folder.

Templates are data: a user adds one by copying a file into the folder that
`user_template_dir` names (the platform's app-data folder, as QStandardPaths
would choose, via platformdirs), and it is listed and usable by name.
"""

from __future__ import annotations

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
    found = _in_folder(kind, builtin_template_dir(kind), builtin=True)
    taken = {info.name for info in found}
    return found + _in_folder(kind, user_template_dir(kind), builtin=False, taken=taken)


def _in_folder(
    kind: TemplateKind, folder: Path, *, builtin: bool, taken: set[str] | None = None
) -> list[TemplateInfo]:
    """The templates of ``kind`` in ``folder``, the first of each name not ``taken``."""
    found: list[TemplateInfo] = []
    names = set(taken or ())
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in SUFFIXES[kind] and path.is_file() and path.stem not in names:
            names.add(path.stem)
            found.append(TemplateInfo(name=path.stem, path=path, builtin=builtin))
    return found


def resolve_template(kind: TemplateKind, name_or_path: str | Path | None) -> Path:
    """The template file for a name, a path, or None (the default); UserError if none matches."""
    if name_or_path is None or str(name_or_path) == "":
        name_or_path = DEFAULTS[kind]
    candidate = Path(name_or_path)
    if candidate.suffix and (candidate.exists() or len(candidate.parts) > 1):
        if not candidate.is_file():
            raise UserError(f"{kind} template {candidate} does not exist.")
        return candidate
    name = str(name_or_path)
    # -- built-ins come first in list_templates too: a built-in name needs no user folder --
    for info in _in_folder(kind, builtin_template_dir(kind), builtin=True):
        if info.name == name:
            return info.path
    for info in list_templates(kind):
        if info.name == name:
            return info.path
    names = ", ".join(t.name for t in list_templates(kind)) or "none"
    raise UserError(f"No {kind} template named {str(name_or_path)!r}; available: {names}.")

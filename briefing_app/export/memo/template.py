"""Memo templates are TOML data: load one, check every key, and explain any mistake in one sentence.

A template may leave any key out (it gets the default below), but an unknown
table or key, a wrong type or a value out of range is a :class:`UserError`
naming the file, the key and the problem — so a user editing a copy of a
built-in template learns exactly what to fix.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import ImageReader

from briefing_app.core.errors import UserError
from briefing_app.files.inputs import read_limited
from briefing_app.files.outputs import shown

BLOCKS = (
    "header",
    "bottom_line",
    "background",
    "recommendations",
    "key_figures",
    "source",
    "annex",
)
PAGE_SIZES = {"letter": LETTER, "a4": A4}
DATE_STYLES = ("us", "international", "iso")
RECOMMENDATION_BODIES = ("summary", "bullets", "headline")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class MemoTemplate:
    """Everything a memo template decides; also what the GUI's page preview draws with."""

    name: str
    path: Path
    title: str = "Memo"
    heading: str = "MEMORANDUM"
    description: str = ""
    page_size: str = "letter"
    margin_top_mm: float = 25.0
    margin_bottom_mm: float = 25.0
    margin_left_mm: float = 25.0
    margin_right_mm: float = 25.0
    font_family: str = "serif"
    body_size: float = 11.0
    heading_size: float = 11.5
    title_size: float = 14.0
    text_colour: str = "#000000"
    accent_colour: str = "#1F3864"
    muted_colour: str = "#595959"
    marking_colour: str = "#000000"
    letterhead_text: str = ""
    letterhead_image: Path | None = None
    letterhead_image_height_mm: float = 14.0
    to_label: str = "TO"
    through_label: str = "THROUGH"
    from_label: str = "FROM"
    date_label: str = "DATE"
    subject_label: str = "SUBJECT"
    date_style: str = "us"
    blocks: tuple[str, ...] = ("header", "bottom_line", "background", "recommendations", "source")
    titles: tuple[tuple[str, str], ...] = ()
    recommendation_body: str = "summary"  # summary | bullets | headline
    decision_options: tuple[str, ...] = ()
    max_pages: int = 0
    bottom_line_lines: int = 4
    key_figures_max: int = 8

    @property
    def page_points(self) -> tuple[float, float]:
        """Page width and height in points."""
        return PAGE_SIZES[self.page_size]

    def title_of(self, block: str) -> str:
        """The heading printed above ``block``."""
        return dict(self.titles).get(block, DEFAULT_TITLES[block])


DEFAULT_TITLES = {
    "header": "Memo header",
    "bottom_line": "Bottom line",
    "background": "Background",
    "recommendations": "Recommendations",
    "key_figures": "Key figures",
    "source": "Source",
    "annex": "Annex: full text of the picked items",
}


# -- checkers: return the value to store, or raise ValueError with the problem --


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be text in quotes, not {_kind(value)}")
    return value


def _number(low: float, high: float) -> Callable[[object], float]:
    def check(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"must be a number, not {_kind(value)}")
        if not low <= value <= high:
            raise ValueError(f"must be between {low:g} and {high:g}, not {value:g}")
        return float(value)

    return check


def _whole(low: int, high: int) -> Callable[[object], int]:
    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number, not {_kind(value)}")
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}, not {value}")
        return value

    return check


def _choice(*options: str) -> Callable[[object], str]:
    def check(value: object) -> str:
        text = _text(value).lower()
        if text not in options:
            listed = ", ".join(repr(o) for o in options)
            raise ValueError(f"must be one of {listed}, not {value!r}")
        return text

    return check


def _colour(value: object) -> str:
    text = _text(value)
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", text):
        raise ValueError(f"must be a colour like '#1F3864', not {text!r}")
    return text.upper()


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of texts in quotes")
    return tuple(value)


def _blocks(value: object) -> tuple[str, ...]:
    names = _texts(value)
    unknown = [n for n in names if n not in BLOCKS]
    if unknown:
        raise ValueError(f"has unknown block {unknown[0]!r} (known: {', '.join(BLOCKS)})")
    if len(set(names)) != len(names):
        raise ValueError("lists a block twice")
    if not names:
        raise ValueError("must list at least one block")
    return names


def _kind(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "text"}.get(
        type(value), "a list" if isinstance(value, list) else "a table"
    )


# (table, key) -> (field of MemoTemplate, checker)
SCHEMA: dict[str, dict[str, tuple[str, Callable[[object], object]]]] = {
    "template": {
        "title": ("title", _text),
        "heading": ("heading", _text),
        "description": ("description", _text),
    },
    "page": {
        "size": ("page_size", _choice(*PAGE_SIZES)),
        "margin_top_mm": ("margin_top_mm", _number(8, 60)),
        "margin_bottom_mm": ("margin_bottom_mm", _number(8, 60)),
        "margin_left_mm": ("margin_left_mm", _number(8, 60)),
        "margin_right_mm": ("margin_right_mm", _number(8, 60)),
    },
    "fonts": {
        "family": ("font_family", _choice("serif", "sans")),
        "body_size": ("body_size", _number(7, 16)),
        "heading_size": ("heading_size", _number(7, 24)),
        "title_size": ("title_size", _number(7, 32)),
    },
    "colours": {
        "text": ("text_colour", _colour),
        "accent": ("accent_colour", _colour),
        "muted": ("muted_colour", _colour),
        "marking": ("marking_colour", _colour),
    },
    "letterhead": {
        "text": ("letterhead_text", _text),
        "image": ("letterhead_image", _text),
        "image_height_mm": ("letterhead_image_height_mm", _number(5, 40)),
    },
    "header": {
        "to_label": ("to_label", _text),
        "through_label": ("through_label", _text),
        "from_label": ("from_label", _text),
        "date_label": ("date_label", _text),
        "subject_label": ("subject_label", _text),
        "date_style": ("date_style", _choice(*DATE_STYLES)),
    },
    "blocks": {"order": ("blocks", _blocks)},
    "titles": {block: (block, _text) for block in BLOCKS},
    "recommendations": {
        "body": ("recommendation_body", _choice(*RECOMMENDATION_BODIES)),
        "decision": ("decision_options", _texts),
    },
    "limits": {
        "max_pages": ("max_pages", _whole(0, 1000)),
        "bottom_line_lines": ("bottom_line_lines", _whole(1, 20)),
        "key_figures": ("key_figures_max", _whole(0, 100)),
    },
}


MAX_TEMPLATE_BYTES = 1024 * 1024  # -- a memo template is a page of settings --
MAX_IMAGE_NAME = 255


def load_template(path: Path | str) -> MemoTemplate:
    """Read and check a memo template file; any problem is one UserError sentence."""
    path = Path(path)
    raw = read_limited(path, what=f"Memo template {path}", limit=MAX_TEMPLATE_BYTES)
    try:
        # -- utf-8-sig: Windows Notepad starts UTF-8 files with a byte-order mark --
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError(f"Memo template {path} is not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"Memo template {path} is not valid TOML: {exc}.") from None
    except RecursionError:
        raise UserError(
            f"Memo template {path} is nested too deeply to be a memo template."
        ) from None
    values: dict[str, Any] = {}  # -- each value already checked against SCHEMA's type --
    titles: dict[str, str] = {}
    for table, key, value in _entries(path, data):
        field_name, check = SCHEMA[table][key]
        try:
            checked = check(value)
        except ValueError as exc:
            raise UserError(f"Memo template {path}: [{table}] {key} {exc}.") from None
        if table == "titles":
            titles[key] = str(checked)
        else:
            values[field_name] = checked
    values["letterhead_image"] = _image(path, values.get("letterhead_image"))
    return MemoTemplate(name=path.stem, path=path, titles=tuple(titles.items()), **values)


def _entries(path: Path, data: dict):
    """(table, key, value) for every setting; unknown tables and keys are errors."""
    for table, content in data.items():
        if table not in SCHEMA:
            known = ", ".join(f"[{t}]" for t in SCHEMA)
            raise UserError(f"Memo template {path}: unknown table [{table}] (known: {known}).")
        if not isinstance(content, dict):
            raise UserError(f"Memo template {path}: {table} must be a [{table}] table.")
        for key, value in content.items():
            if key not in SCHEMA[table]:
                known = ", ".join(SCHEMA[table])
                raise UserError(
                    f"Memo template {path}: [{table}] has unknown key {key!r} (known: {known})."
                )
            yield table, key, value


def _image(path: Path, relative: object) -> Path | None:
    """The letterhead image, relative to the template file; it must exist and be PNG or JPEG."""
    if not relative:
        return None
    image = _inside_folder(path, str(relative))
    if image.suffix.lower() not in IMAGE_SUFFIXES or not _is_file(image):
        raise UserError(
            f"Memo template {path}: [letterhead] image {relative!r} "
            "must be a PNG or JPEG file next to the template."
        )
    try:
        ImageReader(str(image)).getSize()
    except Exception:  # -- Pillow raises many types for a damaged image --
        raise UserError(
            f"Memo template {path}: [letterhead] image {relative!r} is not a readable image."
        ) from None
    return image


def _inside_folder(path: Path, relative: str) -> Path:
    """The letterhead image's real path; UserError unless it names a file in the template's folder.

    Absolute paths, ``..`` and links leading out are refused: a template passed
    on to a colleague must not read files elsewhere on their disk.
    """
    refuse = UserError(
        f"Memo template {path}: [letterhead] image {shown(relative)!r} "
        "must be a PNG or JPEG file next to the template."
    )
    if "\x00" in relative or len(relative) > MAX_IMAGE_NAME or Path(relative).is_absolute():
        raise refuse
    folder = path.parent.resolve()
    try:
        image = (folder / relative).resolve()
    except (OSError, ValueError, RuntimeError):
        raise refuse from None
    if not image.is_relative_to(folder):
        raise refuse
    return image


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # -- a name the file system cannot hold --
        return False

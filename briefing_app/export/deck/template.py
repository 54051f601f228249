"""Open a user's or built-in .pptx/.potx safely and make it ready to receive our slides.

Corporate templates name and order their layouts differently (and in other
languages), so layouts are chosen by their placeholder types, never by name or
index. Sample slides are removed; masters, theme, fonts and footers are kept.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu

from briefing_app.core.errors import UserError
from briefing_app.export.deck.package import normalise_relationship_types, repair_template
from briefing_app.export.deck.validate import check_parts, check_structure
from briefing_app.export.templates import builtin_template_dir
from briefing_app.files.inputs import read_limited
from briefing_app.files.zipguard import check_package

_MACRO_SUFFIXES = (".pptm", ".potm", ".ppsm")
_TEMPLATE_CT = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PRESENTATION_CT = (
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)

TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
BODY_TYPES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)


def open_template(path: Path):
    """A python-pptx Presentation from a .pptx/.potx, its sample slides removed; UserError if unusable."""
    path = Path(path)
    if path.suffix.lower() in _MACRO_SUFFIXES:
        raise UserError(
            f"Template {path.name} is macro-enabled ({path.suffix}); save it as .pptx or .potx."
        )
    data = read_limited(path, what=f"Template {path}")
    # -- the app's own templates pass every check (tests/unit/export/test_deck_template.py):
    # -- checking them again at each export cost ~5 ms of its start-up --
    trusted = _builtin(path)
    if not trusted:
        data = _checked_package(path, data)
        check_parts(data, name=path.name)
    try:
        prs = Presentation(io.BytesIO(data))
    except KeyError as exc:  # -- a relationship to a part the zip lacks --
        missing = exc.args[0] if exc.args else exc
        raise UserError(
            f"Template {path.name} refers to a part it does not contain ({missing})."
        ) from exc
    except Exception as exc:  # python-pptx raises many types for a broken package
        raise UserError(f"Template {path.name} is not a usable PowerPoint file.") from exc
    # -- a relationship type spelt the old way would read as a second core-properties part --
    normalise_relationship_types(prs)
    if not trusted:
        check_structure(prs, name=path.name)
    if not len(prs.slide_layouts):
        raise UserError(f"Template {path.name} has no slide layouts.")
    if not prs.slide_width or not prs.slide_height:
        prs.slide_width, prs.slide_height = (
            Emu(9144000),
            Emu(6858000),
        )  # -- PowerPoint's default, 4:3 --
    remove_all_slides(prs)
    repair_template(prs)
    return prs


def _builtin(path: Path) -> bool:
    """Whether ``path`` is one of the deck templates shipped with the app."""
    return path.resolve().parent == builtin_template_dir("deck").resolve()


def _checked_package(path: Path, data: bytes) -> bytes:
    """Refuse zip bombs and macro packages; turn a .potx into a .pptx that python-pptx accepts."""
    check_package(
        data, name=f"Template {path.name}", what="PowerPoint template", external_links=False
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = {i.filename for i in zf.infolist()}
            if "[Content_Types].xml" not in names:
                raise UserError(f"Template {path.name} is not a PowerPoint file.")
            if any(n.lower().endswith("vbaproject.bin") for n in names):
                raise UserError(f"Template {path.name} contains macros; save it as .pptx or .potx.")
            types = zf.read("[Content_Types].xml")
            if _TEMPLATE_CT not in types:
                return data
            return _rewrite_content_types(zf, types.replace(_TEMPLATE_CT, _PRESENTATION_CT))
    except zipfile.BadZipFile as exc:
        raise UserError(f"Template {path.name} is not a PowerPoint file (not a zip).") from exc


def _rewrite_content_types(zf: zipfile.ZipFile, types: bytes) -> bytes:
    # -- python-pptx 1.0.2 refuses the .potx main content type; the parts are otherwise identical --
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in zf.infolist():
            body = types if info.filename == "[Content_Types].xml" else zf.read(info)
            dst.writestr(info, body)
    return out.getvalue()


def remove_all_slides(prs) -> None:
    """Drop every slide of the template (its samples); python-pptx has no API, so lxml it is."""
    # -- from the XML, not prs.slides: that resolves every slide and fails on a dangling one --
    sld_id_lst = prs.part._element.get_or_add_sldIdLst()
    for sld_id in list(sld_id_lst):
        if sld_id.rId in prs.part.rels:  # -- a sample slide listed but missing is dropped too --
            prs.part.drop_rel(sld_id.rId)
        sld_id_lst.remove(sld_id)


def placeholder_types(layout) -> list:
    """The placeholder types a layout offers (title, body, subtitle, …), in tree order."""
    return [ph.placeholder_format.type for ph in layout.placeholders]


def find_title(shapes):
    """The title placeholder among ``shapes`` (title or centred title), or None."""
    for ph in shapes.placeholders if hasattr(shapes, "placeholders") else shapes:
        if ph.placeholder_format.type in TITLE_TYPES:
            return ph
    return None


def find_body(shapes, *, subtitle: bool = False):
    """The largest body/object (or subtitle) placeholder among ``shapes``, or None."""
    wanted = (PP_PLACEHOLDER.SUBTITLE,) if subtitle else BODY_TYPES
    found = [ph for ph in shapes if ph.placeholder_format.type in wanted]
    found = [ph for ph in found if ph.width and ph.height] or found
    return max(found, key=lambda ph: (ph.width or 0) * (ph.height or 0), default=None)


def all_layouts(prs) -> list:
    """Every layout of every master, in order (python-pptx's ``slide_layouts`` has the first only).

    Layout indexes in :class:`~briefing_app.export.deck.geometry.LayoutGeometry` count in this list.
    """
    return [layout for master in prs.slide_masters for layout in master.slide_layouts]


# -- what reading a template nothing foresaw raises, as opposed to a user error or a crash --
UNFORESEEN = (IndexError, KeyError, ValueError, TypeError, AttributeError, ZeroDivisionError)


@contextmanager
def unforeseen_structure(path: Path, what: str, *, suggest_check: bool = True) -> Iterator[None]:
    """The last resort for a template structure nothing before foresaw: one sentence, not a crash.

    Every reader of an opened template (the deck writer, the template check, the handouts)
    goes through this, so they refuse such a template in the same words.
    """
    try:
        yield
    except UNFORESEEN as exc:
        raise template_fault(path, what, exc, suggest_check=suggest_check) from exc


def template_fault(
    path: Path, what: str, exc: BaseException, *, suggest_check: bool = True
) -> UserError:
    """The sentence that refuses a template whose structure broke ``what`` with ``exc``."""
    advice = (
        "; try another template or check it with 'briefing-app templates --check'"
        if suggest_check
        else ""
    )
    return UserError(
        f"Template {path.name} has a structure the {what} cannot use "
        f"({type(exc).__name__}){advice}."
    )

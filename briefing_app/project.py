"""The project file's one home: open an article or a .briefing project, save, save as.

The CLI and the GUI both come here, so neither reaches into the readers (ingest) and
the writers (files) separately.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing_app.core.briefing import SCHEMA_VERSION, Briefing
from briefing_app.core.document import Document
from briefing_app.core.errors import UserError
from briefing_app.files.atomic import write_atomic
from briefing_app.files.inputs import read_limited

PROJECT_SUFFIX = ".briefing"
PASTED_NAME = "Pasted text.txt"


def open_path(path: Path | str, *, select: list[str] | None = None) -> Briefing:
    """A Briefing for an article (everything picked, or ``select``) or a saved project."""
    # -- deferred, here and below: the app paints its window before the readers load --
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_document

    path = Path(path)
    if path.suffix.lower() == PROJECT_SUFFIX:
        briefing = load_project(path)
        if select is not None:
            briefing.picked = set(Briefing.from_article(briefing.article, select=select).picked)
        return briefing
    return Briefing.from_article(analyze(read_document(path)), select=select)


def open_text(text: str) -> Briefing:
    """A Briefing for pasted text, read as a plain-text article with everything picked."""
    if not text.strip():
        raise UserError("The clipboard holds no text to make an article from.")
    # -- deferred: the readers load after the window paints --
    from briefing_app.ingest.detect import analyze
    from briefing_app.ingest.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), name=PASTED_NAME, suffix=".txt")
    return Briefing.from_article(analyze(document))


def load_project(path: Path | str) -> Briefing:
    """Read a .briefing file; a corrupt or newer file raises a UserError and changes nothing."""
    path = Path(path)
    raw = read_limited(path, what=str(path))
    try:
        data = parse_project_json(raw)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise UserError(f"{path} is not a valid .briefing project (corrupt JSON).") from None
    if not isinstance(data, dict) or not isinstance(data.get("schema"), int):
        raise UserError(f"{path} is not a .briefing project (no schema version).")
    if data["schema"] > SCHEMA_VERSION:
        raise UserError(
            f"{path} was saved by a newer Briefing Builder (schema {data['schema']}); "
            f"this version reads schema {SCHEMA_VERSION}. Please update the app."
        )
    try:
        document = Document.from_json(data["source"])
        from briefing_app.ingest.detect import analyze

        return Briefing.from_json(data, analyze(document))
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError):
        raise UserError(f"{path} is not a valid .briefing project (damaged content).") from None


def parse_project_json(raw: bytes) -> object:
    """The JSON in a project file: a UTF-8 byte-order mark accepted, NaN/Infinity and huge numbers refused.

    The app never writes non-finite numbers or integers longer than an id
    count needs; either in a file means it was damaged or hand-made, and
    either would fail deep inside the app (ValueError past 4,300 digits).
    """
    return json.loads(
        raw.decode("utf-8-sig"),
        parse_constant=_refuse_constant,
        parse_int=_bounded_int,
    )


MAX_INT_DIGITS = 30


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number a project holds")


def _bounded_int(text: str) -> int:
    if len(text) > MAX_INT_DIGITS:
        raise ValueError("number too long")
    return int(text)


def save_project(briefing: Briefing, path: Path | str) -> None:
    """Write the project (save, or save as when ``path`` is new); the previous file survives any failure."""
    write_atomic(Path(path), briefing.to_bytes())

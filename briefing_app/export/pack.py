"""The briefing pack: every requested file is built in memory first, then written.

Shared by the CLI and the app, so a memo that fails after the deck succeeded
never leaves half a pack (or a new deck beside an old memo) behind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from briefing_app.core.briefing import Briefing, TemplateKind
from briefing_app.export.templates import resolve_template
from briefing_app.files.atomic import write_atomic
from briefing_app.files.outputs import check_outputs

Targets = dict[TemplateKind, tuple[Path, str | Path | None]]  # kind -> (path, template)
Report = Callable[[int, str], None]
SUFFIXES = {"deck": ".pptx", "memo": ".pdf"}


def write_pack(
    briefing: Briefing,
    targets: Targets,
    *,
    report: Report | None = None,
    protect: Mapping[Path, str] | None = None,
) -> tuple[list[Path], list[str]]:
    """Build every target, then write them all atomically; returns (paths, warnings).

    ``protect`` names files no output may replace (the input article, the
    project) with what they are, for the sentence that refuses it.
    """
    files, warnings = build_pack(briefing, targets, report=report, protect=protect)
    for path, data in files:
        write_atomic(path, data)
    if report:
        report(100, "Done")
    return [path for path, _ in files], warnings


def build_pack(
    briefing: Briefing,
    targets: Targets,
    *,
    report: Report | None = None,
    protect: Mapping[Path, str] | None = None,
) -> tuple[list[tuple[Path, bytes]], list[str]]:
    """The bytes of each target (deck before memo) and their warnings; paths checked first."""
    check_pack_outputs(targets, protect=protect)
    files: list[tuple[Path, bytes]] = []
    warnings: list[str] = []
    for n, kind in enumerate(k for k in ("deck", "memo") if k in targets):
        path, template = targets[kind]
        if report:
            report(round(100 * n / len(targets)), f"Building the {kind} for {Path(path).name}…")
        data, found = _BUILDERS[kind](briefing, template)
        files.append((Path(path), data))
        warnings += found
    return files, warnings


def _build_deck(briefing: Briefing, template: str | Path | None) -> tuple[bytes, list[str]]:
    # -- deferred: a memo-only export never imports python-pptx --
    from briefing_app.export.deck.writer import build_deck

    return build_deck(briefing, template=template)


def _build_memo(briefing: Briefing, template: str | Path | None) -> tuple[bytes, list[str]]:
    # -- deferred: a deck-only export never imports reportlab --
    from briefing_app.export.memo.writer import render_memo

    memo = render_memo(briefing, template=template)
    return memo.pdf, memo.warnings


_BUILDERS = {"deck": _build_deck, "memo": _build_memo}


def check_pack_outputs(targets: Targets, *, protect: Mapping[Path, str] | None = None) -> None:
    """UserError if any output would replace the input, the project, a template in use or another output."""
    protected = dict(protect or {})
    for kind, (_path, template) in targets.items():
        protected[resolve_template(kind, template)] = f"the {kind} template in use"
    check_outputs(
        {kind: Path(path) for kind, (path, _t) in targets.items()},
        suffixes=SUFFIXES,
        protected=protected,
    )

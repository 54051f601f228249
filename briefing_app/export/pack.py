"""The briefing pack: every requested file is built in memory first, then written.

Shared by the CLI and the app, so a memo that fails after the deck succeeded
never leaves half a pack (or a new deck beside an old memo) behind. Kinds:
"deck" (.pptx), "memo" (PDF), "handouts" (PDF of the slides) and "pack" (one
PDF: the memo, then the handouts, with bookmarks for both, for one print job).
Each builder imports its library when called: a memo-only export never loads
python-pptx, a deck-only one never reportlab.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Literal

from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import UserError
from briefing_app.export.handouts.layout import LAYOUTS
from briefing_app.export.templates import resolve_template
from briefing_app.export.worker import MemoWorker
from briefing_app.files.atomic import write_all_atomic
from briefing_app.files.outputs import check_outputs

ExportKind = Literal["deck", "memo", "handouts", "pack"]
# -- kind -> (path, template); a "handouts" template is a deck template; "pack" takes the
# -- deck and memo templates (``templates``, else the deck/memo targets', else the briefing's) --
Targets = Mapping[ExportKind, tuple[Path, str | Path | None]]
Templates = Mapping[str, str | Path | None]  # "deck"/"memo" -> template
Report = Callable[[int, str], None]
ORDER: tuple[ExportKind, ...] = ("deck", "memo", "handouts", "pack")
SUFFIXES = {"deck": ".pptx", "memo": ".pdf", "handouts": ".pdf", "pack": ".pdf"}


def write_pack(
    briefing: Briefing, targets: Targets, *, report: Report | None = None,
    protect: Mapping[Path, str] | None = None, handout_layout: str = "3",
    templates: Templates | None = None, worker: MemoWorker | None = None,
) -> tuple[list[Path], list[str]]:  # fmt: skip
    """Build every target, then write them all atomically; returns (paths, warnings).

    ``protect`` names files no output may replace (the input article, the
    project) with what they are, for the sentence that refuses it. A ``worker``
    (see :func:`two_processes`) renders the memo while this process builds the rest.
    """
    files, warnings = build_pack(
        briefing, targets, report=report, protect=protect, handout_layout=handout_layout,
        templates=templates, worker=worker,
    )  # fmt: skip
    write_all_atomic(files)
    if report:
        report(100, "Done")
    return [path for path, _ in files], warnings


def build_pack(
    briefing: Briefing, targets: Targets, *, report: Report | None = None,
    protect: Mapping[Path, str] | None = None, handout_layout: str = "3",
    templates: Templates | None = None, worker: MemoWorker | None = None,
) -> tuple[list[tuple[Path, bytes]], list[str]]:  # fmt: skip
    """The bytes of each target (in ORDER) and their warnings; paths checked first."""
    unknown = set(targets) - set(ORDER)
    if unknown:
        raise ValueError(f"unknown export kinds {sorted(unknown)}")
    check_layout(handout_layout)
    builder = _Builder(briefing, targets, handout_layout, templates or {})
    chosen = {"deck": builder.deck_template, "memo": builder.memo_template}
    check_pack_outputs(targets, protect=protect, templates=chosen)
    if worker is not None and two_processes(targets):
        worker.send(briefing, builder.memo_template)
        builder.worker = worker
    files: list[tuple[Path, bytes]] = []
    kinds = [k for k in ORDER if k in targets]
    for n, kind in enumerate(kinds):
        path = Path(targets[kind][0])
        if report:
            report(round(100 * n / len(kinds)), f"Building the {kind} for {path.name}…")
        files.append((path, builder.build(kind)))
    return files, list(dict.fromkeys(builder.warnings))


def build_one(
    briefing: Briefing, kind: str, *, deck_template: str | Path | None = None,
    memo_template: str | Path | None = None, handout_layout: str = "3",
) -> tuple[bytes, list[str], int]:  # fmt: skip
    """One PDF ("memo", "handouts" or "pack") in memory, its warnings and page count (to print)."""
    # -- deferred: pypdf only to count pages for printing --
    from pypdf import PdfReader

    if kind not in ("memo", "handouts", "pack"):
        raise ValueError(f"cannot print {kind!r}")
    check_layout(handout_layout)
    builder = _Builder(briefing, {}, handout_layout, {"deck": deck_template, "memo": memo_template})
    data = builder.build(kind)
    return data, list(dict.fromkeys(builder.warnings)), len(PdfReader(io.BytesIO(data)).pages)


def two_processes(kinds: Iterable[str]) -> bool:
    """Whether these targets are worth a memo worker: a memo and something else to build meanwhile.

    Measured on 2 cores (README, Performance): deck + memo of a three-line
    article and of a 400-section report both finish sooner this way.
    """
    kinds = set(kinds)
    return bool(kinds & {"memo", "pack"}) and bool(kinds & {"deck", "handouts", "pack"})


def start_memo(
    worker: MemoWorker, briefing: Briefing, targets: Targets, templates: Templates | None = None
) -> None:
    """Hand ``worker`` the memo of these targets now, as :func:`build_pack` would later: the
    caller then imports the deck writer (~0.1 s) while the worker already renders.

    ``build_pack`` with the same worker sends nothing more (a worker takes one request).
    """
    if two_processes(targets):
        builder = _Builder(briefing, targets, "3", templates or {})
        worker.send(briefing, builder.memo_template)


def import_builders(kinds: Iterable[str], *, memo_elsewhere: bool = False) -> None:
    """Import now the writers that building these kinds will import: a caller that wants its
    imports done in one go (the CLI, before it turns garbage collection back on)."""
    # -- deferred like the builders' own imports: only the kinds asked for --
    kinds = set(kinds)
    if kinds & {"deck", "handouts", "pack"}:
        import briefing_app.export.deck.writer
    if kinds & {"handouts", "pack"}:
        import briefing_app.export.handouts.writer
    if kinds & {"handouts", "pack"} or (kinds & {"memo"} and not memo_elsewhere):
        import briefing_app.export.memo.writer  # noqa: F401


def check_layout(layout: str) -> str:
    """``layout`` if it is one of 1, 2, 3, 6, notes; a UserError otherwise."""
    if layout not in LAYOUTS:
        raise UserError(f"Unknown handout layout {layout!r}; use one of {', '.join(LAYOUTS)}.")
    return layout


class _Builder:
    """Builds each kind once: a pack reuses the memo and handouts built for their own targets."""

    def __init__(self, briefing: Briefing, targets: Targets, layout: str, templates: Templates):
        self.briefing, self.layout = briefing, layout
        deck = templates.get("deck") or briefing.deck_template
        memo = templates.get("memo") or briefing.memo_template
        self.deck_template = _template(targets, ("deck", "handouts"), deck)
        self.memo_template = _template(targets, ("memo",), memo)
        self.warnings: list[str] = []
        self._done: dict[str, bytes] = {}
        self.worker: MemoWorker | None = None  # -- renders the memo in a second process --

    def build(self, kind: str) -> bytes:
        if kind not in self._done:
            self._done[kind] = getattr(self, f"_{kind}")()
        return self._done[kind]

    def _deck(self) -> bytes:
        # -- deferred: a memo-only export never imports python-pptx --
        from briefing_app.export.deck.writer import build_deck

        data, found = build_deck(self.briefing, template=self.deck_template)
        self.warnings += found
        return data

    def _memo(self) -> bytes:
        answer = self.worker.result() if self.worker is not None else None
        if answer is not None:
            pdf, warnings = answer
            self.warnings += warnings
            return pdf
        # -- deferred: a deck-only export never imports reportlab --
        from briefing_app.export.memo.writer import render_memo

        memo = render_memo(self.briefing, template=self.memo_template)
        self.warnings += memo.warnings
        return memo.pdf

    def _handouts(self) -> bytes:
        # -- deferred: handouts only when asked for --
        from briefing_app.export.handouts.writer import render_handouts
        from briefing_app.export.memo.writer import load_memo_template

        paper = load_memo_template(self.memo_template).page_points
        result = render_handouts(
            self.briefing, template=self.deck_template, layout=self.layout, paper=paper
        )
        self.warnings += result.warnings
        return result.pdf

    def _pack(self) -> bytes:
        title = f"Briefing pack: {self.briefing.article.title}"
        parts = [("Memo", self.build("memo")), ("Handouts", self.build("handouts"))]
        return join_pdfs(parts, title=title)


def check_pack_outputs(
    targets: Targets, *, protect: Mapping[Path, str] | None = None,
    templates: Templates | None = None,
) -> None:  # fmt: skip
    """UserError if any output would replace the input, the project, a template in use or another output."""
    protected = dict(protect or {})
    deck, memo = (templates or {}).get("deck"), (templates or {}).get("memo")
    for kind, (_path, template) in targets.items():
        if kind in ("deck", "handouts", "pack"):
            chosen = template if kind != "pack" and template is not None else deck
            protected[resolve_template("deck", chosen)] = "the deck template in use"
        if kind in ("memo", "pack"):
            chosen = template if kind == "memo" and template is not None else memo
            protected[resolve_template("memo", chosen)] = "the memo template in use"
    check_outputs(
        {kind: Path(path) for kind, (path, _t) in targets.items()},
        suffixes=SUFFIXES,
        protected=protected,
    )


def _template(targets: Targets, kinds: tuple[ExportKind, ...], default):
    for kind in kinds:
        if kind in targets and targets[kind][1] is not None:
            return targets[kind][1]
    return default


def join_pdfs(parts: list[tuple[str, bytes]], *, title: str) -> bytes:
    """One PDF of ``parts`` in order, each under a top-level bookmark holding its own bookmarks."""
    # -- deferred: pypdf only for a pack --
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for name, data in parts:
        writer.append(PdfReader(io.BytesIO(data)), outline_item=name, import_outline=True)
    meta = {"/Title": title, "/Creator": "Briefing Builder", "/Producer": "Briefing Builder"}
    writer.add_metadata(meta)
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

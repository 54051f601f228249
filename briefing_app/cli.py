"""Command line: no command opens the GUI; `open`, `new`, `inspect`, `export`, `print`,
`templates`.

User errors print one line on stderr and exit 2; they never show a traceback. A bug of ours
prints one line too (exit 1), with the traceback kept in the app's log for the report.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from contextlib import nullcontext
from pathlib import Path

from briefing_app import __version__
from briefing_app.core.collect import collect_only_new
from briefing_app.core.errors import UserError

EXIT_USAGE = 2
EXIT_INTERNAL = 1


class _Parser(argparse.ArgumentParser):
    """argparse that reports mistakes in one line (exit 2) instead of a usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(f"{message} (see 'briefing-app --help').")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing-app",
        description="Turn a long article into a meeting briefing pack: a deck and a memo.",
    )
    parser.add_argument("--version", action="version", version=f"briefing-app {__version__}")
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    open_ = sub.add_parser("open", help="open the app on an article or a .briefing project")
    open_.add_argument("path", type=Path)
    open_.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)

    new = sub.add_parser("new", help="write a .briefing project for an article, with the defaults")
    new.add_argument("path", type=Path, help="the article (txt, md, html, docx, pdf)")
    new.add_argument("--out", type=Path, required=True, metavar="PROJECT.briefing")
    new.add_argument("--select", metavar="ID,ID,...", help="ids from 'inspect' (default: all)")

    inspect = sub.add_parser("inspect", help="print the structure detected in an article")
    inspect.add_argument("path", type=Path)
    inspect.add_argument("--json", action="store_true", help="print one JSON object")

    export = sub.add_parser("export", help="write the deck and/or memo without opening the app")
    export.add_argument("path", type=Path)
    export.add_argument("--deck", type=Path, metavar="OUT.pptx")
    export.add_argument("--memo", type=Path, metavar="OUT.pdf")
    export.add_argument("--handouts", type=Path, metavar="OUT.pdf", help="slide handouts (PDF)")
    export.add_argument("--pack", type=Path, metavar="OUT.pdf", help="memo then handouts, one PDF")
    _common_export_options(export)

    print_ = sub.add_parser("print", help="print the memo, the handouts or the pack")
    print_.add_argument("path", type=Path)
    print_.add_argument("--what", choices=("memo", "handouts", "pack"), default="memo")
    print_.add_argument("--printer", metavar="NAME", help="default: the system default printer")
    print_.add_argument("--copies", type=int, default=1, metavar="N")
    print_.add_argument("--two-sided", action="store_true")
    print_.add_argument("--pages", metavar="RANGE", help="e.g. 1-3,5")
    _common_export_options(print_)

    templates = sub.add_parser("templates", help="list built-in and user templates")
    templates.add_argument("--json", action="store_true")
    templates.add_argument(
        "--check", type=Path, metavar="PATH",
        help="report which layouts, text areas and fonts a deck template gives the deck",
    )  # fmt: skip
    return parser


def _common_export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--handout-layout", choices=("1", "2", "3", "6", "notes"), default="3",
        help="slides a handout page (3: with lines for notes; notes: with speaker notes)",
    )  # fmt: skip
    parser.add_argument("--deck-template", metavar="NAME|PATH")
    parser.add_argument("--memo-template", metavar="NAME|PATH")
    parser.add_argument("--select", metavar="ID,ID,...", help="ids from 'inspect' (default: all)")


def main(argv: list[str] | None = None) -> int:
    """Run one command; ``argv`` None means this process's own arguments (the console script,
    ``python -m briefing_app``): the process ends with the command."""
    own_process = argv is None
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return _run_gui(None, quit_after_first_paint=args.quit_after_first_paint)
        if not own_process or args.command == "open":
            return _COMMANDS[args.command](args)
        gc.disable()  # -- until the article is read: see core.collect --
        from briefing_app.files.pattern_cache import installed

        with installed():  # -- regular expressions compiled in an earlier run are not again --
            return _COMMANDS[args.command](args)
    except UserError as exc:
        print(f"briefing-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # -- the reader of our output went away (`… | head`): not an error, and no traceback
        # -- when Python flushes stdout on exit --
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # -- our bug, not the user's: one line, the details in the log --
        print(f"briefing-app: {_report_internal_error(exc, argv)}", file=sys.stderr)
        return EXIT_INTERNAL


def _report_internal_error(exc: Exception, argv: list[str]) -> str:
    """Log the traceback of an unforeseen error and return the sentence the user sees.

    Every file is written atomically, so an error here leaves no half-written file; the
    sentence says so and where the details went (one line: the message may span several).
    """
    import traceback
    from datetime import datetime

    from briefing_app.files.folders import log_dir

    where = "it could not be written"
    details = "".join(traceback.format_exception(exc))
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "briefing-app.log"
        with log_file.open("a", encoding="utf-8") as log:
            log.write(
                f"{datetime.now().isoformat(timespec='seconds')} ERROR cli {argv!r}\n{details}"
            )
        where = str(log_file)
    except OSError:
        pass
    message = (str(exc).splitlines() or [""])[0][:200]
    return (
        f"internal error ({type(exc).__name__}: {message}); no file was left half-written. "
        f"This is a bug in Briefing Builder: please report it with the details logged in {where}."
    )


def _run_gui(path: Path | None, *, quit_after_first_paint: bool = False) -> int:
    # -- deferred: each command imports only what it needs (start-up time) --
    from briefing_app.gui.app import run

    return run(path, quit_after_first_paint=quit_after_first_paint)


def _cmd_open(args: argparse.Namespace) -> int:
    if not args.path.exists():
        raise UserError(f"{args.path} does not exist.")
    return _run_gui(args.path, quit_after_first_paint=args.quit_after_first_paint)


def _cmd_new(args: argparse.Namespace) -> int:
    """A project with the defaults, for scripts to edit (header, picks, edits, templates)."""
    # -- deferred: each command imports only what it needs (start-up time) --
    from briefing_app.project import PROJECT_SUFFIX, open_path, save_project

    out: Path = args.out
    if out.suffix.lower() != PROJECT_SUFFIX:
        raise UserError(
            f"The project must be saved as {PROJECT_SUFFIX}, not {out.suffix or 'no extension'}."
        )
    if args.path.suffix.lower() == PROJECT_SUFFIX:
        raise UserError(f"{args.path} is already a project; 'new' starts one from an article.")
    if out.exists():
        raise UserError(f"{out} already exists; remove it or choose another name.")
    select = [s.strip() for s in args.select.split(",") if s.strip()] if args.select else None
    briefing = open_path(args.path, select=select)
    collect_only_new()
    save_project(briefing, out)
    print(f"Wrote {out}")
    return 0


def _cmd_inspect(args: argparse.Namespace) -> int:
    # -- deferred: each command imports only what it needs (start-up time) --
    from briefing_app.project import open_path

    article = open_path(args.path).article
    collect_only_new()
    if args.json:
        print(json.dumps(article.to_json(), ensure_ascii=False, indent=2))
    else:
        print(_describe(article))
    return 0


def _dated(article) -> str | None:
    """The date and where it was read ("2021-02-10 (from the text)")."""
    if not article.date or not article.date_source:
        return article.date
    return f"{article.date} (from the {article.date_source})"


def _describe(article) -> str:
    lines = [f"Title:        {article.title}"]
    for label, value in (
        ("Standfirst", article.standfirst),
        ("Author", article.author),
        ("Publication", article.publication),
        ("Date", _dated(article)),
    ):
        if value:
            lines.append(f"{label + ':':<13} {value}")
    lines.append(f"\nSections ({len(article.sections)}):")
    for s in article.sections:
        indent = "  " * (s.level - 1)  # -- the outline nests: subsections indented --
        lines.append(
            f"  {s.id:<14} {indent}{s.heading or '(untitled lead)'}  [{len(s.paragraphs)} ¶]"
        )
        for r in article.recommendations_in(s.id):
            lines.append(f"    {r.id:<14} {r.ordinal}. {r.headline}")
    if article.key_figures:
        lines.append("\nKey figures: " + "; ".join(k.text for k in article.key_figures))
    if article.author_bio:
        lines.append(f"\nAuthor bio:   {article.author_bio[:100]}…")
    return "\n".join(lines)


def _cmd_export(args: argparse.Namespace) -> int:
    # -- deferred: each command imports only what it needs (start-up time) --
    from briefing_app.export.pack import (
        Targets,
        import_builders,
        start_memo,
        two_processes,
        write_pack,
    )
    from briefing_app.export.worker import MemoWorker, second_core_free
    from briefing_app.project import PROJECT_SUFFIX, open_path

    outputs = {k: getattr(args, k) for k in ("deck", "memo", "handouts", "pack")}
    outputs = {k: v for k, v in outputs.items() if v is not None}
    if not outputs:
        raise UserError(
            "Nothing to export: give --deck OUT.pptx, --memo OUT.pdf, --handouts OUT.pdf "
            "or --pack OUT.pdf."
        )
    select = _selection(args.select)
    # -- started first: its imports run while this process reads the article --
    paired = two_processes(outputs) and second_core_free()
    with MemoWorker() if paired else nullcontext() as worker:
        briefing = open_path(args.path, select=select)
        deck_template = args.deck_template or briefing.deck_template
        memo_template = args.memo_template or briefing.memo_template
        templates = {"deck": deck_template, "handouts": deck_template, "memo": memo_template}
        targets: Targets = {k: (v, templates.get(k)) for k, v in outputs.items()}  # type: ignore[misc]
        if worker is not None:  # -- it renders while this process imports the deck writer --
            start_memo(worker, briefing, targets, {"deck": deck_template, "memo": memo_template})
        import_builders(outputs, memo_elsewhere=paired)
        collect_only_new()
        what = "the project" if args.path.suffix.lower() == PROJECT_SUFFIX else "the input article"
        paths, warnings = write_pack(
            briefing,
            targets,
            protect={args.path: what},
            handout_layout=args.handout_layout,
            templates={"deck": deck_template, "memo": memo_template},
            worker=worker,
        )
    for path in paths:
        print(f"Wrote {path}")
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def _selection(text: str | None) -> list[str] | None:
    """The ids ``--select`` names; None without the option, UserError when it names none."""
    if text is None:
        return None
    ids = [s.strip() for s in text.split(",") if s.strip()]
    if not ids:
        raise UserError(
            "--select names no ids, so nothing would be exported; "
            "give ids from 'briefing-app inspect' or leave --select out."
        )
    return ids


def _cmd_print(args: argparse.Namespace) -> int:
    # -- deferred: each command imports only what it needs (start-up time) --
    from briefing_app.export.pack import build_one, import_builders
    from briefing_app.export.printing import PrintOptions, parse_pages, print_pdf
    from briefing_app.project import open_path

    if args.pages:
        parse_pages(args.pages)  # -- a typo is reported before the work of building the PDF --
    if not 1 <= args.copies <= 999:
        raise UserError(f"Copies must be between 1 and 999, not {args.copies}.")
    briefing = open_path(args.path, select=_selection(args.select))
    import_builders([args.what])
    collect_only_new()
    data, warnings, pages = build_one(
        briefing, args.what, deck_template=args.deck_template or briefing.deck_template,
        memo_template=args.memo_template or briefing.memo_template,
        handout_layout=args.handout_layout,
    )  # fmt: skip
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    options = PrintOptions(
        printer=args.printer, copies=args.copies, two_sided=args.two_sided, pages=args.pages,
        title=f"{args.what.capitalize()}: {briefing.article.title}",
    )  # fmt: skip
    job = print_pdf(data, options, page_count=pages)
    copies = f"{args.copies} copies" if args.copies != 1 else "1 copy"
    print(f"Sent the {args.what} ({pages} pages, {copies}) to the printer: job {job}")
    return 0


def _cmd_templates(args: argparse.Namespace) -> int:
    # -- deferred: each command imports only what it needs (start-up time) --
    from briefing_app.export.templates import KINDS, list_templates

    if args.check is not None:
        return _check_template(args.check, as_json=args.json)

    listing = {kind: [t.to_json() for t in list_templates(kind)] for kind in KINDS}
    if args.json:
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    for kind in KINDS:
        print(f"{kind.capitalize()} templates:")
        for t in listing[kind]:
            origin = "built-in" if t["builtin"] else "user"
            print(f"  {t['name']:<20} {origin:<9} {t['path']}")
    return 0


def _check_template(path: Path, *, as_json: bool) -> int:
    # -- deferred: each command imports only what it needs (start-up time) --
    from briefing_app.export.deck.check import check_template, format_report

    if not path.is_file() and not path.suffix:
        from briefing_app.export.templates import resolve_template

        path = resolve_template("deck", str(path))  # -- a template listed by name --
    if not path.is_file():
        raise UserError(f"Template {path} does not exist.")
    if path.suffix.lower() not in (".pptx", ".potx", ".pptm", ".potm"):
        raise UserError(f"{path.name} is not a PowerPoint template (.pptx or .potx).")
    report = check_template(path)
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


_COMMANDS = {
    "open": _cmd_open,
    "new": _cmd_new,
    "inspect": _cmd_inspect,
    "export": _cmd_export,
    "print": _cmd_print,
    "templates": _cmd_templates,
}

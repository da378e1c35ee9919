"""`secretariat import KIND FILE [--sheet NAME] [--dry-run] [--json] [--skip-invalid] ...`.

Exit codes: 0 imported (or, with --dry-run, nothing wrong found); 1 the file has
errors and nothing was imported; 3 imported, rows with errors left out
(--skip-invalid); 2 the file or the database could not be used at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from ..db import open_database
from ..i18n import PLURAL, translate
from .options import count_option

KINDS = ("recommendations", "measures", "progress", "meetings", "organizations", "questionnaire")
EXIT_ERRORS = 1
EXIT_SKIPPED_INVALID = 3
SHOWN_ERRORS = 50


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help=translate("cli", "import a spreadsheet, text table or Word table of "
                                               "recommendations, measures, progress reports, meetings or "
                                               "organizations"),
                       description=translate("cli", "Import a spreadsheet. The header row is found below any title "
                                             "rows; columns are recognised by their titles in English, Russian "
                                             "or Turkmen. One transaction: a file with errors imports nothing "
                                             "unless --skip-invalid is given."))
    p.add_argument("kind", type=str.lower, choices=KINDS, metavar="KIND", help=translate("cli", "one of: {kinds}").format(
        kinds=", ".join(KINDS)))
    p.add_argument("file", metavar="FILE", help=translate(
        "cli", "the file: .xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt or .docx"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--sheet", metavar="NAME", help=translate("cli", "the sheet to read (default: the first)"))
    where.add_argument("--table", metavar="N", type=int,
                       help=translate("cli", "the table of a Word document to read, counted from 1 (default: the "
                                      "first)"))
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "only say what would be done"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=translate("cli", "import the valid rows and leave out the rows with errors"))
    g = p.add_argument_group(translate("cli", "recommendations"))
    g.add_argument("--mechanism", type=str.lower, choices=("upr", "treaty_body", "special_procedure"),
                   help=translate("cli", "the mechanism, when the file does not say it"))
    g.add_argument("--body", metavar="BODY", help=translate("cli", "the body, e.g. UPR or CEDAW"))
    g.add_argument("--cycle", type=count_option(1, 99), metavar="N", help=translate("cli", "the UPR cycle (1-4...)"))
    g.add_argument("--session", metavar="TEXT", help=translate("cli", "the session"))
    g.add_argument("--document", metavar="SYMBOL", help=translate("cli", "the document symbol, e.g. CEDAW/C/TKM/CO/6"))
    g.add_argument("--state-under-review", metavar="NAME",
                   help=translate("cli", "in a list covering many States, import only this State's rows "
                                  "(default: the Commission's State, see `secretariat settings`)"))
    g = p.add_argument_group(translate("cli", "measures and progress"))
    plan = g.add_mutually_exclusive_group()
    plan.add_argument("--plan", metavar="PLAN", help=translate("cli", "an existing plan: id, title or short title"))
    plan.add_argument("--create-plan", metavar="TITLE",
                      help=translate("cli", "create the plan (or use the plan of that title if it exists)"))
    g.add_argument("--date", metavar="YYYY-MM-DD", type=date.fromisoformat,
                   help=translate("cli", "date of progress reports that carry none (default: today)"))
    p.set_defaults(handler=run)


class _StderrProgress:
    """Progress on the terminal (only when stderr is one); Ctrl+C interrupts as usual."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.label = ""

    def update(self, done: int, total: int | None = None, label: str | None = None) -> None:
        if not self.enabled:
            return
        if label:
            self.label = label
        suffix = f" {done}/{total}" if total else ""
        print(f"\r{self.label}{suffix}   ", end="", file=sys.stderr, flush=True)

    def check(self) -> None:
        return None


def run(args: argparse.Namespace) -> int:
    from ..io.excel.importers import ImportOptions, ImportResult, load_sheet, prepare_header, prepare_import
    from ..services import commission
    from ..services.imports import decide_import, run_import

    options = ImportOptions(mechanism=args.mechanism, body=args.body, cycle=args.cycle, session=args.session,
                            document_symbol=args.document, plan=args.plan, create_plan=args.create_plan,
                            report_date=args.date, state_under_review=args.state_under_review)
    sheet = load_sheet(args.file, _sheet_choice(args))  # SpreadsheetError: reported by cli.main
    kind = args.kind
    notes = []
    if sheet.is_questionnaire and kind != "questionnaire":
        notes.append(translate("cli", "This file is a returned status questionnaire; it is imported as one."))
        kind = "questionnaire"
    db = open_database(args.db)
    progress = _StderrProgress()
    try:
        if options.state_under_review is None and kind == "recommendations":
            options.state_under_review = commission.state_under_review(db)  # the Commission's setting
        header, _remembered = prepare_header(db, kind, sheet)
        if args.dry_run:
            plan = decide_import(db, prepare_import(kind, sheet, header, options, progress), progress)
            result = ImportResult(plan=plan, written=False, dry_run=True)
        else:  # compared with the database once, inside the import's transaction
            plan = prepare_import(kind, sheet, header, options, progress)
            result = run_import(db, plan, skip_invalid=args.skip_invalid, progress=progress)
    finally:
        db.dispose()
        if progress.enabled:
            print(file=sys.stderr)
    data = result.as_json()
    data["notes"] = notes + data["notes"]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_text(result, data, header.row_number)
    if data["errors"] and not result.written:
        return EXIT_ERRORS
    if data["errors"]:
        return EXIT_SKIPPED_INVALID
    return 0


def _sheet_choice(args: argparse.Namespace) -> str | int | None:
    if args.table is None:
        return args.sheet
    if args.table < 1:
        from ..io.excel.errors import SpreadsheetError

        raise SpreadsheetError(translate("cli", "Tables are counted from 1."))
    return args.table - 1


def _print_text(result, data: dict, header_row: int) -> None:
    plan = result.plan
    print(translate("cli", "{file}, sheet \"{sheet}\", header in row {row}").format(
        file=plan.path.name, sheet=plan.sheet, row=header_row))
    for note in data["notes"]:
        print(f"  {note}")
    counts = plan.counts()
    if result.dry_run:
        print(translate("cli", "Dry run, nothing was written. Would create {c}, update {u}, skip {s}.").format(
            c=counts["create"], u=counts["update"], s=counts["skip"]))
    elif result.written:
        print(translate("cli", "Imported: {c} created, {u} updated, {s} skipped.").format(
            c=counts["create"], u=counts["update"], s=counts["skip"]))
    else:
        print(translate("cli", "Nothing was imported."), file=sys.stderr)
    errors = data["errors"]
    if errors:
        if result.written:
            print(translate("cli", "Rows left out because of errors:"), file=sys.stderr)
        elif not plan.fatal:
            print(translate("cli", "Errors (fix them in the file, or use --skip-invalid to import the other rows):"),
                  file=sys.stderr)
        for error in errors[:SHOWN_ERRORS]:
            where = translate("cli", "row {row}").format(row=error["row"])
            if error["column"]:
                where += f", {error['column']}"
            print(f"  {where}: {error['message']}", file=sys.stderr)
        if len(errors) > SHOWN_ERRORS:
            print(translate("cli", "  ... and %n more", None, PLURAL, len(errors) - SHOWN_ERRORS), file=sys.stderr)
    warnings = data["warnings"]
    for warning in warnings[:SHOWN_ERRORS]:
        print(translate("cli", "  warning, row {row}: {message}").format(**warning), file=sys.stderr)
    if len(warnings) > SHOWN_ERRORS:
        print(translate("cli", "  ... and %n more warnings", None, PLURAL, len(warnings) - SHOWN_ERRORS),
              file=sys.stderr)

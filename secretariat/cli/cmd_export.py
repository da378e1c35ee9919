"""`secretariat export KIND OUT.xlsx [filters]` and `secretariat export questionnaire OUT_FOLDER`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..db import open_database
from ..i18n import PLURAL, translate
from .options import count_option
from ..services.errors import NotFoundError, ValidationError

KINDS = ("recommendations", "measures", "progress", "meetings", "organizations", "questionnaire")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=translate("cli", "export a list to .xlsx, or status questionnaires to a folder"),
                       description=translate("cli", "Export records to an Excel workbook whose columns import back "
                                             "with `secretariat import`. `export questionnaire FOLDER` writes "
                                             "one protected status questionnaire per organization."))
    p.add_argument("kind", type=str.lower, choices=KINDS, metavar="KIND", help=translate("cli", "one of: {kinds}").format(
        kinds=", ".join(KINDS)))
    p.add_argument("out", metavar="OUT", help=translate("cli", "the .xlsx file to write (a folder for questionnaire)"))
    p.add_argument("--search", default="", metavar="WORDS", help=translate("cli", "only records containing these words"))
    p.add_argument("--organization", metavar="NAME",
                   help=translate("cli", "only what this organization is responsible for (name, short name or id)"))
    p.add_argument("--status", metavar="STATUS", help=translate("cli", "only this status (stored value, e.g. in_progress)"))
    p.add_argument("--mechanism", type=str.lower, choices=("upr", "treaty_body", "special_procedure"))
    p.add_argument("--body", metavar="BODY")
    p.add_argument("--cycle", type=count_option(1, 99), metavar="N")
    p.add_argument("--position", type=str.lower, choices=("supported", "partially_supported", "noted", "pending"))
    p.add_argument("--plan", metavar="PLAN", help=translate("cli", "measures/progress of one plan (id or title)"))
    p.add_argument("--year", type=count_option(1900, 2200), metavar="YYYY", help=translate("cli", "meetings of one year"))
    p.add_argument("--org-kind", metavar="KIND", help=translate("cli", "organizations of one kind (e.g. ministry)"))
    p.add_argument("--include-done", action="store_true",
                   help=translate("cli", "questionnaire: include completed measures and implemented recommendations"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..io.excel import lists
    from ..io.excel.export import write_table
    from ..io.excel.questionnaire import write_questionnaires

    db = open_database(args.db)
    try:
        organization_id = None
        if args.organization:
            organization_id = lists.find_organization_id(db, args.organization)
            if organization_id is None:
                raise NotFoundError(translate("cli", "There is no organization called {name!r}.").format(
                    name=args.organization))
        if args.kind == "questionnaire":
            folder = Path(args.out)
            if folder.suffix.lower() in (".xlsx", ".xlsm") or (folder.exists() and not folder.is_dir()):
                raise ValidationError(translate("cli", "Give a folder for the questionnaires, not a file."))
            paths = write_questionnaires(db, folder, organization_id, include_done=args.include_done,
                                         prepared_on=date.today())
            for path in paths:
                print(path)
            print(translate("cli", "%n questionnaires written to {folder}.", None, PLURAL, len(paths)).format(folder=folder))
            return 0
        plan_id = None
        if args.plan:
            from ..services.plans import find_plan

            plan_id = find_plan(db, args.plan).id
        if args.kind == "recommendations":
            table = lists.recommendations_table(db, search=args.search, mechanism=args.mechanism, body=args.body,
                                                cycle=args.cycle, position=args.position, status=args.status,
                                                organization_id=organization_id)
        elif args.kind == "measures":
            table = lists.measures_table(db, plan_id=plan_id, status=args.status, organization_id=organization_id,
                                         search=args.search)
        elif args.kind == "progress":
            table = lists.progress_table(db, plan_id=plan_id, organization_id=organization_id)
        elif args.kind == "meetings":
            table = lists.meetings_table(db, year=args.year)
        else:
            table = lists.organizations_table(db, search=args.search, kind=args.org_kind)
    finally:
        db.dispose()
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_suffix(".xlsx")
    subtitle = translate("cli", "Exported on {date}").format(date=f"{date.today():%d.%m.%Y}")
    count = write_table(out, table.title, table.headers, table.rows, sheet_name=table.sheet_name,
                        subtitle=subtitle)
    print(translate("cli", "%n rows written to {path}.", None, PLURAL, count).format(path=out))
    return 0

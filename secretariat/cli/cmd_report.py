"""`secretariat report NAME --pdf OUT [filters]` and `secretariat report --list`."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..db import open_database
from ..i18n import PLURAL, translate
from ..models import Mechanism
from ..services.errors import NotFoundError, ValidationError
from .options import count_option

MIN_YEAR, MAX_YEAR = 1900, 2200


def _date(text: str) -> date:
    """ISO dates (2024-03-31) or the dd.mm.yyyy people write here."""
    text = text.strip()
    try:
        if "." in text:
            day, month, year = (int(part) for part in text.split("."))
            value = date(year, month, day)
        else:
            value = date.fromisoformat(text)
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ValueError(text)
        return value
    except (ValueError, OverflowError) as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text!r} is not a date (write 2024-03-31 or 31.03.2024)").format(text=text)) from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=translate("cli", "print a report as a PDF (see --list)"),
                       description=translate("cli", "Write one of the reports as a PDF. Each report uses the filters "
                                             "that apply to it (see --list)."))
    p.add_argument("name", nargs="?", metavar="NAME", help=translate("cli", "the report (see --list)"))
    p.add_argument("--list", action="store_true", help=translate("cli", "list the reports and their filters"))
    p.add_argument("--pdf", metavar="OUT", help=translate("cli", "the PDF file to write"))
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help=translate("cli", "start of the period"))
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help=translate("cli", "end of the period"))
    p.add_argument("--year", type=count_option(MIN_YEAR, MAX_YEAR), help=translate("cli", "the year (commission-year report)"))
    p.add_argument("--plan", metavar="PLAN", help=translate("cli", "a plan: id, title or short title"))
    p.add_argument("--organization", metavar="ORG", help=translate("cli", "an organization: any of its names or short names"))
    p.add_argument("--mechanism", type=str.lower, choices=[m.value for m in Mechanism],
                   help=translate("cli", "a UN mechanism (recommendations report)"))
    p.add_argument("--as-of", dest="as_of", type=_date, metavar="DATE",
                   help=translate("cli", "the date the report is as of (default: today)"))
    p.set_defaults(handler=run)


def _print_list() -> None:
    from ..io.documents import REPORTS  # reportlab only when a report is made

    for spec in REPORTS.values():
        filters = ", ".join(spec.filters) or "-"
        filters_word = translate("cli", "filters")
        print(f"{spec.name:20} {spec.title()}: {spec.description()} [{filters_word}: {filters}]")


def run(args: argparse.Namespace) -> int:
    from ..io.documents import REPORTS, build_report  # reportlab only when a report is made
    from ..services.directory import find_organization
    from ..services.plans import find_plan
    from ..services.report_data import ReportFilters

    if args.list or not args.name:
        _print_list()
        return 0 if args.list else 2
    if args.name not in REPORTS:
        print(translate("cli", "error: there is no report {name!r}; choose one of: {names}").format(
            name=args.name, names=", ".join(REPORTS)), file=sys.stderr)
        return 2
    if not args.pdf:
        print(translate("cli", "error: say where to write the PDF with --pdf OUT"), file=sys.stderr)
        return 2
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise ValidationError(translate("cli", "The period ends before it starts."))
    db = open_database(args.db)
    try:
        plan_id = find_plan(db, args.plan).id if args.plan else None
        organization_id = None
        if args.organization:
            org = find_organization(db, args.organization)
            if org is None:
                raise NotFoundError(translate("cli", "There is no organization called {name!r}.").format(
                    name=args.organization))
            organization_id = org.id
        filters = ReportFilters(date_from=args.date_from, date_to=args.date_to, plan_id=plan_id,
                                organization_id=organization_id, mechanism=args.mechanism, year=args.year,
                                today=args.as_of)
        # in the global --lang where given, else the language in force
        built = build_report(db, args.name, filters, args.pdf, language=getattr(args, "lang", None))
    finally:
        db.dispose()
    pages = built.pages  # a plain name: the extractor reads the count of a plural only so
    print(translate("cli", "Wrote {path}: {title}, %n pages.", None, PLURAL, pages).format(path=args.pdf,
                                                                               title=built.title))
    return 0

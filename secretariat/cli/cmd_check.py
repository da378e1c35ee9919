"""`secretariat check`: integrity, references, schema version."""

from __future__ import annotations

import argparse
import sys

from ..db import open_database
from ..i18n import PLURAL, translate
from ..services.health import check_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help=translate("cli", "check the database (integrity, references, schema)"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Checking must not change the file: no upgrade, so an old schema is reported.
    db = open_database(args.db, upgrade=False)
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(translate("cli", "The database has %n problems.", None, PLURAL, len(problems)), file=sys.stderr)
        return 1
    print(translate("cli", "The database {where} is sound.").format(where=db.display_name))
    return 0

"""`secretariat settings [state-under-review [NAME]]`: the Commission's settings kept in the database.

Without arguments, every setting and its value; with a name, that value; with a name
and a value, the value is stored (on a shared database, by an administrator only).
"""

from __future__ import annotations

import argparse

from ..db import open_database
from ..i18n import translate
from ..services import commission

SETTINGS = ("state-under-review",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help=translate("cli", "show or change the Commission's settings kept in the "
                                                 "database"),
                       description=translate("cli", "Show or change the Commission's settings kept in the "
                                             "database. state-under-review: the State whose rows are imported "
                                             "from lists covering many States (default: Turkmenistan)."))
    p.add_argument("name", nargs="?", type=str.lower, choices=SETTINGS, metavar="NAME",
                   help=translate("cli", "one of: {names}").format(names=", ".join(SETTINGS)))
    p.add_argument("value", nargs="?", metavar="VALUE", help=translate("cli", "the new value (omit it to show "
                                                                        "the current one)"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        if args.value is not None:
            stored = commission.set_state_under_review(db, args.value)
            print(translate("cli", "{name} is now {value}.").format(name=args.name, value=stored))
            return 0
        value = commission.state_under_review(db)
    finally:
        db.dispose()
    if args.name:
        print(value)
    else:
        print(f"state-under-review: {value}")
    return 0

"""`secretariat summary [--json]`."""

from __future__ import annotations

import argparse
import json

from ..db import open_database
from ..i18n import translate
from ..services.summary import summary


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help=translate("cli", "print counts of what the database holds"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(handler=run)


def _lines(data: dict, indent: int = 0) -> list[str]:
    lines = []
    for key, value in data.items():
        if isinstance(value, dict):
            lines.append(" " * indent + f"{key}:")
            lines.extend(_lines(value, indent + 2))
        else:
            lines.append(" " * indent + f"{key}: {value}")
    return lines


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        data = summary(db)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_lines(data)))
    return 0

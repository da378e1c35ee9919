"""`secretariat summary [--json]`."""

from __future__ import annotations

import argparse
import json

from ..db import open_database
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..labels import label
from ..services.summary import summary


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help=translate("cli", "print counts of what the database holds"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(handler=run)


# The summary's headings in words ("by_status" → "By status"); vocabulary values
# ("minutes_approved") through the shared labels.
_HEADINGS = {
    "meetings": QT_TRANSLATE_NOOP("summary", "Meetings"),
    "measures": QT_TRANSLATE_NOOP("summary", "Plan measures"),
    "recommendations": QT_TRANSLATE_NOOP("summary", "UN recommendations"),
    "organizations": QT_TRANSLATE_NOOP("summary", "Organizations"),
    "people": QT_TRANSLATE_NOOP("summary", "People"),
    "plans": QT_TRANSLATE_NOOP("summary", "Plans"),
    "progress_reports": QT_TRANSLATE_NOOP("summary", "Progress reports"),
    "national_reports": QT_TRANSLATE_NOOP("summary", "Reports to UN bodies"),
    "national_reports_overdue": QT_TRANSLATE_NOOP("summary", "Reports to UN bodies overdue"),
    "action_items": QT_TRANSLATE_NOOP("summary", "Action items"),
    "total": QT_TRANSLATE_NOOP("summary", "Total"),
    "by_status": QT_TRANSLATE_NOOP("summary", "By status"),
    "by_position": QT_TRANSLATE_NOOP("summary", "By position"),
    "by_mechanism": QT_TRANSLATE_NOOP("summary", "By mechanism"),
    "overdue": QT_TRANSLATE_NOOP("summary", "Overdue"),
    "open": QT_TRANSLATE_NOOP("summary", "Open"),
    "deadline_not_understood": QT_TRANSLATE_NOOP("summary", "Deadline not understood"),
}


def _word(key: str) -> str:
    return translate("summary", _HEADINGS[key]) if key in _HEADINGS else (label(key) or key)


def _lines(data: dict, indent: int = 0) -> list[str]:
    lines = []
    for key, value in data.items():
        if isinstance(value, dict):
            lines.append(" " * indent + f"{_word(key)}:")
            lines.extend(_lines(value, indent + 2))
        else:
            lines.append(" " * indent + f"{_word(key)}: {value}")
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

"""`secretariat minutes MEETING --pdf OUT`: the minutes of a meeting as a PDF."""

from __future__ import annotations

import argparse

from ..db import open_database
from ..i18n import PLURAL, translate
from ..services.meetings import find_meeting


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("minutes", help=translate("cli", "print the minutes of a meeting as a PDF"),
                       description=translate("cli", "Write the minutes of a meeting as a PDF in the protocol layout, "
                                             "in the meeting's language; marked DRAFT until approved."))
    p.add_argument("meeting", metavar="MEETING", help=translate("cli", "the meeting: an id (12) or YEAR/NUMBER (2024/1)"))
    p.add_argument("--pdf", metavar="OUT", required=True, help=translate("cli", "the PDF file to write"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..io.documents import build_minutes  # reportlab only when minutes are printed

    db = open_database(args.db)
    try:
        meeting = find_meeting(db, args.meeting)
        built = build_minutes(db, meeting.id, args.pdf)
    finally:
        db.dispose()
    pages = built.pages  # a plain name: the extractor reads the count of a plural only so
    print(translate("cli", "Wrote {path}: {title}, %n pages.", None, PLURAL, pages).format(path=args.pdf,
                                                                               title=built.title))
    return 0

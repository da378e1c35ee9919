"""`checkout MEETING OUT.sqlite` and `checkin IN.sqlite`: a meeting taken offline and brought back."""

from __future__ import annotations

import argparse
from datetime import timezone
from pathlib import Path

from ..db import open_database
from ..i18n import PLURAL, translate
from ..services import checkin as checkin_service
from ..services import checkout as checkout_service
from ..services.meetings import find_meeting


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "checkout", help=translate("cli", "check a meeting out to a local file, to work on it offline"),
        description=translate("cli", "Copy a meeting (attendance, agenda, minutes, decisions, action items), the "
                              "directory and the linked measures and recommendations into a new local file that "
                              "the application opens with no network; the meeting is marked as checked out "
                              "for everyone else until the file is checked in."))
    p.add_argument("meeting", metavar="MEETING", help=translate("cli", "the meeting: an id (12) or YEAR/NUMBER (2024/1)"))
    p.add_argument("out", metavar="OUT", nargs="?",
                   help=translate("cli", "the local file to write (never replaced if it exists)"))
    p.add_argument("--cancel", action="store_true",
                   help=translate("cli", "remove the check-out mark instead (the copy was lost); its changes "
                                  "can then no longer be checked in"))
    p.set_defaults(handler=run_checkout)

    q = sub.add_parser(
        "checkin", help=translate("cli", "check a checked-out copy back in, merging its changes"),
        description=translate("cli", "Merge the changes made in a checked-out copy into the database it came "
                              "from. What was changed on both sides is listed; choose with --keep, or nothing "
                              "is written."))
    q.add_argument("source", metavar="IN", help=translate("cli", "the checked-out copy"))
    q.add_argument("--keep", choices=("mine", "theirs"),
                   help=translate("cli", "for what both sides changed: keep the copy's version (mine) or the "
                                  "database's (theirs)"))
    q.add_argument("--dry-run", action="store_true",
                   help=translate("cli", "only show what the check-in would do"))
    q.set_defaults(handler=run_checkin)


def run_checkout(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        meeting = find_meeting(db, args.meeting)
        if args.cancel:
            checkout_service.cancel_checkout(db, meeting.id)
            print(translate("cli", "The check-out of meeting {ref} was cancelled.").format(ref=meeting.reference))
            return 0
        if not args.out:
            print(translate("cli", "error: {message}").format(
                message=translate("cli", "name the local file to write (OUT).")))
            return 2
        result = checkout_service.checkout(db, meeting.id, Path(args.out))
    finally:
        db.dispose()
    print(translate("cli", "Meeting {ref} checked out to {path} ({n} records). Open that file to work offline; "
                    "check it in with `secretariat --db … checkin {path}`.").format(
        ref=result.reference, path=result.path, n=result.records))
    return 0


def run_checkin(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        plan = checkin_service.plan_checkin(db, Path(args.source))
        print(translate("cli", "Meeting {ref}, checked out to {who} on {when}:").format(
            ref=plan.reference, who=plan.holder,
            when=plan.checked_out_at.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")))
        lines = plan.summary()
        print("\n".join(lines) if lines else translate("cli", "  nothing was changed in the copy."))
        count = len(plan.conflicts)
        if args.dry_run:
            return 0
        if count and not args.keep:
            print(translate("cli", "%n records were changed on both sides: run again with --keep mine or --keep "
                            "theirs (or check in from the window, which asks for each). Nothing was written.",
                            None, PLURAL, count))
            return 1
        done = checkin_service.checkin(db, Path(args.source), keep=args.keep)
    finally:
        db.dispose()
    added = sum(len(ids) for ids in done.new_ids.values())
    print(translate("cli", "Checked in: meeting {ref} is no longer checked out; %n new records got their ids "
                    "on the database.", None, PLURAL, added).format(ref=done.plan.reference))
    return 0

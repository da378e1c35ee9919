"""`secretariat restore IN [--check-only]`: replace the database by a checked backup."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from ..db import resolve_database_url
from ..db.paths import data_dir
from ..db.urls import is_postgres
from . import shared_snapshots
from ..i18n import translate
from ..services import backups
from .cmd_backup import database_file
from .options import count_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore", help=translate("cli", "replace the database by a backup (the current one is kept aside)"),
        description=translate("cli", "Check the backup IN (integrity, references, schema version), keep the "
                              "current database aside as a timestamped backup, then replace it by IN. "
                              "Close the application first."))
    p.add_argument("source", metavar="IN", help=translate("cli", "the backup file to restore"))
    p.add_argument("--check-only", action="store_true",
                   help=translate("cli", "only check the backup; change nothing"))
    p.add_argument("--keep", type=count_option(1, 100_000), default=backups.DEFAULT_KEEP, metavar="N",
                   help=translate("cli", "copies of replaced databases to keep (default: {n})").format(
                       n=backups.DEFAULT_KEEP))
    p.set_defaults(handler=run)


def _describe(check: backups.BackupCheck) -> list[str]:
    lines = [translate("cli", "  schema revision: {revision}").format(revision=check.revision)]
    if check.latest_change is not None:
        lines.append(translate("cli", "  last change recorded: {when} (UTC)").format(
            when=check.latest_change.strftime("%Y-%m-%d %H:%M")))
    lines += [f"  {name}: {count}" for name, count in check.counts.items()]
    return lines


def run(args: argparse.Namespace) -> int:
    if is_postgres(resolve_database_url(args.db)):
        return shared_snapshots.restore(args)
    source = Path(args.source).expanduser()
    target = database_file(args.db)
    if args.check_only:
        with tempfile.TemporaryDirectory(prefix="secretariat-check-") as scratch:
            check = backups.check_backup(source, Path(scratch))
        print(translate("cli", "{source} is a sound backup:").format(source=source))
        print("\n".join(_describe(check)))
        return 0
    # The replaced database is kept in the usual backups folder (as Database.backup_dir).
    folder = data_dir() / "backups"
    db, result = backups.restore(target, source, folder=folder, keep=args.keep)
    db.dispose()
    print(translate("cli", "Restored {target} from {source}:").format(target=target, source=source))
    print("\n".join(_describe(result.check)))
    if result.aside is not None:
        print(translate("cli", "The database as it was before is kept at {aside}; to undo, restore that file.")
              .format(aside=result.aside))
    return 0

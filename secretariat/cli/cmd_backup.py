"""`secretariat backup [OUT] [--keep N]`: a consistent copy of the database, even while in use."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..db import DatabaseError, open_database, resolve_database_url
from ..db.paths import sqlite_path
from ..db.urls import is_postgres
from . import shared_snapshots
from ..i18n import translate
from ..services import backups
from .options import count_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup", help=translate("cli", "back up the database (safe while the application is open)"),
        description=translate("cli", "Write a backup of the database. OUT may be a file, or a folder where a "
                              "timestamped backup is written and older ones beyond --keep are deleted. "
                              "Without OUT, the backups folder in your data folder is used."))
    p.add_argument("out", metavar="OUT", nargs="?", help=translate("cli", "backup file or folder"))
    p.add_argument("--force", action="store_true",
                   help=translate("cli", "replace OUT even if it is not a backup of this database"))
    p.add_argument("--keep", type=count_option(1, 100_000), default=backups.DEFAULT_KEEP, metavar="N",
                   help=translate("cli", "backups to keep in the folder (default: {n})").format(n=backups.DEFAULT_KEEP))
    p.set_defaults(handler=run)


def database_file(target: str | None) -> Path:
    """The existing database file named by --db (a backup never creates one)."""
    path = sqlite_path(resolve_database_url(target))
    if path is None:
        raise DatabaseError(translate("cli", "Only a database stored in a file can be backed up or restored."))
    return path


def run(args: argparse.Namespace) -> int:
    if is_postgres(resolve_database_url(args.db)):
        return shared_snapshots.backup(args)
    path = database_file(args.db)
    if not path.is_file():
        raise DatabaseError(translate("cli", "There is no database at {path}.").format(path=path))
    db = open_database(path, upgrade=False)
    try:
        out = Path(args.out).expanduser() if args.out else None
        if out is not None and (out.is_dir() or args.out.endswith(("/", "\\"))):
            written = backups.backup_now(db, folder=out, keep=args.keep)
        elif out is not None:
            written = backups.backup_now(db, destination=out, keep=args.keep, force=args.force)
        else:
            written = backups.backup_now(db, keep=args.keep)
    finally:
        db.dispose()
    print(translate("cli", "Backup written to {path}.").format(path=written))
    return 0

"""`backup` and `restore` when ``--db`` names a shared (PostgreSQL) database: SQLite snapshots."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from ..db import open_database
from ..db.paths import data_dir
from ..db.urls import describe
from ..i18n import translate
from ..services import shared_backup
from ..services.backups import check_backup


def backup(args: argparse.Namespace) -> int:
    db = open_database(args.db, upgrade=False)
    try:
        out = Path(args.out).expanduser() if args.out else data_dir() / "backups"
        if not args.out or args.out.endswith(("/", "\\")):
            out.mkdir(parents=True, exist_ok=True)  # a folder: a timestamped snapshot goes in it
        result = shared_backup.snapshot(db, out)
    finally:
        db.dispose()
    print(translate("cli", "Snapshot of {where} written to {path} ({n} records); the application opens it "
                    "as a local file.").format(where=describe(db.url), path=result.path,
                                                n=sum(result.counts.values())))
    return 0


def restore(args: argparse.Namespace) -> int:
    source = Path(args.source).expanduser()
    if args.check_only:
        with tempfile.TemporaryDirectory(prefix="secretariat-check-") as scratch:
            check_backup(source, Path(scratch))
        print(translate("cli", "{source} is a sound backup.").format(source=source))
        return 0
    db = open_database(args.db)
    try:
        counts = shared_backup.restore_snapshot(db, source)
    finally:
        db.dispose()
    print(translate("cli", "Loaded {source} into {where}:").format(source=source, where=describe(db.url)))
    print("\n".join(f"  {name}: {count}" for name, count in counts.items() if count))
    return 0

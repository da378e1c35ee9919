"""`secretariat check`: is this database sound?"""

from __future__ import annotations

from ..db import Database, integrity_problems
from ..db import migrate, schema
from ..i18n import translate


def check_database(db: Database) -> list[str]:
    """Problems found (empty when sound): integrity, foreign keys, schema version and objects."""
    problems = integrity_problems(db)
    current = migrate.current_revision(db.engine)
    head = db.migrator.head
    if current != head:
        problems.append(translate("services", "The schema is at revision {current}, expected {head}.").format(
            current=current, head=head))
    if db.path is not None and current in db.migrator.known_revisions():
        problems += schema.schema_problems(db.path, current, db.migrator)
    return problems

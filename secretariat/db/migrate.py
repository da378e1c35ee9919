"""Alembic migrations shipped inside the package, run in code.

Alembic is imported only when there is work for it: opening a database that is
already at ``HEAD_REVISION`` reads the version with one query, which keeps start-up fast.

A ``Migrator`` names one migrations folder and its newest revision. The application
uses ``DEFAULT_MIGRATOR`` (the folder shipped in the package); tests hand
``open_database`` another one (e.g. a copy of the folder with an extra, failing
migration) instead of patching module globals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest migration. tests/test_schema.py checks it against Alembic's own view.
HEAD_REVISION = "0013"


@dataclass(frozen=True)
class Migrator:
    """One migrations folder (Alembic script location) and the revision it ends at."""

    script_location: Path = MIGRATIONS_DIR
    head: str = HEAD_REVISION
    _known: set[str] = field(default_factory=set, init=False, repr=False, compare=False, hash=False)

    def config(self, connection: Connection | None = None) -> "Config":
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(self.script_location))
        if connection is not None:
            config.attributes["connection"] = connection
        return config

    def script_directory(self) -> "ScriptDirectory":
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self.config())

    def known_revisions(self) -> set[str]:
        if not self._known:
            if not self.script_location.is_dir():  # pragma: no cover - broken install
                return {self.head}
            self._known.update(rev.revision for rev in self.script_directory().walk_revisions())
        return set(self._known)

    def upgrade(self, engine: Engine, prepare: Callable[[Connection], None] | None = None) -> None:
        """Apply every pending migration in one transaction (*prepare* runs first in it)."""
        from alembic import command

        with engine.begin() as conn:
            if prepare is not None:
                prepare(conn)
            command.upgrade(self.config(conn), "head")


DEFAULT_MIGRATOR = Migrator()


def alembic_config(connection: Connection | None = None) -> "Config":
    return DEFAULT_MIGRATOR.config(connection)


def script_directory() -> "ScriptDirectory":
    return DEFAULT_MIGRATOR.script_directory()


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return DEFAULT_MIGRATOR.known_revisions()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool([t for t in inspect(conn).get_table_names() if t != "alembic_version"])


def upgrade_to_head(engine: Engine, migrator: Migrator | None = None) -> None:
    """Apply every pending migration in one transaction."""
    (migrator or DEFAULT_MIGRATOR).upgrade(engine)

"""Alembic migrations shipped inside the package, run in code.

Alembic is imported only when there is work for it: opening a database that is
already at ``HEAD_REVISION`` reads the version with one query, which keeps start-up fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest migration. tests/test_schema.py checks it against Alembic's own view.
HEAD_REVISION = "0001"


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> "ScriptDirectory":
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    if not MIGRATIONS_DIR.is_dir():  # pragma: no cover - broken install
        return {HEAD_REVISION}
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool([t for t in inspect(conn).get_table_names() if t != "alembic_version"])


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")

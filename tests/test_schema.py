"""The models and the migrations agree, and a migrated database is sound."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from secretariat.db import Database, migrate
from secretariat.db.search_index import include_object
from secretariat.models import Base
from secretariat.services.health import check_database


# The Recommendations view's paragraph order is an index on expressions (migrations 0004
# and 0011), which SQLAlchemy does not reflect from SQLite and autogenerate cannot compare.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_and_migrations_agree(db: Database) -> None:
    """The equivalent of `alembic check`: autogenerate finds nothing to do."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_head_constant_matches_alembic() -> None:
    assert migrate.script_directory().get_current_head() == migrate.HEAD_REVISION


def test_migrated_database_is_at_head_and_sound(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert check_database(db) == []


def test_every_model_table_exists(db: Database) -> None:
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_sqlite_settings(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_sdg_reference_data_seeded(db: Database) -> None:
    with db.read() as s:
        rows = s.execute(text("SELECT number, title FROM sdg ORDER BY number")).all()
    assert [r[0] for r in rows] == list(range(1, 18))
    assert rows[15][1] == "Peace, justice and strong institutions"


def test_migrations_upgrade_and_downgrade_cleanly(db_path) -> None:
    """Every migration can be undone and redone (catches hand-edited mistakes)."""
    from alembic import command

    from secretariat.db import open_database

    database = open_database(db_path)
    try:
        with database.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "base")
        assert migrate.current_revision(database.engine) is None
        migrate.upgrade_to_head(database.engine)
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.dispose()

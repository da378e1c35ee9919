"""Migration 0006 builds the search indexes from the rows already there; its downgrade drops them."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect

from secretariat.db import Database, migrate, search_index
from secretariat.services import recommendations
from secretariat.services.recommendations import RecommendationQuery


def _index_objects(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        names = set(inspector.get_table_names())
        if conn.dialect.name == "postgresql":
            names |= {i["name"] for i in inspector.get_indexes("recommendation")}
    return {name for name in names if search_index.is_index_object(name)}


def test_downgrade_drops_and_upgrade_fills_from_existing_rows(db: Database) -> None:
    recommendations.create_recommendation(db, "Adopt a law on the Ombudsman", paragraph="1", cycle=3)
    assert _index_objects(db)
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0005")
    assert _index_objects(db) == set()
    # Written while no index exists (an older program version): found once migrated.
    recommendations.create_recommendation(db, "Ratify the Rome Statute", paragraph="2", cycle=3)
    migrate.upgrade_to_head(db.engine)
    assert migrate.current_revision(db.engine) == migrate.HEAD_REVISION
    found = lambda text: [r.paragraph for r in recommendations.list_recommendations(  # noqa: E731
        db, RecommendationQuery(search=text))]
    assert found("ombud") == ["1"]
    assert found("rome") == ["2"]


@pytest.mark.sqlite_only
def test_an_upgrade_puts_back_triggers_a_table_rebuild_dropped(db: Database) -> None:
    """A later batch migration copies a table anew, and SQLite drops its triggers with the old one."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER recommendation_fts_ai")
    recommendations.create_recommendation(db, "Ratify the Rome Statute", paragraph="3", cycle=3)
    assert recommendations.count_recommendations(db, RecommendationQuery(search="rome")) == 0
    migrate.upgrade_to_head(db.engine)
    with db.engine.connect() as conn:
        triggers = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"recommendation_fts_ai", "recommendation_fts_ad", "recommendation_fts_au"} <= triggers
    assert recommendations.count_recommendations(db, RecommendationQuery(search="rome")) == 1

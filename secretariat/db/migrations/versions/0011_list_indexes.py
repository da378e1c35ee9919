"""Indexes that let the list pages answer from an index instead of reading whole tables.

- ``ix_recommendation_paragraph_order`` on SQLite: the Recommendations view's natural
  paragraph order (``services.recommendations._paragraph_order``, spelled here as SQLite
  receives it). Without it every page of the list computed and sorted the key of all
  recommendations (over 100 ms on 20,000 of them); PostgreSQL has had it since 0004.
- ``ix_measure_plan_status``: the Plans view counts each plan's measures and its overdue
  ones; with the columns of that count in one index SQLite reads the index alone.

SQLAlchemy does not reflect expression indexes from SQLite, so a later migration that
rebuilds ``recommendation`` with ``batch_alter_table`` must create the first one again
(``PARAGRAPH_ORDER_SQLITE``).

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

PARAGRAPH_ORDER_SQLITE = (
    "CREATE INDEX IF NOT EXISTS ix_recommendation_paragraph_order ON recommendation (body, cycle, "
    "CAST(paragraph AS INTEGER), CAST(substr(paragraph, instr(paragraph, '.') + 1) AS INTEGER), paragraph, id)"
)


def upgrade() -> None:
    op.create_index("ix_measure_plan_status", "measure",
                    ["plan_id", "status", "deadline_end", "deadline_recurring"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(PARAGRAPH_ORDER_SQLITE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_recommendation_paragraph_order")
    op.drop_index("ix_measure_plan_status", table_name="measure")

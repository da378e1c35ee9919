"""The audit log records the database login that made each change (shared databases).

On PostgreSQL also the index of the Recommendations view's natural paragraph order
(``db.sql_functions.leading_integer``, spelled here as PostgreSQL receives it;
tests/test_postgres_shared.py checks that the planner uses it): without it each page
evaluates the expression for every recommendation. (A trigram index for searches was
measured and left out: it made a 50,000-row import several times slower for a small gain.)

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def _leading(value: str) -> str:
    return "COALESCE(CAST(substring(" + value + " from '^\\s*([+-]?[0-9]{1,18})') AS BIGINT), 0)"


PARAGRAPH_ORDER = (
    "CREATE INDEX IF NOT EXISTS ix_recommendation_paragraph_order ON recommendation (body, cycle, ("
    + _leading("paragraph") + "), (" + _leading("substr(paragraph, strpos(paragraph, '.') + 1)")
    + "), paragraph, id)"
)


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_user", sa.String(length=120), nullable=False, server_default=""))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(PARAGRAPH_ORDER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_recommendation_paragraph_order")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("db_user")

"""PostgreSQL: a function through which an import refreshes the statistics of the searched text.

Right after a large import the planner still has the statistics of the table as it was (a
word in a fifth of the new rows is estimated at one row), so a search page sorts every row
found instead of reading the list's order index: 150-300 ms instead of 5 until autovacuum
runs, up to a minute later. ``ANALYZE`` may only be run by a table's owner, and editors
import; this function runs with its owner's rights (the tables' owner: the admin group once
``setup-server`` has run, see ``db.pg_roles``) and does nothing but ``ANALYZE`` the
``search_text`` column of one of the searched tables. SQLite: nothing (its full-text index
needs no statistics).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FUNCTION = "refresh_search_statistics"
#: ``db.search_index.SEARCHED_TABLES`` as of this revision.
SEARCHED_TABLES = ("meeting", "agenda_item", "decision", "action_item", "measure", "progress_report",
                   "recommendation", "organization", "national_report")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    names = ", ".join(f"'{name}'" for name in SEARCHED_TABLES)
    op.execute(f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(table_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF table_name = ANY (ARRAY[{names}]) THEN
        EXECUTE format('ANALYZE public.%I (search_text)', table_name);
    END IF;
END
$$""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(text)")

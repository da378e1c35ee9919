"""PostgreSQL: a words index for searches, and a function through which an import refreshes
the statistics of the searched text. SQLite: nothing.

- The trigram indexes of 0006 give way to GIN indexes of the words of ``search_text``
  (``db.search_index``): half the server's work of the index for each row an import
  writes, and a search answered from the index without testing each row found again.
- The function ``refresh_statistics``. Right after a large import the planner still has
  the statistics of the tables as they were: a word in a fifth of the new rows is estimated
  at a few, so a search page sorted every row found instead of reading the list's order
  index (150-300 ms instead of 5), and the links of a page of 200 recommendations were read
  by scanning the whole link tables (45 ms instead of 3), until autovacuum analyzed them up
  to a minute later. ``ANALYZE`` is a table owner's right, and editors import: this
  function runs with its owner's rights (the tables' owner: the admin group once
  ``setup-server`` has run, see ``db.pg_roles``) and does nothing but ``ANALYZE`` one table
  and the tables whose foreign keys refer to it, with a smaller sample than autovacuum's (a
  quarter of a second for 70,000 recommendations instead of a second).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from secretariat.db import search_index

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FUNCTION = "refresh_statistics"
#: ``db.search_index.SEARCHED_TABLES`` as of this revision.
SEARCHED_TABLES = ("meeting", "agenda_item", "decision", "action_item", "measure", "progress_report",
                   "recommendation", "organization", "national_report")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    search_index.drop_trigram_indexes(bind)
    search_index.create_words_indexes(bind)
    op.execute(f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(table_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
SET default_statistics_target = 30 AS $$
DECLARE
    target regclass := to_regclass(format('public.%I', table_name));
    linked regclass;
BEGIN
    IF target IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format('ANALYZE %s', target);
    FOR linked IN SELECT DISTINCT conrelid::regclass FROM pg_constraint
                  WHERE contype = 'f' AND confrelid = target AND conrelid <> target LOOP
        EXECUTE format('ANALYZE %s', linked);
    END LOOP;
END
$$""")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(text)")
    for name in SEARCHED_TABLES:
        op.execute(f"DROP INDEX IF EXISTS {search_index.words_index_name(name)}")
    search_index.create_trigram_indexes(bind)

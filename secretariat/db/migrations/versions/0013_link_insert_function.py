"""PostgreSQL: a function through which an import writes the links of many recommendations,
checking their foreign keys once for the whole set. SQLite: nothing.

Each link row an import writes fires two foreign-key checks, one query each: a
50,000-recommendation import writes about 360,000 links, and the checks took 2.6 of the
3.2 s the server spent on them. ``insert_links`` checks each referenced table once for the
set (every id found, and locked ``FOR KEY SHARE`` as the per-row check locks it, so nobody
deletes it before the commit), then inserts the rows with the per-row checks off
(``session_replication_role = replica``, for the insert only).

Turning those checks off is a superuser's right, or, from PostgreSQL 15, the right of a
role a superuser has given ``GRANT SET ON PARAMETER session_replication_role``. The function
runs with its owner's rights (the admin group, which owns the tables, once ``setup-server``
has run), so only it uses that right, and only for the insert it has checked; an editor
cannot turn the checks off. Where the owner lacks the right, the function inserts the rows
with the checks on, as before, and so for a link table with a column or a trigger of its own
(replica mode would turn that trigger off too). It returns whether the set was checked at once.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from secretariat.db import pg_roles

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

SIGNATURE = "insert_links(text, text, text, integer[], integer[])"
#: The link tables whose rows an import writes in bulk, as of this revision.
LINK_TABLES = ("recommendation_tag", "recommendation_country", "recommendation_sdg",
               "recommendation_organization")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    tables = ", ".join(f"'{name}'" for name in LINK_TABLES)
    op.execute(f"""
CREATE OR REPLACE FUNCTION insert_links(link_table text, first_column text, second_column text,
                                        first_ids integer[], second_ids integer[]) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target regclass := to_regclass(format('public.%I', link_table));
    link_columns text[] := ARRAY[first_column, second_column];
    ids integer[];
    referenced regclass;
    referenced_column text;
    found bigint;
    own bigint;
    mine xid := pg_current_xact_id()::xid;
    previous text := current_setting('session_replication_role');
    checked_at_once boolean := false;
BEGIN
    IF target IS NULL OR link_table <> ALL (ARRAY[{tables}]) THEN
        RAISE EXCEPTION 'insert_links: "%" is not a link table', link_table;
    END IF;
    IF NOT has_table_privilege(session_user, target, 'INSERT') THEN
        RAISE EXCEPTION 'permission denied for table %', link_table USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF cardinality(first_ids) <> cardinality(second_ids) THEN
        RAISE EXCEPTION 'insert_links: as many values of "%" as of "%" are needed', first_column, second_column;
    END IF;
    -- The set's check stands for the foreign keys of the two columns only: a table with any
    -- other column, or a trigger of its own (off in replica mode too), is checked row by row.
    IF (SELECT count(*) FROM pg_attribute WHERE attrelid = target AND attnum > 0 AND NOT attisdropped) = 2
       AND (SELECT count(*) FROM pg_constraint WHERE conrelid = target AND contype = 'f') = 2
       AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = target AND NOT tgisinternal) THEN
        BEGIN
            PERFORM set_config('session_replication_role', 'replica', true);
            checked_at_once := true;
        EXCEPTION WHEN insufficient_privilege THEN
            checked_at_once := false;
        END;
    END IF;
    IF checked_at_once THEN
        FOR i IN 1..2 LOOP
            referenced := NULL;
            SELECT c.confrelid::regclass, a.attname INTO referenced, referenced_column
            FROM pg_constraint c
            JOIN pg_attribute own ON own.attrelid = c.conrelid AND own.attnum = c.conkey[1]
            JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = c.confkey[1]
            WHERE c.conrelid = target AND c.contype = 'f' AND cardinality(c.conkey) = 1
              AND own.attname = link_columns[i];
            IF referenced IS NULL THEN
                PERFORM set_config('session_replication_role', previous, true);
                RAISE EXCEPTION 'insert_links: "%"."%" refers to no table', link_table, link_columns[i];
            END IF;
            ids := ARRAY(SELECT DISTINCT x FROM unnest(CASE WHEN i = 1 THEN first_ids ELSE second_ids END) x
                         WHERE x IS NOT NULL);
            -- Rows this transaction wrote are unseen by others, who cannot delete them: only
            -- the others are locked (each lock is written to the log).
            EXECUTE format('SELECT count(*) FROM %s WHERE %I = ANY($1) AND xmin = $2',
                           referenced, referenced_column) INTO own USING ids, mine;
            EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM %s WHERE %I = ANY($1) AND xmin <> $2 '
                           'FOR KEY SHARE) locked', referenced, referenced_column) INTO found USING ids, mine;
            found := found + own;
            IF found <> cardinality(ids) THEN
                PERFORM set_config('session_replication_role', previous, true);
                RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint', link_table
                    USING ERRCODE = 'foreign_key_violation',
                          DETAIL = format('%s of the values of %s are not present in table "%s".',
                                          cardinality(ids) - found, link_columns[i], referenced);
            END IF;
        END LOOP;
    END IF;
    EXECUTE format('INSERT INTO %s (%I, %I) SELECT * FROM unnest($1, $2)', target, first_column, second_column)
        USING first_ids, second_ids;
    IF checked_at_once THEN
        PERFORM set_config('session_replication_role', previous, true);
    END IF;
    RETURN checked_at_once;
END
$$""")
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    # On a database whose roles are set up, editors import (db.pg_roles); the migration runs
    # as the admin group, which owns the function.
    database = bind.exec_driver_sql("SELECT current_database()").scalar()
    editor = pg_roles.group_name(database, pg_roles.Role.EDITOR)
    if bind.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(name)s", {"name": editor}).scalar():
        bind.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {SIGNATURE} TO "{editor}"')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")

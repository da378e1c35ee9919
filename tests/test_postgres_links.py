"""An import's links on PostgreSQL: ``insert_links`` (migration 0013) checks their foreign keys
once for the set where the tables' owner may turn the per-row checks off, and row by row
elsewhere; either way nothing that refers to a missing row is written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import DBAPIError

from secretariat.db import Database
from secretariat.db.bulk import bulk_insert, links_checked_at_once
from secretariat.db.errors import PermissionDeniedError
from secretariat.models import Recommendation, Tag, recommendation_tag


@pytest.fixture
def granted(shared) -> Iterator[object]:
    """The shared database with its admin group given the right to turn the checks off, as a
    superuser would give it (README); taken back afterwards, so the group can be dropped."""
    group = f"{shared.name}_admin"
    with shared.server.admin_connection() as conn:
        if int(conn.execute("SHOW server_version_num").fetchone()[0]) < 150000:
            pytest.skip("GRANT SET ON PARAMETER needs PostgreSQL 15 or later")
        conn.execute(f'GRANT SET ON PARAMETER session_replication_role TO "{group}"')
    try:
        yield shared
    finally:
        with shared.server.admin_connection() as conn:
            conn.execute(f'REVOKE SET ON PARAMETER session_replication_role FROM "{group}"')


@contextmanager
def _opened(shared, who: str) -> Iterator[Database]:
    db = shared.open(who)
    try:
        yield db
    finally:
        db.dispose()


def _recommendations_and_tag(db: Database, count: int, first: int = 0) -> tuple[list[int], int]:
    with db.write() as s:
        ids = list(s.execute(insert(Recommendation.__table__).returning(Recommendation.id), [
            {"natural_key": f"upr|UPR|4|{n}", "paragraph": str(n), "text": f"Ratify protocol {n}",
             "search_text": f"ratify protocol {n}"} for n in range(first, first + count)]).scalars())
        tag = s.execute(insert(Tag.__table__).returning(Tag.id),
                        {"kind": "theme", "name": f"Torture {first}", "search_text": f"torture {first}"}).scalar_one()
    return ids, tag


def _links(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(recommendation_tag))


def _foreign_key_refused(db: Database, rows: list[tuple]) -> None:
    with pytest.raises(DBAPIError) as raised:
        with db.write() as s:
            bulk_insert(s, recommendation_tag, ("recommendation_id", "tag_id"), rows)
    assert isinstance(raised.value.orig, psycopg.errors.ForeignKeyViolation)


def _call(session, first: list[int], second: list[int]) -> bool:
    """``insert_links`` for tag links; whether it checked them at once."""
    return session.execute(text("SELECT insert_links('recommendation_tag', 'recommendation_id', 'tag_id', "
                                ":first, :second)"), {"first": first, "second": second}).scalar()


def _at_once(db: Database) -> bool | None:
    with db.read() as s:
        return links_checked_at_once(s)


def _replication_role(db: Database) -> str:
    with db.read() as s:
        return s.execute(text("SHOW session_replication_role")).scalar()


def test_without_the_right_an_editors_links_are_checked_row_by_row(shared):
    with _opened(shared, "editor") as editor:
        assert _at_once(editor) is False
        ids, tag = _recommendations_and_tag(editor, 300)
        with editor.write() as s:
            assert _call(s, ids[:150], [tag] * 150) is False  # the function, row by row
            bulk_insert(s, recommendation_tag, ("recommendation_id", "tag_id"), [(i, tag) for i in ids[150:]])
        assert _links(editor) == 300
        _foreign_key_refused(editor, [(max(ids) + 1000, tag)])
        assert _links(editor) == 300


def test_with_the_right_an_editors_links_are_checked_at_once_and_still_refused_when_missing(granted):
    with _opened(granted, "editor") as editor:
        assert _at_once(editor) is True
        ids, tag = _recommendations_and_tag(editor, 300)
        with editor.write() as s:
            assert _call(s, ids[:150], [tag] * 150) is True
            assert s.execute(text("SHOW session_replication_role")).scalar() == "origin"
            bulk_insert(s, recommendation_tag, ("recommendation_id", "tag_id"), [(i, tag) for i in ids[150:]])
        assert _links(editor) == 300
        # A missing recommendation, then a missing tag, among rows that exist: nothing is written.
        more, _ = _recommendations_and_tag(editor, 5, first=1000)
        _foreign_key_refused(editor, [(i, tag) for i in more] + [(max(more) + 1000, tag)])
        _foreign_key_refused(editor, [(i, tag + 1000) for i in more])
        assert _links(editor) == 300
        assert _replication_role(editor) == "origin"


def test_links_checked_at_once_keep_what_they_refer_to_until_the_commit(granted):
    """The set's check locks the rows it found as the per-row check does: a tag that new links
    refer to cannot be deleted by another client before those links are committed."""
    with _opened(granted, "editor") as editor:
        ids, tag = _recommendations_and_tag(editor, 10)
        with editor.write() as s:
            bulk_insert(s, recommendation_tag, ("recommendation_id", "tag_id"), [(i, tag) for i in ids])
            with psycopg.connect(granted.url("admin").replace("postgresql+psycopg", "postgresql")) as other:
                other.execute("SET lock_timeout = '300ms'")
                with pytest.raises(psycopg.errors.LockNotAvailable):
                    other.execute("DELETE FROM tag WHERE id = %s", (tag,))
        assert _links(editor) == 10


def test_a_reader_may_not_write_links_through_the_function(granted):
    with _opened(granted, "reader") as reader:
        with pytest.raises(PermissionDeniedError):
            with reader.write() as s:
                s.execute(text("SELECT insert_links('recommendation_tag', 'recommendation_id', 'tag_id', "
                               "ARRAY[1], ARRAY[1])"))


def test_only_link_tables_are_written_through_the_function(granted):
    with _opened(granted, "editor") as editor:
        with pytest.raises(DBAPIError, match="not a link table"):
            with editor.write() as s:
                s.execute(text("SELECT insert_links('audit_entry', 'id', 'id', ARRAY[1], ARRAY[1])"))


def test_upgrading_a_set_up_database_lets_its_editors_and_only_them_use_the_function(shared):
    """A database set up before migration 0013: the administrator's upgrade creates the
    function for the admin group, and gives it to the editors, not to everyone."""
    from alembic import command

    from secretariat.db import migrate

    owner = shared.open("owner")
    with owner.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0012")
    owner.dispose()
    shared.open("admin").dispose()  # upgrades
    query = text("SELECT has_function_privilege(current_user, "
                 "'insert_links(text, text, text, integer[], integer[])', 'EXECUTE')")
    for who, allowed in (("editor", True), ("reader", False)):
        db = shared.open(who)
        try:
            with db.read() as s:
                assert s.execute(query).scalar() is allowed, who
        finally:
            db.dispose()
    with shared.server.admin_connection(shared.name) as conn:
        owner_name = conn.execute("SELECT proowner::regrole::text FROM pg_proc WHERE proname = 'insert_links'"
                                  ).fetchone()[0]
    assert owner_name == f"{shared.name}_admin"


def test_the_function_and_the_import_name_the_same_link_tables():
    import importlib

    from secretariat.db.bulk import LINK_TABLES

    migration = importlib.import_module("secretariat.db.migrations.versions.0013_link_insert_function")
    assert set(migration.LINK_TABLES) == LINK_TABLES


def test_a_link_table_with_a_trigger_of_its_own_is_checked_row_by_row(pg_db):
    """Replica mode would turn a table's own triggers off too: such a table is not written so."""
    with pg_db.write() as s:
        s.execute(text("CREATE FUNCTION count_links() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RETURN NEW; END $$"))
        s.execute(text("CREATE TRIGGER counted AFTER INSERT ON recommendation_tag "
                       "FOR EACH ROW EXECUTE FUNCTION count_links()"))
    ids, tag = _recommendations_and_tag(pg_db, 3)
    with pg_db.write() as s:
        assert links_checked_at_once(s) is True  # the superuser may, but not for this table
        assert _call(s, ids, [tag] * 3) is False
    assert _links(pg_db) == 3


def test_setup_server_says_how_imports_get_faster_until_the_right_is_given(shared, capsys):
    from secretariat.cli import main as cli_main

    grant = f'GRANT SET ON PARAMETER session_replication_role TO "{shared.name}_admin";'
    assert cli_main(["--db", shared.url("owner"), "setup-server"]) == 0
    assert grant in capsys.readouterr().out
    with shared.server.admin_connection() as conn:
        if int(conn.execute("SHOW server_version_num").fetchone()[0]) < 150000:
            return
        conn.execute(grant)
    try:
        assert cli_main(["--db", shared.url("owner"), "setup-server"]) == 0
        out = capsys.readouterr().out
        assert "are set up" in out and grant not in out
    finally:
        with shared.server.admin_connection() as conn:
            conn.execute(f'REVOKE SET ON PARAMETER session_replication_role FROM "{shared.name}_admin"')

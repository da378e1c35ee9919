"""A shared office database on PostgreSQL: roles, two clients at once, snapshots, passwords.

Every test runs against a real server the tests start (see tests/pg_server.py), in a new
database set up as its first administrator would: the owner runs ``setup-server``.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from secretariat.cli import main as cli_main
from secretariat.db import Database, DatabaseError, open_database
from secretariat.db.errors import AuthenticationError, PermissionDeniedError
from secretariat.models import AuditEntry
from secretariat.services import audit, commission, directory, meetings, names, plans, recommendations, shared_backup, users
from secretariat.services.errors import ConflictError
from secretariat.services.users import NotAllowedError

OWNER_PASSWORD = "owner-secret-1"

def test_each_login_has_its_role_and_the_window_asks_the_database(shared):
    for who, expected in (("owner", "admin"), ("admin", "admin"), ("editor", "editor"), ("reader", "reader")):
        db = shared.open(who)
        try:
            assert users.rights(db).role == expected
        finally:
            db.dispose()
    db = shared.open("admin")
    try:
        listed = {entry.name: entry.role.value for entry in users.list_users(db)}
    finally:
        db.dispose()
    assert listed[shared.login("reader")] == "reader"
    assert listed[shared.login("editor")] == "editor"
    assert listed[shared.login("admin")] == "admin"


def test_reader_is_refused_by_every_writing_service_and_nothing_is_written(shared):
    editor = shared.open("editor")
    org = directory.create_organization(editor, name="Ministry of Justice", kind="ministry")
    editor.dispose()
    reader = shared.open("reader")
    try:
        before = _counts(reader)
        attempts = [
            lambda: directory.create_organization(reader, name="Ministry of Culture", kind="ministry"),
            lambda: directory.update_organization(reader, org.id, notes="x"),
            lambda: meetings.create_meeting(reader, starts_at=datetime(2026, 3, 1, 10)),
            lambda: directory.delete_organization(reader, org.id),
            lambda: directory.create_person(reader, full_name="A. Person"),
            lambda: meetings.create_meeting(reader, starts_at=datetime(2026, 3, 2, 10)),
            lambda: plans.create_plan(reader, "National action plan on human rights"),
            lambda: recommendations.create_recommendation(reader, "Ratify the Optional Protocol"),
            lambda: users.add_user(reader, "intruder", "admin", "long-enough-1"),
            lambda: shared_backup.restore_snapshot(reader, Path("unused.sqlite")),
        ]
        for attempt in attempts:
            with pytest.raises((PermissionDeniedError, NotAllowedError)) as caught:
                attempt()
            assert "Nothing was" in str(caught.value) or "Only an administrator" in str(caught.value)
        book = Path(__file__).resolve().parent / "io_excel" / "fixtures" / "ohchr_4th_cycle_thematic.xlsx"
        assert cli_main(["--db", shared.url("reader"), "import", "recommendations", str(book)]) == 2
        assert _counts(reader) == before
    finally:
        reader.dispose()


def test_database_itself_refuses_an_editor_changing_the_audit_log_or_schema(shared):
    editor = shared.open("editor")
    try:
        directory.create_organization(editor, name="Ministry of Health", kind="ministry")
        with pytest.raises(PermissionDeniedError):
            with editor.write() as s:
                s.execute(AuditEntry.__table__.delete())
        with pytest.raises(PermissionDeniedError):
            with editor.write() as s:
                s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        with pytest.raises((PermissionDeniedError, NotAllowedError)):
            users.add_user(editor, "someone", "reader", "long-enough-1")
        with pytest.raises(PermissionDeniedError):  # the Commission's names are an admin's to change
            names.set_commission_names(editor, {"name.en": "Another commission"})
        with pytest.raises(PermissionDeniedError):  # so is the State under review of its imports
            commission.set_state_under_review(editor, "Kazakhstan")
        assert commission.state_under_review(editor) == "Turkmenistan"
    finally:
        editor.dispose()
    admin = shared.open("admin")
    try:
        names.set_commission_names(admin, {"name.en": "The Commission, renamed by its administrator"})
        assert names.commission_name(admin, "en") == "The Commission, renamed by its administrator"
        commission.set_state_under_review(admin, "Kazakhstan")
        assert commission.state_under_review(admin) == "Kazakhstan"
    finally:
        admin.dispose()


def test_two_clients_editing_one_meeting_conflict_and_nothing_is_lost(shared):
    first, second = shared.open("editor"), shared.open("admin")
    try:
        meeting = meetings.create_meeting(first, starts_at=datetime(2026, 4, 2, 10))
        loaded_first = meetings.get_meeting(first, meeting.id)
        loaded_second = meetings.get_meeting(second, meeting.id)
        meetings.update_meeting(second, meeting.id, venue="Ashgabat, room 2", expected_version=loaded_second.version)
        with pytest.raises(ConflictError):
            meetings.update_meeting(first, meeting.id, venue="Room 5", expected_version=loaded_first.version)
        kept = meetings.get_meeting(first, meeting.id)
        assert kept.venue == "Ashgabat, room 2"
        # The first person reloads and saves theirs: both changes are in the history.
        meetings.update_meeting(first, meeting.id, venue="Room 5", expected_version=kept.version)
        rows = audit.history_for(first, "meeting", meeting.id)
        logins = {row.db_user for row in rows}
        assert {shared.login("editor"), shared.login("admin")} <= logins
    finally:
        first.dispose()
        second.dispose()


def test_audit_log_records_the_database_login(shared):
    db = shared.open("editor")
    try:
        org = directory.create_organization(db, name="Ministry of Education", kind="ministry")
        with db.read() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "organization",
                                                       AuditEntry.record_id == org.id)).first()
        assert entry is not None and entry.db_user == shared.login("editor")
    finally:
        db.dispose()


def test_import_in_one_client_while_the_other_reads(shared):
    book = Path(__file__).resolve().parent / "io_excel" / "fixtures" / "ohchr_4th_cycle_thematic.xlsx"
    reader = shared.open("reader")
    seen: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def read_meanwhile() -> None:
        try:
            while not done.is_set():
                with reader.read() as s:
                    seen.append(int(s.connection().exec_driver_sql("SELECT count(*) FROM recommendation").scalar()))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=read_meanwhile)
    thread.start()
    try:
        code = cli_main(["--db", shared.url("editor"), "import", "recommendations", str(book)])
    finally:
        done.set()
        thread.join()
        reader.dispose()
    assert code == 0
    assert not errors
    assert seen and set(seen) <= {0, 7}  # the reader saw before or after, never half an import
    db = shared.open("reader")
    try:
        with db.read() as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM recommendation").scalar() == 7
    finally:
        db.dispose()
    # The import numbered its rows itself (COPY): the next ones made one by one follow them.
    editor = shared.open("editor")
    try:
        made = recommendations.create_recommendation(editor, "Protect the rights of persons with disabilities",
                                                     paragraph="9.9")
        assert made.id == 8
    finally:
        editor.dispose()


def test_wrong_password_is_refused_without_showing_it(shared, capsys):
    wrong = "Wr0ng-Pa55word-xyz"
    url = shared.server.url(shared.name, shared.login("editor"), wrong)
    with pytest.raises(AuthenticationError) as caught:
        open_database(url)
    assert wrong not in str(caught.value)
    assert cli_main(["--db", url, "summary", "--json"]) == 2
    out, err = capsys.readouterr()
    assert wrong not in out + err
    assert "wrong login or password" in err


def test_user_commands_from_the_cli(shared, tmp_path: Path, capsys):
    password_file = tmp_path / "pw"
    password_file.write_text("clerk-secret-12\n")
    admin = shared.url("admin")
    login = f"{shared.name}_clerk"
    assert cli_main(["--db", admin, "user", "add", login, "--role", "editor",
                     "--password-file", str(password_file)]) == 0
    assert cli_main(["--db", admin, "user", "role", login, "reader"]) == 0
    capsys.readouterr()
    assert cli_main(["--db", admin, "user", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert f'"login": "{login}"' in out and '"role": "reader"' in out
    clerk = open_database(shared.server.url(shared.name, login, "clerk-secret-12"))
    assert users.rights(clerk).role == "reader"
    clerk.dispose()
    assert cli_main(["--db", admin, "user", "remove", login]) == 0
    capsys.readouterr()
    assert cli_main(["--db", admin, "user", "list"]) == 0
    assert login not in capsys.readouterr().out
    with pytest.raises(DatabaseError):
        open_database(shared.server.url(shared.name, login, "clerk-secret-12"))


def test_snapshot_opens_offline_and_restores_into_an_empty_database(shared, pg_server, tmp_path: Path):
    editor = shared.open("editor")
    from secretariat.services import demo

    demo.fill_demo(editor)
    before = _counts(editor)
    editor.dispose()
    out = tmp_path / "snap.sqlite"
    assert cli_main(["--db", shared.url("reader"), "backup", str(out)]) == 0
    local = open_database(out)
    try:
        assert _counts(local) == before
        assert len(meetings.list_meetings(local)) > 0
    finally:
        local.dispose()
    assert cli_main(["--db", shared.url("reader"), "backup", str(out)]) == 2  # never replaced
    # Restoring into a database that holds records is refused; into an empty one it works.
    assert cli_main(["--db", shared.url("admin"), "restore", str(out)]) == 2
    empty = pg_server.create_database(owner=shared.owner)
    target = pg_server.url(empty, shared.owner, OWNER_PASSWORD)
    assert cli_main(["--db", target, "restore", str(out)]) == 0
    restored = open_database(target)
    try:
        assert _counts(restored) == {**before, "audit_entry": before["audit_entry"] + 1}
        directory.create_organization(restored, name="A new one after the restore", kind="ministry")
    finally:
        restored.dispose()
        pg_server.drop_database(empty)


def test_newer_schema_on_the_server_is_refused(pg_db):
    from secretariat.db import NewerSchemaError

    with pg_db.write() as s:
        s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerSchemaError) as caught:
        open_database(pg_db.url)
    assert pg_db.url.split("@")[0].split(":")[-1] not in str(caught.value)


def _counts(db: Database) -> dict[str, int]:
    from secretariat.db import pg_snapshot

    with db.read() as s:
        return pg_snapshot.row_counts(s.connection())


def test_shared_backup_result_names_the_file(shared, tmp_path: Path):
    db = shared.open("reader")
    try:
        result = shared_backup.snapshot(db, tmp_path)
    finally:
        db.dispose()
    assert result.path.parent == tmp_path and result.path.suffix == ".sqlite"


def test_two_saves_of_one_meeting_at_the_same_moment_lose_nothing(shared):
    """The second save waits for the first, then finds the version changed: a conflict, as when
    the second save comes later (so the editor shows both versions side by side)."""
    first, second = shared.open("editor"), shared.open("admin")
    try:
        meeting = meetings.create_meeting(first, starts_at=datetime(2026, 5, 6, 10))
        outcome: list[BaseException | None] = []
        with second.write() as s:  # the other person's save, not yet committed
            s.connection().exec_driver_sql(
                f"UPDATE meeting SET venue = 'Room 1', version = version + 1 WHERE id = {meeting.id}")

            def save() -> None:
                try:
                    meetings.update_meeting(first, meeting.id, venue="Room 9", expected_version=meeting.version)
                    outcome.append(None)
                except BaseException as exc:  # noqa: BLE001 - looked at below
                    outcome.append(exc)

            thread = threading.Thread(target=save)
            thread.start()
            thread.join(timeout=1.0)  # it waits for the row lock while the other save is open
            assert thread.is_alive()
        thread.join()
        assert isinstance(outcome[0], ConflictError)
        assert meetings.get_meeting(first, meeting.id).venue == "Room 1"
    finally:
        first.dispose()
        second.dispose()


def test_recommendations_page_order_is_served_by_its_index(pg_db):
    """The migration's index spells the expression the service sorts by (no sort of every row)."""
    from sqlalchemy import select as sa_select
    from sqlalchemy.dialects import postgresql

    from secretariat.models import Recommendation
    from secretariat.services.recommendations import RecommendationQuery, _rec_filter, _rec_order

    stmt = _rec_filter(sa_select(Recommendation.id), RecommendationQuery()).order_by(*_rec_order("paragraph"))
    sql = str(stmt.limit(200).compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
    with pg_db.read() as s:
        connection = s.connection()
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = "\n".join(row[0] for row in connection.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%")))
    assert "ix_recommendation_paragraph_order" in plan, plan


def test_a_search_is_served_by_the_words_index(pg_db):
    """The query spells the expression of the words index (migration 0012) with constants."""
    from sqlalchemy import func
    from sqlalchemy import select as sa_select

    from secretariat.models import Recommendation
    from secretariat.services.recommendations import RecommendationQuery, _rec_filter

    stmt = _rec_filter(sa_select(func.count(Recommendation.id)), RecommendationQuery(search="educ rights"))
    with pg_db.read() as s:
        connection = s.connection()
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        compiled = stmt.compile(dialect=connection.dialect)
        plan = "\n".join(row[0] for row in connection.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params))
    assert "ix_recommendation_search_words" in plan, plan


def test_unreachable_server_is_said_in_words_without_the_password(pg_server):
    import socket

    from secretariat.db.errors import DatabaseUnreachableError

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg://clerk:Very-Secret-9@127.0.0.1:{port}/secretariat?connect_timeout=3"
    with pytest.raises(DatabaseUnreachableError) as caught:
        open_database(url)
    assert "Very-Secret-9" not in str(caught.value) and "cannot be reached" in str(caught.value)


def test_schema_upgrade_of_a_shared_database_is_for_an_administrator(shared):
    """A shared database one version behind: a reader is told to ask, an administrator upgrades it."""
    from secretariat.db import MigrationError, migrate

    from alembic import command

    owner = shared.open("owner")
    with owner.engine.begin() as connection:  # one migration back, by the migrations' own downgrade
        command.downgrade(migrate.alembic_config(connection), "-1")
    owner.dispose()
    with pytest.raises(MigrationError) as caught:
        shared.open("reader")
    assert "only an administrator" in str(caught.value)
    admin = shared.open("admin")
    try:
        assert migrate.current_revision(admin.engine) == migrate.HEAD_REVISION
        directory.create_organization(admin, name="After the upgrade", kind="ministry")
    finally:
        admin.dispose()
    editor = shared.open("editor")  # the new column belongs to the admin group; editors still write
    try:
        directory.create_organization(editor, name="Written by an editor", kind="ministry")
    finally:
        editor.dispose()


def test_a_server_database_of_another_program_is_left_alone(pg_server):
    from secretariat.db import ForeignDatabaseError

    name = pg_server.create_database()
    with pg_server.admin_connection(name) as conn:
        conn.execute("CREATE TABLE invoices (id integer primary key)")
    try:
        with pytest.raises(ForeignDatabaseError) as caught:
            open_database(pg_server.url(name))
        assert "not Secretariat's" in str(caught.value)
        with pg_server.admin_connection(name) as conn:
            tables = {row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert tables == {"invoices"}
    finally:
        pg_server.drop_database(name)


def test_an_editors_large_import_refreshes_the_statistics_of_the_table_and_its_links(shared):
    """ANALYZE is the owner's right: an editor's import refreshes them through the function of
    migration 0012, which a reader may not call."""
    from sqlalchemy import insert, literal, text
    from sqlalchemy import select as sa_select

    from secretariat.db.bulk import REFRESH_STATISTICS_FROM, refresh_statistics
    from secretariat.models import Recommendation, Tag, recommendation_tag

    editor = shared.open("editor")
    try:
        with editor.write() as s:
            s.execute(insert(Recommendation.__table__), [
                {"natural_key": f"upr|UPR|4|{n}", "paragraph": str(n), "text": f"Ratify protocol {n}",
                 "search_text": f"ratify protocol {n}"} for n in range(REFRESH_STATISTICS_FROM)])
            tag = s.execute(insert(Tag.__table__).returning(Tag.id),
                            {"kind": "theme", "name": "Torture", "search_text": "torture"}).scalar_one()
            s.execute(insert(recommendation_tag).from_select(
                ["recommendation_id", "tag_id"], sa_select(Recommendation.id, literal(tag))))
            refresh_statistics(s, "recommendation", REFRESH_STATISTICS_FROM)
    finally:
        editor.dispose()
    with shared.server.admin_connection(shared.name) as conn:
        analyzed = set(conn.execute("SELECT tablename, attname FROM pg_stats").fetchall())
    assert {("recommendation", "search_text"), ("recommendation_tag", "recommendation_id")} <= analyzed
    reader = shared.open("reader")
    try:
        with pytest.raises(PermissionDeniedError):
            with reader.read() as s:
                s.execute(text("SELECT refresh_statistics('recommendation')"))
    finally:
        reader.dispose()

"""Opening databases: created on first use, bad files refused and left unchanged."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from secretariat.db import (
    DatabaseNotWritableError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    migrate,
    open_database,
)
from secretariat.db.paths import default_database_path, resolve_database_url


def test_new_database_created_in_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "new.sqlite"
    db = open_database(path)
    db.dispose()
    assert path.is_file()


def test_text_file_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Minutes of the meeting, not a database", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError) as info:
        open_database(path)
    assert "not a Secretariat database" in str(info.value)
    assert path.read_bytes() == before


def test_folder_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError):
        open_database(tmp_path)


def test_foreign_sqlite_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert path.read_bytes() == before


def test_newer_schema_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as info:
        open_database(path)
    assert "newer version" in str(info.value)
    assert path.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseNotWritableError):
            open_database(folder / "x.sqlite")
    finally:
        folder.chmod(0o700)


def test_unwritable_location_refused(tmp_path: Path) -> None:
    """A path under a regular file can never be created, whoever runs the tests."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseNotWritableError):
        open_database(blocker / "sub" / "x.sqlite")


def test_url_and_env_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_database_url("sqlite:///x.db") == "sqlite:///x.db"
    assert resolve_database_url(tmp_path / "y.sqlite") == f"sqlite:///{tmp_path / 'y.sqlite'}"
    monkeypatch.setenv("SECRETARIAT_DB", str(tmp_path / "env.sqlite"))
    assert resolve_database_url(None) == f"sqlite:///{tmp_path / 'env.sqlite'}"
    monkeypatch.delenv("SECRETARIAT_DB")
    assert resolve_database_url(None) == f"sqlite:///{default_database_path()}"


def test_sqlalchemy_url_accepted(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'by-url.sqlite'}")
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.dispose()


RELEASES = Path(__file__).parent / "fixtures" / "releases"


@pytest.mark.parametrize("release", sorted(p.name for p in RELEASES.glob("*.sqlite")))
def test_databases_of_every_release_open_and_upgrade(release: str, tmp_path: Path) -> None:
    """Electrum-style: a real file written by each released version opens today."""
    import shutil

    from secretariat.services.health import check_database
    from secretariat.services.summary import summary

    path = tmp_path / release
    shutil.copyfile(RELEASES / release, path)
    db = open_database(path)
    try:
        assert check_database(db) == []
        assert summary(db)["meetings"]["total"] > 0
    finally:
        db.dispose()

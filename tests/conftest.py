"""Test configuration: offscreen Qt, isolated user folders, real SQLite files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: no screen, and no test touches the
# real user's data, settings or logs.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="secretariat-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ.pop("SECRETARIAT_DB", None)
# The interface language follows the system's on a first start: tests run in English
# whatever the machine's locale (the translated interface is tested on purpose).
os.environ.pop("LANGUAGE", None)
os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402

from secretariat.db import Database, open_database  # noqa: E402
from secretariat.services import demo  # noqa: E402

from pg_shared import shared  # noqa: E402,F401 - the fixture of a set-up shared database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" unless a test module runs on both backends (``pg_server.both_backends``)."""
    return getattr(request, "param", "sqlite")


def _checkpointed(database: Database) -> None:
    """Fold the WAL into the file and close it, so copying the file alone copies everything."""
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, migrated SQLite file without its identity: each copy is given its own on opening.

    Running the migrations takes most of a second; copying the result, milliseconds.
    """
    from secretariat.db.identity import KIND, SIGNATURE

    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    database = open_database(path)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM import_layout WHERE kind = ? AND signature = ?", (KIND, SIGNATURE))
    _checkpointed(database)
    return path


@pytest.fixture
def db(request: pytest.FixtureRequest, db_backend: str, db_path: Path) -> Database:
    """A new migrated database on the backend under test (SQLite: a copy of ``_empty_template``)."""
    import shutil

    if db_backend == "postgresql":
        yield request.getfixturevalue("pg_db")
        return
    shutil.copyfile(request.getfixturevalue("_empty_template"), db_path)
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def any_db(db: Database) -> Database:
    """The database of the backend under test (SQLite, or PostgreSQL where both run)."""
    return db


# -- PostgreSQL: a real server, started by the tests in a temporary folder ------------------

@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the whole run; skipped (failed under CI=true) without binaries."""
    import pg_server as server_module

    reason = server_module.skip_reason()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    server = server_module.start_server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _pg_template(pg_server) -> str:
    """An empty, migrated database that each test's database is copied from."""
    name = pg_server.create_database(f"tmpl_empty_{os.getpid()}")
    open_database(pg_server.url(name)).dispose()
    return name


@pytest.fixture(scope="session")
def _pg_demo_template(pg_server, _pg_template: str) -> str:
    name = pg_server.create_database(f"tmpl_demo_{os.getpid()}", template=_pg_template)
    database = open_database(pg_server.url(name))
    demo.fill_demo(database)
    database.dispose()
    return name


def _pg_copy(pg_server, template: str):
    name = pg_server.create_database(template=template)
    database = open_database(pg_server.url(name))
    yield database
    database.dispose()
    pg_server.drop_database(name)


@pytest.fixture
def pg_db(pg_server, _pg_template: str) -> Database:
    """A fresh migrated PostgreSQL database, connected as the server's superuser."""
    yield from _pg_copy(pg_server, _pg_template)


@pytest.fixture
def pg_demo_db(pg_server, _pg_demo_template: str) -> Database:
    """A private PostgreSQL copy of the demo database."""
    yield from _pg_copy(pg_server, _pg_demo_template)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    demo.fill_demo(database)
    _checkpointed(database)
    return path


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, db_backend: str, _demo_template: Path, tmp_path: Path) -> Database:
    """A private copy of the demo database (filled once per test run), on the backend under test."""
    import shutil

    if db_backend == "postgresql":
        yield request.getfixturevalue("pg_demo_db")
        return

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_template, path)
    database = open_database(path)
    yield database
    database.dispose()


@pytest.fixture
def settings(tmp_path: Path):
    """QSettings in a temporary INI file, so layout memory is tested in isolation."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(qapp, db: Database, settings):
    from secretariat.ui.app.application import create_application
    from secretariat.ui.core.context import AppContext

    create_application()
    return AppContext(db, settings)


@pytest.fixture
def demo_context(qapp, demo_db: Database, settings):
    from secretariat.ui.app.application import create_application
    from secretariat.ui.core.context import AppContext

    create_application()
    return AppContext(demo_db, settings)


def _type_text(widget, text: str) -> None:
    """Type any text (Turkmen, Cyrillic...) into *widget*, as a keyboard layout would.

    QTest.keyClicks aborts on characters outside ASCII, so each character is sent as
    a key press/release carrying that text, the way an input method delivers it.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key.Key_unknown if not char.isascii() else Qt.Key(ord(char.upper()))
        if char == "\n":
            key, char = Qt.Key.Key_Return, "\r"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()


@pytest.fixture
def type_text():
    """``type_text(widget, "Türkmen ýazgy, Министерство")`` types into the widget."""
    return _type_text

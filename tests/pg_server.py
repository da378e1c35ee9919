"""A throwaway PostgreSQL server for the tests and benchmarks, in a temporary folder.

The server binaries come from the system (Debian's ``postgresql`` package puts them under
/usr/lib/postgresql/VERSION/bin, not on PATH). ``initdb`` refuses to run as root, so as root
the cluster belongs to an unprivileged system user (``postgres`` if it exists, else
``nobody``) and the server runs under that user through ``runuser``/``setpriv``.
Password authentication over TCP (scram-sha-256), so a wrong password is really refused.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

INSTALL_HINT = "apt-get install -y postgresql"
SUPERUSER = "postgres"


def find_bin_dir() -> Path | None:
    """The newest installed PostgreSQL server's bin folder, or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    return None


def skip_reason() -> str | None:
    if find_bin_dir() is None:
        return f"PostgreSQL server binaries not found (install them with: {INSTALL_HINT})"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as(user: str | None) -> list[str]:
    if user is None:
        return []
    if shutil.which("runuser"):
        return ["runuser", "-u", user, "--"]
    entry = pwd.getpwnam(user)
    return ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups", "--"]


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' user exists")


@dataclass
class PgServer:
    """A running cluster: ``url(database, user, password)`` names a database on it."""

    folder: Path
    port: int
    password: str
    bin_dir: Path
    user: str | None
    _counter: int = field(default=0, repr=False)

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        password = self.password if password is None and user == SUPERUSER else password
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def admin_connection(self, database: str = "postgres"):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, password=self.password,
                               dbname=database, autocommit=True)

    def new_database_name(self, prefix: str = "t") -> str:
        self._counter += 1
        return f"{prefix}{os.getpid()}_{self._counter}"

    def create_database(self, name: str | None = None, *, template: str | None = None,
                        owner: str | None = None) -> str:
        from psycopg import sql

        name = name or self.new_database_name()
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        if owner:
            statement += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        with self.admin_connection() as conn:
            conn.execute(statement)
        return name

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.admin_connection() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def create_login(self, name: str, password: str, *, createrole: bool = False) -> None:
        from psycopg import sql

        with self.admin_connection() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
                sql.Identifier(name), sql.SQL("CREATEROLE" if createrole else "NOCREATEROLE"),
                sql.Literal(password)))

    def stop(self) -> None:
        subprocess.run(_run_as(self.user) + [str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                                             "-m", "immediate", "-w", "stop"],
                       check=False, capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server(durable: bool = False) -> PgServer:
    """initdb + pg_ctl start in a fresh temporary folder; the caller stops it.

    Tests run without fsync (nothing to keep); *durable* keeps PostgreSQL's defaults (benchmarks).
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError(skip_reason())
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="secretariat-pg-"))
    data = folder / "data"
    password = secrets.token_urlsafe(16)
    pwfile = folder / "pw"
    pwfile.write_text(password)
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        os.chown(pwfile, entry.pw_uid, entry.pw_gid)
    folder.chmod(0o700)
    prefix = _run_as(user)
    subprocess.run(prefix + [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, f"--pwfile={pwfile}",
                             "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8",
                             "--locale=C.UTF-8", "--no-sync"],
                   check=True, capture_output=True, cwd=folder)
    pwfile.unlink()
    port = _free_port()
    options = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
               "-c max_connections=60 -c shared_buffers=128MB")
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(prefix + [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
                             "-w", "-t", "60", "start"],
                   check=True, capture_output=True, cwd=folder)
    server = PgServer(folder=folder, port=port, password=password, bin_dir=bin_dir, user=user)
    for _ in range(50):
        try:
            server.admin_connection().close()
            break
        except Exception:  # noqa: BLE001 - still starting
            time.sleep(0.1)
    return server


BACKENDS = ("sqlite", "postgresql")


def both_backends(metafunc) -> None:
    """``pytest_generate_tests`` body: tests using ``db``/``demo_db`` run on SQLite and PostgreSQL.

    A test marked ``sqlite_only`` (it looks at the file itself) keeps the SQLite run only.
    """
    uses_database = {"db", "any_db", "demo_db"} & set(metafunc.fixturenames)
    if not uses_database or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("db_backend", BACKENDS, indirect=True)

"""A shared database set up as its first administrator would, with one login per role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from secretariat.cli import main as cli_main
from secretariat.db import Database, open_database
from secretariat.services import users

OWNER_PASSWORD = "owner-secret-1"
PASSWORDS = {"reader": "reader-secret-1", "editor": "editor-secret-1", "admin": "admin-secret-1"}


@dataclass
class Shared:
    """A set-up shared database and the URL of each person's login."""

    server: object
    name: str
    owner: str

    def url(self, who: str) -> str:
        login = self.owner if who == "owner" else f"{self.name}_{who}_login"
        password = OWNER_PASSWORD if who == "owner" else PASSWORDS[who]
        return self.server.url(self.name, login, password)

    def login(self, who: str) -> str:
        return self.owner if who == "owner" else f"{self.name}_{who}_login"

    def open(self, who: str) -> Database:
        return open_database(self.url(who))


def set_up(pg_server, name: str) -> Shared:
    """A new database *name* owned by a CREATEROLE login, ``setup-server`` run, one login per role."""
    owner = f"{name}_owner"
    pg_server.create_login(owner, OWNER_PASSWORD, createrole=True)
    pg_server.create_database(name, owner=owner)
    setup = Shared(pg_server, name, owner)
    assert cli_main(["--db", setup.url("owner"), "setup-server"]) == 0
    db = setup.open("owner")
    try:
        for role, password in PASSWORDS.items():
            users.add_user(db, setup.login(role), role, password)
    finally:
        db.dispose()
    return setup


@pytest.fixture
def shared(pg_server):
    name = pg_server.new_database_name("shared")
    setup = set_up(pg_server, name)
    owner = setup.owner
    yield setup
    pg_server.drop_database(name)
    with pg_server.admin_connection() as conn:
        for who in ("reader", "editor", "admin"):
            conn.execute(f'DROP ROLE IF EXISTS "{setup.login(who)}"')
        conn.execute(f'DROP ROLE IF EXISTS "{owner}"')
        for group in ("admin", "editor", "reader"):
            conn.execute(f'DROP ROLE IF EXISTS "{name}_{group}"')

"""Who may do what in a shared PostgreSQL database, enforced by PostgreSQL itself.

Three group roles per database, named after it (``<database>_reader``, ``_editor``,
``_admin``; for a database called ``secretariat``: ``secretariat_reader``...), so several
databases can share one server:

- reader: connect, read everything (read, search, print, export);
- editor: a reader who may also insert, update and delete the Commission's records, and add
  (never change or delete) audit entries;
- admin: an editor who owns the tables (migrations, restore, settings) and manages logins.

Every table belongs to the admin group, so any admin can upgrade the schema; default
privileges give the other groups their rights on tables a later migration creates.
Each person has a login role that is a member of one group. Everything here runs on a
psycopg connection inside the caller's transaction: all or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

ROLE_LEVELS = ("reader", "editor", "admin")


class Role(StrEnum):
    READER = "reader"
    EDITOR = "editor"
    ADMIN = "admin"


#: Tables an editor may read but not write: the schema version and the Commission's own
#: settings (its names in three languages), which only an administrator changes.
ADMIN_ONLY_TABLES = ("alembic_version", "setting")
#: Tables an editor may add to but never change (who changed what).
APPEND_ONLY_TABLES = ("audit_entry",)
#: Functions that act with their owner's rights (``refresh_statistics``: ANALYZE after an
#: import, which only a table's owner may run; ``insert_links``: an import's links, their
#: foreign keys checked once for the set, migration 0013).
SECURITY_DEFINER_FUNCTIONS = ("refresh_statistics(text)", "insert_links(text, text, text, integer[], integer[])")

_LOGIN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def group_prefix(database_name: str) -> str:
    """The prefix of the group roles for *database_name* (an identifier-safe version of it)."""
    prefix = re.sub(r"[^a-z0-9_]", "_", database_name.lower())[:40] or "secretariat"
    return prefix if not prefix[0].isdigit() else "db_" + prefix


def group_name(database_name: str, role: Role | str) -> str:
    return f"{group_prefix(database_name)}_{Role(role).value}"


def valid_login(login: str) -> bool:
    return bool(_LOGIN.match(login)) and not login.startswith("pg_")


@dataclass(frozen=True)
class Login:
    """A person's login on the shared database and the role it has there."""

    name: str
    role: Role
    can_login: bool = True


def _sql() -> Any:
    from psycopg import sql

    return sql


def _database(cur: Any) -> str:
    cur.execute("SELECT current_database()")
    return cur.fetchone()[0]


def _groups(cur: Any) -> dict[Role, str]:
    database = _database(cur)
    return {role: group_name(database, role) for role in Role}


def groups_exist(cur: Any) -> bool:
    names = list(_groups(cur).values())
    cur.execute("SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)", (names,))
    return cur.fetchone()[0] == len(names)


def current_login(cur: Any) -> str:
    cur.execute("SELECT current_user")
    return cur.fetchone()[0]


def current_role(cur: Any) -> Role | None:
    """The role of the connected login, or None where the roles were never set up.

    A superuser or the database's owner counts as admin (they set the roles up).
    """
    groups = _groups(cur)
    cur.execute(
        "SELECT r.rolsuper, pg_has_role(current_user, d.datdba, 'MEMBER') "
        "FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()")
    superuser, owner = cur.fetchone()
    cur.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s) AND pg_has_role(current_user, oid, 'MEMBER')",
                (list(groups.values()),))
    member_of = {row[0] for row in cur.fetchall()}
    for role in (Role.ADMIN, Role.EDITOR, Role.READER):
        if groups[role] in member_of:
            return role
    if superuser or owner:
        return Role.ADMIN
    return None


def admin_group(cur: Any) -> str | None:
    """The admin group if it exists and the connected login may act as it (for migrations)."""
    group = _groups(cur)[Role.ADMIN]
    cur.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s AND pg_has_role(current_user, oid, 'MEMBER')",
                (group,))
    return group if cur.fetchone()[0] else None


def create_groups(cur: Any) -> dict[Role, str]:
    """Create the group roles (if missing) and make the connected login an admin."""
    sql = _sql()
    groups = _groups(cur)
    cur.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (list(groups.values()),))
    existing = {row[0] for row in cur.fetchall()}
    for role in Role:
        if groups[role] not in existing:
            cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(groups[role])))
    cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(groups[Role.READER]),
                                                 sql.Identifier(groups[Role.EDITOR])))
    cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(groups[Role.EDITOR]),
                                                 sql.Identifier(groups[Role.ADMIN])))
    me = current_login(cur)
    cur.execute(sql.SQL("GRANT {}, {}, {} TO {} WITH ADMIN OPTION").format(
        *(sql.Identifier(groups[r]) for r in Role), sql.Identifier(me)))
    return groups


def grant_privileges(cur: Any) -> None:
    """Tables to the admin group, rights to the others; also for tables made later."""
    sql = _sql()
    groups = _groups(cur)
    reader, editor, admin = (sql.Identifier(groups[r]) for r in (Role.READER, Role.EDITOR, Role.ADMIN))
    database = sql.Identifier(_database(cur))
    cur.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA public TO {}").format(admin))
    cur.execute("SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v') "
                "AND pg_has_role(current_user, c.relowner, 'MEMBER') "
                # Sequences behind id columns follow their table.
                "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') "
                "AND d.classid = 'pg_class'::regclass AND c.relkind = 'S')")
    for name, kind in cur.fetchall():
        what = {"r": "TABLE", "S": "SEQUENCE", "v": "VIEW"}[kind]
        cur.execute(sql.SQL("ALTER {} {} OWNER TO {}").format(sql.SQL(what), sql.Identifier(name), admin))
    statements = [
        "REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        "GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {reader}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        "GRANT USAGE ON SCHEMA public TO {reader}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {editor}",
        "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {editor}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {admin} IN SCHEMA public GRANT SELECT ON TABLES TO {reader}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {admin} IN SCHEMA public "
        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {editor}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {admin} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {editor}",
    ]
    for statement in statements:
        cur.execute(sql.SQL(statement).format(database=database, reader=reader, editor=editor, admin=admin))
    cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    tables = {row[0] for row in cur.fetchall()}
    for table in ADMIN_ONLY_TABLES:
        if table in tables:
            cur.execute(sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {} FROM {}").format(sql.Identifier(table), editor))
    for table in APPEND_ONLY_TABLES:
        if table in tables:
            cur.execute(sql.SQL("REVOKE UPDATE, DELETE ON {} FROM {}").format(sql.Identifier(table), editor))
    for function in SECURITY_DEFINER_FUNCTIONS:
        cur.execute("SELECT to_regprocedure(%s) IS NOT NULL", (function,))
        if cur.fetchone()[0]:
            # Run with the tables' owner's rights, by editors only (migrations 0012 and 0013).
            cur.execute(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(sql.SQL(function), admin))
            cur.execute(sql.SQL("REVOKE ALL ON FUNCTION {} FROM PUBLIC").format(sql.SQL(function)))
            cur.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(sql.SQL(function), editor))


def list_logins(cur: Any) -> list[Login]:
    """Every login that is a member of one of this database's groups, with its highest role."""
    groups = _groups(cur)
    by_name = {name: role for role, name in groups.items()}
    cur.execute(
        "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
        "JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
        "WHERE g.rolname = ANY(%s) AND m.rolname <> ALL(%s) ORDER BY m.rolname",
        (list(groups.values()), list(groups.values())))
    found: dict[str, tuple[Role, bool]] = {}
    for member, group, can_login in cur.fetchall():
        role = by_name[group]
        if member not in found or ROLE_LEVELS.index(role) > ROLE_LEVELS.index(found[member][0]):
            found[member] = (role, can_login)
    return [Login(name, role, can) for name, (role, can) in sorted(found.items())]


def login_exists(cur: Any, login: str) -> bool:
    cur.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (login,))
    return bool(cur.fetchone()[0])


def _grant_role(cur: Any, login: str, role: Role) -> None:
    sql = _sql()
    groups = _groups(cur)
    ident = sql.Identifier(login)
    for name in groups.values():
        cur.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(name), ident))
    if role is Role.ADMIN:
        cur.execute(sql.SQL("GRANT {}, {}, {} TO {} WITH ADMIN OPTION").format(
            *(sql.Identifier(groups[r]) for r in Role), ident))
        cur.execute(sql.SQL("ALTER ROLE {} CREATEROLE").format(ident))
    else:
        cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(groups[role]), ident))
        cur.execute(sql.SQL("ALTER ROLE {} NOCREATEROLE").format(ident))


def _password_hash(cur: Any, login: str, password: str) -> str:
    """The SCRAM verifier, computed here so the password itself never reaches the server's logs."""
    pgconn = cur.connection.pgconn
    return pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def add_login(cur: Any, login: str, role: Role, password: str) -> None:
    sql = _sql()
    cur.execute(sql.SQL("CREATE ROLE {} LOGIN INHERIT PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(_password_hash(cur, login, password))))
    _grant_role(cur, login, role)


def set_role(cur: Any, login: str, role: Role) -> None:
    _grant_role(cur, login, role)


def set_password(cur: Any, login: str, password: str) -> None:
    sql = _sql()
    cur.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(_password_hash(cur, login, password))))


def remove_login(cur: Any, login: str) -> None:
    sql = _sql()
    cur.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))

"""People and their roles on a shared database: setting the roles up, adding and removing logins.

The rights themselves are PostgreSQL's (``db.pg_roles``); these use cases check the input,
say in words what is wrong, and run each change in one transaction. On a local SQLite
file there are no roles: whoever opens the file may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..db import Database
from ..db import bulk, pg_roles
from ..db.pg_roles import Login, Role
from ..i18n import translate
from .errors import DuplicateError, NotFoundError, ServiceError, ValidationError

MIN_PASSWORD = 8


class NotSharedError(ServiceError):
    """Logins and roles exist only on a shared (PostgreSQL) database."""


class NotAllowedError(ServiceError):
    """The connected login's role does not allow this (checked before the database refuses it)."""


@dataclass(frozen=True)
class Rights:
    """What the connected person may do, as the window shows it."""

    role: Role | None
    """None on a local file (no roles) or on a shared database whose roles were never set up."""
    shared: bool

    @property
    def can_edit(self) -> bool:
        return not self.shared or self.role in (Role.EDITOR, Role.ADMIN, None)

    @property
    def can_administer(self) -> bool:
        return not self.shared or self.role in (Role.ADMIN, None)

    @property
    def can_manage_users(self) -> bool:
        return self.shared and self.role is Role.ADMIN


def _cursor(session: Any) -> Any:
    return session.connection().connection.driver_connection.cursor()


def _require_shared(db: Database) -> None:
    if not db.is_shared:
        raise NotSharedError(translate("services", "Logins and roles exist only on a shared database "
                                       "(PostgreSQL); a local file has none."))


def rights(db: Database) -> Rights:
    """Ask the database which role the connected login has."""
    if not db.is_shared:
        return Rights(role=None, shared=False)
    with db.read() as s:
        return Rights(role=pg_roles.current_role(_cursor(s)), shared=True)


def roles_set_up(db: Database) -> bool:
    _require_shared(db)
    with db.read() as s:
        return pg_roles.groups_exist(_cursor(s))


def setup_server(db: Database) -> dict[Role, str]:
    """Create the group roles and their rights on this database; the connected login becomes admin.

    Run once by the database's owner (who needs the CREATEROLE right). Running it again
    repairs the rights (tables owned by the admin group, privileges of each group).
    """
    _require_shared(db)
    with db.write() as s:
        cur = _cursor(s)
        groups = pg_roles.create_groups(cur)
        pg_roles.grant_privileges(cur)
    return groups


def links_checked_at_once(db: Database) -> bool | None:
    """Whether an import's links are checked once for the set here (README, "Faster
    imports"); None where that does not apply (a local file)."""
    with db.read() as s:
        return bulk.links_checked_at_once(s)


def _check_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(translate("services", "{role!r} is not a role; expected reader, editor or admin.")
                              .format(role=role), field="role") from None


def _check_login(login: str) -> str:
    login = (login or "").strip()
    if not pg_roles.valid_login(login):
        raise ValidationError(translate("services", "{login!r} cannot be a login name: use lower-case Latin "
                                        "letters, digits, '_', '.' or '-', starting with a letter.")
                              .format(login=login), field="login")
    return login


def _admin_cursor(s: Any) -> Any:
    cur = _cursor(s)
    if not pg_roles.groups_exist(cur):
        raise NotAllowedError(translate("services", "The roles of this shared database are not set up yet: "
                                        "the database's owner runs `secretariat --db URL setup-server` first."))
    if pg_roles.current_role(cur) is not Role.ADMIN:
        raise NotAllowedError(translate("services", "Only an administrator may manage the logins of the "
                                        "shared database. Nothing was changed."))
    return cur


def list_users(db: Database) -> list[Login]:
    _require_shared(db)
    with db.read() as s:
        cur = _cursor(s)
        if not pg_roles.groups_exist(cur):
            return []
        return pg_roles.list_logins(cur)


def add_user(db: Database, login: str, role: str, password: str) -> Login:
    _require_shared(db)
    login, level = _check_login(login), _check_role(role)
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(translate("services", "The password must have at least {n} characters.")
                              .format(n=MIN_PASSWORD), field="password")
    with db.write() as s:
        cur = _admin_cursor(s)
        if pg_roles.login_exists(cur, login):
            raise DuplicateError(translate("services", "There is already a login {login} on this server.")
                                 .format(login=login), field="login")
        pg_roles.add_login(cur, login, level, password)
    return Login(login, level)


def _existing(cur: Any, login: str) -> None:
    if login not in {entry.name for entry in pg_roles.list_logins(cur)}:
        raise NotFoundError(translate("services", "There is no login {login} on this database.").format(login=login))


def change_role(db: Database, login: str, role: str) -> Login:
    _require_shared(db)
    login, level = _check_login(login), _check_role(role)
    with db.write() as s:
        cur = _admin_cursor(s)
        _existing(cur, login)
        if login == pg_roles.current_login(cur) and level is not Role.ADMIN:
            raise ValidationError(translate("services", "You cannot take the administrator role from your own "
                                            "login; another administrator can."), field="role")
        pg_roles.set_role(cur, login, level)
    return Login(login, level)


def change_password(db: Database, login: str, password: str) -> None:
    _require_shared(db)
    login = _check_login(login)
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(translate("services", "The password must have at least {n} characters.")
                              .format(n=MIN_PASSWORD), field="password")
    with db.write() as s:
        cur = _admin_cursor(s)
        _existing(cur, login)
        pg_roles.set_password(cur, login, password)


def remove_user(db: Database, login: str) -> None:
    _require_shared(db)
    login = _check_login(login)
    with db.write() as s:
        cur = _admin_cursor(s)
        _existing(cur, login)
        if login == pg_roles.current_login(cur):
            raise ValidationError(translate("services", "You cannot remove your own login; another "
                                            "administrator can."), field="login")
        pg_roles.remove_login(cur, login)

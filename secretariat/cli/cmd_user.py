"""`secretariat --db URL setup-server` and `user add|list|role|remove`: logins of a shared database."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from ..db import open_database
from ..db.urls import describe
from ..i18n import translate
from ..services import users
from ..services.errors import ValidationError

ROLES = ("reader", "editor", "admin")


def register(sub: argparse._SubParsersAction) -> None:
    setup = sub.add_parser(
        "setup-server", help=translate("cli", "set up the roles of a new shared database (its owner, once)"),
        description=translate("cli", "On a shared (PostgreSQL) database: create its tables and the roles "
                              "reader, editor and admin with their rights; the login you connect with "
                              "becomes its first administrator. Safe to run again: it repairs the rights."))
    setup.set_defaults(handler=run_setup)

    p = sub.add_parser("user", help=translate("cli", "manage the logins of a shared database (administrators)"),
                       description=translate("cli", "Add, list, change or remove the logins of a shared "
                                             "database. Each login has one role: reader, editor or admin."))
    actions = p.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("cli", "add a login with a role"))
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", choices=ROLES, required=True, help=translate("cli", "the login's role"))
    add.add_argument("--password-file", metavar="F",
                     help=translate("cli", "read the password from the first line of F (else it is asked)"))
    listing = actions.add_parser("list", help=translate("cli", "list the logins and their roles"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    role = actions.add_parser("role", help=translate("cli", "give a login another role"))
    role.add_argument("login", metavar="LOGIN")
    role.add_argument("role", metavar="ROLE", choices=ROLES)
    password = actions.add_parser("password", help=translate("cli", "set a login's password"))
    password.add_argument("login", metavar="LOGIN")
    password.add_argument("--password-file", metavar="F",
                          help=translate("cli", "read the password from the first line of F (else it is asked)"))
    remove = actions.add_parser("remove", help=translate("cli", "remove a login"))
    remove.add_argument("login", metavar="LOGIN")
    p.set_defaults(handler=run_user)


def read_password(password_file: str | None, login: str) -> str:
    """From the file's first line, else asked twice on the terminal (never echoed)."""
    if password_file:
        try:
            lines = Path(password_file).expanduser().read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ValidationError(translate("cli", "Cannot read the password file {path}: {error}").format(
                path=password_file, error=exc.strerror)) from exc
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise ValidationError(translate("cli", "No terminal to ask the password on: give --password-file F."))
    first = getpass.getpass(translate("cli", "Password for {login}: ").format(login=login))
    second = getpass.getpass(translate("cli", "The same password again: "))
    if first != second:
        raise ValidationError(translate("cli", "The two passwords differ; nothing was changed."))
    return first


def run_setup(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        groups = users.setup_server(db)
        where = describe(db.url)
        login = db.login
        at_once = users.links_checked_at_once(db)
    finally:
        db.dispose()
    print(translate("cli", "The roles of {where} are set up: {roles}. {login} is an administrator.").format(
        where=where, roles=", ".join(groups.values()), login=login))
    if at_once is False:
        print(translate("cli", "Imports check each link they write one by one. For imports in about two "
                        "thirds of the time, a superuser of the server may run (README, \"Faster imports\"):")
              + f'\n  GRANT SET ON PARAMETER session_replication_role TO "{groups[users.Role.ADMIN]}";')
    return 0


def run_user(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        action = args.user_action
        if action == "list":
            logins = users.list_users(db)
            if args.json:
                print(json.dumps([{"login": e.name, "role": e.role.value} for e in logins], indent=2))
            else:
                for entry in logins:
                    print(f"{entry.name}\t{entry.role.value}")
        elif action == "add":
            password = read_password(args.password_file, args.login)
            entry = users.add_user(db, args.login, args.role, password)
            print(translate("cli", "Login {login} added as {role}.").format(login=entry.name, role=entry.role.value))
        elif action == "role":
            entry = users.change_role(db, args.login, args.role)
            print(translate("cli", "{login} is now {role}.").format(login=entry.name, role=entry.role.value))
        elif action == "password":
            users.change_password(db, args.login, read_password(args.password_file, args.login))
            print(translate("cli", "The password of {login} was changed.").format(login=args.login))
        elif action == "remove":
            users.remove_user(db, args.login)
            print(translate("cli", "Login {login} removed.").format(login=args.login))
    finally:
        db.dispose()
    return 0

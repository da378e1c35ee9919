"""A shared database's password on the command line: asked on the terminal when the URL has none."""

from __future__ import annotations

import getpass
import os
import sys

from sqlalchemy.engine import make_url

from ..db.paths import ENV_VAR
from ..db.urls import describe, is_postgres
from ..i18n import translate


def with_password(target: str | None) -> str | None:
    """*target* (or $SECRETARIAT_DB) with the password asked for, where libpq would find none.

    Left as it is for a file, a URL with a password, PGPASSWORD or ~/.pgpass set, or no terminal.
    """
    value = target if target is not None else os.environ.get(ENV_VAR)
    if not value or not is_postgres(value):
        return target
    url = make_url(value)
    if url.password is not None or os.environ.get("PGPASSWORD") or os.environ.get("PGPASSFILE") \
            or os.path.exists(os.path.expanduser("~/.pgpass")) or not sys.stdin.isatty():
        return target
    password = getpass.getpass(translate("cli", "Password for {where}: ").format(where=describe(value)))
    return url.set(password=password).render_as_string(hide_password=False)

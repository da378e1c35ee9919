"""Passwords of shared databases, kept in the system keyring (never in settings or logs).

Where the system has no keyring (a bare Linux session, some servers), nothing is stored and
the password is asked again at each start.
"""

from __future__ import annotations

import logging

from ... import APP_NAME

log = logging.getLogger(__name__)
SERVICE = f"{APP_NAME} shared database"


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring install is no keyring
        return False
    if isinstance(backend, fail.Keyring):
        return False
    priority = getattr(backend, "priority", 1)
    return priority is None or priority > 0


def account(login: str, host: str, port: int | str, database: str) -> str:
    """The keyring entry's name: which login on which server and database."""
    return f"{login}@{host}:{port}/{database}"


def stored_password(name: str) -> str | None:
    if not keyring_available():
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, name)
    except Exception:  # noqa: BLE001 - the keyring is locked or gone: ask instead
        log.warning("The keyring could not be read; the password will be asked")
        return None


def store_password(name: str, password: str) -> bool:
    """True if kept; False where there is no keyring (then it is asked at each start)."""
    if not keyring_available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, name, password)
        return True
    except Exception:  # noqa: BLE001
        log.warning("The keyring refused the password; it will be asked at each start")
        return False


def forget_password(name: str) -> None:
    if not keyring_available():
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, name)
    except Exception:  # noqa: BLE001 - nothing stored
        pass

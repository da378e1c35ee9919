"""The CLI's commands: each module has ``register(subparsers)`` setting ``handler``.

Imported only when a command may run (``commands()``): the window, opened by
``secretariat`` without a command, does not pay for the PDF, spreadsheet and demo
modules the commands bring in.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

NAMES = ["cmd_demo", "cmd_summary", "cmd_check", "cmd_backup", "cmd_restore", "cmd_minutes", "cmd_report",
         "cmd_import", "cmd_export", "cmd_settings", "cmd_user", "cmd_checkout"]
"""The command modules, in the order ``--help`` lists them."""


def commands() -> list[ModuleType]:
    return [import_module(f"{__package__}.{name}") for name in NAMES]

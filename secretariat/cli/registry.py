"""The CLI's commands: each module has ``register(subparsers)`` setting ``handler``."""

from __future__ import annotations

from . import cmd_backup, cmd_check, cmd_demo, cmd_minutes, cmd_report, cmd_restore, cmd_summary
from . import cmd_export, cmd_import  # noqa: I001 - spreadsheets
from . import cmd_settings, cmd_user

COMMANDS = [cmd_demo, cmd_summary, cmd_check, cmd_backup, cmd_restore, cmd_minutes, cmd_report]
COMMANDS += [cmd_import, cmd_export, cmd_settings, cmd_user]

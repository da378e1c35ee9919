"""Command line: `secretariat [--db PATH] COMMAND ...`; with no command, the GUI."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from .. import __version__
from ..db import DatabaseError
from ..i18n import translate
from ..locale import LANGUAGES
from ..services.errors import ServiceError
from .language import install_cli_language
from .registry import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secretariat",
        description=translate("cli", "Records of the Interministerial Commission: meetings and minutes, "
                              "plans and measures, UN recommendations and national reports. "
                              "Without a command, the application window opens."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=translate("argparse", "show program's version number and exit"))
    parser.add_argument(
        "--lang", choices=LANGUAGES, metavar="{tk,ru,en}",
        help=translate("cli", "language of the messages (and of the window): tk Turkmen, ru Russian, "
                       "en English; default: $LANGUAGE or $LANG, else English"),
    )
    parser.add_argument(
        "--db", metavar="PATH",
        help=translate("cli", "database file (or SQLAlchemy URL); default: $SECRETARIAT_DB, "
                       "else secretariat.sqlite in your data folder"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help=translate("cli", "open the application window (the default)"))
    for module in COMMANDS:
        module.register(sub)
    for command in sub.choices.values():
        # `secretariat summary --db x` works as well as `secretariat --db x summary`.
        command.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                             help=translate("cli", "database file (or SQLAlchemy URL)"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    install_cli_language(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command in (None, "gui"):
        from ..ui.launch import launch_gui  # Qt is imported only for the GUI

        return launch_gui(args.db, args.lang)
    try:
        return int(args.handler(args) or 0)
    except (DatabaseError, ServiceError) as exc:
        print(translate("cli", "error: {message}").format(message=exc), file=sys.stderr)
        return 2
    except Exception as exc:
        # A spreadsheet that cannot be imported; the module is only loaded by the commands
        # that read spreadsheets, so the CLI's start-up does not pay for openpyxl.
        errors = sys.modules.get("secretariat.io.excel.errors")
        if errors is None or not isinstance(exc, errors.SpreadsheetError):
            raise
        print(translate("cli", "error: {message}").format(message=exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate("cli", "interrupted"), file=sys.stderr)
        return 130

"""Command line: `secretariat [--db PATH] COMMAND ...`; with no command, the GUI."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from .. import __version__
from ..i18n import set_interface_language, translate
from ..locale import LANGUAGES
from .language import install_cli_language
from .registry import commands

# The window's command (``gui``, the default) imports nothing of the database layer here:
# it shows first and loads SQLAlchemy after. The other commands import it in ``_run``.


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without *with_commands* only the window's part of it."""
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
    gui = sub.add_parser("gui", help=translate("cli", "open the application window (the default)"))
    gui.add_argument("--quit-after-start", action="store_true",
                     help=translate("cli", "open the window and close it again at once: checks that an "
                                    "installation starts (prints the window title)"))
    for module in commands() if with_commands else ():
        module.register(sub)
    for command in sub.choices.values():
        # `secretariat summary --db x` works as well as `secretariat --db x summary`.
        command.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                             help=translate("cli", "database file (or SQLAlchemy URL)"))
    return parser


def _tolerant_console() -> None:
    """A console that cannot show a letter (cp1252, cp866) shows "?" instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - a closed or odd stream
                pass


def _quiet_stdout() -> None:
    """The reader of our output went away (``| head``): stop writing, without a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - no file descriptor to replace
        pass


def _opens_the_window(arguments: Sequence[str]) -> bool:
    """No command (or ``gui``) and no request for help: the commands need not be loaded."""
    if any(a in ("-h", "--help", "--version") for a in arguments):
        return False
    first = argparse.ArgumentParser(add_help=False)
    first.add_argument("--lang")
    first.add_argument("--db")
    first.add_argument("command", nargs="?")
    known, _rest = first.parse_known_args(arguments)
    return known.command in (None, "gui")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_console()
    try:
        return _main(argv)
    except BrokenPipeError:
        _quiet_stdout()
        return 0


def _main(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = install_cli_language(arguments)
    set_interface_language(language)  # organizations and plans named in it, as the messages
    parser = build_parser(with_commands=not _opens_the_window(arguments))
    args = parser.parse_args(arguments)
    if args.command in (None, "gui"):
        from ..ui.app.launch import launch_gui  # Qt is imported only for the GUI

        return launch_gui(args.db, args.lang, quit_after_start=getattr(args, "quit_after_start", False))
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    """A command other than the window's, its refusals said in words."""
    from sqlalchemy.exc import DBAPIError

    from ..db import DatabaseError
    from ..db.failures import worded_error
    from ..db.urls import mask_passwords
    from ..services.errors import ServiceError
    from .shared_login import with_password

    try:
        args.db = with_password(args.db)
        result = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe is met here, not at exit
        return result
    except BrokenPipeError:
        raise
    except (DatabaseError, ServiceError) as exc:
        print(translate("cli", "error: {message}").format(message=mask_passwords(str(exc))), file=sys.stderr)
        return 2
    except DBAPIError as exc:
        worded = worded_error(exc, getattr(args, "db", None))
        message = str(worded) if worded is not None else translate(
            "cli", "The database refused the operation ({error}); nothing of it was saved. Its schema may be "
            "damaged: run `secretariat check`.").format(error=str(exc.orig).splitlines()[0][:200])
        print(translate("cli", "error: {message}").format(message=message), file=sys.stderr)
        return 2
    except OSError as exc:
        print(translate("cli", "error: {message}").format(
            message=f"{exc.filename}: {exc.strerror}" if exc.filename else exc), file=sys.stderr)
        return 2
    except Exception as exc:
        # A spreadsheet that cannot be imported; the module is only loaded by the commands
        # that read spreadsheets, so the CLI's start-up does not pay for openpyxl.
        errors = sys.modules.get("secretariat.io.excel.errors")
        if errors is None or not isinstance(exc, errors.SpreadsheetError):
            raise
        print(translate("cli", "error: {message}").format(message=mask_passwords(str(exc))), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate("cli", "interrupted"), file=sys.stderr)
        return 130

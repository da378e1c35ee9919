"""The command line's entry point called in this process, with its output captured.

``secretariat.cli.main`` is what ``python -m secretariat`` runs and returns its exit code;
calling it here checks the same commands, messages and codes without paying a new
interpreter's start-up for every call. The tests where the process itself is the point
(start-up, the environment, a closed pipe, a kill) still start a child.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import subprocess

from secretariat import i18n
from secretariat.cli import main


def _stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    return stream.buffer.getvalue().decode("utf-8")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``main(args)`` as ``subprocess.run(..., text=True)`` reports a child: code, stdout, stderr.

    argparse's own exit (usage errors, ``--help``) gives its code, as the child's exit status.
    The language the command installs (its translator, the interface language, argparse's
    words) is put back afterwards, as a child's would end with it: later tests are not
    spoken to in it.
    """
    stdout, stderr = _stream(), _stream()
    translator, language = i18n.installed_translator(), i18n.interface_language_code()
    gettext, ngettext = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = main(list(args))
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    finally:
        i18n.install_translator(translator)
        i18n.set_interface_language(language)
        argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    return subprocess.CompletedProcess(list(args), code, _text(stdout), _text(stderr))

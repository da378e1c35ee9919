"""The command line's language: ``--lang tk|ru|en``, else LANGUAGE / LC_ALL / LANG, else
English; every message, the help text and argparse's own words ("usage:", "options:",
"error:") come from the catalogues of that language."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ..i18n import PLURAL, QT_TRANSLATE_NOOP, install_translator, translate
from ..locale import LANGUAGES, language_from_environment

# argparse's own words (it asks gettext for them), marked for the catalogues here and
# routed through them by ``route_argparse``.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_plurals(n: int) -> dict[str, str]:
    return {
        "expected %s arguments": translate("argparse", "expected %s arguments", None, PLURAL, n),
        "conflicting option strings: %s": translate("argparse", "conflicting option strings: %s", None, PLURAL, n),
    }


def _gettext(message: str) -> str:
    return translate("argparse", message) if message in ARGPARSE_WORDS else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_plurals(n).get(plural) or (singular if n == 1 else plural)


def route_argparse() -> None:
    """argparse takes its words from gettext (``argparse._``, ``argparse.ngettext``);
    point those at the catalogues."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def language_from_arguments(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` (also ``--lang=ru``), read before the parser is built, since
    the parser's help texts are already in the language."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def install_cli_language(argv: Sequence[str]) -> str:
    """Translate everything the command line says into the language asked for; returns it."""
    from ..locale import CATALOGUES_BY_LANGUAGE

    language = language_from_arguments(argv) or language_from_environment()

    def hook(context: str, text: str, disambiguation: str | None = None, n: int = -1,
             requested: str | None = None) -> str:
        return CATALOGUES_BY_LANGUAGE.translate(context, text, disambiguation, n, requested or language)

    install_translator(hook)
    route_argparse()
    return language

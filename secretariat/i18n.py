"""Translation hook usable below the Qt layer.

Services, io and the CLI must not import Qt, yet every user-visible string has to be
translatable. They call ``translate(context, text)`` -- the same name and argument order
as ``QCoreApplication.translate``, so ``pyside6-lupdate`` extracts these calls into the
catalogues. Plurals write ``%n`` in the text and pass ``PLURAL, count`` (Qt's numerus
forms), so that each language says "1 мера, 2 меры, 5 мер".

The GUI and the CLI install a translator with ``install_translator``; without one, the
English source text is used, with ``%n`` replaced by the number. A document written in
another language than the interface (a Russian report from an English window, minutes in
the meeting's language) is rendered inside ``with in_language("ru"):``; the installed
translator receives that language code (None means the interface language).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Callable, Iterator

# (context, text, disambiguation, n, language code or None for the interface language)
Translator = Callable[[str, str, "str | None", int, "str | None"], str]

LANGUAGES = ("tk", "ru", "en")
_language: ContextVar[str | None] = ContextVar("secretariat_language", default=None)


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1,
              language: str | None = None) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route every ``translate`` call through *translator* (None restores the identity)."""
    global _translator
    _translator = translator or _identity


def installed_translator() -> Translator:
    """The translator ``translate`` goes through now (to put it back after a temporary one)."""
    return _translator


# Plurals are written ``translate(context, "%n measures", None, PLURAL, count)``: the
# five-argument form (PyQt4's, with an encoding in fourth place) is the one in which
# pyside6-lupdate marks a message as numerus when the count is an expression.
PLURAL = "plural"


def translate(context: str, text: str, disambiguation: str | None = None, n: int | str = -1,
              count: int | None = None) -> str:
    """Translate *text* in *context*; with a count (``PLURAL, count``, or a number as *n*),
    pick the plural form for it and put it in place of ``%n``."""
    number = count if count is not None else (n if isinstance(n, int) else -1)
    return _translator(context, text, disambiguation, number, _language.get())


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name lupdate reads
    """Mark *text* for the catalogues without translating it (a label kept in a table and
    translated when shown, with ``translate(context, text)`` and the same context)."""
    return text


_interface = ["en"]  # set once at start by the GUI or the CLI


def set_interface_language(language: str | None) -> None:
    """The language names are shown in when no document language is in force (lists, pickers).

    Kept here, not in ``services.names`` which reads it, so the window sets it before
    the database layer is loaded.
    """
    value = (language or "").strip().lower()[:2]
    _interface[0] = value if value in LANGUAGES else "en"


def interface_language_code() -> str:
    """The code set by ``set_interface_language`` ("en" until then)."""
    return _interface[0]


def current_language() -> str | None:
    """The language chosen by ``in_language`` around this call, or None (the interface's)."""
    return _language.get()


@contextmanager
def in_language(language: str | None) -> Iterator[None]:
    """Translate in *language* ("tk", "ru", "en") inside the block, in this thread only."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)

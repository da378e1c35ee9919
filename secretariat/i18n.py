"""Translation hook usable below the Qt layer.

Services, io and the CLI must not import Qt, yet every user-visible string has to be
translatable. They call ``translate(context, text)`` -- the same name and argument order
as ``QCoreApplication.translate``, so ``pyside6-lupdate`` extracts these calls into the
catalogues. Plurals pass ``n`` and write ``%n`` in the text (Qt's numerus forms). The GUI
and the CLI install Qt's translator with ``install_translator``; without one, the English
source text is used, with ``%n`` replaced by the number.
"""

from __future__ import annotations

from typing import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route every ``translate`` call through *translator* (None restores the identity)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate *text* in *context*; with *n* >= 0, pick the plural form for *n*."""
    return _translator(context, text, disambiguation, n)


def tr(context: str, text: str) -> str:
    """Older spelling of :func:`translate`; lupdate cannot read it, so new code must not use it."""
    return _translator(context, text, None, -1)

"""Translation hook usable below the Qt layer.

Services, io and the CLI must not import Qt, yet every user-visible string has to be
translatable. They call ``tr(context, text)``; the GUI installs Qt's translator with
``install_translator`` at start-up, so the same strings go through
``QCoreApplication.translate`` there. Without a GUI the English source text is used.
"""

from __future__ import annotations

from typing import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route every ``tr`` call through *translator* (None restores the identity)."""
    global _translator
    _translator = translator or _identity


def tr(context: str, text: str) -> str:
    """Translate *text* in *context* with the installed translator."""
    return _translator(context, text)

"""The interface language: chosen in Settings, else the system's; applied at start-up.

Qt's translators for that language are installed in the application (so ``self.tr`` and
Qt's own dialogs speak it), ``QLocale.setDefault`` makes dates, numbers and month names
follow it, and the hook below Qt (``secretariat.i18n``) is routed through Qt as well. A
document written ``with in_language("ru")`` from an English window asks the Russian
catalogue directly, without touching the interface.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from ...i18n import install_translator
from ...locale import CATALOGUES_BY_LANGUAGE, LANGUAGES, QT_LOCALES, language_from_locale
from ..core.settings import INTERFACE_LANGUAGE

# Each language named in itself, as a language menu does.
LANGUAGE_NAMES = {"tk": "Türkmençe", "ru": "Русский", "en": "English"}

_state: dict[str, object] = {"language": "en", "installed": []}


def system_language() -> str:
    """tk_* → Turkmen, ru_* → Russian, anything else → English."""
    return language_from_locale(QLocale.system().name()) or "en"


def chosen_language(settings: QSettings) -> str:
    value = INTERFACE_LANGUAGE.get(settings)
    return value if value in LANGUAGES else system_language()


def remember_language(settings: QSettings, language: str) -> None:
    INTERFACE_LANGUAGE.set(settings, language)
    settings.sync()


def interface_language() -> str:
    return str(_state["language"])


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1,
                 language: str | None = None) -> str:
    """The hook below Qt: the interface language through Qt, any other through its catalogue."""
    if language is None or language == _state["language"]:
        return QCoreApplication.translate(context, text, disambiguation, n)
    return CATALOGUES_BY_LANGUAGE.translate(context, text, disambiguation, n, language)


def apply_language(language: str) -> None:
    """Install the catalogues of *language* in the application (replacing any installed
    before) and make it the default locale."""
    if language not in LANGUAGES:
        language = "en"
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _state["installed"]:  # type: ignore[union-attr]
            app.removeTranslator(translator)
        installed = CATALOGUES_BY_LANGUAGE.translators(language)
        for translator in installed:
            app.installTranslator(translator)
        _state["installed"] = list(installed)
    _state["language"] = language
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    install_translator(qt_translate)


def restart_command() -> list[str]:
    """How to start this application again with the same arguments."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    main = sys.argv[0] if sys.argv else ""
    if not main or main.endswith(("__main__.py", "-c")) or main == "-m":
        return [sys.executable, "-m", "secretariat", *sys.argv[1:]]
    return [sys.executable, main, *sys.argv[1:]]

"""The translation catalogues and the code that loads them, for the GUI and the CLI.

``secretariat_tk.ts`` and ``secretariat_ru.ts`` hold every message of the application
(``python3 tasks.py translations`` extracts them from the code with pyside6-lupdate);
``secretariat_en.ts`` only the plural forms of the English source. ``qtbase_tk.ts``
translates the texts of Qt itself that the application shows (Qt ships no Turkmen);
Russian uses Qt's own ``qtbase_ru``. The ``.qm`` files are compiled from the ``.ts`` by
pyside6-lrelease when the package is built (and by tasks.py before run and test); a
source checkout without them compiles them once into the user cache folder.

Qt (``PySide6.QtCore``) is imported only when a catalogue is first needed, so the
command line starts as fast in English as it did.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LOCALE_DIR = Path(__file__).resolve().parent
LANGUAGES = ("tk", "ru", "en")
# Qt's locale name for each language (numerus rules, QLocale.setDefault).
QT_LOCALES = {"tk": "tk_TM", "ru": "ru_RU", "en": "en_GB"}


def language_from_locale(name: str | None) -> str | None:
    """"tk_TM.UTF-8" → "tk", "ru_RU" → "ru", "en_GB" → "en"; None for anything else."""
    if not name:
        return None
    code = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def language_from_environment(environ: Any = None) -> str:
    """The language asked for by LANGUAGE, LC_ALL, LC_MESSAGES or LANG; English otherwise."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if not value:
            continue
        # LANGUAGE may list several, in order of preference: "tk:ru:en".
        for part in value.split(":"):
            language = language_from_locale(part)
            if language:
                return language
        if variable != "LANGUAGE":
            break  # the first variable set decides (C, POSIX and others mean English)
    return "en"


def lrelease_command() -> list[str] | None:
    """How to run pyside6-lrelease here: the script beside this Python, on PATH, or the
    binary inside the PySide6 package."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError:
        return None
    package = Path(PySide6.__file__).parent
    for candidate in (package / "lrelease", package / "lrelease.exe", package / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    return None


def compile_catalogue(source: Path, target: Path) -> bool:
    """Compile one .ts into a .qm; False (and a log line) when lrelease is missing or fails."""
    command = lrelease_command()
    if command is None:
        log.warning("pyside6-lrelease not found: %s is not compiled", source.name)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    result = subprocess.run([*command, "-silent", str(source), "-qm", str(partial)],
                            capture_output=True, text=True)
    if result.returncode != 0 or not partial.exists():
        log.warning("pyside6-lrelease failed on %s: %s", source.name, result.stderr.strip())
        partial.unlink(missing_ok=True)
        return False
    os.replace(partial, target)
    return True


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    from .. import APP_NAME

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "locale"


def qm_file(catalogue: str, language: str, directory: Path = LOCALE_DIR) -> Path | None:
    """The compiled catalogue *catalogue*_*language*.qm shipped with the application, else
    one compiled from its .ts into the user cache (kept while the .ts is unchanged)."""
    source = directory / f"{catalogue}_{language}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return shipped if shipped.exists() else None
    cached = (_cache_dir() if directory == LOCALE_DIR else directory / "compiled") / shipped.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    return cached if compile_catalogue(source, cached) else (shipped if shipped.exists() else None)


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def catalogue_files(language: str, directory: Path = LOCALE_DIR) -> list[Path]:
    """The .qm files for *language*, most specific first: the application's own messages,
    then Qt's standard texts (Qt's qtbase for Russian, ours for Turkmen)."""
    files = []
    own = qm_file("secretariat", language, directory)
    if own is not None:
        files.append(own)
    qt_own = qm_file("qtbase", language, directory)
    if qt_own is not None:
        files.append(qt_own)
    elif language != "en":
        shipped = qt_translations_dir() / f"qtbase_{language}.qm"
        if shipped.exists():
            files.append(shipped)
    return files


def fill_numerus(text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


class Catalogues:
    """One set of QTranslators per language, loaded on first use, asked directly, so a
    document can be written in another language than the interface's."""

    def __init__(self, directory: Path = LOCALE_DIR) -> None:
        self.directory = directory
        self._translators: dict[str, list[Any]] = {}

    def translators(self, language: str) -> list[Any]:
        if language not in self._translators:
            from PySide6.QtCore import QTranslator

            loaded = []
            for path in catalogue_files(language, self.directory):
                translator = QTranslator()
                if translator.load(str(path)):
                    loaded.append(translator)
                else:
                    log.warning("Could not load the catalogue %s", path)
            self._translators[language] = loaded
        return self._translators[language]

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1,
                  language: str = "en") -> str:
        if language == "en" and n < 0:
            return text  # the source is English; only its plurals are in a catalogue
        for translator in self.translators(language):
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return fill_numerus(found, n)
        return fill_numerus(text, n)


CATALOGUES_BY_LANGUAGE = Catalogues()

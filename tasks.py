#!/usr/bin/env python3
"""Set up and run Secretariat from a source checkout, with nothing but Python 3.11+.

    python3 tasks.py run [APP ARGS...]   install the app in .venv and start it
    python3 tasks.py test [PYTEST ARGS...] install the test tools in .venv and run the tests
    python3 tasks.py package             build the installable bundle for this system in dist/
    python3 tasks.py translations        re-extract the messages into secretariat/locale/*.ts

A private virtual environment (.venv, next to this file) keeps the system Python
untouched and works where the system forbids installing into it (PEP 668).
Dependencies are reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MIN_PYTHON = (3, 11)
LOCALE = ROOT / "secretariat" / "locale"
# Catalogues extracted from the code: every message for Turkmen and Russian, only the
# plural forms for English (the source language). qtbase_tk.ts is written by hand.
EXTRACTED = {"tk": ("tk_TM", []), "ru": ("ru_RU", []), "en": ("en_US", ["-pluralonly"])}


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_environment(extra: str) -> Path:
    """Create .venv and install the project (with *extra*) when needed."""
    python = venv_python()
    if not python.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    spec = f".[{extra}]" if extra else "."
    stamp = VENV / f".installed-{extra or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        print(f"Installing Secretariat {'and its test tools ' if extra else ''}into {VENV} ...", flush=True)
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], cwd=ROOT)
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "-e", spec], cwd=ROOT)
        stamp.write_text(digest)
    return python


def tool(name: str) -> str:
    scripts = venv_python().parent
    path = scripts / (name + (".exe" if os.name == "nt" else ""))
    return str(path)


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "secretariat").rglob("*.py")
                  if "__pycache__" not in p.parts)


def lupdate_command(language: str, target: Path, lupdate: str | None = None, keep_obsolete: bool = False) -> list[str]:
    """pyside6-lupdate over every source file of the package into *target* (run in ROOT)."""
    qt_locale, extra = EXTRACTED[language]
    return [lupdate or tool("pyside6-lupdate"), "-silent", "-locations", "none",
            *([] if keep_obsolete else ["-no-obsolete"]),
            "-source-language", "en_US", "-target-language", qt_locale, *extra,
            *source_files(), "-ts", str(target)]


def extract_translations() -> int:
    """Run pyside6-lupdate over the package: new messages are added as unfinished, existing
    translations kept, messages no longer in the code dropped."""
    for language in EXTRACTED:
        target = LOCALE / f"secretariat_{language}.ts"
        subprocess.check_call(lupdate_command(language, target.relative_to(ROOT)), cwd=ROOT, timeout=600)
        print(f"{target.relative_to(ROOT)}: {catalogue_counts(target)}")
    return 0


def catalogue_counts(path: Path) -> str:
    import xml.etree.ElementTree as ET

    messages = ET.parse(path).getroot().iter("message")
    total = unfinished = 0
    for message in messages:
        total += 1
        translation = message.find("translation")
        unfinished += translation is not None and translation.get("type") == "unfinished"
    return f"{total} messages, {unfinished} unfinished"


def compile_translations() -> None:
    """The .qm files the application loads, compiled from the .ts by pyside6-lrelease."""
    for source in sorted(LOCALE.glob("*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.check_call([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)])


def main(argv: list[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        print(f"Secretariat needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
              f"this is {sys.version.split()[0]}.", file=sys.stderr)
        return 2
    if not argv or argv[0] not in ("run", "test", "package", "translations"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    try:
        if command == "translations":
            ensure_environment("")
            return extract_translations()
        if command == "run":
            python = ensure_environment("")
            compile_translations()
            return subprocess.call([str(python), "-m", "secretariat", *rest], cwd=ROOT)
        if command == "package":
            python = ensure_environment("package")
            compile_translations()
            sys.path.insert(0, str(ROOT / "packaging"))
            from build_bundle import build  # packaging/build_bundle.py

            return build(python, ROOT)
        python = ensure_environment("test")
        compile_translations()
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)
    except subprocess.CalledProcessError as exc:
        print(f"Setting up failed (exit code {exc.returncode}); see the messages above.", file=sys.stderr)
        return exc.returncode or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

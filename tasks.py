#!/usr/bin/env python3
"""Set up and run Secretariat from a source checkout, with nothing but Python 3.11+.

    python3 tasks.py run [APP ARGS...]   install the app in .venv and start it
    python3 tasks.py test [PYTEST ARGS...] install the test tools in .venv and run the tests
    python3 tasks.py package             build the installable bundle for this system in dist/

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


def main(argv: list[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        print(f"Secretariat needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
              f"this is {sys.version.split()[0]}.", file=sys.stderr)
        return 2
    if not argv or argv[0] not in ("run", "test", "package"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    try:
        if command == "run":
            python = ensure_environment("")
            return subprocess.call([str(python), "-m", "secretariat", *rest], cwd=ROOT)
        if command == "package":
            python = ensure_environment("package")
            sys.path.insert(0, str(ROOT / "packaging"))
            from build_bundle import build  # packaging/build_bundle.py

            return build(python, ROOT)
        python = ensure_environment("test")
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)
    except subprocess.CalledProcessError as exc:
        print(f"Setting up failed (exit code {exc.returncode}); see the messages above.", file=sys.stderr)
        return exc.returncode or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Each layer imports only the layers below it; nothing under the GUI imports Qt."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "secretariat"
ORDER = ["models", "db", "services", "io", "ui"]
FORBIDDEN_BELOW_UI = ("PySide6", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package_parts[: len(package_parts) - node.level])
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
    return names


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "secretariat" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in ORDER or parts[1] == "cli" else None


def test_no_qt_below_the_gui() -> None:
    offenders = []
    for layer in ("models", "db", "services", "io"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.split(".")[0] in FORBIDDEN_BELOW_UI:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_layers_import_only_downwards() -> None:
    offenders = []
    for index, layer in enumerate(ORDER):
        allowed = set(ORDER[: index + 1])
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                target = _layer(name)
                if target is not None and target not in allowed:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_cli_does_not_import_qt_at_module_level() -> None:
    for path in (PACKAGE / "cli").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                module = getattr(node, "module", None) or ""
                names = [a.name for a in getattr(node, "names", [])]
                assert "PySide6" not in module and not any(n.startswith("PySide6") for n in names)
                assert ".ui" not in module, f"{path.name} imports the GUI at start-up"


def test_sqlite_specifics_stay_in_the_db_layer() -> None:
    """The same services and io must run on PostgreSQL: SQLite-only code lives in db."""
    offenders = []
    for layer in ("services", "io", "ui", "cli"):
        for path in (PACKAGE / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "import sqlite3" in text or re.search(r"[\"']\s*PRAGMA\b", text, re.IGNORECASE):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


#: What writing to the database looks like in source: only services (and db) do it.
WRITING = re.compile(r"\.write\(\)|\.commit\(\)|\.flush\(\)|\bsession\.add(?:_all)?\(|\bs\.add\(")
WRITING_IMPORTS = ("secretariat.db.bulk",)


def test_io_only_reads_the_database() -> None:
    """Files are parsed and rendered in io; deciding and writing (imports too) are the services'."""
    offenders = []
    for path in (PACKAGE / "io").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in WRITING.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{path.relative_to(PACKAGE)}:{line} {match.group(0)}")
        for name in _imports(path):
            if name.startswith(WRITING_IMPORTS):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []

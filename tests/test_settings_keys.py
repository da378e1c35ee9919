"""Every QSettings key is declared once, in ``ui/core/settings.py``; nothing else spells one out."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import secretariat
from secretariat.ui.core import settings as declared

ROOT = Path(secretariat.__file__).parent
DECLARATIONS = ROOT / "ui" / "core" / "settings.py"
#: The methods of QSettings that take a key first.
KEYED = {"value", "setValue", "remove", "contains"}
LOOKS_LIKE_A_KEY = re.compile(r"^[a-z_]+/[A-Za-z_]+$")


def _literal_keys(tree: ast.AST) -> list[tuple[int, str]]:
    """String constants that are declared keys, or that look like keys and are handed to QSettings."""
    found: set[tuple[int, str]] = set()
    keys = set(declared.ALL)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in keys:
            found.add((node.lineno, node.value))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in KEYED
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and LOOKS_LIKE_A_KEY.match(node.args[0].value)):
            found.add((node.lineno, node.args[0].value))
    return sorted(found)


def test_no_settings_key_is_spelled_out_outside_the_declarations():
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        if path == DECLARATIONS or "migrations" in path.parts:
            continue
        for line, key in _literal_keys(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(ROOT.parent)}:{line}: {key!r}")
    assert offenders == [], "use the Setting declared in secretariat/ui/core/settings.py:\n" + "\n".join(offenders)


def test_the_check_sees_a_key_spelled_out():
    tree = ast.parse('settings.value("meeting_editor/geometry")\nsettings.setValue("some/new_key", 1)\n'
                     'state = "window/area"\nmime = "text/plain"\n')
    found = sorted(key for _line, key in _literal_keys(tree))
    assert found == ["meeting_editor/geometry", "some/new_key", "window/area"]


def test_every_declared_key_is_unique_and_typed():
    keys = [s.key for s in declared.ALL.values()]
    assert len(keys) == len(set(keys))
    for setting in declared.ALL.values():
        assert LOOKS_LIKE_A_KEY.match(setting.key), setting.key
        assert setting.default is None or isinstance(setting.default, setting.kind), setting.key

"""Reference lists shipped with the application: the SDG targets (``resources/sdg_targets.tsv``).

The file says where its texts come from; migration 0007 seeds the ``sdg_target`` table from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SOURCE_TREE_RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TARGETS_FILE = "sdg_targets.tsv"


@dataclass(frozen=True)
class TargetText:
    goal: int
    code: str
    position: int
    en: str
    ru: str
    tk: str


def resource_path(name: str) -> Path:
    """A file of the resources folder, installed or from the source tree."""
    try:
        from importlib.resources import files

        candidate = Path(str(files("secretariat.resources") / name))
        if candidate.exists():
            return candidate
    except (ModuleNotFoundError, TypeError):
        pass
    return SOURCE_TREE_RESOURCES / name


def load_sdg_targets(path: Path | None = None) -> list[TargetText]:
    """The targets in their official order; comment lines (#) and the header row skipped."""
    rows: list[TargetText] = []
    text = (path or resource_path(TARGETS_FILE)).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("goal\t"):
            continue
        goal, code, en, ru, tk = (line.split("\t") + ["", "", ""])[:5]
        rows.append(TargetText(int(goal), code.strip(), len(rows) + 1, en.strip(), ru.strip(), tk.strip()))
    return rows

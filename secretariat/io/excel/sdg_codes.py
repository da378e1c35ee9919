"""SDG target codes in a spreadsheet cell: "5.2", "SDG 16.3", "Target 4.1", "Задача 5.а".

Only the SDG column is read this way, so a number such as "16.3" there is a target code.
An indicator code ("16.3.1") names its target. Codes that are no target ("16.13") are
left out; the goal numbers of the same cell are read by ``ohchr.parse_sdg_cell``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...db.reference_data import load_sdg_targets
from .sheet import CellValue, value_as_text

# The letter of a lettered target may be typed in Cyrillic (а, с look like a, c).
_LETTERS = str.maketrans({"а": "a", "с": "c", "А": "a", "С": "c"})
_CODE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2}|[a-dA-DаАсС])(?:\.\d{1,2})?(?!\w|\.\w)")


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    return frozenset(t.code for t in load_sdg_targets())


@lru_cache(maxsize=16384)
def targets_in(text: str) -> tuple[str, ...]:
    known = known_codes()
    found: list[str] = []
    for goal, rest in _CODE.findall(text):
        code = f"{int(goal)}.{rest.translate(_LETTERS).lower() if not rest.isdigit() else int(rest)}"
        if code in known and code not in found:
            found.append(code)
    return tuple(found)


def parse_sdg_target_cell(value: CellValue) -> list[str]:
    """The target codes a cell lists, in the order written, without repeats."""
    return list(targets_in(value_as_text(value)))


def goal_of(code: str) -> int:
    return int(code.split(".", 1)[0])

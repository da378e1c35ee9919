"""Agency names in a cell, split as the directory will look them up.

The directory itself is looked up by ``services.imports.lookups`` (re-exported here).
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"\s*(?:\n|;)\s*")
_COMMA = re.compile(r"\s*,(?!\d)\s*")
_LIST_BULLET = re.compile(r"^(?:[-–—•*·]\s*|\d{1,2}[.)]\s+)")


def split_names(text: str) -> list[str]:
    """Agency names in a cell: one per line, or separated by ";".

    Never at a comma: "Институт государства, права и демократии" is one name
    (``OrgIndex.split_known`` separates "MFA, MoJ" when each part is a known body).
    """
    names = []
    for part in _SEPARATORS.split(text or ""):
        part = _LIST_BULLET.sub("", part.strip()).strip(" .,")
        if not part:
            continue
        part = " ".join(part.split())
        pieces = _COMMA.split(part) if "," in part else ()
        if len(pieces) > 1 and all(map(_is_abbreviation, pieces)):
            names.extend(pieces)  # "МОМ, УНП ООН": abbreviations, each a body
        else:
            names.append(part)
    return list(dict.fromkeys(names))


def _is_abbreviation(text: str) -> bool:
    """"МОМ", "УНП ООН", "UNDP": short, and every letter a capital."""
    letters = [c for c in text if c.isalpha()]
    return 0 < len(text) <= 16 and bool(letters) and all(c.isupper() for c in letters)


from secretariat.services.imports.lookups import OrgIndex, PersonIndex, loose_key  # noqa: E402,F401 - the old home

__all__ = ["OrgIndex", "PersonIndex", "loose_key", "split_names"]

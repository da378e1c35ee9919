"""Translated, human labels for the stored vocabulary values (the table is shared with
the documents and the command line, in ``secretariat.labels``)."""

from __future__ import annotations

from ..labels import VALUE_LABELS, label

__all__ = ["VALUE_LABELS", "choices", "label"]


def choices(values: list[str]) -> list[tuple[str, str]]:
    """(value, label) pairs for a combo box."""
    return [(v, label(v)) for v in values]

"""Translated, human labels for the stored vocabulary values (the table is shared with
the documents and the command line, in ``secretariat.labels``)."""

from __future__ import annotations

from ...labels import FIELD_LABELS, VALUE_LABELS, field_label, label

__all__ = ["FIELD_LABELS", "VALUE_LABELS", "choices", "field_label", "label"]


def choices(values: list[str]) -> list[tuple[str, str]]:
    """(value, label) pairs for a combo box."""
    return [(v, label(v)) for v in values]

"""The reading side of every import: the fields of a kind and the parsing of its rows.

An ``Importer`` turns the rows of a sheet into records (``Parsed``); comparing them
with the database and writing them is the services' part (``services.imports``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from secretariat.io.excel.headers import FIELD_SYNONYMS, FieldSynonyms, HeaderMatch
from secretariat.services.imports.base import (
    ACTIONS,
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    Decision,
    ImportOptions,
    ImportPlan,
    ImportResult,
    NullProgress,
    Parsed,
    ProgressLike,
    RowAction,
    paused_gc,
    short,
)

if TYPE_CHECKING:
    from secretariat.io.excel.importers.source import SheetData


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    required: bool = False


class Importer:
    """One kind of import. Subclasses parse sheet rows and compare them with the database."""

    kind: ClassVar[str] = ""
    #: The audit log's table name for the summary entry.
    table: ClassVar[str] = ""

    def title(self) -> str:
        raise NotImplementedError

    def fields(self) -> list[FieldSpec]:
        raise NotImplementedError

    def synonyms(self) -> FieldSynonyms:
        return FIELD_SYNONYMS[self.kind]

    def missing_fields(self, columns: dict[str, int]) -> list[str]:
        """Labels of required fields the mapping lacks (empty when it is usable)."""
        return [spec.label for spec in self.fields() if spec.required and spec.name not in columns]

    def fixed_header(self, sheet: "SheetData") -> HeaderMatch | None:
        """A header this kind knows without matching (our own questionnaires); None: detect it."""
        return None

    def parse(self, sheet: "SheetData", header: HeaderMatch, options: ImportOptions) -> Parsed:
        raise NotImplementedError



def column_title(header: HeaderMatch, name: str, fallback: str = "") -> str:
    """The column's title as written in the file, for messages ("Срок исполнения")."""
    column = header.columns.get(name)
    if column is None or column >= len(header.header_texts):
        return fallback
    return header.header_texts[column] or fallback


__all__ = [
    "ACTIONS", "CREATE", "Decision", "ERROR", "FieldSpec", "ImportOptions", "ImportPlan",
    "ImportResult", "Importer", "NullProgress", "Parsed", "ProgressLike", "RowAction", "SKIP",
    "UPDATE", "column_title", "paused_gc", "short",
]

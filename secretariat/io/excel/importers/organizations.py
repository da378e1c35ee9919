"""Reading the directory of organizations: names, short names, kinds, parents.

An organization is recognised by its name or short name (any case or script, with
or without "of Turkmenistan"), so a re-import updates instead of duplicating. The
parent may be another row of the same file.

This module reads the rows; ``services.imports.organizations`` compares and writes them.
"""

from __future__ import annotations

from secretariat.i18n import translate
from secretariat.io.excel.headers import HeaderMatch
from secretariat.io.excel.importers.base import (
    FieldSpec,
    ImportOptions,
    Importer,
    Parsed,
    column_title,
    short,
)
from secretariat.io.excel.importers.source import SheetData
from secretariat.io.excel.sheet import value_as_text
from secretariat.io.excel.table import read_table
from secretariat.io.excel.vocabulary import parse_choice
from secretariat.models import fold
from secretariat.services.imports.organizations import OrganizationInput

_YES = {"yes", "y", "да", "hawa", "true", "1", "+", "x", "✓", "member", "член", "agza"}
_NO = {"no", "n", "нет", "ýok", "false", "0", "-", ""}


class OrganizationImporter(Importer):
    kind = "organizations"
    table = "organization"

    def title(self) -> str:
        return translate("excel", "Organizations")

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", translate("excel", "Name"), required=True),
            FieldSpec("short_name", translate("excel", "Short name")),
            FieldSpec("kind", translate("excel", "Kind")),
            FieldSpec("parent", translate("excel", "Parent organization")),
            FieldSpec("member", translate("excel", "Commission member")),
        ]

    def parse(self, sheet: SheetData, header: HeaderMatch, options: ImportOptions) -> Parsed:
        rows = sheet.rows
        table = read_table(rows, self.synonyms(), header=header)
        parsed = Parsed()
        name_title = column_title(header, "name", translate("excel", "Name"))
        kind_title = column_title(header, "kind", translate("excel", "Kind"))
        seen: dict[str, int] = {}
        for record in table.records:
            values = record.values
            item = OrganizationInput(row=record.row, label="")
            item.name = " ".join(value_as_text(values.get("name")).split())[:255]
            item.label = short(item.name)
            item.short_name = " ".join(value_as_text(values.get("short_name")).split())[:80] or None
            if values.get("kind") is not None:
                item.kind = parse_choice("organization_kind", values["kind"])
                if item.kind is None:
                    item.warnings.append(translate("excel", "{column}: \"{text}\" is not a known kind; "
                                                            "\"Other\" is used.").format(
                        column=kind_title, text=short(value_as_text(values["kind"]), 40)))
            item.parent = " ".join(value_as_text(values.get("parent")).split()) or None
            if values.get("member") is not None:
                flag = fold(value_as_text(values["member"]))
                item.member = True if flag in _YES else False if flag in _NO else None
            if not item.name:
                item.error = (name_title, translate("excel", "The name is empty."))
            elif fold(item.name) in seen:
                item.error = (name_title, translate("excel", "The same organization is already in row {row}.").format(
                    row=seen[fold(item.name)]))
            else:
                seen[fold(item.name)] = item.row
            parsed.records.append(item)
        return parsed


__all__ = ["OrganizationImporter"]

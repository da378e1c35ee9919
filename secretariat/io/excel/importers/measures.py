"""Reading plan matrices: measures with their sections, agencies, deadlines and status.

A measure is identified by its plan and its number ("2.3.1"), so re-importing an
updated matrix updates the measures it imported before. The plan comes from the
clerk (``ImportOptions.plan`` / ``create_plan``) or from a "Plan" column (our own
export has one). Section rows ("1. Совершенствование законодательства", merged
across the table) put the measures under them into that section of the plan.

Plans hold at most a few thousand measures, so these rows are written through the
ORM: each new or changed measure also gets its own audit entry, next to the
import's summary entry.

This module reads the rows; ``services.imports.measures`` compares and writes them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

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
from secretariat.io.excel.importers.lookups import split_names
from secretariat.io.excel.sheet import value_as_text
from secretariat.io.excel.table import read_table
from secretariat.io.excel.vocabulary import parse_choice
from secretariat.models import (
    MeasureRole,
    fold,
)
from secretariat.io.excel.sdg_codes import parse_sdg_target_cell
from secretariat.services.imports.measures import MeasureInput

ROLE_FIELDS = (("lead", MeasureRole.LEAD.value), ("co_implementers", MeasureRole.CO_IMPLEMENTER.value),
               ("partners", MeasureRole.PARTNER.value))
_SECTION = re.compile(r"^((?:\d{1,3}|[IVXLC]{1,6})(?:\.\d{1,3})*)[.)]?\s+(.+)$")


def split_section(title: str) -> tuple[str, str]:
    """"1. Совершенствование законодательства" -> ("1", "Совершенствование законодательства")."""
    title = " ".join(title.split())
    match = _SECTION.match(title)
    if match:
        return match.group(1), match.group(2).strip()
    return "", title


def deadline_text(value: Any) -> str:
    """A deadline cell as text: real dates as 31.12.2024, as the region writes them."""
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return value_as_text(value)[:120]


def measure_number(value: Any) -> str:
    return value_as_text(value).strip().rstrip(".").strip()[:40]


class MeasureImporter(Importer):
    kind = "measures"
    table = "measure"

    def title(self) -> str:
        return translate("excel", "Plan measures")

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("number", translate("excel", "Measure number"), required=True),
            FieldSpec("text", translate("excel", "Measure"), required=True),
            FieldSpec("plan", translate("excel", "Plan")),
            FieldSpec("section", translate("excel", "Section")),
            FieldSpec("lead", translate("excel", "Lead agencies")),
            FieldSpec("co_implementers", translate("excel", "Co-implementers")),
            FieldSpec("partners", translate("excel", "Partners")),
            FieldSpec("deadline", translate("excel", "Deadline")),
            FieldSpec("indicators", translate("excel", "Indicators")),
            FieldSpec("status", translate("excel", "Status")),
            FieldSpec("sdgs", translate("excel", "SDG targets")),
        ]

    def parse(self, sheet: SheetData, header: HeaderMatch, options: ImportOptions) -> Parsed:
        rows = sheet.rows
        table = read_table(rows, self.synonyms(), header=header)
        parsed = Parsed()
        columns = header.columns
        if not options.plan and not options.create_plan and "plan" not in columns:
            parsed.fatal.append(translate(
                "excel", "Say which plan these measures belong to (--plan, or --create-plan TITLE; "
                "in the wizard: \"Plan\")."))
        number_title = column_title(header, "number", translate("excel", "No."))
        text_title = column_title(header, "text", translate("excel", "Measure"))
        status_title = column_title(header, "status", translate("excel", "Status"))
        seen: dict[tuple[str, str], int] = {}
        for record in table.records:
            values = record.values
            item = MeasureInput(row=record.row, label="")
            item.plan_name = value_as_text(values.get("plan")).strip() or None
            item.number = measure_number(values.get("number"))
            item.text = value_as_text(values.get("text")).strip()
            item.label = short(f"{item.number} {item.text}".strip())
            section = value_as_text(values.get("section")).strip() or record.section
            if section:
                item.section = split_section(section)
            if "deadline" in columns and values.get("deadline") is not None:
                item.deadline = deadline_text(values["deadline"])
            if "indicators" in columns and values.get("indicators") is not None:
                item.indicators = value_as_text(values["indicators"]).strip()
            if "status" in columns and values.get("status") is not None:
                item.status = parse_choice("measure_status", values["status"])
                if item.status is None:
                    item.warnings.append(translate(
                        "excel", "{column}: \"{text}\" is not a known status; it is left as it is.").format(
                        column=status_title, text=short(value_as_text(values["status"]), 40)))
            if "sdgs" in columns and values.get("sdgs") is not None:
                item.sdg_targets = parse_sdg_target_cell(values["sdgs"]) or None
            for name, role in ROLE_FIELDS:
                if name in columns and values.get(name) is not None:
                    names = split_names(value_as_text(values[name]))
                    if names:
                        item.agencies[role] = names
            if not item.number:
                item.error = (number_title, translate("excel", "The measure has no number."))
            elif not item.text:
                item.error = (text_title, translate("excel", "The measure text is empty."))
            else:
                key = (fold(item.plan_name or ""), item.number)
                if key in seen:
                    item.error = (number_title, translate("excel", "Measure {number} is already in row {row}.").format(
                        number=item.number, row=seen[key]))
                else:
                    seen[key] = item.row
            parsed.records.append(item)
        return parsed


# ------------------------------------------------------------------ database state


__all__ = ["MeasureImporter", "deadline_text", "measure_number", "split_section"]

"""Reading progress reports: "what was done" per measure, as ministries send it back.

Each row names a measure by its number (within the plan given by the clerk or by a
"Plan" column) and says what was done, by whom, when, and with which status. The
measure takes the reported status, as with ``services.plans.add_progress_report``.
A row whose report is already recorded (same measure, date and text) is skipped,
so importing the same table twice records nothing twice.

This module reads the rows; ``services.imports.progress`` compares and writes them.
"""

from __future__ import annotations

from datetime import date

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
from secretariat.io.excel.importers.measures import measure_number
from secretariat.io.excel.sheet import value_as_date, value_as_text
from secretariat.io.excel.table import read_table
from secretariat.io.excel.vocabulary import parse_choice
from secretariat.services.imports.progress import ProgressInput


class ProgressImporter(Importer):
    kind = "progress"
    table = "progress_report"

    def title(self) -> str:
        return translate("excel", "Progress reports")

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("measure_number", translate("excel", "Measure number"), required=True),
            FieldSpec("text", translate("excel", "Progress"), required=True),
            FieldSpec("plan", translate("excel", "Plan")),
            FieldSpec("date", translate("excel", "Date")),
            FieldSpec("organization", translate("excel", "Organization")),
            FieldSpec("status", translate("excel", "Status")),
        ]

    def parse(self, sheet: SheetData, header: HeaderMatch, options: ImportOptions) -> Parsed:
        rows = sheet.rows
        table = read_table(rows, self.synonyms(), header=header)
        parsed = Parsed()
        columns = header.columns
        if not options.plan and "plan" not in columns:
            parsed.fatal.append(translate("excel", "Say which plan the measures belong to (--plan; in the wizard: "
                                                   "\"Plan\")."))
        number_title = column_title(header, "measure_number", translate("excel", "Measure No."))
        text_title = column_title(header, "text", translate("excel", "Progress"))
        date_title = column_title(header, "date", translate("excel", "Date"))
        status_title = column_title(header, "status", translate("excel", "Status"))
        default_date = options.report_date or date.today()
        for record in table.records:
            values = record.values
            item = ProgressInput(row=record.row, label="")
            item.plan_name = value_as_text(values.get("plan")).strip() or None
            item.number = measure_number(values.get("measure_number"))
            item.text = value_as_text(values.get("text")).strip()
            item.label = short(f"{item.number}: {item.text}")
            raw_date = values.get("date")
            item.reported_on = value_as_date(raw_date) if raw_date is not None else None
            if raw_date is not None and item.reported_on is None:
                item.error = (date_title, translate("excel", "\"{text}\" is not a date (write it as 31.12.2024).").format(
                    text=short(value_as_text(raw_date), 30)))
            elif item.reported_on is None:
                item.reported_on = default_date
                item.warnings.append(translate("excel", "No date: the report is dated {date}.").format(
                    date=f"{default_date:%d.%m.%Y}"))
            organization = split_names(value_as_text(values.get("organization")))
            item.organization = organization[0] if organization else None
            if values.get("status") is not None:
                item.status = parse_choice("measure_status", values["status"])
                if item.status is None:
                    item.warnings.append(translate(
                        "excel", "{column}: \"{text}\" is not a known status; it is left as it is.").format(
                        column=status_title, text=short(value_as_text(values["status"]), 40)))
            if not item.number:
                item.error = (number_title, translate("excel", "The row names no measure number."))
            elif not item.text:
                item.error = (text_title, translate("excel", "The progress text is empty."))
            parsed.records.append(item)
        return parsed


__all__ = ["ProgressImporter"]

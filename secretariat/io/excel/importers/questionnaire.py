"""Reading a returned status questionnaire (see ``io.excel.questionnaire``).

Rows are matched by the hidden id column and checked against the visible number,
so a row that was moved, copied into another file or belongs to another database
is refused rather than applied to the wrong record. For measures, a filled-in
"what was done" becomes a progress report of the questionnaire's organization
(dated ``ImportOptions.report_date``, by default today) and the chosen status
becomes the measure's status; for recommendations, the status is set and the
information is added to the assessment, signed with the organization and date.
Importing the same file twice records nothing twice.

This module reads the rows; ``services.imports.questionnaire`` compares and writes them.
"""

from __future__ import annotations

from secretariat.i18n import translate
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.headers import HeaderMatch
from secretariat.io.excel.importers.base import (
    FieldSpec,
    ImportOptions,
    Importer,
    Parsed,
    short,
)
from secretariat.io.excel.importers.source import SheetData, header_at
from secretariat.io.excel.sheet import SheetRow, value_as_int, value_as_text
from secretariat.io.excel.vocabulary import parse_choice
from secretariat.models import (
    fold,
)
from secretariat.services.imports.questionnaire import AnswerInput


class QuestionnaireImporter(Importer):
    kind = "questionnaire"
    table = "questionnaire"

    def title(self) -> str:
        return translate("excel", "Returned status questionnaire")

    def fields(self) -> list[FieldSpec]:
        return []

    def synonyms(self) -> dict:
        return {}

    def missing_fields(self, columns: dict[str, int]) -> list[str]:
        return []

    def fixed_header(self, sheet: SheetData) -> HeaderMatch | None:
        if not sheet.is_questionnaire:
            raise SpreadsheetError(translate(
                "excel", "This file is not a status questionnaire made by this application (or its hidden "
                "description sheet was removed)."))
        rows = _sheet_rows(sheet, sheet.meta.get("measures_sheet", ""))
        number = value_as_int(sheet.meta.get("header_row")) or 4
        columns = sheet.meta.get("measures_columns", "").split(",")
        for index, row in enumerate(rows):
            if row.number == number:
                return header_at(rows, index, {}, {name: i for i, name in enumerate(columns) if name})
        # An empty sheet (no measures): a header of the other sheet is as good.
        return header_at(rows or sheet.rows, 0, {}, {}) if (rows or sheet.rows) else None

    def parse(self, sheet: SheetData, header: HeaderMatch, options: ImportOptions) -> Parsed:
        meta = sheet.meta
        parsed = Parsed(context={"organization_id": value_as_int(meta.get("organization_id")),
                                 "organization": meta.get("organization", ""),
                                 "prepared_on": meta.get("prepared_on", ""),
                                 "raw_organization_id": meta.get("organization_id", ""),
                                 "issued_measures": meta.get("issued_measures"),
                                 "issued_recommendations": meta.get("issued_recommendations"),
                                 "signature": meta.get("signature", "")})
        header_row = value_as_int(meta.get("header_row")) or 4
        labels: dict[str, dict[str, str]] = {"measure_status": {}, "implementation_status": {}}
        for key, value in meta.items():
            if key.startswith("label:"):
                _prefix, vocabulary, stored = key.split(":", 2)
                if vocabulary in labels:
                    labels[vocabulary][fold(value)] = stored
        parsed.notes.append(translate("excel", "Questionnaire of {organization}, prepared on {date}.").format(
            organization=meta.get("organization", "?"), date=meta.get("prepared_on", "?")))
        for kind, sheet_key, columns_key, vocabulary in (
                ("measure", "measures_sheet", "measures_columns", "measure_status"),
                ("recommendation", "recommendations_sheet", "recommendations_columns", "implementation_status")):
            name = meta.get(sheet_key, "")
            columns = {column: index for index, column in enumerate(meta.get(columns_key, "").split(",")) if column}
            rows = _sheet_rows(sheet, name)
            header_cells: list[str] = []
            for row in rows:
                if row.number == header_row:
                    header_cells = row.texts()
                if row.number <= header_row:
                    continue
                parsed.records.append(self._answer(kind, name, row, columns, header_cells, labels[vocabulary],
                                                   vocabulary))
        return parsed

    def _answer(self, kind: str, sheet: str, row: SheetRow, columns: dict[str, int], header: list[str],
                labels: dict[str, str], vocabulary: str) -> AnswerInput:
        def title(name: str) -> str:
            index = columns.get(name)
            text = header[index] if index is not None and index < len(header) else name
            return f"{sheet}: {text}"

        text_key = "progress" if kind == "measure" else "information"
        number = value_as_text(row.get(columns.get("number" if kind == "measure" else "paragraph"))).strip()
        text = value_as_text(row.get(columns.get(text_key))).strip()
        answer = AnswerInput(kind=kind, sheet=sheet, row=row.number, number=number, text=text,
                             label=short(f"{sheet}: {number} {value_as_text(row.get(columns.get('text')))}"))
        answer.record_id = value_as_int(row.get(columns.get("id")))
        if answer.record_id is None:
            answer.error = (title("id"), translate("excel", "The row has no hidden id: rows must not be added or "
                                                     "copied in the questionnaire."))
            return answer
        raw_status = row.get(columns.get("status"))
        if raw_status is not None:
            status_text = value_as_text(raw_status)
            answer.status = labels.get(fold(status_text)) or parse_choice(vocabulary, status_text)
            if answer.status is None:
                answer.error = (title("status"), translate("excel", "\"{text}\" is not one of the statuses of the list.")
                                .format(text=short(status_text, 40)))
        return answer


def _sheet_rows(sheet: SheetData, name: str) -> list[SheetRow]:
    if name == sheet.sheet:
        return sheet.rows
    return sheet.extra.get(name, [])


__all__ = ["QuestionnaireImporter"]

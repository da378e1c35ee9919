"""Status questionnaires: one workbook per organization, sent out and imported back.

Each workbook lists the plan measures the organization leads or co-implements and
the recommendations it is responsible for. The sheets are protected: only the
status (a drop-down list) and the progress/information columns can be edited, so
what comes back can be matched row by row. A hidden first column carries the
record ids, and a very hidden ``_secretariat`` sheet says what the file is, for
which organization, when it was prepared and how the columns are laid out.
``io.excel.importers.questionnaire`` reads the returned file.

The protection has no password: it prevents accidental changes, not deliberate
ones (Review > Unprotect Sheet), and the import checks every row against the
database anyway.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat import __version__
from secretariat.db import Database
from secretariat.db.atomic import atomic_batch, output_error
from secretariat.db.identity import identity
from secretariat.i18n import translate
from secretariat.io.excel.export import discard_failed_workbook, safe_sheet_title, save_replacing, set_text
from secretariat.io.excel.importers.source import QUESTIONNAIRE_META_SHEET
from secretariat.services.questionnaire_signature import signature
from secretariat.models import (
    ImplementationStatus,
    Measure,
    MeasureOrganization,
    MeasureRole,
    MeasureStatus,
    Organization,
    Plan,
    Recommendation,
    recommendation_organization,
)
from secretariat.services import indicators

FORMAT_VERSION = "1"
HEADER_ROW = 4
MEASURE_COLUMNS = ("id", "plan", "number", "text", "deadline", "role", "status", "progress")
RECOMMENDATION_COLUMNS = ("id", "body", "paragraph", "text", "position", "status", "information")
EDITABLE = {"status", "progress", "information"}
DONE_MEASURES = (MeasureStatus.COMPLETED.value, MeasureStatus.CANCELLED.value)
DONE_RECOMMENDATIONS = (ImplementationStatus.IMPLEMENTED.value,)

EDIT_FILL = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")
HEADER_FILL = PatternFill("solid", start_color="DCE6F1", end_color="DCE6F1")
THIN = Side(style="thin", color="A6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP_WRAP = Alignment(wrap_text=True, vertical="top")
UNLOCKED = Protection(locked=False)


def measure_status_labels() -> dict[str, str]:
    return {
        MeasureStatus.NOT_STARTED.value: translate("excel", "Not started"),
        MeasureStatus.IN_PROGRESS.value: translate("excel", "In progress"),
        MeasureStatus.COMPLETED.value: translate("excel", "Completed"),
        MeasureStatus.PARTIALLY_COMPLETED.value: translate("excel", "Partially completed"),
        MeasureStatus.NOT_COMPLETED.value: translate("excel", "Not completed"),
        MeasureStatus.CANCELLED.value: translate("excel", "Cancelled"),
    }


def implementation_status_labels() -> dict[str, str]:
    return {
        ImplementationStatus.NOT_STARTED.value: translate("excel", "Not started"),
        ImplementationStatus.IN_PROGRESS.value: translate("excel", "In progress"),
        ImplementationStatus.PARTIALLY_IMPLEMENTED.value: translate("excel", "Partially implemented"),
        ImplementationStatus.IMPLEMENTED.value: translate("excel", "Implemented"),
        ImplementationStatus.NOT_IMPLEMENTED.value: translate("excel", "Not implemented"),
    }


def _role_labels() -> dict[str, str]:
    return {MeasureRole.LEAD.value: translate("excel", "Lead"),
            MeasureRole.CO_IMPLEMENTER.value: translate("excel", "Co-implementer")}


def _position_labels() -> dict[str, str]:
    return {"supported": translate("excel", "Supported"), "noted": translate("excel", "Noted"),
            "pending": translate("excel", "Pending")}


@dataclass
class Assignment:
    """What one organization is asked about."""

    organization_id: int
    organization: str
    short_name: str
    measures: list[tuple] = field(default_factory=list)
    recommendations: list[tuple] = field(default_factory=list)
    # indicator reports due and not received: (plan, measure number, indicator, due date, missed)
    indicators: list[tuple] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.measures and not self.recommendations and not self.indicators


def _paragraph_key(paragraph: str) -> tuple:
    """"12(a)", "14", "110.3": numbers compare as numbers, letters as text, never one with the other."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
                 for part in re.findall(r"\d+|[^\d.\s]+", paragraph or ""))


def issued_ids(assignment: Assignment) -> tuple[str, str]:
    """The ids the questionnaire is issued for, as written in its description sheet."""
    return (",".join(str(m[0]) for m in assignment.measures),
            ",".join(str(r[0]) for r in assignment.recommendations))


def assignments(db: Database, organization_id: int | None = None, *,
                include_done: bool = False, as_of: date | None = None) -> list[Assignment]:
    """Per organization, the measures (lead/co-implementer) and recommendations it answers for,
    and the indicator reports it owes (missed, or due within INDICATORS_AHEAD months of *as_of*)."""
    with db.read() as session:
        result = _assignments(session, organization_id, include_done)
    _add_indicators(db, result, as_of or date.today(), organization_id)
    return sorted(result, key=lambda a: (a.short_name or a.organization).casefold())


INDICATORS_AHEAD = 3


def _add_indicators(db: Database, result: list[Assignment], as_of: date, organization_id: int | None) -> None:
    by_org = {a.organization_id: a for a in result}
    until = indicators.add_months(as_of, INDICATORS_AHEAD)
    for due in indicators.due_reports(db, as_of, until=until, organization_id=organization_id):
        if not due.missed or due.organization_id is None:
            continue
        if due.organization_id not in by_org:
            by_org[due.organization_id] = Assignment(due.organization_id, due.organization, "")
            result.append(by_org[due.organization_id])
        by_org[due.organization_id].indicators.append(
            (due.plan, due.measure_number, due.indicator, due.due_on, due.due_on < as_of))


def _assignments(session: Session, organization_id: int | None, include_done: bool) -> list[Assignment]:
    orgs = {row.id: row for row in session.execute(
        select(Organization.id, Organization.name, Organization.short_name))}
    result: dict[int, Assignment] = {}

    def slot(org_id: int) -> Assignment:
        if org_id not in result:
            org = orgs[org_id]
            result[org_id] = Assignment(org_id, org.name, org.short_name or "")
        return result[org_id]

    measures = (select(MeasureOrganization.organization_id, Measure.id, Plan.short_title, Plan.title,
                       Measure.number, Measure.text, Measure.deadline_text, MeasureOrganization.role,
                       Measure.status, Measure.position)
                .join(Measure, Measure.id == MeasureOrganization.measure_id)
                .join(Plan, Plan.id == Measure.plan_id)
                .where(MeasureOrganization.role.in_((MeasureRole.LEAD.value, MeasureRole.CO_IMPLEMENTER.value)))
                .order_by(Plan.title, Measure.position, Measure.id))
    recs = (select(recommendation_organization.c.organization_id, Recommendation.id, Recommendation.body,
                   Recommendation.cycle, Recommendation.paragraph, Recommendation.text,
                   Recommendation.position, Recommendation.status)
            .join(Recommendation, Recommendation.id == recommendation_organization.c.recommendation_id))
    if organization_id is not None:
        if organization_id not in orgs:
            return []
        measures = measures.where(MeasureOrganization.organization_id == organization_id)
        recs = recs.where(recommendation_organization.c.organization_id == organization_id)
        slot(organization_id)
    if not include_done:
        measures = measures.where(Measure.status.not_in(DONE_MEASURES))
        recs = recs.where(Recommendation.status.not_in(DONE_RECOMMENDATIONS))
    for row in session.execute(measures):
        slot(row[0]).measures.append(tuple(row[1:]))
    rec_rows = sorted(session.execute(recs), key=lambda r: (r.body, r.cycle or 0, _paragraph_key(r.paragraph), r.id))
    for row in rec_rows:
        slot(row[0]).recommendations.append(tuple(row[1:]))
    return list(result.values())


def file_name(assignment: Assignment) -> str:
    label = assignment.short_name or assignment.organization
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", label)
    cleaned = " ".join(cleaned.split()).strip(" .")[:80] or str(assignment.organization_id)
    return translate("excel", "Questionnaire - {organization}").format(organization=cleaned) + ".xlsx"


def write_questionnaire(path: str | Path, assignment: Assignment, *, prepared_on: date | None = None,
                        secret: bytes | None = None) -> Path:
    """Write one organization's questionnaire to *path* (signed when *secret* is given)."""
    target = Path(path)
    save_replacing(_questionnaire_workbook(assignment, prepared_on or date.today(), secret), target)
    return target


def _questionnaire_workbook(assignment: Assignment, prepared_on: date, secret: bytes | None) -> Workbook:
    workbook = Workbook()
    measure_labels = measure_status_labels()
    rec_labels = implementation_status_labels()
    measures_title = safe_sheet_title(translate("excel", "Measures"))
    recs_title = safe_sheet_title(translate("excel", "Recommendations"))
    lists = workbook.active
    lists.title = safe_sheet_title(translate("excel", "Lists"))
    for row, label in enumerate(measure_labels.values(), start=1):
        set_text(lists.cell(row=row, column=1), label)
    for row, label in enumerate(rec_labels.values(), start=1):
        set_text(lists.cell(row=row, column=2), label)
    lists.sheet_state = "hidden"
    lists.protection.sheet = True

    ws = workbook.create_sheet(measures_title, 0)
    _sheet(ws, assignment, prepared_on,
           translate("excel", "Plan measures"),
           [translate("excel", "Id"), translate("excel", "Plan"), translate("excel", "No."),
            translate("excel", "Measure"),
            translate("excel", "Deadline"), translate("excel", "Your role"), translate("excel", "Status"),
            translate("excel", "What was done (progress since the last report)")],
           [8, 22, 8, 60, 16, 14, 20, 60],
           [(m[0], m[1] or m[2], m[3], m[4], m[5], _role_labels().get(m[6], m[6]), measure_labels.get(m[7], m[7]), "")
            for m in assignment.measures],
           list(measure_labels.values()), f"{quote_sheetname(lists.title)}!$A$1:$A${len(measure_labels)}",
           MEASURE_COLUMNS)
    rs = workbook.create_sheet(recs_title, 1)
    _sheet(rs, assignment, prepared_on,
           translate("excel", "Recommendations of UN human rights mechanisms"),
           [translate("excel", "Id"), translate("excel", "Body"), translate("excel", "Paragraph"),
            translate("excel", "Recommendation"),
            translate("excel", "Position"), translate("excel", "Status"), translate("excel", "Information on implementation")],
           [8, 12, 10, 70, 12, 22, 60],
           [(r[0], f"{r[1]} {r[2]}" if r[2] else r[1], r[3], r[4], _position_labels().get(r[5], r[5]),
             rec_labels.get(r[6], r[6]), "") for r in assignment.recommendations],
           list(rec_labels.values()), f"{quote_sheetname(lists.title)}!$B$1:$B${len(rec_labels)}",
           RECOMMENDATION_COLUMNS)

    if assignment.indicators:
        _indicators_sheet(workbook.create_sheet(safe_sheet_title(translate("excel", "Indicators due")), 2),
                          assignment, prepared_on)

    meta = workbook.create_sheet(QUESTIONNAIRE_META_SHEET)
    entries = [
        ("kind", "questionnaire"), ("format", FORMAT_VERSION), ("application", f"Secretariat {__version__}"),
        ("organization_id", str(assignment.organization_id)), ("organization", assignment.organization),
        ("prepared_on", prepared_on.isoformat()), ("sheets", f"{measures_title}\n{recs_title}"),
        ("measures_sheet", measures_title), ("recommendations_sheet", recs_title),
        ("header_row", str(HEADER_ROW)), ("measures_columns", ",".join(MEASURE_COLUMNS)),
        ("recommendations_columns", ",".join(RECOMMENDATION_COLUMNS)),
    ]
    measures_issued, recommendations_issued = issued_ids(assignment)
    entries += [("issued_measures", measures_issued), ("issued_recommendations", recommendations_issued)]
    if secret is not None:
        entries.append(("signature", signature(secret, str(assignment.organization_id), prepared_on.isoformat(),
                                               measures_issued, recommendations_issued)))
    entries += [(f"label:measure_status:{value}", label) for value, label in measure_labels.items()]
    entries += [(f"label:implementation_status:{value}", label) for value, label in rec_labels.items()]
    for row, (key, value) in enumerate(entries, start=1):
        set_text(meta.cell(row=row, column=1), key)
        set_text(meta.cell(row=row, column=2), value)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.active = 0
    workbook.properties.title = translate("excel", "Status questionnaire")
    workbook.properties.creator = "Secretariat"
    return workbook


def _sheet(ws: Any, assignment: Assignment, prepared_on: date, subject: str, headers: list[str],
           widths: list[int], rows: list[tuple], choices: list[str], range_ref: str,
           keys: tuple[str, ...]) -> None:
    title = ws.cell(row=1, column=2)
    set_text(title, translate("excel", "Status questionnaire: {subject} — {organization}").format(
        subject=subject, organization=assignment.organization))
    title.font = Font(bold=True, size=13)
    note = ws.cell(row=2, column=2)
    set_text(note, translate("excel", "Prepared by the Secretariat on {date}. Fill in only the yellow columns: choose "
                                      "the status from the list and describe what was done. Do not add, delete or "
                                      "move rows. Return the file to the Secretariat.").format(
        date=f"{prepared_on:%d.%m.%Y}"))
    note.alignment = Alignment(wrap_text=False, vertical="top")
    note.font = Font(italic=True)
    for column, (header, width) in enumerate(zip(headers, widths), start=1):
        cell = ws.cell(row=HEADER_ROW, column=column)
        set_text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = EDIT_FILL if keys[column - 1] in EDITABLE else HEADER_FILL
        cell.border = GRID
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.column_dimensions["A"].hidden = True
    first = HEADER_ROW + 1
    for offset, values in enumerate(rows):
        row = first + offset
        lines = 1
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=column)
            key = keys[column - 1]
            if isinstance(value, int) and key == "id":
                cell.value = value
            else:
                set_text(cell, str(value or ""))
            cell.border = GRID
            cell.alignment = TOP_WRAP
            if key in EDITABLE:
                cell.protection = UNLOCKED
                cell.fill = EDIT_FILL
            text = str(value or "")
            width = widths[column - 1]
            if key != "id" and text:
                lines = max(lines, sum(math.ceil(max(len(part), 1) / max(width - 1, 1)) for part in text.split("\n")))
        ws.row_dimensions[row].height = min(15 * lines + 3, 409)
    last = first + max(len(rows), 1) - 1
    status_column = get_column_letter(keys.index("status") + 1)
    inline = ",".join(choices)
    formula = f'"{inline}"' if len(inline) <= 250 and "," not in "".join(choices) else range_ref
    validation = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False,
                                showErrorMessage=True, errorTitle=translate("excel", "Status"),
                                error=translate("excel", "Choose a status from the list."),
                                promptTitle=translate("excel", "Status"), prompt=translate("excel", "Choose from the list."),
                                showInputMessage=True)
    validation.add(f"{status_column}{first}:{status_column}{last}")
    ws.add_data_validation(validation)
    ws.freeze_panes = ws.cell(row=first, column=3)
    ws.auto_filter.ref = f"B{HEADER_ROW}:{get_column_letter(len(headers))}{last}"
    protection = ws.protection
    protection.sheet = True
    protection.formatColumns = False
    protection.formatRows = False
    protection.autoFilter = False
    protection.sort = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _indicators_sheet(ws: Any, assignment: Assignment, prepared_on: date) -> None:
    """For reading: the indicator reports owed, to be answered in the measures' progress column."""
    title = ws.cell(row=1, column=1)
    set_text(title, translate("excel", "Indicator reports due — {organization}").format(
        organization=assignment.organization))
    title.font = Font(bold=True, size=13)
    note = ws.cell(row=2, column=1)
    set_text(note, translate("excel", "Report on these indicators in the progress column of their measure "
                                      "(sheet of plan measures). As of {date}.").format(date=f"{prepared_on:%d.%m.%Y}"))
    note.font = Font(italic=True)
    headers = [translate("excel", "Plan"), translate("excel", "No."), translate("excel", "Indicator"),
               translate("excel", "Due"), translate("excel", "Status")]
    for column, (header, width) in enumerate(zip(headers, (22, 8, 60, 12, 14)), start=1):
        cell = ws.cell(row=HEADER_ROW, column=column)
        set_text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = GRID
        ws.column_dimensions[get_column_letter(column)].width = width
    for offset, (plan, number, name, due_on, missed) in enumerate(assignment.indicators, start=1):
        values = (plan, number, name, f"{due_on:%d.%m.%Y}",
                  translate("excel", "missed") if missed else translate("excel", "due"))
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=HEADER_ROW + offset, column=column)
            set_text(cell, str(value or ""))
            cell.border = GRID
            cell.alignment = TOP_WRAP
    ws.protection.sheet = True


def write_questionnaires(db: Database, folder: str | Path, organization_id: int | None = None, *,
                         include_done: bool = False, prepared_on: date | None = None,
                         progress: Any = None) -> list[Path]:
    """One questionnaire per organization with something to report (or just *organization_id*).

    All or none: every file is written beside its target first, and only when all are
    whole are they put in place, so a full disk or a cancel leaves no questionnaire
    written and none of the earlier files changed.
    """
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(exc, target) from exc
    prepared_on = prepared_on or date.today()
    secret = identity(db).secret
    work = [a for a in assignments(db, organization_id, include_done=include_done, as_of=prepared_on)
            if organization_id is not None or not a.is_empty]
    used: set[str] = set()
    with atomic_batch() as batch:
        for number, assignment in enumerate(work, start=1):
            if progress is not None:
                progress.check()
                progress.update(number - 1, len(work), assignment.short_name or assignment.organization)
            name = file_name(assignment)
            if name.casefold() in used:
                name = name[:-5] + f" ({assignment.organization_id}).xlsx"
            used.add(name.casefold())
            workbook = _questionnaire_workbook(assignment, prepared_on, secret)
            try:
                workbook.save(batch.add(target / name))
            except BaseException as error:
                discard_failed_workbook(workbook, error)
                raise
    return batch.targets


__all__ = ["Assignment", "HEADER_ROW", "MEASURE_COLUMNS", "RECOMMENDATION_COLUMNS", "assignments", "file_name",
           "implementation_status_labels", "measure_status_labels", "write_questionnaire", "write_questionnaires"]

"""Adding and editing a national report due to a UN body."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...models import TREATY_BODIES, Mechanism, ReportStatus
from ...services import national_reports
from ..core.context import AppContext
from ..core.labels import label
from ..core.view_tools import OptionalDateEdit
from .form_dialog import FormDialog
from .org_checklist import combo_value, org_combo, organization_choices


def _year(value: int | None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 2199)
    spin.setSpecialValueText(" ")
    spin.setValue(value or 0)
    return spin


class NationalReportDialog(FormDialog):
    """A report due to a UN body (not the printed reports: those are ``ui.reports.report_dialog.ReportDialog``)."""

    def __init__(self, context: AppContext, report_id: int | None = None, parent: QWidget | None = None,
                 prefill: dict[str, Any] | None = None) -> None:
        """*prefill*: a new report's body, mechanism, title and due date (a date of the reports calendar)."""
        super().__init__(self.tr("New report to a UN body") if report_id is None else self.tr("Edit report"), parent)
        self.setObjectName("reportDialog")
        self.context, self.report_id = context, report_id
        r = national_reports.get_report(context.db, report_id) if report_id is not None else None
        self.version = r.version if r else None
        self.mechanism = self.add_row("mechanism", self.tr("&Mechanism:"), QComboBox())
        for m in Mechanism:
            self.mechanism.addItem(label(m.value), m.value)
        self.mechanism.setCurrentIndex(max(self.mechanism.findData(r.mechanism if r else "treaty_body"), 0))
        self.body = self.add_row("body", self.tr("&Body:"), QComboBox())
        self.body.setEditable(True)
        self.body.addItems([*TREATY_BODIES, "UPR"])
        self.body.setCurrentText(r.body if r else "")
        self.title_edit = self.add_row("title", self.tr("&Title:"), QLineEdit(r.title if r else ""))
        self.title_edit.setPlaceholderText(self.tr("e.g. Third periodic report"))
        self.cycle = self.add_row("cycle", self.tr("&Cycle:"), QLineEdit(r.cycle if r else ""))
        self.period_start = self.add_row("period_start", self.tr("Period &from (year):"),
                                         _year(r.period_start if r else None))
        self.period_end = self.add_row("period_end", self.tr("Period t&o (year):"), _year(r.period_end if r else None))
        self.due = self.add_row("due_date", self.tr("&Due on:"), OptionalDateEdit())
        self.due.set_value(r.due_date if r else None)
        self.submitted = self.add_row("submitted_on", self.tr("&Submitted on:"), OptionalDateEdit())
        self.submitted.set_value(r.submitted_on if r else None)
        self.status = self.add_row("status", self.tr("St&atus:"), QComboBox())
        for st in ReportStatus:
            self.status.addItem(label(st.value), st.value)
        self.status.setCurrentIndex(max(self.status.findData(r.status if r else "planned"), 0))
        self.submitted.dateChanged.connect(self._submitted_changed)
        self.responsible = self.add_row("responsible_id", self.tr("&Responsible:"),
                                        org_combo(organization_choices(context.db), r.responsible_id if r else None))
        self.notes = self.add_row("notes", self.tr("&Notes:"), QPlainTextEdit(r.notes if r else ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        if r is None and prefill:
            self.mechanism.setCurrentIndex(max(self.mechanism.findData(prefill.get("mechanism", "treaty_body")), 0))
            self.body.setCurrentText(prefill.get("body", ""))
            self.title_edit.setText(prefill.get("title", ""))
            self.due.set_value(prefill.get("due_date"))
        self.finish_layout()
        self.resize(560, 0)

    def _submitted_changed(self) -> None:
        if self.submitted.value() is not None and self.status.currentData() in ("planned", "in_preparation"):
            self.status.setCurrentIndex(self.status.findData("submitted"))

    def save(self) -> Any:
        v = dict(mechanism=self.mechanism.currentData(), title=self.title_edit.text(), cycle=self.cycle.text(),
                 period_start=self.period_start.value() or None, period_end=self.period_end.value() or None,
                 due_date=self.due.value(), submitted_on=self.submitted.value(), status=self.status.currentData(),
                 responsible_id=combo_value(self.responsible, "responsible_id"), notes=self.notes.toPlainText())
        db = self.context.db
        if self.report_id is None:
            return self.call(national_reports.create_report, db, self.body.currentText(), **v)
        return self.call(national_reports.update_report, db, self.report_id, self.version, body=self.body.currentText(), **v)

"""Reports menu: a filter dialog per report, then the PDF is built off-thread and previewed."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...io.documents import (
    FILTER_MECHANISM,
    FILTER_ORGANIZATION,
    FILTER_PERIOD,
    FILTER_PLAN,
    FILTER_YEAR,
    REPORTS,
    build_report,
)
from ...models import Mechanism
from ...services.report_data import ReportFilters, organization_options, plan_options
from ..core.context import AppContext
from ..core.formatting import interface_language
from ..core.labels import label
from .pdf_preview import build_and_preview
from ..widgets.date_edits import DateEdit
from ..widgets.language_forms import LANGUAGE_NAMES


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def default_year(today: date) -> int:
    """Early in the year one reports on the year before ("results of 2023", in January 2024)."""
    return today.year - 1 if today.month <= 3 else today.year


class ReportDialog(QDialog):
    """The filters that apply to one report, with sensible defaults."""

    def __init__(self, parent: QWidget | None, context: AppContext, name: str, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = REPORTS[name]
        self.today = today or date.today()
        self.setWindowTitle(self.spec.title())
        self.setObjectName(f"report_{name}")
        form = QFormLayout()
        description = QLabel(self.spec.description())
        description.setWordWrap(True)

        self.use_period = QCheckBox(self.tr("Limit to a period"))
        self.use_period.setObjectName("use_period")
        self.date_from = DateEdit(_qdate(date(self.today.year, 1, 1)))
        self.date_to = DateEdit(_qdate(date(self.today.year, 12, 31)))
        for edit, object_name in ((self.date_from, "date_from"), (self.date_to, "date_to")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setObjectName(object_name)
            edit.setEnabled(False)
        self.use_period.toggled.connect(self.date_from.setEnabled)
        self.use_period.toggled.connect(self.date_to.setEnabled)
        period_row = QHBoxLayout()
        period_row.addWidget(self.use_period)
        period_row.addWidget(self.date_from)
        period_row.addWidget(QLabel("\u2013"))
        period_row.addWidget(self.date_to)
        if FILTER_PERIOD in self.spec.filters:
            form.addRow(self.tr("Period:"), period_row)
        else:
            for widget in (self.use_period, self.date_from, self.date_to):
                widget.hide()

        self.plan = QComboBox()
        self.plan.setObjectName("plan")
        self.plan.addItem(self.tr("All plans"), None)
        self.organization = QComboBox()
        self.organization.setObjectName("organization")
        self.organization.addItem(self.tr("All organizations"), None)
        self.mechanism = QComboBox()
        self.mechanism.setObjectName("mechanism")
        self.mechanism.addItem(self.tr("All mechanisms"), None)
        for mechanism in Mechanism:
            self.mechanism.addItem(label(mechanism.value), mechanism.value)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1991, 2100)
        self.year.setValue(default_year(self.today))
        if FILTER_PLAN in self.spec.filters:
            for option in plan_options(context.db, interface_language()):
                self.plan.addItem(option.label, option.id)
            form.addRow(self.tr("Plan:"), self.plan)
        if FILTER_ORGANIZATION in self.spec.filters:
            for option in organization_options(context.db, interface_language()):
                self.organization.addItem(option.label, option.id)
            form.addRow(self.tr("Organization:"), self.organization)
        if FILTER_MECHANISM in self.spec.filters:
            form.addRow(self.tr("Mechanism:"), self.mechanism)
        if FILTER_YEAR in self.spec.filters:
            form.addRow(self.tr("Year:"), self.year)
        self.as_of = DateEdit(_qdate(self.today))
        self.as_of.setObjectName("as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        form.addRow(self.tr("As of:"), self.as_of)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(interface_language()))
        form.addRow(self.tr("Language:"), self.language)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #a00;")
        layout = QVBoxLayout(self)
        layout.addWidget(description)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def filters(self) -> ReportFilters:
        period = FILTER_PERIOD in self.spec.filters and self.use_period.isChecked()
        return ReportFilters(
            date_from=_date(self.date_from.date()) if period else None,
            date_to=_date(self.date_to.date()) if period else None,
            plan_id=self.plan.currentData() if FILTER_PLAN in self.spec.filters else None,
            organization_id=self.organization.currentData() if FILTER_ORGANIZATION in self.spec.filters else None,
            mechanism=self.mechanism.currentData() if FILTER_MECHANISM in self.spec.filters else None,
            year=self.year.value() if FILTER_YEAR in self.spec.filters else None,
            today=_date(self.as_of.date()),
        )

    def accept(self) -> None:
        f = self.filters()
        if f.date_from and f.date_to and f.date_to < f.date_from:
            self.error.setText(self.tr("The period ends before it starts."))
            return
        super().accept()


def preview_report(parent: QWidget | None, context: AppContext, name: str, filters: ReportFilters,
                   on_shown=None, language: str | None = None):
    """Build report *name* off the UI thread, in *language* (the interface's by default), then preview it."""
    db = context.db
    language = language or interface_language()

    def work(progress):
        buffer = io.BytesIO()
        built = build_report(db, name, filters, buffer, progress=progress, language=language)
        return buffer.getvalue(), built

    return build_and_preview(parent, context, work, QCoreApplication.translate("reports", "Preparing the report…"), on_shown)


def open_report(parent: QWidget | None, context: AppContext, name: str, on_shown=None):
    """The Reports menu's action: filters first, then preview."""
    dialog = ReportDialog(parent, context, name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return preview_report(parent, context, name, dialog.filters(), on_shown, language=dialog.language.currentData())

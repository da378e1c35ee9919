"""A measure's indicators in the Plans view: who reports, how often, the due dates and what came in.

Reports fall due at the end of every period (``services.indicators``); a due date passed
without a report is shown as missed. "Report on a due date…" records a progress report
answering one due date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....models import MeasureStatus
from ....services import directory, indicators, sdg_targets
from ....services.indicators import IndicatorRow
from ...core.context import AppContext
from ...core.formatting import fmt_date
from ...core.view_tools import header_tooltips
from ...core.labels import choices
from ...widgets.messages import FAILED, call_service, confirm
from ...widgets.sdg_target_picker import SdgTargetPicker

MISSED = QColor("#b02a37")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class IndicatorDialog(QDialog):
    """Add or change an indicator."""

    def __init__(self, parent: QWidget, context: AppContext, row: IndicatorRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicator") if row else self.tr("New indicator"))
        form = QFormLayout(self)
        today = date.today()
        self.name = QLineEdit(row.name if row else "")
        self.organization = QComboBox()
        self.organization.addItem(self.tr("(none)"), None)
        for org in directory.list_organizations(context.db, limit=5000):
            self.organization.addItem(org.name, org.id)
        if row and row.organization_id is not None:
            self.organization.setCurrentIndex(max(0, self.organization.findData(row.organization_id)))
        self.frequency = QSpinBox()
        self.frequency.setRange(1, 120)
        self.frequency.setSuffix(self.tr(" months"))
        self.frequency.setValue(row.frequency_months if row else 12)
        self.starts = _date_edit(row.starts_on if row else date(today.year, 1, 1))
        self.ends = _date_edit(row.ends_on if row else date(today.year, 12, 31))
        self.baseline = QLineEdit(row.baseline if row else "")
        self.target = QLineEdit(row.target if row else "")
        form.addRow(self.tr("&Indicator:"), self.name)
        form.addRow(self.tr("&Reported by:"), self.organization)
        form.addRow(self.tr("Reported &every:"), self.frequency)
        form.addRow(self.tr("&From:"), self.starts)
        form.addRow(self.tr("&To:"), self.ends)
        form.addRow(self.tr("&Baseline:"), self.baseline)
        form.addRow(self.tr("T&arget:"), self.target)
        self.targets = SdgTargetPicker(sdg_targets.list_targets(context.db), row.sdg_targets if row else ())
        self.targets.setMinimumHeight(160)
        form.addRow(self.tr("SDG tar&gets:"), self.targets)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict:
        return {"name": self.name.text(), "organization_id": self.organization.currentData(),
                "frequency_months": self.frequency.value(), "starts_on": self.starts.date().toPython(),
                "ends_on": self.ends.date().toPython(), "baseline": self.baseline.text(),
                "target": self.target.text(), "sdg_targets": self.targets.checked_codes()}


class DueReportDialog(QDialog):
    """A progress report answering one of the indicator's due dates."""

    def __init__(self, parent: QWidget, row: IndicatorRow) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report on an indicator"))
        form = QFormLayout(self)
        form.addRow(self.tr("Indicator:"), QLabel(row.name))
        self.due = QComboBox()
        today = date.today()
        first_open = -1
        for due in row.due_dates:
            state = self.tr("received") if due in row.reported else (
                self.tr("missed") if due < today else self.tr("due"))
            self.due.addItem(f"{fmt_date(due)} ({state})", due)
            if first_open < 0 and due not in row.reported:
                first_open = self.due.count() - 1
        self.due.setCurrentIndex(max(first_open, 0))
        self.reported = _date_edit(today)
        self.status = QComboBox()
        self.status.addItem(self.tr("(keep the measure's status)"), None)
        for value, text in choices([s.value for s in MeasureStatus]):
            self.status.addItem(text, value)
        self.report_text = QPlainTextEdit()
        self.report_text.setPlaceholderText(self.tr("What was achieved against the indicator"))
        form.addRow(self.tr("For the report &due on:"), self.due)
        form.addRow(self.tr("&Received on:"), self.reported)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Report:"), self.report_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class IndicatorsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.measure_id: int | None = None
        self.rows: list[IndicatorRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Indicators"))
        heading.setObjectName("sectionHeading")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("indicatorTable")
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Reported by"), self.tr("Every"),
                                              self.tr("Next due")])
        self.table.verticalHeader().setVisible(False)
        header_tooltips(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Every column shares the panel's width (it stands beside two others): no sideways scrolling.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.report_button = QPushButton(self.tr("Report on a due date…"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The report button on a line of its own: beside three others it was cut in a narrow panel.
        reporting = QHBoxLayout()
        reporting.addWidget(self.report_button)
        reporting.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(reporting)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.report_button.clicked.connect(self.report)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.show_measure(None)

    def show_measure(self, measure_id: int | None) -> None:
        self.measure_id = measure_id
        self.rows = indicators.list_indicators(self.context.db, measure_id) if measure_id is not None else []
        today = date.today()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            open_dues = [d for d in row.due_dates if d not in row.reported]
            missed = [d for d in open_dues if d < today]
            upcoming = [d for d in open_dues if d >= today]
            if missed:
                due_text = self.tr("%n missed", "", len(missed)) + f" ({fmt_date(missed[0])})"
            else:
                due_text = fmt_date(upcoming[0]) if upcoming else self.tr("all received")
            values = [row.name, row.organization, self.tr("%n months", "", row.frequency_months), due_text]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value if c or not row.sdg_targets else
                                value + "\n" + self.tr("SDG targets: %1").replace("%1", ", ".join(row.sdg_targets)))
                if c == 3 and missed:
                    cell.setForeground(QBrush(MISSED))
                self.table.setItem(r, c, cell)
        for button in (self.add_button, self.edit_button, self.delete_button, self.report_button):
            button.setEnabled(measure_id is not None and (button is self.add_button or bool(self.rows)))

    def current(self) -> IndicatorRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _changed(self) -> None:
        self.show_measure(self.measure_id)
        self.changed.emit()
        self.context.notify("plans")

    def add(self) -> None:
        if self.measure_id is None:
            return
        dialog = IndicatorDialog(self, self.context)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            if call_service(self, indicators.add_indicator, self.context.db, self.measure_id,
                            values.pop("name"), values.pop("starts_on"), values.pop("ends_on"), **values) is not FAILED:
                self._changed()
                return

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = IndicatorDialog(self, self.context, row)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if call_service(self, indicators.update_indicator, self.context.db, row.id,
                            expected_version=row.version, **dialog.values()) is not FAILED:
                self._changed()
                return

    def delete(self) -> None:
        row = self.current()
        if row is None or not confirm(self, self.tr("Delete indicator"),
                                      self.tr("Delete the indicator \u201c%1\u201d? Its progress reports stay with "
                                              "the measure.").replace("%1", row.name), self.tr("Delete")):
            return
        if call_service(self, indicators.delete_indicator, self.context.db, row.id) is not FAILED:
            self._changed()

    def report(self) -> None:
        row = self.current() or (self.rows[0] if len(self.rows) == 1 else None)
        if row is None:
            return
        dialog = DueReportDialog(self, row)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if call_service(self, indicators.report_progress, self.context.db, row.id, dialog.due.currentData(),
                            dialog.reported.date().toPython(), dialog.report_text.toPlainText(),
                            status=dialog.status.currentData()) is not FAILED:
                self._changed()
                return

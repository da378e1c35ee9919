"""What the file does not say, per kind of import: the UPR cycle, the plan, a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from ...io.excel.importers import ImportOptions
from ...services import commission, plans
from ..core.context import AppContext

FROM_FILE = "__from_file__"

class OptionsBox(QStackedWidget):
    """One small form per kind; ``options()`` reads the visible one."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.forms: dict[str, QWidget] = {}

        recs = QWidget()
        form = QFormLayout(recs)
        self.mechanism = QComboBox()
        self.mechanism.setObjectName("mechanism")
        self.mechanism.addItem(self.tr("As the file says (UPR if it says nothing)"), None)
        self.mechanism.addItem(self.tr("Universal Periodic Review"), "upr")
        self.mechanism.addItem(self.tr("Treaty body"), "treaty_body")
        self.mechanism.addItem(self.tr("Special procedure"), "special_procedure")
        self.body = QLineEdit()
        self.body.setObjectName("body")
        self.body.setPlaceholderText(self.tr("e.g. CEDAW (for treaty bodies)"))
        self.cycle = QSpinBox()
        self.cycle.setObjectName("cycle")
        self.cycle.setRange(0, 9)
        self.cycle.setSpecialValueText(self.tr("As the title rows say"))
        self.session = QLineEdit()
        self.session.setObjectName("session")
        self.document = QLineEdit()
        self.document.setObjectName("document")
        self.document.setPlaceholderText(self.tr("e.g. CEDAW/C/TKM/CO/6"))
        form.addRow(self.tr("Mechanism:"), self.mechanism)
        form.addRow(self.tr("Body:"), self.body)
        form.addRow(self.tr("UPR cycle:"), self.cycle)
        form.addRow(self.tr("Session:"), self.session)
        form.addRow(self.tr("Document:"), self.document)
        self.state_under_review = QLineEdit()
        self.state_under_review.setObjectName("stateUnderReview")
        # The Commission's setting, kept in the database (one row: a quick read).
        self.stored_state = commission.state_under_review(context.db)
        self.state_under_review.setText(self.stored_state)
        self.state_under_review.setToolTip(self.tr("Lists covering many States (UPR Info's export) import only "
                                                   "the rows of this State; the others are reported as skipped."))
        form.addRow(self.tr("State under review:"), self.state_under_review)
        self.keep_state = QCheckBox(self.tr("&Keep it as the Commission's State under review"))
        self.keep_state.setObjectName("keepStateUnderReview")
        self.keep_state.setToolTip(self.tr("Stored in the database for every import from now on; on a shared "
                                           "database only an administrator may change it."))
        self.keep_state.setEnabled(False)
        self.state_under_review.textChanged.connect(self._state_edited)
        form.addRow("", self.keep_state)
        #: What the run page stores before importing (None: nothing to store).
        self.state_to_store: str | None = None
        self._add("recommendations", recs)

        measures = QWidget()
        form = QFormLayout(measures)
        self.existing_plan = QRadioButton(self.tr("Existing plan:"))
        self.existing_plan.setChecked(True)
        self.plan = QComboBox()
        self.plan.setObjectName("plan")
        self.new_plan = QRadioButton(self.tr("New plan:"))
        self.new_plan_title = QLineEdit()
        self.new_plan_title.setObjectName("newPlanTitle")
        self.new_plan_title.setPlaceholderText(self.tr("Title, e.g. National Action Plan on Human Rights 2021-2025"))
        form.addRow(self.existing_plan, self.plan)
        form.addRow(self.new_plan, self.new_plan_title)
        self._add("measures", measures)

        progress = QWidget()
        form = QFormLayout(progress)
        self.progress_plan = QComboBox()
        self.progress_plan.setObjectName("progressPlan")
        self.report_date = QDateEdit(QDate.currentDate())
        self.report_date.setObjectName("reportDate")
        self.report_date.setCalendarPopup(True)
        form.addRow(self.tr("Plan:"), self.progress_plan)
        form.addRow(self.tr("Date of reports without a date:"), self.report_date)
        self._add("progress", progress)

        questionnaire = QWidget()
        form = QFormLayout(questionnaire)
        self.answer_date = QDateEdit(QDate.currentDate())
        self.answer_date.setObjectName("answerDate")
        self.answer_date.setCalendarPopup(True)
        form.addRow(self.tr("Date of the progress reports:"), self.answer_date)
        self._add("questionnaire", questionnaire)

        self._add("meetings", QWidget())
        self._add("organizations", QWidget())
        for signal in (self.mechanism.currentIndexChanged, self.plan.currentIndexChanged,
                       self.progress_plan.currentIndexChanged, self.existing_plan.toggled):
            signal.connect(lambda *_: self.changed.emit())
        self.new_plan_title.textChanged.connect(lambda _t: self._new_plan_typed())
        self.reload_plans()

    def _add(self, kind: str, widget: QWidget) -> None:
        self.forms[kind] = widget
        self.addWidget(widget)

    def _new_plan_typed(self) -> None:
        if self.new_plan_title.text().strip():
            self.new_plan.setChecked(True)
        self.changed.emit()

    def reload_plans(self) -> None:
        found = plans.list_plans(self.context.db)
        for combo in (self.plan, self.progress_plan):
            combo.blockSignals(True)
            combo.clear()
            for plan in found:
                combo.addItem(plan.short_title or plan.title, str(plan.id))
            combo.addItem(self.tr("As the file's \"Plan\" column says"), FROM_FILE)
            combo.blockSignals(False)
        if not found:
            self.new_plan.setChecked(True)

    def show_kind(self, kind: str) -> None:
        self.setCurrentWidget(self.forms[kind])

    def is_valid(self, kind: str) -> bool:
        if kind == "measures" and self.new_plan.isChecked():
            return bool(self.new_plan_title.text().strip())
        return True

    def _state_edited(self, text: str) -> None:
        changed = bool(text.strip()) and " ".join(text.split()) != self.stored_state
        self.keep_state.setEnabled(changed)
        if not changed:
            self.keep_state.setChecked(False)

    def options(self, kind: str) -> ImportOptions:
        options = ImportOptions()
        if kind == "recommendations":
            options.mechanism = self.mechanism.currentData()
            options.body = self.body.text().strip() or None
            options.cycle = self.cycle.value() or None
            options.session = self.session.text().strip() or None
            options.document_symbol = self.document.text().strip() or None
            state = " ".join(self.state_under_review.text().split())
            options.state_under_review = state or self.stored_state
            changed = bool(state) and state != self.stored_state
            self.state_to_store = state if changed and self.keep_state.isChecked() else None
        elif kind == "measures":
            if self.new_plan.isChecked():
                options.create_plan = self.new_plan_title.text().strip() or None
            elif self.plan.currentData() not in (None, FROM_FILE):
                options.plan = self.plan.currentData()
        elif kind == "progress":
            if self.progress_plan.currentData() not in (None, FROM_FILE):
                options.plan = self.progress_plan.currentData()
            options.report_date = _pydate(self.report_date.date())
        elif kind == "questionnaire":
            options.report_date = _pydate(self.answer_date.date())
        return options


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

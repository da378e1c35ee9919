"""Editing a treaty body's reporting cycle: the State's dates, the treaty's rule, the committee's date."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...services import reporting_calendar
from ...services.reporting_calendar import CycleRow
from ..core.context import AppContext
from ..core.view_tools import OptionalDateEdit
from .form_dialog import FormDialog


def _months(value: int | None, minimum: int, maximum: int, empty: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    if empty:
        spin.setSpecialValueText(empty)
    spin.setValue(value if value is not None else minimum)
    return spin


class CycleDialog(FormDialog):
    """One body's cycle; the treaty's source is shown, every value can be changed."""

    def __init__(self, context: AppContext, cycle: CycleRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reporting cycle: %1").replace("%1", cycle.body), parent)
        self.setObjectName("cycleDialog")
        self.context, self.cycle = context, cycle
        instrument = QLabel(cycle.instrument)
        instrument.setWordWrap(True)
        self.form.addRow(self.tr("Instrument:"), instrument)
        upr = cycle.mechanism == "upr"
        self.ratified = self.add_row("ratified_on", self.tr("First &review:") if upr
                                     else self.tr("&Ratification or accession:"), OptionalDateEdit())
        self.ratified.set_value(cycle.ratified_on)
        self.in_force = self.add_row("in_force_on", self.tr("Entry into &force:"), OptionalDateEdit())
        self.in_force.set_value(cycle.in_force_on)
        self.in_force.setToolTip(self.tr("Leave empty to compute it from the ratification by the treaty's rule."))
        self.rule = self.add_row("entry_rule", self.tr("Entry into force &rule:"), QComboBox())
        for text, value in ((self.tr("30th day after the deposit"), "30_days"),
                            (self.tr("3 months after the deposit"), "3_months"),
                            (self.tr("1st day of the month after 3 months"), "month_after_3_months"),
                            (self.tr("The date itself"), "none")):
            self.rule.addItem(text, value)
        self.rule.setCurrentIndex(max(self.rule.findData(cycle.entry_rule), 0))
        self.initial = self.add_row("initial_months", self.tr("&Initial report after (months):"),
                                    _months(cycle.initial_months, 0, 120))
        self.period = self.add_row("period_months", self.tr("&Periodic reports every (months):"),
                                   _months(cycle.period_months, 0, 240, self.tr("as the committee requests")))
        self.next_due = self.add_row("next_due_on", self.tr("&Next report due (committee):"), OptionalDateEdit())
        self.next_due.set_value(cycle.next_due_on)
        self.next_due.setToolTip(self.tr("The date given in the committee's concluding observations; it replaces "
                                         "the treaty's schedule from then on."))
        self.next_source = self.add_row("next_due_source", self.tr("&Set in:"), QLineEdit(cycle.next_due_source))
        self.next_source.setPlaceholderText(self.tr("e.g. CEDAW/C/TKM/CO/6, para. 55"))
        self.notes = self.add_row("notes", self.tr("N&otes:"), QPlainTextEdit(cycle.notes))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        source = QLabel(cycle.source)
        source.setWordWrap(True)
        source.setObjectName("cycleSource")
        self.form.addRow(self.tr("Rule from:"), source)
        self.finish_layout()
        self.resize(560, 0)

    def save(self) -> Any:
        return self.call(
            reporting_calendar.update_cycle, self.context.db, self.cycle.id, self.cycle.version, ratified_on=self.ratified.value(),
            in_force_on=self.in_force.value(), entry_rule=self.rule.currentData(),
            initial_months=self.initial.value(), period_months=self.period.value() or None,
            next_due_on=self.next_due.value(), next_due_source=self.next_source.text(),
            notes=self.notes.toPlainText())

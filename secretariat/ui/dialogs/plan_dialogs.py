"""The small forms of the Plans view: a plan, a section, a progress report."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...models import MeasureStatus, PlanKind
from ...services import plans
from ..core.context import AppContext
from ..core.labels import label
from ..core.view_tools import OptionalDateEdit, qdate
from .form_dialog import FormDialog
from .measure_dialog import section_items
from .org_checklist import combo_value, org_combo, organization_choices


def _year_spin(value: int | None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 2199)
    spin.setSpecialValueText(" ")
    spin.setValue(value or 0)
    return spin


class PlanDialog(FormDialog):
    def __init__(self, context: AppContext, plan_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New plan") if plan_id is None else self.tr("Edit plan"), parent)
        self.setObjectName("planDialog")
        self.context, self.plan_id = context, plan_id
        plan = plans.get_plan(context.db, plan_id) if plan_id is not None else None
        self.version = plan.version if plan else None
        self.title_edit = self.add_row("title", self.tr("&Title:"), QLineEdit(plan.title if plan else ""))
        self.short = self.add_row("short_title", self.tr("&Short title:"), QLineEdit(plan.short_title if plan else ""))
        self.forms = self.add_language_forms([("title", self.tr("Title")), ("short_title", self.tr("Short title"))],
                                             plan)
        self.kind = self.add_row("kind", self.tr("&Kind:"), QComboBox())
        for value in PlanKind:
            self.kind.addItem(label(value.value), value.value)
        self.kind.setCurrentIndex(max(self.kind.findData(plan.kind if plan else "national_action_plan"), 0))
        self.start = self.add_row("period_start", self.tr("Period &from (year):"),
                                  _year_spin(plan.period_start if plan else None))
        self.end = self.add_row("period_end", self.tr("Period &to (year):"), _year_spin(plan.period_end if plan else None))
        self.adopted = self.add_row("adopted_on", self.tr("&Adopted on:"), OptionalDateEdit())
        self.adopted.set_value(plan.adopted_on if plan else None)
        self.act = self.add_row("adopting_act", self.tr("Adopting &act:"), QLineEdit(plan.adopting_act if plan else ""))
        self.finish_layout()
        self.resize(760, 0)

    def save(self) -> Any:
        v = dict(short_title=self.short.text(), kind=self.kind.currentData(),
                 period_start=self.start.value() or None, period_end=self.end.value() or None,
                 adopted_on=self.adopted.value(), adopting_act=self.act.text(), **self.forms.values())
        if self.plan_id is None:
            return self.call(plans.create_plan, self.context.db, self.title_edit.text(), **v)
        return self.call(plans.update_plan, self.context.db, self.plan_id, self.version, title=self.title_edit.text(), **v)


class SectionDialog(FormDialog):
    def __init__(self, context: AppContext, plan_id: int, section_id: int | None = None,
                 parent_section_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New section") if section_id is None else self.tr("Edit section"), parent)
        self.setObjectName("sectionDialog")
        self.context, self.plan_id, self.section_id = context, plan_id, section_id
        sections = plans.list_sections(context.db, plan_id)
        current = next((s for s in sections if s.id == section_id), None)
        self.number = self.add_row("number", self.tr("&Number:"), QLineEdit(current.number if current else ""))
        self.title_edit = self.add_row("title", self.tr("&Title:"), QLineEdit(current.title if current else ""))
        self.parent_box = self.add_row("parent_id", self.tr("&Inside:"), QComboBox())
        self.parent_box.addItem(self.tr("(top level of the plan)"), None)
        for text, sid in section_items(sections):
            if sid != section_id:
                self.parent_box.addItem(text, sid)
        wanted = current.parent_id if current else parent_section_id
        self.parent_box.setCurrentIndex(max(self.parent_box.findData(wanted), 0))
        self.finish_layout()
        self.resize(520, 0)

    def save(self) -> Any:
        db = self.context.db
        parent_id = self.parent_box.currentData()
        if self.section_id is None:
            return self.call(plans.add_section, db, self.plan_id, self.title_edit.text(), number=self.number.text(),
                                     parent_id=parent_id)
        section_id, title, number = self.section_id, self.title_edit.text(), self.number.text()

        def update() -> Any:
            plans.update_section(db, section_id, title=title, number=number)
            return plans.set_section_parent(db, section_id, parent_id)
        return self.call(update)


class ProgressDialog(FormDialog):
    """Record a progress report: date, organization, text, status."""

    def __init__(self, context: AppContext, measure_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record progress"), parent)
        self.setObjectName("progressDialog")
        self.context, self.measure_id = context, measure_id
        measure = plans.get_measure(context.db, measure_id)
        self.add_row("measure", self.tr("Measure:"), QLabel(f"{measure.number} — {measure.text[:120]}"))
        self.fields["measure"].setWordWrap(True)
        self.reported_on = self.add_row("reported_on", self.tr("&Date:"), OptionalDateEdit())
        self.reported_on.setDate(qdate(date.today()))
        leads = measure.organizations("lead")
        self.organization = self.add_row("organization_id", self.tr("&Reported by:"),
                                         org_combo(organization_choices(context.db), leads[0].id if leads else None))
        self.status = self.add_row("status", self.tr("&Status now:"), QComboBox())
        for value in MeasureStatus:
            self.status.addItem(label(value.value), value.value)
        self.status.setCurrentIndex(max(self.status.findData(measure.status), 0))
        self.text = self.add_row("text", self.tr("&What was done:"), QPlainTextEdit())
        self.text.setTabChangesFocus(True)
        self.finish_layout()
        self.resize(560, 380)
        self.text.setFocus()

    def save(self) -> Any:
        return self.call(plans.add_progress_report, 
            self.context.db, self.measure_id, self.reported_on.value(), self.text.toPlainText(),
            status=self.status.currentData(), organization_id=combo_value(self.organization, "organization_id"))



"""Adding and editing a plan measure, with the deadline read back as it is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from ...models import MeasureRole, MeasureStatus
from ...services import plans, sdg_targets
from ...services.deadlines import parse_deadline
from ...services.plans import SectionRow
from ..core.context import AppContext
from ..core.formatting import fmt_date
from ..core.labels import label
from ..widgets.sdg_target_picker import SdgTargetPicker
from .form_dialog import FormDialog
from .org_checklist import OrgChecklist, organization_choices
from ...i18n import translate


def deadline_explanation(text: str, period: tuple[int, int] | None) -> tuple[str, bool]:
    """What the app understood of a deadline, and whether it understood it."""
    d = parse_deadline(text, period)
    if not d.understood:
        return translate(
            "MeasureDialog", "Not understood: it will be kept exactly as written and flagged for review."), False
    if d.start is None:
        if d.recurring:
            return translate("MeasureDialog", "Recurring, no dates (the plan has no period)."), True
        return translate("MeasureDialog", "No deadline."), True
    span = fmt_date(d.start) if d.start == d.end else f"{fmt_date(d.start)} – {fmt_date(d.end)}"
    if d.recurring:
        return translate("MeasureDialog", "Recurring within %1").replace("%1", span), True
    return span, True


def section_items(sections: list[SectionRow]) -> list[tuple[str, int]]:
    """Sections in outline order, indented by depth."""
    children: dict[int | None, list[SectionRow]] = {}
    for s in sections:
        children.setdefault(s.parent_id, []).append(s)
    known = {s.id for s in sections}
    out: list[tuple[str, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for s in sorted(children.get(parent, []), key=lambda x: (x.position, x.id)):
            out.append(("    " * depth + s.label, s.id))
            walk(s.id, depth + 1)

    walk(None, 0)
    for s in sections:  # a parent that is missing: show at top level rather than lose it
        if s.parent_id is not None and s.parent_id not in known:
            out.append((s.label, s.id))
    return out


class MeasureDialog(FormDialog):
    def __init__(self, context: AppContext, plan_id: int, measure_id: int | None = None,
                 section_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New measure") if measure_id is None else self.tr("Edit measure"), parent)
        self.setObjectName("measureDialog")
        self.context, self.plan_id, self.measure_id = context, plan_id, measure_id
        db = context.db
        plan = plans.get_plan(db, plan_id)
        self.period = (plan.period_start, plan.period_end) if plan.period_start and plan.period_end else None
        measure = plans.get_measure(db, measure_id) if measure_id is not None else None
        self.version = measure.version if measure else None
        self.add_row("plan", self.tr("Plan:"), QLabel(plan.short_title or plan.title))
        self.number = self.add_row("number", self.tr("&Number:"), QLineEdit(measure.number if measure else ""))
        self.section = self.add_row("section_id", self.tr("&Section:"), QComboBox())
        self.section.addItem(self.tr("(no section)"), None)
        for text, sid in section_items(plans.list_sections(db, plan_id)):
            self.section.addItem(text, sid)
        current_section = measure.section_id if measure else section_id
        self.section.setCurrentIndex(max(self.section.findData(current_section), 0))
        self.text = self.add_row("text", self.tr("&Measure:"), QPlainTextEdit(measure.text if measure else ""))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.deadline = self.add_row("deadline", self.tr("&Deadline:"),
                                     QLineEdit(measure.deadline_text if measure else ""))
        self.deadline.setPlaceholderText(self.tr("as written: 2021-2025, annually, Q2 2024, 31.12.2024, IV кв. 2024…"))
        self.deadline_hint = QLabel()
        self.deadline_hint.setObjectName("deadlineHint")
        self.deadline_hint.setWordWrap(True)
        self.form.addRow("", self.deadline_hint)
        self.deadline.textChanged.connect(self._explain)
        self._explain()
        self.status = self.add_row("status", self.tr("S&tatus:"), QComboBox())
        for value in MeasureStatus:
            self.status.addItem(label(value.value), value.value)
        self.status.setCurrentIndex(max(self.status.findData(measure.status if measure else "not_started"), 0))
        choices = organization_choices(db)
        self.orgs: dict[str, OrgChecklist] = {}
        tabs = QTabWidget()
        tabs.setObjectName("organizations")
        for role, title in ((MeasureRole.LEAD, self.tr("Lead")), (MeasureRole.CO_IMPLEMENTER,
                             self.tr("Co-implementers")),
                            (MeasureRole.PARTNER, self.tr("Partners"))):
            checked = [o.id for o in measure.organizations(role)] if measure else []
            self.orgs[role.value] = OrgChecklist(choices, checked)
            self.orgs[role.value].setObjectName(f"orgs_{role.value}")
            tabs.addTab(self.orgs[role.value], title)
        tabs.setMinimumHeight(180)
        self.add_row("organizations", self.tr("Organizations:"), tabs)
        self.fields["lead"] = self.fields["co_implementer"] = self.fields["partner"] = tabs
        checked = [t.code for t in sdg_targets.targets_of(db, "measure", measure_id)] if measure else []
        self.targets = self.add_row("sdg_targets", self.tr("SDG ta&rgets:"),
                                    SdgTargetPicker(sdg_targets.list_targets(db), checked))
        self.targets.setMinimumHeight(140)
        self.finish_layout()
        self.resize(640, 760)

    def _explain(self) -> None:
        text, ok = deadline_explanation(self.deadline.text(), self.period)
        self.deadline_hint.setText(("" if ok else "⚠ ") + text)
        palette = self.deadline_hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.WindowText)
                         if ok else QColor("#b35900"))
        self.deadline_hint.setPalette(palette)
        self.deadline_understood = ok

    def values(self) -> dict[str, Any]:
        return dict(number=self.number.text(), text=self.text.toPlainText(), deadline=self.deadline.text(),
                    section_id=self.section.currentData(), status=self.status.currentData(),
                    lead_ids=self.orgs["lead"].checked_ids(),
                    co_implementer_ids=self.orgs["co_implementer"].checked_ids(),
                    partner_ids=self.orgs["partner"].checked_ids(),
                    sdg_targets=self.targets.checked_codes())

    def save(self) -> Any:
        v = self.values()
        if self.measure_id is None:
            return self.call(plans.create_measure, self.context.db, self.plan_id, **v)
        return self.call(plans.update_measure, self.context.db, self.measure_id, self.version, **v)

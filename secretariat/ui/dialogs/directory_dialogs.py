"""Organizations and people: their forms, and merging duplicate organizations."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...models import OrganizationKind
from ...services import directory, merge
from ...services.errors import ValidationError
from ..core.context import AppContext
from ..core.labels import label
from ...i18n import PLURAL, translate
from .form_dialog import FormDialog
from .org_checklist import combo_value, org_combo, organization_choices

def _usage_label(key: str, n: int) -> str:
    """"3 plan measures": what refers to an organization, counted in the words of the language."""
    labels = {
        "organization.parent_id": lambda: translate("directory", "%n sub-organizations", None, PLURAL, n),
        "person.organization_id": lambda: translate("directory", "%n people", None, PLURAL, n),
        "measure_organization.organization_id": lambda: translate("directory", "%n plan measures", None, PLURAL, n),
        "progress_report.organization_id": lambda: translate("directory", "%n progress reports", None, PLURAL, n),
        "recommendation_organization.organization_id":
            lambda: translate("directory", "%n recommendations (responsible)", None, PLURAL, n),
        "meeting.organizer_id": lambda: translate("directory", "%n meetings organized", None, PLURAL, n),
        "attendance.organization_id": lambda: translate("directory", "%n attendance records", None, PLURAL, n),
        "action_item_organization.organization_id":
            lambda: translate("directory", "%n action items (responsible)", None, PLURAL, n),
        "national_report.responsible_id": lambda: translate("directory", "%n reports to UN bodies", None, PLURAL, n),
    }
    return labels[key]() if key in labels else f"{n} {key}"


def usage_text(usage: dict[str, int]) -> str:
    if not usage:
        return QCoreApplication.translate("directory", "not used anywhere")
    return ", ".join(_usage_label(k, n) for k, n in usage.items())


class OrganizationDialog(FormDialog):
    def __init__(self, context: AppContext, org_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New organization") if org_id is None else self.tr("Edit organization"), parent)
        self.setObjectName("organizationDialog")
        self.context, self.org_id = context, org_id
        org = directory.get_organization(context.db, org_id) if org_id is not None else None
        self.version = org.version if org else None
        self.name = self.add_row("name", self.tr("&Name:"), QLineEdit(org.name if org else ""))
        self.short = self.add_row("short_name", self.tr("&Short name:"), QLineEdit(org.short_name if org else ""))
        self.forms = self.add_language_forms([("name", self.tr("Name")), ("short_name", self.tr("Short name"))], org)
        self.kind = self.add_row("kind", self.tr("&Kind:"), QComboBox())
        for k in OrganizationKind:
            self.kind.addItem(label(k.value), k.value)
        self.kind.setCurrentIndex(max(self.kind.findData(org.kind if org else "ministry"), 0))
        choices = [c for c in organization_choices(context.db) if c[1] != org_id]
        self.parent_box = self.add_row("parent_id", self.tr("&Part of:"),
                                       org_combo(choices, org.parent_id if org else None))
        self.member = self.add_row("is_member", "", QCheckBox(self.tr("&Member of the Commission")))
        self.member.setChecked(bool(org and org.is_member))
        self.notes = self.add_row("notes", self.tr("N&otes:"), QPlainTextEdit(org.notes if org else ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.finish_layout()
        self.resize(760, 0)

    def save(self) -> Any:
        v = dict(short_name=self.short.text(), parent_id=combo_value(self.parent_box, "parent_id"),
                 is_member=self.member.isChecked(), notes=self.notes.toPlainText(), **self.forms.values())
        db = self.context.db
        if self.org_id is None:
            return self.call(directory.create_organization, db, self.name.text(), self.kind.currentData(), **v)
        return self.call(directory.update_organization, db, self.org_id, self.version, name=self.name.text(),
                                             kind=self.kind.currentData(), **v)


class PersonDialog(FormDialog):
    def __init__(self, context: AppContext, person_id: int | None = None, organization_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New person") if person_id is None else self.tr("Edit person"), parent)
        self.setObjectName("personDialog")
        self.context, self.person_id = context, person_id
        person = directory.get_person(context.db, person_id) if person_id is not None else None
        self.version = person.version if person else None
        self.full_name = self.add_row("full_name", self.tr("&Full name:"), QLineEdit(person.full_name if person else ""))
        self.position = self.add_row("position", self.tr("&Position:"), QLineEdit(person.position if person else ""))
        self.forms = self.add_language_forms([("position", self.tr("Position"))], person)
        self.organization = self.add_row("organization_id", self.tr("&Organization:"), org_combo(
            organization_choices(context.db), person.organization_id if person else organization_id))
        self.email = self.add_row("email", self.tr("&E-mail:"), QLineEdit(person.email if person else ""))
        self.phone = self.add_row("phone", self.tr("P&hone:"), QLineEdit(person.phone if person else ""))
        self.notes = self.add_row("notes", self.tr("N&otes:"), QPlainTextEdit(person.notes if person else ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.finish_layout()
        self.resize(760, 0)

    def save(self) -> Any:
        v = dict(position=self.position.text(), organization_id=combo_value(self.organization, "organization_id"),
                 email=self.email.text().strip(), phone=self.phone.text().strip(), notes=self.notes.toPlainText(),
                 **self.forms.values())
        if v["email"] and ("@" not in v["email"] or " " in v["email"]):
            raise ValidationError(self.tr("“%1” does not look like an e-mail address.").replace("%1", v["email"]),
                                  field="email")
        db = self.context.db
        if self.person_id is None:
            return self.call(directory.create_person, db, self.full_name.text(), **v)
        return self.call(directory.update_person, db, self.person_id, self.version, full_name=self.full_name.text(), **v)


class MergeDialog(FormDialog):
    """Choose which of the selected organizations to keep; the others are merged into it."""

    def __init__(self, context: AppContext, org_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Merge duplicate organizations"), parent)
        self.setObjectName("mergeDialog")
        self.context = context
        intro = QLabel(self.tr("Keep one of these organizations. Everything that refers to the others — plan "
                               "measures, recommendations, meetings, attendance, action items, people, progress "
                               "reports, reports to UN bodies, sub-organizations — will refer to the one kept, and "
                               "the others are deleted. The merge is recorded in the audit log."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        box = QWidget()
        col = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.org_ids = list(org_ids)
        for i, org_id in enumerate(self.org_ids):
            org = directory.get_organization(context.db, org_id)
            used = merge.usage(context.db, org_id)
            radio = QRadioButton(f"{org.name}" + (f" ({org.short_name})" if org.short_name else ""))
            radio.setObjectName(f"keep_{org_id}")
            self.group.addButton(radio, i)
            detail = QLabel(self.tr("Used by: %1").replace("%1", usage_text(used)))
            detail.setWordWrap(True)
            detail.setContentsMargins(24, 0, 0, 6)
            col.addWidget(radio)
            col.addWidget(detail)
        # Keep, by default, the one most used.
        best = max(range(len(self.org_ids)), key=lambda i: sum(merge.usage(context.db, self.org_ids[i]).values()))
        self.group.button(best).setChecked(True)
        box.setObjectName("keep")
        self.fields["keep"] = box
        self.outer.addWidget(QLabel(self.tr("Keep:")))
        self.outer.addWidget(box)
        self.outer.addStretch(1)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Merge"))
        self.finish_layout()
        self.resize(640, 170 + 70 * len(self.org_ids))

    def keep_id(self) -> int:
        return self.org_ids[self.group.checkedId()]

    def save(self) -> Any:
        keep = self.keep_id()
        return self.call(merge.merge_organizations, self.context.db, keep, [i for i in self.org_ids if i != keep])


class MergeIntoDialog(FormDialog):
    """Merge one organization into another one chosen from the directory."""

    def __init__(self, context: AppContext, org_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Merge into another organization"), parent)
        self.setObjectName("mergeIntoDialog")
        self.context, self.org_id = context, org_id
        org = directory.get_organization(context.db, org_id)
        intro = QLabel(self.tr("Everything that refers to “%1” will refer to the organization chosen here, "
                               "and “%1” is deleted. The merge is recorded in the audit log.").replace("%1", org.name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        choices = [c for c in organization_choices(context.db) if c[1] != org_id]
        self.target = self.add_row("target", self.tr("&Merge into:"), org_combo(choices))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Merge"))
        self.finish_layout()
        self.resize(620, 200)

    def save(self) -> Any:
        target = combo_value(self.target, "target")
        if target is None:
            raise ValidationError(self.tr("Choose the organization to merge into."), field="target")
        return self.call(merge.merge_organizations, self.context.db, target, [self.org_id])

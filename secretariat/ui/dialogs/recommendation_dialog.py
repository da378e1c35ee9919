"""Adding and editing a recommendation; changing many at once."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import TREATY_BODIES, ImplementationStatus, Mechanism, Position, SDG_TITLES
from ...labels import sdg_title
from ...services import recommendations, sdg_targets
from ...services.errors import ValidationError
from ..core.context import AppContext
from ..core.labels import label
from ..widgets.sdg_target_picker import SdgTargetPicker
from .form_dialog import FormDialog
from .org_checklist import OrgChecklist, organization_choices


def _split(text: str) -> list[str]:
    """Names typed one per line or separated by semicolons."""
    return [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]


class RecommendationDialog(FormDialog):
    def __init__(self, context: AppContext, rec_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New recommendation") if rec_id is None else self.tr("Edit recommendation"), parent)
        self.setObjectName("recommendationDialog")
        self.context, self.rec_id = context, rec_id
        rec = recommendations.get_recommendation(context.db, rec_id) if rec_id is not None else None
        self.version = rec.version if rec else None
        tabs = QTabWidget()
        main, more = QWidget(), QWidget()
        tabs.addTab(main, self.tr("Recommendation"))
        tabs.addTab(more, self.tr("Themes, SDGs, responsible"))
        self.outer.insertWidget(0, tabs)
        self.form = QFormLayout(main)  # the first tab is the form FormDialog.add_row fills
        self.mechanism = self.add_row("mechanism", self.tr("&Mechanism:"), QComboBox())
        for m in Mechanism:
            self.mechanism.addItem(label(m.value), m.value)
        self.mechanism.setCurrentIndex(max(self.mechanism.findData(rec.mechanism if rec else "upr"), 0))
        self.body = self.add_row("body", self.tr("&Body:"), QComboBox())
        self.body.setEditable(True)
        self.body.addItems(["UPR", *TREATY_BODIES])
        self.body.setCurrentText(rec.body if rec else "UPR")
        self.cycle = self.add_row("cycle", self.tr("&Cycle:"), QSpinBox())
        self.cycle.setRange(0, 99)
        self.cycle.setSpecialValueText(" ")
        self.cycle.setValue((rec.cycle or 0) if rec else 4)
        self.session = self.add_row("session", self.tr("Se&ssion:"), QLineEdit(rec.session if rec else ""))
        self.document = self.add_row("document_symbol", self.tr("&Document:"),
                                     QLineEdit(rec.document_symbol if rec else ""))
        self.paragraph = self.add_row("paragraph", self.tr("&Paragraph:"), QLineEdit(rec.paragraph if rec else ""))
        self.paragraph.setPlaceholderText("140.7")
        self.text = self.add_row("text", self.tr("&Text:"), QPlainTextEdit(rec.text if rec else ""))
        self.text.setTabChangesFocus(True)
        self.states = self.add_row("states", self.tr("Recommending s&tates:"),
                                   QLineEdit("; ".join(c.name for c in rec.states) if rec else ""))
        self.states.setPlaceholderText(self.tr("separated by semicolons"))
        self.position = self.add_row("position", self.tr("P&osition:"), QComboBox())
        for p in Position:
            self.position.addItem(label(p.value), p.value)
        self.position.setCurrentIndex(max(self.position.findData(rec.position if rec else "pending"), 0))
        self.source = self.add_row("source_of_position", self.tr("Source of position:"),
                                   QLineEdit(rec.source_of_position if rec else ""))
        self.status = self.add_row("status", self.tr("&Implementation:"), QComboBox())
        for st in ImplementationStatus:
            self.status.addItem(label(st.value), st.value)
        self.status.setCurrentIndex(max(self.status.findData(rec.status if rec else "not_started"), 0))
        self.assessment = self.add_row("assessment", self.tr("&Assessment:"),
                                       QPlainTextEdit(rec.assessment if rec else ""))
        self.assessment.setTabChangesFocus(True)
        self.assessment.setMaximumHeight(70)

        grid = QVBoxLayout(more)
        grid.addWidget(QLabel(self.tr("Themes (one per line or separated by semicolons):")))
        self.themes = QPlainTextEdit("\n".join(t.name for t in rec.themes) if rec else "")
        self.themes.setObjectName("themes")
        self.themes.setMaximumHeight(60)
        grid.addWidget(self.themes)
        grid.addWidget(QLabel(self.tr("Groups of persons:")))
        self.groups = QPlainTextEdit("\n".join(t.name for t in rec.groups) if rec else "")
        self.groups.setObjectName("groups")
        self.groups.setMaximumHeight(45)
        grid.addWidget(self.groups)
        grid.addWidget(QLabel(self.tr("Sustainable Development Goals:")))
        sdg_box = QGridLayout()
        chosen = {s.number for s in rec.sdgs} if rec else set()
        self.sdg_boxes: dict[int, QCheckBox] = {}
        for n, title in SDG_TITLES.items():
            box = QCheckBox(f"{n}")
            box.setObjectName(f"sdg_{n}")
            box.setToolTip(sdg_title(n))
            box.setChecked(n in chosen)
            self.sdg_boxes[n] = box
            sdg_box.addWidget(box, (n - 1) // 9, (n - 1) % 9)
        grid.addLayout(sdg_box)
        grid.addWidget(QLabel(self.tr("SDG targets (a target's goal is checked with it):")))
        checked_targets = [t.code for t in sdg_targets.targets_of(context.db, "recommendation", rec_id)] if rec else []
        self.targets = SdgTargetPicker(sdg_targets.list_targets(context.db), checked_targets)
        self.targets.setMinimumHeight(150)
        self.targets.changed.connect(self._targets_changed)
        grid.addWidget(self.targets, 1)
        grid.addWidget(QLabel(self.tr("Responsible organizations:")))
        self.responsible = OrgChecklist(organization_choices(context.db), [o.id for o in rec.responsible] if rec else [])
        self.responsible.setObjectName("responsible")
        grid.addWidget(self.responsible, 1)
        self.fields.update(themes=self.themes, groups=self.groups, sdgs=more, responsible=self.responsible,
                           sdg_targets=self.targets)
        self.finish_layout()
        self.resize(720, 720)

    def _targets_changed(self) -> None:
        for goal in self.targets.checked_goals():
            self.sdg_boxes[goal].setChecked(True)

    def save(self) -> Any:
        v = dict(body=self.body.currentText().strip(), cycle=self.cycle.value() or None,
                 session=self.session.text(), document_symbol=self.document.text(), paragraph=self.paragraph.text(),
                 position=self.position.currentData(), source_of_position=self.source.text(),
                 status=self.status.currentData(), assessment=self.assessment.toPlainText(),
                 themes=_split(self.themes.toPlainText()), groups=_split(self.groups.toPlainText()),
                 states=_split(self.states.text()),
                 sdgs=[n for n, box in self.sdg_boxes.items() if box.isChecked()],
                 sdg_targets=self.targets.checked_codes(),
                 responsible_ids=self.responsible.checked_ids())
        if not v["body"]:
            raise ValidationError(self.tr("Say which body made the recommendation (UPR, CEDAW, …)."), field="body")
        db = self.context.db
        if self.rec_id is None:
            return self.call(recommendations.create_recommendation, db, self.text.toPlainText(), self.mechanism.currentData(),
                                                         **v)
        return self.call(recommendations.update_recommendation, db, self.rec_id, self.version, text=self.text.toPlainText(),
                                                      mechanism=self.mechanism.currentData(), **v)


class BulkEditDialog(FormDialog):
    """Status and responsible organizations of the selected recommendations, in one go."""

    def __init__(self, context: AppContext, rec_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change %n recommendations", "", len(rec_ids)), parent)
        self.setObjectName("bulkEditDialog")
        self.context, self.rec_ids = context, list(rec_ids)
        self.form.addRow(QLabel(self.tr("The changes apply to all %n selected recommendations.", "", len(rec_ids))))
        self.status = self.add_row("status", self.tr("&Implementation status:"), QComboBox())
        self.status.addItem(self.tr("(leave unchanged)"), None)
        for st in ImplementationStatus:
            self.status.addItem(label(st.value), st.value)
        modes = QWidget()
        row = QGridLayout(modes)
        row.setContentsMargins(0, 0, 0, 0)
        self.mode = QButtonGroup(self)
        for i, (key, text) in enumerate((("keep", self.tr("Leave unchanged")), ("add", self.tr("Add these")),
                                         ("remove", self.tr("Remove these")), ("replace", self.tr("Replace with these")))):
            radio = QRadioButton(text)
            radio.setObjectName(f"mode_{key}")
            radio.setChecked(key == "keep")
            self.mode.addButton(radio, i)
            row.addWidget(radio, 0, i)
        self.add_row("responsible_mode", self.tr("Responsible:"), modes)
        self.orgs = self.add_row("responsible", "", OrgChecklist(organization_choices(context.db)))
        self.finish_layout()
        self.resize(600, 520)

    def save(self) -> Any:
        mode = ("keep", "add", "remove", "replace")[self.mode.checkedId()]
        orgs = self.orgs.checked_ids()
        status = self.status.currentData()
        if mode == "keep" and status is None:
            raise ValidationError(self.tr("Nothing to change: choose a status or what to do with the "
                                          "responsible organizations."))
        if mode in ("add", "remove") and not orgs:
            raise ValidationError(self.tr("Tick the organizations to add or remove."), field="responsible")
        kwargs: dict[str, Any] = {"status": status}
        if mode == "add":
            kwargs["add_responsible_ids"] = orgs
        elif mode == "remove":
            kwargs["remove_responsible_ids"] = orgs
        elif mode == "replace":
            kwargs["replace_responsible_ids"] = orgs
        return self.call(recommendations.bulk_update, self.context.db, self.rec_ids, **kwargs)

"""Organizations: the directory, searchable and sortable."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...models import Organization, OrganizationKind
from ...services import directory
from ..context import AppContext
from ..labels import label
from ..lazy_model import Column, LazyTableModel
from .base import Page


class OrganizationsPage(Page):
    areas = frozenset({"organizations"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Organizations"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names (any language)…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in OrganizationKind:
            self.kind.addItem(label(kind.value), kind.value)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind)
        layout.addLayout(bar)
        self.model: LazyTableModel[Organization] = LazyTableModel(
            [Column("name", self.tr("Name"), lambda o: o.name),
             Column("short_name", self.tr("Short name"), lambda o: o.short_name),
             Column("kind", self.tr("Kind"), lambda o: label(o.kind)),
             Column("member", self.tr("Commission member"), lambda o: self.tr("Yes") if o.is_member else "")],
            count=self._count, fetch=self._fetch, row_id=lambda o: o.id, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 420)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())

    def title(self) -> str:
        return self.tr("Organizations")

    def _count(self) -> int:
        return directory.count_organizations(self.context.db, self.search.text(), self.kind.currentData())

    def _fetch(self, offset: int, limit: int) -> list[Organization]:
        return directory.list_organizations(self.context.db, self.search.text(), self.kind.currentData(),
                                            limit=limit, offset=offset)

    def refresh(self) -> None:
        self.model.reload()

"""Organizations and people: the directory, searchable and sortable, with duplicate merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...models import OrganizationKind
from ...services import directory, merge
from ...services.errors import NotFoundError
from ...services.names import localized
from ..core.context import AppContext
from ..core.formatting import interface_language
from ..dialogs.directory_dialogs import MergeDialog, MergeIntoDialog, OrganizationDialog, PersonDialog, usage_text
from ..core.labels import label
from ..core.lazy_model import Column
from ..core.settings import ORGANIZATIONS_HEADER, ORGANIZATIONS_SPLITTER
from ..core.ops import CollectionOp
from ..core.view_tools import SortableLazyModel, action, build_or_say, confirm, debouncer, reload_keeping_selection, restore_state, save_state, setup_view, show_error
from .base import Page

ALL_AREAS = ("organizations", "plans", "recommendations", "national_reports", "meetings")


class OrganizationsPage(Page):
    areas = frozenset({"organizations"})
    FILTERS = {"search": "search", "kind": "kind"}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: Any = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Organizations"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names (any language)…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in OrganizationKind:
            self.kind.addItem(label(kind.value), kind.value)
        self.count_label = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.sort = ("name", False)
        self.language = interface_language()  # names are shown in it, found in any language
        self.model = SortableLazyModel(
            [Column("name", self.tr("Name"), lambda o: localized(o, "name", self.language), "name"),
             Column("short_name", self.tr("Short name"), lambda o: localized(o, "short_name", self.language),
                    "short_name"),
             Column("kind", self.tr("Kind"), lambda o: label(o.kind), "kind"),
             Column("member", self.tr("Commission member"), lambda o: self.tr("Yes") if o.is_member else "",
                    "member")],
            count=self._count, fetch=self._fetch, row_id=lambda o: o.id, parent=self, on_sort=self._sort_by)
        self.table = QTableView()
        self.table.setObjectName("organizationTable")
        setup_view(self.table, multi=True)
        self.table.setModel(self.model)
        self._ready = False
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.edit_organization())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        people_box = QWidget()
        pl = QVBoxLayout(people_box)
        pl.setContentsMargins(0, 0, 0, 0)
        self.people_heading = QLabel(self.tr("People"))
        self.people_heading.setObjectName("sectionHeading")
        self.usage = QLabel()
        self.usage.setObjectName("usage")
        self.usage.setWordWrap(True)
        self.people = QTableWidget(0, 4)
        self.people.setObjectName("peopleTable")
        self.people.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Position"), self.tr("E-mail"),
                                               self.tr("Phone")])
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setSortingEnabled(True)
        self.people.itemActivated.connect(lambda _i: self.edit_person())
        self.people.itemSelectionChanged.connect(self._update_actions)
        pl.addWidget(self.usage)
        pl.addWidget(self.people_heading)
        pl.addWidget(self.people, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(people_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._debounce = debouncer(self, self.refresh, 200)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())

        a = self.actions_by_name = {}
        a["new"] = action(self, self.tr("New organization…"), self.new_organization,
                          [QKeySequence.StandardKey.New, "Ins"], name="new")
        a["edit"] = action(self, self.tr("Edit…"), self.edit_organization, "F2", name="edit")
        a["delete"] = action(self, self.tr("Delete…"), self.delete_organization, QKeySequence.StandardKey.Delete,
                             name="delete")
        a["merge"] = action(self, self.tr("Merge duplicates…"), self.merge_selected, "Ctrl+M", name="merge",
                            tip=self.tr("Select two or more spellings of one organization and merge them"))
        a["new_person"] = action(self, self.tr("New person…"), self.new_person, "Ctrl+Shift+N", name="new_person")
        a["edit_person"] = action(self, self.tr("Edit person…"), self.edit_person, "Shift+F2", name="edit_person")
        a["delete_person"] = action(self, self.tr("Delete person…"), self.delete_person, "Shift+Del",
                                    name="delete_person")
        action(self, self.tr("Find"), lambda: (self.search.setFocus(), self.search.selectAll()),
               QKeySequence.StandardKey.Find)
        for key in ("new", "edit", "delete", "merge"):
            self.toolbar.addAction(a[key])
        self.toolbar.addSeparator()
        for key in ("new_person", "edit_person", "delete_person"):
            self.toolbar.addAction(a[key])
        a["export"] = action(self, self.tr("Export to Excel…"), self.export_to_excel, "Ctrl+E", name="export")
        self.toolbar.addSeparator()
        self.toolbar.addAction(a["export"])
        s = context.settings
        if not restore_state(s, ORGANIZATIONS_HEADER, self.table.horizontalHeader()):
            self.table.setColumnWidth(0, 460)
            self.table.setColumnWidth(1, 160)
            self.table.setColumnWidth(2, 180)
        restore_state(s, ORGANIZATIONS_SPLITTER, self.splitter)
        self._ready = True
        self.refresh()

    def title(self) -> str:
        return self.tr("Organizations")

    def export_to_excel(self, path: Any = None) -> Any:
        """The organizations shown (search, kind, sort as on screen) to an .xlsx file."""
        from ..core.export_action import export_model

        return export_model(self, self.model, self.tr("Organizations"), path=path)

    def _count(self) -> int:
        self._query = (self.search.text(), self.kind.currentData())  # count and pages answer the same
        return directory.count_organizations(self.context.db, *self._query)

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        return directory.list_organizations(self.context.db, *self._query, limit=limit, offset=offset,
                                            sort=self.sort[0], descending=self.sort[1])

    def _sort_by(self, key: str, descending: bool) -> None:
        self.sort = (key, descending)
        if self._ready:
            self.refresh()

    def refresh(self) -> None:
        reload_keeping_selection(self.table, self.model, self.current_id())
        self.count_label.setText(self.tr("%n shown", "", self.model.rowCount()))
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.row_id(r) for r in rows) if i is not None]

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        index = self.table.currentIndex()
        if index.isValid() and self.model.row_id(index.row()) in ids:
            return self.model.row_id(index.row())
        return ids[0] if ids else None

    def current_person_id(self) -> int | None:
        row = self.people.currentRow()
        if row < 0 or not self.people.selectedItems():
            return None
        return self.people.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _selection_changed(self) -> None:
        org_id = self.current_id()
        self.people.setSortingEnabled(False)
        self.people.setRowCount(0)
        if org_id is None:
            self.usage.setText("")
            self.people_heading.setText(self.tr("People"))
        else:
            try:
                org = directory.get_organization(self.context.db, org_id)
            except NotFoundError:  # deleted meanwhile (another window): the list is read again
                self.people.setSortingEnabled(True)
                QTimer.singleShot(0, self.refresh)
                return
            self.usage.setText(self.tr("%1 — used by: %2").replace("%1", org.name)
                               .replace("%2", usage_text(merge.usage(self.context.db, org_id))))
            people = directory.list_people(self.context.db, organization_id=org_id)
            self.people_heading.setText(self.tr("People of %1").replace("%1", org.label))
            self.people.setRowCount(len(people))
            for r, p in enumerate(people):
                first = QTableWidgetItem(p.full_name)
                first.setData(Qt.ItemDataRole.UserRole, p.id)
                self.people.setItem(r, 0, first)
                for c, value in enumerate((p.position, p.email, p.phone), start=1):
                    self.people.setItem(r, c, QTableWidgetItem(value))
        self.people.setSortingEnabled(True)
        self._update_actions()

    def _update_actions(self) -> None:
        n = len(self.selected_ids())
        a = self.actions_by_name
        a["edit"].setEnabled(n >= 1)
        a["delete"].setEnabled(n == 1)
        a["merge"].setEnabled(n >= 2)
        a["edit_person"].setEnabled(self.current_person_id() is not None)
        a["delete_person"].setEnabled(self.current_person_id() is not None)

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.open()

    def new_organization(self) -> None:
        self._open(OrganizationDialog(self.context, parent=self))

    def edit_organization(self) -> None:
        org_id = self.current_id()
        if org_id is not None:
            ok, dialog = build_or_say(self, lambda: OrganizationDialog(self.context, org_id, parent=self))
            if ok:
                self._open(dialog)

    def delete_organization(self) -> None:
        org_id = self.current_id()
        if org_id is None:
            return
        org = directory.get_organization(self.context.db, org_id)
        used = merge.usage(self.context.db, org_id)
        attended = directory.attendance_without_person(self.context.db, org_id)
        if used:
            text = self.tr("“%1” is used by: %2.\n\nDeleting it removes it from all of these (people, measures "
                           "and meetings keep their records without it).").replace("%1", org.name) \
                .replace("%2", usage_text(used))
            if attended:
                text += "\n\n" + self.tr("It attended %n meetings in its own name: those entries are removed "
                                         "from the attendance lists.", "", attended)
            text += "\n\n" + self.tr("If it is a duplicate, press Merge… to move everything to the right "
                                     "organization instead, so nothing is lost. Delete anyway?")
        else:
            text = self.tr("Delete “%1”? It is not used anywhere.").replace("%1", org.name)

        def go() -> None:
            db = self.context.db
            CollectionOp(self, lambda: directory.delete_organization(db, org_id)).run_in_background()

        self.dialog = confirm(self, self.tr("Delete organization"), text, go,
                              other=(self.tr("&Merge…"), lambda: self.merge_into(org_id)) if used else None)

    def merge_into(self, org_id: int) -> None:
        """Merge one organization into another the user picks (instead of deleting it)."""
        self._open(MergeIntoDialog(self.context, org_id, parent=self))

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            show_error(self, self.tr("Select two or more organizations (Ctrl+click) to merge them."))
            return
        self._open(MergeDialog(self.context, ids, parent=self))

    def new_person(self) -> None:
        self._open(PersonDialog(self.context, organization_id=self.current_id(), parent=self))

    def edit_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self._open(PersonDialog(self.context, person_id, parent=self))

    def delete_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        name = self.people.item(self.people.currentRow(), 0).text()

        def go() -> None:
            db = self.context.db
            CollectionOp(self, lambda: directory.delete_person(db, person_id)).run_in_background()

        self.dialog = confirm(self, self.tr("Delete person"), self.tr("Delete “%1” from the directory?")
                              .replace("%1", name), go)

    def save_layout(self, settings: QSettings) -> None:
        save_state(settings, ORGANIZATIONS_HEADER, self.table.horizontalHeader())
        save_state(settings, ORGANIZATIONS_SPLITTER, self.splitter)

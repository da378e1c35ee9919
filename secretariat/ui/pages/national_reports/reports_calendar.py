"""The reports calendar of a year, by month, beside the reporting cycles it is computed from.

Recorded reports open for editing; a date only the treaty or the committee gives opens a new
report filled with it. The cycles (the State's ratification dates, the treaties' rules, the
committees' own dates) are edited on the right (``services.reporting_calendar``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ....services import reporting_calendar
from ....services.reporting_calendar import CalendarEntry, CycleRow
from ...core.context import AppContext
from ...core.formatting import fmt_date, locale
from ...core.labels import label
from ...core.settings import REPORTS_CALENDAR_HEADER, REPORTS_CALENDAR_SPLITTER
from ...core.view_tools import action, fill_combo, restore_state, save_state, select_data

OVERDUE = QColor("#c0392b")
COMPUTED = QColor("#555555")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTreeWidgetItem):
    """Sorted by a key per column (dates as dates); months keep their order whatever the column."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:  # type: ignore[override]
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        return (self.data(column, SORT_ROLE) or "") < (other.data(column, SORT_ROLE) or "")


class ReportsCalendarView(QWidget):
    open_entry = Signal(object)  # a CalendarEntry to open (recorded) or to record (computed)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: Any = None
        self.entries: list[CalendarEntry] = []
        self.cycles: list[CycleRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous = QPushButton("◀")
        self.previous.setToolTip(self.tr("Previous year (Alt+Left)"))
        self.year = QComboBox()
        self.year.setObjectName("calendarYear")
        self.next = QPushButton("▶")
        self.next.setToolTip(self.tr("Next year (Alt+Right)"))
        self.body = QComboBox()
        self.body.setObjectName("calendarBody")
        self.origin = QComboBox()
        self.origin.setObjectName("calendarOrigin")
        fill_combo(self.origin, [(self.tr("Recorded reports"), "recorded"),
                                 (self.tr("Not yet recorded"), "unrecorded")], self.tr("Recorded and computed"))
        for button in (self.previous, self.next):
            button.setFixedWidth(36)
        self.count_label = QLabel()
        for w in (QLabel(self.tr("Year:")), self.previous, self.year, self.next, self.body, self.origin):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        action(self, self.tr("Previous year"), lambda: self.step(-1), "Alt+Left")
        action(self, self.tr("Next year"), lambda: self.step(1), "Alt+Right")
        for combo in (self.year, self.body, self.origin):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("calendarTree")
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Body"), self.tr("Report"), self.tr("Source"),
                                   self.tr("Status"), self.tr("Responsible")])
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(lambda item, _c: self._activated(item))
        self.splitter.addWidget(self.tree)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Reporting cycles")))
        self.cycle_table = QTableWidget(0, 5)
        self.cycle_table.setObjectName("cycleTable")
        self.cycle_table.setHorizontalHeaderLabels([self.tr("Body"), self.tr("In force"), self.tr("Initial"),
                                                    self.tr("Every"), self.tr("Committee's date")])
        self.cycle_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cycle_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.cycle_table.verticalHeader().hide()
        self.cycle_table.cellActivated.connect(lambda row, _c: self.edit_cycle(row))
        side_layout.addWidget(self.cycle_table, 1)
        self.edit_button = QPushButton(self.tr("Edit cycle…"))
        self.edit_button.setObjectName("editCycle")
        self.edit_button.clicked.connect(lambda: self.edit_cycle(self.cycle_table.currentRow()))
        side_layout.addWidget(self.edit_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("calendarHint")
        side_layout.addWidget(self.hint)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._brushes = (QBrush(OVERDUE), QBrush(COMPUTED))
        if not restore_state(context.settings, REPORTS_CALENDAR_HEADER, self.tree.header()):
            for column, width in enumerate((150, 70, 300, 130, 110)):
                self.tree.setColumnWidth(column, width)
        restore_state(context.settings, REPORTS_CALENDAR_SPLITTER, self.splitter)
        self._loaded = False  # read when first shown: the page opens on its list tab

    # -- loading ------------------------------------------------------------------------

    def _fill_years(self) -> None:
        current = self.year.currentData() or date.today().year
        self.year.blockSignals(True)
        fill_combo(self.year, [(str(y), y) for y in reporting_calendar.calendar_years(self.context.db)])
        select_data(self.year, current)
        self.year.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def step(self, delta: int) -> None:
        index = self.year.currentIndex() + delta
        if 0 <= index < self.year.count():
            self.year.setCurrentIndex(index)

    def refresh(self) -> None:
        if not self.isVisible():
            self._loaded = False  # read again when shown
            return
        self._loaded = True
        self._fill_years()
        self.cycles = reporting_calendar.list_cycles(self.context.db)
        body = self.body.currentData()
        self.body.blockSignals(True)
        fill_combo(self.body, [(c.body, c.body) for c in self.cycles], self.tr("Any body"))
        select_data(self.body, body)
        self.body.blockSignals(False)
        self._fill_cycles()
        self.reload()

    def _fill_cycles(self) -> None:
        row_before = self.cycle_table.currentRow()
        self.cycle_table.setRowCount(len(self.cycles))
        for row, c in enumerate(self.cycles):
            every = (self.tr("%n months", "", c.period_months) if c.period_months
                     else self.tr("as requested"))
            cells = (c.body, fmt_date(c.starts_on) if c.starts_on else self.tr("not entered"),
                     self.tr("%n months", "", c.initial_months), every,
                     fmt_date(c.next_due_on) if c.next_due_on else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(c.source)
                self.cycle_table.setItem(row, column, item)
        self.cycle_table.resizeColumnsToContents()
        if self.cycles:
            self.cycle_table.selectRow(min(max(row_before, 0), len(self.cycles) - 1))
        missing = [c.body for c in self.cycles if c.starts_on is None and c.next_due_on is None]
        self.hint.setText(self.tr("No dates entered for: %1. Their reports are not computed.")
                          .replace("%1", ", ".join(missing)) if missing else "")

    def reload(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        entries = reporting_calendar.year_entries(self.context.db, year)
        body, origin = self.body.currentData(), self.origin.currentData()
        if body:
            entries = [e for e in entries if e.body == body]
        if origin == "recorded":
            entries = [e for e in entries if e.report_id is not None]
        elif origin == "unrecorded":
            entries = [e for e in entries if e.report_id is None]
        self.entries = entries
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        months: dict[int, QTreeWidgetItem] = {}
        for index, e in enumerate(entries):
            month = months.get(e.due_on.month)
            if month is None:
                month = _Item([locale().standaloneMonthName(e.due_on.month)])
                for column in range(6):
                    month.setData(column, SORT_ROLE, f"{e.due_on.month:02d}")
                month.setFirstColumnSpanned(True)
                font = month.font(0)
                font.setBold(True)
                month.setFont(0, font)
                month.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(month)
                months[e.due_on.month] = month
            item = _Item([fmt_date(e.due_on), e.body, e.title, self._origin(e.origin),
                          fmt_date(e.submitted_on) if e.submitted_on else label(e.status), e.responsible])
            keys = (e.due_on.isoformat(), e.body.casefold(), e.title.casefold(), e.origin, e.status,
                    e.responsible.casefold())
            for column, key in enumerate(keys):
                item.setData(column, SORT_ROLE, f"{key}\x00{e.due_on.isoformat()}")
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            if e.overdue:
                item.setToolTip(0, self.tr("Overdue: due %1 and not submitted").replace("%1", fmt_date(e.due_on)))
            for column in range(6):
                if e.overdue:
                    item.setForeground(column, self._brushes[0])
                elif e.report_id is None:
                    item.setForeground(column, self._brushes[1])
            month.addChild(item)
        self.tree.setSortingEnabled(True)
        self.tree.expandAll()
        self.count_label.setText(self.tr("%n due", "", len(entries)))

    def _origin(self, origin: str) -> str:
        if origin == "recorded":
            return self.tr("Recorded")
        if origin == "committee":
            return self.tr("Committee")
        return self.tr("Treaty")

    # -- opening ------------------------------------------------------------------------

    def current_entry(self) -> CalendarEntry | None:
        item = self.tree.currentItem()
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return self.entries[index] if index is not None else None

    def _activated(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is not None:
            self.open_entry.emit(self.entries[index])

    def edit_cycle(self, row: int) -> None:
        from ...dialogs.cycle_dialog import CycleDialog

        if 0 <= row < len(self.cycles):
            self.dialog = CycleDialog(self.context, self.cycles[row], parent=self)
            self.dialog.open()

    def save_layout(self, settings: QSettings) -> None:
        save_state(settings, REPORTS_CALENDAR_HEADER, self.tree.header())
        save_state(settings, REPORTS_CALENDAR_SPLITTER, self.splitter)

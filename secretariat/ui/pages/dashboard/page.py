"""Dashboard: what the database holds and what needs attention."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....services import action_items, national_reports, plans
from ....services.action_items import ActionQuery
from ....services.plans import MeasureQuery
from ....services.summary import summary, upcoming_meetings
from ...core.context import AppContext
from ...core.formatting import fmt_date, fmt_datetime, fmt_int
from ...core.labels import label
from ...core.ops import Operation, QueryOp
from ..base import Page
from .dashboard_indicators import MissedReportsPanel


class Card(QFrame):
    """A number with its caption and a line of detail; a click (or Enter) opens what it counts."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        self.number = QLabel("–")
        self.number.setObjectName("cardNumber")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setObjectName("cardDetail")
        for widget in (self.number, self.caption, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set(self, number: int, detail: str = "") -> None:
        self.number.setText(fmt_int(number))
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


#: What each card opens: the page and the filters that show what it counts.
CARD_TARGETS: dict[str, tuple[str, dict[str, Any]]] = {
    "meetings": ("meetings", {}),
    "measures": ("plans", {}),
    "recommendations": ("recommendations", {}),
    "national_reports": ("national_reports", {}),
    "organizations": ("organizations", {}),
    "action_items": ("action_items", {"state": "open"}),
}


class DashboardPage(Page):
    """Cards and lists open the page they summarise (``area_requested``), filtered to what they count."""

    area_requested = Signal(str, object)  # area key, {filter name: value}
    loaded = Signal()  # the counts and lists read off the GUI thread are shown
    meeting_requested = Signal(int, object)  # meeting id, action item id or None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: dict[str, Any] = {}
        self._generation = 0
        self._reading: Operation[Any] | None = None
        self._again = False
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Dashboard"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)

        self.empty_box = QFrame()
        self.empty_box.setObjectName("emptyHint")
        empty_layout = QVBoxLayout(self.empty_box)
        self.empty_hint = QLabel(self.tr(
            "This database is empty. Start by creating a meeting (Meetings, Ctrl+N), by importing a "
            "spreadsheet (File → Import from Excel…, Ctrl+I), or look around in the demo: a commission's "
            "meetings, plans, recommendations and reports, made up for trying the application."))
        self.empty_hint.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("&Load the demo"))
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.clicked.connect(self.load_demo)
        empty_layout.addWidget(self.empty_hint)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.demo_button)
        empty_row.addStretch(1)
        empty_layout.addLayout(empty_row)
        self.empty_box.hide()  # until the counts are read: a full database must not flash "empty" meanwhile
        layout.addWidget(self.empty_box)

        grid = QGridLayout()
        self.cards = {
            "meetings": Card(self.tr("Meetings")),
            "measures": Card(self.tr("Plan measures")),
            "recommendations": Card(self.tr("UN recommendations")),
            "national_reports": Card(self.tr("Reports to UN bodies")),
            "organizations": Card(self.tr("Organizations")),
            "action_items": Card(self.tr("Open action items")),
        }
        for i, (key, card) in enumerate(self.cards.items()):
            grid.addWidget(card, i // 3, i % 3)
            area, filters = CARD_TARGETS[key]
            card.setToolTip(self.tr("Open the list"))
            card.clicked.connect(lambda a=area, f=filters: self.area_requested.emit(a, dict(f)))
        layout.addLayout(grid)

        self.lists: dict[str, QListWidget] = {}
        lists = QGridLayout()
        for n, (key, heading_text) in enumerate((
                ("meetings", self.tr("Upcoming meetings")),
                ("action_items", self.tr("Overdue action items")),
                ("measures", self.tr("Overdue plan measures")),
                ("due", self.tr("Reports to UN bodies due in the next 6 months")),
                ("overdue", self.tr("Overdue reports to UN bodies")))):
            caption = QLabel(heading_text)
            caption.setObjectName("sectionHeading")
            caption.setWordWrap(True)  # a long heading (Turkmen) takes two lines, not the window's width
            widget = QListWidget()
            widget.setObjectName(f"list_{key}")
            widget.setMaximumHeight(150)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the tooltip says it all
            widget.setAlternatingRowColors(True)
            widget.setToolTip(self.tr("Double-click or press Enter to open"))
            widget.itemActivated.connect(self._activated)
            self.lists[key] = widget
            span = 2 if n == 4 else 1
            lists.addWidget(caption, (n // 2) * 2, n % 2, 1, span)
            lists.addWidget(widget, (n // 2) * 2 + 1, n % 2, 1, span)
        layout.addLayout(lists)
        self.due_list, self.overdue_list = self.lists["due"], self.lists["overdue"]
        self.missed_reports = MissedReportsPanel(body)
        layout.addWidget(self.missed_reports)
        layout.addStretch(1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        """Read the counts and lists off the GUI thread (after Anki's QueryOp), then show them."""
        if self._reading is not None and self._reading.running:  # one read at a time: a change during it asks for one more afterwards
            self._again = True
            return
        self._again = False
        db, today = self.context.db, date.today()
        self._generation += 1
        generation = self._generation

        def read() -> dict[str, Any]:
            return {
                "summary": summary(db, today),
                "meetings": upcoming_meetings(db, today),
                "action_items": action_items.list_action_items(db, ActionQuery(state="overdue", today=today),
                                                               limit=8),
                "measures": plans.list_measures(db, MeasureQuery(overdue=True, today=today, sort="deadline"),
                                                limit=8),
                "reports": national_reports.reports_due(db, today),
            }

        def show(found: dict[str, Any]) -> None:
            if generation == self._generation and not self._again:
                self._show(found)

        def again(_result: Any = None, _error: Any = None) -> None:
            if self._again:
                self._again = False
                self.refresh()

        self._reading = QueryOp(self, read).success(show).failure(lambda _error: None).run_in_background()
        self._reading.finished.connect(again)  # delivered later, on the GUI thread

    def _show(self, found: dict[str, Any]) -> None:
        data = found["summary"]
        self.data = data
        m, ms, r = data["meetings"], data["measures"], data["recommendations"]
        self.cards["meetings"].set(m["total"], self.tr("%n with minutes approved", "",
                                                       m["by_status"].get("minutes_approved", 0)))
        self.cards["measures"].set(ms["total"], self.tr("%n overdue", "", ms["overdue"]) + " · "
                                   + self.tr("%n completed", "", ms["by_status"].get("completed", 0)))
        self.cards["recommendations"].set(
            r["total"], self.tr("%1 supported, %2 noted").replace("%1", fmt_int(r["by_position"]["supported"]))
            .replace("%2", fmt_int(r["by_position"]["noted"])))
        self.cards["national_reports"].set(data["national_reports"],
                                           self.tr("%n overdue", "", data["national_reports_overdue"]))
        self.cards["organizations"].set(data["organizations"], self.tr("%n people", "", data["people"]))
        self.cards["action_items"].set(data["action_items"]["open"],
                                       self.tr("%n overdue", "", data["action_items"]["overdue"]))
        self.empty_box.setVisible(not any((m["total"], ms["total"], r["total"], data["organizations"],
                                           data["national_reports"])))
        self._fill(self.lists["meetings"], [
            (f"{fmt_datetime(starts)} — {reference} {title}", ("meeting", meeting_id, None))
            for meeting_id, reference, starts, title in found["meetings"]],
            self.tr("No meeting is planned."))
        self._fill(self.lists["action_items"], [
            (f"{fmt_date(a.due_date)} — {a.text}", ("meeting", a.meeting_id, a.id)) for a in found["action_items"]],
            self.tr("No action item is overdue."))
        self._fill(self.lists["measures"], [
            (f"{fmt_date(x.deadline_end)} — {x.number} {x.text}", ("area", "plans", {"overdue": True,
                                                                            "search": x.number}))
            for x in found["measures"]],
            self.tr("No plan measure is overdue."))
        due, overdue = found["reports"]
        for key, reports, empty, due_filter in (
                ("due", due, self.tr("Nothing due in the next 6 months."), "soon"),
                ("overdue", overdue, self.tr("No report is overdue."), "overdue")):
            self._fill(self.lists[key], [
                (f"{fmt_date(report.due_date)} — {report.body}: {report.title} ({label(report.status)})",
                 ("area", "national_reports", {"due": due_filter})) for report in reports], empty)
        self.missed_reports.refresh(self.context.db, date.today())
        self.loaded.emit()

    @property
    def loading(self) -> bool:
        return self._again or (self._reading is not None and self._reading.running)

    def _fill(self, widget: QListWidget, entries: list[tuple[str, tuple[Any, ...]]], empty: str) -> None:
        widget.clear()
        for text, target in entries:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, target)
            widget.addItem(item)
        if not entries:
            widget.addItem(empty)
            widget.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        if target[0] == "meeting":
            self.meeting_requested.emit(target[1], target[2])
        else:
            self.area_requested.emit(target[1], dict(target[2]))

    def load_demo(self) -> None:
        """Fill this empty database with the demo, off the GUI thread."""
        from ....services import demo
        from ...core.ops import run_in_background
        from ...core.view_tools import show_error

        db = self.context.db
        self.demo_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.demo_button.setEnabled(True)
            show_error(self, error)

        self._demo_operation = run_in_background(
            self, lambda _progress: demo.fill_demo(db), title=self.tr("Loading the demo…"),
            on_done=lambda _counts: self.demo_button.setEnabled(True),
            on_error=failed, writes=True)

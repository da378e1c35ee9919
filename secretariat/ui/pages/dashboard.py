"""Dashboard: what the database holds and what needs attention."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...services import national_reports
from ...services.summary import summary
from ..context import AppContext
from ..formatting import fmt_date, fmt_int
from ..labels import label
from .base import Page
from .dashboard_indicators import MissedReportsPanel


class Card(QFrame):
    """A number with its caption and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
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


class DashboardPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: dict[str, Any] = {}
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

        self.empty_hint = QLabel(self.tr(
            "This database is empty. Start by creating a meeting (Meetings, Ctrl+N), by importing a "
            "spreadsheet (File → Import from Excel…, Ctrl+I), or try the demo data from the command "
            "line: secretariat demo"))
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)

        grid = QGridLayout()
        self.cards = {
            "meetings": Card(self.tr("Meetings")),
            "measures": Card(self.tr("Plan measures")),
            "recommendations": Card(self.tr("UN recommendations")),
            "national_reports": Card(self.tr("Reports to UN bodies")),
            "organizations": Card(self.tr("Organizations")),
            "action_items": Card(self.tr("Open action items")),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        layout.addLayout(grid)

        self.due_label = QLabel(self.tr("Reports to UN bodies due in the next 6 months"))
        self.due_label.setObjectName("sectionHeading")
        self.due_list = QListWidget()
        self.overdue_label = QLabel(self.tr("Overdue reports to UN bodies"))
        self.overdue_label.setObjectName("sectionHeading")
        self.overdue_list = QListWidget()
        for widget in (self.due_label, self.due_list, self.overdue_label, self.overdue_list):
            layout.addWidget(widget)
        for lst in (self.due_list, self.overdue_list):
            lst.setMaximumHeight(140)
            lst.setAlternatingRowColors(True)
        self.missed_reports = MissedReportsPanel(body)
        layout.addWidget(self.missed_reports)
        layout.addStretch(1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        today = date.today()
        data = summary(self.context.db, today)
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
        self.empty_hint.setVisible(not any((m["total"], ms["total"], r["total"], data["organizations"],
                                            data["national_reports"])))
        due, overdue = national_reports.reports_due(self.context.db, today)
        self._fill(self.due_list, due, self.tr("Nothing due in the next 6 months."))
        self._fill(self.overdue_list, overdue, self.tr("No report is overdue."))
        self.missed_reports.refresh(self.context.db, today)

    def _fill(self, widget: QListWidget, reports: list, empty: str) -> None:
        widget.clear()
        for report in reports:
            widget.addItem(f"{fmt_date(report.due_date)} — {report.body}: {report.title} "
                           f"({label(report.status)})")
        if not reports:
            widget.addItem(empty)
            widget.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

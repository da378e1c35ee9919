"""The Dashboard's list of indicator reports that were due and never came in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from ....db import Database
from ....services import indicators
from ...core.formatting import fmt_date

SHOWN = 200


class MissedReportsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Missed indicator reports"))
        self.heading.setObjectName("sectionHeading")
        self.list = QListWidget()
        self.list.setObjectName("missedReports")
        self.list.setMaximumHeight(140)
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def refresh(self, db: Database, today: date) -> None:
        missed = indicators.missed_reports(db, today)
        self.heading.setText(self.tr("Missed indicator reports (%n)", "", len(missed)))
        self.list.clear()
        for report in missed[:SHOWN]:
            who = report.organization or self.tr("no organization named")
            self.list.addItem(f"{fmt_date(report.due_on)} — {who}: {report.plan} {report.measure_number}, "
                              f"{report.indicator}")
        if not missed:
            self.list.addItem(self.tr("No indicator report is missing."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

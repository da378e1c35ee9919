"""Asking for what a new meeting needs first: when, what kind, and what to start from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...db import Database
from ...models import MeetingKind
from ...services import meetings
from ...services.meetings import MeetingQuery
from ..core.formatting import fmt_date, locale
from ..core.labels import label
from ..widgets.date_edits import DateTimeEdit


@dataclass(frozen=True)
class NewMeeting:
    source_id: int | None
    starts_at: datetime
    kind: str
    title: str
    venue: str


class NewMeetingDialog(QDialog):
    """A new meeting, empty or "same as" an earlier one (attendance and standing agenda)."""

    def __init__(self, db: Database, parent: QWidget | None = None, source_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self.db = db
        self._sources: dict[int, meetings.MeetingRow] = {}
        form = QFormLayout()
        self.source = QComboBox()
        self.source.addItem(self.tr("Nothing: start with an empty meeting"), None)
        for row in meetings.list_meetings(db, MeetingQuery(sort="starts_at", descending=True), limit=60):
            self._sources[row.id] = row
            self.source.addItem(f"{row.year}/{row.number} · {fmt_date(row.starts_at)} · {row.title}", row.id)
        self.source.setToolTip(self.tr("The new meeting gets the attendance list and the standing agenda "
                                       "items of the meeting chosen here."))
        self.starts = DateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(locale().dateTimeFormat(locale().FormatType.ShortFormat).replace(":ss", ""))
        tomorrow = QDate.currentDate().addDays(1)
        self.starts.setDateTime(QDateTime(tomorrow, QTime(10, 0)))
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(label(kind.value), kind.value)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Regular meeting of the Commission"))
        self.venue = QLineEdit()
        venues = QCompleter(QStringListModel(meetings.venues(db), self), self)
        venues.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        venues.setFilterMode(Qt.MatchFlag.MatchContains)
        self.venue.setCompleter(venues)
        form.addRow(self.tr("&Same as"), self.source)
        form.addRow(self.tr("&Date and time"), self.starts)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Venue"), self.venue)
        self.hint = QLabel(self.tr("The number is given automatically (the next one in the year); it can be "
                                   "changed in the meeting's details."))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.source.currentIndexChanged.connect(self._source_changed)
        if source_id is not None and self.source.findData(source_id) >= 0:
            self.source.setCurrentIndex(self.source.findData(source_id))
        self.title.setFocus()

    def _source_changed(self) -> None:
        row = self._sources.get(self.source.currentData())
        if row is None:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.title.setText(row.title)
        self.venue.setText(row.venue)
        # Same weekday and time, the next week after today at the earliest.
        starts = max(row.starts_at + timedelta(days=7), datetime.now().replace(hour=row.starts_at.hour,
                                                                             minute=row.starts_at.minute))
        self.starts.setDateTime(QDateTime(QDate(starts.year, starts.month, starts.day),
                                          QTime(starts.hour, starts.minute)))

    def value(self) -> NewMeeting:
        return NewMeeting(self.source.currentData(),
                          self.starts.dateTime().toPython().replace(second=0, microsecond=0),
                          self.kind.currentData(), self.title.text().strip(), self.venue.text().strip())

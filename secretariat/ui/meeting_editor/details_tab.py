"""The meeting's details: number, date and time, kind, title, venue, people in charge."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QStringListModel, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sqlalchemy.exc import SQLAlchemyError

from ...db import DatabaseError
from ...models import Language, Meeting, MeetingFormat, MeetingKind
from ...services import meetings
from ...services.errors import ConflictError, ServiceError
from ...services.names import localized
from ..widgets.conflict import resolve_conflict
from ..core.formatting import locale
from ..core.labels import label
from ..core.ops import CollectionOp
from ..widgets.completer import ChoiceField, organization_search, person_search
from ..widgets.messages import FAILED, read_service, show_error
from ..widgets.date_edits import DateTimeEdit

if TYPE_CHECKING:
    from .window import MeetingEditor

DRAFT_FIELD = "details"


def _combo(values: list[str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    return combo


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) focuses *widget*."""
    caption = QLabel(text)
    caption.setBuddy(widget)
    return caption


def _to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _person_label(person: Any) -> str:
    return person.full_name if person is not None else ""


def _org_label(org: Any) -> str:
    if org is None:
        return ""
    name, short = localized(org, "name"), localized(org, "short_name")  # in the interface's language
    return f"{name} ({short})" if short else name


class DetailsTab(QWidget):
    edited = Signal()
    focus_lost = Signal()

    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(editor)
        self.editor = editor
        self._loaded: dict[str, Any] = {}
        self._version: int | None = None
        self._loading = False
        db = lambda: editor.db  # noqa: E731 - the editor's own database, even if the app switches
        form = QFormLayout()
        self.number = QSpinBox()
        self.number.setRange(1, 9999)
        self.number_hint = QLabel()
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.number_hint, 1)
        self.starts = DateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(locale().dateTimeFormat(locale().FormatType.ShortFormat)
                                     .replace(":ss", ""))
        self.has_end = QCheckBox(self.tr("Ends at"))
        self.ends = QTimeEdit()
        self.ends.setDisplayFormat("HH:mm")
        when_row = QHBoxLayout()
        when_row.addWidget(self.starts)
        when_row.addWidget(self.has_end)
        when_row.addWidget(self.ends)
        when_row.addStretch(1)
        self.kind = _combo([k.value for k in MeetingKind])
        self.format = _combo([f.value for f in MeetingFormat])
        self.language = _combo([lang.value for lang in Language])
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the meeting is about"))
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("e.g. Ashgabat, Ministry of Foreign Affairs"))
        self._venues = QStringListModel(self)
        venue_completer = QCompleter(self._venues, self)
        venue_completer.setCaseSensitivity(venue_completer.caseSensitivity().CaseInsensitive)
        venue_completer.setFilterMode(venue_completer.filterMode().MatchContains)
        self.venue.setCompleter(venue_completer)
        self.organizer = ChoiceField(organization_search(db), placeholder=self.tr("Type to find an organization"))
        self.chair = ChoiceField(person_search(db), placeholder=self.tr("Type to find a person"))
        self.secretary = ChoiceField(person_search(db), placeholder=self.tr("Type to find a person"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes for the secretariat (not printed in the minutes)"))
        form.addRow(_buddy(self.tr("&Number"), self.number), number_row)
        form.addRow(_buddy(self.tr("&Date and time"), self.starts), when_row)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Language of the minutes"), self.language)
        form.addRow(self.tr("&Organizer"), self.organizer)
        form.addRow(self.tr("&Chaired by"), self.chair)
        form.addRow(self.tr("&Secretary"), self.secretary)
        form.addRow(self.tr("N&otes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.hint = QLabel(self.tr("Ctrl+S saves the details and the minutes."))
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)
        for signal in (self.number.valueChanged, self.starts.dateTimeChanged, self.has_end.toggled,
                       self.ends.timeChanged, self.kind.currentIndexChanged, self.format.currentIndexChanged,
                       self.language.currentIndexChanged, self.title.textChanged, self.venue.textChanged,
                       self.organizer.value_changed, self.chair.value_changed, self.secretary.value_changed,
                       self.notes.textChanged):
            signal.connect(self._on_edit)
        self.has_end.toggled.connect(self.ends.setEnabled)
        for widget in (self.title, self.venue, self.notes, self.organizer, self.chair, self.secretary):
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == event.Type.FocusOut:
            self.focus_lost.emit()
        return super().eventFilter(watched, event)

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # -- values -----------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        starts = self.starts.dateTime().toPython().replace(second=0, microsecond=0)
        ends = None
        if self.has_end.isChecked():
            t = self.ends.time()
            ends = starts.replace(hour=t.hour(), minute=t.minute())
        return {
            "number": self.number.value(), "starts_at": starts, "ends_at": ends,
            "kind": self.kind.currentData(), "format": self.format.currentData(),
            "language": self.language.currentData(), "title": self.title.text().strip(),
            "venue": self.venue.text().strip(), "organizer_id": self.organizer.value(),
            "chair_id": self.chair.value(), "secretary_id": self.secretary.value(),
            "notes": self.notes.toPlainText(),
        }

    def _labels(self) -> dict[str, str]:
        return {"organizer_id": self.organizer.label(), "chair_id": self.chair.label(),
                "secretary_id": self.secretary.label()}

    def _show(self, values: dict[str, Any], labels: dict[str, str]) -> None:
        self._loading = True
        try:
            self.number.setValue(values["number"] or 1)
            self.starts.setDateTime(_to_qdatetime(values["starts_at"]))
            self.has_end.setChecked(values["ends_at"] is not None)
            self.ends.setEnabled(values["ends_at"] is not None)
            if values["ends_at"] is not None:
                self.ends.setTime(QTime(values["ends_at"].hour, values["ends_at"].minute))
            for combo, key in ((self.kind, "kind"), (self.format, "format"), (self.language, "language")):
                combo.setCurrentIndex(max(0, combo.findData(values[key])))
            self.title.setText(values["title"])
            self.venue.setText(values["venue"])
            self.organizer.set_value(values["organizer_id"], labels.get("organizer_id", ""))
            self.chair.set_value(values["chair_id"], labels.get("chair_id", ""))
            self.secretary.set_value(values["secretary_id"], labels.get("secretary_id", ""))
            if self.notes.toPlainText() != values["notes"]:
                self.notes.setPlainText(values["notes"])
        finally:
            self._loading = False
        self.number_hint.setText(self.tr("of %1 (numbers run per year)").replace("%1", str(values["starts_at"].year)))

    def load(self, meeting: Meeting) -> None:
        if self.is_dirty():
            return  # keep what the user typed; saving will check the version
        values = {
            "number": meeting.number, "starts_at": meeting.starts_at, "ends_at": meeting.ends_at,
            "kind": meeting.kind, "format": meeting.format, "language": meeting.language,
            "title": meeting.title, "venue": meeting.venue, "organizer_id": meeting.organizer_id,
            "chair_id": meeting.chair_id, "secretary_id": meeting.secretary_id, "notes": meeting.notes,
        }
        labels = {"organizer_id": _org_label(meeting.organizer), "chair_id": _person_label(meeting.chair),
                  "secretary_id": _person_label(meeting.secretary)}
        self._show(values, labels)
        self._loaded = self.values()
        self._version = meeting.version
        self._venues.setStringList(meetings.venues(self.editor.db))

    def is_dirty(self) -> bool:
        return bool(self._loaded) and self.values() != self._loaded

    def changes(self) -> dict[str, Any]:
        current = self.values()
        return {k: v for k, v in current.items() if v != self._loaded.get(k)}

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.number, self.starts, self.has_end, self.ends, self.kind, self.format,
                       self.language, self.organizer, self.chair, self.secretary):
            widget.setEnabled(not read_only)
        for edit in (self.title, self.venue):
            edit.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        self.ends.setEnabled(not read_only and self.has_end.isChecked())

    # -- saving -----------------------------------------------------------------
    def save(self) -> bool:
        changes = self.changes()
        if not changes:
            return True
        result = self._update(changes, self._version)
        if result is FAILED:
            return False
        self._loaded = self.values()
        self._version = result.version
        return True

    def _update(self, changes: dict[str, Any], version: int | None) -> Any:
        try:
            db, meeting_id = self.editor.db, self.editor.meeting_id
            return CollectionOp(self, lambda: meetings.update_meeting(db, meeting_id, expected_version=version,
                                                                      **changes)).wait()
        except ConflictError:
            return self._resolve_conflict(changes)
        except (ServiceError, SQLAlchemyError, DatabaseError) as error:
            show_error(self, error)
            return FAILED

    def _resolve_conflict(self, changes: dict[str, Any]) -> Any:
        """Someone saved this meeting meanwhile: show both versions, keep the chosen one.

        "Keep mine" saves against the version just shown, so a third save made while
        the dialog was open is detected again instead of being overwritten.
        """
        theirs_meeting = read_service(self, meetings.get_meeting, self.editor.db, self.editor.meeting_id)
        if theirs_meeting is FAILED:
            return FAILED
        names = self._field_names()
        mine = {names.get(k, k): v for k, v in changes.items()}
        theirs = {names.get(k, k): getattr(theirs_meeting, k, None) for k in changes}
        choice = resolve_conflict(self, self.tr("This meeting"), mine, theirs)
        if choice == "mine":
            return self._update(changes, theirs_meeting.version)
        if choice == "theirs":
            self._loaded = {}
            self.editor.refresh()
        return FAILED

    def _field_names(self) -> dict[str, str]:
        return {"title": self.tr("Title"), "kind": self.tr("Kind"), "starts_at": self.tr("Starts"),
                "ends_at": self.tr("Ends"), "venue": self.tr("Venue"), "format": self.tr("Format"),
                "organizer_id": self.tr("Organizer"), "chair_id": self.tr("Chair"),
                "secretary_id": self.tr("Secretary"), "language": self.tr("Language of the minutes"),
                "notes": self.tr("Notes"), "number": self.tr("Number")}

    # -- drafts -----------------------------------------------------------------
    def draft(self) -> str:
        values = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in self.values().items()}
        return json.dumps({"values": values, "labels": self._labels()}, ensure_ascii=False)

    def apply_draft(self, content: str) -> bool:
        """Put a recovered draft into the form (unsaved); False if it cannot be read."""
        try:
            data = json.loads(content)
            values = dict(self._loaded)
            for key, value in data.get("values", {}).items():
                if key in ("starts_at", "ends_at") and value:
                    value = datetime.fromisoformat(value)
                if key in values:
                    values[key] = value
        except (ValueError, TypeError, AttributeError):
            return False
        self._show(values, data.get("labels", {}))
        return True

    def revert(self) -> None:
        self._loaded = {}
        self.load(self.editor.meeting)

"""Reading meetings with their attendance lists.

One row per participant: the meeting's number, date, type, title and venue (often
only on a meeting's first row, or merged down the rows - both are understood), then
the organization, the person, their role and whether they were present. A meeting
is recognised by year and number, or, without a number, by its date and title;
a participant by organization and person. Approved (locked) minutes are never
changed by an import.

This module reads the rows; ``services.imports.meetings`` compares and writes them.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from secretariat.i18n import translate
from secretariat.io.excel.headers import HeaderMatch
from secretariat.io.excel.importers.base import (
    FieldSpec,
    ImportOptions,
    Importer,
    Parsed,
    column_title,
    short,
)
from secretariat.io.excel.importers.source import SheetData
from secretariat.io.excel.importers.lookups import split_names
from secretariat.io.excel.sheet import value_as_date, value_as_int, value_as_text
from secretariat.io.excel.table import read_table
from secretariat.io.excel.vocabulary import parse_choice
from secretariat.models import (
    Presence,
)
from secretariat.services.imports.meetings import AttendanceInput, MeetingInfo


class MeetingImporter(Importer):
    kind = "meetings"
    table = "meeting"

    def title(self) -> str:
        return translate("excel", "Meetings with attendance")

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("date", translate("excel", "Date"), required=True),
            FieldSpec("number", translate("excel", "Meeting number")),
            FieldSpec("kind", translate("excel", "Type")),
            FieldSpec("title", translate("excel", "Title")),
            FieldSpec("venue", translate("excel", "Venue")),
            FieldSpec("organization", translate("excel", "Organization")),
            FieldSpec("person", translate("excel", "Person")),
            FieldSpec("role", translate("excel", "Role")),
            FieldSpec("presence", translate("excel", "Presence")),
            FieldSpec("represented_by", translate("excel", "Represented by")),
        ]

    def parse(self, sheet: SheetData, header: HeaderMatch, options: ImportOptions) -> Parsed:
        rows = sheet.rows
        table = read_table(rows, self.synonyms(), header=header)
        parsed = Parsed()
        date_title = column_title(header, "date", translate("excel", "Date"))
        number_title = column_title(header, "number", translate("excel", "No."))
        current: MeetingInfo | None = None
        for record in table.records:
            values = record.values
            item = AttendanceInput(row=record.row, label="")
            meeting_given = any(values.get(name) is not None for name in ("date", "number", "title", "kind", "venue"))
            if meeting_given:
                raw = values.get("date")
                day = value_as_date(raw) if raw is not None else None
                number = value_as_int(values.get("number")) if values.get("number") is not None else None
                if values.get("number") is not None and number is None:
                    item.error = (number_title, translate("excel", "\"{text}\" is not a meeting number.").format(
                        text=short(value_as_text(values["number"]), 20)))
                if day is None:
                    if raw is None and current is not None and values.get("number") is None:
                        pass  # only title/venue repeated: still the previous meeting
                    else:
                        item.error = item.error or (date_title, translate(
                            "excel", "The meeting date is missing or not a date (write it as 31.12.2024)."))
                else:
                    starts = raw if isinstance(raw, datetime) else datetime.combine(day, _time_in_text(raw))
                    kind = None
                    if values.get("kind") is not None:
                        kind = parse_choice("meeting_kind", values["kind"])
                        if kind is None:
                            item.warnings.append(translate("excel", "\"{text}\" is not a known meeting type; "
                                                                    "a Commission meeting is assumed.").format(
                                text=short(value_as_text(values["kind"]), 40)))
                    current = MeetingInfo(
                        row=record.row, starts_at=starts, number=number, kind=kind,
                        title=value_as_text(values.get("title")).strip() or None,
                        venue=value_as_text(values.get("venue")).strip()[:255] or None)
            if item.error is None and current is None:
                item.error = (date_title, translate("excel", "The row belongs to no meeting (no date above it)."))
            item.meeting = current if item.error is None else None
            organizations = split_names(value_as_text(values.get("organization")))
            item.organization = organizations[0] if organizations else None
            item.person = " ".join(value_as_text(values.get("person")).split())[:255] or None
            if values.get("role") is not None:
                item.role = parse_choice("attendance_role", values["role"])
                if item.role is None:
                    item.warnings.append(translate("excel", "\"{text}\" is not a known role; \"member\" is assumed.")
                                         .format(text=short(value_as_text(values["role"]), 40)))
            if values.get("presence") is not None:
                item.presence = parse_choice("presence", values["presence"])
                if item.presence is None:
                    item.warnings.append(translate("excel", "\"{text}\" is not understood as present or absent; "
                                                            "\"present\" is assumed.")
                                         .format(text=short(value_as_text(values["presence"]), 40)))
            item.represented_by = value_as_text(values.get("represented_by")).strip()[:255] or None
            if item.represented_by and item.presence is None:
                item.presence = Presence.REPRESENTED.value
            who = item.person or item.organization or ""
            meeting_label = item.meeting.label if item.meeting else ""
            item.label = short(f"{meeting_label} — {who}" if who else meeting_label)
            parsed.records.append(item)
        return parsed


_CLOCK = re.compile(r"(?<=\d)[ T]+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*$")


def _time_in_text(raw: object) -> time:
    """The time written after a date in a text cell ("24.03.2021 10:00"); 10:00 when none."""
    match = _CLOCK.search(raw) if isinstance(raw, str) else None
    if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        return time(int(match.group(1)), int(match.group(2)))
    return time(10, 0)

__all__ = ["MeetingImporter"]

"""Date fields that take a date typed the common ways in every language: 27.01.2025,
27/01/2025 and 2025-01-27 (with a time after it in a date-and-time field), whatever the
interface language's own format is. Qt's QDateEdit alone accepts only its display format."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")
_TYPING = re.compile(r"[\d./\-: ]*")


def parse_typed(text: str) -> tuple[QDate, QTime | None] | None:
    """(date, time or None) for "27.01.2025", "27/01/2025", "2025-01-27" (+ " 10:30")."""
    parts = text.strip().split()
    if not parts or len(parts) > 2:
        return None
    day_first, year_first = _DAY_FIRST.fullmatch(parts[0]), _YEAR_FIRST.fullmatch(parts[0])
    if day_first:
        day, month, year = (int(g) for g in day_first.groups())
    elif year_first:
        year, month, day = (int(g) for g in year_first.groups())
    else:
        return None
    value = QDate(year, month, day)
    if not value.isValid():
        return None
    time = None
    if len(parts) == 2:
        m = _TIME.fullmatch(parts[1])
        time = QTime(int(m.group(1)), int(m.group(2))) if m else QTime()
        if not time.isValid():
            return None
    return value, time


class _TypedDates:
    """validate/dateTimeFromText of QDateTimeEdit, widened to the typed forms above."""

    def validate(self, text: str, pos: int):  # noqa: D401 - Qt override
        state = super().validate(text, pos)  # type: ignore[misc]
        if state[0] == QValidator.State.Acceptable:
            return state
        if parse_typed(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return state

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt override
        typed = parse_typed(text)
        if typed is None:
            return super().dateTimeFromText(text)  # type: ignore[misc]
        value, time = typed
        return QDateTime(value, time if time is not None else self.time())  # type: ignore[attr-defined]

    def fixup(self, text: str) -> str:
        typed = parse_typed(text)
        if typed is None:
            return super().fixup(text)  # type: ignore[misc]
        value, time = typed
        return self.textFromDateTime(QDateTime(value, time if time is not None else self.time()))  # type: ignore[attr-defined]


class DateEdit(_TypedDates, QDateEdit):
    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        if value is None:
            super().__init__(parent)
        else:
            super().__init__(value, parent)


class DateTimeEdit(_TypedDates, QDateTimeEdit):
    pass

"""Dates and numbers in the user's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def locale() -> QLocale:
    """The user's locale; the bare C locale falls back to ISO-like English formats."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return current


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return locale().toString(qdt, QLocale.FormatType.ShortFormat)


def fmt_int(value: int | None) -> str:
    return "" if value is None else locale().toString(int(value))


def interface_language() -> str:
    """The interface's working language ("tk", "ru", "en") from the default locale.

    Lists and pickers show names in it (``services.names``); anything else reads English.
    """
    code = QLocale().name()[:2]
    return code if code in ("tk", "ru", "en") else "en"

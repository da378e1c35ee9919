"""Every setting the application keeps, declared once with its type and default.

After Electrum's ``ConfigVar``: code reads ``PDF_FOLDER.get(settings)`` and writes
``PDF_FOLDER.set(settings, path)`` instead of repeating a string key and a default in
each module; values come back in their type whatever QSettings stored (an INI file
gives strings). The layout states (header and splitter ``saveState()`` blobs) are
declared here too, so the whole list is in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from ...db.retention import DEFAULT_KEEP

T = TypeVar("T")
ALL: dict[str, "Setting[Any]"] = {}


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type
    default: T
    doc: str = ""

    def __post_init__(self) -> None:
        ALL[self.key] = self

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, None)
        if value is None or value == "":
            return self.default
        try:
            if self.kind is bool:
                return (str(value).lower() not in ("false", "0", "no", "")) if not isinstance(value, bool) \
                    else value  # type: ignore[return-value]
            if self.kind is int:
                return int(value)  # type: ignore[return-value]
            if self.kind is str:
                return str(value)  # type: ignore[return-value]
            if self.kind is QByteArray:
                return value if isinstance(value, QByteArray) else self.default
        except (TypeError, ValueError):
            return self.default
        return value

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


# -- files and folders ----------------------------------------------------------------
LAST_DATABASE = Setting("database/last", str, "", "The database opened last (File → Open database…)")
PDF_FOLDER = Setting("pdf/last_folder", str, "", "Where a PDF was saved last (else Documents)")
LAST_MINUTES = Setting("pdf/last_minutes", str, "", "The meeting (YEAR/NUMBER) whose minutes were printed last")
IMPORT_FOLDER = Setting("import/folder", str, "", "Where a spreadsheet was imported from last")
EXPORT_FOLDER = Setting("export/folder", str, "", "Where a list was exported to Excel last")
QUESTIONNAIRE_FOLDER = Setting("export/questionnaires", str, "", "Where questionnaires were written last")

# -- the database and the interface -----------------------------------------------------
DATABASE_MODE = Setting("database/mode", str, "local", "\"shared\" when the window was last on a shared database")
INTERFACE_LANGUAGE = Setting("interface/language", str, "", "tk, ru or en (empty: the system's language)")
SHARED_HOST = Setting("shared/host", str, "", "The shared database's server (never its password)")
SHARED_PORT = Setting("shared/port", int, 5432)
SHARED_DATABASE = Setting("shared/database", str, "secretariat")
SHARED_LOGIN = Setting("shared/login", str, "")
SHARED_SSLMODE = Setting("shared/sslmode", str, "prefer")
STATE_UNDER_REVIEW = Setting("import/stateUnderReview", str, "", "The state under review last named in an import")

# -- backups ---------------------------------------------------------------------------
BACKUP_KEEP = Setting("backup/keep", int, DEFAULT_KEEP, "How many backups of each kind are kept")
BACKUP_AUTO = Setting("backup/auto", bool, True, "A backup at start, at most daily")
BACKUP_FOLDER = Setting("backup/folder", str, "", "Where backups go (empty: beside the database)")

# -- the main window -------------------------------------------------------------------
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_SPLITTER = Setting("window/splitter", QByteArray, QByteArray())
WINDOW_AREA = Setting("window/area", str, "dashboard", "The page shown at start")

# -- list layouts (header and splitter states) ------------------------------------------
MEETINGS_HEADER = Setting("meetings/header", QByteArray, QByteArray())
ACTION_ITEMS_HEADER = Setting("action_items/header", QByteArray, QByteArray())
PLANS_TREE_HEADER = Setting("plans/tree_header", QByteArray, QByteArray())
PLANS_SPLITTER = Setting("plans/splitter", QByteArray, QByteArray())
RECOMMENDATIONS_HEADER = Setting("recommendations/header", QByteArray, QByteArray())
RECOMMENDATIONS_SPLITTER = Setting("recommendations/splitter", QByteArray, QByteArray())
RECOMMENDATIONS_DETAIL_SPLITTER = Setting("recommendations/detail_splitter", QByteArray, QByteArray())
REPORTS_CALENDAR_HEADER = Setting("reports_calendar/header", QByteArray, QByteArray())
REPORTS_CALENDAR_SPLITTER = Setting("reports_calendar/splitter", QByteArray, QByteArray())
ORGANIZATIONS_HEADER = Setting("organizations/header", QByteArray, QByteArray())
ORGANIZATIONS_SPLITTER = Setting("organizations/splitter", QByteArray, QByteArray())
NATIONAL_REPORTS_HEADER = Setting("national_reports/header", QByteArray, QByteArray())

# -- the meeting editor ----------------------------------------------------------------
EDITOR_GEOMETRY = Setting("meeting_editor/geometry", QByteArray, QByteArray())
EDITOR_TAB = Setting("meeting_editor/tab", int, 0, "The tab shown when a meeting is opened")
EDITOR_AGENDA_SPLITTER = Setting("meeting_editor/agenda_splitter", QByteArray, QByteArray())
EDITOR_ATTENDANCE_HEADER = Setting("meeting_editor/attendance_header", QByteArray, QByteArray())
EDITOR_MINUTES_SPLITTER = Setting("meeting_editor/minutes_splitter", QByteArray, QByteArray())
EDITOR_MINUTES_LIST_SPLITTER = Setting("meeting_editor/minutes_list_splitter", QByteArray, QByteArray())
EDITOR_ACTIONS_SPLITTER = Setting("meeting_editor/actions_splitter", QByteArray, QByteArray())
EDITOR_ACTIONS_HEADER = Setting("meeting_editor/actions_header", QByteArray, QByteArray())

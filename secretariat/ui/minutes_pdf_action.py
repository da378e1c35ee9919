"""Printing minutes from anywhere in the GUI: ``preview_minutes(parent, context, meeting_id)``.

The meetings page calls it for its "Print minutes…" action; the File menu's
"Print minutes…" asks for YEAR/NUMBER first (``ask_and_preview_minutes``).
"""

from __future__ import annotations

import io

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..io.documents import build_minutes
from ..services.meetings import find_meeting, latest_meeting_id
from .context import AppContext
from .pdf_preview import build_and_preview
from .widgets.messages import FAILED, call_service
from ..i18n import translate


def preview_minutes(parent: QWidget | None, context: AppContext, meeting_id: int, on_shown=None):
    """Build the minutes of *meeting_id* off the UI thread, then open the preview."""
    db = context.db

    def work(progress):
        buffer = io.BytesIO()
        built = build_minutes(db, meeting_id, buffer, progress=progress)
        return buffer.getvalue(), built

    return build_and_preview(parent, context, work, translate("minutes_pdf", "Preparing the minutes…"), on_shown)


def _default_reference(context: AppContext) -> str:
    last = context.settings.value("pdf/last_minutes", "")
    if last:
        return str(last)
    meeting_id = latest_meeting_id(context.db)
    if meeting_id is None:
        return ""
    from ..services.meetings import get_meeting

    return get_meeting(context.db, meeting_id).reference


def ask_and_preview_minutes(parent: QWidget | None, context: AppContext, on_shown=None):
    """Ask for a meeting as YEAR/NUMBER (or an id), then preview its minutes."""
    reference, ok = QInputDialog.getText(
        parent, translate("minutes_pdf", "Print minutes"), translate("minutes_pdf", "Meeting (YEAR/NUMBER, for example 2024/1):"), QLineEdit.EchoMode.Normal,
        _default_reference(context))
    if not ok or not reference.strip():
        return None
    meeting = call_service(parent, find_meeting, context.db, reference)
    if meeting is FAILED:
        return None
    context.settings.setValue("pdf/last_minutes", meeting.reference)
    return preview_minutes(parent, context, meeting.id, on_shown)

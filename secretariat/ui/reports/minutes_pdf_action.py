"""Printing minutes from anywhere in the GUI: ``preview_minutes(parent, context, meeting_id)``.

The meetings page calls it for its "Print minutes…" action; the File menu's
"Print minutes…" lets the user pick the meeting from a list first (``ask_and_preview_minutes``).
"""

from __future__ import annotations

import io

from PySide6.QtWidgets import QWidget

from ...i18n import translate
from ...io.documents import build_minutes
from ...services.meetings import latest_meeting_id
from ..core.context import AppContext
from .pdf_preview import build_and_preview
from ..core.settings import LAST_MINUTES


def preview_minutes(parent: QWidget | None, context: AppContext, meeting_id: int, on_shown=None):
    """Build the minutes of *meeting_id* off the UI thread, then open the preview."""
    db = context.db

    def work(progress):
        buffer = io.BytesIO()
        built = build_minutes(db, meeting_id, buffer, progress=progress)
        return buffer.getvalue(), built

    return build_and_preview(parent, context, work, translate("minutes_pdf", "Preparing the minutes…"), on_shown)


def _default_reference(context: AppContext) -> str:
    last = LAST_MINUTES.get(context.settings)
    if last:
        return str(last)
    meeting_id = latest_meeting_id(context.db)
    if meeting_id is None:
        return ""
    from ...services.meetings import get_meeting

    return get_meeting(context.db, meeting_id).reference


def ask_and_preview_minutes(parent: QWidget | None, context: AppContext, on_shown=None):
    """Let the user pick the meeting from a list (the last one printed chosen), then preview it."""
    from ..dialogs.meeting_picker import pick_meeting

    def chosen(meeting_id: int, reference: str) -> None:
        LAST_MINUTES.set(context.settings, reference)
        preview_minutes(parent, context, meeting_id, on_shown)

    return pick_meeting(parent, context.db, _default_reference(context), chosen,
                        title=translate("minutes_pdf", "Print minutes"),
                        ok_text=translate("minutes_pdf", "&Preview and print…"))

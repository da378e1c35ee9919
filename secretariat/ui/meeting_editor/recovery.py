"""At start-up: offer the text that was typed in an earlier session and never saved."""

from __future__ import annotations

from datetime import timezone

from PySide6.QtWidgets import QMessageBox, QWidget

from ...services import drafts, meetings
from ...services.meetings import DRAFT_AGENDA_ITEM, DRAFT_MEETING
from ..core.context import AppContext
from ..core.formatting import fmt_datetime
from ..widgets.messages import confirm
from . import open_meeting_editor
from ...i18n import PLURAL, translate


def offer_recovery(context: AppContext, parent: QWidget | None) -> int:
    """Ask what to do with unsaved text left in the database; the number of meetings opened."""
    pending = meetings.meetings_with_drafts(context.db)
    if not pending:
        return 0
    lines = []
    for item in pending[:12]:
        saved = item.last_saved_at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)
        typed = translate("recovery", "typed on %1").replace("%1", fmt_datetime(saved))
        lines.append(f"• {item.reference} — {item.title} ({typed})")
    if len(pending) > 12:
        lines.append("…")
    box = QMessageBox(QMessageBox.Icon.Information, translate("recovery", "Unsaved minutes found"),
                      translate("recovery", "Secretariat closed before some text was saved. It was kept, and can be put back "
                                            "into the editor of these meetings:") + "\n\n" + "\n".join(lines),
                      QMessageBox.StandardButton.NoButton, parent)
    open_button = box.addButton(translate("recovery", "Open them"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("recovery", "Later"), QMessageBox.ButtonRole.RejectRole)
    discard_button = box.addButton(translate("recovery", "Discard it…"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is open_button:
        for item in pending:
            open_meeting_editor(context, item.meeting_id, parent)
        return len(pending)
    if box.clickedButton() is discard_button and confirm(
            parent, translate("recovery", "Discard unsaved text"),
            translate("recovery", "Throw away the unsaved text of %n meetings? This cannot be undone.", None, PLURAL,
                      len(pending)), translate("recovery", "Discard")):
        drafts.discard_drafts(context.db, [d.key for d in drafts.list_drafts(context.db)
                                           if d.entity in (DRAFT_AGENDA_ITEM, DRAFT_MEETING)])
    return 0

"""The bar over a meeting that is checked out: in the copy, and on the database it came from.

In the copy it says where the meeting came from and how to bring the work back; on the
database it warns that someone has it on their computer (who, since when), so what is
saved here meets their changes at check-in.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ...services import checkout
from ..core.formatting import fmt_datetime
from ..widgets.messages import REFUSALS


def _local(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


class CheckoutBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutBar")
        self.setStyleSheet("QFrame#checkoutBar { background: #fff3cd; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.hide()

    def load(self, db, meeting_id: int) -> None:
        """Say whether this meeting is checked out (a small read of the database's marks)."""
        try:
            copy = checkout.copy_info(db)
            mark = None if copy is not None else checkout.checkout_of(db, meeting_id)
        except REFUSALS:
            self.hide()
            return
        text = ""
        if copy is not None and copy.meeting_id == meeting_id:
            when = fmt_datetime(_local(copy.checked_out_at))
            if copy.checked_in_at is None:
                text = self.tr("This is a checked-out copy of the meeting, taken from %1 on %2: work on it with no "
                               "network. To bring your work back, open %1 and choose File → Check in a "
                               "checked-out copy…").replace("%1", copy.origin).replace("%2", when)
            else:
                text = self.tr("This copy was checked in on %1: what is changed here now does not go back.") \
                    .replace("%1", fmt_datetime(_local(copy.checked_in_at)))
        elif mark is not None:
            text = self.tr("Checked out to %1 since %2 (%3). What you save here is merged with their work when "
                           "they check it in; where both of you change the same thing, they will choose.") \
                .replace("%1", mark.who).replace("%2", fmt_datetime(_local(mark.checked_out_at))) \
                .replace("%3", mark.file_name)
        self.label.setText(text)
        self.setVisible(bool(text))

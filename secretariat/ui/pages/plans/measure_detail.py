"""The lower half of the Plans view: one measure, its progress history and its recommendations."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....services import plans, recommendations, sdg_targets
from ....services.errors import NotFoundError
from ...core.context import AppContext
from ...core.formatting import fmt_date
from ...core.view_tools import header_tooltips
from .indicators_panel import IndicatorsPanel
from ...core.labels import label
from .plan_tree_model import deadline_tooltip
from ...widgets.sdg_target_picker import target_caption


def _heading(text: str) -> QLabel:
    """A section heading that wraps rather than widening its pane (Russian headings are long)."""
    heading = QLabel(text)
    heading.setObjectName("sectionHeading")
    heading.setWordWrap(True)  # as narrow as its longest word
    return heading


class MeasureDetail(QWidget):
    """One measure in four panes side by side: its text, progress, recommendations, indicators."""

    record_progress = Signal()
    link_recommendations = Signal()
    delete_progress = Signal(int)
    unlink_recommendation = Signal(int)
    open_recommendation = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.measure_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.info = QLabel()
        self.info.setObjectName("measureInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.info)
        scroll.setMinimumWidth(160)  # the measure's text stays readable beside the three lists
        layout.addWidget(scroll, 3)

        middle = QVBoxLayout()
        heading = _heading(self.tr("Progress reports"))
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("progressHistory")
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Organization"), self.tr("Status"),
                                                self.tr("Report")])
        # The date as wide as it needs; the rest share what the panel has (no sideways scrolling
        # beside the indicators panel), long texts wrapped and whole in the tooltip.
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.history.verticalHeader().setVisible(False)
        header_tooltips(self.history)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_progress_button = QPushButton(self.tr("Record progress…"))
        self.delete_progress_button = QPushButton(self.tr("Delete report"))
        self.add_progress_button.clicked.connect(self.record_progress)
        self.delete_progress_button.clicked.connect(self._delete_progress)
        buttons.addWidget(self.add_progress_button)
        buttons.addWidget(self.delete_progress_button)
        buttons.addStretch(1)
        middle.addWidget(heading)
        middle.addWidget(self.history, 1)
        middle.addLayout(buttons)
        layout.addLayout(middle, 4)

        right = QVBoxLayout()
        heading = _heading(self.tr("Recommendations answered"))
        self.recs = QListWidget()
        self.recs.setObjectName("linkedRecommendations")
        self.recs.setWordWrap(True)
        self.recs.itemActivated.connect(lambda item: self.open_recommendation.emit(item.data(Qt.ItemDataRole.UserRole)))
        rbuttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Link…"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.link_button.clicked.connect(self.link_recommendations)
        self.unlink_button.clicked.connect(self._unlink)
        rbuttons.addWidget(self.link_button)
        rbuttons.addWidget(self.unlink_button)
        rbuttons.addStretch(1)
        right.addWidget(heading)
        right.addWidget(self.recs, 1)
        right.addLayout(rbuttons)
        layout.addLayout(right, 3)
        self.indicators_panel = IndicatorsPanel(context, self)
        layout.addWidget(self.indicators_panel, 3)
        self.indicators_panel.changed.connect(lambda: self.show_measure(self.measure_id))
        self.show_measure(None)

    def _delete_progress(self) -> None:
        row = self.history.currentRow()
        if row >= 0:
            self.delete_progress.emit(self.history.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _unlink(self) -> None:
        item = self.recs.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.unlink_recommendation.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_measure(self, measure_id: int | None) -> None:
        self.measure_id = measure_id
        self.indicators_panel.show_measure(measure_id)
        for w in (self.add_progress_button, self.link_button, self.history, self.recs):
            w.setEnabled(measure_id is not None)
        self.delete_progress_button.setEnabled(measure_id is not None)
        self.unlink_button.setEnabled(measure_id is not None)
        self.history.setRowCount(0)
        self.recs.clear()
        if measure_id is None:
            hint = self.tr("Choose a measure to see its details, progress and the recommendations it answers.")
            self.info.setText(f"<i>{html.escape(hint)}</i>")
            return
        db = self.context.db
        try:
            row = plans.measure_row(db, measure_id)
            measure = plans.get_measure(db, measure_id)
        except NotFoundError:
            self.show_measure(None)
            return
        e = html.escape
        deadline = e(row.deadline_text or "—")
        if not row.deadline_understood:
            deadline = f"<span style='color:#b35900'>⚠ {deadline}</span>"
        elif row.overdue:
            deadline = f"<span style='color:#c0392b'>{deadline}</span>"
        def field(name: str, value: str) -> str:
            return f"<b>{e(name)}:</b> {value}"

        overdue = self.tr("overdue")
        lines = [
            f"<b>{e(row.number)}</b> {e(row.text)}",
            field(self.tr("Plan"), e(row.plan_title))
            + (f" — {e(measure.section.number)} {e(measure.section.title)}" if measure.section else ""),
            field(self.tr("Lead"), e(row.lead or "—")),
            field(self.tr("Co-implementers"), e(row.co_implementers or "—")),
            field(self.tr("Partners"), e(row.partners or "—")),
            field(self.tr("Deadline"), deadline) + "<br><small>"
            + e(deadline_tooltip(row)).replace(chr(10), "<br>") + "</small>",
            field(self.tr("Status"), e(label(row.status)))
            + (f" — <span style='color:#c0392b'>{e(overdue)}</span>" if row.overdue else ""),
        ]
        targets = sdg_targets.targets_of(db, "measure", measure_id)
        if targets:
            lines.append(field(self.tr("SDG targets"), "<br>".join(e(target_caption(t)) for t in targets)))
        self.info.setText("<br>".join(lines))
        progress = plans.list_progress(db, measure_id)
        self.history.setRowCount(len(progress))
        for r, p in enumerate(progress):
            first = QTableWidgetItem(fmt_date(p.reported_on))
            first.setData(Qt.ItemDataRole.UserRole, p.id)
            self.history.setItem(r, 0, first)
            for column, text in ((1, p.organization), (2, label(p.status)), (3, p.text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(r, column, item)
        self.history.resizeRowsToContents()
        for rec in recommendations.recommendations_of(db, measure_id):
            item = QListWidgetItem(f"{rec.reference} — {rec.text}")
            item.setToolTip(f"{label(rec.position)} · {label(rec.status)}")
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            self.recs.addItem(item)
        if not self.recs.count():
            item = QListWidgetItem(self.tr("No recommendation linked yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recs.addItem(item)

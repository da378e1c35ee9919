"""Linking records: search on one side, tick what belongs, untick what does not.

Used both ways: the measures that implement a recommendation, and the
recommendations a measure answers.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ...services import recommendations
from ..core.context import AppContext
from ..core.labels import label
from ..core.view_tools import debouncer
from .form_dialog import FormDialog

Found = tuple[int, str]  # (id, text shown)


class LinkDialog(FormDialog):
    def __init__(self, title: str, heading: str, search: Callable[[str], Sequence[Found]],
                 current: Sequence[Found], save: Callable[[list[int]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("linkDialog")
        self._search, self._save = search, save
        self.checked: dict[int, str] = dict(current)
        intro = QLabel(heading)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.query = self.add_row("search", self.tr("&Find:"), QLineEdit())
        self.query.setPlaceholderText(self.tr("Words of the text or the number…"))
        self.query.setClearButtonEnabled(True)
        self.results = self.add_row("results", "", QListWidget())
        self.results.setWordWrap(True)
        self.results.setMinimumHeight(300)
        self.summary = QLabel()
        self.form.addRow(self.summary)
        self.results.itemChanged.connect(self._toggled)
        self._debounce = debouncer(self, self._run, 200)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.finish_layout()
        self.resize(720, 560)
        self._run()

    def _run(self) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        text = self.query.text()
        found = list(self._search(text)) if text.strip() else []
        shown = {i for i, _ in found}
        # What is linked comes first, so unlinking needs no search.
        for record_id, caption in [(i, c) for i, c in self.checked.items() if i not in shown] + found:
            item = QListWidgetItem(caption)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record_id in self.checked else Qt.CheckState.Unchecked)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self._update_summary()

    def _toggled(self, item: QListWidgetItem) -> None:
        record_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[record_id] = item.text()
        else:
            self.checked.pop(record_id, None)
        self._update_summary()

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n linked.", "", len(self.checked)))

    def save(self) -> Any:
        return self.call(self._save, sorted(self.checked))


def measure_caption(m: recommendations.LinkedMeasure) -> str:
    return f"{m.plan} {m.number} — {' '.join(m.text.split())} ({label(m.status)})"


def rec_caption(r: recommendations.RecommendationRow) -> str:
    return f"{r.reference} — {' '.join(r.text.split())} ({label(r.position)})"


def link_measures_dialog(context: AppContext, rec_id: int, parent: QWidget | None = None) -> LinkDialog:
    db = context.db
    rec = recommendations.get_recommendation(db, rec_id)
    current = [(m.id, measure_caption(m)) for m in recommendations.measures_of(db, rec_id)]

    def save(ids: list[int]) -> Any:
        return recommendations.update_recommendation(db, rec_id, rec.version, measure_ids=ids)

    return LinkDialog(
        QCoreApplication.translate("LinkDialog", "Measures implementing the recommendation"),
        f"{rec.body} {rec.paragraph} — {rec.text}",
        lambda text: [(m.id, measure_caption(m)) for m in recommendations.search_measures(db, text)],
        current, save, parent)


def link_recommendations_dialog(context: AppContext, measure_id: int, number: str, text: str,
                                parent: QWidget | None = None) -> LinkDialog:
    db = context.db
    current = [(r.id, rec_caption(r)) for r in recommendations.recommendations_of(db, measure_id)]

    def save(ids: list[int]) -> Any:
        return recommendations.set_measure_recommendations(db, measure_id, ids)

    def search(query: str) -> list[Found]:
        rows = recommendations.list_recommendations(db, recommendations.RecommendationQuery(search=query), limit=200)
        return [(r.id, rec_caption(r)) for r in rows]

    return LinkDialog(QCoreApplication.translate("LinkDialog", "Recommendations the measure answers"), f"{number} — {text}", search,
                      current, save, parent)

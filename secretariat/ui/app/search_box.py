"""One search box over everything, at the right of the main window's menu bar (Ctrl+K, Ctrl+Shift+F).

Typing searches after a short pause, off the GUI thread (``services.search``); the hits
show grouped by kind in a list under the box. Up/Down move through them, Enter or a
double click opens the record found, Esc closes the list (a second Esc leaves the box).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QMainWindow,
    QHBoxLayout,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import search
from ..core.formatting import interface_language
from ..core.ops import Operation
from ..core.view_tools import attempt, show_error

HIT_ROLE = Qt.ItemDataRole.UserRole
_MORE = "more"
# The pages whose own search shows every record of a kind.
_PAGE_OF_KIND = {search.MEETING: "meetings", search.MINUTES: "meetings", search.MEASURE: "plans",
                 search.RECOMMENDATION: "recommendations", search.ORGANIZATION: "organizations"}


class SearchResults(QFrame):
    """The grouped hits, floating under the search box inside the main window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.tree = QTreeWidget()
        self.tree.setObjectName("searchResultsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the focus and the typing
        self.tree.setColumnCount(1)
        layout.addWidget(self.tree)
        self.hide()

    def show_groups(self, groups: list[search.HitGroup], query: str) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in groups:
            count = self.tr("%1 (%2+)") if group.more else self.tr("%1 (%2)")
            heading = QTreeWidgetItem([count.replace("%1", group.title).replace("%2", str(group.total))])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            for hit in group.hits:
                text = f"{hit.title} — {hit.detail}" if hit.detail and hit.detail != hit.title else hit.title
                item = QTreeWidgetItem([text])
                item.setToolTip(0, text)
                item.setData(0, HIT_ROLE, hit)
                heading.addChild(item)
            if group.total > len(group.hits) and group.kind in _PAGE_OF_KIND:
                more = QTreeWidgetItem([self.tr("Show all…") if group.more else self.tr("Show all %n…", "", group.total)])
                more.setData(0, HIT_ROLE, (_MORE, group.kind, query))
                heading.addChild(more)
        if not groups:
            empty = QTreeWidgetItem([self.tr("Nothing found.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        self.tree.expandAll()
        self.move_selection(1, from_top=True)

    def selectable(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(i)
            items.extend(heading.child(j) for j in range(heading.childCount()))
        return items

    def move_selection(self, step: int, from_top: bool = False) -> None:
        items = self.selectable()
        if not items:
            return
        current = self.tree.currentItem()
        index = -1 if from_top or current not in items else items.index(current)
        target = items[max(0, min(len(items) - 1, index + step))]
        self.tree.setCurrentItem(target)
        self.tree.scrollToItem(target)


class SearchBox(QObject):
    """The box, its results list and what opening a hit does in the window."""

    DELAY_MS = 200

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.field = QLineEdit()
        self.field.setObjectName("searchEverything")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        tip = self.tr("Meetings and minutes, decisions, measures, progress reports, recommendations and organizations")
        self.field.setToolTip(tip)
        self.field.setMinimumWidth(260)
        self.field.setMaximumWidth(420)
        self.results = SearchResults(window)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textEdited.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self.open_current)
        self.field.installEventFilter(self)
        self.results.tree.itemActivated.connect(lambda item, _column: self.open_item(item))
        self.results.tree.itemDoubleClicked.connect(lambda item, _column: self.open_item(item))
        self.operation: Operation[Any] | None = None
        self.shown_query: str | None = None
        self._asked = ""
        self.action = QAction(self.tr("&Search everything…"), window)
        self.action.setObjectName("searchEverythingAction")
        self.action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+F")])
        self.action.triggered.connect(self.focus)
        window.addAction(self.action)

    @classmethod
    def install(cls, window: QMainWindow, menu: QMenu | None = None) -> "SearchBox":
        """The box at the right end of *window*'s menu bar, its action in *menu*."""
        box = cls(window)
        holder = box.holder = QWidget()  # kept: the binding leaves a corner widget to Python
        holder.setObjectName("searchHolder")
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(4, 1, 4, 1)
        layout.addWidget(box.field)
        window.menuBar().setCornerWidget(holder, Qt.Corner.TopRightCorner)
        holder.show()  # a menu bar already shown (the window shows before its database opens) keeps it hidden
        if menu is not None:
            menu.addAction(box.action)
        return box

    # -- searching ----------------------------------------------------------------
    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip() and self.shown_query == self.field.text():
            self._place_results()

    def run_search(self) -> None:
        query = self.field.text()
        if len("".join(search.words(query))) < search.MIN_QUERY_LENGTH:
            self.close_results()
            return
        if self.operation is not None and self.operation.running:
            self._asked = query  # searched again when the running search ends
            return
        db = self.window.context.db  # type: ignore[attr-defined]
        language = interface_language()
        self._asked = query
        self.operation = Operation(self.window, lambda _progress: search.search_everything(
            db, query, language=language),
            on_done=lambda groups: self._show(query, groups), on_error=self._failed,
            show_progress_after_ms=None)
        self.operation.start()

    def _show(self, query: str, groups: list[search.HitGroup]) -> None:
        if self._asked != query:  # typed on meanwhile: the newer text is searched now
            self.timer.start(0)
            return
        if self.field.text() != query:
            return
        self.shown_query = query
        self.results.show_groups(groups, query)
        self._place_results()

    def _failed(self, error: BaseException) -> None:
        self.close_results()
        show_error(self.window, error)

    def _place_results(self) -> None:
        window = self.window
        corner = self.field.mapTo(window, QPoint(0, self.field.height()))
        width = max(self.field.width(), min(640, window.width() - 16))
        left = max(8, min(corner.x() + self.field.width() - width, window.width() - width - 8))
        rows = sum(1 + self.results.tree.topLevelItem(i).childCount()
                   for i in range(self.results.tree.topLevelItemCount()))
        row_height = max(self.results.tree.sizeHintForRow(0), self.field.fontMetrics().height() + 4)
        height = min(max(rows, 1) * row_height + 8, max(120, window.height() - corner.y() - 40))
        self.results.setGeometry(left, corner.y() + 2, width, height)
        self.results.show()
        self.results.raise_()

    def close_results(self) -> None:
        self.results.hide()

    # -- keys ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if not self.results.isVisible():
                    if self.field.text().strip():
                        self.run_search()
                    return True
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
                self.results.move_selection(step)
                return True
            if key == Qt.Key.Key_Escape:
                if self.results.isVisible():
                    self.close_results()
                else:
                    self.field.clearFocus()
                return True
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._close_unless_focused)
        return super().eventFilter(watched, event)

    def _close_unless_focused(self) -> None:
        if not self.field.hasFocus():
            self.close_results()

    # -- opening ------------------------------------------------------------------
    def open_current(self) -> None:
        if self.timer.isActive() or (self.operation is not None and self.operation.running) \
                or self.shown_query != self.field.text():
            self.timer.stop()
            self.run_search()  # Enter before the results: show them first
            return
        item = self.results.tree.currentItem()
        if item is not None and self.results.isVisible():
            self.open_item(item)

    def open_item(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, HIT_ROLE)
        if target is None:
            return
        self.close_results()
        if isinstance(target, tuple) and target[0] == _MORE:
            _kind, query = target[1], target[2]
            self.window.show_filtered(_PAGE_OF_KIND[_kind], {"search": query})  # type: ignore[attr-defined]
            return
        open_hit(self.window, target)


def open_hit(window: Any, hit: search.Hit) -> None:
    """Open the record of *hit* the way its own page opens it."""
    context = window.context
    if hit.kind in (search.MEETING, search.MINUTES, search.DECISION) and hit.meeting_id is not None:
        window.open_meeting(hit.meeting_id)
    elif hit.kind in (search.MEASURE, search.PROGRESS) and hit.measure_id is not None:
        page = window.show_area("plans")
        attempt(page, lambda: page.select_measure(hit.measure_id))
    elif hit.kind == search.RECOMMENDATION:
        from ..dialogs.recommendation_dialog import RecommendationDialog

        page = window.show_area("recommendations")
        _open_dialog(page, lambda: RecommendationDialog(context, hit.record_id, parent=page))
    elif hit.kind == search.ORGANIZATION:
        from ..dialogs.directory_dialogs import OrganizationDialog

        page = window.show_area("organizations")
        _open_dialog(page, lambda: OrganizationDialog(context, hit.record_id, parent=page))


def _open_dialog(page: Any, build: Any) -> None:
    ok, dialog = attempt(page, build)
    if ok:
        page.dialog = dialog  # kept alive while open, as the page does for its own dialogs
        dialog.open()

"""Small pieces every list view and form uses: messages, actions, layout memory, inputs.

Messages are opened window-modal but not blocking (``QDialog.open``), so a form with a
refused input stays on screen with what the user typed, and tests can drive them.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Iterable

from PySide6.QtCore import QByteArray, QDate, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTreeView,
    QWidget,
)

from ...i18n import translate
from .settings import Setting
from ..widgets.date_edits import DateEdit
from ..widgets.messages import FAILED, REFUSALS, call_service, error_text, error_title
from ..widgets.sortable_model import SortableLazyModel  # noqa: F401 - the one model, imported from here too


def show_error(parent: QWidget | None, error: BaseException | str, title: str | None = None) -> QMessageBox:
    """A warning with the service's readable message; does not block."""
    text = error_text(error) if isinstance(error, BaseException) else str(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title or (error_title(error) if isinstance(error, BaseException)
                                                           else translate("views", "Cannot do that")),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], None],
            yes_text: str | None = None,
            other: tuple[str, Callable[[], None]] | None = None) -> QMessageBox:
    """Ask before something that cannot be taken back; *on_yes* runs if confirmed.

    *other* is a (caption, action) offered beside it, e.g. Merge instead of Delete.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmMessage")
    yes = box.addButton(yes_text or translate("views", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    alternative = box.addButton(other[0], QMessageBox.ButtonRole.ActionRole) if other else None
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)

    def done(_result: int) -> None:
        # Deleted once the answer has been acted on, not on closing: the action waits for
        # its service call in a local event loop, inside this box's own button click.
        try:
            if box.clickedButton() is yes:
                on_yes()
            elif other is not None and alternative is not None and box.clickedButton() is alternative:
                other[1]()
        finally:
            box.deleteLater()

    box.finished.connect(done)
    box.open()
    return box


def attempt(parent: QWidget, work: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a service call through ``call_service`` (by the writer); (False, None) after a non-blocking message."""
    result = call_service(parent, work, _show=show_error)
    return (False, None) if result is FAILED else (True, result)


def build_or_say(parent: QWidget, build: Callable[[], Any]) -> tuple[bool, Any]:
    """Build a form on the GUI thread (widgets live there); (False, None) after a message if its reads are refused."""
    try:
        return True, build()
    except REFUSALS as error:
        show_error(parent, error)
        return False, None


def action(parent: QWidget, text: str, slot: Callable[[], Any], shortcut: Any = None,
           tip: str = "", name: str = "") -> QAction:
    """An action whose shortcut works while the focus is anywhere inside *parent*."""
    act = QAction(text, parent)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, (list, tuple)) else [shortcut]
        act.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip or text.replace('&', '').rstrip('…')} ({shown})"
    if tip:
        act.setToolTip(tip)
        act.setStatusTip(tip)
    if name:
        act.setObjectName(name)
    act.triggered.connect(lambda _checked=False: slot())
    parent.addAction(act)
    return act


def setup_view(view: QTableView | QTreeView, multi: bool = False) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if isinstance(view, QTableView):
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setWordWrap(False)


def restore_state(settings: QSettings, setting: Setting[QByteArray], widget: QHeaderView | QSplitter) -> bool:
    """Put back a header's or splitter's layout (declared in ``ui.core.settings``); False if none was kept."""
    value = setting.get(settings)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return bool(widget.restoreState(value))
    return False


def save_state(settings: QSettings, setting: Setting[QByteArray], widget: QHeaderView | QSplitter) -> None:
    setting.set(settings, widget.saveState())


def header_tooltips(table: QTableWidget) -> None:
    """Each column title also as its tooltip: a narrow pane may cut the title itself.

    The titles start at the left, so a cut one still shows its first word whole (centred,
    both ends were cut: "риодичност").
    """
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is not None:
            item.setToolTip(item.text())


def reload_keeping_selection(table: QTableView, model: SortableLazyModel, current: int | None) -> None:
    """Reload *model* and select the record *current* again, so a refresh never loses the user's place."""
    old_row = table.currentIndex().row()
    model.reload()
    if old_row >= 0:
        model.row(min(old_row, model.rowCount() - 1))  # read the rows where the selection was first
    row = model.find_row(current) if current is not None else None
    if row is not None:
        table.selectRow(row)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], any_label: str | None = None,
               keep: bool = True) -> None:
    """Replace a combo's items, keeping the current choice when it still exists."""
    current = combo.currentData() if keep else None
    blocked = combo.blockSignals(True)
    combo.clear()
    if any_label is not None:
        combo.addItem(any_label, None)
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(blocked)  # a caller's blocking stays in force


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def debouncer(parent: QWidget, slot: Callable[[], Any], ms: int = 250) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


class OptionalDateEdit(DateEdit):
    """A date field that can also be empty (shown blank; Delete clears it)."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(self.EMPTY)

    def value(self) -> date | None:
        d = self.date()
        return None if d == self.EMPTY else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(self.EMPTY if value is None else QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.lineEdit().selectedText() == self.lineEdit().text():
            self.setDate(self.EMPTY)
            return
        super().keyPressEvent(event)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _ColumnFitter(QObject):
    """Keeps a view's columns inside its width: the main column gives way first, then the others.

    Until widths are set by hand (a kept layout, or a column dragged in this view), a
    table's other columns fit their texts: each as wide as its caption and the texts shown
    need, the room left to the main column, as long as it keeps its share.
    """

    def __init__(self, view: QTableView | QTreeView, main: int, share: float, by_hand: bool) -> None:
        super().__init__(view)
        self.view, self.main, self.share = view, main, share
        self._fitting = False
        self.by_hand = by_hand or isinstance(view, QTreeView)  # a tree's plan rows span the columns
        view.viewport().installEventFilter(self)
        self.header().sectionResized.connect(self._resized)

    def _resized(self, _section: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.by_hand = True

    def header(self) -> QHeaderView:
        return self.view.header() if isinstance(self.view, QTreeView) else self.view.horizontalHeader()

    @staticmethod
    def _label_width(header: QHeaderView, section: int) -> int:
        """Never narrower than the column's caption (and its sort arrow)."""
        text = header.model().headerData(section, Qt.Orientation.Horizontal) if header.model() else ""
        return max(header.minimumSectionSize(), header.fontMetrics().horizontalAdvance(str(text or "")) + 22)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Resize and watched.width() > 0:
            self.fit(watched.width())
        return False

    def fit(self, width: int) -> None:
        self._fitting = True
        try:
            if self.by_hand or not self._fit_texts(width):
                self._fit(width)
        finally:
            self._fitting = False

    #: At most this many rows are measured (a list's first screen); Qt's own
    #: ``sizeHintForColumn`` measures every row of a view not yet shown, which in a list of
    #: 70,000 recommendations read them all.
    MEASURED_ROWS = 60

    def _texts_width(self, column: int) -> int:
        """The width the texts of *column* shown on the first screen need."""
        view = self.view
        model = view.model()
        if model is None or not isinstance(view, QTableView):
            return 0
        rows = view.verticalHeader()
        top = max(0, rows.visualIndexAt(0))
        bottom = rows.visualIndexAt(view.viewport().height())
        last = min(model.rowCount() - 1, top + self.MEASURED_ROWS - 1)
        bottom = last if bottom < 0 else min(bottom, last)
        widest = 0
        for visual in range(top, bottom + 1):
            index = model.index(rows.logicalIndex(visual), column)
            widest = max(widest, view.sizeHintForIndex(index).width())
        return widest + (1 if view.showGrid() else 0)

    def _fit_texts(self, width: int) -> bool:
        """Each other column as wide as its texts need, the rest to the main one (its long texts
        cut, shown whole in the detail), if the main column keeps its share; else False."""
        header = self.header()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if self.main not in shown:
            return False
        need = {i: max(self._label_width(header, i), self._texts_width(i)) for i in shown}
        rest = width - sum(need[i] for i in shown if i != self.main)
        if rest < max(self._label_width(header, self.main), int(width * (1 - self.share))):
            return False
        for i in shown:
            if i != self.main:
                header.resizeSection(i, need[i])
        header.resizeSection(self.main, rest)
        return True

    def _fit(self, width: int) -> None:
        header = self.header()
        last = header.logicalIndex(header.count() - 1)
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i) and i != last]
        # The last column stretches (stretchLastSection): count it at its caption's width.
        overflow = sum(header.sectionSize(i) for i in shown) + self._label_width(header, last) - width
        if overflow <= 0:
            if header.length() > width:  # the last column kept a width from before: let it shrink
                header.resizeSection(last, max(self._label_width(header, last), header.sectionSize(last)
                                               - (header.length() - width)))
            return
        main_floor = max(self._label_width(header, self.main), int(width * (1 - self.share)))
        if self.main in shown and header.sectionSize(self.main) > main_floor:
            give = min(overflow, header.sectionSize(self.main) - main_floor)
            header.resizeSection(self.main, header.sectionSize(self.main) - give)
            overflow -= give
        others = [i for i in shown if i != self.main]
        spare = {i: header.sectionSize(i) - self._label_width(header, i) for i in others}
        total_spare = sum(v for v in spare.values() if v > 0)
        if overflow > 0 and total_spare > 0:
            factor = min(1.0, overflow / total_spare)
            for i in others:
                if spare[i] > 0:
                    header.resizeSection(i, header.sectionSize(i) - int(spare[i] * factor + 0.999))
        header.resizeSection(last, self._label_width(header, last))


def fit_columns(view: QTableView | QTreeView, main: int, share: float = 0.75, *, kept: bool = False) -> None:
    """Keep the columns inside the view: at the default window no sideways scrolling.

    When the columns are wider than the view, the *main* column (the text) gives way
    down to a quarter of the width, then the others down to their captions; the last
    column stretches when the window is maximised. Until widths are set by hand (*kept*:
    the layout was put back from the settings), the other columns of a table fit their
    texts and the main one takes the rest. Widths set by hand are remembered.
    """
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    header.setStretchLastSection(True)
    _ColumnFitter(view, main, share, kept)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: _column_menu(header, main, pos))


def _column_menu(header: QHeaderView, keep: int, pos: Any) -> None:
    """Right-click on a header: show or hide each column (the main one always stays)."""
    menu = QMenu(header)
    model = header.model()
    for section in range(header.count()):
        act = menu.addAction(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
        act.setCheckable(True)
        act.setChecked(not header.isSectionHidden(section))
        act.setEnabled(section != keep)
        act.toggled.connect(lambda shown, s=section: header.setSectionHidden(s, not shown))
    menu.popup(header.mapToGlobal(pos))

"""Small pieces every list view and form uses: messages, actions, layout memory, inputs.

Messages are opened window-modal but not blocking (``QDialog.open``), so a form with a
refused input stays on screen with what the user typed, and tests can drive them.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Iterable, Sequence

from PySide6.QtCore import QByteArray, QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

from ..db import DatabaseError
from ..services.errors import ConflictError, NotFoundError, ServiceError, ValidationError
from .lazy_model import LazyTableModel
from ..i18n import translate
from .widgets.date_edits import DateEdit


def error_title(error: BaseException) -> str:
    if isinstance(error, ConflictError):
        return translate("views", "Changed by someone else")
    if isinstance(error, NotFoundError):
        return translate("views", "Record not found")
    if isinstance(error, ValidationError):
        return translate("views", "Please check the input")
    return translate("views", "Cannot do that")


def show_error(parent: QWidget | None, error: BaseException | str, title: str | None = None) -> QMessageBox:
    """A warning with the service's readable message; does not block."""
    text = str(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title or (error_title(error) if isinstance(error, BaseException)
                                                           else translate("views", "Cannot do that")),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], None],
            yes_text: str | None = None) -> QMessageBox:
    """Ask before something that cannot be taken back; *on_yes* runs if confirmed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmMessage")
    yes = box.addButton(yes_text or translate("views", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box


def attempt(parent: QWidget, work: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a service call; a ServiceError (or a database's worded error) becomes a message."""
    try:
        return True, work()
    except (ServiceError, DatabaseError) as exc:
        show_error(parent, exc)
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


def restore_state(settings: QSettings, key: str, widget: QHeaderView | QSplitter) -> bool:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return bool(widget.restoreState(value))
    return False


def save_state(settings: QSettings, key: str, widget: QHeaderView | QSplitter) -> None:
    settings.setValue(key, widget.saveState())


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], any_label: str | None = None,
               keep: bool = True) -> None:
    """Replace a combo's items, keeping the current choice when it still exists."""
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    if any_label is not None:
        combo.addItem(any_label, None)
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


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


class SortableLazyModel(LazyTableModel):
    """A lazy model whose header click asks the service to sort (by the column's sort key)."""

    PAGE = 100  # a screenful or three: the first paint after a filter reads only this much

    def __init__(self, *args: Any, on_sort: Callable[[str, bool], None], **kwargs: Any) -> None:
        self._on_sort = on_sort
        self.decorate: Callable[[Any, int, int], Any] | None = None
        super().__init__(*args, **kwargs)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key:
            self._on_sort(key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.decorate is not None and index.isValid() and role in (
                Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole):
            item = self.row(index.row())
            if item is not None:
                value = self.decorate(item, index.column(), role)
                if value is not None:
                    return value
        return super().data(index, role)

    def selected_ids(self, rows: Sequence[int]) -> list[int]:
        return [i for i in (self.row_id(r) for r in sorted(rows)) if i is not None]

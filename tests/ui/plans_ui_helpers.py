"""Driving the Plans, Recommendations, Reports and Organizations views as a user would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def show(qtbot, page: QWidget) -> QWidget:
    """Show a page as an active window, so its keyboard shortcuts work."""
    qtbot.addWidget(page)
    page.resize(1400, 860)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def type_into(widget: QWidget, text: str) -> None:
    """Type any text (Turkmen, Cyrillic...) as a keyboard layout would deliver it."""
    widget.setFocus()
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, NO, char))


def press(qtbot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    """A key (or shortcut) pressed while *widget* has the focus in its active window."""
    window = widget.window()
    if QApplication.activeWindow() is not window:  # e.g. just after a dialog closed
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def click_cancel(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def confirm_box(qtbot, box: QMessageBox, yes: bool = True) -> None:
    """Press the destructive button (or Cancel) of a confirmation."""
    assert box.isVisible()
    role = QMessageBox.ButtonRole.DestructiveRole if yes else QMessageBox.ButtonRole.RejectRole
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def close_error(qtbot, box: QMessageBox) -> str:
    """Read a refusal message and close it; returns its text."""
    assert box is not None and box.isVisible()
    text = box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return text


def check(item_list, text_start: str) -> None:
    """Tick the item of a check list (QListWidget) whose text starts with *text_start*."""
    for i in range(item_list.count()):
        item = item_list.item(i)
        if item.text().startswith(text_start) and not item.isHidden():
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no item {text_start!r}")


def choose(combo, text: str) -> None:
    """Pick the combo box entry showing *text*, as a click in its list would."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)

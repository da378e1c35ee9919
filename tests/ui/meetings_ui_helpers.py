"""Helpers for the meetings GUI tests: answering modal dialogs as a user would."""

from __future__ import annotations

import time
from typing import Callable

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type *text* key by key, as a keyboard with the right layout would.

    QTest's keyClicks only knows Latin-1 characters; Turkmen (ň ş ž) and Cyrillic
    letters arrive as key events carrying their text, like a real layout sends them.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def button(widget: QWidget, text: str) -> QAbstractButton:
    """The button of *widget* whose caption (without the & of its mnemonic) is *text*."""
    for candidate in widget.findChildren(QAbstractButton):
        if candidate.text().replace("&", "") == text and candidate.isVisible():
            return candidate
    captions = [b.text() for b in widget.findChildren(QAbstractButton)]
    raise AssertionError(f"no button {text!r} in {widget!r}; buttons: {captions}")


def when_dialog(qtbot, act: Callable[[QDialog], None], timeout: float = 5.0) -> list[str]:
    """Run *act* on the next modal dialog, from inside its event loop.

    Returns a list that receives the dialog's text, for the test to check what it said.
    A dialog that never appears fails the test instead of hanging it.
    """
    seen: list[str] = []
    started = time.monotonic()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            seen.append(getattr(dialog, "text", lambda: dialog.windowTitle())())
            owner = dialog.parentWidget().window() if dialog.parentWidget() is not None else None
            if owner is not None:
                # A window manager gives the activation back when a dialog closes; offscreen Qt does not.
                dialog.finished.connect(lambda _result, w=owner: w.activateWindow())
            try:
                act(dialog)
            except BaseException:
                dialog.reject()  # never leave a test hanging on an open dialog
                raise
            return
        if time.monotonic() - started > timeout:
            raise AssertionError("the expected dialog did not appear")
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def click(qtbot, text: str) -> Callable[[QDialog], None]:
    """A dialog action: click the button captioned *text*."""
    return lambda dialog: qtbot.mouseClick(button(dialog, text), Qt.MouseButton.LeftButton)


def type_and_accept(qtbot, text: str) -> Callable[[QDialog], None]:
    """A dialog action for input dialogs: type *text*, press Enter."""

    def act(dialog: QDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    return act


def show_active(qtbot, widget: QWidget) -> None:
    """Show a window and make it active, so its keyboard shortcuts work."""
    widget.show()
    widget.activateWindow()
    widget.raise_()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)


@pytest.fixture(autouse=True)
def close_meeting_editors(qapp):
    """Editors left open by a test (even a failing one) close without asking at the end."""
    yield
    from secretariat.ui import meeting_editor

    for editor in list(meeting_editor._OPEN.values()):
        editor.keeper.enabled = False
        editor._closing_without_asking = True
        editor.close()
    QApplication.processEvents()

"""The meeting editor window, one per meeting, and the start-up offer of unsaved text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..core.context import AppContext

if TYPE_CHECKING:
    from .window import MeetingEditor

_OPEN: dict[tuple[int, int], "MeetingEditor"] = {}


def _forget(key: tuple[int, int], editor: "MeetingEditor") -> None:
    if _OPEN.get(key) is editor:
        del _OPEN[key]


def open_editors(context: AppContext) -> list["MeetingEditor"]:
    return [editor for (ctx, _m), editor in _OPEN.items() if ctx == id(context)]


def find_editor(context: AppContext, meeting_id: int) -> "MeetingEditor | None":
    return _OPEN.get((id(context), meeting_id))


def open_meeting_editor(context: AppContext, meeting_id: int, parent: QWidget | None = None,
                        tab: str | None = None, action_id: int | None = None) -> "MeetingEditor":
    """Show the editor of a meeting (bringing an already open one to the front)."""
    from .window import MeetingEditor

    key = (id(context), meeting_id)
    editor = _OPEN.get(key)
    if editor is None:
        editor = MeetingEditor(context, meeting_id, parent)
        _OPEN[key] = editor
        editor.destroyed.connect(lambda *_a, k=key, e=editor: _forget(k, e))
        editor.closed.connect(lambda k=key, e=editor: _forget(k, e))
    if tab is not None:
        editor.show_tab(tab)
    if action_id is not None:
        editor.show_tab("actions")
        editor.actions.select(action_id)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def close_all(context: AppContext) -> bool:
    """Close every editor of *context*, asking about unsaved changes; False if one stays open."""
    return all(editor.close() for editor in open_editors(context))

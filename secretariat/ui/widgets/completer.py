"""Line edits that complete as you type from the directory (or any search function).

The popup lists what the service finds for the words typed so far, in any script
and any case (the services search the folded ``search_text`` column). Enter picks
the highlighted entry, the entry whose name is exactly what was typed, or the only
entry found; otherwise ``not_found`` offers the caller to create a new record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...db import Database
from ...models.base import fold
from ...services import directory
from ...services.names import localized

ORGANIZATION = "organization"
PERSON = "person"


@dataclass(frozen=True)
class Choice:
    kind: str
    id: int
    label: str
    match_keys: tuple[str, ...] = field(default=(), compare=False)
    organization_id: int | None = None


SearchFunction = Callable[[str], Sequence[Choice]]


class SearchPicker(QLineEdit):
    """A line edit with a popup of matches from *search*; emits ``chosen(Choice)``."""

    chosen = Signal(object)
    not_found = Signal(str)

    def __init__(self, search: SearchFunction, parent: QWidget | None = None, placeholder: str = "",
                 delay_ms: int = 80) -> None:
        super().__init__(parent)
        self._search = search
        self._choices: list[Choice] = []
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.update_matches)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._on_return)

    def choices(self) -> list[Choice]:
        return list(self._choices)

    def update_matches(self) -> None:
        """Ask the search function for the current text and show the popup."""
        self._timer.stop()
        text = self.text().strip()
        self._choices = list(self._search(text)) if text else []
        self._model.clear()
        for choice in self._choices:
            item = QStandardItem(choice.label)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._choices and self.hasFocus():
            self.completer_.complete()
            # Nothing highlighted: Enter must not take the first of several matches silently.
            self.completer_.popup().setCurrentIndex(QModelIndex())
        else:
            self.completer_.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._choices):
            self._pick(self._choices[index.row()])

    def _pick(self, choice: Choice) -> None:
        self.completer_.popup().hide()
        self.clear()
        self._choices = []
        self.chosen.emit(choice)

    def _on_return(self) -> None:
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer reports the highlighted entry itself
        if self._timer.isActive():
            self.update_matches()
        text = self.text().strip()
        if not text:
            return
        key = fold(text)
        exact = [c for c in self._choices if key in (fold(k) for k in c.match_keys)]
        if len(exact) == 1:
            self._pick(exact[0])
        elif len(self._choices) == 1:
            self._pick(self._choices[0])
        elif self._choices:
            self.show_choices()
        else:
            popup.hide()
            self.not_found.emit(text)

    def show_choices(self) -> None:
        """The typed text matches several: show them all, highlight none, add nothing."""
        self.completer_.complete()
        self.completer_.popup().setCurrentIndex(QModelIndex())


def directory_search(db: Callable[[], Database], kinds: Sequence[str] = (ORGANIZATION, PERSON),
                     limit: int = 15) -> SearchFunction:
    """Organizations and/or people whose names contain every typed word."""

    def search(text: str) -> list[Choice]:
        found: list[Choice] = []
        if ORGANIZATION in kinds:
            for org in directory.list_organizations(db(), text, limit=limit):
                name, short = localized(org, "name"), localized(org, "short_name")  # the interface's language
                label = f"{name} ({short})" if short else name
                found.append(Choice(ORGANIZATION, org.id, label, tuple(directory.organization_names(org))))
        if PERSON in kinds:
            for person in directory.list_people(db(), text, limit=limit):
                details = localized(person, "position")
                label = f"{person.full_name} — {details}" if details else person.full_name
                found.append(Choice(PERSON, person.id, label, (person.full_name,), person.organization_id))
        return found

    return search


class DirectoryPicker(SearchPicker):
    """Completion over organizations and/or people of the directory."""

    def __init__(self, db: Callable[[], Database], kinds: Sequence[str] = (ORGANIZATION, PERSON),
                 parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(directory_search(db, kinds), parent, placeholder)
        self.kinds = tuple(kinds)


class ChoiceField(SearchPicker):
    """A field holding one record (an organizer, a chair), chosen by typing part of its name.

    Clearing the text clears the value; text that names nothing is put back to the
    current value when the field is left.
    """

    value_changed = Signal()

    def __init__(self, search: SearchFunction, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(search, parent, placeholder)
        self._value: int | None = None
        self._label = ""
        self.editingFinished.connect(self._settle)
        self.textChanged.connect(self._on_text)

    def value(self) -> int | None:
        return self._value

    def label(self) -> str:
        return self._label

    def set_value(self, value: int | None, label: str = "") -> None:
        self._value, self._label = value, (label if value is not None else "")
        blocker = self.blockSignals(True)
        try:
            self.setText(self._label)
        finally:
            self.blockSignals(blocker)

    def _pick(self, choice: Choice) -> None:
        self.completer_.popup().hide()
        changed = choice.id != self._value
        self.set_value(choice.id, choice.label)
        self._choices = []
        self.chosen.emit(choice)
        if changed:
            self.value_changed.emit()

    def _on_text(self, text: str) -> None:
        if not text.strip() and self._value is not None:
            self._value, self._label = None, ""
            self.value_changed.emit()

    def _settle(self) -> None:
        popup = self.completer_.popup()
        if popup.isVisible():
            return
        if self.text().strip() and self.text() != self._label:
            self.set_value(self._value, self._label)


def organization_search(db: Callable[[], Database]) -> SearchFunction:
    return directory_search(db, (ORGANIZATION,))


def person_search(db: Callable[[], Database]) -> SearchFunction:
    return directory_search(db, (PERSON,))

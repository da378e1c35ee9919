"""Choosing several organizations: a searchable list of check boxes."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...db import Database
from ...models.base import fold
from ...services import directory
from ...services.names import localized
from ...services.errors import ValidationError
from ..core.formatting import interface_language


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class OrgChoice(tuple):
    """(label, id) as before, plus ``search``: every name and abbreviation in every language."""

    search: str

    def __new__(cls, label: str, org_id: int, search: str = "") -> "OrgChoice":
        choice = super().__new__(cls, (label, org_id))
        choice.search = search or fold(label)
        return choice


def organization_choices(db: Database) -> list[tuple[str, int]]:
    """(label, id) of every organization in the interface's language, by that name.

    The short name leads when there is one. Each choice also carries the folded text of
    all its names, so typing "Минюст" or "Adalat" finds the Ministry of Justice.
    """
    language = interface_language()
    choices = []
    for o in directory.list_organizations(db):
        name, short = localized(o, "name", language), localized(o, "short_name", language)
        choices.append(OrgChoice(f"{short} — {name}" if short else name, o.id,
                                 fold(" ".join(directory.organization_names(o)))))
    choices.sort(key=lambda c: (fold(c[0]), c[1]))
    return choices


class OrgChecklist(QWidget):
    def __init__(self, choices: list[tuple[str, int]], checked: Iterable[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find an organization…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        wanted = set(checked)
        for choice in choices:
            text, org_id = choice
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setData(SEARCH_ROLE, fold(text) + " " + getattr(choice, "search", ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if org_id in wanted else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _i: self._update_summary())
        self._update_summary()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            hay = item.data(SEARCH_ROLE) or fold(item.text())
            item.setHidden(not all(w in hay for w in words))

    def _update_summary(self) -> None:
        names = [self.list.item(i).text().split(" — ")[0] for i in range(self.list.count())
                 if self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.summary.setText(self.tr("Chosen: %1").replace("%1", ", ".join(names)) if names
                             else self.tr("None chosen."))

    def checked_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, org_id: int, checked: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == org_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def org_combo(choices: list[tuple[str, int]], current: int | None = None, none_label: str = "") -> QComboBox:
    """A single-choice organization box, searchable by typing."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
    combo.addItem(none_label, None)
    for choice in choices:
        text, org_id = choice
        combo.addItem(text, org_id)
        combo.setItemData(combo.count() - 1, fold(text) + " " + getattr(choice, "search", ""), SEARCH_ROLE)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


def combo_value(combo: QComboBox, field: str = "organization") -> int | None:
    """The chosen id; text typed that names no organization is refused, not guessed."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    if index < 0:
        index = _by_any_name(combo, text)
    if index < 0:
        raise ValidationError(QCoreApplication.translate("OrgChecklist", "There is no organization called “%1” in the directory. "
                                                                         "Choose one from the list, or add it under Organizations first.")
                              .replace("%1", text), field=field)
    return combo.itemData(index)


def _by_any_name(combo: QComboBox, text: str) -> int:
    """The one organization any of whose names (in any language, or an abbreviation) holds
    every typed word, so "Минюст" or "Adalat" chooses the Ministry of Justice; -1 when none
    or several do (several are refused with their names rather than guessed)."""
    words = fold(text).split()
    found = [i for i in range(combo.count()) if combo.itemData(i) is not None
             and all(w in (combo.itemData(i, SEARCH_ROLE) or "") for w in words)]
    if len(found) > 1:
        raise ValidationError(QCoreApplication.translate(
            "OrgChecklist", "“%1” names several organizations: %2. Choose one from the list.")
            .replace("%1", text).replace("%2", "; ".join(combo.itemText(i) for i in found[:5])))
    return found[0] if found else -1

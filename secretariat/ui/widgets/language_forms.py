"""A small grid for a name's forms in the three working languages.

Rows are the fields (name, short name...), columns the languages, each headed by the
language's name in itself, as its readers look for it. Empty means "no form in that
language": lists and documents then show the default form typed above the grid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

LANGUAGE_NAMES = (("tk", "Türkmençe"), ("ru", "Русский"), ("en", "English"))


class LanguageForms(QWidget):
    """``fields`` are (field name, row label); ``values`` maps "name_ru" etc. to the current text."""

    def __init__(self, fields: Sequence[tuple[str, str]], values: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        for column, (_code, language) in enumerate(LANGUAGE_NAMES, start=1):
            grid.addWidget(QLabel(f"<b>{language}</b>"), 0, column)
        for row, (field, row_label) in enumerate(fields, start=1):
            grid.addWidget(QLabel(row_label), row, 0)
            for column, (code, language) in enumerate(LANGUAGE_NAMES, start=1):
                key = f"{field}_{code}"
                edit = QLineEdit(values.get(key, "") or "")
                edit.setObjectName(key)
                edit.setAccessibleName(f"{row_label} ({language})")
                edit.setMinimumWidth(150)
                self.edits[key] = edit
                grid.addWidget(edit, row, column)
        for column in range(1, len(LANGUAGE_NAMES) + 1):
            grid.setColumnStretch(column, 1)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

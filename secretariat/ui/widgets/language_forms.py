"""A small grid for a name's forms in the three working languages.

Rows are the languages, each named in itself as its readers look for it; columns are
the fields (name, short name...). Empty means "no form in that
language": lists and documents then show the default form typed above the grid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

LANGUAGE_NAMES = (("tk", "Türkmençe"), ("ru", "Русский"), ("en", "English"))


class LanguageForms(QWidget):
    """``fields`` are (field name, column label); ``values`` maps "name_ru" etc. to the current text.

    One row per language, one column per field; the first field (the full name, the
    title) gets most of the width.
    """

    def __init__(self, fields: Sequence[tuple[str, str]], values: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        for column, (_field, column_label) in enumerate(fields, start=1):
            grid.addWidget(QLabel(column_label), 0, column)
            grid.setColumnStretch(column, 3 if column == 1 else 1)
        for row, (code, language) in enumerate(LANGUAGE_NAMES, start=1):
            grid.addWidget(QLabel(f"<b>{language}</b>"), row, 0)
            for column, (field, column_label) in enumerate(fields, start=1):
                key = f"{field}_{code}"
                edit = QLineEdit(values.get(key, "") or "")
                edit.setCursorPosition(0)  # long names show their beginning
                edit.setObjectName(key)
                edit.setAccessibleName(f"{column_label} ({language})")
                self.edits[key] = edit
                grid.addWidget(edit, row, column)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

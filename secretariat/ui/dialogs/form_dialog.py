"""A dialog with a form whose OK saves through a service, staying open on a refusal."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ...services.errors import ValidationError
from ..core.ops import CollectionOp
from ..core.view_tools import show_error
from ..widgets.messages import REFUSALS

if TYPE_CHECKING:
    from ..widgets.language_forms import LanguageForms


class FormDialog(QDialog):
    """Subclasses fill ``self.form`` and implement ``save()``, which names a service call.

    OK runs ``save()`` on the GUI thread, which reads the form and returns
    ``self.call(service, ...)``; the writer then makes that call while the buttons are
    disabled. A ServiceError is shown and the dialog stays open with everything typed,
    the offending field focused. ``result_value`` holds what the service returned.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter makes a new line in the text boxes; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.fields: dict[str, QWidget] = {}
        self.result_value: Any = None
        self.error_box = None

    def finish_layout(self) -> None:
        self.outer.addWidget(self.buttons)

    def add_row(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        self.fields[name] = widget
        self.form.addRow(label, widget)
        return widget

    def add_language_forms(self, fields: list[tuple[str, str]], record: Any) -> "LanguageForms":
        """A grid for *fields*' forms in Turkmen, Russian and English, below the rows so far."""
        from ..widgets.language_forms import LanguageForms

        values = {key: getattr(record, key, "") for field, _label in fields
                  for key in (f"{field}_tk", f"{field}_ru", f"{field}_en")} if record is not None else {}
        forms = LanguageForms(fields, values)
        forms.setObjectName("language_forms")
        self.form.addRow(self.tr("In each language:"), forms)
        self.fields.update(forms.edits)
        return forms

    def save(self) -> Any:
        raise NotImplementedError

    @staticmethod
    def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> partial[Any]:
        """The service call that saves the form, its arguments read from the form now (``save()`` returns it)."""
        return partial(fn, *args, **kwargs)

    def accept(self) -> None:
        try:
            work = self.save()
            if isinstance(work, partial):
                work = CollectionOp(self, work).disabling(self.buttons).wait()
            self.result_value = work
        except REFUSALS as exc:  # e.g. a full disk, or a constraint of the database: said, the form stays open
            self.error_box = show_error(self, exc)
            field = exc.field if isinstance(exc, ValidationError) else None
            if field and field in self.fields:
                self.fields[field].setFocus()
            return
        super().accept()

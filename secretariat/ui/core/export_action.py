"""Export what a list page shows to an Excel workbook, off the UI thread.

Any page with a ``LazyTableModel`` calls::

    export_model(self, self.model, self.tr("Organizations"))

which asks for a file name, then fetches every row of the model's source page by
page in a worker thread (``ui.core.ops.run_in_background``: progress, Cancel) and writes
them with ``io.excel.export.write_table`` under the model's column titles, as the
columns display them. The model's ``fetch`` runs in that worker thread, so it must
not read widgets: pages whose fetch reads a filter widget pass a *fetch* bound to the
current filter values instead (the list pages built on a stored query object are
fine as they are).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from .lazy_model import LazyTableModel
from .ops import Cancelled, Operation, Progress, run_in_background
from ...i18n import PLURAL, translate
from .settings import EXPORT_FOLDER

log = logging.getLogger(__name__)
PAGE = 1000


def _settings(parent: QWidget | None) -> QSettings:
    widget = parent
    while widget is not None:
        context = getattr(widget, "context", None)
        if context is not None and getattr(context, "settings", None) is not None:
            return context.settings
        widget = widget.parentWidget()
    return QSettings()


def safe_file_name(text: str) -> str:
    cleaned = "".join(" " if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text)
    return " ".join(cleaned.split()).strip(" .") or "export"


def ask_save_path(parent: QWidget | None, title: str, name: str | None = None) -> Path | None:
    """The .xlsx file to write, asked with the usual dialog (remembering the folder)."""
    settings = _settings(parent)
    folder = EXPORT_FOLDER.get(settings) or str(Path.home())
    suggested = Path(folder) / f"{safe_file_name(name or title)} {date.today():%Y-%m-%d}.xlsx"
    path, _filter = QFileDialog.getSaveFileName(parent, translate("export", "Export to Excel"), str(suggested),
                                                translate("export", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    EXPORT_FOLDER.set(settings, str(target.parent))
    return target


def export_rows(parent: QWidget | None, path: Path, title: str, headers: Sequence[str],
                rows: Callable[[Progress], Iterator[Sequence[Any]]], *, total: int | None = None,
                on_done: Callable[[int], None] | None = None) -> Operation:
    """Write the rows *rows(progress)* yields to *path* in the background."""
    from ...io.excel.export import write_table

    subtitle = translate("export", "Exported on %1").replace("%1", f"{date.today():%d.%m.%Y}")

    def work(progress: Progress) -> int:
        progress.update(0, total or 0, translate("export", "Exporting %1…").replace("%1", title))
        return write_table(path, title, headers, rows(progress), subtitle=subtitle, progress=progress,
                           total=total)

    def done(count: int) -> None:
        message = translate("export", "%n rows exported to %1", None, PLURAL, count).replace("%1", str(path))
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)
        if on_done is not None:
            on_done(count)

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        log.error("Export to %s failed", path, exc_info=error)
        QMessageBox.warning(parent, translate("export", "Export to Excel"),
                            translate("export", "The list could not be exported: %1").replace("%1", str(error)))

    return run_in_background(parent, work, title=translate("export", "Exporting %1…").replace("%1", title), on_done=done,
                             on_error=failed)


def export_model(parent: QWidget | None, model: LazyTableModel, title: str, *, path: Path | None = None,
                 fetch: Callable[[int, int], Sequence[Any]] | None = None, total: int | None = None,
                 on_done: Callable[[int], None] | None = None) -> Operation | None:
    """Export every row of *model*'s source (not only the rows loaded on screen).

    *path* skips the file dialog; *fetch*/*total* replace the model's own source
    (see the module docstring). Returns the running operation, or None when the
    clerk cancelled the file dialog.
    """
    target = path or ask_save_path(parent, title)
    if target is None:
        return None
    columns = list(model.columns)
    headers = [column.title for column in columns]
    source = fetch or model._fetch  # noqa: SLF001 - the model's own source, read-only
    count = model.rowCount() if total is None else total

    def rows(progress: Progress) -> Iterator[list[Any]]:
        offset = 0
        while offset < count:
            progress.check()
            page = source(offset, min(PAGE, count - offset))
            if not page:
                break
            for item in page:
                yield [_cell(column.display(item)) for column in columns]
            offset += len(page)
            progress.update(offset, count)

    return export_rows(parent, target, title, headers, rows, total=count, on_done=on_done)


def export_measures(parent: QWidget | None, context: Any, query: Any, title: str, *, path: Path | None = None,
                    on_done: Callable[[int], None] | None = None) -> Operation | None:
    """The measures a ``services.plans.MeasureQuery`` selects (the Plans view's filters).

    The columns are those the measures import recognises, so the file can go to a
    ministry and come back with statuses filled in.
    """
    from ...io.excel.lists import label
    from ...services import plans

    target = path or ask_save_path(parent, title)
    if target is None:
        return None
    headers = [translate("export", "Plan"), translate("export", "No."), translate("export", "Measure"),
               translate("export", "Lead agency"), translate("export", "Co-implementers"),
               translate("export", "Partners"),
               translate("export", "Deadline"), translate("export", "Status"), translate("export", "Last report"), translate("export", "Last progress")]
    db = context.db

    def rows(progress: Progress) -> Iterator[list[Any]]:
        progress.check()
        for row in plans.list_measures(db, query, limit=None):
            yield [row.plan_title, row.number, row.text, _lines(row.lead), _lines(row.co_implementers),
                   _lines(row.partners), row.deadline_text or None, label(row.status), row.progress_on,
                   row.progress_text or None]

    return export_rows(parent, target, title, headers, rows, on_done=on_done)


def _lines(names: str) -> str | None:
    """"MFA, MoJ" as one name per line (an agency's name may hold a comma, a line never)."""
    return "\n".join(part.strip() for part in names.split(", ") if part.strip()) or None


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, date)):
        return value
    return str(value)


__all__ = ["ask_save_path", "export_measures", "export_model", "export_rows", "safe_file_name"]

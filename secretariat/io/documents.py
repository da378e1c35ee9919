"""The official PDFs, from the database to a file: one entry point for the CLI and the GUI.

``build_minutes`` prints a meeting's minutes; ``build_report`` one of ``REPORTS``.
Both gather their data with ``services.report_data`` (a few set-based queries), lay
it out with ``io.pdf`` and write to a path or a binary buffer. A *progress* object,
if given, is told how far the layout has got (``update(done, total, label)``) and may
stop the work by raising from ``check()`` (the GUI's ``ui.core.ops.Progress`` does both).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Any, BinaryIO, Protocol

from reportlab.platypus import Flowable

from ..db import Database
from ..i18n import QT_TRANSLATE_NOOP, current_language, in_language, translate
from ..services import report_data
from ..services.names import language_code
from ..services.report_data import ReportFilters
from .pdf import minutes as minutes_pdf
from .pdf.reports import action_items, commission_year, organization_dues, plan_implementation, recommendations
from .pdf.reports.common import CheckpointFlowable, build_report as write_report

Target = str | os.PathLike[str] | BinaryIO

FILTER_PERIOD = "period"
FILTER_PLAN = "plan"
FILTER_ORGANIZATION = "organization"
FILTER_MECHANISM = "mechanism"
FILTER_YEAR = "year"


class ProgressLike(Protocol):
    def update(self, done: int, total: int | None = None, label: str | None = None) -> None: ...

    def check(self) -> None: ...


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: Callable[[], str]
    description: Callable[[], str]
    filters: tuple[str, ...]
    gather: Callable[[Database, ReportFilters], Any]
    layout: ModuleType


def _lazy(text: str) -> Callable[[], str]:
    """The text, translated when shown; *text* is marked with QT_TRANSLATE_NOOP("reports", ...)."""
    return lambda: translate("reports", text)


REPORTS: dict[str, ReportSpec] = {spec.name: spec for spec in (
    ReportSpec("plan-implementation", _lazy(QT_TRANSLATE_NOOP("reports", "Plan implementation")),
               _lazy(QT_TRANSLATE_NOOP("reports", "per plan: measures by status and by lead organization, "
                                                  "overdue measures, progress reported in the period")),
               (FILTER_PERIOD, FILTER_PLAN, FILTER_ORGANIZATION), report_data.plan_implementation,
               plan_implementation),
    ReportSpec("recommendations", _lazy(QT_TRANSLATE_NOOP("reports", "Recommendations")),
               _lazy(QT_TRANSLATE_NOOP("reports", "by position, implementation status, SDG and theme; "
                                                  "recommendations not linked to any measure")),
               (FILTER_MECHANISM, FILTER_ORGANIZATION), report_data.recommendations_report, recommendations),
    ReportSpec("action-items", _lazy(QT_TRANSLATE_NOOP("reports", "Action items from meetings")),
               _lazy(QT_TRANSLATE_NOOP("reports", "open and overdue action items grouped by responsible "
                                                  "organization (period: due date)")),
               (FILTER_PERIOD, FILTER_ORGANIZATION), report_data.action_items_report, action_items),
    ReportSpec("commission-year", _lazy(QT_TRANSLATE_NOOP("reports", "The Commission's year")),
               _lazy(QT_TRANSLATE_NOOP("reports", "meetings held, decisions taken, reports submitted, plans, "
                                                  "and the work plan for the next year")),
               (FILTER_YEAR,), report_data.year_report, commission_year),
    ReportSpec("organization-dues", _lazy(QT_TRANSLATE_NOOP("reports", "What each organization owes")),
               _lazy(QT_TRANSLATE_NOOP("reports", "a summary of every organization, then one page each: open "
                                                  "action items, measures due, reports not submitted, what is "
                                                  "overdue")),
               (FILTER_PERIOD, FILTER_PLAN, FILTER_ORGANIZATION), report_data.organization_dues,
               organization_dues),
)}


@dataclass(frozen=True)
class BuiltDocument:
    pages: int
    title: str
    suggested_name: str


def _slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-") or "document"


def _checkpoint(story_counter: list[int], progress: ProgressLike | None, label: str) -> Callable[[], None]:
    done = [0]

    def tick() -> None:
        done[0] += 1
        if progress is not None:
            progress.update(done[0], max(story_counter[0], done[0]), label)
            progress.check()

    return tick


def _count_checkpoints(story: list[Flowable]) -> int:
    return sum(isinstance(f, CheckpointFlowable) for f in story)


def _step(progress: ProgressLike | None, label: str) -> None:
    if progress is not None:
        progress.update(0, 0, label)
        progress.check()


def build_minutes(db: Database, meeting_id: int, target: Target, *, progress: ProgressLike | None = None,
                  author: str = "") -> BuiltDocument:
    """The minutes of one meeting; DRAFT-watermarked until they are approved."""
    _step(progress, translate("reports", "Reading the minutes…"))
    data = report_data.minutes_data(db, meeting_id)
    expected = [0]
    tick = _checkpoint(expected, progress, translate("reports", "Laying out the pages…"))
    story = minutes_pdf.minutes_story(data, tick)
    expected[0] = _count_checkpoints(story)
    number = data.number if data.number is not None else data.id
    pages = minutes_pdf.build_minutes_pdf(data, target, story=story, author=author)
    title = minutes_pdf.minutes_header(data)
    return BuiltDocument(pages, title, f"minutes-{data.year}-{number}.pdf")


def build_report(db: Database, name: str, filters: ReportFilters, target: Target, *,
                 progress: ProgressLike | None = None, author: str = "", language: str | None = None) -> BuiltDocument:
    """One of ``REPORTS`` by name, with *filters*, written in *language* ("tk", "ru", "en").

    Without *language* the report is in the language in force (``in_language`` around the
    call, else the interface's). Headings, labels and names all follow it; the progress
    labels stay in the interface's language.
    """
    spec = REPORTS.get(name)
    if spec is None:
        raise KeyError(name)
    code = language_code(language)
    _step(progress, translate("reports", "Gathering the data…"))
    with in_language(language or current_language()):
        data = spec.gather(db, filters)
    expected = [0]
    tick = _checkpoint(expected, progress, translate("reports", "Laying out the pages…"))
    with in_language(language or current_language()):
        story = spec.layout.story(data, tick)
        expected[0] = _count_checkpoints(story)
        furniture = spec.layout.furniture(data)
        pages = write_report(target, story, furniture, author=author, printed_on=filters.today, language=code)
    return BuiltDocument(pages, furniture.title, f"{spec.name}-{(filters.today or date.today()).isoformat()}.pdf")


def minutes_file_name(reference: str) -> str:
    return f"minutes-{_slug(reference.replace('/', '-'))}.pdf"

"""The areas of the main window, in navigation order.

Each entry builds its page on first visit, so start-up pays only for the Dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:  # the window's frame lists the areas before the pages and SQLAlchemy are loaded
    from ..core.context import AppContext
    from .base import Page


@dataclass(frozen=True)
class Area:
    key: str
    title: Callable[[], str]
    build: Callable[[AppContext], Page]


def _count(context: AppContext, model: type) -> int:
    from sqlalchemy import func, select

    with context.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _placeholder(title: Callable[[], str], model_name: str) -> Callable[[AppContext], Page]:
    def build(context: AppContext) -> Page:
        from ... import models
        from .placeholder import PlaceholderPage

        return PlaceholderPage(context, title(), lambda: _count(context, getattr(models, model_name)))
    return build


def _dashboard(context: AppContext) -> Page:
    from .dashboard.page import DashboardPage

    return DashboardPage(context)


def _organizations(context: AppContext) -> Page:
    from .organizations import OrganizationsPage

    return OrganizationsPage(context)


def _plans(context: AppContext) -> Page:
    from .plans.page import PlansPage

    return PlansPage(context)


def _recommendations(context: AppContext) -> Page:
    from .recommendations.page import RecommendationsPage

    return RecommendationsPage(context)


def _national_reports(context: AppContext) -> Page:
    from .national_reports.page import NationalReportsPage

    return NationalReportsPage(context)


def _meetings(context: AppContext) -> Page:
    from .meetings import MeetingsPage

    return MeetingsPage(context)


def _action_items(context: AppContext) -> Page:
    from .action_items import ActionItemsPage

    return ActionItemsPage(context)


def _lazy(text: str) -> Callable[[], str]:
    """The title, translated when shown; *text* is marked with QT_TRANSLATE_NOOP("navigation", ...)."""
    return lambda: QCoreApplication.translate("navigation", text)


AREAS: list[Area] = [
    Area("dashboard", _lazy(QT_TRANSLATE_NOOP("navigation", "Dashboard")), _dashboard),
    Area("meetings", _lazy(QT_TRANSLATE_NOOP("navigation", "Meetings")), _meetings),
    Area("action_items", _lazy(QT_TRANSLATE_NOOP("navigation", "Action items")), _action_items),
    Area("plans", _lazy(QT_TRANSLATE_NOOP("navigation", "Plans")), _plans),
    Area("recommendations", _lazy(QT_TRANSLATE_NOOP("navigation", "Recommendations")), _recommendations),
    Area("national_reports", _lazy(QT_TRANSLATE_NOOP("navigation", "Reports to UN bodies")), _national_reports),
    Area("organizations", _lazy(QT_TRANSLATE_NOOP("navigation", "Organizations")), _organizations),
]

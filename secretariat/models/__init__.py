"""The data model: SQLAlchemy 2.0 typed declarative classes, no behaviour beyond shape."""

from . import events
from .base import Base, fold, utcnow
from .checkout import CheckoutCopy, MeetingCheckout
from .directory import Organization, Person
from .enums import *  # noqa: F403
from .journal import AuditEntry, Draft, ImportLayout
from .meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    action_item_organization,
    agenda_item_measure,
    agenda_item_recommendation,
)
from .indicators import Indicator
from .minutes import ActionItemEvent, MinutesCirculation, MinutesRevision
from .plans import Measure, MeasureOrganization, Plan, PlanSection, ProgressReport
from .recommendations import (
    Recommendation,
    recommendation_country,
    recommendation_measure,
    recommendation_organization,
    recommendation_sdg,
    recommendation_tag,
)
from .reference import SDG_TITLES, Country, Sdg, Tag
from .reporting import ReportingCycle
from .sdg_targets import (
    TARGET_LINKS,
    SdgTarget,
    indicator_sdg_target,
    measure_sdg_target,
    recommendation_sdg_target,
)
from .reports import NationalReport
from .settings import Setting

events.install()

__all__ = [
    "ActionItem", "ActionItemEvent", "AgendaItem", "Attendance", "AuditEntry", "Base", "CheckoutCopy", "Country", "Decision",
    "Draft", "ImportLayout", "Indicator", "Measure", "MeasureOrganization", "Meeting", "MeetingCheckout", "MinutesCirculation", "MinutesRevision", "NationalReport",
    "Organization", "Person", "Plan", "PlanSection", "ProgressReport", "Recommendation", "ReportingCycle",
    "SDG_TITLES", "Sdg", "SdgTarget", "Setting", "TARGET_LINKS", "Tag", "fold", "utcnow",
    "action_item_organization", "agenda_item_measure", "agenda_item_recommendation",
    "recommendation_country", "recommendation_measure", "recommendation_organization",
    "recommendation_sdg", "recommendation_tag",
    "indicator_sdg_target", "measure_sdg_target", "recommendation_sdg_target",
]

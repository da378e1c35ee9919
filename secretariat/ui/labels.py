"""Translated, human labels for the stored vocabulary values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _labels() -> dict[str, str]:
    # Built at call time so that a translator installed after import applies.
    return {
        # organizations
        "parliament": _t("Parliament"), "ministry": _t("Ministry"), "department": _t("Department"),
        "ombudsman": _t("Ombudsman"), "public_organization": _t("Public organization"),
        "un_agency": _t("UN agency"), "international_organization": _t("International organization"),
        "embassy": _t("Embassy"), "other": _t("Other"),
        # meetings
        "commission_meeting": _t("Commission meeting"), "working_meeting": _t("Working meeting"),
        "briefing": _t("Briefing"), "seminar": _t("Seminar"), "consultation": _t("Consultation"),
        "conference": _t("Conference"), "in_person": _t("In person"), "hybrid": _t("Hybrid"),
        "online": _t("Online"), "planned": _t("Planned"), "held": _t("Held"),
        "minutes_drafted": _t("Minutes drafted"),
        "minutes_circulated": _t("Minutes circulated"), "minutes_approved": _t("Minutes approved"),
        "chair": _t("Chair"), "member": _t("Member"), "invited": _t("Invited"), "observer": _t("Observer"),
        "secretary": _t("Secretary"), "present": _t("Present"), "absent": _t("Absent"),
        "represented": _t("Represented"), "information": _t("Information"), "decision": _t("Decision"),
        "task": _t("Task"), "open": _t("Open"), "done": _t("Done"), "cancelled": _t("Cancelled"),
        "tk": _t("Turkmen"), "ru": _t("Russian"), "en": _t("English"),
        # plans
        "national_action_plan": _t("National action plan"), "ihl_plan": _t("IHL plan"),
        "work_plan": _t("Work plan"), "roadmap": _t("Roadmap"), "not_started": _t("Not started"),
        "in_progress": _t("In progress"), "completed": _t("Completed"),
        "partially_completed": _t("Partially completed"), "not_completed": _t("Not completed"),
        "lead": _t("Lead"), "co_implementer": _t("Co-implementer"), "partner": _t("Partner"),
        # recommendations
        "upr": _t("UPR"), "treaty_body": _t("Treaty body"), "special_procedure": _t("Special procedure"),
        "supported": _t("Supported"),
        "partially_supported": _t("Partially supported"), "noted": _t("Noted"), "pending": _t("Pending"),
        "partially_implemented": _t("Partially implemented"), "implemented": _t("Implemented"),
        "not_implemented": _t("Not implemented"),
        # national reports
        "in_preparation": _t("In preparation"), "submitted": _t("Submitted"), "considered": _t("Considered"),
    }


def label(value: str | None) -> str:
    """The label for a stored value; unknown values are shown as stored."""
    if not value:
        return ""
    return _labels().get(value, value)


def choices(values: list[str]) -> list[tuple[str, str]]:
    """(value, label) pairs for a combo box."""
    return [(v, label(v)) for v in values]

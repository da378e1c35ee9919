"""Human labels for the stored vocabulary values (organization kinds, meeting kinds and
statuses, roles, measure and recommendation statuses, positions...), one table for every
layer: screens, documents, exports and the command line show the same words."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, translate

# Marked for the catalogues here, translated when shown (so the language chosen at
# display time applies).
VALUE_LABELS: dict[str, str] = {
    # organizations
    "parliament": QT_TRANSLATE_NOOP("labels", "Parliament"),
    "ministry": QT_TRANSLATE_NOOP("labels", "Ministry"),
    "department": QT_TRANSLATE_NOOP("labels", "Department"),
    "ombudsman": QT_TRANSLATE_NOOP("labels", "Ombudsman"),
    "public_organization": QT_TRANSLATE_NOOP("labels", "Public organization"),
    "un_agency": QT_TRANSLATE_NOOP("labels", "UN agency"),
    "international_organization": QT_TRANSLATE_NOOP("labels", "International organization"),
    "embassy": QT_TRANSLATE_NOOP("labels", "Embassy"), "other": QT_TRANSLATE_NOOP("labels", "Other"),
    # meetings
    "commission_meeting": QT_TRANSLATE_NOOP("labels", "Commission meeting"),
    "working_meeting": QT_TRANSLATE_NOOP("labels", "Working meeting"),
    "briefing": QT_TRANSLATE_NOOP("labels", "Briefing"), "seminar": QT_TRANSLATE_NOOP("labels", "Seminar"),
    "consultation": QT_TRANSLATE_NOOP("labels", "Consultation"),
    "conference": QT_TRANSLATE_NOOP("labels", "Conference"),
    "in_person": QT_TRANSLATE_NOOP("labels", "In person"), "hybrid": QT_TRANSLATE_NOOP("labels", "Hybrid"),
    "online": QT_TRANSLATE_NOOP("labels", "Online"), "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "held": QT_TRANSLATE_NOOP("labels", "Held"),
    "minutes_drafted": QT_TRANSLATE_NOOP("labels", "Minutes drafted"),
    "minutes_approved": QT_TRANSLATE_NOOP("labels", "Minutes approved"),
    "chair": QT_TRANSLATE_NOOP("labels", "Chair"), "member": QT_TRANSLATE_NOOP("labels", "Member"),
    "invited": QT_TRANSLATE_NOOP("labels", "Invited"), "observer": QT_TRANSLATE_NOOP("labels", "Observer"),
    "secretary": QT_TRANSLATE_NOOP("labels", "Secretary"), "present": QT_TRANSLATE_NOOP("labels", "Present"),
    "absent": QT_TRANSLATE_NOOP("labels", "Absent"),
    "represented": QT_TRANSLATE_NOOP("labels", "Represented"),
    "information": QT_TRANSLATE_NOOP("labels", "Information"),
    "decision": QT_TRANSLATE_NOOP("labels", "Decision"),
    "task": QT_TRANSLATE_NOOP("labels", "Task"), "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"), "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    "tk": QT_TRANSLATE_NOOP("labels", "Turkmen"), "ru": QT_TRANSLATE_NOOP("labels", "Russian"),
    "en": QT_TRANSLATE_NOOP("labels", "English"),
    # plans
    "national_action_plan": QT_TRANSLATE_NOOP("labels", "National action plan"),
    "ihl_plan": QT_TRANSLATE_NOOP("labels", "IHL plan"),
    "work_plan": QT_TRANSLATE_NOOP("labels", "Work plan"), "roadmap": QT_TRANSLATE_NOOP("labels", "Roadmap"),
    "not_started": QT_TRANSLATE_NOOP("labels", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
    "partially_completed": QT_TRANSLATE_NOOP("labels", "Partially completed"),
    "not_completed": QT_TRANSLATE_NOOP("labels", "Not completed"),
    "lead": QT_TRANSLATE_NOOP("labels", "Lead"),
    "co_implementer": QT_TRANSLATE_NOOP("labels", "Co-implementer"),
    "partner": QT_TRANSLATE_NOOP("labels", "Partner"),
    # recommendations
    "upr": QT_TRANSLATE_NOOP("labels", "UPR"), "treaty_body": QT_TRANSLATE_NOOP("labels", "Treaty body"),
    "special_procedure": QT_TRANSLATE_NOOP("labels", "Special procedure"),
    "supported": QT_TRANSLATE_NOOP("labels", "Supported"), "noted": QT_TRANSLATE_NOOP("labels", "Noted"),
    "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
    "partially_implemented": QT_TRANSLATE_NOOP("labels", "Partially implemented"),
    "implemented": QT_TRANSLATE_NOOP("labels", "Implemented"),
    "not_implemented": QT_TRANSLATE_NOOP("labels", "Not implemented"),
    # national reports
    "in_preparation": QT_TRANSLATE_NOOP("labels", "In preparation"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Submitted"),
    "considered": QT_TRANSLATE_NOOP("labels", "Considered"),
}


def label(value: str | None) -> str:
    """The label for a stored value, in the current language; unknown values as stored."""
    if not value:
        return ""
    source = VALUE_LABELS.get(value)
    return translate("labels", source) if source else value

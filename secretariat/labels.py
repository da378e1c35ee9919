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
    "minutes_circulated": QT_TRANSLATE_NOOP("labels", "Minutes circulated"),
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
    "partially_supported": QT_TRANSLATE_NOOP("labels", "Partially supported"),
    "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
    "partially_implemented": QT_TRANSLATE_NOOP("labels", "Partially implemented"),
    "implemented": QT_TRANSLATE_NOOP("labels", "Implemented"),
    "not_implemented": QT_TRANSLATE_NOOP("labels", "Not implemented"),
    # national reports
    "in_preparation": QT_TRANSLATE_NOOP("labels", "In preparation"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Submitted"),
    "considered": QT_TRANSLATE_NOOP("labels", "Considered"),
}


# The 17 Sustainable Development Goals' short titles (the database keeps the English ones).
SDG_GOAL_TITLES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("sdg", "No poverty"),
    2: QT_TRANSLATE_NOOP("sdg", "Zero hunger"),
    3: QT_TRANSLATE_NOOP("sdg", "Good health and well-being"),
    4: QT_TRANSLATE_NOOP("sdg", "Quality education"),
    5: QT_TRANSLATE_NOOP("sdg", "Gender equality"),
    6: QT_TRANSLATE_NOOP("sdg", "Clean water and sanitation"),
    7: QT_TRANSLATE_NOOP("sdg", "Affordable and clean energy"),
    8: QT_TRANSLATE_NOOP("sdg", "Decent work and economic growth"),
    9: QT_TRANSLATE_NOOP("sdg", "Industry, innovation and infrastructure"),
    10: QT_TRANSLATE_NOOP("sdg", "Reduced inequalities"),
    11: QT_TRANSLATE_NOOP("sdg", "Sustainable cities and communities"),
    12: QT_TRANSLATE_NOOP("sdg", "Responsible consumption and production"),
    13: QT_TRANSLATE_NOOP("sdg", "Climate action"),
    14: QT_TRANSLATE_NOOP("sdg", "Life below water"),
    15: QT_TRANSLATE_NOOP("sdg", "Life on land"),
    16: QT_TRANSLATE_NOOP("sdg", "Peace, justice and strong institutions"),
    17: QT_TRANSLATE_NOOP("sdg", "Partnerships for the goals"),
}


def sdg_title(number: int) -> str:
    """A goal's short title in the language shown ("Quality education", «Качественное образование»)."""
    title = SDG_GOAL_TITLES.get(number)
    return translate("sdg", title) if title else ""


def label(value: str | None) -> str:
    """The label for a stored value, in the current language; unknown values as stored."""
    if not value:
        return ""
    source = VALUE_LABELS.get(value)
    return translate("labels", source) if source else value


# The names of the recorded fields, as the History panels show them ("status", "starts_at"
# → "Status", "Starts at"); context "fields".
FIELD_LABELS: dict[str, str] = {
    "adopted_on": QT_TRANSLATE_NOOP("fields", "Adopted on"),
    "adopting_act": QT_TRANSLATE_NOOP("fields", "Adopting act"),
    "agenda_item_id": QT_TRANSLATE_NOOP("fields", "Agenda item"),
    "assessment": QT_TRANSLATE_NOOP("fields", "Assessment"),
    "body": QT_TRANSLATE_NOOP("fields", "Body"),
    "chair_id": QT_TRANSLATE_NOOP("fields", "Chair"),
    "completed_on": QT_TRANSLATE_NOOP("fields", "Completed on"),
    "completion_note": QT_TRANSLATE_NOOP("fields", "Completion note"),
    "cycle": QT_TRANSLATE_NOOP("fields", "Cycle"),
    "deadline_end": QT_TRANSLATE_NOOP("fields", "Deadline until"),
    "deadline_recurring": QT_TRANSLATE_NOOP("fields", "Recurring deadline"),
    "deadline_start": QT_TRANSLATE_NOOP("fields", "Deadline from"),
    "deadline_text": QT_TRANSLATE_NOOP("fields", "Deadline"),
    "deadline_understood": QT_TRANSLATE_NOOP("fields", "Deadline understood"),
    "decision_id": QT_TRANSLATE_NOOP("fields", "Decision"),
    "document_symbol": QT_TRANSLATE_NOOP("fields", "Document"),
    "due_date": QT_TRANSLATE_NOOP("fields", "Due date"),
    "email": QT_TRANSLATE_NOOP("fields", "Email"),
    "ends_at": QT_TRANSLATE_NOOP("fields", "Ends at"),
    "full_name": QT_TRANSLATE_NOOP("fields", "Full name"),
    "heard": QT_TRANSLATE_NOOP("fields", "Heard"),
    "indicators": QT_TRANSLATE_NOOP("fields", "Indicators"),
    "is_member": QT_TRANSLATE_NOOP("fields", "Member of the Commission"),
    "is_standing": QT_TRANSLATE_NOOP("fields", "Standing item"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "language": QT_TRANSLATE_NOOP("fields", "Language"),
    "measure_id": QT_TRANSLATE_NOOP("fields", "Measure"),
    "measures": QT_TRANSLATE_NOOP("fields", "Measures"),
    "mechanism": QT_TRANSLATE_NOOP("fields", "Mechanism"),
    "meeting_id": QT_TRANSLATE_NOOP("fields", "Meeting"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "number": QT_TRANSLATE_NOOP("fields", "Number"),
    "organization_id": QT_TRANSLATE_NOOP("fields", "Organization"),
    "organizer_id": QT_TRANSLATE_NOOP("fields", "Organizer"),
    "paragraph": QT_TRANSLATE_NOOP("fields", "Paragraph"),
    "parent_id": QT_TRANSLATE_NOOP("fields", "Parent"),
    "period_end": QT_TRANSLATE_NOOP("fields", "Period until"),
    "period_start": QT_TRANSLATE_NOOP("fields", "Period from"),
    "person_id": QT_TRANSLATE_NOOP("fields", "Person"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "plan_id": QT_TRANSLATE_NOOP("fields", "Plan"),
    "position": QT_TRANSLATE_NOOP("fields", "Position"),
    "presence": QT_TRANSLATE_NOOP("fields", "Presence"),
    "presenter": QT_TRANSLATE_NOOP("fields", "Presenter"),
    "recommendations": QT_TRANSLATE_NOOP("fields", "Recommendations"),
    "reported_on": QT_TRANSLATE_NOOP("fields", "Reported on"),
    "represented_by": QT_TRANSLATE_NOOP("fields", "Represented by"),
    "responsible": QT_TRANSLATE_NOOP("fields", "Responsible"),
    "responsible_id": QT_TRANSLATE_NOOP("fields", "Responsible"),
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    "sdgs": QT_TRANSLATE_NOOP("fields", "SDGs"),
    "secretary_id": QT_TRANSLATE_NOOP("fields", "Secretary"),
    "section_id": QT_TRANSLATE_NOOP("fields", "Section"),
    "session": QT_TRANSLATE_NOOP("fields", "Session"),
    "short_name": QT_TRANSLATE_NOOP("fields", "Short name"),
    "short_title": QT_TRANSLATE_NOOP("fields", "Short title"),
    "source_of_position": QT_TRANSLATE_NOOP("fields", "Source of position"),
    "spoke": QT_TRANSLATE_NOOP("fields", "Spoke"),
    "starts_at": QT_TRANSLATE_NOOP("fields", "Starts at"),
    "states": QT_TRANSLATE_NOOP("fields", "States"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "submitted_on": QT_TRANSLATE_NOOP("fields", "Submitted on"),
    "summary": QT_TRANSLATE_NOOP("fields", "Summary"),
    "tags": QT_TRANSLATE_NOOP("fields", "Tags"),
    "text": QT_TRANSLATE_NOOP("fields", "Text"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "venue": QT_TRANSLATE_NOOP("fields", "Venue"),
    "year": QT_TRANSLATE_NOOP("fields", "Year"),
}


def field_label(name: str) -> str:
    """The name of a recorded field in words, in the current language."""
    source = FIELD_LABELS.get(name)
    return translate("fields", source) if source else name.replace("_", " ").strip().capitalize()

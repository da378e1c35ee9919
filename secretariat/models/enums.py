"""Closed vocabularies stored as short strings.

Stored as plain strings (not database ENUMs) so adding a value needs no table rebuild;
the services validate against these classes. Labels for people live in the UI layer.
"""

from __future__ import annotations

from enum import StrEnum


class OrganizationKind(StrEnum):
    PARLIAMENT = "parliament"
    MINISTRY = "ministry"
    DEPARTMENT = "department"
    OMBUDSMAN = "ombudsman"
    PUBLIC_ORGANIZATION = "public_organization"
    UN_AGENCY = "un_agency"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    EMBASSY = "embassy"
    OTHER = "other"


class MeetingKind(StrEnum):
    COMMISSION = "commission_meeting"
    WORKING = "working_meeting"
    BRIEFING = "briefing"
    SEMINAR = "seminar"
    CONSULTATION = "consultation"
    CONFERENCE = "conference"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    HYBRID = "hybrid"
    ONLINE = "online"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_CIRCULATED = "minutes_circulated"
    MINUTES_APPROVED = "minutes_approved"


class Language(StrEnum):
    TURKMEN = "tk"
    RUSSIAN = "ru"
    ENGLISH = "en"


class AttendanceRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    INVITED = "invited"
    OBSERVER = "observer"
    SECRETARY = "secretary"


class Presence(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    REPRESENTED = "represented"


class OutcomeKind(StrEnum):
    """What an agenda item's decision is: for the record, a decision, or a task."""

    INFORMATION = "information"
    DECISION = "decision"
    TASK = "task"


class AgendaPurpose(StrEnum):
    """What a standing agenda item does besides carrying minutes."""

    NONE = ""
    ACTION_REVIEW = "action_review"
    APPROVE_MINUTES = "approve_minutes"


class ReviewOutcome(StrEnum):
    """What a meeting decided about an earlier meeting's action item."""

    DONE = "done"
    CARRIED_OVER = "carried_over"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class PlanKind(StrEnum):
    NATIONAL_ACTION_PLAN = "national_action_plan"
    IHL_PLAN = "ihl_plan"
    WORK_PLAN = "work_plan"
    ROADMAP = "roadmap"
    OTHER = "other"


class MeasureStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    PARTIALLY_COMPLETED = "partially_completed"
    NOT_COMPLETED = "not_completed"
    CANCELLED = "cancelled"


class MeasureRole(StrEnum):
    LEAD = "lead"
    CO_IMPLEMENTER = "co_implementer"
    PARTNER = "partner"


class Mechanism(StrEnum):
    UPR = "upr"
    TREATY_BODY = "treaty_body"
    SPECIAL_PROCEDURE = "special_procedure"


class Position(StrEnum):
    SUPPORTED = "supported"
    #: "Supported/Noted", "Supported in part": counted apart, neither supported nor noted.
    PARTIALLY_SUPPORTED = "partially_supported"
    NOTED = "noted"
    PENDING = "pending"


class ImplementationStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PARTIALLY_IMPLEMENTED = "partially_implemented"
    IMPLEMENTED = "implemented"
    NOT_IMPLEMENTED = "not_implemented"


class TagKind(StrEnum):
    THEME = "theme"
    GROUP = "group"


class ReportStatus(StrEnum):
    PLANNED = "planned"
    IN_PREPARATION = "in_preparation"
    SUBMITTED = "submitted"
    CONSIDERED = "considered"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    REOPEN = "reopen"
    IMPORT = "import"
    RESTORE = "restore"
    MERGE = "merge"


TREATY_BODIES: tuple[str, ...] = (
    "CCPR", "CESCR", "CEDAW", "CRC", "CAT", "CERD", "CRPD", "CMW", "CED",
)

"""The minutes of a meeting in the regional "protocol" layout.

    MINUTES No. 1 / of the meeting of the Commission / date, place
    Chaired by ... / PRESENT (by kind of organization) / ABSENT / INVITED
    AGENDA: 1. ... 2. ...
    1. Title  HEARD: ...  SPOKE: ...  DECIDED: 1.1 ... 1.2 ...
    ACTION ITEMS (table) / Chair ______  Secretary ______

Headings, names (organizations, positions, the Commission) and any translated text follow
the meeting's language, never the screens' language.
Until the minutes are approved every page carries a DRAFT watermark.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from secretariat.i18n import in_language
from secretariat.io.pdf.document import CONTENT_WIDTH, EndsWith, build_pdf, make_styles
from secretariat.io.pdf.headings import KIND_ORDER, heading, kind_group, language_of, long_date, short_date
from secretariat.io.pdf.markup import escape_text, rich_to_flowables, safe_paragraph
from secretariat.io.pdf.reports.common import CheckpointFlowable
from secretariat.io.pdf.tables import data_table
from secretariat.services.action_review import ReviewRow
from secretariat.services.report_data import AttendanceLine, DecisionLine, MinutesData, PersonLine

Checkpoint = Callable[[], None]

_CHAIR, _SECRETARY, _MEMBER, _INVITED, _OBSERVER = "chair", "secretary", "member", "invited", "observer"
_ABSENT = "absent"


def minutes_styles() -> dict[str, ParagraphStyle]:
    styles = make_styles()
    body = styles["body"]
    styles["label"] = ParagraphStyle("label", parent=body, fontName=f"{body.fontName}-Bold", spaceBefore=4,
                                     spaceAfter=2, keepWithNext=1, alignment=0)
    styles["indented"] = ParagraphStyle("indented", parent=body, leftIndent=8 * mm)
    styles["group"] = ParagraphStyle("group", parent=body, fontName=f"{body.fontName}-Oblique", leftIndent=4 * mm,
                                     spaceBefore=2, spaceAfter=1, keepWithNext=1, alignment=0)
    styles["attendee"] = ParagraphStyle("attendee", parent=body, leftIndent=12 * mm, firstLineIndent=-4 * mm,
                                        spaceAfter=1, alignment=0)
    styles["numbered"] = ParagraphStyle("numbered", parent=body, leftIndent=6 * mm, firstLineIndent=-6 * mm, alignment=0)
    styles["decision"] = ParagraphStyle("decision", parent=body, leftIndent=18 * mm, firstLineIndent=-10 * mm, alignment=0)
    styles["place"] = ParagraphStyle("place", parent=styles["subtitle"], textColor=body.textColor, spaceAfter=14)
    styles["approval"] = ParagraphStyle("approval", parent=styles["place"], spaceBefore=-8, spaceAfter=14)
    return styles


def _person_text(person: PersonLine | None) -> str:
    if person is None:
        return ""
    return ", ".join(part for part in (person.name, person.position) if part.strip())


def _attendee_text(line: AttendanceLine, language: str) -> str:
    who = ", ".join(part for part in (line.person, line.position) if part.strip())
    parts = [line.organization] if line.organization else []
    if who:
        parts.append(who)
    text = " \u2014 ".join(parts)
    if line.represented_by.strip():
        text += f" ({heading(language, 'represented_by', who=line.represented_by.strip())})"
    if line.note.strip():
        text += f" [{line.note.strip()}]"
    return text


def _grouped(lines: list[AttendanceLine], language: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Attendees grouped by kind of organization, in the protocol's customary order."""
    groups: dict[str, list[AttendanceLine]] = defaultdict(list)
    for line in lines:
        groups[line.organization_kind if line.organization_kind in KIND_ORDER else "other"].append(line)
    story: list[Flowable] = []
    for kind in KIND_ORDER:
        if not groups.get(kind):
            continue
        story.append(Paragraph(escape_text(kind_group(language, kind)) + ":", styles["group"]))
        story.extend(safe_paragraph("\u2013 " + escape_text(_attendee_text(line, language)), styles["attendee"])
                     for line in groups[kind])
    return story


def _attendance(data: MinutesData, language: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    chair = _person_text(data.chair) or ", ".join(
        _attendee_text(a, language) for a in data.attendance if a.role == _CHAIR)
    if chair:
        story.append(safe_paragraph(f"<b>{escape_text(heading(language, 'chaired_by'))}</b> {escape_text(chair)}",
                                    styles["body"]))
    attending = [a for a in data.attendance if a.presence != _ABSENT and a.role not in (_CHAIR, _SECRETARY)]
    members = [a for a in attending if a.role not in (_INVITED, _OBSERVER)]
    invited = [a for a in attending if a.role == _INVITED]
    observers = [a for a in attending if a.role == _OBSERVER]
    absent = [a for a in data.attendance if a.presence == _ABSENT and a.role != _SECRETARY]
    if members:
        story.append(Paragraph(escape_text(heading(language, "present")), styles["label"]))
        story.append(Paragraph(escape_text(heading(language, "members")), styles["indented"]))
        story.extend(_grouped(members, language, styles))
    if absent:
        story.append(Paragraph(escape_text(heading(language, "absent")), styles["label"]))
        story.extend(_grouped(absent, language, styles))
    if invited:
        story.append(Paragraph(escape_text(heading(language, "invited")), styles["label"]))
        story.extend(_grouped(invited, language, styles))
    if observers:
        story.append(Paragraph(escape_text(heading(language, "observers")), styles["label"]))
        story.extend(_grouped(observers, language, styles))
    secretary = _person_text(data.secretary) or ", ".join(
        _attendee_text(a, language) for a in data.attendance if a.role == _SECRETARY)
    if secretary:
        story.append(safe_paragraph(f"<b>{escape_text(heading(language, 'secretary_line'))}</b> "
                                    f"{escape_text(secretary)}", styles["body"]))
    return story


def _decisions(decisions: tuple[DecisionLine, ...], language: str, styles: dict[str, ParagraphStyle],
               checkpoint: Checkpoint | None) -> list[Flowable]:
    story: list[Flowable] = []
    for decision in decisions:
        # decisions are typed as plain text (one line edit per decision), never as HTML
        note = f" <i>{escape_text(heading(language, 'information'))}</i>" if decision.kind == "information" else ""
        story.append(safe_paragraph(f"{escape_text(decision.number)}.\u00a0{escape_text(decision.text)}{note}",
                                    styles["decision"]))
        if checkpoint:
            story.append(CheckpointFlowable(checkpoint))
    return story


def _outcome_text(row: ReviewRow, language: str) -> str:
    if row.outcome == "carried_over":
        return heading(language, "outcome_carried_over", date=short_date(row.new_due_date))
    return heading(language, f"outcome_{row.outcome}") if row.outcome in ("done", "dropped") else row.outcome


def _review_table(rows: tuple[ReviewRow, ...], language: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The marks this meeting gave the earlier meetings' action items."""
    widths = [0.05, 0.30, 0.17, 0.13, 0.16, 0.19]
    headers = [heading(language, key) for key in
               ("col_no", "col_action", "col_responsible", "col_due", "col_outcome", "col_note")]
    body = [[str(n), f"{row.text} ({row.meeting_reference})", "; ".join(row.responsible),
             short_date(row.due_date), _outcome_text(row, language), row.note]
            for n, row in enumerate(rows, start=1)]
    return [Paragraph(f"<b>{escape_text(heading(language, 'review_heading'))}</b>", styles["label"]),
            data_table(headers, body, [w * CONTENT_WIDTH for w in widths], styles)]


def _approval_line(data: MinutesData, language: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    approval = data.approval
    if approval is None or not data.approved:
        return []
    number = approval.meeting_number if approval.meeting_number is not None else approval.meeting_reference
    text = heading(language, "approved_line", number=number, date=short_date(approval.meeting_date))
    return [safe_paragraph(f"<i>{escape_text(text)}</i>", styles["place"])]


def _signatures(data: MinutesData, language: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    line = "_" * 24
    rows = [[Paragraph(escape_text(heading(language, "chair_sign")), styles["body"]), line,
             Paragraph(escape_text(data.chair.name if data.chair else ""), styles["body"])],
            [Paragraph(escape_text(heading(language, "secretary_sign")), styles["body"]), line,
             Paragraph(escape_text(data.secretary.name if data.secretary else ""), styles["body"])]]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.28, CONTENT_WIDTH * 0.36, CONTENT_WIDTH * 0.36],
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                    ("FONT", (0, 0), (-1, -1), styles["body"].fontName, styles["body"].fontSize),
                                    ("TOPPADDING", (0, 0), (-1, -1), 14),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
                  hAlign="LEFT")
    return [Spacer(1, 10 * mm), table]


def _with_signatures(story: list[Flowable], signatures: list[Flowable]) -> list[Flowable]:
    """The signatures kept on the page of the last text (a decision, a table row), never alone."""
    for index in range(len(story) - 1, -1, -1):
        if not isinstance(story[index], (CheckpointFlowable, CondPageBreak, Spacer)):
            return [*story[:index], EndsWith(story[index], signatures), *story[index + 1:]]
    return [*story, KeepTogether(signatures)]


_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def presenter_text(presenter: str) -> str:
    """A presenter as the agenda prints it in brackets, with no brackets inside.

    "Ministry of Foreign Affairs (R. Meredow)" becomes "Ministry of Foreign Affairs, R. Meredow".
    """
    text = " ".join(presenter.split())
    while _BRACKETED.search(text):
        text = _BRACKETED.sub(lambda m: f", {m.group(1).strip()}" if m.group(1).strip() else "", text)
    return text.replace("(", "").replace(")", "").strip(" ,")


def _approval(data: MinutesData, language: str) -> str:
    if not data.approved:
        return ""
    if data.approved_on is None:
        return heading(language, "approved")
    return heading(language, "approved_on", date=long_date(language, data.approved_on))


def _when_and_where(data: MinutesData, language: str) -> str:
    when = long_date(language, data.starts_at)
    if data.starts_at.hour or data.starts_at.minute:
        when += f", {data.starts_at:%H:%M}"
        if data.ends_at is not None and data.ends_at.date() == data.starts_at.date():
            when += f"\u2013{data.ends_at:%H:%M}"
    return ", ".join(part for part in (when, data.venue.strip()) if part)


def _commission(data: MinutesData) -> dict[str, str]:
    """The Commission's name as stored in the database, when there is one."""
    return {"commission": data.commission} if data.commission.strip() else {}


def minutes_story(data: MinutesData, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    """The flowables of the minutes; build a fresh story for every PDF."""
    with in_language(language_of(data.language)):
        return _minutes_story(data, checkpoint)


def _minutes_story(data: MinutesData, checkpoint: Checkpoint | None) -> list[Flowable]:
    language = language_of(data.language)
    styles = minutes_styles()
    number = data.number if data.number is not None else data.id
    story: list[Flowable] = [
        Paragraph(escape_text(heading(language, "minutes_title", number=number)), styles["title"]),
        # a Commission meeting names the Commission; a seminar, briefing... says what it was
        Paragraph(escape_text(heading(language, f"minutes_of_{data.kind}", **_commission(data))), styles["subtitle"]),
    ]
    if data.title.strip():
        story.append(safe_paragraph(f"<b>{escape_text(data.title)}</b>", styles["subtitle"]))
    story.append(safe_paragraph(escape_text(_when_and_where(data, language)), styles["place"]))
    if data.approval is not None and data.approved:
        story.extend(_approval_line(data, language, styles))  # approved at a later meeting
    elif approval := _approval(data, language):
        story.append(Paragraph(f"<i>{escape_text(approval)}</i>", styles["approval"]))
    story.extend(_attendance(data, language, styles))

    if data.agenda:
        story.append(Paragraph(escape_text(heading(language, "agenda")), styles["heading1"]))
        for item in data.agenda:
            who = presenter_text(item.presenter)
            presenter = f" ({escape_text(who)})" if who else ""
            story.append(safe_paragraph(f"{item.position}.\u00a0{escape_text(item.title)}{presenter}",
                                        styles["numbered"]))
    # the review table goes under the first review item; without one, in a section of its own
    review_item = next((item for item in data.agenda if item.purpose == "action_review"), None)
    for item in data.agenda:
        story.append(CondPageBreak(40 * mm))
        story.append(safe_paragraph(f"{item.position}.\u00a0{escape_text(item.title)}", styles["heading1"]))
        heard = rich_to_flowables(item.heard, styles["indented"])
        if item.presenter.strip() or heard:
            presenter = f" {escape_text(item.presenter)}" if item.presenter.strip() else ""
            story.append(safe_paragraph(f"<b>{escape_text(heading(language, 'heard'))}</b>{presenter}",
                                        styles["label"]))
            story.extend(heard)
        spoke = rich_to_flowables(item.spoke, styles["indented"])
        if spoke:
            story.append(Paragraph(f"<b>{escape_text(heading(language, 'spoke'))}</b>", styles["label"]))
            story.extend(spoke)
        if item.decisions:
            story.append(Paragraph(f"<b>{escape_text(heading(language, 'decided'))}</b>", styles["label"]))
            story.extend(_decisions(item.decisions, language, styles, checkpoint))
        reviewed = data.review if item.purpose == "action_review" and item is review_item else ()
        if reviewed:
            story.extend(_review_table(reviewed, language, styles))
        if not (heard or spoke or item.decisions or reviewed):
            story.append(Paragraph(f"<i>{escape_text(heading(language, 'no_minutes'))}</i>", styles["indented"]))
        if checkpoint:
            story.append(CheckpointFlowable(checkpoint))
    if data.other_decisions:
        story.append(Paragraph(escape_text(heading(language, "other_decisions")), styles["heading1"]))
        story.extend(_decisions(data.other_decisions, language, styles, checkpoint))

    if data.review and review_item is None:
        story.append(CondPageBreak(40 * mm))
        story.extend(_review_table(data.review, language, styles))
    if data.actions:
        story.append(CondPageBreak(40 * mm))
        story.append(Paragraph(escape_text(heading(language, "actions")), styles["heading1"]))
        widths = [0.06, 0.42, 0.26, 0.14, 0.12]
        story.append(data_table(
            [heading(language, key) for key in ("col_no", "col_action", "col_responsible", "col_due", "col_decision")],
            [[str(a.number), a.text, "; ".join(a.responsible), short_date(a.due_date), a.decision_number]
             for a in data.actions],
            [w * CONTENT_WIDTH for w in widths], styles))
    return _with_signatures(story, _signatures(data, language, styles))


def minutes_header(data: MinutesData) -> str:
    language = language_of(data.language)
    number = data.number if data.number is not None else data.id
    short = heading(language, "minutes_short", number=number, date=short_date(data.starts_at))
    return f"{short} \u2014 {data.commission_short.strip() or heading(language, 'commission_short')}"


def build_minutes_pdf(data: MinutesData, target: str | os.PathLike[str] | BinaryIO, *,
                      checkpoint: Checkpoint | None = None, story: list[Flowable] | None = None,
                      author: str = "") -> int:
    """Write the minutes to *target* (a path or a binary buffer); returns the page count.

    *story* is a fresh ``minutes_story(data)`` made by the caller (to count its steps).
    """
    language = language_of(data.language)
    number = data.number if data.number is not None else data.id
    with in_language(language):
        return build_pdf(
            target, story if story is not None else minutes_story(data, checkpoint),
            title=heading(language, "minutes_short", number=number, date=short_date(data.starts_at)),
            header_text=minutes_header(data),
            footer_text=data.title,
            watermark=None if data.approved else heading(language, "watermark"),
            page_label=lambda n, total: heading(language, "page", n=n, total=total),
            author=author, language=language,
        )

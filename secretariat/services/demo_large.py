"""A synthetic database of realistic size, for benchmarks.

20 years of meetings, 10 plans with 20,000 measures, 20,000 recommendations and
100,000 progress reports, written with bulk Core inserts (the ORM would take minutes).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any, Callable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Measure,
    MeasureOrganization,
    Meeting,
    NationalReport,
    Organization,
    Plan,
    PlanSection,
    ProgressReport,
    Recommendation,
    action_item_organization,
    fold,
    recommendation_measure,
    recommendation_organization,
    recommendation_sdg,
    utcnow,
)
from . import audit
from .demo import ORGANIZATIONS

Progress = Callable[[str], None]

WORDS = ("strengthen ensure adopt review implement ratify train develop monitor protect rights women "
         "children persons disabilities legislation education health labour migration justice ombudsman "
         "права женщин детей законодательство образование обеспечить укрепить hukuklary aýallaryň "
         "çagalaryň kanunçylyk bilim üpjün etmek").split()
MEASURE_STATUSES = ["not_started", "in_progress", "in_progress", "completed", "partially_completed",
                    "not_completed"]
IMPL_STATUSES = ["not_started", "in_progress", "partially_implemented", "implemented", "not_implemented"]
MEETING_KINDS = ["commission_meeting", "working_meeting", "briefing", "seminar", "consultation", "conference"]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def _bulk(s: Session, table: Any, rows: list[dict[str, Any]], chunk: int = 5000) -> None:
    for start in range(0, len(rows), chunk):
        s.execute(insert(table), rows[start:start + chunk])


def fill_large(db: Database, *, seed: int = 2024, progress: Progress | None = None,
               measures_per_plan: int = 2000, recommendations: int = 20000,
               progress_reports: int = 100000, years: int = 20) -> dict[str, int]:
    """Fill an empty database with synthetic records (deterministic for a seed)."""
    rng = random.Random(seed)
    say = progress or (lambda _msg: None)
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    with db.write() as s:
        say("organizations")
        _bulk(s, Organization, [
            {"name": n, "short_name": sn, "kind": k, "is_member": m, "notes": "", "search_text": fold(f"{n} {sn}"),
             **stamp} for n, sn, k, m in ORGANIZATIONS])
        org_ids = list(s.scalars(select(Organization.id)))

        say("meetings")
        first_year = 2026 - years + 1
        meeting_rows, agenda_rows = [], []
        meeting_id = agenda_id = 0
        for year in range(first_year, 2027):
            for number in range(1, 26):
                meeting_id += 1
                starts = datetime(year, 1, 10, 10) + timedelta(days=14 * (number - 1))
                title = f"Meeting {number}/{year}: " + _sentence(rng, 6)
                status = "minutes_approved" if year < 2026 else rng.choice(["planned", "held", "minutes_drafted"])
                meeting_rows.append({
                    "id": meeting_id, "kind": rng.choice(MEETING_KINDS), "year": year, "number": number,
                    "title": title, "starts_at": starts, "venue": "Ashgabat", "format": "in_person",
                    "language": rng.choice(["tk", "ru", "en"]), "status": status, "notes": "",
                    "search_text": fold(title + " Ashgabat"), "organizer_id": org_ids[0], **stamp})
                for position in range(1, 11):
                    agenda_id += 1
                    text = _sentence(rng, 8)
                    agenda_rows.append({"id": agenda_id, "meeting_id": meeting_id, "position": position,
                                        "title": text, "presenter": "", "is_standing": False,
                                        "heard": "", "spoke": "", "search_text": fold(text)})
        _bulk(s, Meeting, meeting_rows)
        _bulk(s, AgendaItem, agenda_rows)
        _bulk(s, Attendance, [{"meeting_id": m["id"], "organization_id": oid, "role": "member",
                               "presence": "present", "represented_by": "", "note": ""}
                              for m in meeting_rows for oid in org_ids[:12]])
        _bulk(s, Decision, [{"meeting_id": a["meeting_id"], "agenda_item_id": a["id"], "position": 1,
                             "kind": "decision", "text": a["title"], "search_text": a["search_text"]}
                            for a in agenda_rows[::2]])
        action_rows = [{"id": i + 1, "meeting_id": m["id"], "text": _sentence(rng, 6),
                        "due_date": m["starts_at"].date() + timedelta(days=60),
                        "status": rng.choice(["open", "in_progress", "done", "done"]), "completion_note": "",
                        "search_text": "", **stamp} for i, m in enumerate(meeting_rows)]
        _bulk(s, ActionItem, action_rows)
        s.execute(insert(action_item_organization),
                  [{"action_item_id": a["id"], "organization_id": rng.choice(org_ids)} for a in action_rows])

        say("plans and measures")
        measure_rows, link_rows, measure_id = [], [], 0
        for p in range(10):
            start = 2016 + p
            plan = Plan(title=f"Synthetic national action plan {p + 1} for {start}-{start + 4}",
                        short_title=f"Plan {p + 1}", kind="national_action_plan", period_start=start,
                        period_end=start + 4)
            s.add(plan)
            s.flush()
            section_ids = []
            for n in range(1, 11):
                section = PlanSection(plan_id=plan.id, number=str(n), title=_sentence(rng, 4), position=n)
                s.add(section)
                s.flush()
                section_ids.append(section.id)
            for n in range(measures_per_plan):
                measure_id += 1
                year = start + rng.randrange(5)
                text = _sentence(rng, 14)
                section_no = n % 10 + 1
                measure_rows.append({
                    "id": measure_id, "plan_id": plan.id, "section_id": section_ids[section_no - 1],
                    "number": f"{section_no}.{n // 10 + 1}", "position": n + 1, "text": text,
                    "deadline_text": str(year), "deadline_start": date(year, 1, 1),
                    "deadline_end": date(year, 12, 31), "deadline_recurring": False,
                    "deadline_understood": True, "status": rng.choice(MEASURE_STATUSES),
                    "search_text": fold(text), **stamp})
                link_rows.append({"measure_id": measure_id, "organization_id": rng.choice(org_ids),
                                  "role": "lead"})
        _bulk(s, Measure, measure_rows)
        _bulk(s, MeasureOrganization, link_rows)

        say("progress reports")
        _bulk(s, ProgressReport, [
            {"measure_id": rng.randint(1, measure_id), "reported_on": date(2016 + rng.randrange(10), 12, 20),
             "organization_id": rng.choice(org_ids), "text": "Progress reported", "status": "in_progress",
             "search_text": "progress reported"} for _ in range(progress_reports)])

        say("recommendations")
        rec_rows = []
        for n in range(1, recommendations + 1):
            cycle = 1 + n % 4
            text = _sentence(rng, 16)
            para = f"{100 + n // 1000}.{n % 1000 + 1}"
            rec_rows.append({
                "id": n, "natural_key": f"upr|UPR|{cycle}|{n}", "mechanism": "upr", "body": "UPR",
                "cycle": cycle, "session": "", "document_symbol": "", "paragraph": para, "text": text,
                "position": "supported" if rng.random() < 0.64 else "noted", "source_of_position": "",
                "status": rng.choice(IMPL_STATUSES), "assessment": "", "search_text": fold(f"{para} {text}"),
                **stamp})
        _bulk(s, Recommendation, rec_rows)
        s.execute(insert(recommendation_sdg),
                  [{"recommendation_id": r["id"], "sdg_number": rng.randint(1, 17)} for r in rec_rows])
        s.execute(insert(recommendation_organization),
                  [{"recommendation_id": r["id"], "organization_id": rng.choice(org_ids)} for r in rec_rows])
        s.execute(insert(recommendation_measure),
                  [{"recommendation_id": r["id"], "measure_id": rng.randint(1, measure_id)}
                   for r in rec_rows if rng.random() < 0.5])

        say("national reports")
        _bulk(s, NationalReport, [
            {"mechanism": "treaty_body", "body": body, "title": f"Periodic report {i}",
             "cycle": str(i), "due_date": date(2010 + 2 * i, 6, 30),
             "submitted_on": date(2010 + 2 * i, 5, 1) if 2010 + 2 * i < 2026 else None,
             "status": "submitted" if 2010 + 2 * i < 2026 else "in_preparation", "notes": "",
             "search_text": fold(body), **stamp}
            for i in range(1, 10) for body in ("CCPR", "CESCR", "CEDAW", "CRC", "CAT", "CERD", "CRPD")])
        audit.record(s, "import", "database", 0, "Synthetic large demo database created",
                     {"measures": measure_id, "recommendations": recommendations})
        return {"meetings": len(meeting_rows), "agenda_items": len(agenda_rows), "measures": measure_id,
                "recommendations": recommendations, "progress_reports": progress_reports}

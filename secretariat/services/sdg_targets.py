"""SDG targets: the list to pick from, and the targets a recommendation, measure or indicator names.

A recommendation that names a target also names its goal (the goal-level links, counts and
filters keep working as before); measures and indicators have target links only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..db import Database
from ..db.sql_functions import among
from ..i18n import translate
from ..models import (
    TARGET_LINKS,
    AuditAction,
    Indicator,
    Measure,
    Recommendation,
    SdgTarget,
    recommendation_sdg,
    utcnow,
)
from . import audit
from .common import get_or_raise
from .errors import ValidationError
from .names import pick

#: The kinds of record that can name targets, with what a message calls them.
OWNER_MODELS: dict[str, type[Any]] = {"recommendation": Recommendation, "measure": Measure, "indicator": Indicator}


@dataclass(frozen=True)
class TargetChoice:
    """A target as a picker or a detail view shows it."""

    code: str
    goal: int
    text: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.text}"


def target_text(target: Any, language: str | None = None) -> str:
    """The target's official text in *language*; where none is known, the nearest other one."""
    return pick({"en": target.text_en, "ru": target.text_ru, "tk": target.text_tk}, None, language)


def list_targets(db: Database, language: str | None = None) -> list[TargetChoice]:
    """All 169 targets in the official order (1.1 ... 1.b, 2.1 ... 17.19)."""
    with db.read() as s:
        return [TargetChoice(t.code, t.goal, target_text(t, language))
                for t in s.scalars(select(SdgTarget).order_by(SdgTarget.position))]


def code_key(code: str) -> tuple[int, int, str]:
    """Sort key of a code in the official order: numbered targets, then the lettered ones."""
    goal, _, rest = code.partition(".")
    return (int(goal) if goal.isdigit() else 99, int(rest) if rest.isdigit() else 1000, rest)


def _link_table(owner: str) -> Any:
    if owner not in TARGET_LINKS:
        raise ValidationError(translate("services", "Only recommendations, measures and indicators name SDG targets."))
    return TARGET_LINKS[owner]


def _owner_column(owner: str) -> Any:
    return _link_table(owner).c[f"{owner}_id"]


def checked_codes(s: Session, codes: Iterable[str]) -> list[str]:
    """*codes* without repeats, in the official order; an unknown code is refused by name."""
    wanted = list(dict.fromkeys(c.strip().lower() for c in codes if c and c.strip()))
    if not wanted:
        return []
    known = {code.lower(): code for code in s.scalars(select(SdgTarget.code).where(
        func.lower(SdgTarget.code).in_(wanted)))}
    unknown = [c for c in wanted if c not in known]
    if unknown:
        bad = ", ".join(unknown)
        raise ValidationError(translate("services", "There is no SDG target {codes}.").format(codes=bad),
                              field="sdg_targets")
    return sorted((known[c] for c in wanted), key=code_key)


def codes_of(s: Session, owner: str, owner_id: int) -> list[str]:
    table = _link_table(owner)
    return sorted(s.scalars(select(table.c.sdg_target_code).where(_owner_column(owner) == owner_id)),
                  key=code_key)


def codes_by_owner(s: Session, owner: str, owner_ids: Sequence[int]) -> dict[int, list[str]]:
    """The target codes of many records at once (lists, exports), in the official order."""
    table, column = _link_table(owner), _owner_column(owner)
    found: dict[int, list[str]] = {}
    ids = list(owner_ids)
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for owner_id, code in s.execute(select(column, table.c.sdg_target_code).where(among(s, column, chunk))):
            found.setdefault(owner_id, []).append(code)
    return {k: sorted(v, key=code_key) for k, v in found.items()}


def replace_targets(s: Session, owner: str, owner_id: int, codes: Iterable[str], add_goals: bool = True,
                    touch: bool = True) -> list[str]:
    """Exactly *codes* are the record's targets (inside the caller's transaction).

    *add_goals* False: the caller has already linked a recommendation to the targets' goals.
    *touch*: a change of targets counts as a change of the record (its version, its audit
    entry), so that another copy of the app editing it is told; False for a record created
    in the same transaction.
    """
    wanted = checked_codes(s, codes)
    s.flush()
    table, column = _link_table(owner), _owner_column(owner)
    current = set(codes_of(s, owner, owner_id))
    gone = current - set(wanted)
    if gone:
        s.execute(delete(table).where(column == owner_id, table.c.sdg_target_code.in_(gone)))
    new = [c for c in wanted if c not in current]
    if new:
        s.execute(insert(table), [{f"{owner}_id": owner_id, "sdg_target_code": c} for c in new])
    if owner == "recommendation" and wanted and add_goals:
        _add_goals(s, owner_id, wanted)
    if touch and (gone or new):
        record = s.get(OWNER_MODELS[owner], owner_id)
        if record is not None:
            record.updated_at = utcnow()  # a new version
            audit.record(s, AuditAction.UPDATE.value, owner, owner_id,
                         translate("services", "SDG targets: {codes}").format(codes=", ".join(wanted) or "—"),
                         {"sdg_targets": {"removed": sorted(gone, key=code_key), "added": new}})
    return wanted


def goals_of(s: Session, codes: Sequence[str]) -> set[int]:
    return set(s.scalars(select(SdgTarget.goal).where(SdgTarget.code.in_(list(codes))))) if codes else set()


def _add_goals(s: Session, rec_id: int, codes: list[str]) -> None:
    """A recommendation naming a target names its goal too."""
    goals = goals_of(s, codes)
    have = set(s.scalars(select(recommendation_sdg.c.sdg_number)
                         .where(recommendation_sdg.c.recommendation_id == rec_id)))
    missing = sorted(goals - have)
    if missing:
        s.execute(insert(recommendation_sdg), [{"recommendation_id": rec_id, "sdg_number": n} for n in missing])
        loaded = s.get(Recommendation, rec_id)
        if loaded is not None:
            s.expire(loaded, ["sdgs"])  # read again when next used


def _owner_or_raise(s: Session, owner: str, owner_id: int) -> None:
    _link_table(owner)
    names = {"recommendation": translate("services", "Recommendation"), "measure": translate("services", "Measure"),
             "indicator": translate("services", "Indicator")}
    get_or_raise(s, OWNER_MODELS[owner], owner_id, names[owner])


def targets_of(db: Database, owner: str, owner_id: int, language: str | None = None) -> list[TargetChoice]:
    """The targets a recommendation, measure or indicator names, for its detail view."""
    with db.read() as s:
        codes = codes_of(s, owner, owner_id)
        rows = {t.code: t for t in s.scalars(select(SdgTarget).where(SdgTarget.code.in_(codes)))} if codes else {}
        return [TargetChoice(c, rows[c].goal, target_text(rows[c], language)) for c in codes]


def set_targets(db: Database, owner: str, owner_id: int, codes: Iterable[str]) -> list[str]:
    """Exactly these targets (codes such as "16.3") are the record's; returns them in order."""
    with db.write() as s:
        _owner_or_raise(s, owner, owner_id)
        return replace_targets(s, owner, owner_id, codes)


def link_targets(db: Database, owner: str, owner_id: int, codes: Iterable[str]) -> list[str]:
    """Add targets to the record (keeps those it has)."""
    with db.write() as s:
        _owner_or_raise(s, owner, owner_id)
        return replace_targets(s, owner, owner_id, [*codes_of(s, owner, owner_id), *codes])


def unlink_target(db: Database, owner: str, owner_id: int, code: str) -> list[str]:
    """Remove one target from the record (its goal stays linked to a recommendation)."""
    with db.write() as s:
        _owner_or_raise(s, owner, owner_id)
        return replace_targets(s, owner, owner_id, [c for c in codes_of(s, owner, owner_id)
                                                    if c.lower() != code.strip().lower()])


def target_counts(s: Session, owner: str, owner_ids: Any, language: str | None = None) -> list[tuple[str, str, int]]:
    """(code, label, count) of the targets the records in *owner_ids* (a select) name, in order."""
    table, column = _link_table(owner), _owner_column(owner)
    found = dict(s.execute(select(table.c.sdg_target_code, func.count()).where(column.in_(owner_ids))
                           .group_by(table.c.sdg_target_code)).all())
    if not found:
        return []
    rows = s.scalars(select(SdgTarget).where(SdgTarget.code.in_(list(found))).order_by(SdgTarget.position))
    return [(t.code, f"{t.code} {target_text(t, language)}", int(found[t.code])) for t in rows]


def short_text(text: str, width: int = 70) -> str:
    """The start of a target's text, cut at a word, for a line of a breakdown."""
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"


def write_target_links(s: Session, owner: str, rows: Sequence[tuple[int, str]],
                       replace_ids: Sequence[int] = ()) -> None:
    """Bulk form for imports: the links of *replace_ids* are dropped, then *rows* are added.

    The codes must be known ones (the import reads only those); repeats are left out.
    """
    table, column = _link_table(owner), _owner_column(owner)
    ids = list(dict.fromkeys(replace_ids))
    for start in range(0, len(ids), 900):
        s.execute(delete(table).where(column.in_(ids[start:start + 900])))
    unique = list(dict.fromkeys(rows))
    for start in range(0, len(unique), 5000):
        s.execute(insert(table), [{f"{owner}_id": owner_id, "sdg_target_code": code}
                                  for owner_id, code in unique[start:start + 5000]])

"""Importing the directory of organizations: names, short names, kinds, parents.

An organization is recognised by its name or short name (any case or script, with
or without "of Turkmenistan"), so a re-import updates instead of duplicating. The
parent may be another row of the same file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...i18n import translate
from ...models import Organization, OrganizationKind, fold
from ..directory import organization_names
from .base import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    Decision,
    ImportOptions,
    Parsed,
    ProgressLike,
    RowAction,
)
from .lookups import OrgIndex

KIND = "organizations"
TABLE = "organization"


@dataclass
class OrganizationInput:
    row: int
    label: str
    name: str = ""
    short_name: str | None = None
    kind: str | None = None
    parent: str | None = None
    member: bool | None = None
    warnings: list[str] = field(default_factory=list)
    error: tuple[str, str] | None = None


def _renames(text: str, org: Organization, short: bool = False) -> bool:
    """Whether *text* is a new name for *org* rather than one of the names it already has.

    A Russian list matched by the Russian name leaves the name typed first as it is; a
    full name given as the short name (or the reverse) is no rename either. A change of
    the current name itself (its case, say) still is.
    """
    current = org.short_name if short else org.name
    if text == current:
        return False
    others = [name for name in organization_names(org) if name != current]
    return fold(text) not in {fold(name) for name in others}


def decide(session: Session, parsed: Parsed, options: ImportOptions,
           progress: ProgressLike) -> Decision:
    decision = Decision()
    index = OrgIndex.load(session)
    current = {org.id: org for org in session.scalars(select(Organization))}
    in_file = {fold(item.name) for item in parsed.records if item.error is None}
    targets: dict[int, int | None] = {}
    for item in parsed.records:
        action = RowAction(row=item.row, action=CREATE, label=item.label, warnings=list(item.warnings))
        decision.rows.append(action)
        if item.error is not None:
            action.action, action.column, action.reason = ERROR, item.error[0], item.error[1]
            continue
        org_id = index.find(item.name)
        if org_id is None and item.short_name:
            org_id = index.find(item.short_name)
        targets[item.row] = org_id
        parent_id = index.find(item.parent) if item.parent else None
        if item.parent and parent_id is None and fold(item.parent) not in in_file:
            action.warnings.append(translate("excel", "The parent organization \"{name}\" is unknown; it will "
                                                      "be added.").format(name=item.parent))
        if org_id is None:
            action.reason = translate("excel", "New organization.")
            continue
        row = current[org_id]
        changes = []
        if _renames(item.name, row):
            changes.append(translate("excel", "name"))
        if item.short_name and _renames(item.short_name, row, short=True):
            changes.append(translate("excel", "short name"))
        if item.kind and item.kind != row.kind:
            changes.append(translate("excel", "kind"))
        if item.member is not None and item.member != row.is_member:
            changes.append(translate("excel", "Commission member"))
        if item.parent and (parent_id is None or parent_id != row.parent_id):
            changes.append(translate("excel", "parent"))
        if changes:
            action.action = UPDATE
            action.reason = translate("excel", "Changes: {fields}.").format(fields=", ".join(changes))
        else:
            action.action, action.reason = SKIP, translate("excel", "Already recorded, nothing changed.")
    decision.payload = {"targets": targets}
    return decision


def write(session: Session, parsed: Parsed, decision: Decision, options: ImportOptions,
          progress: ProgressLike) -> dict[str, Any]:
    targets: dict[int, int | None] = decision.payload["targets"]
    by_row = {row.row: row.action for row in decision.rows}
    todo = [item for item in parsed.records if by_row.get(item.row) in (CREATE, UPDATE)]
    objects: dict[str, Organization] = {}
    created, updated = [], []
    for item in todo:
        org_id = targets.get(item.row)
        if org_id is None:
            org = Organization(name=item.name, kind=item.kind or OrganizationKind.OTHER.value,
                               short_name=item.short_name or "", is_member=bool(item.member))
            session.add(org)
        else:
            org = session.get(Organization, org_id)
            assert org is not None
            if _renames(item.name, org):
                org.name = item.name
            if item.short_name and _renames(item.short_name, org, short=True):
                org.short_name = item.short_name
            if item.kind:
                org.kind = item.kind
            if item.member is not None:
                org.is_member = item.member
        objects[fold(item.name)] = org
        session.flush()
        (created if org_id is None else updated).append(org.id)
    # Parents last: a parent may be a later row of the same file.
    index = OrgIndex.load(session)
    for item in todo:
        if not item.parent:
            continue
        org = objects[fold(item.name)]
        parent = objects.get(fold(item.parent))
        parent_id = parent.id if parent is not None else index.find(item.parent)
        if parent_id is None:
            parent_org = Organization(name=item.parent, kind=OrganizationKind.OTHER.value)
            session.add(parent_org)
            session.flush()
            objects[fold(item.parent)] = parent_org
            created.append(parent_org.id)
            parent_id = parent_org.id
        if parent_id != org.id and org.parent_id != parent_id:
            org.parent_id = parent_id
    session.flush()
    return {"created_ids": created, "updated_ids": updated}
